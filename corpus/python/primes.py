# A sieve and some number theory.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    p = 2
    while p * p <= n:
        if flags[p]:
            for m in range(p * p, n + 1, p):
                flags[m] = False
        p += 1
    return [i for i in range(n + 1) if flags[i]]

ps = sieve(200)
print(len(ps), ps[:10], ps[-3:], sum(ps))

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20), [gcd(i, 12) for i in range(1, 13)])

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print(max([collatz(i) for i in range(1, 1000)]))
