//! Tests of instruction checks on data operations: ranges, formats, source
//! positions, memory, typed operations, moves, selects, globals, addresses.

use super::{at, errors, expect_one, func, module_of, module_with_memory, valid};
use crate::{FileId, FuncId, FuncType, Global, GlobalId, InstData, Opcode, Reg, SrcLoc, Type};

fn global(name: &str, ty: Type, mutable: bool) -> Global {
    Global { name: name.into(), ty, mutable, init: 0 }
}

#[test]
fn registers_are_in_range_and_reported_once_each() {
    let f = func(FuncType::default(), |b| {
        let r = b.new_reg(Type::I32);
        b.push(InstData::Binary { op: Opcode::I32Add, dst: Reg(7), lhs: r, rhs: Reg(7) });
        b.push(InstData::Binary { op: Opcode::I32Add, dst: r, lhs: Reg(9), rhs: Reg(9) });
        b.ret(&[]);
    });
    let errs = errors(&module_of(vec![f]));
    assert_eq!(
        errs,
        vec![
            (at("f", 0, 0), "register r7 out of range (the function has 1 register)".to_string()),
            (at("f", 0, 1), "register r9 out of range (the function has 1 register)".to_string()),
        ]
    );
}

#[test]
fn opcodes_match_their_instruction_format() {
    let f = func(FuncType::default(), |b| {
        let r = b.new_reg(Type::I32);
        b.push(InstData::Unary { op: Opcode::I32Add, dst: r, arg: r });
        b.ret(&[]);
    });
    let msg = "opcode i32.add has format binary, but the instruction has format unary";
    expect_one(&module_of(vec![f]), at("f", 0, 0), msg);
}

#[test]
fn source_positions_name_existing_files() {
    let mut m = valid();
    m.functions[1].blocks[2].insts[0].loc = SrcLoc::Line { file: FileId(1), line: 1, col: 0 };
    expect_one(&m, at("main", 2, 0), "source position names file f1, which does not exist (the module has 1 file)");
    let mut m = valid();
    m.functions[1].blocks[0].insts[16].loc = SrcLoc::Offset { file: FileId(u32::MAX), offset: 0 };
    let msg = "source position names file f4294967295, which does not exist (the module has 1 file)";
    expect_one(&m, at("main", 0, 16), msg);
}

#[test]
fn memory_instructions_need_a_memory() {
    let f = func(FuncType::default(), |b| {
        let a = b.i64_const(0);
        let v = b.i32_load(a, 0);
        b.i32_store(a, 4, v);
        b.memory_size();
        b.ret(&[]);
    });
    let errs = errors(&module_of(vec![f]));
    assert_eq!(
        errs,
        vec![
            (at("f", 0, 1), "i32.load in a module without memory".to_string()),
            (at("f", 0, 2), "i32.store in a module without memory".to_string()),
            (at("f", 0, 3), "memory.size in a module without memory".to_string()),
        ]
    );
}

#[test]
fn typed_operands_have_the_table_types() {
    let f = func(FuncType::new([Type::I32, Type::I64], []), |b| {
        b.i32_add(b.param(0), b.param(1));
        b.ret(&[]);
    });
    expect_one(&module_of(vec![f]), at("f", 0, 0), "i32.add operand 2 (r1) has type i64, expected i32");
}

#[test]
fn typed_results_have_the_table_type() {
    let f = func(FuncType::new([Type::F64], []), |b| {
        let dst = b.new_reg(Type::I64);
        b.push(InstData::Unary { op: Opcode::F64Sqrt, dst, arg: b.param(0) });
        b.ret(&[]);
    });
    expect_one(&module_of(vec![f]), at("f", 0, 0), "f64.sqrt result (r1) has type i64, expected f64");
}

#[test]
fn loads_take_an_i64_address() {
    let f = func(FuncType::new([Type::I32], []), |b| {
        b.f64_load(b.param(0), 8);
        b.ret(&[]);
    });
    expect_one(&module_with_memory(vec![f]), at("f", 0, 0), "f64.load operand 1 (r0) has type i32, expected i64");
}

#[test]
fn stores_take_a_value_of_their_type() {
    let f = func(FuncType::new([Type::I64, Type::F32], []), |b| {
        b.i32_store16(b.param(0), 0, b.param(1));
        b.ret(&[]);
    });
    expect_one(&module_with_memory(vec![f]), at("f", 0, 0), "i32.store16 operand 2 (r1) has type f32, expected i32");
}

#[test]
fn constants_have_their_type() {
    let f = func(FuncType::default(), |b| {
        let dst = b.new_reg(Type::F32);
        b.push(InstData::Const { op: Opcode::I32Const, dst, bits: 1 });
        b.ret(&[]);
    });
    expect_one(&module_of(vec![f]), at("f", 0, 0), "i32.const result (r0) has type f32, expected i32");
}

