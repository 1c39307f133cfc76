# Sorting algorithms on lists: quicksort (recursion, comprehensions), merge sort, insertion sort.
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    less = [x for x in xs if x < pivot]
    equal = [x for x in xs if x == pivot]
    more = [x for x in xs if x > pivot]
    return quicksort(less) + equal + quicksort(more)


def merge_sort(xs):
    if len(xs) < 2:
        return xs[:]
    mid = len(xs) // 2
    a, b = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def insertion_sort(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs


seed = 12345
data = []
for _ in range(60):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 1000 - 500)
expected = sorted(data)
for name, f in [("quick", quicksort), ("merge", merge_sort), ("insertion", insertion_sort)]:
    result = f(data)
    print(name, result == expected, result[:5], result[-3:])
words = ["pear", "Apple", "fig", "banana", "apple"]
print(sorted(words), quicksort(words), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(sorted([3.5, -1, 2, 0.25]), max(words), min(data), sorted("hello"))
