//! Bodies of the x86 fuzz targets (`fuzz/fuzz_targets/x86_elf.rs`, `x86_lift.rs`), also run on
//! fixed inputs by `tests/hostile.rs`. Each panics only on a bug: a panic while translating,
//! a lifter panic turned into an "internal error", or a module the verifier rejects.

use crate::X86Frontend;
use rootc_frontend::{Frontend, Input, Options};

/// A small relocatable object (`exitcode.c` at -O2) whose `.text` the lifter target replaces.
const TEMPLATE: &[u8] = include_bytes!("../tests/data/template.o");

/// Translates arbitrary bytes as an object file.
pub fn translate_elf(data: &[u8]) {
    let input = Input::new("fuzz.o", data.to_vec());
    match X86Frontend.translate(&input, &Options::default()) {
        Ok(modules) => {
            for m in &modules {
                if let Err(errors) = rootir::verify::verify_module(m) {
                    panic!("the x86 frontend produced invalid rootIR: {errors:?}");
                }
            }
        }
        Err(d) => {
            let text = d.to_string();
            assert!(!text.contains("internal error"), "{text}");
        }
    }
}

/// Lifts arbitrary bytes as the machine code of the template's `.text` section.
pub fn lift_code(data: &[u8]) {
    use object::{Object, ObjectSection};
    let Ok(file) = object::File::parse(TEMPLATE) else { return };
    let Some((start, size)) = file.section_by_name(".text").and_then(|s| s.file_range()) else { return };
    let mut bytes = TEMPLATE.to_vec();
    for (k, b) in bytes[start as usize..(start + size) as usize].iter_mut().enumerate() {
        *b = data.get(k).copied().unwrap_or(0x90);
    }
    translate_elf(&bytes);
}
