# Subscripted classes: list[int] and other generic aliases (repr, __origin__, __args__), in
# annotations and at run time; a user class's __class_getitem__ (plain and @classmethod).
class Box:
    def __class_getitem__(cls, item):
        return "Box of " + repr(item)

class Tagged:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)

class C:
    pass

def total(xs: list[int], m: dict[str, int] = None) -> list[int]:
    return [sum(xs)]

a = list[int]
print(a, dict[str, C], set[float], tuple[int, str], type(a).__name__)
print(a.__origin__ is list, a.__args__, dict[str, list[int]])
print(Box[int], Box["x"], Tagged[3], total([1, 2, 3]))
try:
    C[int]
except TypeError as e:
    print("TypeError", e)
try:
    len[int]
except TypeError as e:
    print("TypeError", e)
try:
    int[0]
except TypeError as e:
    print("TypeError", e)
print(frozenset[int], type[C])
