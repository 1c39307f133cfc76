//! Runs every object of `corpus/x86/build` lifted and compares its standard output and exit
//! status with what the native program printed (`corpus/x86/expected`, recorded by
//! `scripts/record_x86_corpus.sh`). A native `signal 8` (SIGFPE) must be a divide trap, a
//! `signal 11` (SIGSEGV, a stack overflow) the stack check's trap. `X86_CORPUS=a,b` runs only
//! programs `a` and `b`.

use frontend_x86::X86Frontend;
use rootc_frontend::{Frontend, Input, Options};
use rootvm::stdlib::{self, StdConfig};
use rootvm::{Config, Vm};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/x86")
}

/// What a lifted run did: stdout, and the exit status or the trap message.
pub struct Outcome {
    stdout: Vec<u8>,
    status: Result<i32, String>,
}

fn run(object: &Path, args: Vec<String>) -> Result<Outcome, String> {
    let input = Input::read(object).map_err(|e| e.to_string())?;
    let modules = X86Frontend.translate(&input, &Options::default()).map_err(|d| d.to_string())?;
    let name = modules[0].name.clone();
    let out = Arc::new(Mutex::new(Vec::new()));
    let config = Config { fuel: Some(2_000_000_000), ..Config::default() };
    let mut vm = Vm::new(config);
    let std_config = StdConfig { args, stdout: out.clone(), stderr: Arc::new(Mutex::new(Vec::new())) };
    stdlib::register(&mut vm, std_config);
    vm.load(modules).map_err(|e| e.to_string())?;
    let status = match vm.call(&name, "main", &[]) {
        Ok(values) => Ok(match values.first() {
            Some(rootvm::Value::I32(s)) => *s & 0xff,
            _ => 0,
        }),
        Err(trap) => match trap.exit_status() {
            Some(s) => Ok(s & 0xff),
            None => Err(trap.to_string()),
        },
    };
    let stdout = out.lock().map(|v| v.clone()).unwrap_or_default();
    Ok(Outcome { stdout, status })
}

#[test]
fn every_corpus_object_matches_the_native_run() {
    let dir = corpus();
    let mut objects: Vec<PathBuf> = std::fs::read_dir(dir.join("build"))
        .expect("corpus/x86/build")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "o"))
        .collect();
    objects.sort();
    // `X86_CORPUS=bigint,base64` runs only those programs (while working on the lifter).
    let only = std::env::var("X86_CORPUS").ok();
    if let Some(only) = &only {
        let names: Vec<&str> = only.split(',').collect();
        objects.retain(|p| {
            let file = p.file_name().unwrap().to_string_lossy().to_string();
            names.contains(&file.split('.').next().unwrap())
        });
    } else {
        assert!(objects.len() >= 240, "only {} objects", objects.len());
    }
    let failures = Mutex::new(Vec::new());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).min(4);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                while let Some(object) = objects.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed)) {
                    if let Err(e) = check(&dir, object) {
                        failures.lock().unwrap().push(e);
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    println!("{} passed, {} failed", objects.len() - failures.len(), failures.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Runs one object and compares it with the recorded native run.
fn check(dir: &Path, object: &Path) -> Result<(), String> {
    {
        let file = object.file_name().unwrap().to_string_lossy().to_string();
        let name = file.split('.').next().unwrap().to_string();
        let source = std::fs::read_to_string(dir.join(format!("{name}.c"))).expect("source");
        let args: Vec<String> = source
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("// args: "))
            .map(|a| a.split_whitespace().map(String::from).collect())
            .unwrap_or_default();
        let stdout = std::fs::read(dir.join(format!("expected/{name}.stdout"))).expect("expected stdout");
        let exit = std::fs::read_to_string(dir.join(format!("expected/{name}.exit"))).expect("expected exit");
        let exit = exit.trim();
        let outcome = run(object, args).map_err(|e| format!("{file}: {e}"))?;
        if outcome.stdout != stdout {
            return Err(format!(
                "{file}: stdout differs:\n--- lifted\n{}--- native\n{}",
                String::from_utf8_lossy(&outcome.stdout),
                String::from_utf8_lossy(&stdout)
            ));
        }
        match (exit, &outcome.status) {
            ("signal 8", Err(msg)) if msg.contains("divi") => {}
            ("signal 11", Err(msg)) if msg.contains("stack overflow") => {}
            (e, Ok(s)) if e == s.to_string() => {}
            (e, got) => return Err(format!("{file}: exit {e} natively, lifted {got:?}")),
        }
        Ok(())
    }
}
