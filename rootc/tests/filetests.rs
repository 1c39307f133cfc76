//! Runs every `corpus/rir/*.rir` file and checks the expectations in its comments.
//!
//! | comment | meaning |
//! |---|---|
//! | `; run: f(1, 2) == 3` | calling export `f` of the first module returns these values |
//! | `; run: f(1, 0) traps: integer divide by zero` | the call traps with a message containing this |
//! | `; stdout: TEXT` | running `main` prints these lines (one comment per line) |
//! | `; exit: N` | running `main` exits with status N |
//! | `; trap: TEXT` | running `main` traps; the trap (with its stack trace) contains this |
//! | `; error: TEXT` | parsing, verifying or linking fails with an error containing this |
//! | `; args: A B` | program arguments for `main` |
//! | `; fuel: N`, `; max-depth: N`, `; heap-limit: N` | limits for this file (heap limit in bytes) |
//!
//! Every file that parses must also print back to itself (comment lines removed) and survive a
//! trip through the archive form. `ROOTVM_BLESS=1` rewrites the expectations from what happened;
//! a failure shows a diff.

use rootir::{Archive, Type};
use rootvm::stdlib::{self, StdConfig};
use rootvm::{Config, Value, Vm};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/rir")
}

/// The expectation comments of a file, in order.
#[derive(Debug, Default)]
struct Expectations {
    runs: Vec<String>,
    stdout: Option<Vec<String>>,
    exit: Option<String>,
    trap: Option<String>,
    error: Option<String>,
    args: Vec<String>,
    config: Config,
}

fn directive<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let rest = line.trim_start().strip_prefix(';')?.trim_start().strip_prefix(key)?.strip_prefix(':')?;
    Some(rest.strip_prefix(' ').unwrap_or(rest))
}

fn parse_expectations(text: &str) -> Expectations {
    let mut e = Expectations::default();
    for line in text.lines() {
        if let Some(v) = directive(line, "run") {
            e.runs.push(v.to_string());
        } else if let Some(v) = directive(line, "stdout") {
            e.stdout.get_or_insert_with(Vec::new).push(v.to_string());
        } else if let Some(v) = directive(line, "exit") {
            e.exit = Some(v.to_string());
        } else if let Some(v) = directive(line, "trap") {
            e.trap = Some(v.to_string());
        } else if let Some(v) = directive(line, "error") {
            e.error = Some(v.to_string());
        } else if let Some(v) = directive(line, "args") {
            e.args = v.split_whitespace().map(str::to_string).collect();
        } else if let Some(v) = directive(line, "fuel") {
            e.config.fuel = v.trim().parse().ok();
        } else if let Some(v) = directive(line, "heap-limit") {
            e.config.max_heap_bytes = v.trim().parse().unwrap_or(e.config.max_heap_bytes);
        } else if let Some(v) = directive(line, "max-depth") {
            e.config.max_call_depth = v.trim().parse().unwrap_or(e.config.max_call_depth);
        }
    }
    e
}

/// What actually happened, as the expectation lines it would bless.
struct Outcome {
    lines: Vec<String>,
}

/// Captured standard output.
type Captured = Arc<Mutex<Vec<u8>>>;

fn load(archive: &Archive, config: &Config, args: Vec<String>) -> Result<(Vm, Captured), String> {
    let out = Arc::new(Mutex::new(Vec::new()));
    let mut vm = Vm::new(config.clone());
    stdlib::register(&mut vm, StdConfig { args, stdout: out.clone(), stderr: Arc::new(Mutex::new(std::io::sink())) });
    vm.load(archive.modules.clone()).map_err(|e| e.to_string())?;
    Ok((vm, out))
}

