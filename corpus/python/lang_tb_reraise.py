# A bare `raise` in an except block keeps the frames of the original raise.


def parse(text):
    return int(text)


def load(values):
    total = 0
    for v in values:
        try:
            total += parse(v)
        except ValueError:
            print("bad value", v)
            raise
    return total


print(load(["1", "2"]))
print(load(["3", "x4"]))
