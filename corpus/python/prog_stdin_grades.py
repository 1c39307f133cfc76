# Reads "name,subject,score" records from standard input and prints a grade report.


def read_records():
    records = []
    lineno = 0
    while True:
        try:
            line = input()
        except EOFError:
            break
        lineno += 1
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(",")]
        if len(parts) != 3:
            print(f"line {lineno}: expected 3 fields, got {len(parts)}")
            continue
        name, subject, score = parts
        try:
            records.append((name, subject, int(score)))
        except ValueError as e:
            print(f"line {lineno}: {e}")
    return records


def grade(score):
    for limit, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= limit:
            return letter
    return "F"


def main():
    records = read_records()
    students = {}
    subjects = {}
    for name, subject, score in records:
        students.setdefault(name, {})[subject] = score
        subjects.setdefault(subject, []).append(score)
    print(f"{len(records)} records, {len(students)} students, {len(subjects)} subjects")
    names = sorted(students)
    cols = sorted(subjects)
    print("name".ljust(8) + "".join(c[:7].rjust(8) for c in cols) + "    avg")
    for n in names:
        row = students[n]
        cells = "".join((str(row[c]) + grade(row[c])).rjust(8) if c in row else "-".rjust(8) for c in cols)
        avg = sum(row.values()) / len(row)
        print(f"{n:<8}{cells}{avg:7.2f}")
    for c in cols:
        s = subjects[c]
        print("%-8s min %3d max %3d mean %6.2f" % (c, min(s), max(s), sum(s) / len(s)))
    best = max(names, key=lambda n: sum(students[n].values()) / len(students[n]))
    print("best average:", best)


main()
