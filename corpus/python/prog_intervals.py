# Interval scheduling: merging, a bisect-based calendar with conflict checks, and free slots.
import bisect


def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


class Calendar:
    def __init__(self):
        self.starts = []
        self.events = []

    def book(self, start, end, title):
        i = bisect.bisect_right(self.starts, start)
        if i > 0 and self.events[i - 1][1] > start:
            return f"conflict: {title!r} overlaps {self.events[i - 1][2]!r}"
        if i < len(self.events) and self.events[i][0] < end:
            return f"conflict: {title!r} overlaps {self.events[i][2]!r}"
        self.starts.insert(i, start)
        self.events.insert(i, (start, end, title))
        return f"booked {title!r} at {fmt(start)}-{fmt(end)}"

    def free(self, day_start, day_end):
        slots, t = [], day_start
        for s, e, _ in self.events:
            if s > t:
                slots.append((t, s))
            t = max(t, e)
        if t < day_end:
            slots.append((t, day_end))
        return slots


def fmt(minutes):
    h, m = divmod(minutes, 60)
    return f"{h:02d}:{m:02d}"


print(merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 9)]))
print(merge([(5, 7), (1, 2), (2, 4)]))
cal = Calendar()
requests = [(540, 600, "standup"), (600, 690, "design"), (570, 630, "1:1"), (720, 780, "lunch"),
            (690, 720, "review"), (840, 900, "demo"), (880, 960, "retro"), (480, 545, "gym")]
for s, e, t in requests:
    print(cal.book(s, e, t))
print("agenda:")
for s, e, t in cal.events:
    print(f"  {fmt(s)}-{fmt(e)} {t}")
print("free:", ", ".join(f"{fmt(a)}-{fmt(b)}" for a, b in cal.free(480, 1020)))
grades = [60, 70, 80, 90]
print([("FDCBA")[bisect.bisect(grades, score)] for score in (33, 99, 77, 70, 89, 90, 100)])
sorted_nums = []
for x in (5, 1, 4, 1, 5, 9, 2, 6):
    bisect.insort(sorted_nums, x)
print(sorted_nums, bisect.bisect_left(sorted_nums, 5), bisect.bisect_right(sorted_nums, 5))
