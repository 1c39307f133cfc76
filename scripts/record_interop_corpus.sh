#!/bin/sh
# Records the cross-language corpus corpus/interop/*/ (rootc/tests/interop_corpus.rs runs it).
#
# Each case directory holds sources, the compiled inputs this script rebuilds and commits
# (javac --release 17 → .class, gcc -O2 -c → .o), and `steps`: rootc command lines run in a copy
# of the directory (`from-x86 X.o --export SIG ... -o X.rira`, then `run MAIN --with LIB ...`).
# The expected output (expected.stdout, expected.status) is recorded from reference engines
# running the same code, each language on its own reference:
#   - Python main (`run app.py`): CPython runs app.py; a Java library is a shim module calling
#     the class's static methods in one HotSpot process (scripts/interop_ref/Invoke.java);
#   - Java main (`run Main.class`): HotSpot runs the program with every `static native` method
#     rewritten into a call of scripts/interop_ref/Bridge.java, which asks CPython
#     (scripts/interop_ref/bridge.py) to call the bound module's function;
#   - a C library (`from-x86 X.o --export ...`): the same X.c compiled natively as a shared
#     object, called through ctypes by a shim module; a str argument facing (ptr, len) is passed
#     as its bytes (code points < 256, Latin-1), a byte[] as a buffer copied back after the call.
# Needs java/javac, python3 and gcc; the tests need none of them.
set -eu
cd "$(dirname "$0")/.."
exec python3 - "$@" <<'PY'
import os, re, shlex, shutil, subprocess, sys, tempfile

ROOT = os.getcwd()
CORPUS = os.path.join(ROOT, "corpus/interop")
REF = os.path.join(ROOT, "scripts/interop_ref")
CFLAGS = ["-O2", "-fno-stack-protector", "-fno-asynchronous-unwind-tables"]
CTYPES = {"i64": "c_int64", "u64": "c_uint64", "long": "c_int64", "size_t": "c_uint64", "ptr": "c_void_p",
          "i32": "c_int32", "int": "c_int32", "u32": "c_uint32", "f64": "c_double", "double": "c_double"}

C_SHIM = '''import ctypes
_lib = ctypes.CDLL(%(so)r)
_sigs = %(sigs)r


def _wrap(name, params, result):
    f = getattr(_lib, name)
    f.restype = getattr(ctypes, _CT[result]) if result else None

    def call(*args):
        cargs, bufs, ai, pi = [], [], 0, 0
        while pi < len(params):
            if params[pi] == "ptr" and params[pi + 1:pi + 2] == ["i64"] and len(args) - ai < len(params) - pi:
                a = args[ai]
                data = a.encode("latin-1") if isinstance(a, str) else bytes(a)
                buf = ctypes.create_string_buffer(data, max(len(data), 1))
                cargs += [buf, ctypes.c_int64(len(data))]
                bufs.append((a, buf, len(data)))
                ai, pi = ai + 1, pi + 2
            else:
                cargs.append(getattr(ctypes, _CT[params[pi]])(args[ai]))
                ai, pi = ai + 1, pi + 1
        r = f(*cargs)
        for a, buf, n in bufs:
            if isinstance(a, bytearray):
                a[:] = buf.raw[:n]
        return r
    return call


_CT = %(ct)r
for _n, (_p, _r) in _sigs.items():
    globals()[_n] = _wrap(_n, _p, _r)
'''

JAVA_SHIM = '''import subprocess
_p = subprocess.Popen(["java", "-cp", %(cp)r, "Invoke", %(cls)r], stdin=subprocess.PIPE,
                      stdout=subprocess.PIPE, text=True, encoding="utf-8")


def _enc(v):
    if isinstance(v, bool):
        return "z:" + ("true" if v else "false")
    if isinstance(v, int):
        return "i:%%d" %% v
    if isinstance(v, float):
        return "d:" + repr(v)
    return "s:" + v.encode("utf-8").hex()


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)

    def call(*args):
        _p.stdin.write(" ".join([name] + [_enc(a) for a in args]) + "\\n")
        _p.stdin.flush()
        r = _p.stdout.readline().strip()
        tag, body = r[:2], r[2:]
        if tag == "i:":
            return int(body)
        if tag == "d:":
            return float(body)
        if tag == "s:":
            return bytes.fromhex(body).decode("utf-8")
        return None
    return call
'''

