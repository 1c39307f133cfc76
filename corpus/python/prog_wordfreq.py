# Word frequency report over an embedded text, with str methods, dicts and formatting.
TEXT = """
The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!
A fox, a dog, and a cat walk into a bar. The bartender says: "What is this, a joke?"
"""


def tokenize(text):
    words = []
    for raw in text.split():
        w = raw.strip(".,;:!?\"'").lower()
        if w:
            words.append(w)
    return words


def count(words):
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    return freq


def by_count(item):
    return (-item[1], item[0])


def report(freq, top):
    items = sorted(freq.items(), key=by_count)
    width = max(len(w) for w, _ in items[:top])
    lines = []
    for rank, (word, n) in enumerate(items[:top], 1):
        bar = "#" * n
        lines.append(f"{rank:>2}. {word:<{width}} {n:3d} {bar}")
    return lines


def main():
    words = tokenize(TEXT)
    freq = count(words)
    print("total words:", len(words))
    print("distinct:", len(freq))
    for line in report(freq, 8):
        print(line)
    longest = sorted(freq, key=len, reverse=True)[:3]
    print("longest:", ", ".join(sorted(longest)))
    lengths = {}
    for w in freq:
        lengths.setdefault(len(w), []).append(w)
    for k in sorted(lengths):
        print("%2d letters: %s" % (k, " ".join(sorted(lengths[k]))))
    caps = TEXT.title().split()[:6]
    print(caps)
    print("share of 'the': {:.1%}".format(freq["the"] / len(words)))


if __name__ == "__main__":
    main()
