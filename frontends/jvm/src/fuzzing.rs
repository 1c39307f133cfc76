//! The body of the class-file fuzz target (`fuzz/fuzz_targets/jvm_class.rs`), also run on
//! truncated and corrupted real classes and jars by `tests/hostile.rs`. It panics only on a
//! bug: a panic while translating, or a module the verifier rejects.

use crate::Jvm;
use rootc_frontend::{Frontend, Input, Options};

/// Translates arbitrary bytes as a class file (or, starting with `PK`, a jar), once stopping
/// at the first error and once with `--keep-going`; whatever translates must verify.
/// Returns whether the first translation succeeded.
pub fn translate(data: &[u8]) -> bool {
    let name = if data.starts_with(b"PK") { "/nonexistent-dir/fuzz.jar" } else { "/nonexistent-dir/Fuzz.class" };
    let input = Input::new(name, data.to_vec());
    let strict = check(Jvm.translate(&input, &Options::default()));
    let keep_going = Options { keep_going: true, ..Default::default() };
    check(Jvm.translate(&input, &keep_going));
    strict
}

fn check(result: Result<Vec<rootir::Module>, rootc_frontend::Diagnostics>) -> bool {
    match result {
        Ok(modules) => {
            for m in &modules {
                if let Err(errors) = rootir::verify::verify_module(m) {
                    panic!("the JVM frontend produced invalid rootIR: {errors:?}");
                }
            }
            true
        }
        Err(d) => {
            assert!(!d.is_empty(), "an error without a diagnostic");
            let _ = d.to_string();
            false
        }
    }
}
