//! `rootc from-x86` and `rootc call` on a shared object (corpus/x86/so/shlib.so, built by
//! scripts/record_x86_so.sh), and a corrupt `.so` as an error naming the file.

mod common;
use common::scratch;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn rootc(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rootc")).args(args).output().expect("rootc runs")
}

fn so(rel: &str) -> String {
    let p: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/x86/so").join(rel);
    p.to_str().expect("utf-8 path").to_string()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).to_string()
}

#[test]
fn from_x86_of_a_shared_object_then_call_with_numbers_and_strings() {
    let dir = scratch("x86so");
    let out = dir.join("shlib.rira");
    let out = out.to_str().unwrap();
    let o = rootc(&[
        "from-x86",
        &so("shlib.so"),
        "--export",
        "fnv1a(ptr, u64) -> u64",
        "--export",
        "reversed_hash(ptr) -> u64",
        "--export",
        "apply_op(int, i64, i64) -> i64",
        "-o",
        out,
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    // The recorded native results (corpus/x86/so/expected_calls.txt), as signed 64-bit numbers.
    let o = rootc(&["call", out, "fnv1a", "hello", "5"]);
    assert_eq!(text(&o.stdout), "25347132070217633\n", "{}", text(&o.stderr));
    let o = rootc(&["call", out, "reversed_hash", "stressed"]);
    assert_eq!(text(&o.stdout), format!("{}\n", 17921398476864479532u64 as i64), "{}", text(&o.stderr));
    let o = rootc(&["call", out, "apply_op", "2", "-6", "7"]);
    assert_eq!(text(&o.stdout), "-42\n", "{}", text(&o.stderr));
}

#[test]
fn a_truncated_shared_object_is_an_error_naming_the_file() {
    let bytes = std::fs::read(so("shlib.so")).unwrap();
    let dir = scratch("x86so-cut");
    let path = dir.join("rootc-x86so-cut.so");
    std::fs::write(&path, &bytes[..bytes.len() / 3]).unwrap();
    let o = rootc(&["from-x86", path.to_str().unwrap(), "--export", "bump(i64) -> i64", "-o", "/dev/null"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    assert!(text(&o.stderr).contains("rootc-x86so-cut"), "{}", text(&o.stderr));
}

#[test]
fn an_undefined_function_reached_from_an_export_is_named() {
    let o = rootc(&["from-x86", &so("shlib.so"), "--export", "uses_unknown(int) -> int", "-o", "/dev/null"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("`unknown_extern_function` (used by uses_unknown"), "{}", text(&o.stderr));
}
