//! Reading programs from `.rir` text or `.rira` archives.

use rootir::Archive;
use std::path::Path;

/// Reads a program: a `.rira` archive, or `.rir` text (entry point `main` of the first module).
pub fn read(path: &Path) -> Result<Archive, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("error: cannot read {}: {e}", path.display()))?;
    if is_archive(path, &bytes) {
        return rootir::archive::decode(&bytes).map_err(|e| format!("error: {}: {e}", path.display()));
    }
    let text = std::str::from_utf8(&bytes).map_err(|e| {
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
