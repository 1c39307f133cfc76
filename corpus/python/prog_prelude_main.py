# The prelude's built-ins used from an imported module (prog_prelude_util.py) whose text has
# no word that used to make a module link the prelude.
import prog_prelude_util as u

print(u.doubled_pairs([3, 1, 2]))
print(u.numbered(["a", "bc", "def"]))
print(u.longest(["pear", "fig", "banana", "kiwi"], {"key": len}))
print(u.smallest(["pear", "fig", "banana", "kiwi"], {"key": lambda w: w[-1]}))
print(u.smallest([], {"default": "none"}))
print(u.any_negative([1, 2, -3]), u.any_negative([]))
print(u.first_pair([10, 20, 30]))
