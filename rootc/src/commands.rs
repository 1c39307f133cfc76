//! The subcommands. Each returns the process exit status, or a message for stderr (exit 1).

use crate::LinkArgs;
use crate::program;
use rootir::Archive;
use rootvm::stdlib::StdConfig;
use rootvm::{Config, Value, Vm};
use rootvm_runner::run::{self as runner, Grants};
use std::path::Path;

/// Loads a program into a VM that grants the `std` module (the same rules as a packed program's
/// runner), and returns the VM with handles to its output streams.
fn instantiate(archive: Archive, config: Config, grants: &Grants) -> Result<(Vm, StdConfig), String> {
    let std_config = StdConfig::process(Vec::new());
    let handles = StdConfig { args: Vec::new(), stdout: std_config.stdout.clone(), stderr: std_config.stderr.clone() };
    let vm = runner::instantiate_granted(archive, config, std_config, grants)?;
    Ok((vm, handles))
}

fn flush(handles: &StdConfig) {
    for stream in [&handles.stdout, &handles.stderr] {
        if let Ok(mut w) = stream.lock() {
            let _ = w.flush();
        }
    }
}

/// `rootc run FILE ARGS...`
pub fn run(file: &Path, args: Vec<String>, config: Config, options: &rootc_frontend::Options) -> Result<u8, String> {
    run_linked(file, &LinkArgs::default(), args, config, options)
}

/// `rootc run FILE [--with LIB]... [--allow-read DIR]... ARGS...`; `options` go to the frontend
/// that reads FILE.
pub fn run_linked(
    file: &Path,
    link: &LinkArgs,
    args: Vec<String>,
    config: Config,
    options: &rootc_frontend::Options,
) -> Result<u8, String> {
    let grants = Grants { read: link.allow_read.clone(), write: link.allow_write.clone() };
    runner::run_granted(crate::link::read_with(file, &link.with, options)?, config, args, &grants)
}

/// `rootc call FILE EXPORT ARGS...`
pub fn call(file: &Path, export: &str, args: &[String], config: Config) -> Result<u8, String> {
    call_linked(file, &LinkArgs::default(), export, args, config)
}

/// `rootc call FILE [--with LIB]... [--allow-read DIR]... EXPORT ARGS...`
pub fn call_linked(file: &Path, link: &LinkArgs, export: &str, args: &[String], config: Config) -> Result<u8, String> {
    let archive = crate::link::read_with(file, &link.with, &Default::default())?;
    let grants = Grants { read: link.allow_read.clone(), write: link.allow_write.clone() };
    let (module, name) = match export.split_once('.') {
        Some((m, n)) if archive.modules.iter().any(|x| x.name == m) => (m.to_string(), n.to_string()),
        _ => (archive.manifest.entry_module.clone(), export.to_string()),
    };
    let (mut vm, handles) = instantiate(archive, config, &grants)?;
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
    let mut values = Vec::with_capacity(args.len());
    for (i, (&ty, text)) in sig.params.iter().zip(args).enumerate() {
        let value = match Value::parse(ty, text) {
            Ok(v) => v,
            Err(e) => guest_string(&mut vm, &module, ty, text)
                .ok_or_else(|| format!("error: argument {}: {e}", i + 1))?
                .map_err(|t| format!("error: argument {}: copying it into memory: {t}", i + 1))?,
        };
        values.push(value);
    }
    let result = vm.call(&module, &name, &values);
    flush(&handles);
    match result {
        Ok(results) => {
            let shown: Vec<String> = results.iter().map(Value::to_string).collect();
            println!("{}", shown.join(" "));
            Ok(0)
        }
        Err(trap) => runner::status_of(Err(trap)),
    }
}

/// A pointer argument given as text: for a module with a linear memory that exports
/// `__rootvm_alloc` and `__rootvm_poke` (lifted machine code), the bytes and a NUL are copied
/// into its memory and the address is passed. `None` if the module cannot take strings.
fn guest_string(vm: &mut Vm, module: &str, ty: rootir::Type, text: &str) -> Option<Result<Value, rootvm::Trap>> {
    if ty != rootir::Type::I64 || vm.export_signature(module, "__rootvm_poke").is_none() {
        return None;
    }
    let copy = |vm: &mut Vm| -> Result<Value, rootvm::Trap> {
        let len = text.len() as i64 + 1;
        let addr = match vm.call(module, "__rootvm_alloc", &[Value::I64(len)])?.first() {
            Some(Value::I64(a)) if *a != 0 => *a,
            _ => return Err(rootvm::Trap::host("the module's malloc returned no memory")),
        };
        for (k, &b) in text.as_bytes().iter().chain([&0u8]).enumerate() {
            vm.call(module, "__rootvm_poke", &[Value::I64(addr + k as i64), Value::I32(b as i32)])?;
        }
        Ok(Value::I64(addr))
    };
    Some(copy(vm))
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
    let errors = program::verification_errors(&archive);
    if !errors.is_empty() {
        return Err(format!("error: {}: verification failed\n{}", file.display(), errors.join("\n")));
    }
    let funcs: usize = archive.modules.iter().map(|m| m.functions.len()).sum();
    println!("ok: {} module(s), {funcs} function(s)", archive.modules.len());
    Ok(0)
}
