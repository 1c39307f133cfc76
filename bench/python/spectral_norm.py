# spectral-norm (Computer Language Benchmarks Game), n = 120.


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(u, n, transpose):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            if transpose:
                s += eval_a(j, i) * u[j]
            else:
                s += eval_a(i, j) * u[j]
        out.append(s)
    return out


def times_at_a(u, n):
    return times(times(u, n, False), n, True)


n = 120
u = [1.0] * n
v = u
for _ in range(10):
    v = times_at_a(u, n)
    u = times_at_a(v, n)
vbv = 0.0
vv = 0.0
for i in range(n):
    vbv += u[i] * v[i]
    vv += v[i] * v[i]
print("%0.9f" % (vbv / vv) ** 0.5)
