//! Verifier tests: one valid module, then one module per check that violates
//! exactly that check, then several errors at once and hostile modules.

mod calls;
mod classes;
mod control;
mod data;
mod function;
mod handlers;
mod heap;
mod hostile;
mod module;

use super::{Location, verify_module};
use crate::{
    Block, Callee, DataSegment, Export, FuncId, FuncType, Function, FunctionBuilder, Global, GlobalId, Import,
    ImportId, Memory, Module, SrcLoc, Type,
};

/// The errors of `module` as (location, message) pairs; empty if it verifies.
pub(super) fn errors(module: &Module) -> Vec<(Location, String)> {
    match verify_module(module) {
        Ok(()) => Vec::new(),
        Err(errs) => errs.into_iter().map(|e| (e.location, e.message)).collect(),
    }
}

/// Asserts that `module` fails with exactly one error, at `location`, saying `message`.
#[track_caller]
pub(super) fn expect_one(module: &Module, location: Location, message: &str) {
    assert_eq!(errors(module), vec![(location, message.to_string())]);
}

/// The location of instruction `index` of block `block` of function `func`.
pub(super) fn at(func: &str, block: u32, index: usize) -> Location {
    Location::Inst(func.to_string(), Block(block), index)
}

/// A module named `m` holding `funcs`.
pub(super) fn module_of(funcs: Vec<Function>) -> Module {
    Module { functions: funcs, ..Module::new("m") }
}

/// A module named `m` with a 64 KiB memory holding `funcs`.
pub(super) fn module_with_memory(funcs: Vec<Function>) -> Module {
    Module { memory: Some(Memory { initial: 65536, max: 65536 }), ..module_of(funcs) }
}

/// A function `f` with signature `sig`, built by `body`.
pub(super) fn func(sig: FuncType, body: impl FnOnce(&mut FunctionBuilder)) -> Function {
    let mut b = FunctionBuilder::new("f", sig);
    body(&mut b);
    b.finish()
}

/// `add1(i32) -> i32`.
pub(super) fn add1() -> Function {
    let mut b = FunctionBuilder::new("add1", FuncType::new([Type::I32], [Type::I32]));
    let one = b.i32_const(1);
    let sum = b.i32_add(b.param(0), one);
    b.ret(&[sum]);
    b.finish()
}

/// `main() -> i64`, using every instruction format once.
fn main_func() -> Function {
    let mut b = FunctionBuilder::new("main", FuncType::new([], [Type::I64]));
    let (b1, b2, b3) = (b.new_block(), b.new_block(), b.new_block());
    b.set_loc(SrcLoc::Line { file: crate::FileId(0), line: 3, col: 1 });
    let five = b.i32_const(5);
    let r = b.call(Callee::Func(FuncId(0)), &[five], &[Type::I32])[0];
    let fa = b.func_addr(FuncId(0));
    let r2 = b.call_indirect(FuncType::new([Type::I32], [Type::I32]), fa, &[five])[0];
    let c = b.i32_eq(r, r2);
    let s = b.select(Type::I32, c, r, r2);
    let copy = b.new_reg(Type::I32);
    b.mov(copy, s);
    let g = b.global_get(Type::I64, GlobalId(0));
    let one = b.i64_const(1);
    let g2 = b.i64_add(g, one);
    b.global_set(GlobalId(0), g2);
    b.call(Callee::Import(ImportId(0)), &[g2], &[]);
    let addr = b.i64_const(16);
    let v = b.i64_load8_u(addr, 0);
    b.i64_store(addr, 8, v);
    let size = b.memory_size();
    b.set_loc(SrcLoc::Offset { file: crate::FileId(0), offset: 0x1c });
    b.br_if(c, b1, b2);
    b.switch_to(b1);
    b.set_loc(SrcLoc::Addr(0x401000));
    b.br_table(copy, vec![b2, b3], b3);
    b.switch_to(b2);
    b.ret(&[size]);
    b.switch_to(b3);
    b.unreachable();
    b.finish()
}

/// A module that uses every kind of item and every instruction format, and verifies.
pub(super) fn valid() -> Module {
    Module {
        files: vec!["demo.c".into()],
        imports: vec![Import {
            local_name: "print".into(),
            module: "std".into(),
            name: "print_i64".into(),
            sig: FuncType::new([Type::I64], []),
        }],
        globals: vec![
            Global { name: "count".into(), ty: Type::I64, mutable: true, init: u64::MAX },
            Global { name: "limit".into(), ty: Type::I32, mutable: false, init: 0xffff_ffff },
            Global { name: "ratio".into(), ty: Type::F32, mutable: false, init: 1.5f32.to_bits().into() },
            Global { name: "obj".into(), ty: Type::Ref, mutable: true, init: 0 },
            Global { name: "dyn".into(), ty: Type::Any, mutable: true, init: 0 },
        ],
        constants: vec![crate::Constant::Str("hi".into())],
        memory: Some(Memory { initial: 65536, max: 1 << 32 }),
        data: vec![DataSegment { offset: 16, bytes: b"hello".to_vec() }, DataSegment { offset: 65535, bytes: vec![1] }],
        functions: vec![add1(), main_func()],
        exports: vec![Export { name: "main".into(), func: FuncId(1) }, Export { name: "inc".into(), func: FuncId(0) }],
        ..Module::new("demo")
    }
}

#[test]
fn the_valid_module_verifies() {
    assert_eq!(errors(&valid()), vec![]);
}

#[test]
fn a_module_with_nothing_verifies() {
    assert_eq!(errors(&Module::new("empty")), vec![]);
}

#[test]
fn several_errors_are_all_reported_in_order() {
    let mut m = valid();
    m.exports.push(Export { name: "main".into(), func: FuncId(9) });
    m.functions[0].blocks[0].insts.pop();
    let main = &mut m.functions[1];
    main.blocks[3].insts.clear();
    main.regs[0] = Type::F64;
    let errs = errors(&m);
    let want = vec![
        (Location::Module, "duplicate export name main".to_string()),
        (Location::Module, "export main names func9, which does not exist (the module has 2 functions)".to_string()),
        (
            Location::Block("add1".into(), Block(0)),
            "block does not end with a terminator (its last instruction is i32.add)".to_string(),
        ),
        (at("main", 0, 0), "i32.const result (r0) has type f64, expected i32".to_string()),
        (at("main", 0, 1), "call @add1 argument 1 (r0) has type f64, expected i32".to_string()),
        (at("main", 0, 3), "call_indirect argument 1 (r0) has type f64, expected i32".to_string()),
        (Location::Block("main".into(), Block(3)), "block is empty".to_string()),
    ];
    assert_eq!(errs, want);
}

#[test]
fn errors_display_module_and_location() {
    let mut m = valid();
    m.functions[1].blocks[3].insts.clear();
    let err = verify_module(&m).unwrap_err();
    assert_eq!(err[0].to_string(), "demo: @main b3: block is empty");
}
