//! Reading programs from `.rir` text, `.rira` archives, or any language a frontend reads.

use rootc_frontend::{Input, Options, registry};
use rootir::Archive;
use std::path::Path;

/// Reads a program: a `.rira` archive (by extension or magic bytes), `.rir` text (entry point
/// `main` of the first module), or a file a registered frontend accepts (by extension or magic
/// bytes), translated with default options. Any other file is read as `.rir` text.
pub fn read(path: &Path) -> Result<Archive, String> {
    read_with(path, &Options::default())
}

/// [`read`], with these options for a frontend.
pub fn read_with(path: &Path, options: &Options) -> Result<Archive, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("error: cannot read {}: {e}", path.display()))?;
    if is_archive(path, &bytes) {
        return rootir::archive::decode(&bytes).map_err(|e| format!("error: {}: {e}", path.display()));
    }
    if path.extension().is_none_or(|e| e != "rir") {
        let input = Input::new(path, bytes);
        if let Some(frontend) = registry::for_input(&input) {
            return crate::frontends::translate(frontend, &input, options);
        }
        return read_text(path, &input.bytes);
    }
    read_text(path, &bytes)
}

/// Parses `.rir` text.
fn read_text(path: &Path, bytes: &[u8]) -> Result<Archive, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!("error: {}: not a .rira archive, and not UTF-8 .rir text (byte {})", path.display(), e.valid_up_to())
    })?;
    let modules = rootir::text::parse(text, &path.display().to_string()).map_err(|e| format!("error: {e}"))?;
    if modules.is_empty() {
        return Err(format!("error: {}: no module in file", path.display()));
    }
    Ok(Archive::from_modules(modules, "main"))
}

/// Whether a file is an archive: by extension, or by its magic bytes.
fn is_archive(path: &Path, bytes: &[u8]) -> bool {
    path.extension().is_some_and(|e| e == "rira") || bytes.starts_with(&rootir::archive::MAGIC)
}

/// Every verifier error of the archive's modules, one indented line each.
pub fn verification_errors(archive: &Archive) -> Vec<String> {
    archive
        .modules
        .iter()
        .filter_map(|m| rootir::verify::verify_module(m).err())
        .flatten()
        .map(|e| format!("  {e}"))
        .collect()
}
