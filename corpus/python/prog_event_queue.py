# Discrete-event simulation of a bank queue with heapq, a seeded RNG and dataclass-like classes.
import heapq
import random


class Customer:
    count = 0

    def __init__(self, arrival, service):
        Customer.count += 1
        self.id = Customer.count
        self.arrival = arrival
        self.service = service
        self.start = None

    def __repr__(self):
        return f"C{self.id}"


class Event:
    def __init__(self, time, kind, customer):
        self.time = time
        self.kind = kind
        self.customer = customer

    def key(self):
        return (self.time, 0 if self.kind == "leave" else 1, self.customer.id)


def simulate(tellers, n, seed):
    random.seed(seed)
    t = 0.0
    events = []
    for _ in range(n):
        t += random.uniform(0.2, 1.8)
        c = Customer(round(t, 3), round(random.uniform(0.5, 3.5), 3))
        e = Event(c.arrival, "arrive", c)
        heapq.heappush(events, (e.key(), e))
    free = tellers
    waiting = []
    waits = []
    log = []
    while events:
        _, e = heapq.heappop(events)
        c = e.customer
        if e.kind == "arrive":
            waiting.append(c)
        else:
            free += 1
            log.append(f"{e.time:7.3f} {c!r} leaves")
        while free and waiting:
            nxt = waiting.pop(0)
            free -= 1
            nxt.start = e.time
            waits.append(nxt.start - nxt.arrival)
            done = Event(round(e.time + nxt.service, 3), "leave", nxt)
            heapq.heappush(events, (done.key(), done))
    return waits, log


for tellers in (1, 2, 3):
    Customer.count = 0
    waits, log = simulate(tellers, 12, 7)
    print(f"tellers={tellers}: mean wait {sum(waits) / len(waits):.3f}, max {max(waits):.3f}")
    print("   zero waits:", sum(1 for w in waits if w == 0))
    print("   last:", log[-1].strip())
print("\n".join(log[:5]))
