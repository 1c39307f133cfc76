//! `rootc link`, `--with`, and `--allow-read` (run and pack): what links, what is refused, and
//! where file reading is confined.

mod common;
use common::{Scratch, scratch};
use std::path::Path;
use std::process::{Command, Output};

const ROOTC: &str = env!("CARGO_BIN_EXE_rootc");

fn rootc_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(ROOTC).args(args).current_dir(dir).output().expect("rootc runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).to_string()
}

fn ok(o: &Output, what: &str) -> String {
    assert!(o.status.success(), "{what}: status {:?}, stderr: {}", o.status.code(), text(&o.stderr));
    text(&o.stdout)
}

fn refused(o: &Output, needles: &[&str], what: &str) {
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{what}: status {:?}, stderr: {err}", o.status.code());
    assert!(!err.contains("panicked"), "{what}: panic: {err}");
    for n in needles {
        assert!(err.contains(n), "{what}: stderr does not mention `{n}`: {err}");
    }
}

const APP: &str = "module app\nimport @add = mathlib.add(i64, i64) -> i64\nimport @pi = std.print_i64(i64)\nexport @main\n\n\
func @main() -> i32 {\n  regs r0: i64, r1: i32\nb0:\n  r0 = i64.const 40\n  r0 = call @add(r0, r0)\n  call @pi(r0)\n  \
r1 = i32.const 0\n  ret r1\n}\n";

fn mathlib(name: &str, export: &str, ty: &str) -> String {
    format!(
        "module {name}\nexport @{export}\n\nfunc @{export}(r0: {ty}, r1: {ty}) -> {ty} {{\nb0:\n  r0 = {ty}.add r0, r1\n  ret r0\n}}\n"
    )
}

/// A directory with app.rir, mathlib.rir (the right export), badsig.rir (i32 instead of i64),
/// noexp.rir (another export name) and pyapp.rir (an `any` importer).
fn programs(name: &str) -> Scratch {
    let dir = scratch(&format!("interop-{name}"));
    std::fs::write(dir.join("app.rir"), APP).unwrap();
    std::fs::write(dir.join("mathlib.rir"), mathlib("mathlib", "add", "i64")).unwrap();
    std::fs::write(dir.join("badsig.rir"), mathlib("mathlib", "add", "i32")).unwrap();
    std::fs::write(dir.join("noexp.rir"), mathlib("mathlib", "plus", "i64")).unwrap();
    let py = APP
        .replace("mathlib.add(i64, i64) -> i64", "mathlib.add(any, any) -> any")
        .replace("regs r0: i64, r1: i32", "regs r0: i64, r1: i32, r2: any")
        .replace(
            "  r0 = call @add(r0, r0)\n",
            "  r2 = any.from_i64 r0\n  r2 = call @add(r2, r2)\n  r0 = any.to_i64 r2\n",
        );
    std::fs::write(dir.join("pyapp.rir"), py).unwrap();
    dir
}

#[test]
fn link_writes_one_archive_that_runs() {
    let dir = programs("link");
    ok(&rootc_in(&dir, &["link", "app.rir", "mathlib.rir", "-o", "app.rira"]), "link");
    assert_eq!(ok(&rootc_in(&dir, &["run", "app.rira"]), "run linked"), "80\n");
    let listing = ok(&rootc_in(&dir, &["dis", "app.rira"]), "dis");
    assert!(listing.contains("module app") && listing.contains("module mathlib"), "{listing}");
    // --entry picks another module's export as the entry point.
    ok(&rootc_in(&dir, &["link", "mathlib.rir", "app.rir", "-o", "e.rira", "--entry", "app.main"]), "link --entry");
    assert_eq!(ok(&rootc_in(&dir, &["run", "e.rira"]), "run --entry"), "80\n");
}

#[test]
fn run_and_call_take_libraries_with_with() {
    let dir = programs("with");
    assert_eq!(ok(&rootc_in(&dir, &["run", "app.rir", "--with", "mathlib.rir"]), "run --with"), "80\n");
    ok(&rootc_in(&dir, &["link", "mathlib.rir", "-o", "lib.rira"]), "link lib");
    assert_eq!(ok(&rootc_in(&dir, &["run", "app.rir", "--with", "lib.rira"]), "run --with .rira"), "80\n");
    let out = ok(&rootc_in(&dir, &["call", "app.rir", "--with", "mathlib.rir", "mathlib.add", "2", "3"]), "call");
    assert_eq!(out, "5\n");
    // An any importer gets the marshalling adapter through --with as well.
    assert_eq!(ok(&rootc_in(&dir, &["run", "pyapp.rir", "--with", "mathlib.rir"]), "run any"), "80\n");
}

