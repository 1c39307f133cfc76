# Dynamic programming classics: edit distance, LCS, knapsack, coin change, LIS with bisect.
import bisect


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]


def lcs(a, b):
    table = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                table[i][j] = a[i] + table[i + 1][j + 1]
            else:
                table[i][j] = max([table[i + 1][j], table[i][j + 1]], key=len)
    return table[0][0]


def knapsack(items, cap):
    best = [(0, ())] * (cap + 1)
    for name, weight, val in items:
        for c in range(cap, weight - 1, -1):
            cand = best[c - weight][0] + val
            if cand > best[c][0]:
                best[c] = (cand, best[c - weight][1] + (name,))
    return best[cap]


def coin_ways(coins, total):
    ways = [1] + [0] * total
    for coin in coins:
        for t in range(coin, total + 1):
            ways[t] += ways[t - coin]
    return ways[total]


def lis(seq):
    tails = []
    for x in seq:
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)


pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]
for a, b in pairs:
    print(f"edit({a!r}, {b!r}) = {edit_distance(a, b)}; lcs = {lcs(a, b)!r}")
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
value, chosen = knapsack(items, 200)
print("knapsack:", value, sorted(chosen))
print("coin ways:", [coin_ways([1, 2, 5, 10, 25, 50], t) for t in (10, 50, 100, 300)])
print("lis:", lis([10, 9, 2, 5, 3, 7, 101, 18]), lis(list(range(50, 0, -3)) + list(range(20))))
memo = {}


def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    if (n, k) not in memo:
        memo[(n, k)] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[(n, k)]


print("partitions:", [partitions(n, n) for n in range(1, 16)], partitions(100, 100))
