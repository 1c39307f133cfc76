# A warehouse model: classes with __repr__/__eq__/__hash__-free identity, dict of lists,
# defaultdict and Counter, restock planning and a formatted report.
from collections import defaultdict, Counter


class Product:
    def __init__(self, sku, name, price, reorder_at):
        self.sku = sku
        self.name = name
        self.price = price
        self.reorder_at = reorder_at

    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r})"


class Warehouse:
    def __init__(self, name):
        self.name = name
        self.stock = Counter()
        self.moves = defaultdict(list)

    def receive(self, product, qty):
        self.stock[product.sku] += qty
        self.moves[product.sku].append(qty)

    def ship(self, product, qty):
        have = self.stock[product.sku]
        sent = min(have, qty)
        self.stock[product.sku] -= sent
        self.moves[product.sku].append(-sent)
        return qty - sent

    def low(self, catalog):
        return [p for p in catalog.values() if self.stock[p.sku] <= p.reorder_at]

    def value(self, catalog):
        return sum(catalog[sku].price * n for sku, n in self.stock.items())


catalog = {p.sku: p for p in [
    Product("A1", "anchor", 12.5, 5), Product("B2", "bolt", 0.2, 100),
    Product("C3", "cable", 3.75, 20), Product("D4", "drill", 89.0, 2),
]}
w = Warehouse("dock-7")
for sku, qty in (("A1", 10), ("B2", 500), ("C3", 40), ("D4", 3), ("B2", 250)):
    w.receive(catalog[sku], qty)
orders = [("A1", 4), ("B2", 680), ("C3", 25), ("D4", 2), ("A1", 9), ("C3", 5)]
backlog = Counter()
for sku, qty in orders:
    missing = w.ship(catalog[sku], qty)
    if missing:
        backlog[sku] += missing
print("stock:", sorted(w.stock.items()))
print("backlog:", dict(backlog))
print("low:", w.low(catalog))
print("moves:", {k: v for k, v in sorted(w.moves.items())})
print(f"value: {w.value(catalog):,.2f}")
print("busiest:", Counter({k: len(v) for k, v in w.moves.items()}).most_common(2))
print(f"{'sku':<4} {'name':<8} {'qty':>5} {'net':>6}")
for sku in sorted(catalog):
    p = catalog[sku]
    print(f"{sku:<4} {p.name:<8} {w.stock[sku]:>5} {sum(w.moves[sku]):>+6}")
print(w.stock["Z9"], "Z9" in w.moves, len(w.moves))
