//! Runs every `corpus/python/*.py` through `rootc run` (from the corpus directory) and compares
//! standard output, the exit status and standard error (tracebacks included) with what CPython
//! 3.11 did (recorded by `scripts/record_python_corpus.sh`; python3 is not needed here).
//! Traceback `File` lines name the script by its absolute path, as CPython's do; the corpus
//! directory's path is cut from both sides. `NAME.stdin`, when there is one, is the script's
//! standard input (otherwise none); a line `# rootc: OPTIONS` gives options of `rootc run`
//! (`--allow-read .` for programs that read files next to them). CPython 3.11's caret lines
//! (`~~^^`) are compared too; only a caret line rootvm does not print is tolerated.

mod parallel;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/python")
}

/// Runs one script; returns a description of every difference.
fn check(script: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(script).expect("read script");
    let args: Vec<&str> = text
        .lines()
        .find_map(|l| l.strip_prefix("# args: "))
        .map(|a| a.split_whitespace().collect())
        .unwrap_or_default();
    // `# rootc: --allow-read .` gives options of `rootc run` (capabilities CPython has anyway).
    let options: Vec<&str> = text
        .lines()
        .find_map(|l| l.strip_prefix("# rootc: "))
        .map(|a| a.split_whitespace().collect())
        .unwrap_or_default();
    let dir = std::fs::canonicalize(corpus()).expect("corpus directory");
    let name = script.file_name().expect("script name");
    let stdin = match std::fs::File::open(script.with_extension("stdin")) {
        Ok(f) => Stdio::from(f),
        Err(_) => Stdio::null(),
    };
    // `# cwd: scratch`: run in a fresh directory (programs that write files), deleted after.
    let scratch = text.lines().any(|l| l == "# cwd: scratch").then(|| scratch_dir(name));
    let out = Command::new(env!("CARGO_BIN_EXE_rootc"))
        .current_dir(scratch.as_deref().unwrap_or(&dir))
        .arg("run")
        .args(&options)
        .arg(if scratch.is_some() { dir.join(name) } else { name.into() })
        .args(&args)
        .stdin(stdin)
        .output()
        .expect("rootc runs");
    if let Some(s) = &scratch {
        std::fs::remove_dir_all(s).expect("remove the scratch directory");
    }
    let expected = |ext: &str| std::fs::read_to_string(script.with_extension(ext)).ok();
    let mut problems = Vec::new();
    let stdout = String::from_utf8_lossy(&out.stdout);
    if Some(stdout.to_string()) != expected("stdout") {
        problems.push(format!("stdout differs:\n{stdout}"));
    }
    let status = out.status.code().map(|c| c.to_string());
    if status.as_deref() != expected("status").as_deref().map(str::trim) {
        problems.push(format!("exit status {status:?}, expected {:?}", expected("status")));
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let prefix = format!("  File \"{}/", dir.display());
    let got = stderr.replace(&prefix, "  File \"");
    let want = expected("stderr").unwrap_or_default();
    if !same_traceback(&got, &want) {
        problems.push(format!("stderr differs:\n{got}\nexpected:\n{want}"));
    }
    assert!(!stderr.contains("panicked"), "{}: panic: {stderr}", script.display());
    problems
}

/// A new empty directory for one script's files.
fn scratch_dir(name: &std::ffi::OsStr) -> PathBuf {
    let d = std::env::temp_dir().join(format!("rootc-pycorpus-{}-{}", std::process::id(), name.to_string_lossy()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("make a scratch directory");
    std::fs::canonicalize(&d).expect("scratch directory")
}

/// Whether `line` is a caret line of CPython 3.11 (only spaces, `~` and `^`).
fn is_caret(line: &str) -> bool {
    !line.trim().is_empty() && line.chars().all(|c| matches!(c, ' ' | '~' | '^'))
}

/// Whether stderr `got` is CPython's `want`: every line the same, caret lines included, except
/// that a caret line of CPython's where rootvm printed none is allowed (frames whose expression
/// rootvm cannot place, see docs/python.md "Tracebacks"); a caret line rootvm prints must be
/// CPython's exactly.
fn same_traceback(got: &str, want: &str) -> bool {
    let mut got = got.lines().peekable();
    for w in want.lines() {
        if is_caret(w) && !got.peek().is_some_and(|g| is_caret(g)) {
            continue;
        }
        if got.next() != Some(w) {
            return false;
        }
    }
    got.next().is_none()
}

#[test]
fn every_python_corpus_program_matches_cpython() {
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(corpus())
        .expect("corpus/python exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    scripts.sort();
    assert!(scripts.len() >= 15, "the corpus has {} programs", scripts.len());
    let problems = parallel::map(&scripts, |s| check(s));
    let failures: Vec<String> = scripts
        .iter()
        .zip(problems)
        .flat_map(|(s, ps)| ps.into_iter().map(move |p| format!("{}: {p}", s.display())))
        .collect();
    assert!(failures.is_empty(), "{} of {} programs differ:\n{}", failures.len(), scripts.len(), failures.join("\n"));
}

/// Without `--allow-read`, `open()` raises CPython's `PermissionError` (the host grants no
/// file access), reported as an uncaught exception at the `open` line.
#[test]
fn open_without_a_read_grant_is_a_permission_error() {
    let dir = std::fs::canonicalize(corpus()).expect("corpus directory");
    let out = Command::new(env!("CARGO_BIN_EXE_rootc"))
        .current_dir(&dir)
        .args(["run", "lib2_open.py"])
        .stdin(Stdio::null())
        .output()
        .expect("rootc runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.starts_with("Traceback (most recent call last):\n"), "{stderr}");
    assert!(stderr.contains(", line 3, in <module>\n    with open(\"lib2_open.txt\") as f:\n"), "{stderr}");
    assert!(stderr.ends_with("PermissionError: [Errno 13] Permission denied: 'lib2_open.txt'\n"), "{stderr}");
}

/// Writes `script` to `SCRATCH/inner/prog.py` and runs `rootc run OPTIONS prog.py` in
/// `SCRATCH/inner`; returns (status, stderr) and deletes SCRATCH.
fn run_scratch(script: &str, options: &[&str]) -> (Option<i32>, String) {
    let dir = scratch_dir(std::ffi::OsStr::new("grant-test"));
    std::fs::create_dir(dir.join("inner")).expect("inner directory");
    std::fs::write(dir.join("inner/prog.py"), script).expect("write script");
    let out = Command::new(env!("CARGO_BIN_EXE_rootc"))
        .current_dir(dir.join("inner"))
        .arg("run")
        .args(options)
        .arg("prog.py")
        .stdin(Stdio::null())
        .output()
        .expect("rootc runs");
    let outside = dir.join("outside.txt").exists();
    std::fs::remove_dir_all(&dir).expect("remove the scratch directory");
    assert!(!outside, "a file was written outside the granted directory");
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// `open()` for writing needs `--allow-write DIR` and stays inside DIR: without a grant, or for
/// a path outside it, it is CPython's `PermissionError`; a grant that is not a directory is an
/// error before the run.
#[test]
fn open_for_writing_needs_a_write_grant() {
    let denied = "PermissionError: [Errno 13] Permission denied: ";
    let (status, stderr) = run_scratch("open('x.txt', 'w').write('hi')\n", &[]);
    assert_eq!(status, Some(1), "{stderr}");
    assert!(stderr.ends_with(&format!("{denied}'x.txt'\n")), "{stderr}");
    let (status, stderr) = run_scratch("open('../outside.txt', 'w').write('hi')\n", &["--allow-write", "."]);
    assert_eq!(status, Some(1), "{stderr}");
    assert!(stderr.ends_with(&format!("{denied}'../outside.txt'\n")), "{stderr}");
    let (status, stderr) = run_scratch("open('x.txt', 'w').write('hi')\n", &["--allow-read", "."]);
    assert_eq!(status, Some(1), "{stderr}");
    assert!(stderr.ends_with(&format!("{denied}'x.txt'\n")), "{stderr}");
    let (status, stderr) =
        run_scratch("open('x.txt', 'w').write('hi')\nprint(open('x.txt').read())\n", &["--allow-write", "."]);
    assert_eq!(status, Some(0), "{stderr}");
    let (status, stderr) = run_scratch("print(1)\n", &["--allow-write", "no-such-dir"]);
    assert_eq!(status, Some(1), "{stderr}");
    assert!(stderr.contains("--allow-write no-such-dir: not a directory"), "{stderr}");
}
