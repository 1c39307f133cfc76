//! Bodies of the x86 fuzz targets (`fuzz/fuzz_targets/x86_elf.rs`, `x86_lift.rs`), also run on
//! fixed inputs by `tests/hostile.rs` and `tests/shared.rs`. Shared objects are translated with
//! their global functions exported, so what those reach is linked and lifted. Each panics only on a bug: a panic while translating,
//! a lifter panic turned into an "internal error", or a module the verifier rejects.

use crate::X86Frontend;
use rootc_frontend::{Frontend, Input, Options};

/// A small relocatable object (`exitcode.c` at -O2) whose `.text` the lifter target replaces.
const TEMPLATE: &[u8] = include_bytes!("../tests/data/template.o");

/// `shlib.so` without symbols (`corpus/x86/so`, `scripts/record_x86_so.sh`), whose `.text` the
/// shared-object lifter target replaces.
const TEMPLATE_SO: &[u8] = include_bytes!("../../../corpus/x86/so/shlib.stripped.so");

/// Export signatures for the first global functions of a shared object (none for other input).
fn shared_exports(data: &[u8]) -> Options {
    let mut options = Options::default();
    if !crate::dynamic::is_shared(data) {
        return options;
    }
    let Ok(shared) = crate::dynamic::load("fuzz.so", data) else { return options };
    let sigs: Vec<String> = shared
        .funcs
        .iter()
        .filter(|f| f.global && crate::sig::parse(&format!("{}()", f.name)).is_ok())
        .take(16)
        .map(|f| format!("{}(i64, i64) -> i64", f.name))
        .collect();
    options.set(&format!("export={}", sigs.join(";")));
    options
}

/// Translates arbitrary bytes as an object file or a shared object.
pub fn translate_elf(data: &[u8]) {
    let input = Input::new("fuzz.o", data.to_vec());
    match X86Frontend.translate(&input, &shared_exports(data)) {
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
    lift_code_in(TEMPLATE, data);
}

/// Lifts arbitrary bytes as the machine code of a shared object's `.text` section.
pub fn lift_shared_code(data: &[u8]) {
    lift_code_in(TEMPLATE_SO, data);
}

fn lift_code_in(template: &[u8], data: &[u8]) {
    use object::{Object, ObjectSection};
    let Ok(file) = object::File::parse(template) else { return };
    let Some((start, size)) = file.section_by_name(".text").and_then(|s| s.file_range()) else { return };
    let mut bytes = template.to_vec();
    for (k, b) in bytes[start as usize..(start + size) as usize].iter_mut().enumerate() {
        *b = data.get(k).copied().unwrap_or(0x90);
    }
    translate_elf(&bytes);
}
