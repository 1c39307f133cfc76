//! The cross-language corpus `corpus/interop/*/`: each case's `steps` (rootc command lines) run
//! in a copy of its directory, and the last step's output and status must be the ones
//! `scripts/record_interop_corpus.sh` recorded from the reference engines (HotSpot, CPython,
//! native C through ctypes). Needs no java, python3 or gcc.

mod common;
use common::{Scratch, scratch};
use std::path::{Path, PathBuf};
use std::process::Command;

const ROOTC: &str = env!("CARGO_BIN_EXE_rootc");

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/interop")
}

/// Splits a command line into words; single quotes group (as the shell does).
fn words(line: &str) -> Vec<String> {
    let (mut out, mut word, mut quoted, mut any) = (Vec::new(), String::new(), false, false);
    for c in line.chars() {
        match c {
            '\'' => {
                quoted = !quoted;
                any = true;
            }
            c if c.is_whitespace() && !quoted => {
                if any {
                    out.push(std::mem::take(&mut word));
                }
                any = false;
            }
            c => {
                word.push(c);
                any = true;
            }
        }
    }
    if any {
        out.push(word);
    }
    out
}

/// Copies the case into a fresh scratch directory.
fn case_dir(case: &Path) -> Scratch {
    let name = case.file_name().unwrap().to_string_lossy().to_string();
    let dir = scratch(&format!("interop-corpus-{name}"));
    copy_tree(case, &dir);
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, target).unwrap();
        }
    }
}

/// The case directories (with a `steps` file).
fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> =
        std::fs::read_dir(corpus()).unwrap().map(|e| e.unwrap().path()).filter(|p| p.join("steps").is_file()).collect();
    cases.sort();
    cases
}

#[test]
fn every_interop_case_matches_the_reference() {
    let cases = cases();
    assert!(cases.len() >= 5, "the interop corpus has {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let dir = case_dir(case);
        let steps = std::fs::read_to_string(case.join("steps")).unwrap();
        let lines: Vec<&str> = steps.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).collect();
        let mut last = None;
        for line in &lines {
            let out = Command::new(ROOTC).args(words(line)).current_dir(&dir).output().expect("rootc runs");
            last = Some((line.to_string(), out));
        }
        let (line, out) = last.expect("a step");
        let expected = std::fs::read_to_string(case.join("expected.stdout")).unwrap();
        let status: i32 = std::fs::read_to_string(case.join("expected.status")).unwrap().trim().parse().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        if stdout != expected || out.status.code() != Some(status) {
            failures.push(format!(
                "{}: `rootc {line}`: status {:?} (expected {status})\n--- stdout\n{stdout}--- expected\n{expected}--- stderr\n{}",
                case.display(),
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn words_split_like_the_shell() {
    assert_eq!(words("run a.py --with 'x y' z"), ["run", "a.py", "--with", "x y", "z"]);
    assert_eq!(words("  a  ''  "), ["a", ""]);
}
