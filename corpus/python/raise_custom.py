# raise of a built-in and of a user exception class.
class ValidationError(Exception):
    pass

def check(v):
    if v < 0:
        raise ValidationError("negative value: " + str(v))
    return v

print(check(5))
print(check(-1))
