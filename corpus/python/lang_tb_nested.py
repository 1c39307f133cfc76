# A traceback through a method, a function value and a lambda.


class Ledger:
    def __init__(self):
        self.items = {"a": 1}

    def lookup(self, key):
        return self.items[key]


def apply(f, x):
    return f(x)


def main():
    ledger = Ledger()
    get = lambda k: ledger.lookup(k)
    print(apply(get, "a"))
    print(apply(get, "b"))


main()
