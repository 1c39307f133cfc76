# functools.total_ordering fills in the comparisons a class leaves out.
from functools import total_ordering


@total_ordering
class Grade:
    order = "FDCBA"

    def __init__(self, letter):
        self.letter = letter

    def __lt__(self, other):
        return self.order.index(self.letter) < self.order.index(other.letter)

    def __eq__(self, other):
        return self.letter == other.letter

    def __repr__(self):
        return f"Grade({self.letter!r})"


@total_ordering
class Size:
    def __init__(self, n):
        self.n = n

    def __ge__(self, other):
        return self.n >= other.n

    def __eq__(self, other):
        return self.n == other.n


a, b = Grade("A"), Grade("C")
print(a > b, a >= b, a <= b, b <= b, b < a, a == Grade("A"))
print(sorted([Grade("B"), Grade("F"), Grade("A")]), max(Grade("D"), Grade("B")))
print(Size(1) < Size(2), Size(2) <= Size(2), Size(3) > Size(1))
try:

    @total_ordering
    class Nothing:
        pass

except ValueError as e:
    print("ValueError:", e)
