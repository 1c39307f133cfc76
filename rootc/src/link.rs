//! `rootc link` and `--with`: programs of several files, their imports resolved at link time.
//!
//! Every input is read like `rootc run` reads it (`.rira`, `.rir`, or any file a frontend
//! accepts). Imports between the modules are checked here, before anything runs: the export must
//! exist and have the import's signature, or one the marshalling rules bridge
//! ([`rootvm::marshal::plan`], docs/interop.md). Imports of modules that no input defines are
//! host modules; `rootc link` accepts only `std`, `py` and those named with `--host`.

use crate::{pack, program};
use rootir::{Archive, Module};
use std::path::{Path, PathBuf};

/// The host modules every `rootc` run grants: `std`, and the Python runtime `py`.
const GRANTED: [&str; 2] = ["std", "py"];

/// `rootc link INPUT... -o OUT.rira [--entry NAME] [--host MODULE]...`
pub fn link(inputs: &[PathBuf], output: &Path, entry: Option<&str>, hosts: &[String]) -> Result<u8, String> {
    if inputs.iter().any(|i| i == output) {
        return Err(format!("error: {} is an input; name another output with -o", output.display()));
    }
    let archive = pack::link(inputs, entry, &Default::default())?;
    check(&archive, hosts)?;
    let errors = program::verification_errors(&archive);
    if !errors.is_empty() {
        return Err(format!("error: the linked program does not verify\n{}", errors.join("\n")));
    }
    let bytes = rootir::archive::encode(&archive);
    std::fs::write(output, bytes).map_err(|e| format!("error: cannot write {}: {e}", output.display()))?;
    Ok(0)
}

/// Reads `main` (through its frontend with `options`) and, if any, the `with` libraries into one
/// program whose entry is `main`'s (`options` apply to `main`).
pub fn read_with(main: &Path, with: &[PathBuf], options: &rootc_frontend::Options) -> Result<Archive, String> {
    if with.is_empty() {
        return program::read_with(main, options);
    }
    let inputs: Vec<PathBuf> = std::iter::once(main.to_path_buf()).chain(with.iter().cloned()).collect();
    let archive = pack::link(&inputs, None, options)?;
    check(&archive, &[])?;
    Ok(archive)
}

/// Reads the inputs of a program of several files, the last first: each frontend input is
/// translated knowing the modules (and their exports) of the inputs after it, so a Python
/// `import mathlib` binds to a `mathlib` given later (docs/interop.md). `first` are the options
/// of the first input.
pub fn read_inputs(inputs: &[PathBuf], first: &rootc_frontend::Options) -> Result<Vec<Archive>, String> {
    let mut known = rootc_frontend::Options::default();
    let mut out = Vec::with_capacity(inputs.len());
    for (i, input) in inputs.iter().enumerate().rev() {
        let mut options = if i == 0 { first.clone() } else { rootc_frontend::Options::default() };
        options.settings.extend(known.settings.clone());
        let archive = program::read_with(input, &options)?;
        for m in &archive.modules {
            known.add_extern(&m.name, &exports_of(m));
        }
        out.push(archive);
    }
    out.reverse();
    Ok(out)
}

/// The exports of `m` with their numbers of parameters.
fn exports_of(m: &Module) -> Vec<(String, usize)> {
    m.exports.iter().filter_map(|e| Some((e.name.clone(), m.functions.get(e.func.index())?.sig.params.len()))).collect()
}

/// Checks every import of `archive` against the modules it defines; imports of other modules
/// must be of `std`, `py` or one of `hosts`.
pub fn check(archive: &Archive, hosts: &[String]) -> Result<(), String> {
    let mut errors = Vec::new();
    for m in &archive.modules {
        for imp in &m.imports {
            let Some(target) = archive.modules.iter().find(|t| t.name == imp.module) else {
                if !GRANTED.contains(&imp.module.as_str()) && !hosts.contains(&imp.module) {
                    errors.push(format!(
                        "  module `{}` imports `{}.{}`, but no input defines module `{}` (and it is not a host \
                         module: `std`, `py`, or one named with --host)",
                        m.name, imp.module, imp.name, imp.module
                    ));
                }
                continue;
            };
            if let Err(e) = check_import(m, imp, target) {
                errors.push(format!("  {e}"));
            }
        }
    }
    if errors.is_empty() { Ok(()) } else { Err(format!("error: link failed\n{}", errors.join("\n"))) }
}

/// One import against the module it names.
fn check_import(m: &Module, imp: &rootir::Import, target: &Module) -> Result<(), String> {
    let export = target.exports.iter().find(|e| e.name == imp.name).ok_or_else(|| {
        let exports: Vec<&str> = target.exports.iter().map(|e| e.name.as_str()).collect();
        format!(
            "module `{}` imports `{}.{}`, but module `{}` has no export `{}` (its exports: {})",
            m.name,
            imp.module,
            imp.name,
            target.name,
            imp.name,
            if exports.is_empty() { "none".to_string() } else { exports.join(", ") }
        )
    })?;
    let Some(func) = target.functions.get(export.func.index()) else {
        return Err(format!("module `{}`: export `{}` names no function", target.name, export.name));
    };
    let alloc = rootvm::marshal::Allocator::of(|name| {
        let e = target.exports.iter().find(|e| e.name == name)?;
        target.functions.get(e.func.index()).map(|f| f.sig.clone())
    });
    rootvm::marshal::plan(&imp.sig, &func.sig, alloc).map(|_| ()).map_err(|reason| {
        format!(
            "module `{}` imports `{}.{}` as {}, but it is {} ({reason})",
            m.name, imp.module, imp.name, imp.sig, func.sig
        )
    })
}
