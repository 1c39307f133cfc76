# Statistics helpers imported by prog_multi_main.py (a two-file program); run alone it
# prints a self-check.


class Summary:
    def __init__(self, values):
        data = sorted(values)
        self.n = len(data)
        self.min = data[0]
        self.max = data[-1]
        self.mean = sum(data) / self.n
        mid = self.n // 2
        self.median = data[mid] if self.n % 2 else (data[mid - 1] + data[mid]) / 2
        self.var = sum((x - self.mean) ** 2 for x in data) / (self.n - 1) if self.n > 1 else 0.0

    def __repr__(self):
        return (f"Summary(n={self.n}, min={self.min}, max={self.max}, "
                f"mean={self.mean:.3f}, median={self.median}, sd={self.var ** 0.5:.3f})")


def histogram(values, bins, width=30):
    lo, hi = min(values), max(values)
    step = (hi - lo) / bins or 1
    counts = [0] * bins
    for v in values:
        counts[min(int((v - lo) / step), bins - 1)] += 1
    top = max(counts)
    lines = []
    for i, c in enumerate(counts):
        left = lo + i * step
        lines.append(f"{left:8.2f} | {'*' * (c * width // top):<{width}} {c}")
    return lines


def moving_average(values, k):
    out = []
    window = sum(values[:k])
    out.append(window / k)
    for i in range(k, len(values)):
        window += values[i] - values[i - k]
        out.append(window / k)
    return out


if __name__ == "__main__":
    print(Summary([3, 1, 2]))
    print(moving_average([1, 2, 3, 4], 2))
