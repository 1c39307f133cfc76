//! The `rootc` binary: exit statuses, messages, and the asm/dis round trip of every corpus file.

mod common;
use common::scratch;
use rootir::fuzzing::Rng;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn rootc(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rootc")).args(args).output().expect("rootc runs")
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

fn assert_clean_failure(o: &Output, what: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(1), "{what}: exit status {:?}, stderr: {err}", o.status.code());
    assert!(!err.trim().is_empty(), "{what}: no message on stderr");
    assert!(!err.contains("panicked") && !err.contains("RUST_BACKTRACE"), "{what}: panic reached the user: {err}");
}

#[test]
fn every_parsable_corpus_file_survives_asm_and_dis_unchanged() {
    let dir = scratch("cli-roundtrip");
    let mut checked = 0;
    for entry in std::fs::read_dir(repo().join("corpus/rir")).expect("corpus dir") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("utf-8");
        if rootir::text::parse(&text, "x").is_err() {
            continue;
        }
        let rira = dir.join("out.rira");
        let asm = rootc(&["asm", path.to_str().unwrap(), "-o", rira.to_str().unwrap()]);
        assert!(asm.status.success(), "asm {}: {}", path.display(), stderr(&asm));
        let dis = rootc(&["dis", rira.to_str().unwrap()]);
        assert!(dis.status.success(), "dis {}: {}", path.display(), stderr(&dis));
        let canonical: String =
            text.lines().filter(|l| !l.trim_start().starts_with(';')).map(|l| format!("{l}\n")).collect();
        assert_eq!(String::from_utf8_lossy(&dis.stdout), canonical, "{}", path.display());
        checked += 1;
    }
    assert!(checked >= 30, "only {checked} corpus files round-tripped");
}

#[test]
fn run_prints_and_exits_with_mains_status() {
    let dir = scratch("cli-run");
    let file = dir.join("p.rir");
    std::fs::write(
        &file,
        "module p\nimport @print = std.print_i64(i64)\nexport @main\n\nfunc @main() -> i32 {\n  regs r0: i64, r1: i32\nb0:\n  r0 = i64.const 42\n  call @print(r0)\n  r1 = i32.const 7\n  ret r1\n}\n",
    )
    .unwrap();
    let o = rootc(&["run", file.to_str().unwrap()]);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "42\n");
    assert_eq!(o.status.code(), Some(7));
}

