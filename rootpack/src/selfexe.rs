//! Finding and reading the program attached to the running executable.

use crate::trailer::read_packed;
use std::fs::File;
use std::path::PathBuf;

/// Opens the running executable: `/proc/self/exe` where it exists (it names the file even if
/// it was moved or deleted since), else [`std::env::current_exe`].
fn open_self() -> Result<(PathBuf, File), String> {
    let shown = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("rootvm-runner"));
    if let Ok(file) = File::open("/proc/self/exe") {
        return Ok((shown, file));
    }
    let file = File::open(&shown).map_err(|e| format!("error: cannot open {}: {e}", shown.display()))?;
    Ok((shown, file))
}

/// Reads, checks, decodes and runs the program attached to this executable with the process
/// arguments and the limits recorded at pack time.
pub fn run_self() -> Result<u8, String> {
    let (path, mut file) = open_self()?;
    let (trailer, payload) = read_packed(&mut file).map_err(|e| format!("error: {}: {e}", path.display()))?;
    drop(file);
    let (archive, read_dirs) =
        crate::trailer::grants_of(&trailer, &payload).map_err(|e| format!("error: {}: {e}", path.display()))?;
    let archive = rootir::archive::decode(archive)
        .map_err(|e| format!("error: {}: the packed program is damaged: {e}", path.display()))?;
    let args = std::env::args_os()
        .skip(1)
        .enumerate()
        .map(|(i, a)| a.into_string().map_err(|_| format!("error: argument {} is not valid UTF-8", i + 1)))
        .collect::<Result<Vec<_>, _>>()?;
    let grants = crate::run::Grants { read: read_dirs.into_iter().map(PathBuf::from).collect(), write: Vec::new() };
    crate::run::run_granted(archive, trailer.limits.config(), args, &grants)
}
