# Nested lists of floats: matrix product, transpose, identity, determinant by elimination.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]


def transpose(a):
    return [[row[j] for row in a] for j in range(len(a[0]))]


def identity(n):
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def det(a):
    a = [row[:] for row in a]
    n = len(a)
    d = 1.0
    for c in range(n):
        p = c
        for r in range(c + 1, n):
            if abs(a[r][c]) > abs(a[p][c]):
                p = r
        if a[p][c] == 0:
            return 0.0
        if p != c:
            a[p], a[c] = a[c], a[p]
            d = -d
        d *= a[c][c]
        for r in range(c + 1, n):
            f = a[r][c] / a[c][c]
            for k in range(c, n):
                a[r][k] -= f * a[c][k]
    return d


m = [[2.0, -1.0, 0.5], [1.5, 3.0, -2.0], [0.0, 4.0, 1.0]]
print(matmul(m, identity(3)) == m, transpose(m))
print(matmul(m, m))
print(det(m), det(identity(4)), det([[1, 2], [2, 4]]))
print([round(x, 3) for x in matmul([[0.1, 0.2]], [[3.0], [4.0]])[0]])