/// Runs one `; run:` call: `f(args) == ...` or `f(args) traps: ...`.
fn run_call(vm: &mut Vm, module: &str, spec: &str) -> String {
    let call = spec.split(" == ").next().unwrap_or(spec).split(" traps:").next().unwrap_or(spec).trim();
    let Some((name, rest)) = call.split_once('(') else { return format!("{call} ?? malformed run line") };
    let arg_text = rest.trim_end_matches(')');
    let args: Vec<&str> = arg_text.split(',').map(str::trim).filter(|a| !a.is_empty()).collect();
    let Some(sig) = vm.export_signature(module, name).cloned() else { return format!("{call} ?? no such export") };
    let values: Result<Vec<Value>, String> = sig.params.iter().zip(&args).map(|(&t, a)| Value::parse(t, a)).collect();
    let values = match values {
        Ok(v) if v.len() == sig.params.len() => v,
        Ok(_) => return format!("{call} ?? wrong argument count for {sig}"),
        Err(e) => return format!("{call} ?? {e}"),
    };
    match vm.call(module, name, &values) {
        Ok(results) => {
            let shown: Vec<String> = results.iter().map(Value::to_string).collect();
            format!("{call} == {}", shown.join(", "))
        }
        Err(trap) => format!("{call} traps: {}", trap.message),
    }
}

fn run_file(text: &str, file: &str, e: &Expectations) -> Outcome {
    let mut lines = Vec::new();
    let modules = match rootir::text::parse(text, file) {
        Ok(m) => m,
        Err(err) => {
            lines.push(format!("error: {}", err.message));
            return Outcome { lines };
        }
    };
    let archive = Archive::from_modules(modules, "main");
    let (mut vm, out) = match load(&archive, &e.config, e.args.clone()) {
        Ok(x) => x,
        Err(err) => {
            lines.push(format!("error: {}", err.lines().nth(1).unwrap_or(&err).trim()));
            return Outcome { lines };
        }
    };
    let module = archive.manifest.entry_module.clone();
    for spec in &e.runs {
        lines.push(format!("run: {}", run_call(&mut vm, &module, spec)));
    }
    if e.stdout.is_some() || e.exit.is_some() || e.trap.is_some() {
        let is_entry = |sig: &rootir::FuncType| sig.params.is_empty() && sig.results.iter().all(|&t| t == Type::I32);
        match vm.export_signature(&module, "main").cloned() {
            Some(sig) if is_entry(&sig) => {
                let result = vm.call(&module, "main", &[]);
                let printed = String::from_utf8_lossy(&out.lock().expect("stdout buffer")).to_string();
                lines.extend(printed.lines().map(|l| format!("stdout: {l}")));
                match result {
                    Ok(values) => {
                        let status = match values.first() {
                            Some(Value::I32(s)) => *s,
                            _ => 0,
                        };
                        lines.push(format!("exit: {status}"));
                    }
                    Err(trap) => match trap.exit_status() {
                        Some(s) => lines.push(format!("exit: {s}")),
                        None => lines.push(format!("trap: {}", trap.to_string().replace('\n', " |"))),
                    },
                }
            }
            _ => lines.push("error: no `main` export of type () -> i32".to_string()),
        }
    }
    Outcome { lines }
}

/// The expected lines, in the same shape as [`Outcome::lines`].
fn expected_lines(e: &Expectations) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(err) = &e.error {
        lines.push(format!("error: {err}"));
        return lines;
    }
    lines.extend(e.runs.iter().map(|r| format!("run: {r}")));
    if e.stdout.is_some() || e.exit.is_some() || e.trap.is_some() {
        lines.extend(e.stdout.iter().flatten().map(|l| format!("stdout: {l}")));
        match &e.trap {
            Some(t) => lines.push(format!("trap: {t}")),
            None => lines.push(format!("exit: {}", e.exit.as_deref().unwrap_or("0"))),
        }
    }
    lines
}

/// Whether an actual line satisfies an expected one (`error:` and `trap:` match by substring).
fn line_matches(expected: &str, actual: &str) -> bool {
    for key in ["error: ", "trap: "] {
        if let (Some(e), Some(a)) = (expected.strip_prefix(key), actual.strip_prefix(key)) {
            return a.contains(e);
        }
    }
    if let (Some(e), Some(a)) = (expected.split_once(" traps: "), actual.split_once(" traps: ")) {
        return e.0 == a.0 && a.1.contains(e.1);
    }
    expected == actual
}

