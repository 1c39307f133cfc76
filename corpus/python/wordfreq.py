# Word frequencies with dicts, sorting by count then word.
text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while the quick cat watches the fox"""
freq = {}
for word in text.split():
    freq[word] = freq.get(word, 0) + 1
pairs = [(-c, w) for w, c in freq.items()]
pairs.sort()
for negc, w in pairs[:5]:
    print(f"{w:<8}{-negc:>3}")
print(len(freq), sum(freq.values()), max(freq.values()))
