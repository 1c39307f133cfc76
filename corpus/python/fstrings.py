# f-strings: expressions, conversions, format specs.
name, n, pi = "world", 42, 3.14159265
print(f"hello {name}!", f"{n} {n * 2} {n // 5}", f"{pi:.2f} {pi:10.4f}|", f"{name!r}")
print(f"{n:>6}|{n:<6}|{n:^6}|{n:06}|{n:x}|{n:b}|{n:o}|{n:,}", f"{1234567:,}")
print(f"{[1, 2]} {(1,)} {None} {True} {0.1 + 0.2}", f"{'nested'}", f"{{literal}}")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}", f"{-pi:+.1f}", f"{1e16}", f"{2.5e-5}")
