//! `rootc from-jar --keep-going`: a library jar (no main class) of committed classes
//! (`corpus/java/sweep`, built by its `build.sh`) translates method by method; failures are
//! reported with class, method and offset, replaced by code that throws, and counted in the
//! last line, the note `FILE: note: translated N/M methods`. Without `--keep-going` the first failure is an error.

mod common;
use common::scratch;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn jar() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/java/sweep/lib.jar")
}

fn rootc(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rootc")).args(args).output().expect("rootc runs")
}

#[test]
fn a_library_jar_translates_method_by_method() {
    let dir = scratch("jvm-sweep-lib");
    let out = dir.join("lib.rira");
    let jar = jar();
    let r = rootc(&["from-jar", "--keep-going", jar.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert!(r.status.success(), "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(lines.last().is_some_and(|l| l.ends_with(": note: translated 8/11 methods")), "{stderr}");
    assert!(
        stderr.contains(
            "lib.Files.size(Ljava/lang/String;)J+0xc: warning: class java.nio.channels.FileChannel is not available"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("lib.Log: warning: not translated: its superclass java.util.logging.Formatter"),
        "{stderr}"
    );
    let verified = rootc(&["verify", out.to_str().unwrap()]);
    assert!(verified.status.success(), "{}", String::from_utf8_lossy(&verified.stderr));
}

#[test]
fn a_failed_method_throws_and_the_rest_runs() {
    let dir = scratch("jvm-sweep-app");
    let out = dir.join("app.rira");
    let jar = jar();
    let r = rootc(&[
        "from-jar",
        "--keep-going",
        "--main-class",
        "lib.App",
        jar.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    assert!(String::from_utf8_lossy(&r.stderr).ends_with(": note: translated 8/9 methods\n"));
    let run = rootc(&["run", out.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(stdout, "9\n6\nrootvm could not translate lib.Files.size(Ljava/lang/String;)J\n42\n");
    assert!(run.status.success());
}

#[test]
fn without_keep_going_the_first_failure_is_an_error() {
    let dir = scratch("jvm-sweep-fail");
    let out = dir.join("fail.rira");
    let jar = jar();
    let r = rootc(&["from-jar", "--main-class", "lib.App", jar.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(1));
    assert!(
        stderr.contains("lib.Files.size(Ljava/lang/String;)J+0xc: error: class java.nio.channels.FileChannel"),
        "{stderr}"
    );
    assert!(!out.exists());
    let no_main = rootc(&["from-jar", jar.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(no_main.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&no_main.stderr).contains("no Main-Class"));
}

#[test]
fn truncated_classes_and_jars_exit_1_with_an_error() {
    let work = scratch("jvm-sweep-cut");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/java");
    let class = std::fs::read(dir.join("classes/Recursion/Recursion.class")).expect("class");
    let jar = std::fs::read(dir.join("jars/Shapes.jar")).expect("jar");
    for (name, bytes) in [("Cut.class", &class), ("cut.jar", &jar)] {
        for len in [0, 4, 9, bytes.len() / 3, bytes.len() / 2, bytes.len() - 1] {
            let path = work.join(format!("{len}-{name}"));
            std::fs::write(&path, &bytes[..len]).expect("write");
            let out = work.join("cut.rira");
            for args in [
                vec!["run", path.to_str().unwrap()],
                vec!["from-jar", "--keep-going", path.to_str().unwrap(), "-o", out.to_str().unwrap()],
            ] {
                let r = rootc(&args);
                let stderr = String::from_utf8_lossy(&r.stderr);
                assert_eq!(r.status.code(), Some(1), "{args:?} {len}: {stderr}");
                assert!(stderr.contains("error") && !stderr.contains("panicked"), "{args:?} {len}: {stderr}");
            }
        }
    }
}

/// A jar that brings its own `java.lang.Thread` (as `java.base` does) replaces the library's
/// scheduler: `Object.wait` / `notify` and `Class.forName`'s not-found case still translate, as
/// calls of the reserved `java.lang.RootLib` (one thread: a timed wait returns, `wait()` is a
/// deadlock).
#[test]
fn an_input_with_its_own_thread_keeps_monitors_and_for_name() {
    let dir = scratch("jvm-sweep-own");
    let out = dir.join("own.rira");
    let jar = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/java/sweep/own.jar");
    let r = rootc(&["from-jar", "--keep-going", jar.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert!(r.status.success(), "{stderr}");
    assert!(stderr.ends_with(": note: translated 2/2 methods\n"), "{stderr}");
    let run = rootc(&["run", out.to_str().unwrap()]);
    assert_eq!(String::from_utf8_lossy(&run.stdout), "missing no.Such\ntimeout value is negative\nwaiting\n");
    assert_eq!(
        String::from_utf8_lossy(&run.stderr),
        "rootvm: deadlock: every thread waits: \"main\" in Object.wait()\n"
    );
    assert_eq!(run.status.code(), Some(1));
}

/// A jar that brings its own `java.lang.Class` (as `java.base` does) replaces the library's,
/// without its array helpers: class objects and primitive array tests and casts translate;
/// `checkcast` / `instanceof String[]` need `Class.isAssignableFrom`, so each method using one
/// fails (a warning, the helper being built leaves a valid stub each time it is asked) and the
/// module still verifies and runs.
#[test]
fn an_input_with_its_own_class_verifies() {
    let dir = scratch("jvm-sweep-own-class");
    let out = dir.join("ownclass.rira");
    let jar = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/java/sweep/ownclass.jar");
    let r = rootc(&["from-jar", "--keep-going", jar.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert!(r.status.success(), "{stderr}");
    assert!(stderr.ends_with(": note: translated 5/7 methods\n"), "{stderr}");
    for method in ["strings(Ljava/lang/Object;)[Ljava/lang/String;", "isStrings(Ljava/lang/Object;)Z"] {
        let warning = format!("OwnClass.{method}+0x1: warning: no method isAssignableFrom");
        assert!(stderr.contains(&warning), "{stderr}");
    }
    let verified = rootc(&["verify", out.to_str().unwrap()]);
    assert!(verified.status.success(), "{}", String::from_utf8_lossy(&verified.stderr));
    let run = rootc(&["run", out.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(stdout.starts_with("int[] true false\ncast 3\nown class OwnClass\nOwnClass\n"), "{stdout}");
    assert_eq!(run.status.code(), Some(0));
}
