# A trie with insertion counts, prefix completion ranked by frequency, and deletion.


class Node:
    def __init__(self):
        self.children = {}
        self.count = 0


class Trie:
    def __init__(self):
        self.root = Node()
        self.size = 0

    def add(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, Node())
        if node.count == 0:
            self.size += 1
        node.count += 1

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def words(self, node, prefix):
        if node.count:
            yield prefix, node.count
        for ch in sorted(node.children):
            yield from self.words(node.children[ch], prefix + ch)

    def complete(self, prefix, limit=3):
        node = self._find(prefix)
        if node is None:
            return []
        found = list(self.words(node, prefix))
        found.sort(key=lambda wc: (-wc[1], wc[0]))
        return [w for w, _ in found[:limit]]

    def remove(self, word):
        node = self._find(word)
        if node is None or node.count == 0:
            raise KeyError(word)
        node.count = 0
        self.size -= 1

    def __len__(self):
        return self.size

    def __contains__(self, word):
        node = self._find(word)
        return node is not None and node.count > 0


text = """the theory of the thermal theme then there was a thermos and three
theses on the thesaurus; then the theatre thanked them"""
t = Trie()
for w in text.replace(";", "").split():
    t.add(w)
print(len(t), "distinct words")
for prefix in ("th", "the", "ther", "thes", "x", "a", ""):
    print(f"{prefix!r:>7}: {t.complete(prefix)}")
print("then" in t, "thee" in t)
t.remove("then")
print("then" in t, len(t), t.complete("the", 5))
try:
    t.remove("zebra")
except KeyError as e:
    print("KeyError", repr(e.args[0]))
print(list(t.words(t._find("thes"), "thes")))
