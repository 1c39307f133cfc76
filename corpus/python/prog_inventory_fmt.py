# Inventory table with %-formatting, str.format and f-string specs, sorting with keys.
ITEMS = [
    ("widget", 12, 2.5, "tools"),
    ("gadget", 3, 19.99, "toys"),
    ("sprocket", 150, 0.125, "tools"),
    ("doohickey", 0, 7.0, "misc"),
    ("whatsit", 42, 1234.5678, "toys"),
]


def value(item):
    return item[1] * item[2]


def table(items):
    head = "%-10s|%6s|%10s|%12s" % ("name", "qty", "price", "value")
    print(head)
    print("-" * len(head))
    for name, qty, price, cat in items:
        print("%-10s|%6d|%10.3f|%12s" % (name, qty, price, format(qty * price, ",.2f")))


def by_category(items):
    groups = {}
    for it in items:
        groups.setdefault(it[3], []).append(it)
    for cat in sorted(groups):
        total = sum(value(i) for i in groups[cat])
        names = ", ".join(i[0] for i in groups[cat])
        print("{0:>6}: {1:>12,.2f} [{2}]".format(cat, total, names))


table(ITEMS)
print()
table(sorted(ITEMS, key=value, reverse=True))
print()
by_category(ITEMS)
print()
out_of_stock = [i[0] for i in ITEMS if not i[1]]
print(f"out of stock: {out_of_stock}")
total = sum(value(i) for i in ITEMS)
print(f"total value: {total:=^20.1f}|{total:+e}|{int(total):#x}|{int(total):b}")
print("{0:*<8}{1:^8}{0:*>8}".format("ab", "cd"))
print("%5.1f%% %s %r %c" % (12.345, "s", "r", 65))
print(f"{'left':<8}|{'right':>8}|{3.14159:08.3f}|{-42:+05d}|{1e-5:g}|{123456789:_d}")