#[test]
fn call_parses_arguments_by_signature_and_prints_results() {
    let dir = scratch("cli-call");
    let file = dir.join("c.rir");
    std::fs::write(
        &file,
        "module c\nexport @sub\n\nfunc @sub(r0: i64, r1: f64) -> (i64, f64) {\n  regs r2: i64, r3: f64\nb0:\n  r2 = i64.sub r0, r0\n  r3 = f64.neg r1\n  ret r2, r3\n}\n",
    )
    .unwrap();
    let o = rootc(&["call", file.to_str().unwrap(), "sub", "-5", "2.5"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "0 -2.5\n");
    let bad = rootc(&["call", file.to_str().unwrap(), "sub", "x", "2.5"]);
    assert_clean_failure(&bad, "bad argument");
    assert!(stderr(&bad).contains("not a valid i64"), "{}", stderr(&bad));
}

#[test]
fn parse_errors_name_the_place_with_a_caret() {
    let dir = scratch("cli-parse");
    let file = dir.join("bad.rir");
    std::fs::write(&file, "module m\n\nfunc @f() {\nb0:\n  i32.frob\n  ret\n}\n").unwrap();
    let o = rootc(&["verify", file.to_str().unwrap()]);
    assert_clean_failure(&o, "parse error");
    let err = stderr(&o);
    assert!(err.contains("bad.rir:5:3"), "{err}");
    assert!(err.contains('^'), "{err}");
}

#[test]
fn traps_print_a_guest_stack_trace_and_exit_1() {
    let dir = scratch("cli-trap");
    let file = dir.join("t.rir");
    std::fs::write(
        &file,
        "module t\nfile f0 \"t.src\"\nexport @main\n\nfunc @main() -> i32 {\n  regs r0: i32, r1: i32\nb0:\n  r0 = i32.const 1\n  r1 = i32.div_s r0, r0\n  r1 = i32.const 0\n  r0 = i32.div_s r0, r1 at f0:9:4\n  ret r0\n}\n",
    )
    .unwrap();
    let o = rootc(&["run", file.to_str().unwrap()]);
    assert_clean_failure(&o, "trap");
    let err = stderr(&o);
    assert!(err.contains("trap: integer divide by zero"), "{err}");
    assert!(err.contains("at t.main (t.src:9:4)"), "{err}");
}

#[test]
fn fuel_and_depth_limits_end_the_run_with_named_traps() {
    let dir = scratch("cli-limits");
    let file = dir.join("l.rir");
    std::fs::write(&file, "module l\nexport @main\n\nfunc @main() -> i32 {\nb0:\n  br b0\n}\n").unwrap();
    let o = rootc(&["run", "--fuel", "10000", file.to_str().unwrap()]);
    assert_clean_failure(&o, "fuel");
    assert!(stderr(&o).contains("out of fuel"), "{}", stderr(&o));
    let rec = dir.join("r.rir");
    std::fs::write(
        &rec,
        "module r\nexport @main\n\nfunc @main() -> i32 {\n  regs r0: i32\nb0:\n  r0 = call @main()\n  ret r0\n}\n",
    )
    .unwrap();
    let o = rootc(&["run", "--max-depth", "1000", rec.to_str().unwrap()]);
    assert_clean_failure(&o, "depth");
    assert!(stderr(&o).contains("call depth limit (1000) exceeded"), "{}", stderr(&o));
}

#[test]
fn programs_asking_for_ungranted_host_modules_are_refused() {
    let dir = scratch("cli-caps");
    let file = dir.join("n.rir");
    std::fs::write(&file, "module n\nimport @open = net.open(i32) -> i32\nexport @main\n\nfunc @main() -> i32 {\n  regs r0: i32\nb0:\n  r0 = call @open(r0)\n  ret r0\n}\n").unwrap();
    let o = rootc(&["run", file.to_str().unwrap()]);
    assert_clean_failure(&o, "ungranted capability");
    assert!(stderr(&o).contains("asks for host module(s) `net`"), "{}", stderr(&o));
}

#[test]
fn user_errors_exit_1_with_a_message() {
    let o = rootc(&["run", "/nonexistent/x.rir"]);
    assert_clean_failure(&o, "missing file");
    let o = rootc(&["frobnicate"]);
    assert_clean_failure(&o, "unknown subcommand");
}

/// Random bytes, truncations and mutations of a valid archive and a valid text file.
fn hostile_inputs(count: usize, seeds: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut rng = Rng::new(0x9e37_79b9_7f4a_7c15);
    (0..count)
        .map(|i| {
            let seed = &seeds[i % seeds.len()];
            match i % 4 {
                0 => (0..rng.below(300)).map(|_| rng.next_u64() as u8).collect(),
                1 => seed[..rng.below(seed.len() + 1)].to_vec(),
                2 => {
                    let mut v = seed.clone();
                    for _ in 0..1 + rng.below(4) {
                        let at = rng.below(v.len());
                        v[at] = rng.next_u64() as u8;
                    }
                    v
                }
                _ => {
                    let mut v = rootir::archive::MAGIC.to_vec();
                    v.extend((0..rng.below(200)).map(|_| rng.next_u64() as u8));
                    v
                }
            }
        })
        .collect()
}

fn seed_files() -> Vec<Vec<u8>> {
    let text = std::fs::read(repo().join("bench/fib.rir")).expect("bench/fib.rir");
    let modules = rootir::text::parse(std::str::from_utf8(&text).unwrap(), "fib.rir").expect("fib parses");
    let archive = rootir::archive::encode(&rootir::Archive::from_modules(modules, "main"));
    vec![text, archive]
}

#[test]
fn hostile_inputs_never_panic_in_process() {
    let dir = scratch("cli-hostile-lib");
    let inputs = hostile_inputs(10_000, &seed_files());
    for (i, bytes) in inputs.iter().enumerate() {
        let ext = if i % 2 == 0 { "rira" } else { "rir" };
        let path = dir.join(format!("in.{ext}"));
        std::fs::write(&path, bytes).unwrap();
        let config = rootvm::Config { fuel: Some(100_000), ..rootvm::Config::default() };
        let outcome = match i % 3 {
            0 => rootc::commands::verify(&path),
            1 => rootc::commands::dis(&path, Some(&dir.join("out.rir"))),
            _ => rootc::commands::run(&path, Vec::new(), config, &Default::default()),
        };
        if let Err(message) = outcome {
            assert!(!message.trim().is_empty(), "input {i}: empty error message");
        }
    }
}

#[test]
fn hostile_inputs_exit_1_from_the_binary() {
    let dir = scratch("cli-hostile-bin");
    for (i, bytes) in hostile_inputs(150, &seed_files()).iter().enumerate() {
        let path = dir.join(if i % 2 == 0 { "in.rira" } else { "in.rir" });
        std::fs::write(&path, bytes).unwrap();
        let cmd = ["verify", "dis", "run"][i % 3];
        let o = rootc(&[cmd, "--fuel", "100000", path.to_str().unwrap()]);
        if !o.status.success() {
            assert_clean_failure(&o, &format!("input {i} ({cmd})"));
        }
    }
}

#[test]
fn heap_limit_ends_a_growing_program_with_out_of_memory_and_spares_a_churning_one() {
    let oom = repo().join("corpus/rir/gc_oom_64mib.rir");
    let o = rootc(&["--heap-limit", "4000000", "run", oom.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("out of memory: heap limit reached"), "{}", stderr(&o));
    // The same limit lets a program whose live data stays small allocate far more in total.
    let churn = repo().join("corpus/rir/gc_1gib_churn.rir");
    let o = rootc(&["--heap-limit", "4000000", "run", churn.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}
