#!/usr/bin/env python3
"""Feeds random, truncated and mutated inputs to `rootc run`, `rootc dis` and `rootc verify`.

Every input must end with exit status 0 (it happened to be a valid program) or 1 with a
message on stderr; a panic (exit 101, "panicked"), a signal or a hang is a failure.

usage: scripts/hostile_inputs.py [COUNT] [ROOTC]   (defaults: 10000, target/release/rootc)
"""
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def seeds(rootc, scratch):
    """Valid texts and archives to truncate and mutate: the corpus and the benchmarks."""
    out = []
    for folder in ("corpus/rir", "bench", "examples"):
        for name in sorted(os.listdir(os.path.join(ROOT, folder))):
            if not name.endswith(".rir"):
                continue
            path = os.path.join(ROOT, folder, name)
            with open(path, "rb") as f:
                out.append((".rir", f.read()))
            rira = os.path.join(scratch, "seed.rira")
            if subprocess.run([rootc, "asm", path, "-o", rira], capture_output=True).returncode == 0:
                with open(rira, "rb") as f:
                    out.append((".rira", f.read()))
    return out


def hostile(rng, seed_files, i):
    ext, data = seed_files[i % len(seed_files)]
    kind = i % 4
    if kind == 0:
        return ext, bytes(rng.getrandbits(8) for _ in range(rng.randrange(400)))
    if kind == 1:
        return ext, data[: rng.randrange(len(data) + 1)]
    if kind == 2:
        b = bytearray(data)
        for _ in range(1 + rng.randrange(4)):
            if b:
                b[rng.randrange(len(b))] = rng.getrandbits(8)
        return ext, bytes(b)
    return ".rira", b"RIRA" + bytes(rng.getrandbits(8) for _ in range(rng.randrange(200)))


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    rootc = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "target/release/rootc")
    rng = random.Random(20261124)
    statuses = {}
    failures = []
    with tempfile.TemporaryDirectory() as scratch:
        seed_files = seeds(rootc, scratch)
        for i in range(count):
            ext, data = hostile(rng, seed_files, i)
            path = os.path.join(scratch, "input" + ext)
            with open(path, "wb") as f:
                f.write(data)
            command = ["run", "dis", "verify"][i % 3]
            try:
                p = subprocess.run([rootc, command, "--fuel", "1000000", path], capture_output=True, timeout=20)
            except subprocess.TimeoutExpired:
                failures.append((i, command, "timeout"))
                continue
            statuses[p.returncode] = statuses.get(p.returncode, 0) + 1
            err = p.stderr.decode("utf-8", "replace")
            bad = p.returncode not in (0, 1) and command != "run"
            bad = bad or "panicked" in err or p.returncode < 0 or p.returncode == 101
            bad = bad or (p.returncode == 1 and not err.strip())
            if bad:
                failures.append((i, command, p.returncode, err[:300]))
    print(f"{count} inputs; exit statuses: {dict(sorted(statuses.items()))}; failures: {len(failures)}")
    for f in failures[:20]:
        print("  ", f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
