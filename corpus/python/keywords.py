# Keyword arguments to module-level functions: matched to parameters, defaults, source-order evaluation.
def box(width, height=2, fill="*", label=None):
    line = fill * width
    if label is not None:
        line = line + " " + label
    return [line] * height

print(box(3))
print(box(2, fill="#"))
print(box(width=4, height=1, label="top"))
print(box(1, 3, label="x", fill="-"))
order = []
def note(v):
    order.append(v)
    return v
print(box(note(2), label=note("L"), height=note(1)), order)
