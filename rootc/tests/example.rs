//! `examples/python_calls_c.rs` (Rust → Python → C lifted from x86): the example's own code
//! path gives what CPython and the native C library gave for the same text
//! (corpus/interop/chain, recorded by scripts/record_interop_corpus.sh).

#[allow(dead_code)]
#[path = "../../examples/python_calls_c.rs"]
mod example;

#[test]
fn rust_calls_a_python_function_that_uses_a_lifted_c_library() {
    let expected =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus/interop/chain/expected.stdout"))
            .expect("recorded output");
    let first = expected.lines().next().expect("a line");
    let summary = example::summarise("the quick brown fox jumps over the lazy dog").expect("the scenario runs");
    assert_eq!(summary, first);
}

#[test]
fn an_empty_text_gives_an_empty_summary() {
    assert_eq!(example::summarise("").expect("runs"), "0 words, longest '', 0 vowels, adler32 1");
}
