//! `rootc` with frontends: `from`, `frontends`, and `run`/`call`/`verify` on source files,
//! through the example (`stk`) frontend.

mod common;
use common::scratch;
use frontend_example as _; // name the plugin crate, or the linker drops its registration
use std::path::Path;
use std::process::{Command, Output};

fn rootc(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rootc")).args(args).output().expect("rootc runs")
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path.to_str().expect("utf-8 path").to_string()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

fn assert_fails_with(o: &Output, expected: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(1), "stderr: {err}");
    assert!(err.contains(expected), "expected {expected:?} in stderr: {err}");
    assert!(!err.contains("panicked"), "panic reached the user: {err}");
}

fn example(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../frontends/example/examples").join(name);
    path.to_str().expect("utf-8 path").to_string()
}

const SQUARES: &str = ": square ( n -- n2 ) dup * ;\n: main ( -- ) 1 begin dup square print 1 + dup 3 > until drop ;\n";

#[test]
fn from_writes_an_archive_that_runs() {
    let dir = scratch("frontends-from");
    let src = write(&dir, "x.stk", SQUARES);
    let out = dir.join("x.rira");
    let o = rootc(&["from", "example", &src, "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = rootc(&["run", out.to_str().unwrap()]);
    assert_eq!(stdout(&o), "1\n4\n9\n", "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn from_defaults_the_output_to_the_input_with_rira() {
    let dir = scratch("frontends-default-out");
    let src = write(&dir, "sq.stk", SQUARES);
    let o = rootc(&["from", "example", &src]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = rootc(&["run", dir.join("sq.rira").to_str().unwrap()]);
    assert_eq!(stdout(&o), "1\n4\n9\n");
}

#[test]
fn run_translates_a_source_file_directly() {
    let dir = scratch("frontends-run");
    let src = write(&dir, "x.stk", SQUARES);
    let o = rootc(&["run", &src]);
    assert_eq!(stdout(&o), "1\n4\n9\n", "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn run_picks_the_frontend_by_magic_bytes() {
    let dir = scratch("frontends-magic");
    let src = write(&dir, "prog.txt", "\\ stk\n: main 6 7 * print ;\n");
    let o = rootc(&["run", &src]);
    assert_eq!(stdout(&o), "42\n", "{}", stderr(&o));
}

#[test]
fn call_and_verify_work_on_source_files() {
    let o = rootc(&["call", &example("recursion.stk"), "fact", "5"]);
    assert_eq!(stdout(&o), "120\n", "{}", stderr(&o));
    let o = rootc(&["verify", &example("loops.stk")]);
    assert_eq!(stdout(&o), "ok: 1 module(s), 4 function(s)\n", "{}", stderr(&o));
}

#[test]
fn the_example_programs_print_what_they_should() {
    let cases = [
        ("recursion.stk", "3628800\n6765\n"),
        ("loops.stk", "5050\n21\n10\n7\n4\n1\n"),
        ("fizzbuzz.stk", "1\n2\nFizz\n4\nBuzz\nFizz\n7\n8\nFizz\nBuzz\n11\nFizz\n13\n14\nFizzBuzz\n"),
    ];
    for (file, expected) in cases {
        let o = rootc(&["run", &example(file)]);
        assert_eq!(stdout(&o), expected, "{file}: {}", stderr(&o));
        assert_eq!(o.status.code(), Some(0), "{file}");
    }
}

#[test]
fn division_by_zero_traps_at_its_source_position() {
    let dir = scratch("frontends-div");
    let src = write(&dir, "dz.stk", ": main ( -- )\n  1 0 / print ;\n");
    let o = rootc(&["run", &src]);
    assert_fails_with(&o, "integer divide by zero");
    assert!(stderr(&o).contains("dz.stk:2:7"), "{}", stderr(&o));
}

#[test]
fn a_bad_source_file_reports_file_line_col_and_exits_1() {
    let dir = scratch("frontends-bad");
    let src = write(&dir, "bad.stk", ": main\n  1 foo + ;\n");
    let expected = format!("{src}:2:5: error: unknown word `foo`");
    assert_fails_with(&rootc(&["run", &src]), &expected);
    assert_fails_with(&rootc(&["from", "example", &src]), &expected);
    assert!(!dir.join("bad.rira").exists(), "no archive is written on error");
}

#[test]
fn keep_going_reports_every_error_one_per_line() {
    let dir = scratch("frontends-keep-going");
    let src = write(&dir, "two.stk", ": main foo ;\n: g ( a -- ) + ;\n");
    let o = rootc(&["from", "example", &src, "--keep-going"]);
    assert_fails_with(&o, &format!("{src}:1:8: error: unknown word `foo`\n{src}:2:14: error: `+` needs 2"));
    let o = rootc(&["from", "example", &src]);
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
}

#[test]
fn unknown_frontends_are_named_with_the_known_ones() {
    // rootc links every first-party frontend; "known but not compiled in" is tested where a
    // binary lacks some (frontends/example/tests/registry.rs).
    let o = rootc(&["from", "cobol", "x.cbl"]);
    assert_fails_with(&o, "error: no frontend named cobol (known frontends: example, jvm, python, x86)");
}

#[test]
fn frontends_lists_every_first_party_frontend_once() {
    let o = rootc(&["frontends"]);
    assert!(o.status.success());
    let text = stdout(&o);
    let example = text.lines().find(|l| l.trim_start().starts_with("example")).expect("example listed");
    assert!(example.contains(".stk"), "{text}");
    // Every first-party frontend is listed once: compiled in, or in the absent section.
    for p in rootc_frontend::registry::PLANNED {
        let lines = text.lines().filter(|l| l.trim_start().starts_with(&format!("{} ", p.name))).count();
        assert_eq!(lines, 1, "{} in {text}", p.name);
    }
    // This rootc links all of them.
    assert!(!text.contains("known but not compiled in"), "{text}");
}

#[test]
fn rir_files_are_still_read_as_text() {
    let dir = scratch("frontends-rir");
    let src = write(
        &dir,
        "p.rir",
        "module p\nexport @main\n\nfunc @main() -> i32 {\n  regs r0: i32\nb0:\n  r0 = i32.const 3\n  ret r0\n}\n",
    );
    assert_eq!(rootc(&["run", &src]).status.code(), Some(3));
}