#[test]
fn a_missing_export_is_refused_at_link_time_naming_the_import() {
    let dir = programs("noexp");
    let needles = ["module `app` imports `mathlib.add`", "no export `add`", "plus"];
    refused(&rootc_in(&dir, &["link", "app.rir", "noexp.rir", "-o", "x.rira"]), &needles, "link");
    refused(&rootc_in(&dir, &["run", "app.rir", "--with", "noexp.rir"]), &needles, "run --with");
    assert!(!dir.join("x.rira").exists(), "a refused link wrote its output");
    let o = rootc_in(&dir, &["link", "app.rir", "-o", "x.rira"]);
    refused(&o, &["imports `mathlib.add`", "no input defines module `mathlib`"], "no module");
}

#[test]
fn a_signature_mismatch_names_both_signatures() {
    let dir = programs("sig");
    let needles = ["module `app` imports `mathlib.add`", "(i64, i64) -> i64", "(i32, i32) -> i32"];
    refused(&rootc_in(&dir, &["link", "app.rir", "badsig.rir", "-o", "x.rira"]), &needles, "link");
    refused(&rootc_in(&dir, &["run", "app.rir", "--with", "badsig.rir"]), &needles, "run --with");
}

#[test]
fn duplicate_module_names_are_refused_naming_both_files() {
    let dir = programs("dup");
    let o = rootc_in(&dir, &["link", "app.rir", "mathlib.rir", "badsig.rir", "-o", "x.rira"]);
    refused(&o, &["module `mathlib`", "mathlib.rir", "badsig.rir"], "link");
    let o = rootc_in(&dir, &["run", "app.rir", "--with", "mathlib.rir", "--with", "noexp.rir"]);
    refused(&o, &["module `mathlib`", "noexp.rir"], "run --with");
}

/// A program that opens `path`, prints its size and its bytes as numbers, and closes it.
fn reader(path: &str) -> String {
    format!(
        "module reader\nimport @open = std.file_open(ref) -> i32\nimport @byte = std.file_read_byte(i32) -> i32\n\
         import @size = std.file_size(i32) -> i64\nimport @close = std.file_close(i32)\n\
         import @pi = std.print_i32(i32)\nimport @pl = std.print_i64(i64)\nconst c0 = {path:?}\nexport @main\n\n\
         func @main() -> i32 {{\n  regs r0: ref, r1: i32, r2: i32, r3: i64, r4: i32\nb0:\n  r0 = str.const c0\n  \
         r1 = call @open(r0)\n  r3 = call @size(r1)\n  call @pl(r3)\n  br b1\nb1:\n  r2 = call @byte(r1)\n  \
         r4 = i32.const 0\n  r4 = i32.lt_s r2, r4\n  br_if r4, b3, b2\nb2:\n  call @pi(r2)\n  br b1\nb3:\n  \
         call @close(r1)\n  r4 = i32.const 0\n  ret r4\n}}\n"
    )
}

/// dir/data/ok.txt ("hi"), dir/secret.txt, dir/data/link -> ../secret.txt, and reader programs.
fn files(name: &str) -> Scratch {
    let dir = scratch(&format!("interop-{name}"));
    std::fs::create_dir_all(dir.join("data/sub")).unwrap();
    std::fs::write(dir.join("data/ok.txt"), "hi").unwrap();
    std::fs::write(dir.join("secret.txt"), "no").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("../secret.txt", dir.join("data/link")).unwrap();
    for (file, path) in [
        ("ok.rir", "data/ok.txt"),
        ("dotdot.rir", "data/../secret.txt"),
        ("subdotdot.rir", "data/sub/../ok.txt"),
        ("link.rir", "data/link"),
        ("outside.rir", "secret.txt"),
        ("missing.rir", "data/none.txt"),
        ("dir.rir", "data/sub"),
    ] {
        std::fs::write(dir.join(file), reader(path)).unwrap();
    }
    dir
}

#[test]
fn allow_read_grants_reading_inside_the_directory() {
    let dir = files("read");
    let o = rootc_in(&dir, &["run", "--allow-read", "data", "ok.rir"]);
    assert_eq!(ok(&o, "read ok.txt"), "2\n104\n105\n");
    let o = rootc_in(&dir, &["run", "--allow-read", "data", "subdotdot.rir"]);
    assert_eq!(ok(&o, "`..` that stays inside"), "2\n104\n105\n");
}

#[test]
fn without_allow_read_the_import_fails_to_link() {
    let dir = files("noflag");
    refused(&rootc_in(&dir, &["run", "ok.rir"]), &["imports `std.file_open`", "granted"], "no flag");
}

