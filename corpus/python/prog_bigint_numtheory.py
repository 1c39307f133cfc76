# Number theory with big ints: sieve, Miller-Rabin, modular inverse, CRT, Fibonacci, digits.
import math


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, math.isqrt(n) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, f in enumerate(flags) if f]


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def crt(residues, moduli):
    total, prod = 0, math.prod(moduli)
    for r, m in zip(residues, moduli):
        p = prod // m
        total += r * p * pow(p, -1, m)
    return total % prod


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


primes = sieve(100)
print(len(primes), primes[-5:], sum(primes))
mersenne = [p for p in primes[:12] if is_probable_prime(2 ** p - 1)]
print("mersenne exponents:", mersenne)
print(is_probable_prime(2 ** 127 - 1), is_probable_prime(2 ** 128 + 1), is_probable_prime(1000000007))
print("crt:", crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 11, 13]))
f = fib(300)
print("fib(300) =", f)
print("digits", len(str(f)), "digit sum", sum(int(d) for d in str(f)), "bits", len(bin(f)) - 2)
print(math.gcd(fib(120), fib(90)) == fib(30), math.lcm(12, 18, 30), math.factorial(25))
print(f"{2 ** 100:,}", f"{-(3 ** 40):_}", (10 ** 30) // 7, -(10 ** 30) // 7, (10 ** 30) % -7)
print(divmod(-2 ** 70, 12345), pow(3, 10 ** 18, 10 ** 9 + 7), math.comb(100, 50))
n = 600851475143
factors, d = [], 2
while d * d <= n:
    while n % d == 0:
        factors.append(d)
        n //= d
    d += 1
if n > 1:
    factors.append(n)
print("factors:", factors)
