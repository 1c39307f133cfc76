//! The Java corpus (`corpus/java`): every program's committed classes run through `rootc run`
//! must give the standard output, exit status and standard error (with HotSpot's `\tat ...` stack
//! lines) recorded from `java` by `scripts/record_java_corpus.sh` (standard input:
//! `src/NAME.stdin` if present). A program with a line `// allow-write` runs in a scratch
//! directory with `--allow-write .`. Needs no JDK.

mod common;
mod parallel;
use common::scratch;
use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/java")
}

/// The arguments named by a `// args: ...` line of the program's source.
fn args_of(source: &str) -> Vec<String> {
    source
        .lines()
        .find_map(|l| l.strip_prefix("// args: "))
        .map(|a| a.split_whitespace().map(String::from).collect())
        .unwrap_or_default()
}

/// Programs whose standard error is compared by its first line only, with why.
const FIRST_LINE_ONLY: &[(&str, &str)] = &[
    // The exception comes from a JDK frame (`at java.base/java.util.LinkedList$ListItr.remove(
    // LinkedList.java:927)`): our library's classes and lines cannot match the real JDK's.
    ("LibIterable", "thrown inside the JDK"),
];

/// Runs one program; `None` when it matches, else what differs.
fn check(name: &str) -> Option<String> {
    let dir = corpus();
    let read = |f: String| std::fs::read_to_string(dir.join(f)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let source = read(format!("src/{name}.java"));
    let class = dir.join(format!("classes/{name}/{name}.class"));
    let stdin = dir.join(format!("src/{name}.stdin"));
    let stdin = match std::fs::File::open(&stdin) {
        Ok(f) => std::process::Stdio::from(f),
        Err(_) => std::process::Stdio::null(),
    };
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rootc"));
    cmd.arg("run");
    // A program that writes files runs in a scratch directory it may write in (deleted after).
    let _work = source.lines().any(|l| l == "// allow-write").then(|| {
        let work = scratch(&format!("java-files-{name}"));
        cmd.current_dir(&*work).args(["--allow-write", "."]);
        work
    });
    let out = cmd.arg(&class).args(args_of(&source)).stdin(stdin).output().expect("rootc runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let want_out = read(format!("expected/{name}.stdout"));
    let want_exit: i32 = read(format!("expected/{name}.exit")).trim().parse().expect("exit status");
    let want_err = read(format!("expected/{name}.stderr"));
    let mut problems = Vec::new();
    if stdout != want_out {
        problems.push(format!("stdout differs:\n--- got\n{stdout}--- expected\n{want_out}"));
    }
    if out.status.code() != Some(want_exit) {
        problems.push(format!("exit status {:?}, expected {want_exit}", out.status.code()));
    }
    if FIRST_LINE_ONLY.iter().any(|(n, _)| *n == name) {
        if stderr.lines().next() != want_err.lines().next() {
            problems.push(format!("stderr differs: got {stderr:?}, expected first line of {want_err:?}"));
        }
    } else if stderr != want_err {
        problems.push(format!("stderr differs:\n--- got\n{stderr}--- expected\n{want_err}"));
    }
    (!problems.is_empty()).then(|| format!("{name}: {}", problems.join("\n")))
}

#[test]
fn every_java_corpus_program_behaves_as_under_java() {
    let mut names: Vec<String> = std::fs::read_dir(corpus().join("expected"))
        .expect("corpus/java/expected")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str()?.strip_suffix(".exit").map(String::from))
        .collect();
    names.sort();
    assert!(names.len() >= 15, "the corpus has {} programs", names.len());
    let failures: Vec<String> = parallel::map(&names, |n| check(n)).into_iter().flatten().collect();
    assert!(failures.is_empty(), "{} of {} programs differ:\n{}", failures.len(), names.len(), failures.join("\n\n"));
}

#[test]
fn a_jar_runs_by_its_manifest_and_translates_with_from_jar() {
    let dir = corpus();
    let jar = dir.join("jars/Shapes.jar");
    let want = std::fs::read_to_string(dir.join("expected/Shapes.stdout")).expect("expected output");
    let rootc =
        |args: &[&std::ffi::OsStr]| Command::new(env!("CARGO_BIN_EXE_rootc")).args(args).output().expect("runs");
    let out = rootc(&["run".as_ref(), jar.as_os_str()]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), want, "{}", String::from_utf8_lossy(&out.stderr));
    let dir = scratch("java-shapes");
    let rira = dir.join("shapes.rira");
    let out = rootc(&["from-jar".as_ref(), jar.as_os_str(), "-o".as_ref(), rira.as_os_str()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = rootc(&["run".as_ref(), rira.as_os_str()]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), want);
    let out = rootc(&["run".as_ref(), "--main-class".as_ref(), "Shapes".as_ref(), jar.as_os_str()]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), want);
}

#[test]
fn from_class_takes_the_classes_it_is_given() {
    let dir = corpus().join("classes/Shapes");
    let names = ["Shapes", "Shape", "Base", "Circle", "Rect", "Square"];
    let classes: Vec<PathBuf> = names.iter().map(|n| dir.join(format!("{n}.class"))).collect();
    let work = scratch("java-shapes-classes");
    let rira = work.join("shapes.rira");
    let out = Command::new(env!("CARGO_BIN_EXE_rootc")).arg("from-class").args(&classes).arg("-o").arg(&rira).output();
    let out = out.expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let run = Command::new(env!("CARGO_BIN_EXE_rootc")).arg("run").arg(&rira).output().expect("runs");
    let want = std::fs::read_to_string(corpus().join("expected/Shapes.stdout")).expect("expected");
    assert_eq!(String::from_utf8_lossy(&run.stdout), want);
    // Without Circle, the program is incomplete: an error naming the missing class.
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rootc"));
    cmd.arg("from-class").args(&classes[..3]).arg("-o").arg(&rira);
    let out = cmd.output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Circle"), "{}", String::from_utf8_lossy(&out.stderr));
}

