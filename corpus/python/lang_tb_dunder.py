# A traceback through a special method reached from an operator and a property.


class Meter:
    def __init__(self, v):
        self.v = v

    @property
    def half(self):
        return self.v / 0 if self.v > 5 else self.v / 2

    def __add__(self, other):
        return Meter(self.v + other.half)


total = Meter(1) + Meter(2)
print(total.v)
with_error = Meter(1) + Meter(10)
print(with_error.v)
