# A tight loop over range with small-int arithmetic in a function (locals).
def run(n):
    total = 0
    for i in range(n):
        total += i ^ (i >> 3)
    return total


print(run(1000000))
