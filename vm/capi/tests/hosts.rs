//! Runs the C, Go and Python embedding examples (`examples/embed/*/run.sh`) against the library
//! this test build produced. Go is skipped, with a message, when `go` is not installed.

mod support;

use std::path::Path;
use std::process::Command;
use support::lib_dir;

fn have(tool: &str) -> bool {
    Command::new(tool).arg("--version").output().is_ok_and(|o| o.status.success())
        || Command::new(tool).arg("version").output().is_ok_and(|o| o.status.success())
}

fn run_host(lang: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let script = root.join("examples/embed").join(lang).join("run.sh");
    let out = Command::new("bash")
        .arg(&script)
        .env("ROOTVM_LIB_DIR", lib_dir())
        .output()
        .unwrap_or_else(|e| panic!("{}: {e}", script.display()));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{lang} host failed:\nstdout:\n{stdout}\nstderr:\n{stderr}");
    assert!(stdout.contains("compute(10) = 135 OK"), "{lang} host printed:\n{stdout}\nstderr:\n{stderr}");
}

#[test]
fn c_host() {
    assert!(have("gcc") || std::env::var_os("CC").is_some(), "the C host needs gcc (or CC)");
    run_host("c");
}

#[test]
fn python_host() {
    if !have("python3") {
        eprintln!("SKIPPED python_host: python3 is not installed");
        return;
    }
    run_host("python");
}

#[test]
fn go_host() {
    if !have("go") {
        eprintln!("SKIPPED go_host: go is not installed (apt-get install golang-go)");
        return;
    }
    run_host("go");
}
