//! Shared by the capi tests: the directory holding this build's `librootvm.a` and `librootvm.so`.
//!
//! `cargo test` may not build the C artifacts (the test harness needs none of them), so they are
//! built here once per test binary with the same cargo and profile (`cargo` does not hold its
//! build lock while tests run).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// `target/<profile>`, after making sure the static and shared libraries are built there.
pub fn lib_dir() -> PathBuf {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    BUILT
        .get_or_init(|| {
            let exe = std::env::current_exe().expect("test executable path");
            let dir = exe.parent().and_then(Path::parent).expect("target/<profile>/deps/<test>").to_path_buf();
            let release = dir.file_name().is_some_and(|n| n == "release");
            let mut cargo = Command::new(env!("CARGO"));
            cargo.args(["build", "-q", "-p", "rootvm-capi", "--lib"]);
            if release {
                cargo.arg("--release");
            }
            let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../Cargo.toml");
            let status = cargo.arg("--manifest-path").arg(manifest).status().expect("run cargo build");
            assert!(status.success(), "cargo build -p rootvm-capi failed");
            dir
        })
        .clone()
}
