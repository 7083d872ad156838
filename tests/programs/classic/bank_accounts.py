# A small object model: accounts, transfers, class and static methods
class InsufficientFunds(Exception):
    pass


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @classmethod
    def with_bonus(cls, owner):
        return cls(owner, 100)

    @staticmethod
    def fee(amount):
        return max(1, amount // 100)

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        total = amount + self.fee(amount)
        if total > self.balance:
            raise InsufficientFunds("%s needs %d, has %d"
                                    % (self.owner, total, self.balance))
        self.balance -= total
        self.history.append(("withdraw", amount))

    def __str__(self):
        return "#%d %s: %d" % (self.id, self.owner, self.balance)


class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=5):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        self.deposit(self.balance * self.rate // 100)


def transfer(a, b, amount):
    try:
        a.withdraw(amount)
    except InsufficientFunds as e:
        print("transfer failed:", e)
        return False
    b.deposit(amount)
    return True


alice = Account.with_bonus("alice")
bob = SavingsAccount("bob", 50)
print(alice, bob, sep=" | ")
print(transfer(alice, bob, 60), transfer(alice, bob, 60))
bob.add_interest()
print(alice, bob, sep=" | ")
print(bob.history, type(bob).__name__, isinstance(bob, Account))
