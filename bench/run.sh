#!/usr/bin/env bash
# Runs the benchmark programs on rootvm, rootvm's Java frontend (`rootc run` on the committed
# bench/java/classes, engine rootvm-java), lua5.4, java -Xint and java, checks
# that every engine prints the recorded output, and writes a Markdown table of
# median wall-clock times and peak memory (max RSS) to bench/RESULTS.md.
#
# usage: bench/run.sh [PROGRAM...]
#   (default: fib loop sieve float binary_trees matmul any_loop nbody fannkuch spectral_norm
#   array_store list_add writer_lines reader_lines sb_append; nbody, fannkuch, spectral_norm,
#   array_store, list_add, writer_lines, reader_lines and sb_append exist in Java only: no .rir or
#   .lua twin, those cells are —; reader_lines reads 1M generated lines from standard input)
#
# environment:
#   RUNS=N          timed runs per program and engine (default 5)
#   SKIP_ROOTVM=1   do not build or run rootvm
#   SKIP_LUA=1      do not run lua5.4
#   SKIP_JAVA=1     do not run java (neither -Xint nor the JIT)
#   ROOTC=PATH      use this rootc binary instead of building target/release/rootc
#   OUT=PATH        write the report here instead of bench/RESULTS.md
#   NO_INSTALL=1    never call apt-get; engines that are missing are skipped
#   NO_HYPERFINE=1  time with a plain bash loop instead of hyperfine
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
CMDLINE=
for v in RUNS SKIP_ROOTVM SKIP_LUA SKIP_JAVA ROOTC NO_INSTALL; do
  if [[ -n ${!v:-} ]]; then CMDLINE+="$v=${!v} "; fi
done
CMDLINE+="bench/run.sh${*:+ $*}"
RUNS=${RUNS:-5}
OUT=${OUT:-$BENCH/RESULTS.md}
ALL_PROGRAMS=(fib loop sieve float binary_trees matmul any_loop nbody fannkuch spectral_norm array_store list_add
  writer_lines reader_lines sb_append)
declare -A JAVA_CLASS=([fib]=Fib [loop]=Loop [sieve]=Sieve [float]=FloatKernel [binary_trees]=BinaryTrees [matmul]=MatMul [any_loop]=AnyLoop
  [nbody]=NBody [fannkuch]=Fannkuch [spectral_norm]=SpectralNorm [array_store]=ArrayStore [list_add]=ListAdd
  [writer_lines]=WriterLines [reader_lines]=ReaderLines [sb_append]=SbAppend)
# Programs that read standard input: the Python code printing it (run once, into $TMP).
declare -A STDIN_GEN=([reader_lines]='for i in range(1000000): print(i, i * 7 % 1000003, i % 97)')
# Programs the Java frontend cannot translate yet (FloatKernel prints with java.math.BigDecimal).
declare -A ROOTVM_JAVA_UNSUPPORTED=([float]=1)

log() { printf '==> %s\n' "$*" >&2; }
warn() { printf '\033[1;33mWARNING:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mERROR:\033[0m %s\n' "$*" >&2; exit 1; }

