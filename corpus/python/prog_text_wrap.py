# Text layout: greedy word wrap, justification, centered titles and a boxed paragraph.
PARAGRAPH = (
    "Register machines execute instructions that name their operands explicitly, "
    "which makes them easier to optimize than stack machines, at the cost of larger "
    "instruction encodings. A transpiler lowers each source language onto the same "
    "small set of operations."
)


def wrap(text, width):
    lines, line = [], []
    length = 0
    for word in text.split():
        extra = len(word) + (1 if line else 0)
        if line and length + extra > width:
            lines.append(line)
            line, length = [word], len(word)
        else:
            line.append(word)
            length += extra
    if line:
        lines.append(line)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


def boxed(lines, title):
    width = max(len(l) for l in lines)
    top = "+" + ("[ " + title + " ]").center(width + 2, "-") + "+"
    body = ["| " + l.ljust(width) + " |" for l in lines]
    return [top] + body + ["+" + "-" * (width + 2) + "+"]


for width in (30, 44):
    wrapped = wrap(PARAGRAPH, width)
    print(f"width {width}: {len(wrapped)} lines")
    for words in wrapped[:-1]:
        print("  |" + justify(words, width) + "|")
    print("  |" + " ".join(wrapped[-1]).ljust(width) + "|")
for line in boxed([" ".join(w) for w in wrap(PARAGRAPH, 36)], "VM"):
    print(line)
print("%r" % PARAGRAPH[:20].swapcase())
print(PARAGRAPH.count("a"), PARAGRAPH.find("stack"), PARAGRAPH.rfind("the"))
acronym = "".join(w[0] for w in PARAGRAPH.split() if w[0].isupper())
print(acronym, acronym.lower().zfill(6), "-".join(acronym))