fn diff(expected: &[String], actual: &[String]) -> String {
    let mut out = String::new();
    for i in 0..expected.len().max(actual.len()) {
        match (expected.get(i), actual.get(i)) {
            (Some(e), Some(a)) if line_matches(e, a) => out.push_str(&format!("   {e}\n")),
            (e, a) => {
                if let Some(e) = e {
                    out.push_str(&format!(" - {e}\n"));
                }
                if let Some(a) = a {
                    out.push_str(&format!(" + {a}\n"));
                }
            }
        }
    }
    out
}

/// Text without its whole-line comments: what the printer must reproduce.
fn without_comments(text: &str) -> String {
    text.lines().filter(|l| !l.trim_start().starts_with(';')).map(|l| format!("{l}\n")).collect()
}

fn check_round_trip(text: &str, file: &str) -> Result<(), String> {
    let Ok(modules) = rootir::text::parse(text, file) else { return Ok(()) };
    let printed = rootir::text::print(&modules);
    let canonical = without_comments(text);
    if printed != canonical {
        let e: Vec<String> = canonical.lines().map(str::to_string).collect();
        let a: Vec<String> = printed.lines().map(str::to_string).collect();
        return Err(format!("text does not print back to itself:\n{}", diff(&e, &a)));
    }
    let archive = Archive::from_modules(modules, "main");
    let decoded = rootir::archive::decode(&rootir::archive::encode(&archive)).map_err(|e| e.to_string())?;
    if decoded != archive {
        return Err("archive round trip changed the program".to_string());
    }
    Ok(())
}

/// Rewrites the expectation comments of `text` from `actual`.
fn bless(text: &str, actual: &[String]) -> String {
    let keys = ["run", "stdout", "exit", "trap", "error"];
    let mut kept: Vec<&str> = Vec::new();
    let mut insert_at = None;
    for line in text.lines() {
        if keys.iter().any(|k| directive(line, k).is_some()) {
            insert_at.get_or_insert(kept.len());
            continue;
        }
        kept.push(line);
    }
    let at = insert_at.unwrap_or(0);
    let mut out: Vec<String> = kept[..at].iter().map(|s| s.to_string()).collect();
    out.extend(actual.iter().map(|l| format!("; {l}")));
    out.extend(kept[at..].iter().map(|s| s.to_string()));
    out.join("\n") + "\n"
}

#[test]
fn corpus_filetests() {
    run_corpus(&corpus_dir(), 40);
}

/// corpus/interop: the marshalling rules and their refusals (docs/interop.md).
#[test]
fn interop_filetests() {
    run_corpus(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/interop"), 8);
}

fn run_corpus(dir: &Path, at_least: usize) {
    let blessing = std::env::var_os("ROOTVM_BLESS").is_some();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("corpus directory exists")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rir"))
        .collect();
    files.sort();
    assert!(files.len() >= at_least, "expected at least {at_least} corpus files, found {}", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().expect("file name").to_string_lossy().to_string();
        let text = std::fs::read_to_string(path).expect("corpus file is UTF-8");
        let e = parse_expectations(&text);
        let expected = expected_lines(&e);
        if expected.is_empty() {
            failures.push(format!("{name}: no expectation comment"));
            continue;
        }
        let actual = run_file(&text, &name, &e).lines;
        let ok = expected.len() == actual.len() && expected.iter().zip(&actual).all(|(x, y)| line_matches(x, y));
        if !ok {
            if blessing {
                std::fs::write(path, bless(&text, &actual)).expect("write blessed file");
            } else {
                failures
                    .push(format!("{name}: expectations differ (- expected, + actual):\n{}", diff(&expected, &actual)));
            }
        }
        if let Err(msg) = check_round_trip(&text, &name) {
            failures.push(format!("{name}: {msg}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} corpus files failed:\n{}", failures.len(), files.len(), failures.join("\n"));
}
