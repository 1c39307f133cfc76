# Sales report with itertools: product, combinations, permutations, groupby on sorted data,
# accumulate, chain, islice, zip_longest, pairwise, count and cycle.
import itertools
from itertools import accumulate, chain, combinations, groupby, islice, pairwise, product

SALES = [("north", "jan", 120), ("north", "feb", 90), ("south", "jan", 200), ("east", "mar", 40),
         ("south", "feb", 180), ("north", "mar", 130), ("east", "jan", 70), ("south", "mar", 60)]

regions = sorted({r for r, _, _ in SALES})
months = ["jan", "feb", "mar"]
table = {(r, m): v for r, m, v in SALES}
print("grid:")
for r, m in product(regions, months):
    print(f"  {r:<6}{m} {table.get((r, m), 0):>4}")
print("totals by region:")
for region in regions:
    amounts = [v for r, _, v in SALES if r == region]
    print(f"  {region:<6}", list(accumulate(amounts)))
monthly = [sum(v for _, m, v in SALES if m == month) for month in months]
print("monthly", monthly, "changes", [b - a for a, b in pairwise(monthly)])
letters = "".join(sorted("mississippi"))
print([(k, len(list(g))) for k, g in groupby(letters)])
best_pair = max(combinations(regions, 2), key=lambda p: sum(table.get((x, "jan"), 0) for x in p))
print("best january pair:", best_pair)
print(list(itertools.permutations("abc", 2))[:4], len(list(itertools.permutations(range(5)))))
print(list(chain(months, regions))[:5], list(islice(itertools.count(10, 5), 4)))
print(list(islice(itertools.cycle(months), 7)))
print(list(itertools.zip_longest([1, 2, 3], "ab", fillvalue="-")))
print(list(itertools.combinations_with_replacement("xy", 3)))
ranks = dict(zip(regions, itertools.count(1)))
print(ranks, list(itertools.repeat("ok", 3)))
