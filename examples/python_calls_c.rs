//! The seed scenario of issue 8: a Rust program that loads a Python module which imports a C
//! library lifted from x86, and calls a Python function.
//!
//! ```sh
//! cargo run -p rootc --example python_calls_c -- "the quick brown fox"
//! ```
//!
//! The Python module is `corpus/interop/chain/stats.py` (`import checksum`); the C library is
//! `corpus/interop/chain/checksum.o` (`gcc -O2 -c checksum.c`). Both are translated in-process
//! by the frontends, linked into one VM (Python's `str` crosses into the C function's memory
//! as `(ptr, len)` through the VM's adapters), and `stats.summary(text)` is called with a
//! guest string made from Rust. `rootc/tests/example.rs` runs [`summarise`].

use frontend_python as _;
use frontend_x86 as _;
use rootc_frontend::{Input, Options, registry};
use rootir::Module;
use rootvm::{Arg, Config};
use std::path::{Path, PathBuf};

/// The directory holding `stats.py` and `checksum.o`.
fn scenario_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/interop/chain")
}

/// Translates `file` with frontend `name`.
fn translate(name: &str, file: &Path, options: &Options) -> Result<Vec<Module>, String> {
    let frontend = registry::get(name).map_err(|e| format!("{e}"))?;
    let input = Input::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    frontend.translate(&input, options).map_err(|d| d.to_string())
}

/// The exports of `m` with their numbers of parameters (what the Python frontend binds to).
fn exports(m: &Module) -> Vec<(String, usize)> {
    m.exports.iter().map(|e| (e.name.clone(), m.functions[e.func.index()].sig.params.len())).collect()
}

/// Loads `stats.py` and the lifted `checksum.o` into one VM and returns `stats.summary(text)`.
pub fn summarise(text: &str) -> Result<String, String> {
    let dir = scenario_dir();
    // The C library: its exports and their C signatures, as `rootc from-x86 --export` takes them.
    let mut c_options = Options::default();
    c_options.settings.insert("export".into(), "adler32(ptr, i64) -> i64;vowels(ptr, i64) -> i64".into());
    let c = translate("x86", &dir.join("checksum.o"), &c_options)?;
    // The Python module, told which module `import checksum` names.
    let mut py_options = Options::default();
    for m in &c {
        py_options.add_extern(&m.name, &exports(m));
    }
    let py = translate("python", &dir.join("stats.py"), &py_options)?;
    let modules: Vec<Module> = py.into_iter().chain(c).collect();
    let archive = rootir::Archive::from_modules(modules, "main");
    // A VM with limits, the Python runtime and `std` (Python's print), the program loaded.
    let config = Config { fuel: Some(100_000_000), max_heap_bytes: 64 << 20, ..Config::default() };
    let std_config = rootvm::stdlib::StdConfig::process(Vec::new());
    let mut vm = rootvm_runner::run::instantiate(archive, config, std_config)?;
    let arg = vm.new_string(text).map_err(|t| t.to_string())?;
    let results = vm.call_with_refs("stats", "summary", &[Arg::Ref(arg)]).map_err(|t| t.to_string())?;
    match results.first() {
        Some(Arg::Ref(handle)) => vm.string_of(handle).map_err(|t| t.to_string()),
        _ => Err("stats.summary returned no object".into()),
    }
}

#[allow(dead_code)]
fn main() {
    let text = std::env::args().nth(1).unwrap_or_else(|| "the quick brown fox jumps over the lazy dog".into());
    match summarise(&text) {
        Ok(summary) => println!("{summary}"),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
