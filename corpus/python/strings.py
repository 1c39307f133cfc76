# Strings: indexing, slicing, methods, repr, comparisons, concatenation, code points.
s = "Hello, World"
print(s, len(s), s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-5:-1])
print(s.upper(), s.lower(), s.replace("l", "L"), s.find("World"), s.find("x"), s.count("l"))
print(s.startswith("Hell"), s.endswith("d"), "  pad  ".strip() + "|", "xxhixx".strip("x"))
print("a b  c".split(), "a,b,,c".split(","), "-".join(["1", "2", "3"]), "ab" * 3)
print(repr("it's"), repr('say "hi"'), repr("tab\tnew\nline"), str(42) + "!")
print("abc" < "abd", "Z" < "a", "apple" == "apple", "b" in "abc", "x" not in "abc")
print("héllo", len("héllo"), "日本語"[1], ord("é"), chr(26085), "ß".upper())
print("42".isdigit(), "abc".isalpha(), "Title case words".title(), "word".capitalize())
print("7".zfill(3), "-7".zfill(4), "ab".center(6, "*"), "ab".ljust(4) + "|", "ab".rjust(4))
print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "%d items at %.2f" % (3, 1.5))
print("%s and %r" % ("x", "y"), "%5d|%-5d|" % (42, 42))
words = []
for ch in "stream":
    words.append(ch.upper())
print(words, "".join(words))
