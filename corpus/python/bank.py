# A small object model: accounts, transfers and an assertion.
class Account:
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        assert amount > 0, "deposit must be positive"
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return True


def transfer(src, dst, amount):
    if src.withdraw(amount):
        dst.deposit(amount)
        return True
    return False


a = Account("ann", 100)
b = Account("ben")
print(transfer(a, b, 30), transfer(a, b, 500), a.balance, b.balance)
print(a.history, b.history)
b.deposit(-5)
