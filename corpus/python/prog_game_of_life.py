# Conway's Game of Life on a set of live cells, with pattern detection of oscillators.


def neighbors(cell):
    x, y = cell
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx or dy:
                yield (x + dx, y + dy)


def step(live):
    counts = {}
    for cell in live:
        for n in neighbors(cell):
            counts[n] = counts.get(n, 0) + 1
    return {c for c, k in counts.items() if k == 3 or (k == 2 and c in live)}


def normalize(live):
    if not live:
        return frozenset()
    mx = min(x for x, _ in live)
    my = min(y for _, y in live)
    return frozenset((x - mx, y - my) for x, y in live)


def render(live, w, h):
    rows = []
    for y in range(h):
        rows.append("".join(["#" if (x, y) in live else "." for x in range(w)]))
    return "\n".join(rows)


def period(live, limit):
    seen = {normalize(live): 0}
    for gen in range(1, limit + 1):
        live = step(live)
        shape = normalize(live)
        if shape in seen:
            return gen - seen[shape], gen
        seen[shape] = gen
    return None, limit


PATTERNS = {
    "blinker": {(1, 0), (1, 1), (1, 2)},
    "block": {(0, 0), (0, 1), (1, 0), (1, 1)},
    "glider": {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)},
    "toad": {(1, 1), (2, 1), (3, 1), (0, 2), (1, 2), (2, 2)},
    "rpent": {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)},
}

for name in sorted(PATTERNS):
    p, gen = period(PATTERNS[name], 30)
    print(f"{name:<8} period={p} found at gen {gen}")
g = PATTERNS["glider"]
for i in range(3):
    print(render(g, 5, 5))
    print("-" * 5)
    g = step(g)
live = PATTERNS["rpent"]
sizes = []
for i in range(40):
    live = step(live)
    sizes.append(len(live))
print(sizes[::5], max(sizes))
print(sorted(normalize(PATTERNS["toad"])))
