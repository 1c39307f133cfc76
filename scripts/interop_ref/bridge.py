"""Reference-side server (scripts/record_interop_corpus.sh): calls functions of one module under
CPython for Bridge.java. `python3 bridge.py MODULE`; requests and answers as in Bridge.java.
The module is found on PYTHONPATH: a Python module of the case, or a ctypes shim of a C library."""
import importlib
import sys


def decode(v):
    tag, body = v[:2], v[2:]
    if tag == "i:":
        return int(body)
    if tag == "d:":
        return float(body)
    if tag == "s:":
        return bytes.fromhex(body).decode("utf-8")
    if tag == "b:":
        return bytearray.fromhex(body)
    if tag == "z:":
        return body == "true"
    raise ValueError(v)


def encode(r):
    if r is None:
        return "n:"
    if isinstance(r, bool):
        return "i:%d" % r
    if isinstance(r, int):
        return "i:%d" % r
    if isinstance(r, float):
        return "d:" + repr(r)
    if isinstance(r, str):
        return "s:" + r.encode("utf-8").hex()
    raise TypeError(repr(r))


def main():
    module = importlib.import_module(sys.argv[1])
    for line in sys.stdin:
        parts = line.split()
        args = [decode(a) for a in parts[1:]]
        result = getattr(module, parts[0])(*args)
        back = ["b:" + a.hex() for a in args if isinstance(a, bytearray)]
        print(" ".join([encode(result)] + back), flush=True)


main()
