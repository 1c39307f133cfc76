//! Corrupt ELF files give errors naming the file and the place: the section and offset of a
//! bad relocation, the address of a bad dynamic relocation.

use frontend_x86::X86Frontend;
use object::{Object, ObjectSection};
use rootc_frontend::{Frontend, Input, Options};
use std::path::Path;

fn corpus(rel: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/x86").join(rel)).expect("corpus file")
}

fn error(name: &str, bytes: Vec<u8>, exports: &str) -> String {
    let mut options = Options::default();
    options.set(&format!("export={exports}"));
    X86Frontend.translate(&Input::new(name, bytes), &options).expect_err("corrupt").to_string()
}

/// The file range of the first section whose name starts with `prefix`.
fn section(bytes: &[u8], prefix: &str) -> (usize, usize) {
    let file = object::File::parse(bytes).unwrap();
    let sec = file.sections().find(|s| s.name().is_ok_and(|n| n.starts_with(prefix))).unwrap();
    let (start, size) = sec.file_range().unwrap();
    (start as usize, size as usize)
}

#[test]
fn a_relocation_outside_its_section_names_object_section_and_offset() {
    let mut bytes = corpus("build/exitcode.O2.o");
    let (rela, _) = section(&bytes, ".rela.text");
    bytes[rela..rela + 8].copy_from_slice(&0xfff0u64.to_le_bytes());
    let err = error("bad.o", bytes, "");
    assert!(err.contains("bad.o: relocation of section .text") && err.contains("offset 0xfff0"), "{err}");
}

#[test]
fn a_dynamic_relocation_outside_the_segments_names_its_address() {
    let mut bytes = corpus("so/shlib.so");
    let (rela, _) = section(&bytes, ".rela.dyn");
    bytes[rela..rela + 8].copy_from_slice(&0x7f_0000u64.to_le_bytes());
    let err = error("bad.so", bytes, "bump(i64) -> i64");
    assert!(err.contains("bad.so: dynamic relocation at 0x7f0000"), "{err}");
}

#[test]
fn an_unsupported_dynamic_relocation_type_is_named() {
    let mut bytes = corpus("so/shlib.so");
    let (rela, _) = section(&bytes, ".rela.dyn");
    // r_info's low 32 bits are the type: R_X86_64_TPOFF64 (18).
    bytes[rela + 8..rela + 12].copy_from_slice(&18u32.to_le_bytes());
    let err = error("bad.so", bytes, "bump(i64) -> i64");
    assert!(err.contains("unsupported dynamic relocation type 18"), "{err}");
}
