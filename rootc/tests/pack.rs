//! `rootc pack`: packed programs behave like `rootc run` from an empty directory, and a damaged
//! packed file refuses to run.
//!
//! The runner is the second binary of the `rootc` package, so cargo builds it next to `rootc`
//! before these tests run, where `rootc pack` finds it.

mod common;
use common::{Scratch, scratch};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const ROOTC: &str = env!("CARGO_BIN_EXE_rootc");

fn rootc(args: &[&str]) -> Output {
    Command::new(ROOTC).args(args).output().expect("rootc runs")
}

fn repo(path: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path).to_str().unwrap().to_string()
}

/// A fresh, empty scratch directory for one test, removed when dropped (packed debug runners
/// are large: leaving them behind fills the disk).
fn pack_scratch(name: &str) -> Scratch {
    scratch(&format!("pack-{name}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).to_string()
}

/// Packs `inputs` (plus `extra` options) into `dir/app`, moves it to an empty directory of its
/// own and returns its path there.
fn pack(dir: &Path, inputs: &[String], extra: &[&str]) -> PathBuf {
    let built = dir.join("app");
    let mut args: Vec<&str> = vec!["pack"];
    args.extend(inputs.iter().map(String::as_str));
    args.extend(["-o", built.to_str().unwrap()]);
    args.extend(extra);
    let o = rootc(&args);
    assert!(o.status.success(), "pack {inputs:?}: {}", text(&o.stderr));
    let alone = dir.join("alone");
    std::fs::create_dir_all(&alone).unwrap();
    let app = alone.join("app");
    std::fs::rename(&built, &app).unwrap();
    app
}

/// Runs `app` in its own directory with `args`, with no `rootc` on the PATH.
///
/// A file just written can briefly be "busy" for `exec` while a child forked by another test
/// thread still holds the writer's descriptor (closed at its own exec): retry a few times.
fn run_packed(app: &Path, args: &[&str]) -> Output {
    let mut attempts = 0;
    loop {
        let run = Command::new(app).args(args).current_dir(app.parent().unwrap()).env("PATH", "").output();
        match run {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy && attempts < 100 => {
                attempts += 1;
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            other => return other.expect("app runs"),
        }
    }
}

fn assert_same(packed: &Output, reference: &Output, what: &str) {
    assert_eq!(text(&packed.stdout), text(&reference.stdout), "{what}: stdout");
    assert_eq!(text(&packed.stderr), text(&reference.stderr), "{what}: stderr");
    assert_eq!(packed.status.code(), reference.status.code(), "{what}: exit status");
}

/// Packs `input`, runs it with `args` and compares with `rootc run`.
fn check_like_run(name: &str, input: &str, args: &[&str], limits: &[&str]) -> Output {
    let dir = pack_scratch(name);
    let app = pack(&dir, &[input.to_string()], limits);
    let packed = run_packed(&app, args);
    let mut run_args: Vec<&str> = limits.to_vec();
    run_args.extend(["run", input]);
    run_args.extend(args);
    assert_same(&packed, &rootc(&run_args), name);
    packed
}

#[test]
fn a_packed_rir_program_runs_like_rootc_run_with_arguments() {
    let o = check_like_run("rir", &repo("corpus/rir/std_args.rir"), &["héllo", "40", "-9000000000"], &[]);
    assert_eq!(o.status.code(), Some(7));
    assert!(text(&o.stdout).contains("-8999999960"));
}

#[test]
fn a_packed_hello_world_and_a_rira_input_run() {
    let o = check_like_run("hello", &repo("examples/hello.rir"), &[], &[]);
    assert_eq!(text(&o.stdout), "hello from rootvm\nfib(25) = 75025\n");
    let dir = pack_scratch("rira");
    let rira = dir.join("hello.rira");
    assert!(rootc(&["asm", &repo("examples/hello.rir"), "-o", rira.to_str().unwrap()]).status.success());
    check_like_run("rira-run", rira.to_str().unwrap(), &[], &[]);
}

#[test]
fn packed_stack_language_programs_run_like_rootc_run() {
    for program in ["recursion", "fizzbuzz", "loops"] {
        let o = check_like_run(program, &repo(&format!("frontends/example/examples/{program}.stk")), &[], &[]);
        assert!(o.status.success(), "{program}: {}", text(&o.stderr));
        assert!(!o.stdout.is_empty(), "{program}: no output");
    }
}

/// The two modules of corpus/rir/multi_module.rir, in two files.
fn split_multi_module(dir: &Path) -> (String, String) {
    let whole = std::fs::read_to_string(repo("corpus/rir/multi_module.rir")).unwrap();
    let at = whole.find("module lib").expect("second module");
    let (app, lib) = (dir.join("app.rir"), dir.join("lib.rir"));
    std::fs::write(&app, &whole[..at]).unwrap();
    std::fs::write(&lib, &whole[at..]).unwrap();
    (app.to_str().unwrap().to_string(), lib.to_str().unwrap().to_string())
}

#[test]
fn modules_from_several_inputs_are_linked_into_one_program() {
    let dir = pack_scratch("multi");
    let (app, lib) = split_multi_module(&dir);
    let packed = run_packed(&pack(&dir, &[app, lib.clone()], &[]), &[]);
    assert_same(&packed, &rootc(&["run", &repo("corpus/rir/multi_module.rir")]), "multi");
    assert_eq!(text(&packed.stdout), "45\n19\n21\n120\n");
    let dir = pack_scratch("multi-main");
    let (app, lib) = split_multi_module(&dir);
    let counted = run_packed(&pack(&dir, &[app, lib], &["--main", "lib.count"]), &[]);
    assert_eq!(counted.status.code(), Some(100), "{}", text(&counted.stderr));
}

#[test]
fn pack_time_limits_hold_in_the_packed_program() {
    let stk = repo("frontends/example/examples/recursion.stk");
    let o = check_like_run("fuel", &stk, &[], &["--fuel", "100"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("out of fuel"), "{}", text(&o.stderr));
    let o = check_like_run("depth", &stk, &[], &["--max-depth", "3"]);
    assert_eq!(o.status.code(), Some(1));
}

fn assert_refused(o: &Output, expected: &str, what: &str) {
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{what}: exit status {:?}, stderr: {err}", o.status.code());
    assert!(err.contains(expected), "{what}: expected `{expected}` in: {err}");
    assert!(!err.contains("panicked") && !err.contains("RUST_BACKTRACE"), "{what}: panic: {err}");
    assert!(o.stdout.is_empty(), "{what}: the program ran");
}

/// A packed hello world's bytes and the offset and length of its payload.
fn packed_hello(dir: &Path) -> (Vec<u8>, usize, usize) {
    let bytes = std::fs::read(pack(dir, &[repo("examples/hello.rir")], &[])).unwrap();
    let trailer = &bytes[bytes.len() - 64..];
    let len = u64::from_le_bytes(trailer[..8].try_into().unwrap()) as usize;
    (bytes.clone(), bytes.len() - 64 - len, len)
}

fn run_bytes(dir: &Path, name: &str, bytes: &[u8]) -> Output {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    run_packed(&path, &[])
}

#[test]
fn a_damaged_packed_file_refuses_to_run() {
    let dir = pack_scratch("damaged");
    let (good, start, len) = packed_hello(&dir);
    assert!(run_bytes(&dir, "good", &good).status.success());
    let mut modified = good.clone();
    modified[start + len / 2] ^= 0x20;
    assert_refused(&run_bytes(&dir, "modified", &modified), "modified or damaged", "payload byte");
    let mut trailer_byte = good.clone();
    trailer_byte[good.len() - 60] ^= 1;
    assert_refused(&run_bytes(&dir, "trailer", &trailer_byte), "trailer is damaged", "trailer byte");
    assert_refused(&run_bytes(&dir, "truncated", &good[..good.len() - 10]), "no packed program", "truncated");
    let mut junk = good.clone();
    junk.extend_from_slice(b"junk at the end");
    assert_refused(&run_bytes(&dir, "junk", &junk), "no packed program", "appended junk");
    assert_refused(&run_bytes(&dir, "stripped", &good[..good.len() - 64]), "no packed program", "no trailer");
    let mut short = good[..start + len / 2].to_vec();
    short.extend_from_slice(&good[good.len() - 64..]);
    assert_refused(&run_bytes(&dir, "short", &short), "", "payload cut out");
}

#[test]
fn the_bare_runner_refuses_to_run() {
    let o = Command::new(env!("CARGO_BIN_EXE_rootvm-runner")).output().unwrap();
    assert_refused(&o, "no packed program", "bare runner");
}

#[test]
fn pack_refuses_programs_that_would_not_run() {
    let dir = pack_scratch("refused");
    let out = dir.join("app");
    let out = out.to_str().unwrap();
    let bad_link = dir.join("bad.rir");
    std::fs::write(&bad_link, "module b\nimport @f = lib.nothing() -> i32\nexport @main\n\nfunc @main() -> i32 {\n  regs r0: i32\nb0:\n  r0 = call @f()\n  ret r0\n}\n").unwrap();
    let o = rootc(&["pack", bad_link.to_str().unwrap(), "-o", out]);
    assert_refused(&o, "pack time", "unresolved import");
    let o = rootc(&["pack", &repo("examples/hello.rir"), "-o", out, "--main", "nope"]);
    assert_refused(&o, "no entry point", "missing entry");
    let o = rootc(&["pack", &repo("examples/hello.rir"), &repo("examples/hello.rir"), "-o", out]);
    assert_refused(&o, "defined by both", "duplicate module");
    let o = Command::new(ROOTC)
        .args(["pack", &repo("examples/hello.rir"), "-o", out])
        .env("ROOTVM_RUNNER", dir.join("no-such-runner"))
        .output()
        .unwrap();
    assert_refused(&o, "cannot read", "missing runner");
    assert!(!Path::new(out).exists(), "a refused pack wrote its output");
}

#[cfg(unix)]
#[test]
fn the_packed_file_is_executable() {
    use std::os::unix::fs::PermissionsExt;
    let dir = pack_scratch("mode");
    let app = pack(&dir, &[repo("examples/hello.rir")], &["--allow-read", "/tmp"]);
    assert_eq!(std::fs::metadata(app).unwrap().permissions().mode() & 0o111, 0o111);
}

#[test]
fn a_rir_module_and_a_frontend_module_are_packed_together() {
    let dir = pack_scratch("mixed");
    let main = dir.join("main.rir");
    std::fs::write(
        &main,
        "module main\nimport @fib = recursion.fib(i64) -> i64\nimport @print = std.print_i64(i64)\nexport @main\n\n\
         func @main() -> i32 {\n  regs r0: i64, r1: i32\nb0:\n  r0 = i64.const 20\n  r0 = call @fib(r0)\n  \
         call @print(r0)\n  r1 = i32.const 3\n  ret r1\n}\n",
    )
    .unwrap();
    let stk = repo("frontends/example/examples/recursion.stk");
    let app = pack(&dir, &[main.to_str().unwrap().to_string(), stk], &[]);
    let o = run_packed(&app, &[]);
    assert_eq!((text(&o.stdout).as_str(), o.status.code()), ("6765\n", Some(3)), "{}", text(&o.stderr));
}

/// Packs a corpus program of a frontend language, runs it from an empty directory and compares
/// with the output its reference implementation recorded (`stdout` file, exit status file).
fn check_against_recorded(name: &str, input: &str, stdout: &str, status: &str) {
    let dir = scratch(name);
    let packed = run_packed(&pack(&dir, &[repo(input)], &[]), &[]);
    let expected = std::fs::read_to_string(repo(stdout)).expect("recorded stdout");
    let code: i32 = std::fs::read_to_string(repo(status)).expect("recorded status").trim().parse().unwrap();
    assert_eq!(text(&packed.stdout), expected, "{name}: stdout (stderr: {})", text(&packed.stderr));
    assert_eq!(packed.status.code(), Some(code), "{name}: exit status");
}

#[test]
fn packed_python_programs_print_what_cpython_recorded() {
    for program in ["wordfreq", "classes", "zerodiv"] {
        let base = format!("corpus/python/{program}");
        check_against_recorded(program, &format!("{base}.py"), &format!("{base}.stdout"), &format!("{base}.status"));
    }
}

#[test]
fn packed_x86_programs_print_what_the_native_binary_recorded() {
    for program in ["arrays", "exitcode"] {
        let (object, expected) = (format!("corpus/x86/build/{program}.O2.o"), format!("corpus/x86/expected/{program}"));
        check_against_recorded(program, &object, &format!("{expected}.stdout"), &format!("{expected}.exit"));
    }
}

/// The recorded `java` output of corpus Java program `name`: stdout, stderr (with the `\tat ...`
/// stack lines), exit status.
fn java_expected(name: &str) -> (String, String, i32) {
    let read = |ext: &str| std::fs::read_to_string(repo(&format!("corpus/java/expected/{name}.{ext}"))).unwrap();
    (read("stdout"), read("stderr"), read("exit").trim().parse().unwrap())
}

#[test]
fn packed_java_programs_behave_as_under_java_from_an_empty_directory() {
    let cases = [
        ("Sieve", "corpus/java/classes/Sieve/Sieve.class"),
        ("Uncaught", "corpus/java/classes/Uncaught/Uncaught.class"),
        ("Shapes", "corpus/java/jars/Shapes.jar"),
        ("Shapes", "corpus/java/classes/Shapes/Shapes.class"),
    ];
    for (name, input) in cases {
        let dir = scratch(&format!("java-{name}-{}", input.len()));
        let out = run_packed(&pack(&dir, &[repo(input)], &[]), &[]);
        let (stdout, stderr, exit) = java_expected(name);
        assert_eq!(text(&out.stdout), stdout, "{name}: stdout");
        assert_eq!(text(&out.stderr), stderr, "{name}: stderr");
        assert_eq!(out.status.code(), Some(exit), "{name}: exit status");
    }
}

/// Issue 9: the three-language chain of corpus/interop/chain (Java → Python → C lifted from
/// x86) packed into one file, run from an empty directory, prints what the reference engines
/// recorded.
#[test]
fn a_packed_three_language_program_runs_from_an_empty_directory() {
    let dir = pack_scratch("chain");
    let case = repo("corpus/interop/chain");
    let lib = dir.join("checksum.rira");
    let lifted = rootc(&[
        "from-x86",
        &format!("{case}/checksum.o"),
        "--export",
        "adler32(ptr, i64) -> i64",
        "--export",
        "vowels(ptr, i64) -> i64",
        "-o",
        lib.to_str().unwrap(),
    ]);
    assert!(lifted.status.success(), "from-x86: {}", text(&lifted.stderr));
    let inputs = [format!("{case}/Report.class"), format!("{case}/stats.py"), lib.to_str().unwrap().to_string()];
    let app = pack(&dir, &inputs, &[]);
    std::fs::remove_file(&lib).unwrap();
    let out = run_packed(&app, &[]);
    let expected = std::fs::read_to_string(format!("{case}/expected.stdout")).unwrap();
    let status: i32 = std::fs::read_to_string(format!("{case}/expected.status")).unwrap().trim().parse().unwrap();
    assert_eq!(text(&out.stdout), expected, "stderr: {}", text(&out.stderr));
    assert_eq!(out.status.code(), Some(status));
}
