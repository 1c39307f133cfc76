# Caret lines of CPython 3.11 under a call and a binary operation with a parenthesized operand.
def ratio(total, parts):
    scale = 10
    return scale * 2 + (total - 1) // parts


def report(rows):
    out = []
    for r in rows:
        out.append(ratio(r, len(out)) + 1)
    return out


print("start")
values = report([5, 6])
print(values)
