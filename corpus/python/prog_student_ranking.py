# Ranking records with multi-key sorts, stable sorting, dense/competition ranks and
# percentiles; tuples, list.sort(key=..., reverse=...), enumerate and zip.
RESULTS = [
    ("mia", "red", 88, 12.4), ("noah", "blue", 92, 14.0), ("ava", "red", 92, 11.9),
    ("liam", "green", 75, 13.3), ("zoe", "blue", 88, 12.4), ("eli", "green", 92, 15.2),
    ("ivy", "red", 60, 10.1), ("max", "blue", 75, 9.8), ("ada", "green", 99, 16.0),
]


def competition_ranks(scores):
    ranks = []
    for i, s in enumerate(scores):
        ranks.append(ranks[-1] if i and s == scores[i - 1] else i + 1)
    return ranks


def dense_ranks(scores):
    ranks, r = [], 0
    for i, s in enumerate(scores):
        if i == 0 or s != scores[i - 1]:
            r += 1
        ranks.append(r)
    return ranks


def percentile(sorted_values, p):
    k = (len(sorted_values) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (k - lo)


rows = sorted(RESULTS, key=lambda r: (-r[2], r[3], r[0]))
scores = [r[2] for r in rows]
for (name, team, score, time), c, d in zip(rows, competition_ranks(scores), dense_ranks(scores)):
    print(f"{c:>2} {d:>2}  {name:<5} {team:<6} {score:>3} {time:5.1f}s")
by_team = {}
for r in RESULTS:
    by_team.setdefault(r[1], []).append(r)
summary = []
for team, members in by_team.items():
    avg = sum(m[2] for m in members) / len(members)
    summary.append((team, avg, max(members, key=lambda m: m[2])[0]))
summary.sort(key=lambda t: t[1], reverse=True)
for team, avg, star in summary:
    print(f"{team:>6}: avg {avg:6.2f}, star {star}")
stable = sorted(RESULTS, key=lambda r: r[1])
print([r[0] for r in stable])
values = sorted(r[3] for r in RESULTS)
print([round(percentile(values, p), 3) for p in (0, 25, 50, 90, 100)])
names = [r[0] for r in RESULTS]
names.sort(key=len)
print(names, sorted(names, reverse=True)[:3], min(RESULTS, key=lambda r: r[3])[0])
