//! The frontend side of `rootc`: the plugins linked in, `rootc from`, `rootc frontends`, and
//! translating a source file for `run`, `call`, `dis` and `verify`.

// Every frontend plugin crate is named once here; a crate never named is dropped by the
// linker together with its `inventory` registration (see ../shared/CRATES.md).
use frontend_example as _;
use frontend_jvm as _;
use frontend_python as _;
use frontend_x86 as _;

use crate::program;
use rootc_frontend::registry;
use rootc_frontend::{Frontend, Input, Options};
use rootir::Archive;
use std::path::Path;

/// Translates `input` with `frontend` into an archive whose entry is `options.entry` or `main`.
/// Errors come back one per line; the warnings and notes of a translation that succeeds
/// (`--keep-going`) are printed on standard error.
pub fn translate(frontend: &dyn Frontend, input: &Input, options: &Options) -> Result<Archive, String> {
    let (modules, reported) = frontend.translate_reporting(input, options).map_err(|d| d.to_string())?;
    for d in &reported {
        eprintln!("{d}");
    }
    if modules.is_empty() {
        return Err(format!("error: {}: the {} frontend produced no module", input.display_path(), frontend.name()));
    }
    Ok(Archive::from_modules(modules, options.entry_or("main")))
}

/// `rootc from NAME FILE [-o OUT.rira]`: translates, verifies and writes an archive.
pub fn from(name: &str, file: &Path, output: Option<&Path>, options: &Options) -> Result<u8, String> {
    let frontend = registry::get(name).map_err(|e| format!("error: {e}"))?;
    let default_output = file.with_extension("rira");
    let output = output.unwrap_or(&default_output);
    if output == file {
        return Err(format!("error: {} would overwrite the input; name the output with -o", output.display()));
    }
    let input = Input::read(file).map_err(|e| format!("error: cannot read {}: {e}", file.display()))?;
    let archive = translate(frontend, &input, options)?;
    let errors = program::verification_errors(&archive);
    if !errors.is_empty() {
        let header = format!("error: {}: the {name} frontend produced invalid rootIR (a frontend bug)", file.display());
        return Err(format!("{header}\n{}", errors.join("\n")));
    }
    let bytes = rootir::archive::encode(&archive);
    std::fs::write(output, bytes).map_err(|e| format!("error: cannot write {}: {e}", output.display()))?;
    Ok(0)
}

/// `rootc frontends`: the registered frontends, then the known ones not compiled in.
pub fn list() -> Result<u8, String> {
    print!("{}", listing());
    Ok(0)
}

/// The text `rootc frontends` prints.
pub fn listing() -> String {
    let row = |name: &str, exts: &[&str], about: &str| {
        let exts: Vec<String> = exts.iter().map(|e| format!(".{e}")).collect();
        format!("  {name:<10} {:<14} {about}\n", exts.join(" "))
    };
    let mut text = String::from("frontends:\n");
    let present = registry::all();
    if present.is_empty() {
        text.push_str("  (none)\n");
    }
    for f in present {
        text.push_str(&row(f.name(), f.extensions(), f.description()));
    }
    let absent = registry::absent();
    if !absent.is_empty() {
        text.push_str("known but not compiled in:\n");
        for p in absent {
            text.push_str(&row(p.name, p.extensions, p.description));
        }
    }
    text
}
