//! `print(parse(x)) == x` for canonical text and `parse(print(m)) == m` for built modules.

use super::every_op::every_op_module;
use super::{SAMPLE, parse_ok};
use crate::text::print;
use crate::{FuncType, FunctionBuilder, Module, Type};

#[test]
fn canonical_text_prints_back_identically() {
    assert_eq!(print(&parse_ok(SAMPLE)), SAMPLE);
}

#[test]
fn every_opcode_module_round_trips() {
    let m = every_op_module();
    let text = print(std::slice::from_ref(&m));
    let back = parse_ok(&text);
    assert_eq!(back.len(), 1);
    assert_eq!(back[0], m, "text was:\n{text}");
    assert_eq!(print(&back), text);
}

#[test]
fn several_modules_round_trip() {
    let mut b = FunctionBuilder::new("f", FuncType::new([Type::F32], [Type::F32]));
    let x = b.f32_const(f32::from_bits(0x7f80_0001));
    let y = b.f32_mul(b.param(0), x);
    b.ret(&[y]);
    let mut second = Module::new("second");
    second.functions.push(b.finish());
    let modules = vec![every_op_module(), Module::new(""), second];
    let text = print(&modules);
    assert!(text.contains("}\n\nmodule \"\"\n\nmodule second\n"), "{text}");
    assert_eq!(parse_ok(&text), modules);
}

#[test]
fn text_without_line_breaks_parses_the_same() {
    let one_line = SAMPLE.replace('\n', " ");
    assert_eq!(parse_ok(&one_line), parse_ok(SAMPLE));
    let m = every_op_module();
    let text = print(std::slice::from_ref(&m)).replace('\n', "\t");
    assert_eq!(parse_ok(&text), vec![m]);
}

#[test]
fn comments_and_spacing_are_ignored() {
    let noisy: String = SAMPLE
        .lines()
        .map(|l| format!("  {} ; comment \"with a quote\n\t; a comment line\n\n", l.replace(", ", " ,\t")))
        .collect();
    assert_eq!(print(&parse_ok(&noisy)), SAMPLE);
}
