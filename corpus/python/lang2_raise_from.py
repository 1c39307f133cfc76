# raise ... from, implicit chaining in except blocks, and the chained traceback of an uncaught one.
class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e


def load(settings):
    try:
        return settings["port"]
    except KeyError:
        raise ConfigError("no port")


for s in ["80", "eighty"]:
    try:
        print(parse_port(s))
    except ConfigError as e:
        print("ConfigError:", e)
try:
    load({})
except ConfigError as e:
    print("ConfigError:", e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print("ValueError:", e)


def connect(port):
    return parse_port(port)


def main():
    try:
        connect("x80")
    except ConfigError as e:
        raise RuntimeError("startup failed") from e


main()
