# A Matrix class with dunders: arithmetic, equality, indexing, iteration and repr.


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, value):
        i, j = ij
        self.rows[i][j] = value

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, Matrix):
            cols = list(zip(*other.rows))
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        return Matrix([[a * other for a in r] for r in self.rows])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __len__(self):
        return self.n

    def __iter__(self):
        for r in self.rows:
            yield tuple(r)

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(str(x).rjust(width) for x in r) for r in self.rows)


def power(mat, k):
    result = Matrix.identity(len(mat))
    while k:
        if k & 1:
            result = result * mat
        mat = mat * mat
        k >>= 1
    return result


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b)
print(repr(a * b))
print(a * 3)
print(a.transpose() == Matrix([[1, 3], [2, 4]]), a == b)
fib = power(Matrix([[1, 1], [1, 0]]), 90)
print("fib(90) =", fib[0, 1])
c = Matrix.identity(3)
c[0, 2] = 7
print(c)
print([row for row in c])
print(len(c), sum(x for row in c for x in row))
