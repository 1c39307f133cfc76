//! The heap formats: `Nullary`, `Ternary` and `StrConst` are typed from the table, and
//! `str.const` names a string constant of the module.

use super::{at, errors, expect_one, module_of};
use crate::{Constant, FuncType, FunctionBuilder, InstData, Opcode, Reg, Type};

/// `@f` builds an `i32` array, stores to it, reads a string constant and returns it.
fn heap_module(constant: u32, constants: Vec<Constant>) -> crate::Module {
    let mut b = FunctionBuilder::new("f", FuncType::new([Type::I32], [Type::Ref]));
    let arr = b.array_new_i32(b.param(0));
    b.array_set_i32(arr, b.param(0), b.param(0));
    let null = b.ref_null();
    let _ = b.ref_eq(arr, null);
    let s = b.str_const(constant);
    b.ret(&[s]);
    let mut m = module_of(vec![b.finish()]);
    m.constants = constants;
    m
}

#[test]
fn well_typed_heap_code_verifies() {
    assert_eq!(errors(&heap_module(1, vec![Constant::Bytes(vec![]), Constant::Str("s".into())])), vec![]);
}

#[test]
fn str_const_needs_an_existing_string_constant() {
    expect_one(
        &heap_module(2, vec![Constant::Str("a".into())]),
        at("f", 0, 4),
        "str.const names c2, which does not exist (the module has 1 constant)",
    );
    expect_one(
        &heap_module(0, vec![Constant::Bytes(vec![1])]),
        at("f", 0, 4),
        "str.const names c0, which is not a string constant",
    );
}

#[test]
fn ternary_operands_are_typed_by_the_table() {
    let mut m = heap_module(0, vec![Constant::Str("a".into())]);
    // array.set_i32 r1, r0, r0 -> array.set_f64 r1, r0, r0: the value must be f64.
    m.functions[0].blocks[0].insts[1].data =
        InstData::Ternary { op: Opcode::ArraySetF64, args: [Reg(1), Reg(0), Reg(0)] };
    expect_one(&m, at("f", 0, 1), "array.set_f64 operand 3 (r0) has type i32, expected f64");
}

#[test]
fn nullary_result_is_typed_by_the_table() {
    let mut m = heap_module(0, vec![Constant::Str("a".into())]);
    m.functions[0].blocks[0].insts[2].data = InstData::Nullary { op: Opcode::RefNull, dst: Reg(0) };
    expect_one(&m, at("f", 0, 2), "ref.null result (r0) has type i32, expected ref");
}

#[test]
fn a_heap_opcode_in_the_wrong_format_is_rejected() {
    let mut m = heap_module(0, vec![Constant::Str("a".into())]);
    m.functions[0].blocks[0].insts[2].data = InstData::Unary { op: Opcode::RefNull, dst: Reg(2), arg: Reg(0) };
    expect_one(&m, at("f", 0, 2), "opcode ref.null has format nullary, but the instruction has format unary");
}
