import operator
from functools import reduce

print(operator.add(2, 3), operator.sub(10, 4), operator.mul("ab", 3), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(-7, 3), operator.pow(2, 10), operator.neg(5), operator.not_(0), operator.truth([1]))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.ge(3, 4), operator.contains([1, 2], 2), operator.getitem("xyz", 1))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 70), operator.abs(-3))
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 11)), reduce(operator.add, ["a", "b"], ">"))
print(reduce(max, [3, 9, 2]), reduce(operator.concat, [[1], [2, 3]]), reduce(operator.add, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
