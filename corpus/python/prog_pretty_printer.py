# A recursive pretty-printer and path queries over nested dicts/lists (a JSON-like document),
# with isinstance dispatch, recursion depth tracking and a flattening generator.
DOC = {
    "name": "rootvm",
    "version": [0, 4, 1],
    "targets": {"linux": {"arch": ["x86_64", "aarch64"], "tier": 1}, "wasm": {"tier": 2}},
    "features": ["jit", None, True, 3.5, {"gc": "mark-sweep", "threads": False}],
    "empty": {},
    "nothing": [],
}


def dump(value, indent=0, step=2):
    pad = " " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = [f'{pad}{" " * step}"{k}": {dump(v, indent + step, step)}' for k, v in value.items()]
        return "{\n" + ",\n".join(inner) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        if all(isinstance(x, (int, float, str)) and not isinstance(x, bool) for x in value):
            return "[" + ", ".join(dump(x) for x in value) + "]"
        inner = [pad + " " * step + dump(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(inner) + "\n" + pad + "]"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace('"', '\\"') + '"'
    return repr(value)


def flatten(value, path=""):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from flatten(v, f"{path}.{k}" if path else k)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from flatten(v, f"{path}[{i}]")
    else:
        yield path, value


def get(doc, path):
    cur = doc
    for part in path.replace("[", ".").replace("]", "").split("."):
        if isinstance(cur, list):
            cur = cur[int(part)]
        else:
            cur = cur[part]
    return cur


def depth(value):
    if isinstance(value, dict):
        value = list(value.values())
    if not isinstance(value, list):
        return 0
    deepest = 0
    for v in value:
        deepest = max(deepest, depth(v))
    return 1 + deepest


print(dump(DOC))
leaves = list(flatten(DOC))
print(len(leaves), "leaves")
for path, v in leaves[:7]:
    print(f"  {path:<24} = {v!r}")
for q in ("targets.linux.arch[1]", "features[4].gc", "version[2]", "targets.mac.tier"):
    try:
        print(q, "->", get(DOC, q))
    except KeyError:
        print(q, "-> missing")
print("depth", depth(DOC), depth([]), depth([[[1]]]))
types = {}
for _, v in leaves:
    types[type(v).__name__] = types.get(type(v).__name__, 0) + 1
print(sorted(types.items()))