/// A real deadlock (corpus/java/unsupported/Deadlock.java: two threads take two monitors in
/// opposite orders), where HotSpot hangs: rootvm stops with a deadlock message naming what each
/// thread waits in and exit status 1.
#[test]
fn a_real_deadlock_stops_with_a_deadlock_error() {
    let class = corpus().join("unsupported/classes/Deadlock/Deadlock.class");
    let out = Command::new(env!("CARGO_BIN_EXE_rootc")).arg("run").arg(&class).output().expect("rootc runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "a holds its first monitor\nb holds its first monitor\n");
    assert_eq!(
        stderr,
        "rootvm: deadlock: every thread waits: \"main\" in Thread.join(), \"a\" in synchronized (monitor held \
         by \"b\"), \"b\" in synchronized (monitor held by \"a\")\n"
    );
}

/// A catastrophic regular expression (corpus/java/unsupported/Catastrophic.java) stops with an
/// IllegalStateException after the matcher's step bound, where HotSpot backtracks for hours.
#[test]
fn a_catastrophic_regex_stops_at_the_step_bound() {
    let class = corpus().join("unsupported/classes/Catastrophic/Catastrophic.class");
    let out = Command::new(env!("CARGO_BIN_EXE_rootc")).arg("run").arg(&class).output().expect("rootc runs");
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "true\nstopped: rootvm: the regular expression \"(a+)+b\" took more than 1004000 backtracking steps on one search\n"
    );
}

#[test]
fn a_file_outside_the_granted_directories_is_permission_denied() {
    let work = scratch("java-files-denied");
    let class = corpus().join("classes/FileIo/FileIo.class");
    let out =
        Command::new(env!("CARGO_BIN_EXE_rootc")).current_dir(&*work).arg("run").arg(&class).output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let first = stderr.lines().next().unwrap_or_default();
    assert_eq!(first, "Exception in thread \"main\" java.io.FileNotFoundException: out.txt (Permission denied)");
    assert!(!work.join("out.txt").exists(), "no file is made without a grant");
}

/// A malformed annotation attribute (corpus/java AnnotationRunner with the type descriptor of
/// `@NotNull` on `Config.name` broken, lengths intact) is an error naming the class and member,
/// exit status 1, when the program asks for annotations.
#[test]
fn a_malformed_annotation_attribute_is_an_error_naming_its_class() {
    let from = corpus().join("classes/AnnotationRunner");
    let work = scratch("java-bad-annotation");
    for entry in std::fs::read_dir(&from).expect("classes").flatten() {
        let mut bytes = std::fs::read(entry.path()).expect("class");
        if entry.file_name() == "AnnotationRunner$Config.class" {
            let wanted = b"LAnnotationRunner$NotNull;";
            let at = bytes.windows(wanted.len()).position(|w| w == wanted).expect("the descriptor");
            bytes[at] = b'X';
        }
        std::fs::write(work.join(entry.file_name()), bytes).expect("written");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_rootc"))
        .arg("run")
        .arg(work.join("AnnotationRunner.class"))
        .output()
        .expect("rootc runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(
            "malformed annotation attribute of field AnnotationRunner$Config.name: RuntimeVisibleAnnotations: \
             \"XAnnotationRunner$NotNull;\" is not a class type"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// A program that never asks for annotations does not read them: AnnotatedPlain with its
/// `@Fast` attribute broken as above still runs (HotSpot, too, parses annotations only when
/// asked).
#[test]
fn annotations_are_not_read_unless_asked_for() {
    let from = corpus().join("classes/AnnotatedPlain");
    let work = scratch("java-unread-annotation");
    for entry in std::fs::read_dir(&from).expect("classes").flatten() {
        let mut bytes = std::fs::read(entry.path()).expect("class");
        if entry.file_name() == "AnnotatedPlain.class" {
            let wanted = b"LAnnotatedPlain$Fast;";
            let at = bytes.windows(wanted.len()).position(|w| w == wanted).expect("the descriptor");
            bytes[at] = b'X';
        }
        std::fs::write(work.join(entry.file_name()), bytes).expect("written");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_rootc"))
        .arg("run")
        .arg(work.join("AnnotatedPlain.class"))
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let want = std::fs::read_to_string(corpus().join("expected/AnnotatedPlain.stdout")).expect("expected");
    assert_eq!(String::from_utf8_lossy(&out.stdout), want);
}

#[test]
fn java_nio_file_and_file_operations_without_a_write_grant_are_denied() {
    let work = scratch("java-nio-denied");
    let run = |name: &str, grant: &[&str]| {
        let class = corpus().join(format!("classes/{name}/{name}.class"));
        let out = Command::new(env!("CARGO_BIN_EXE_rootc"))
            .current_dir(&*work)
            .arg("run")
            .args(grant)
            .arg(&class)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stderr).lines().next().unwrap_or_default().to_string()
    };
    let denied = "Exception in thread \"main\" java.nio.file.AccessDeniedException: work";
    assert_eq!(run("NioFiles", &[]), denied);
    assert_eq!(run("NioFiles", &["--allow-read", "."]), denied, "a read grant does not let it write");
    assert_eq!(run("FileOps", &[]), "Exception in thread \"main\" java.io.IOException: Permission denied");
    assert_eq!(std::fs::read_dir(&*work).expect("scratch").count(), 0, "nothing is made without a grant");
}
