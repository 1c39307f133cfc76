//! The Python frontend through the registry, and its diagnostics for bad or unsupported input.

use frontend_python as _; // name the plugin crate, or the linker drops its registration
use rootc_frontend::registry::{self, Lookup};
use rootc_frontend::{Input, Options};

fn translate(src: &str) -> Result<Vec<rootir::Module>, String> {
    let input = Input::new("prog.py", src);
    let frontend = registry::for_input(&input).expect("python frontend found by extension");
    frontend.translate(&input, &Options::default()).map_err(|d| d.to_string())
}

#[test]
fn python_is_registered_and_found_by_extension() {
    assert!(matches!(registry::find("python"), Lookup::Found(_)));
    assert_eq!(registry::for_input(&Input::new("x.py", "pass\n")).map(|f| f.name()), Some("python"));
}

#[test]
fn translated_modules_verify() {
    let src = "def f(a, b=2):\n    return a * b\nclass C:\n    def m(self):\n        return [f(i) for i in range(3)]\nprint(C().m(), f'{f(3):>4}')\n";
    let modules = translate(src).expect("translates");
    for m in &modules {
        rootir::verify::verify_module(m).expect("verifies");
    }
    assert!(modules[0].export("main").is_some());
}

#[test]
fn syntax_errors_name_file_line_and_column() {
    let err = translate("x = 1\nif x\n    pass\n").unwrap_err();
    assert!(err.starts_with("prog.py:2:"), "{err}");
    assert!(err.contains("error: SyntaxError"), "{err}");
}

#[test]
fn unsupported_constructs_are_diagnostics_with_lines() {
    for (src, what) in [
        (
            "async def f(m):\n    return 1 + len([x async for x in m])\n",
            "prog.py:2:20: error: async comprehensions are not supported",
        ),
        (
            "async def f(a, x=1):\n    return [await y for y in a]\n",
            "prog.py:2:13: error: `yield` inside a comprehension, a default value, a decorator, a class body or an assignment target",
        ),
        ("a, *b, *c = [1, 2]\n", "prog.py:1:1: error: multiple starred expressions in assignment"),
        (
            "def g():\n    print([(yield x) for x in range(2)])\n",
            "prog.py:2:13: error: `yield` inside a comprehension, a default value, a decorator, a class body or an assignment target",
        ),
        ("x = 1\nfrom . import util\n", "prog.py:2:1: error: relative imports are not supported yet"),
        (
            "def g():\n    try:\n        pass\n    finally:\n        yield 1\n",
            "prog.py:5:9: error: `yield` inside an `except` or `finally` block is not supported yet",
        ),
    ] {
        let err = translate(src).unwrap_err();
        assert!(err.contains(what), "{src:?}: {err}");
    }
}

#[test]
fn empty_protected_blocks_compile() {
    for src in ["with a:\n    pass\n", "try:\n    pass\nfinally:\n    pass\n", "try:\n    pass\nexcept E:\n    pass\n"]
    {
        translate(src).unwrap();
    }
}

#[test]
fn other_encodings_are_rejected() {
    let err = translate("# -*- coding: latin-1 -*-\nprint(1)\n").unwrap_err();
    assert!(err.contains("prog.py:1:1: error: source encoding `latin-1` is not supported"), "{err}");
    let input = Input::new("bad.py", vec![b'x', b'=', 0xff, b'\n']);
    let frontend = registry::for_input(&input).expect("found");
    assert!(frontend.translate(&input, &Options::default()).is_err());
}

#[test]
fn random_and_truncated_sources_never_panic() {
    for src in [include_str!("../../../corpus/python/classes.py"), include_str!("../../../corpus/python/exceptions.py")]
    {
        for cut in (0..src.len()).step_by(5) {
            frontend_python::fuzz_translate(&src.as_bytes()[..cut]);
        }
    }
    let table = b"()[]{}:=+-*/ \nabcdef0123'\"#,.lambdaifdef";
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..200 {
        let bytes: Vec<u8> = (0..40)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                table[(seed % table.len() as u64) as usize]
            })
            .collect();
        frontend_python::fuzz_translate(&bytes);
    }
}
