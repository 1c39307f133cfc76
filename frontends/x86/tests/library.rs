//! Exported functions of a library object called with arguments (integers, doubles, floats,
//! strings copied into memory, recursion, switch tables, function pointers), against the
//! results the native library gave (`corpus/x86/lib/expected_calls.txt`).

mod common;
use common::{arg, calls, exports, load};
use frontend_x86::X86Frontend;
use rootc_frontend::{Frontend, Input, Options};
use rootvm::Value;
use std::path::Path;

/// Whether a result is what the native call printed: integers exactly (as the C type of
/// `ret`), floats as numbers.
fn matches(ret: &str, v: &Value, expected: &str) -> bool {
    let int = |x: i128| expected.parse::<i128>().is_ok_and(|e| e == x);
    match (ret, v) {
        ("u32", Value::I32(x)) => int(*x as u32 as i128),
        ("u64", Value::I64(x)) => int(*x as u64 as i128),
        (_, Value::I32(x)) => int(*x as i128),
        (_, Value::I64(x)) => int(*x as i128),
        (_, Value::F32(x)) => expected.parse::<f32>().is_ok_and(|e| e == *x),
        (_, Value::F64(x)) => expected.parse::<f64>().is_ok_and(|e| e == *x),
    }
}

#[test]
fn library_exports_match_the_native_library() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/x86/lib");
    let calls = calls(&dir);
    assert!(calls.len() >= 10);
    let exports = exports(&calls);
    let mut checked = 0;
    for level in [0, 2, 3] {
        let (mut vm, module) = load(&dir.join(format!("mathlib.O{level}.o")), &exports);
        for c in &calls {
            let args: Vec<Value> = c.params.iter().zip(&c.args).map(|(ty, a)| arg(&mut vm, &module, ty, a)).collect();
            let result = vm.call(&module, &c.name, &args).unwrap_or_else(|t| panic!("O{level} {}: {t}", c.sig));
            assert!(
                matches(&c.ret, &result[0], &c.expected),
                "O{level} {} {:?}: lifted {:?}, native {}",
                c.sig,
                c.args,
                result[0],
                c.expected
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 3 * calls.len());
}

#[test]
fn bad_export_signatures_are_errors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/x86/lib");
    let input = Input::read(dir.join("mathlib.O2.o")).expect("object");
    for (sig, msg) in [
        ("nosuch(int) -> int", "no global function `nosuch`"),
        ("add3(int, quux) -> int", "unknown type `quux`"),
        ("add3 int", "no `(`"),
    ] {
        let mut options = Options::default();
        options.set(&format!("export={sig}"));
        let err = X86Frontend.translate(&input, &options).expect_err(sig).to_string();
        assert!(err.contains(msg), "{sig}: {err}");
    }
}

/// Prints what lifting the -O2 corpus makes (`cargo test -p frontend-x86 --test library --
/// --nocapture sizes`): x86, native, stack and register instruction counts, flag writes, and
/// parameters per function. The register form must be smaller than the stack form.
#[test]
fn sizes_of_the_lifted_o2_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/x86/build");
    let mut total = frontend_x86::module::Counts::default();
    let mut objects: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".O2.o"))
        .collect();
    objects.sort();
    for object in &objects {
        let bytes = std::fs::read(object).unwrap();
        frontend_x86::module::build_counting("m", "m.o", &bytes, &[], &mut total).unwrap();
    }
    println!("{} objects at -O2 (runtime included each time): {total:?}", objects.len());
    println!(
        "register/stack instructions {:.1}%, register/x86 {:.2}, parameters per function {:.1} (of 16)",
        100.0 * total.register as f64 / total.stack as f64,
        total.register as f64 / total.x86 as f64,
        total.params as f64 / total.functions as f64
    );
    assert!(total.register < total.stack);
}
