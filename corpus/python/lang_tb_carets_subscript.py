# Caret lines under a method call, an assert's test and a subscript (KeyError).
class Table:
    def __init__(self):
        self.rows = {"a": 1}

    def lookup(self, key):
        assert len(key) > 0, "empty key"
        return self.rows[key] * 2


t = Table()
print(t.lookup("a"))
total = t.lookup("a") + t.lookup("b")
