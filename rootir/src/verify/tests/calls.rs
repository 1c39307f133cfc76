//! Tests of call checks: direct calls to functions and imports, indirect calls.

use super::{add1, at, errors, expect_one, func, module_of};
use crate::{Callee, FuncId, FuncType, Import, ImportId, InstData, Module, Reg, Type};

/// A module with `add1` (func0) and `f` (func1), and an import `@p(i64) -> f64`.
fn with_callees(f: crate::Function) -> Module {
    let mut m = module_of(vec![add1(), f]);
    let sig = FuncType::new([Type::I64], [Type::F64]);
    m.imports.push(Import { local_name: "p".into(), module: "std".into(), name: "p".into(), sig });
    m
}

#[test]
fn calls_to_functions_and_imports_verify() {
    let f = func(FuncType::new([Type::I32, Type::I64], []), |b| {
        b.call(Callee::Func(FuncId(0)), &[b.param(0)], &[Type::I32]);
        b.call(Callee::Import(ImportId(0)), &[b.param(1)], &[Type::F64]);
        b.ret(&[]);
    });
    assert_eq!(errors(&with_callees(f)), vec![]);
}

#[test]
fn call_targets_exist() {
    let f = func(FuncType::default(), |b| {
        b.call(Callee::Func(FuncId(2)), &[], &[]);
        b.call(Callee::Import(ImportId(1)), &[], &[]);
        b.ret(&[]);
    });
    let errs = errors(&with_callees(f));
    assert_eq!(
        errs,
        vec![
            (at("f", 0, 0), "call target func2 does not exist (the module has 2 functions)".to_string()),
            (at("f", 0, 1), "call target import1 does not exist (the module has 1 import)".to_string()),
        ]
    );
}

#[test]
fn calls_pass_one_argument_per_parameter() {
    let f = func(FuncType::new([Type::I32], []), |b| {
        b.call(Callee::Func(FuncId(0)), &[b.param(0), b.param(0)], &[Type::I32]);
        b.ret(&[]);
    });
    expect_one(&with_callees(f), at("f", 0, 0), "call @add1 has 2 arguments, expected 1");
}

#[test]
fn call_arguments_have_the_parameter_types() {
    let f = func(FuncType::new([Type::I32], []), |b| {
        b.call(Callee::Import(ImportId(0)), &[b.param(0)], &[Type::F64]);
        b.ret(&[]);
    });
    expect_one(&with_callees(f), at("f", 0, 0), "call @p argument 1 (r0) has type i32, expected i64");
}

#[test]
fn calls_have_one_result_register_per_result() {
    let f = func(FuncType::new([Type::I32], []), |b| {
        b.call(Callee::Func(FuncId(0)), &[b.param(0)], &[]);
        b.ret(&[]);
    });
    expect_one(&with_callees(f), at("f", 0, 0), "call @add1 has 0 results, expected 1");
}

#[test]
fn call_results_have_the_result_types() {
    let f = func(FuncType::new([Type::I64], []), |b| {
        b.call(Callee::Import(ImportId(0)), &[b.param(0)], &[Type::F32]);
        b.ret(&[]);
    });
    expect_one(&with_callees(f), at("f", 0, 0), "call @p result 1 (r1) has type f32, expected f64");
}

#[test]
fn call_indirect_addresses_are_i32() {
    let f = func(FuncType::new([Type::I64], []), |b| {
        b.call_indirect(FuncType::default(), b.param(0), &[]);
        b.ret(&[]);
    });
    expect_one(&module_of(vec![f]), at("f", 0, 0), "call_indirect address (r0) has type i64, expected i32");
}

#[test]
fn call_indirect_matches_its_signature() {
    let f = func(FuncType::new([Type::I32, Type::F32], []), |b| {
        let sig = FuncType::new([Type::F32], [Type::I32]);
        let r = b.new_reg(Type::I64);
        b.push(InstData::CallIndirect { results: vec![r], sig: sig.clone(), addr: b.param(0), args: vec![b.param(1)] });
        b.push(InstData::CallIndirect { results: vec![], sig, addr: b.param(0), args: vec![b.param(0)] });
        b.ret(&[]);
    });
    let errs = errors(&module_of(vec![f]));
    assert_eq!(
        errs,
        vec![
            (at("f", 0, 0), "call_indirect result 1 (r2) has type i64, expected i32".to_string()),
            (at("f", 0, 1), "call_indirect argument 1 (r0) has type i32, expected f32".to_string()),
            (at("f", 0, 1), "call_indirect has 0 results, expected 1".to_string()),
        ]
    );
}

#[test]
fn call_indirect_signatures_have_bounded_length() {
    let f = func(FuncType::new([Type::I32], []), |b| {
        let sig = FuncType::new(vec![Type::I32; 65_536], []);
        b.push(InstData::CallIndirect { results: vec![], sig, addr: b.param(0), args: vec![Reg(0); 65_536] });
        b.ret(&[]);
    });
    let msg = "call_indirect signature has 65536 parameters, more than the limit of 65535";
    expect_one(&module_of(vec![f]), at("f", 0, 0), msg);
}
