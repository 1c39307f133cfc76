//! Shared objects: the committed `corpus/x86/so/shlib.so` (and its stripped copy) called with
//! the arguments of `calls.txt` against the results the native library gave
//! (`expected_calls.txt`, recorded by `scripts/record_x86_so.sh`); undefined symbols reached
//! from an export are named; truncated and mutated `.so` files are errors, never panics.
//! The system's `libz.so.1` (when present) is checked in `libz.rs`.

mod common;
use common::{arg, calls, exports, load};
use frontend_x86::X86Frontend;
use rootc_frontend::{Frontend, Input, Options};
use rootvm::Value;
use std::path::{Path, PathBuf};

fn so_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/x86/so")
}

#[test]
fn shared_object_exports_match_the_native_library() {
    let calls = calls(&so_dir());
    assert!(calls.len() >= 10);
    let exports = exports(&calls);
    for file in ["shlib.so", "shlib.stripped.so"] {
        let (mut vm, module) = load(&so_dir().join(file), &exports);
        for c in &calls {
            let args: Vec<Value> = c.params.iter().zip(&c.args).map(|(ty, a)| arg(&mut vm, &module, ty, a)).collect();
            let result = vm.call(&module, &c.name, &args).unwrap_or_else(|t| panic!("{file} {}: {t}", c.sig));
            let got = match result[0] {
                Value::I64(v) => v as u64,
                Value::I32(v) => v as u32 as u64,
                ref other => panic!("{other:?}"),
            };
            let want = c.expected.parse::<i128>().unwrap().rem_euclid(1 << 64) as u64;
            let want = if c.ret == "int" { want as u32 as u64 } else { want };
            assert_eq!(got, want, "{file} {} {:?}", c.sig, c.args);
        }
    }
}

#[test]
fn an_undefined_symbol_reached_from_an_export_is_named() {
    let input = Input::read(so_dir().join("shlib.so")).expect("shared object");
    let mut options = Options::default();
    options.set("export=uses_unknown(int) -> int");
    let err = X86Frontend.translate(&input, &options).expect_err("undefined").to_string();
    assert!(err.contains("`unknown_extern_function` (used by uses_unknown"), "{err}");
    assert!(err.contains("shlib.so"), "{err}");
    // Not reached: not an error, and not lifted.
    options.set("export=bump(i64) -> i64");
    let modules = X86Frontend.translate(&input, &options).unwrap_or_else(|d| panic!("{d}"));
    let names: Vec<&str> = modules[0].functions.iter().map(|f| f.name.as_str()).collect();
    assert!(names.contains(&"bump") && !names.contains(&"uses_unknown") && !names.contains(&"fnv1a"), "{names:?}");
}

#[test]
fn a_table_of_function_pointers_is_followed_when_reached_code_refers_to_it() {
    let input = Input::read(so_dir().join("shlib.so")).expect("shared object");
    let mut options = Options::default();
    options.set("export=apply_op(int, i64, i64) -> i64");
    let modules = X86Frontend.translate(&input, &options).unwrap_or_else(|d| panic!("{d}"));
    let names: Vec<&str> = modules[0].functions.iter().map(|f| f.name.as_str()).collect();
    for op in ["op_add", "op_sub", "op_mul", "op_max"] {
        assert!(names.contains(&op), "{op} missing from {names:?}");
    }
    // `.init_array`'s `frame_dummy`: no reached code refers to it.
    assert!(!names.contains(&"frame_dummy"), "{names:?}");
}

fn translate(bytes: Vec<u8>) -> Result<(), String> {
    let input = Input::new("hostile.so", bytes);
    let mut options = Options::default();
    options.set("export=fnv1a_str(ptr) -> u64;apply_op(int, i64, i64) -> i64");
    let result = std::panic::catch_unwind(|| X86Frontend.translate(&input, &options));
    match result {
        Err(_) => Err("panicked".into()),
        Ok(Ok(modules)) => {
            for m in &modules {
                if let Err(errors) = rootir::verify::verify_module(m) {
                    return Err(format!("invalid rootIR: {errors:?}"));
                }
            }
            Ok(())
        }
        Ok(Err(d)) if d.to_string().contains("internal error") => Err(format!("lifter panic: {d}")),
        Ok(Err(d)) if !d.to_string().contains("hostile.so") => Err(format!("error without the file name: {d}")),
        Ok(Err(_)) => Ok(()),
    }
}

#[test]
fn truncated_shared_objects_are_errors_naming_the_file() {
    let so = std::fs::read(so_dir().join("shlib.so")).unwrap();
    for cut in (0..so.len()).step_by(61).chain([so.len() - 1]) {
        assert_eq!(translate(so[..cut].to_vec()), Ok(()), "truncated at {cut}");
    }
}

#[test]
fn mutated_shared_objects_never_panic() {
    let so = std::fs::read(so_dir().join("shlib.stripped.so")).unwrap();
    let mut state = 0x2545f4914f6cdd1du64;
    for round in 0..300 {
        let mut bytes = so.clone();
        for _ in 0..1 + round % 8 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            // Mostly the headers and tables at the start, sometimes anywhere.
            let span = if round % 3 == 0 { bytes.len() } else { 0x800 };
            let at = (state % span as u64) as usize;
            bytes[at] = (state >> 32) as u8;
        }
        assert_eq!(translate(bytes), Ok(()), "round {round}");
    }
}

#[test]
fn the_fuzz_bodies_take_shared_objects() {
    let so = std::fs::read(so_dir().join("shlib.so")).unwrap();
    frontend_x86::fuzzing::translate_elf(&so);
    let mut state = 0x9e3779b97f4a7c15u64;
    for n in [0usize, 16, 200, 2000] {
        let code: Vec<u8> = (0..n)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state as u8
            })
            .collect();
        frontend_x86::fuzzing::lift_shared_code(&code);
    }
}
