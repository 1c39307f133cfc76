# An exception raised while handling another: CPython's "During handling of the above
# exception, another exception occurred" report.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"missing {key}")


print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")