CONVERT = {"long": "Bridge.asLong(%s)", "int": "Bridge.asInt(%s)", "double": "Bridge.asDouble(%s)",
           "boolean": "Bridge.asBoolean(%s)", "String": "Bridge.asString(%s)"}


def parse_sig(text):
    m = re.match(r"\s*(\w+)\((.*)\)\s*(?:->\s*(\w+))?\s*$", text)
    params = [p.strip() for p in m.group(2).split(",") if p.strip()]
    return m.group(1), params, m.group(3)


def bridge_natives(src):
    """Rewrites `static native T f(P p, ...);` into a Bridge call to module (simple class name)."""
    cls = re.search(r"class\s+(\w+)", src).group(1)
    module = cls.lower()

    def rewrite(m):
        mods, ret, name, params = m.group(1), m.group(2), m.group(3), m.group(4)
        names = [p.split()[-1] for p in params.split(",") if p.strip()]
        call = 'Bridge.call("%s", "%s"%s)' % (module, name, "".join(", " + n for n in names))
        body = call + ";" if ret == "void" else "return " + CONVERT[ret] % call + ";"
        return "%sstatic %s %s(%s) { %s }" % (mods, ret, name, params, body)
    return re.sub(r"((?:public\s+|private\s+)?)static\s+native\s+(\S+)\s+(\w+)\(([^)]*)\);", rewrite, src)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def record(case):
    d = os.path.join(CORPUS, case)
    steps = [shlex.split(l) for l in open(os.path.join(d, "steps")) if l.strip() and not l.startswith("#")]
    java = sorted(f for f in os.listdir(d) if f.endswith(".java"))
    if java:
        run(["javac", "--release", "17", "-d", d] + [os.path.join(d, j) for j in java])
    tmp = tempfile.mkdtemp()
    shims = os.path.join(tmp, "shims")
    os.makedirs(shims)
    refcp = os.path.join(tmp, "ref")
    run(["javac", "--release", "17", "-d", refcp, os.path.join(REF, "Invoke.java"), os.path.join(REF, "Bridge.java")])
    main = None
    for step in steps:
        if step[0] == "from-x86":
            obj = step[1]
            stem = obj[:-2]
            run(["gcc"] + CFLAGS + ["-c", os.path.join(d, stem + ".c"), "-o", os.path.join(d, obj)])
            so = os.path.join(tmp, stem + ".so")
            run(["gcc"] + CFLAGS + ["-shared", "-fPIC", os.path.join(d, stem + ".c"), "-o", so])
            sigs = {}
            for i, a in enumerate(step):
                if a == "--export":
                    name, params, result = parse_sig(step[i + 1])
                    sigs[name] = (params, result)
            with open(os.path.join(shims, stem + ".py"), "w") as f:
                f.write(C_SHIM % {"so": so, "sigs": sigs, "ct": CTYPES})
        elif step[0] == "run":
            main = step[1]
            for i, a in enumerate(step):
                if a == "--with" and step[i + 1].endswith(".class"):
                    cls = step[i + 1][:-6]
                    with open(os.path.join(shims, cls + ".py"), "w") as f:
                        f.write(JAVA_SHIM % {"cp": d + os.pathsep + refcp, "cls": cls})
    env = dict(os.environ, PYTHONPATH=shims + os.pathsep + d, PYTHONDONTWRITEBYTECODE="1")
    if main.endswith(".py"):
        cmd = ["python3", os.path.join(d, main)]
    else:
        jdir = os.path.join(tmp, "java")
        os.makedirs(jdir)
        for j in java:
            with open(os.path.join(jdir, j), "w") as f:
                f.write(bridge_natives(open(os.path.join(d, j)).read()))
        run(["javac", "--release", "17", "-cp", refcp, "-d", jdir] + [os.path.join(jdir, j) for j in java])
        cmd = ["java", "-Dbridge.py=" + os.path.join(REF, "bridge.py"), "-cp", jdir + os.pathsep + refcp, main[:-6]]
    p = subprocess.run(cmd, env=env, cwd=tmp, stdout=subprocess.PIPE)
    with open(os.path.join(d, "expected.stdout"), "wb") as f:
        f.write(p.stdout)
    with open(os.path.join(d, "expected.status"), "w") as f:
        f.write("%d\n" % p.returncode)
    shutil.rmtree(tmp)
    print("recorded %s (status %d)" % (case, p.returncode))


cases = sys.argv[1:] or sorted(c for c in os.listdir(CORPUS) if os.path.isfile(os.path.join(CORPUS, c, "steps")))
for case in cases:
    record(case)
PY
