# An uncaught ZeroDivisionError: traceback on stderr, exit status 1, output before it kept.
def ratio(a, b):
    return a / b

print("before")
print(ratio(1, 2))
print(ratio(1, 0))
print("never")
