//! Tests of control-flow checks: jumps, branches, switches, returns.

use super::{at, errors, expect_one, func, module_of};
use crate::{Block, FuncType, Type};

#[test]
fn jump_targets_exist() {
    let f = func(FuncType::default(), |b| b.br(Block(1)));
    expect_one(&module_of(vec![f]), at("f", 0, 0), "br target b1 does not exist (the function has 1 block)");
}

#[test]
fn branch_conditions_are_i32() {
    let f = func(FuncType::new([Type::F32], []), |b| {
        let b1 = b.new_block();
        b.br_if(b.param(0), b1, b1);
        b.switch_to(b1);
        b.ret(&[]);
    });
    expect_one(&module_of(vec![f]), at("f", 0, 0), "br_if operand 1 (r0) has type f32, expected i32");
}

#[test]
fn branch_targets_exist() {
    let f = func(FuncType::new([Type::I32], []), |b| b.br_if(b.param(0), Block(0), Block(u32::MAX)));
    let msg = "br_if target b4294967295 does not exist (the function has 1 block)";
    expect_one(&module_of(vec![f]), at("f", 0, 0), msg);
}

#[test]
fn switch_indexes_are_i32() {
    let f = func(FuncType::new([Type::I64], []), |b| {
        let b1 = b.new_block();
        b.br_table(b.param(0), vec![], b1);
        b.switch_to(b1);
        b.ret(&[]);
    });
    expect_one(&module_of(vec![f]), at("f", 0, 0), "br_table operand 1 (r0) has type i64, expected i32");
}

#[test]
fn switch_targets_and_default_exist() {
    let f = func(FuncType::new([Type::I32], []), |b| b.br_table(b.param(0), vec![Block(0), Block(2)], Block(3)));
    let errs = errors(&module_of(vec![f]));
    assert_eq!(
        errs,
        vec![
            (at("f", 0, 0), "br_table target b2 does not exist (the function has 1 block)".to_string()),
            (at("f", 0, 0), "br_table target b3 does not exist (the function has 1 block)".to_string()),
        ]
    );
}

#[test]
fn returns_have_one_value_per_result() {
    let f = func(FuncType::new([Type::I32], [Type::I32, Type::I32]), |b| b.ret(&[b.param(0)]));
    expect_one(&module_of(vec![f]), at("f", 0, 0), "ret has 1 value, expected 2");
}

#[test]
fn return_values_have_the_result_types() {
    let f = func(FuncType::new([Type::I32, Type::F64], [Type::I32, Type::I64]), |b| b.ret(&[b.param(0), b.param(1)]));
    expect_one(&module_of(vec![f]), at("f", 0, 0), "ret value 2 (r1) has type f64, expected i64");
}
