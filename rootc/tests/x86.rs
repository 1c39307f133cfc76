//! `rootc run`, `rootc from-x86` and `rootc call` on x86-64 objects (corpus/x86).

mod common;
use common::scratch;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn rootc(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rootc")).args(args).output().expect("rootc runs")
}

fn corpus(rel: &str) -> String {
    let p: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/x86").join(rel);
    p.to_str().expect("utf-8 path").to_string()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).to_string()
}

#[test]
fn run_an_object_prints_and_exits_with_its_status() {
    let o = rootc(&["run", &corpus("build/exitcode.O2.o")]);
    assert_eq!(o.status.code(), Some(40), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout), "leaving with 40\n");
    let o = rootc(&["run", &corpus("build/args.O1.o"), "x", "y", "300"]);
    assert_eq!(o.status.code(), Some(300 % 256), "{}", text(&o.stderr));
    assert!(text(&o.stdout).starts_with("argc 4\n1: x (1)\n"), "{}", text(&o.stdout));
}

#[test]
fn a_divide_by_zero_is_a_trap_with_exit_1() {
    let o = rootc(&["run", &corpus("build/divzero.O0.o")]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(text(&o.stdout), "before\n");
    assert!(text(&o.stderr).contains("divi"), "{}", text(&o.stderr));
}

#[test]
fn from_x86_with_exports_then_call_with_numbers_and_strings() {
    let dir = scratch("x86-exports");
    let out = dir.join("mathlib.rira");
    let out = out.to_str().unwrap();
    let o = rootc(&[
        "from-x86",
        &corpus("lib/mathlib.O2.o"),
        "--export",
        "add3(int, int, int) -> int",
        "--export",
        "count_char(ptr, int) -> i64",
        "--export",
        "hypot2(f64, f64) -> f64",
        "-o",
        out,
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let o = rootc(&["call", out, "add3", "1", "2", "-10"]);
    assert_eq!(text(&o.stdout), "-7\n", "{}", text(&o.stderr));
    let o = rootc(&["call", out, "count_char", "a banana", "97"]);
    assert_eq!(text(&o.stdout), "4\n", "{}", text(&o.stderr));
    let o = rootc(&["call", out, "hypot2", "3", "4"]);
    assert_eq!(text(&o.stdout).trim().parse::<f64>().ok(), Some(25.0), "{}", text(&o.stderr));
}

#[test]
fn bad_objects_and_exports_are_errors_naming_the_problem() {
    let dir = scratch("x86-bad");
    let junk = dir.join("junk.o");
    std::fs::write(&junk, b"\x7fELF\x02\x01 this is not an object").unwrap();
    let o = rootc(&["run", junk.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("junk.o"), "{}", text(&o.stderr));
    assert!(!text(&o.stderr).contains("panicked"));
    let o = rootc(&["from-x86", &corpus("lib/mathlib.O2.o"), "--export", "missing(int) -> int", "-o", "/dev/null"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("no global function `missing`"), "{}", text(&o.stderr));
}
