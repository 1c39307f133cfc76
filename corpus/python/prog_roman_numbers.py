# Number formatting utilities: roman numerals, bases, English words, with round trips.
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    values = {sym: v for v, sym in ROMAN if len(sym) == 1}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total


def to_base(n, base, digits="0123456789abcdefghijklmnopqrstuvwxyz"):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = ""
    while n:
        n, r = divmod(n, base)
        out = digits[r] + out
    return sign + out


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))
    for size, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= size:
            rest = n % size
            return words(n // size) + " " + name + ("" if rest == 0 else (", " if rest >= 100 else " and ") + words(rest))


for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2026, 3999):
    r = to_roman(n)
    assert from_roman(r) == n
    print(f"{n:>5} {r:<12} {to_base(n, 2):>12} {to_base(n, 16):>4} {to_base(n, 36):>3}")
for bad in (0, 4000, -5):
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
for n in (0, 13, 21, 100, 115, 999, 1001, 123456, 7000000, 2147483647):
    print(f"{n:,} -> {words(n)}")
print([int(to_base(n, b), b) == n for n, b in ((255, 2), (-4095, 16), (10**20, 36))])
print(to_base(-255, 16), hex(-255), oct(64), bin(5), int("zz", 36))
