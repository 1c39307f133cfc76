# A `wc`-like tool over its command-line arguments: options, words and a summary; argv parsing.
# args: -l -w --upper alpha beta-gamma delta epsilon --min=5 zeta
import sys


class UsageError(Exception):
    pass


def parse(argv):
    opts = {"lines": False, "words": False, "upper": False, "min": 0}
    rest = []
    for arg in argv:
        if arg == "-l":
            opts["lines"] = True
        elif arg == "-w":
            opts["words"] = True
        elif arg == "--upper":
            opts["upper"] = True
        elif arg.startswith("--min="):
            value = arg.split("=", 1)[1]
            if not value.isdigit():
                raise UsageError(f"bad --min value {value!r}")
            opts["min"] = int(value)
        elif arg.startswith("-"):
            raise UsageError(f"unknown option {arg}")
        else:
            rest.append(arg)
    return opts, rest


def main(argv):
    print("program:", argv[0])
    print("argc:", len(argv))
    try:
        opts, words = parse(argv[1:])
    except UsageError as e:
        print("usage error:", e)
        return 2
    print("options:", sorted(k for k, v in opts.items() if v))
    kept = [w for w in words if len(w) >= opts["min"]]
    if opts["upper"]:
        kept = [w.upper() for w in kept]
    if opts["lines"]:
        for i, w in enumerate(kept):
            print(f"{i:02d} {w}")
    if opts["words"]:
        pieces = [p for w in kept for p in w.replace("-", " ").split()]
        print("pieces:", len(pieces), pieces)
    print("chars:", sum(len(w) for w in kept))
    for bad in (["-x"], ["--min=abc"], ["a", "b"]):
        try:
            print(bad, "->", parse(bad)[1])
        except UsageError as e:
            print(bad, "->", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
