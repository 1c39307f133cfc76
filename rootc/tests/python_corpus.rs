//! Runs every `corpus/python/*.py` through `rootc run` and compares standard output, the exit
//! status and the last line of standard error with what CPython 3.11 did
//! (recorded by `scripts/record_python_corpus.sh`; python3 is not needed here).

use std::path::{Path, PathBuf};
use std::process::Command;

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
    let out =
        Command::new(env!("CARGO_BIN_EXE_rootc")).arg("run").arg(script).args(&args).output().expect("rootc runs");
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
    let last = stderr.lines().last().unwrap_or("");
    match expected("stderr") {
        Some(e) if e.trim_end() != last => problems.push(format!("stderr's last line {last:?}, expected {e:?}")),
        None if !stderr.is_empty() => problems.push(format!("unexpected stderr: {stderr}")),
        _ => {}
    }
    assert!(!stderr.contains("panicked"), "{}: panic: {stderr}", script.display());
    problems
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
    let mut failures = Vec::new();
    for s in &scripts {
        for p in check(s) {
            failures.push(format!("{}: {p}", s.display()));
        }
    }
    assert!(failures.is_empty(), "{} of {} programs differ:\n{}", failures.len(), scripts.len(), failures.join("\n"));
}
