//! Keeps `include/rootvm.h` in sync with the library: compiles `tests/c/api_test.c` against the
//! header and this build's `librootvm.a` with the system C compiler (`$CC`, else `cc`, else
//! `gcc`) and runs it. Skips with a message only when no C compiler exists.

mod support;

use std::path::Path;
use std::process::Command;
use support::lib_dir;

fn c_compiler() -> Option<String> {
    let candidates = std::env::var("CC").ok().into_iter().chain(["cc".to_string(), "gcc".to_string()]);
    candidates.into_iter().find(|cc| Command::new(cc).arg("--version").output().is_ok_and(|o| o.status.success()))
}

#[test]
fn c_program_compiles_against_the_header_and_runs() {
    let Some(cc) = c_compiler() else {
        eprintln!("SKIPPED: no C compiler found (set CC or install gcc)");
        return;
    };
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("api_test");
    let compiled = Command::new(&cc)
        .args(["-std=c11", "-Wall", "-Wextra", "-Werror", "-pedantic", "-I"])
        .arg(manifest.join("../../include"))
        .arg(manifest.join("tests/c/api_test.c"))
        .arg(lib_dir().join("librootvm.a"))
        .args(["-lpthread", "-ldl", "-lm", "-o"])
        .arg(&out)
        .output()
        .expect("run the C compiler");
    assert!(compiled.status.success(), "{cc} failed:\n{}", String::from_utf8_lossy(&compiled.stderr));
    let run = Command::new(&out).output().expect("run api_test");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success() && stdout.contains("api_test OK"),
        "api_test failed:\nstdout:\n{stdout}\nstderr:\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
}
