# A small ledger with a custom exception hierarchy; ends with an uncaught exception.


class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account, amount):
        super().__init__(f"{account} cannot pay {amount}")
        self.account = account
        self.amount = amount


class UnknownAccount(LedgerError):
    def __init__(self, name):
        super().__init__(repr(name))
        self.name = name


class Ledger:
    def __init__(self):
        self.balances = {}
        self.log = []

    def open(self, name, amount=0):
        self.balances[name] = amount
        self.log.append(("open", name, amount))

    def _get(self, name):
        if name not in self.balances:
            raise UnknownAccount(name)
        return self.balances[name]

    def transfer(self, src, dst, amount):
        have = self._get(src)
        self._get(dst)
        if have < amount:
            raise InsufficientFunds(src, amount)
        self.balances[src] -= amount
        self.balances[dst] += amount
        self.log.append(("transfer", src, dst, amount))

    def __repr__(self):
        parts = ", ".join(f"{k}={v}" for k, v in sorted(self.balances.items()))
        return f"Ledger({parts})"


def run(ledger, ops):
    ok = 0
    for src, dst, amount in ops:
        try:
            ledger.transfer(src, dst, amount)
        except InsufficientFunds as e:
            print("refused:", e, "| short by", e.amount - ledger.balances[e.account])
        except LedgerError as e:
            print("error:", type(e).__name__, e)
        else:
            ok += 1
        finally:
            print("  now", ledger)
    return ok


ledger = Ledger()
ledger.open("alice", 100)
ledger.open("bob", 20)
ledger.open("carol")
ops = [("alice", "bob", 30), ("bob", "carol", 60), ("carol", "dave", 1), ("bob", "carol", 50)]
print("succeeded:", run(ledger, ops))
print(len(ledger.log), "log entries")
for entry in ledger.log:
    print(" ", entry)
print(isinstance(UnknownAccount("x"), LedgerError), isinstance(InsufficientFunds("x", 1), Exception))
ledger.transfer("carol", "alice", 500)
