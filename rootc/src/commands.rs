//! The subcommands. Each returns the process exit status, or a message for stderr (exit 1).

use crate::program;
use rootir::{Archive, Type};
use rootvm::stdlib::{self, StdConfig};
use rootvm::{Config, Trap, Value, Vm};
use std::path::Path;

/// The host modules `rootc` grants a program.
const GRANTED: &[&str] = &["std"];

/// Loads a program into a VM that grants the `std` module.
fn instantiate(archive: Archive, config: Config, args: Vec<String>) -> Result<(Vm, StdConfig), String> {
    let refused: Vec<&str> =
        archive.manifest.capabilities.iter().map(String::as_str).filter(|c| !GRANTED.contains(c)).collect();
    if !refused.is_empty() {
        return Err(format!(
            "error: the program asks for host module(s) {}, which rootc does not grant (it grants: {})",
            refused.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", "),
            GRANTED.join(", ")
        ));
    }
    let mut vm = Vm::new(config);
    let std_config = StdConfig::process(args);
    let handles = StdConfig { args: Vec::new(), stdout: std_config.stdout.clone(), stderr: std_config.stderr.clone() };
    stdlib::register(&mut vm, std_config);
    vm.load(archive.modules).map_err(|e| format!("error: {e}"))?;
    Ok((vm, handles))
}

fn flush(handles: &StdConfig) {
    for stream in [&handles.stdout, &handles.stderr] {
        if let Ok(mut w) = stream.lock() {
            let _ = w.flush();
        }
    }
}

/// The exit status of a finished guest call, or the trap's message.
fn status_of(result: Result<Vec<Value>, Trap>) -> Result<u8, String> {
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

/// `rootc run FILE ARGS...`
pub fn run(file: &Path, args: Vec<String>, config: Config) -> Result<u8, String> {
    let archive = program::read(file)?;
    let manifest = archive.manifest.clone();
    let (mut vm, handles) = instantiate(archive, config, args)?;
    let sig = vm.export_signature(&manifest.entry_module, &manifest.entry_export).cloned().ok_or_else(|| {
        format!(
            "error: {}: no entry point `{}` in module `{}`",
            file.display(),
            manifest.entry_export,
            manifest.entry_module
        )
    })?;
    if !sig.params.is_empty() || sig.results.len() > 1 || sig.results.iter().any(|&t| t != Type::I32) {
        return Err(format!("error: entry point `{}` is {sig}; expected () -> i32 or ()", manifest.entry_export));
    }
    let result = vm.call(&manifest.entry_module, &manifest.entry_export, &[]);
    flush(&handles);
    status_of(result)
}

/// `rootc call FILE EXPORT ARGS...`
pub fn call(file: &Path, export: &str, args: &[String], config: Config) -> Result<u8, String> {
    let archive = program::read(file)?;
    let (module, name) = match export.split_once('.') {
        Some((m, n)) if archive.modules.iter().any(|x| x.name == m) => (m.to_string(), n.to_string()),
        _ => (archive.manifest.entry_module.clone(), export.to_string()),
    };
    let (mut vm, handles) = instantiate(archive, config, Vec::new())?;
    let sig = vm
        .export_signature(&module, &name)
        .cloned()
        .ok_or_else(|| format!("error: {}: no export `{name}` in module `{module}`", file.display()))?;
    if args.len() != sig.params.len() {
        return Err(format!(
            "error: `{name}` is {sig} and takes {} argument(s); {} given",
            sig.params.len(),
            args.len()
        ));
    }
    let values = sig
        .params
        .iter()
        .zip(args)
        .enumerate()
        .map(|(i, (&ty, text))| Value::parse(ty, text).map_err(|e| format!("error: argument {}: {e}", i + 1)))
        .collect::<Result<Vec<_>, _>>()?;
    let result = vm.call(&module, &name, &values);
    flush(&handles);
    match result {
        Ok(results) => {
            let shown: Vec<String> = results.iter().map(Value::to_string).collect();
            println!("{}", shown.join(" "));
            Ok(0)
        }
        Err(trap) => status_of(Err(trap)),
    }
}

/// `rootc asm IN.rir -o OUT.rira`
pub fn asm(input: &Path, output: &Path, entry: &str) -> Result<u8, String> {
    let mut archive = program::read(input)?;
    archive.manifest.entry_export = entry.to_string();
    let bytes = rootir::archive::encode(&archive);
    std::fs::write(output, bytes).map_err(|e| format!("error: cannot write {}: {e}", output.display()))?;
    Ok(0)
}

/// `rootc dis IN.rira [-o OUT.rir]`
pub fn dis(input: &Path, output: Option<&Path>) -> Result<u8, String> {
    let archive = program::read(input)?;
    let text = rootir::text::print(&archive.modules);
    match output {
        Some(path) => std::fs::write(path, text).map_err(|e| format!("error: cannot write {}: {e}", path.display()))?,
        None => print!("{text}"),
    }
    Ok(0)
}

/// `rootc verify FILE`
pub fn verify(file: &Path) -> Result<u8, String> {
    let archive = program::read(file)?;
    let errors: Vec<String> = archive
        .modules
        .iter()
        .filter_map(|m| rootir::verify::verify_module(m).err())
        .flatten()
        .map(|e| format!("  {e}"))
        .collect();
    if !errors.is_empty() {
        return Err(format!("error: {}: verification failed\n{}", file.display(), errors.join("\n")));
    }
    let funcs: usize = archive.modules.iter().map(|m| m.functions.len()).sum();
    println!("ok: {} module(s), {funcs} function(s)", archive.modules.len());
    Ok(0)
}
