# Classical ciphers: Caesar with brute-force cracking by letter frequency, Vigenere, and a
# run-length encoder, using ord/chr, str methods, bytes and dict comprehensions.
ENGLISH = "etaoinshrdlcumwfgypbvkjxqz"


def shift_char(ch, k):
    if ch.isalpha():
        base = ord("A") if ch.isupper() else ord("a")
        return chr((ord(ch) - base + k) % 26 + base)
    return ch


def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)


def score(text):
    weights = {c: 26 - i for i, c in enumerate(ENGLISH)}
    return sum(weights.get(c, 0) for c in text.lower())


def crack(cipher):
    best = max(range(26), key=lambda k: score(caesar(cipher, -k)))
    return best, caesar(cipher, -best)


def vigenere(text, key, sign=1):
    out, i = [], 0
    for c in text:
        if c.isalpha():
            out.append(shift_char(c, sign * (ord(key[i % len(key)].lower()) - ord("a"))))
            i += 1
        else:
            out.append(c)
    return "".join(out)


def rle(text):
    out = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        out.append(f"{j - i}{text[i]}" if j - i > 1 else text[i])
        i = j
    return "".join(out)


plain = "Meet me at the old bridge at nine, and bring the secret plans!"
for k in (3, 13, 25):
    c = caesar(plain, k)
    print(f"k={k:>2}: {c}")
    print("       cracked as", crack(c)[0])
v = vigenere(plain, "Lemon")
print(v)
print(vigenere(v, "Lemon", -1) == plain)
for s in ("aaabccddddde", "abc", "zzzzzzzzzzzz", ""):
    print(repr(s), "->", repr(rle(s)))
data = plain.encode()
print(len(data), data[:10], data[:4].hex(), bytes(b ^ 0x20 for b in data[:8]))
freq = {}
for c in plain.lower():
    if c.isalpha():
        freq[c] = freq.get(c, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
