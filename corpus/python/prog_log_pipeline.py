# A generator pipeline over log lines: parse, filter, window and summarize.
LOG = """\
2026-11-24 10:00:01 INFO  server started port=8080
2026-11-24 10:00:05 DEBUG cache warm entries=120
2026-11-24 10:01:12 WARN  slow request path=/api/users ms=812
2026-11-24 10:01:13 INFO  request path=/api/users ms=45
2026-11-24 10:02:40 ERROR db timeout path=/api/orders ms=5000
2026-11-24 10:02:41 INFO  request path=/api/orders ms=73
2026-11-24 10:03:00 WARN  slow request path=/api/orders ms=1204
2026-11-24 10:03:30 INFO  request path=/health ms=1
garbage line
2026-11-24 10:04:00 ERROR worker crashed code=137
"""


def lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line


def parse(source):
    for line in source:
        parts = line.split(None, 3)
        if len(parts) < 4:
            continue
        date, time, level, rest = parts
        fields = {}
        words = []
        for token in rest.split():
            if "=" in token:
                k, v = token.split("=", 1)
                fields[k] = int(v) if v.isdigit() else v
            else:
                words.append(token)
        record = {"time": time, "level": level, "msg": " ".join(words)}
        record.update(fields)
        yield record


def only(levels, records):
    for r in records:
        if r["level"] in levels:
            yield r


def windows(records, size):
    buf = []
    for r in records:
        buf.append(r)
        if len(buf) == size:
            yield tuple(buf)
            buf = buf[1:]


records = list(parse(lines(LOG)))
print(len(records), "records")
levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(sorted(levels.items()))
for r in only({"WARN", "ERROR"}, records):
    extra = ", ".join(f"{k}={v}" for k, v in r.items() if k not in ("time", "level", "msg"))
    print(f"[{r['level']:>5}] {r['time']} {r['msg']:<16} {extra}")
timed = [r for r in records if "ms" in r]
total = sum(r["ms"] for r in timed)
print(f"requests with ms: {len(timed)}, total {total} ms, mean {total / len(timed):.1f}")
paths = {}
for r in timed:
    paths.setdefault(r.get("path", "?"), []).append(r["ms"])
for p, ms in sorted(paths.items()):
    print(f"  {p:<12} n={len(ms)} max={max(ms):>5}")
for w in windows((r["ms"] for r in timed), 3):
    print(w, "avg %.1f" % (sum(w) / 3))
gen = lines(LOG)
print(next(gen)[:19], "|", next(gen)[20:25])
