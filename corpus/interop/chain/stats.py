# The middle of the chain Java -> Python -> C: text statistics using the lifted C checksums.
import checksum
from checksum import vowels


def summary(text):
    words = text.split()
    longest = max(words, key=len) if words else ""
    return "%d words, longest %r, %d vowels, adler32 %d" % (len(words), longest, vowels(text), checksum.adler32(text))


def weight(text):
    return sum(vowels(w) * len(w) for w in text.split())
