# A config-file validator with nested calls and a custom exception chain; the last config is
# invalid and the error escapes: traceback on stderr, exit status 1.
CONFIGS = {
    "good": "name = web\nport = 8080\nworkers = 4\ndebug = false\n",
    "typo": "name = api\nport = 80a\n",
    "bad": "name = db\nport = 5432\nworkers = -2\n",
}


class ConfigError(Exception):
    pass


class FieldError(ConfigError):
    def __init__(self, field, problem):
        super().__init__(f"field {field!r}: {problem}")
        self.field = field


def parse_int(field, text, low):
    try:
        value = int(text)
    except ValueError:
        raise FieldError(field, f"not an integer: {text!r}")
    if value < low:
        raise FieldError(field, f"{value} is below {low}")
    return value


def parse(text):
    conf = {"workers": 1, "debug": False}
    for n, line in enumerate(text.splitlines(), 1):
        key, _, value = line.partition("=")
        key, value = key.strip(), value.strip()
        if key == "port":
            conf[key] = parse_int(key, value, 1)
        elif key == "workers":
            conf[key] = parse_int(key, value, 1)
        elif key == "debug":
            conf[key] = value == "true"
        else:
            conf[key] = value
    return conf


def load(name):
    conf = parse(CONFIGS[name])
    return "%(name)s:%(port)d x%(workers)d debug=%(debug)s" % conf


for name in ("good", "typo"):
    try:
        print(name, "->", load(name))
    except FieldError as e:
        print(name, "-> rejected:", e, "| field", e.field)
    except ConfigError as e:
        print(name, "-> other:", e)
print("loading the last one")
print(load("bad"))
