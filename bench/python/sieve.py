# Sieve of Eratosthenes over a list of bools, 2 * 10**6.
n = 2000000
is_prime = [True] * (n + 1)
is_prime[0] = False
is_prime[1] = False
i = 2
while i * i <= n:
    if is_prime[i]:
        for j in range(i * i, n + 1, i):
            is_prime[j] = False
    i += 1
count = 0
last = 0
for k in range(n + 1):
    if is_prime[k]:
        count += 1
        last = k
print(count, last)
