//! Loading and running a program the way `rootc run` does: the `std` host module and the
//! Python runtime's `py` module (a language runtime, no capability of its own) and nothing else, the entry point's `i32` result (or `std.exit`) as the exit status.

use rootir::{Archive, Type};
use rootvm::stdlib::{self, SharedWriter, StdConfig};
use rootvm::{Config, Trap, Value, Vm};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Capabilities beyond `std`'s streams, arguments and clock.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grants {
    /// Directories whose files the program may read (`--allow-read DIR`).
    pub read: Vec<PathBuf>,
    /// Directories where Python's `open()` may create and write files (`--allow-write DIR`).
    pub write: Vec<PathBuf>,
}

/// The host modules a packed program is granted.
pub const GRANTED: &[&str] = &["std", "py"];

/// Loads `archive` into a VM with `std` over these streams and arguments, after checking it asks
/// for no other host module.
pub fn instantiate(archive: Archive, config: Config, std_config: StdConfig) -> Result<Vm, String> {
    instantiate_granted(archive, config, std_config, &Grants::default())
}

/// [`instantiate`] with `grants` as well.
pub fn instantiate_granted(
    archive: Archive,
    config: Config,
    std_config: StdConfig,
    grants: &Grants,
) -> Result<Vm, String> {
    let refused: Vec<String> = archive
        .manifest
        .capabilities
        .iter()
        .filter(|c| !GRANTED.contains(&c.as_str()))
        .map(|c| format!("`{c}`"))
        .collect();
    if !refused.is_empty() {
        return Err(format!(
            "error: the program asks for host module(s) {}, which are not granted (granted: {})",
            refused.join(", "),
            GRANTED.join(", ")
        ));
    }
    let write_dirs = stdlib::canonical_dirs(&grants.write, "--allow-write").map_err(|e| format!("error: {e}"))?;
    let mut vm = Vm::new(config);
    let py = rootvm_python::Io::new(std_config.stdout.clone(), std_config.stderr.clone(), std_config.args.clone());
    py.grant_read(&grants.read);
    py.grant_write(&grants.write);
    rootvm_python::register(&mut vm, py);
    stdlib::register(&mut vm, std_config);
    let read_dirs = stdlib::canonical_dirs(&grants.read, "--allow-read").map_err(|e| format!("error: {e}"))?;
    // A directory granted for writing may be read as well (as Python's `open()` does).
    let readable: Vec<_> = read_dirs.iter().chain(&write_dirs).cloned().collect();
    stdlib::grant_write(&mut vm, write_dirs, read_dirs);
    if !readable.is_empty() {
        stdlib::grant_read(&mut vm, &readable).map_err(|e| format!("error: {e}"))?;
    }
    vm.load(archive.modules).map_err(|e| format!("error: {e}"))?;
    Ok(vm)
}

/// Checks the entry point exists and is `() -> i32` or `()`.
pub fn check_entry(vm: &Vm, module: &str, export: &str) -> Result<(), String> {
    let sig = vm
        .export_signature(module, export)
        .ok_or_else(|| format!("error: no entry point `{export}` in module `{module}`"))?;
    if !sig.params.is_empty() || sig.results.len() > 1 || sig.results.iter().any(|&t| t != Type::I32) {
        return Err(format!("error: entry point `{export}` is {sig}; expected () -> i32 or ()"));
    }
    Ok(())
}

/// Loads `archive` as the runner would (verify, link against `std`, check the entry point)
/// without running it. `rootc pack` calls this so a packed program never fails to link.
pub fn check(archive: &Archive, config: Config) -> Result<(), String> {
    check_granted(archive, config, &Grants::default())
}

/// [`check`] with `grants` as well.
pub fn check_granted(archive: &Archive, config: Config, grants: &Grants) -> Result<(), String> {
    let sink = || -> SharedWriter { Arc::new(Mutex::new(std::io::sink())) };
    let std_config = StdConfig { args: Vec::new(), stdout: sink(), stderr: sink() };
    let manifest = &archive.manifest;
    let vm = instantiate_granted(archive.clone(), config, std_config, grants)?;
    check_entry(&vm, &manifest.entry_module, &manifest.entry_export)
}

/// Runs the entry point of `archive` with `args` on the process's streams. Returns the exit
/// status, or the message for stderr (exit status 1).
pub fn run(archive: Archive, config: Config, args: Vec<String>) -> Result<u8, String> {
    run_granted(archive, config, args, &Grants::default())
}

/// [`run`] with `grants` as well.
pub fn run_granted(archive: Archive, config: Config, args: Vec<String>, grants: &Grants) -> Result<u8, String> {
    let manifest = archive.manifest.clone();
    let std_config = StdConfig::process(args);
    let (stdout, stderr) = (std_config.stdout.clone(), std_config.stderr.clone());
    let mut vm = instantiate_granted(archive, config, std_config, grants)?;
    check_entry(&vm, &manifest.entry_module, &manifest.entry_export)?;
    let result = vm.call(&manifest.entry_module, &manifest.entry_export, &[]);
    for stream in [&stdout, &stderr] {
        if let Ok(mut w) = stream.lock() {
            let _ = w.flush();
        }
    }
    status_of(result)
}

/// The exit status of a finished call, or the trap's message.
pub fn status_of(result: Result<Vec<Value>, Trap>) -> Result<u8, String> {
    match result {
        Ok(values) => Ok(match values.first() {
            Some(Value::I32(status)) => *status as u8,
            _ => 0,
        }),
        Err(trap) => match trap.exit_status() {
            Some(status) => Ok(status as u8),
            None => Err(trap.to_string()),
        },
    }
}
