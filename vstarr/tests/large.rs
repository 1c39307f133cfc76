//! A very large function: many locals, all live around one loop, and many blocks. It
//! translates, verifies and computes what the reference interpreter computes; the test prints
//! the translation time (not a timed test: nothing is asserted about it).
//!
//! `VSTARR_LARGE_INSTS=50000 VSTARR_LARGE_LOCALS=5000 cargo test --release -p vstarr --test
//! large -- --nocapture` is the measurement quoted in docs/vstarr.md.

mod support;

use rootir::fuzzing::Rng;
use rootir::{Export, FuncId, FuncType, Module, Opcode, Type};
use rootvm::{Config, Value, Vm};
use std::time::Instant;
use vstarr::stack::{Imm, Shuffle, StackFunction, StackInst::*};

fn env(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|s| s.parse().ok()).unwrap_or(default)
}

/// `(n: i32) -> i32`: `n` times a body of `insts` instructions over `locals` locals (`i32` and
/// `i64` alternately) computing and storing, with forward diamonds; returns a mix of all locals.
pub fn large(insts: usize, locals: usize, rng: &mut Rng) -> StackFunction {
    let types: Vec<Type> = (0..locals).map(|l| if l % 2 == 0 { Type::I32 } else { Type::I64 }).collect();
    let of = |ty: Type, rng: &mut Rng| loop {
        let l = 1 + rng.below(locals - 1);
        if types[l] == ty {
            return l as u32;
        }
    };
    let mut code = Vec::with_capacity(insts + 16);
    // The tail reads every local: 2 instructions per `i32` local, 3 per `i64` one.
    let tail = 8 + 5 * locals / 2;
    while code.len() + tail < insts {
        let ty = if rng.below(2) == 0 { Type::I32 } else { Type::I64 };
        if rng.below(10) == 0 {
            // if (a) b += 1
            let (a, b) = (of(Type::I32, rng), of(ty, rng));
            let end = (code.len() + 6) as u32;
            let one = if ty == Type::I32 { Imm::i32(1) } else { Imm::i64(1) };
            let add = if ty == Type::I32 { Opcode::I32Add } else { Opcode::I64Add };
            code.extend([Load(a), BranchIf(end), Load(b), Push(one), Op(add), Store(b)]);
        } else {
            let ops = if ty == Type::I32 {
                [Opcode::I32Add, Opcode::I32Sub, Opcode::I32Mul, Opcode::I32Xor]
            } else {
                [Opcode::I64Add, Opcode::I64Sub, Opcode::I64Mul, Opcode::I64Xor]
            };
            let (a, b, c) = (of(ty, rng), of(ty, rng), of(ty, rng));
            code.extend([Load(a), Load(b), Op(ops[rng.below(4)]), Store(c)]);
        }
    }
    // while (--n != 0)
    code.extend([Load(0), Push(Imm::i32(1)), Op(Opcode::I32Sub), Shuffle(Shuffle::Dup), Store(0), BranchIf(0)]);
    // The result: every local (so all are live around the loop), i64 ones wrapped.
    code.push(Push(Imm::i32(0)));
    for (l, &ty) in types.iter().enumerate().skip(1) {
        code.push(Load(l as u32));
        if ty == Type::I64 {
            code.push(Op(Opcode::I32WrapI64));
        }
        code.push(Op(Opcode::I32Xor));
    }
    code.push(Return);
    StackFunction {
        name: "large".into(),
        sig: FuncType::new([Type::I32], [Type::I32]),
        locals: types,
        max_stack: 4,
        code,
        unit: None,
        handlers: Vec::new(),
    }
}

#[test]
fn a_large_function_translates_and_runs_as_the_reference() {
    let (insts, locals) = (env("VSTARR_LARGE_INSTS", 5_000), env("VSTARR_LARGE_LOCALS", 500));
    let f = large(insts, locals, &mut Rng::new(0x1a7e));
    let start = Instant::now();
    let plain = vstarr::translate_with(&f, &vstarr::NoModule, false).expect("translates");
    let translate = start.elapsed();
    let start = Instant::now();
    let checked = vstarr::translate_with(&f, &vstarr::NoModule, true).expect("translates with the checkers");
    let with_checks = start.elapsed();
    assert_eq!(plain.func, checked.func);
    let func = checked.func;
    eprintln!(
        "large function: {} stack instructions, {locals} locals -> {} instructions, {} registers; \
         translation {translate:?}, with the three checkers {with_checks:?}",
        f.code.len(),
        func.inst_count(),
        func.regs.len()
    );
    let mut module = Module::new("l");
    module.functions.push(func);
    module.exports.push(Export { name: "large".into(), func: FuncId(0) });
    rootir::verify::verify_module(&module).expect("verifies");
    let mut vm = Vm::new(Config::default());
    vm.load(vec![module]).expect("loads");
    for n in [1, 3] {
        let expected = support::interpret(std::slice::from_ref(&f), 0, &[n as u64]).expect("no trap");
        let actual = vm.call("l", "large", &[Value::I32(n)]).expect("runs");
        assert_eq!(actual.iter().map(|v| v.to_slot()).collect::<Vec<_>>(), expected, "n = {n}");
    }
}
