//! Untrusted input: random bytes, truncated and mutated objects, random machine code. The
//! frontend must answer with an error or a module, never panic.

use frontend_x86::X86Frontend;
use rootc_frontend::{Frontend, Input, Options};
use std::path::Path;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn translate(bytes: Vec<u8>) -> Result<(), String> {
    let input = Input::new("hostile.o", bytes);
    let result = std::panic::catch_unwind(|| X86Frontend.translate(&input, &Options::default()));
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
        Ok(Err(_)) => Ok(()),
    }
}

fn object() -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/x86/build/exitcode.O2.o");
    std::fs::read(path).expect("corpus object")
}

#[test]
fn random_bytes_and_truncations_are_errors() {
    let mut rng = Rng(0x9e3779b97f4a7c15);
    for n in [0usize, 1, 4, 16, 64, 200, 1000] {
        let mut bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        assert!(translate(bytes.clone()).is_ok());
        if n >= 6 {
            bytes[..6].copy_from_slice(b"\x7fELF\x02\x01");
            assert!(translate(bytes).is_ok());
        }
    }
    let obj = object();
    for cut in (0..obj.len()).step_by(97) {
        assert_eq!(translate(obj[..cut].to_vec()), Ok(()), "truncated at {cut}");
    }
}

#[test]
fn mutated_objects_never_panic() {
    let obj = object();
    let mut rng = Rng(12345);
    for round in 0..24 {
        let mut bytes = obj.clone();
        for _ in 0..1 + round % 8 {
            let i = (rng.next() as usize) % bytes.len();
            bytes[i] = rng.next() as u8;
        }
        assert_eq!(translate(bytes), Ok(()), "round {round}");
    }
}

#[test]
fn random_machine_code_is_lifted_or_rejected() {
    let mut rng = Rng(777);
    for _ in 0..16 {
        let code: Vec<u8> = (0..200).map(|_| rng.next() as u8).collect();
        frontend_x86::fuzzing::lift_code(&code);
    }
}

#[test]
fn unknown_imports_are_named() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/uses_qsort.o");
    let input = Input::read(path).expect("test object");
    let err = X86Frontend.translate(&input, &Options::default()).expect_err("qsort is not provided");
    assert!(err.to_string().contains("`qsort`"), "{err}");
}