#[test]
fn reading_outside_the_directory_is_refused() {
    let dir = files("escape");
    for (file, needle) in [
        ("dotdot.rir", "is outside the directories"),
        ("outside.rir", "is outside the directories"),
        ("missing.rir", "cannot open `data/none.txt`"),
        ("dir.rir", "not a regular file"),
    ] {
        refused(&rootc_in(&dir, &["run", "--allow-read", "data", file]), &["std.file_open", needle], file);
    }
    #[cfg(unix)]
    refused(&rootc_in(&dir, &["run", "--allow-read", "data", "link.rir"]), &["is outside the directories"], "symlink");
    refused(&rootc_in(&dir, &["run", "--allow-read", "nowhere", "ok.rir"]), &["--allow-read nowhere"], "no dir");
}

/// Packs `file` with `extra` options into dir/app and runs it from `dir`.
fn pack_and_run(dir: &Path, file: &str, extra: &[&str]) -> Output {
    let mut args = vec!["pack", file, "-o", "app"];
    args.extend(extra);
    let o = rootc_in(dir, &args);
    assert!(o.status.success() || !extra.is_empty(), "pack: {}", text(&o.stderr));
    if !o.status.success() {
        return o;
    }
    let mut attempts = 0;
    loop {
        match Command::new(dir.join("app")).current_dir(dir).output() {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy && attempts < 100 => {
                attempts += 1;
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            other => return other.expect("app runs"),
        }
    }
}

#[test]
fn a_packed_program_keeps_its_read_grant() {
    let dir = files("pack");
    assert_eq!(ok(&pack_and_run(&dir, "ok.rir", &["--allow-read", "data"]), "packed read"), "2\n104\n105\n");
    let o = pack_and_run(&dir, "dotdot.rir", &["--allow-read", "data"]);
    refused(&o, &["is outside the directories"], "packed escape");
    let o = rootc_in(&dir, &["pack", "ok.rir", "-o", "app2"]);
    refused(&o, &["imports `std.file_open`"], "pack without the grant");
}

/// Python imports that cannot be bound: a sibling that does not compile (its own diagnostic), a
/// circular import, a name a linked module does not export, and a module that exists nowhere
/// (ModuleNotFoundError at run time, catchable as ImportError).
#[test]
fn python_imports_that_cannot_bind_are_reported() {
    let dir = programs("pyimports");
    std::fs::write(dir.join("m.py"), "import broken\nprint(1)\n").unwrap();
    std::fs::write(dir.join("broken.py"), "def f(:\n  pass\n").unwrap();
    refused(&rootc_in(&dir, &["run", "m.py"]), &["broken.py:1:7", "SyntaxError"], "broken sibling");
    std::fs::write(dir.join("c1.py"), "import c2\n").unwrap();
    std::fs::write(dir.join("c2.py"), "import c1\n").unwrap();
    refused(&rootc_in(&dir, &["run", "c1.py"]), &["c2.py:1:1", "circular import of module `c1`"], "circular");
    std::fs::write(dir.join("f.py"), "from mathlib import sub\n").unwrap();
    refused(
        &rootc_in(&dir, &["run", "f.py", "--with", "mathlib.rir"]),
        &["cannot import name 'sub' from 'mathlib'", "its exports: add"],
        "missing export",
    );
    let source = "try:\n    import nosuch\nexcept ImportError as e:\n    print('caught', e)\nimport nosuch2\n";
    std::fs::write(dir.join("n.py"), source).unwrap();
    let o = rootc_in(&dir, &["run", "n.py"]);
    assert_eq!(text(&o.stdout), "caught No module named 'nosuch'\n");
    refused(&o, &["ModuleNotFoundError: No module named 'nosuch2'"], "runtime import");
}

/// A Python str crossing into a lifted module's memory as bytes must hold code points below 256.
#[test]
fn a_python_str_with_a_code_point_past_255_is_refused_as_bytes() {
    let dir = programs("pybytes");
    let clib = "module clib\nmemory 4096 max 4096\nexport @len\nexport @malloc\n\n\
func @len(r0: i64, r1: i64) -> i64 {\nb0:\n  ret r1\n}\n\n\
func @malloc(r0: i64) -> i64 {\n  regs r1: i64\nb0:\n  r1 = i64.const 64\n  ret r1\n}\n";
    std::fs::write(dir.join("clib.rir"), clib).unwrap();
    std::fs::write(dir.join("b.py"), "import clib\nprint(clib.len('\\xff\\x00abc'))\nprint(clib.len('€'))\n").unwrap();
    let o = rootc_in(&dir, &["run", "b.py", "--with", "clib.rir"]);
    assert_eq!(text(&o.stdout), "5\n");
    refused(&o, &["code points below 256", "U+20AC"], "bytes");
}
