# Helpers imported by prog_prelude_main.py. This module's text names none of the words that
# used to make a module link the prelude: its built-ins reach the prelude through generator
# expressions and `**` keywords, and must work all the same. Run alone, it prints a line.


def doubled_pairs(xs):
    return list(zip((x * 2 for x in xs), xs))


def numbered(words):
    return [f"{i}:{w}" for i, w in enumerate(w.upper() for w in words)]


def longest(words, options):
    return max(words, **options)


def smallest(words, options):
    return min(words, **options)


def any_negative(xs):
    return any(x < 0 for x in xs)


def first_pair(xs):
    a, b = (x + 1 for x in xs[:2])
    return a, b


if __name__ == "__main__":
    print("prog_prelude_util", doubled_pairs([1, 2]))
