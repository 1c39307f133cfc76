//! Shared by the library tests (`library.rs`, `shared.rs`): the recorded calls of an
//! `expected_calls.txt` (`sig | args | native result`, written by scripts/record_calls.py), and
//! loading a lifted library with those exports and calling it.

use frontend_x86::X86Frontend;
use rootc_frontend::{Frontend, Input, Options};
use rootvm::{Config, Value, Vm};
use std::path::Path;

/// One recorded call.
pub struct Call {
    /// The signature as `--export` takes it: `name(type, ...) -> type`.
    pub sig: String,
    /// The function's name.
    pub name: String,
    /// The parameter types.
    pub params: Vec<String>,
    /// The result type.
    pub ret: String,
    /// The arguments as written; a string argument keeps its opening `"` (and only that).
    pub args: Vec<String>,
    /// What the native call printed.
    pub expected: String,
}

/// Splits an argument list on spaces, keeping `"quoted text"` together as `"quoted text`.
fn split_args(mut rest: &str) -> Vec<String> {
    let mut args = Vec::new();
    rest = rest.trim();
    while !rest.is_empty() {
        if let Some(s) = rest.strip_prefix('"') {
            let end = s.find('"').expect("closing quote");
            args.push(format!("\"{}", &s[..end]));
            rest = s[end + 1..].trim_start();
        } else {
            let end = rest.find(' ').unwrap_or(rest.len());
            args.push(rest[..end].to_string());
            rest = rest[end..].trim_start();
        }
    }
    args
}

/// The calls recorded in `dir/expected_calls.txt`.
pub fn calls(dir: &Path) -> Vec<Call> {
    let text = std::fs::read_to_string(dir.join("expected_calls.txt")).expect("expected calls");
    text.lines()
        .map(|line| {
            let parts: Vec<&str> = line.split(" | ").collect();
            let sig = parts[0].trim().to_string();
            let (name, rest) = sig.split_once('(').unwrap();
            let (params, ret) = rest.split_once(')').unwrap();
            Call {
                name: name.trim().to_string(),
                params: params.split(',').map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect(),
                ret: ret.trim().trim_start_matches("->").trim().to_string(),
                args: split_args(parts[1]),
                expected: parts[2].trim().to_string(),
                sig,
            }
        })
        .collect()
}

/// The signatures to export: the first call of each function.
pub fn exports(calls: &[Call]) -> Vec<String> {
    let mut exports: Vec<String> = Vec::new();
    for c in calls {
        if !exports.iter().any(|e| e.starts_with(&format!("{}(", c.name))) {
            exports.push(c.sig.clone());
        }
    }
    exports
}

/// Lifts the object or shared object at `path` with `exports` into a VM with the standard
/// library (output discarded); returns the VM and the module's name.
pub fn load(path: &Path, exports: &[String]) -> (Vm, String) {
    let input = Input::read(path).expect("object");
    let mut options = Options::default();
    options.set(&format!("export={}", exports.join(";")));
    let modules = X86Frontend.translate(&input, &options).unwrap_or_else(|d| panic!("{d}"));
    let module = modules[0].name.clone();
    let mut vm = Vm::new(Config::default());
    let sink = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let std_config = rootvm::stdlib::StdConfig { args: Vec::new(), stdout: sink.clone(), stderr: sink };
    rootvm::stdlib::register(&mut vm, std_config);
    vm.load(modules).unwrap();
    (vm, module)
}

/// Copies `bytes` and a terminating zero into the module's memory (the runtime's malloc) and
/// returns the address.
pub fn copy_in(vm: &mut Vm, module: &str, bytes: &[u8]) -> i64 {
    let Value::I64(addr) = vm.call(module, "__rootvm_alloc", &[Value::I64(bytes.len() as i64 + 1)]).unwrap()[0] else {
        panic!("alloc")
    };
    for (k, &b) in bytes.iter().chain([&0u8]).enumerate() {
        vm.call(module, "__rootvm_poke", &[Value::I64(addr + k as i64), Value::I32(b as i32)]).unwrap();
    }
    addr
}

/// The value of one argument of type `ty`: strings are copied into memory.
pub fn arg(vm: &mut Vm, module: &str, ty: &str, text: &str) -> Value {
    if let Some(s) = text.strip_prefix('"') {
        return Value::I64(copy_in(vm, module, s.as_bytes()));
    }
    match ty {
        "int" | "i32" | "u32" => Value::I32(text.parse::<i64>().unwrap() as i32),
        "f64" => Value::F64(text.parse().unwrap()),
        "f32" => Value::F32(text.parse().unwrap()),
        _ => Value::I64(text.parse::<i128>().unwrap() as i64),
    }
}
