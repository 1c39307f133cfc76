# str methods still missing from the first slice, and keyword arguments of built-in methods.
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), repr("x\ty".expandtabs(tabsize=2)))
print("ABß".casefold(), "-42".zfill(6), "+7".zfill(4), "hello world".title(), "Hello".swapcase())
print("a1".isidentifier(), "1a".isidentifier(), "_".isidentifier())
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcdabcd".translate(table))
print("hello".translate(str.maketrans({"h": "J", "o": None, "l": "L"})), "a-b".translate({ord("-"): "+"}))
print("a b c d".split(maxsplit=2), "a,b,c".split(sep=","), "a b c".rsplit(None, 1), "a b c d".rsplit(maxsplit=1))
print("l1\nl2\n".splitlines(keepends=True), "x".encode(encoding="ascii"), "é".encode())
print("€x".encode("ascii", "replace"), "€x".encode("ascii", errors="ignore"), "é€".encode("latin-1", errors="backslashreplace"))
print("é€".encode("ascii", "xmlcharrefreplace"), "é".encode("latin-1"), b"caf\xc3\xa9".decode(encoding="utf-8"))
print(str(b"abc", "ascii"), str(b"caf\xc3\xa9", encoding="utf-8"))
try:
    "€".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "x".split(foo=1)
except TypeError as e:
    print("TypeError:", e)
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
