//! Tests of function-level and block-level checks.

use super::{at, errors, expect_one, func, module_of};
use crate::verify::{Location, MAX_INSTS};
use crate::{Block, BlockData, FuncType, Inst, InstData, Reg, Type};

fn func_loc() -> Location {
    Location::Func("f".into())
}

#[test]
fn function_signatures_have_bounded_length() {
    let f = func(FuncType::new([], vec![Type::I32; 65_536]), |b| b.unreachable());
    expect_one(&module_of(vec![f]), func_loc(), "signature has 65536 results, more than the limit of 65535");
}

#[test]
fn register_count_is_at_most_65535() {
    let mut f = func(FuncType::default(), |b| b.unreachable());
    f.regs = vec![Type::I32; 65_536];
    expect_one(&module_of(vec![f.clone()]), func_loc(), "function has 65536 registers, more than the limit of 65535");
    f.regs.pop();
    assert_eq!(errors(&module_of(vec![f])), vec![]);
}

#[test]
fn parameters_are_the_first_registers() {
    let mut f = func(FuncType::new([Type::I32, Type::I64], []), |b| b.unreachable());
    f.regs.truncate(1);
    expect_one(&module_of(vec![f]), func_loc(), "function has 2 parameters but only 1 register");
}

#[test]
fn parameter_registers_have_the_parameter_types() {
    let mut f = func(FuncType::new([Type::I32, Type::F64], []), |b| b.ret(&[]));
    f.regs[1] = Type::F32;
    expect_one(&module_of(vec![f]), func_loc(), "register r1 has type f32, but parameter 2 has type f64");
}

#[test]
fn functions_have_blocks() {
    let mut f = func(FuncType::default(), |_| {});
    f.blocks.clear();
    expect_one(&module_of(vec![f]), func_loc(), "function has no blocks");
}

#[test]
fn instruction_count_is_bounded() {
    let mut f = func(FuncType::default(), |b| {
        let r = b.i32_const(0);
        for _ in 0..MAX_INSTS - 2 {
            b.mov(r, r);
        }
        b.ret(&[]);
    });
    assert_eq!(errors(&module_of(vec![f.clone()])), vec![]);
    f.blocks[0].insts.insert(0, Inst::new(InstData::Mov { dst: Reg(0), src: Reg(0) }));
    expect_one(&module_of(vec![f]), func_loc(), "function has 1000001 instructions, more than the limit of 1000000");
}

#[test]
fn blocks_are_not_empty() {
    let mut f = func(FuncType::default(), |b| b.ret(&[]));
    f.blocks.push(BlockData::default());
    expect_one(&module_of(vec![f]), Location::Block("f".into(), Block(1)), "block is empty");
}

#[test]
fn blocks_end_with_a_terminator() {
    let f = func(FuncType::default(), |b| {
        b.i64_const(3);
    });
    let msg = "block does not end with a terminator (its last instruction is i64.const)";
    expect_one(&module_of(vec![f]), Location::Block("f".into(), Block(0)), msg);
}

#[test]
fn terminators_only_end_blocks() {
    let f = func(FuncType::default(), |b| {
        b.ret(&[]);
        b.unreachable();
    });
    expect_one(&module_of(vec![f]), at("f", 0, 0), "terminator ret before the end of the block");
}

#[test]
fn terminators_are_recognised_by_their_format_not_their_opcode() {
    // A `Const` carrying the opcode `br` is a malformed constant, not a terminator.
    let f = func(FuncType::default(), |b| {
        let r = b.new_reg(Type::I32);
        b.push(InstData::Const { op: crate::Opcode::Br, dst: r, bits: 0 });
    });
    let errs = errors(&module_of(vec![f]));
    assert_eq!(
        errs,
        vec![
            (
                Location::Block("f".into(), Block(0)),
                "block does not end with a terminator (its last instruction is br)".to_string()
            ),
            (at("f", 0, 0), "opcode br has format jump, but the instruction has format const".to_string()),
        ]
    );
}