#[test]
fn narrow_constants_fit_in_32_bits() {
    let f = func(FuncType::default(), |b| {
        let dst = b.new_reg(Type::F32);
        b.push(InstData::Const { op: Opcode::F32Const, dst, bits: 1 << 32 });
        let dst = b.new_reg(Type::I64);
        b.push(InstData::Const { op: Opcode::I64Const, dst, bits: u64::MAX });
        b.ret(&[]);
    });
    expect_one(&module_of(vec![f]), at("f", 0, 0), "f32.const immediate 0x100000000 does not fit in 32 bits");
}

#[test]
fn moves_keep_the_type() {
    let f = func(FuncType::new([Type::Ref, Type::Any], []), |b| b.mov(b.param(1), b.param(0)));
    let mut f = f;
    f.blocks[0].insts.push(crate::Inst::new(InstData::Return { values: vec![] }));
    expect_one(&module_of(vec![f]), at("f", 0, 0), "mov operand 1 (r0) has type ref, expected any");
}

#[test]
fn selects_have_an_i32_condition() {
    let f = func(FuncType::new([Type::I64, Type::F64, Type::F64], []), |b| {
        b.select(Type::F64, b.param(0), b.param(1), b.param(2));
        b.ret(&[]);
    });
    expect_one(&module_of(vec![f]), at("f", 0, 0), "select operand 1 (r0) has type i64, expected i32");
}

#[test]
fn selects_choose_between_values_of_the_result_type() {
    let f = func(FuncType::new([Type::I32, Type::F64, Type::F32], []), |b| {
        b.select(Type::F64, b.param(0), b.param(1), b.param(2));
        b.ret(&[]);
    });
    expect_one(&module_of(vec![f]), at("f", 0, 0), "select operand 3 (r2) has type f32, expected f64");
}

#[test]
fn globals_exist() {
    let f = func(FuncType::new([Type::I32], []), |b| {
        b.global_get(Type::I32, GlobalId(0));
        b.global_set(GlobalId(3), b.param(0));
        b.ret(&[]);
    });
    let mut m = module_of(vec![f]);
    m.globals.push(global("g", Type::I32, true));
    expect_one(&m, at("f", 0, 1), "global.set names global3, which does not exist (the module has 1 global)");
}

#[test]
fn global_get_results_have_the_global_type() {
    let f = func(FuncType::default(), |b| {
        b.global_get(Type::I64, GlobalId(0));
        b.ret(&[]);
    });
    let mut m = module_of(vec![f]);
    m.globals.push(global("g", Type::I32, false));
    expect_one(&m, at("f", 0, 0), "global.get $g result (r0) has type i64, expected i32");
}

#[test]
fn global_set_values_have_the_global_type() {
    let f = func(FuncType::new([Type::F32], []), |b| {
        b.global_set(GlobalId(0), b.param(0));
        b.ret(&[]);
    });
    let mut m = module_of(vec![f]);
    m.globals.push(global("g", Type::F64, true));
    expect_one(&m, at("f", 0, 0), "global.set $g operand 1 (r0) has type f32, expected f64");
}

#[test]
fn global_set_writes_only_mutable_globals() {
    let f = func(FuncType::new([Type::Any], []), |b| {
        b.global_set(GlobalId(0), b.param(0));
        b.ret(&[]);
    });
    let mut m = module_of(vec![f]);
    m.globals.push(global("g", Type::Any, false));
    expect_one(&m, at("f", 0, 0), "global.set writes immutable global $g");
}

#[test]
fn func_addr_names_an_existing_function() {
    let f = func(FuncType::default(), |b| {
        b.func_addr(FuncId(1));
        b.ret(&[]);
    });
    expect_one(
        &module_of(vec![f]),
        at("f", 0, 0),
        "func.addr names func1, which does not exist (the module has 1 function)",
    );
}

#[test]
fn func_addr_results_are_i32() {
    let f = func(FuncType::default(), |b| {
        let dst = b.new_reg(Type::I64);
        b.push(InstData::FuncAddr { dst, func: FuncId(0) });
        b.ret(&[]);
    });
    expect_one(&module_of(vec![f]), at("f", 0, 0), "func.addr result (r0) has type i64, expected i32");
}

#[test]
fn memory_size_results_are_i64() {
    let f = func(FuncType::default(), |b| {
        let dst = b.new_reg(Type::I32);
        b.push(InstData::MemorySize { dst });
        b.ret(&[]);
    });
    expect_one(&module_with_memory(vec![f]), at("f", 0, 0), "memory.size result (r0) has type i32, expected i64");
}
