# return, break and continue inside try/except; exceptions crossing calls and methods.
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None


print(safe_div(1, 2), safe_div(1, 0))


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()


s = Stack()
for i in range(3):
    s.push(i * i)
while True:
    try:
        print("popped", s.pop())
    except IndexError as e:
        print("done:", e)
        break
total = 0
for word in ["1", "x", "3", "", "5"]:
    try:
        total += int(word)
    except ValueError:
        continue
print("total", total)
assert total == 9
try:
    assert total > 100, "too small"
except AssertionError as e:
    print("assertion:", e)
