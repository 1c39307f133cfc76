//! `rootc pack`: one executable of a program, its modules and the VM.
//!
//! The inputs are read like `rootc run` reads them (`.rira`, `.rir`, or any file a frontend
//! accepts), their modules linked into one archive, loaded once against `std` to catch link
//! errors, and appended with a trailer to a copy of the `rootvm-runner` executable that sits
//! next to `rootc`. The format is in `docs/pack.md` and in [`rootvm_runner::trailer`].

use rootir::{Archive, Module};
use rootvm_runner::Limits;
use rootvm_runner::trailer::{self, ends_with_magic};
use std::path::{Path, PathBuf};

/// The runner's file name.
const RUNNER: &str = "rootvm-runner";
/// An environment variable naming the runner to use instead of the one next to `rootc`.
pub const RUNNER_ENV: &str = "ROOTVM_RUNNER";

/// What `rootc pack` was asked to do.
#[derive(Debug, Clone, Default)]
pub struct PackRequest {
    /// The input files; the first one's entry point is the program's unless `main` is given.
    pub inputs: Vec<PathBuf>,
    /// The executable to write.
    pub output: PathBuf,
    /// The entry point: `module.export`, or an export of the first input's entry module.
    pub main: Option<String>,
    /// Limits recorded in the trailer.
    pub limits: Limits,
    /// Directories the program may read (recorded canonicalised in the packed file).
    pub allow_read: Vec<PathBuf>,
}

/// `rootc pack INPUT... -o APP`
pub fn pack(request: &PackRequest) -> Result<u8, String> {
    let output = &request.output;
    if request.inputs.iter().any(|i| same_file(i, output)) {
        return Err(format!("error: {} is an input; name another output with -o", output.display()));
    }
    let read_dirs = canonical_dirs(&request.allow_read)?;
    let archive = link(&request.inputs, request.main.as_deref(), &Default::default())?;
    let grants = rootvm_runner::run::Grants { read: read_dirs.iter().map(PathBuf::from).collect(), write: Vec::new() };
    rootvm_runner::run::check_granted(&archive, request.limits.config(), &grants)
        .map_err(|e| format!("{e}\n  (while checking the program at pack time)"))?;
    let runner_path = runner()?;
    let runner =
        std::fs::read(&runner_path).map_err(|e| format!("error: cannot read {}: {e}", runner_path.display()))?;
    if ends_with_magic(&runner) {
        return Err(format!("error: {} is a packed program, not the bare runner", runner_path.display()));
    }
    let bytes = trailer::attach_with_grants(&runner, &rootir::archive::encode(&archive), &read_dirs, request.limits);
    write_executable(output, &bytes)?;
    Ok(0)
}

/// Reads every input and links their modules into one archive with the chosen entry point
/// (its module first); `options` are the frontend options of the first input.
pub fn link(inputs: &[PathBuf], main: Option<&str>, options: &rootc_frontend::Options) -> Result<Archive, String> {
    let mut modules: Vec<Module> = Vec::new();
    let mut origin: Vec<&Path> = Vec::new();
    let mut first = None;
    for (input, archive) in inputs.iter().zip(crate::link::read_inputs(inputs, options)?) {
        first.get_or_insert_with(|| archive.manifest.clone());
        for module in archive.modules {
            if let Some(i) = modules.iter().position(|m| m.name == module.name) {
                return Err(format!(
                    "error: module `{}` is defined by both {} and {}",
                    module.name,
                    origin[i].display(),
                    input.display()
                ));
            }
            origin.push(input);
            modules.push(module);
        }
    }
    let first = first.ok_or("error: no input to pack")?;
    let (entry_module, entry_export) = match main {
        Some(name) => match name.split_once('.') {
            Some((m, e)) if modules.iter().any(|x| x.name == m) => (m.to_string(), e.to_string()),
            _ => (first.entry_module, name.to_string()),
        },
        None => (first.entry_module, first.entry_export),
    };
    let at = modules
        .iter()
        .position(|m| m.name == entry_module)
        .ok_or_else(|| format!("error: no module `{entry_module}` in the inputs"))?;
    let entry = modules.remove(at);
    modules.insert(0, entry);
    Ok(Archive::from_modules(modules, &entry_export))
}

/// The `--allow-read` directories as absolute canonical paths, as the trailer records them.
fn canonical_dirs(dirs: &[PathBuf]) -> Result<Vec<String>, String> {
    dirs.iter()
        .map(|d| {
            let real = d.canonicalize().map_err(|e| format!("error: --allow-read {}: {e}", d.display()))?;
            if !real.is_dir() {
                return Err(format!("error: --allow-read {}: not a directory", d.display()));
            }
            match real.to_str() {
                Some(s) if !s.contains('\n') => Ok(s.to_string()),
                _ => Err(format!("error: --allow-read {}: the path is not UTF-8 or has a newline", d.display())),
            }
        })
        .collect()
}

/// The runner to copy: `$ROOTVM_RUNNER`, else `rootvm-runner` next to this executable.
fn runner() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os(RUNNER_ENV) {
        return Ok(PathBuf::from(path));
    }
    let exe = std::env::current_exe().map_err(|e| format!("error: cannot locate rootc itself: {e}"))?;
    let path = exe.with_file_name(format!("{RUNNER}{}", std::env::consts::EXE_SUFFIX));
    if !path.is_file() {
        return Err(format!(
            "error: the runner {} is missing; it is built with rootc (`cargo build -p rootc`, \
             same profile), or name one with {RUNNER_ENV}=PATH",
            path.display()
        ));
    }
    Ok(path)
}

/// Whether two paths name the same existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Writes `bytes` to `path` with the executable bits set.
fn write_executable(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let fail = |e: std::io::Error| format!("error: cannot write {}: {e}", path.display());
    std::fs::write(path, bytes).map_err(fail)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).map_err(fail)?;
    }
    Ok(())
}