[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, got '$RUNS'"

# --- which programs --------------------------------------------------------
if (($# == 0)); then
  PROGRAMS=("${ALL_PROGRAMS[@]}")
else
  PROGRAMS=()
  for p in "$@"; do
    p=${p%.rir}
    [[ -n ${JAVA_CLASS[$p]:-} ]] || die "unknown program '$p' (known: ${ALL_PROGRAMS[*]})"
    PROGRAMS+=("$p")
  done
fi

# --- tools -----------------------------------------------------------------
command -v python3 >/dev/null || die "python3 is required"

apt_updated=
apt_install() { # apt_install PACKAGE...: best effort, returns non-zero on failure
  [[ -z ${NO_INSTALL:-} ]] || return 1
  command -v apt-get >/dev/null || return 1
  local sudo=
  if ((EUID != 0)); then
    command -v sudo >/dev/null || return 1
    sudo=sudo
  fi
  if [[ -z $apt_updated ]]; then
    log "apt-get update"
    $sudo apt-get update -qq >&2 || return 1
    apt_updated=1
  fi
  log "apt-get install -y $*"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >&2
}

want_lua=1 want_java=1 want_rootvm=1
if [[ -n ${SKIP_LUA:-} ]]; then want_lua=; fi
if [[ -n ${SKIP_JAVA:-} ]]; then want_java=; fi
if [[ -n ${SKIP_ROOTVM:-} ]]; then want_rootvm=; fi

missing=()
if [[ -n $want_lua ]] && ! command -v lua5.4 >/dev/null; then missing+=(lua5.4); fi
if [[ -n $want_java ]] && ! { command -v java >/dev/null && command -v javac >/dev/null; }; then missing+=(default-jdk-headless); fi
if ! command -v hyperfine >/dev/null; then missing+=(hyperfine); fi
if ((${#missing[@]})); then
  apt_install "${missing[@]}" || warn "could not install ${missing[*]}"
fi
if [[ -n $want_lua ]] && ! command -v lua5.4 >/dev/null; then
  warn "lua5.4 is not installed: skipping it (set SKIP_LUA=1 to silence)"
  want_lua=
fi
if [[ -n $want_java ]] && ! { command -v java >/dev/null && command -v javac >/dev/null; }; then
  warn "java/javac are not installed: skipping them (set SKIP_JAVA=1 to silence)"
  want_java=
fi

# --- build -----------------------------------------------------------------
TMP=$(mktemp -d "${TMPDIR:-/tmp}/rootvm-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

if [[ -n $want_rootvm ]]; then
  if [[ -n ${ROOTC:-} ]]; then
    [[ -x $ROOTC ]] || die "ROOTC=$ROOTC is not an executable"
  else
    log "cargo build --release -p rootc"
    (cd "$ROOT" && cargo build --release -p rootc >&2) ||
      die "building rootc failed (SKIP_ROOTVM=1 runs the reference engines only)"
    ROOTC=$ROOT/target/release/rootc
  fi
fi

if [[ -n $want_java ]]; then
  log "javac -> $TMP/classes"
  mkdir -p "$TMP/classes"
  javac -d "$TMP/classes" "$BENCH"/java/*.java
fi

# --- engines ---------------------------------------------------------------
ENGINES=(rootvm rootvm-java lua5.4 "java -Xint" java)
engine_enabled() {
  case $1 in
    rootvm) [[ -n $want_rootvm && -f $BENCH/$2.rir ]] ;;
    rootvm-java) [[ -n $want_rootvm && -z ${ROOTVM_JAVA_UNSUPPORTED[$2]:-} ]] ;;
    lua5.4) [[ -n $want_lua && -f $BENCH/lua/$2.lua ]] ;;
    java*) [[ -n $want_java ]] ;;
  esac
}
engine_cmd() { # engine_cmd ENGINE PROGRAM: sets the array CMD
  case $1 in
    rootvm) CMD=("$ROOTC" run "$BENCH/$2.rir") ;;
    rootvm-java) CMD=("$ROOTC" run "$BENCH/java/classes/${JAVA_CLASS[$2]}/${JAVA_CLASS[$2]}.class") ;;
    lua5.4) CMD=(lua5.4 "$BENCH/lua/$2.lua") ;;
    "java -Xint") CMD=(java -Xint -cp "$TMP/classes" "${JAVA_CLASS[$2]}") ;;
    java) CMD=(java -cp "$TMP/classes" "${JAVA_CLASS[$2]}") ;;
  esac
}

use_hyperfine=
if [[ -z ${NO_HYPERFINE:-} ]] && command -v hyperfine >/dev/null; then use_hyperfine=1; fi

# --- run -------------------------------------------------------------------
TIMES=$TMP/times.tsv    # program \t engine \t seconds   (one line per timed run)
STATUS=$TMP/status.tsv  # program \t engine \t ok|MISMATCH|FAILED
MEM=$TMP/mem.tsv        # program \t engine \t peak resident set in KiB \t CPU seconds (user + sys), of the checking run
: >"$TIMES"
: >"$STATUS"
: >"$MEM"
# GNU time measures the peak memory (max RSS) of the checking run.
TIME_CMD=()
if [[ -x /usr/bin/time ]]; then TIME_CMD=(/usr/bin/time -f '%M %U %S' -o "$TMP/rss"); else warn "/usr/bin/time is missing: no peak memory figures"; fi
failures=0

for prog in "${PROGRAMS[@]}"; do
  # A long output is recorded as its SHA-256 (expected/PROG.sha256) instead of its text.
  expected=$BENCH/expected/$prog.out
  [[ -f $expected || -f $BENCH/expected/$prog.sha256 ]] || die "missing $expected"
  input=/dev/null
  if [[ -n ${STDIN_GEN[$prog]:-} ]]; then
    input=$TMP/$prog.in
    python3 -c "${STDIN_GEN[$prog]}" >"$input"
  fi
  for engine in "${ENGINES[@]}"; do
    engine_enabled "$engine" "$prog" || continue
    engine_cmd "$engine" "$prog"
    # One untimed run checks the output (and warms the page cache).
    log "$prog: $engine: checking output"
    if ! "${TIME_CMD[@]}" "${CMD[@]}" <"$input" >"$TMP/out" 2>"$TMP/err"; then
      printf '\033[1;31m!!! %s on %s FAILED\033[0m (%s)\n' "$prog" "$engine" "${CMD[*]}" >&2
      sed 's/^/    /' "$TMP/err" | tail -n 20 >&2
      printf '%s\t%s\tFAILED\n' "$prog" "$engine" >>"$STATUS"
      failures=$((failures + 1))
      continue
    fi
    if ((${#TIME_CMD[@]})) && [[ -s $TMP/rss ]]; then
      read -r kib user sys < <(tail -n 1 "$TMP/rss")
      printf '%s\t%s\t%s\t%s\n' "$prog" "$engine" "$kib" "$(python3 -c "print(f'{$user + $sys:.2f}')")" >>"$MEM"
    fi
    if [[ ! -f $expected ]]; then
      sha256sum <"$TMP/out" | cut -d' ' -f1 >"$TMP/out.sha256"
      out=$TMP/out.sha256 expected=$BENCH/expected/$prog.sha256
    else
      out=$TMP/out
    fi
    if ! cmp -s "$out" "$expected"; then
      printf '\033[1;31m!!! OUTPUT MISMATCH: %s on %s\033[0m\n' "$prog" "$engine" >&2
      diff -u --label expected "$expected" --label "$engine" "$out" | head -n 20 >&2 || true
      printf '%s\t%s\tMISMATCH\n' "$prog" "$engine" >>"$STATUS"
      failures=$((failures + 1))
    else
      printf '%s\t%s\tok\n' "$prog" "$engine" >>"$STATUS"
    fi
    expected=$BENCH/expected/$prog.out
    log "$prog: $engine: $RUNS timed runs"
    if [[ -n $use_hyperfine ]]; then
      if ! hyperfine -N --style none --runs "$RUNS" --input "$input" --export-json "$TMP/h.json" -n "$engine" "${CMD[*]@Q}" >/dev/null; then
        printf '\033[1;31m!!! %s on %s FAILED during the timed runs\033[0m\n' "$prog" "$engine" >&2
        printf '%s\t%s\tFAILED\n' "$prog" "$engine" >>"$STATUS"
        failures=$((failures + 1))
        continue
      fi
      python3 - "$TMP/h.json" "$prog" "$engine" >>"$TIMES" <<'EOF'
import json, sys
for t in json.load(open(sys.argv[1]))["results"][0]["times"]:
    print(f"{sys.argv[2]}\t{sys.argv[3]}\t{t:.6f}")
EOF
    else
      for ((i = 0; i < RUNS; i++)); do
        start=$(date +%s%N)
        if ! "${CMD[@]}" <"$input" >/dev/null; then
          printf '\033[1;31m!!! %s on %s FAILED during the timed runs\033[0m\n' "$prog" "$engine" >&2
          printf '%s\t%s\tFAILED\n' "$prog" "$engine" >>"$STATUS"
          failures=$((failures + 1))
          break
        fi
        end=$(date +%s%N)
        printf '%s\t%s\t%s\n' "$prog" "$engine" "$(((end - start) / 1000))e-6" >>"$TIMES"
      done
    fi
  done
done

# --- report ----------------------------------------------------------------
version() { "$@" 2>&1 | head -n 1 || true; }
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//'), $(uname -sr)"
  echo "rootvm: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$([[ -n $want_rootvm ]] && echo " ($(version "$ROOTC" --version))")"
  if [[ -n $want_lua ]]; then echo "lua5.4: $(version lua5.4 -v)"; fi
  if [[ -n $want_java ]]; then echo "java: $(version java -version)"; fi
  echo "runs: $RUNS per program and engine, median wall-clock time$([[ -n $use_hyperfine ]] && echo " (hyperfine $(hyperfine --version | cut -d' ' -f2))")"
  echo "command: $CMDLINE"
} >"$TMP/meta"

python3 - "$TIMES" "$STATUS" "$TMP/meta" "$OUT" "${PROGRAMS[*]}" "$MEM" <<'EOF'
import statistics, sys
times_f, status_f, meta_f, out_f, programs, mem_f = sys.argv[1:7]
programs = programs.split()
engines = ["rootvm", "rootvm-java", "lua5.4", "java -Xint", "java"]
times, status = {}, {}
for line in open(times_f):
    p, e, t = line.rstrip("\n").split("\t")
    times.setdefault((p, e), []).append(float(t))
for line in open(status_f):
    p, e, s = line.rstrip("\n").split("\t")
    status[(p, e)] = s
med = {k: statistics.median(v) for k, v in times.items()}
mem, cpu = {}, {}
for line in open(mem_f):
    p, e, kib, secs = line.rstrip("\n").split("\t")
    if kib.isdigit():
        mem[(p, e)] = int(kib)
    cpu[(p, e)] = float(secs)

def cell(p, e):
    s = status.get((p, e))
    if s is None:
        return "—"
    if s == "FAILED":
        return "**FAILED**"
    txt = f"{med[(p, e)]:.3f} s"
    return txt if s == "ok" else f"{txt} **MISMATCH**"

def ratio(p, a, b):
    if status.get((p, a)) != "ok" or status.get((p, b)) != "ok":
        return "—"
    return f"{med[(p, a)] / med[(p, b)]:.2f}"

rows = ["| program | rootvm | rootvm-java | lua5.4 | java -Xint | java | rootvm/lua | rootvm/java-Xint | rootvm-java/java-Xint |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
for p in programs:
    rows.append("| " + " | ".join([p] + [cell(p, e) for e in engines]
                                  + [ratio(p, "rootvm", "lua5.4"), ratio(p, "rootvm", "java -Xint"), ratio(p, "rootvm-java", "java -Xint")]) + " |")
def geomean(a, b):
    rs = [med[(p, a)] / med[(p, b)] for p in programs if status.get((p, a)) == "ok" and status.get((p, b)) == "ok"]
    if not rs:
        return "—"
    g = 1.0
    for r in rs:
        g *= r
    return f"{g ** (1 / len(rs)):.2f} ({len(rs)})"
rows.append("| geometric mean (programs) | | | | | | " + " | ".join(
    [geomean("rootvm", "lua5.4"), geomean("rootvm", "java -Xint"), geomean("rootvm-java", "java -Xint")]) + " |")
table = "\n".join(rows)

def mcell(p, e):
    return f"{mem[(p, e)] / 1024:.1f}" if (p, e) in mem else "—"

def mratio(p, a, b):
    return f"{mem[(p, a)] / mem[(p, b)]:.2f}" if (p, a) in mem and (p, b) in mem else "—"

mrows = ["| program | rootvm | rootvm-java | lua5.4 | java -Xint | java | rootvm/lua | rootvm/java-Xint | rootvm-java/java-Xint |",
         "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
for p in programs:
    mrows.append("| " + " | ".join([p] + [mcell(p, e) for e in engines]
                                   + [mratio(p, "rootvm", "lua5.4"), mratio(p, "rootvm", "java -Xint"), mratio(p, "rootvm-java", "java -Xint")]) + " |")
mtable = "\n".join(mrows)

def ccell(p, e):
    return f"{cpu[(p, e)]:.2f} s" if (p, e) in cpu else "—"

def cratio(p, a, b):
    return f"{cpu[(p, a)] / cpu[(p, b)]:.2f}" if (p, a) in cpu and (p, b) in cpu and cpu[(p, b)] > 0 else "—"

crows = ["| program | rootvm | rootvm-java | lua5.4 | java -Xint | java | rootvm/lua | rootvm/java-Xint | rootvm-java/java-Xint |",
         "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
for p in programs:
    crows.append("| " + " | ".join([p] + [ccell(p, e) for e in engines]
                                   + [cratio(p, "rootvm", "lua5.4"), cratio(p, "rootvm", "java -Xint"), cratio(p, "rootvm-java", "java -Xint")]) + " |")
ctable = "\n".join(crows)
meta = [l.rstrip("\n") for l in open(meta_f) if l.strip()]
bad = sorted(f"{p} on {e}: {s}" for (p, e), s in status.items() if s != "ok")
doc = ["# rootvm benchmark results", ""] + [f"- {l}" for l in meta] + ["", table, "",
       "Times are medians; ratios are time(rootvm) / time(engine), so below 1 means rootvm is faster.",
       "", "Peak memory (max resident set of one run, MiB, from `/usr/bin/time -f %M`):", "", mtable, "",
       "Ratios are peak(rootvm) / peak(engine).", "",
       "CPU time (user + sys) of the same single run, less sensitive than wall-clock time to other",
       "load on the machine (Java's counts its JIT and GC threads):", "", ctable]
if bad:
    doc += ["", "**Problems:** " + "; ".join(bad)]
# Sections other tools add after this script's table (their own "## " headings) are kept.
kept = ""
try:
    previous = open(out_f).read()
    at = previous.find("\n## ")
    if at >= 0:
        kept = "\n" + previous[at + 1:]
except FileNotFoundError:
    pass
open(out_f, "w").write("\n".join(doc) + "\n" + kept)
print(table)
print()
print(mtable)
print()
print(ctable)
EOF
log "wrote ${OUT#"$ROOT"/}"

if ((failures)); then
  die "$failures engine run(s) failed or printed the wrong output (see above)"
fi
