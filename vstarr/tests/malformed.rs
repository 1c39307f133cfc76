//! Hostile input: malformed stack programs get an `Error` naming the function and the
//! instruction, never a panic; whatever translates passes the verifier.

mod support;

use rootir::fuzzing::Rng;
use rootir::{Callee, ClassId, Export, FuncId, FuncType, GlobalId, Module, Opcode, Type};
use support::{Gen, constant, helper};
use vstarr::stack::{Imm, Shuffle, StackFunction, StackInst, StackInst::*};
use vstarr::{Attr, Operation};

fn func(code: Vec<StackInst>, results: &[Type]) -> StackFunction {
    StackFunction {
        name: "bad".into(),
        sig: FuncType::new([Type::I32], results.to_vec()),
        locals: vec![Type::I32, Type::I64],
        max_stack: 4,
        code,
        unit: None,
        handlers: Vec::new(),
    }
}

fn error_of(f: &StackFunction) -> vstarr::Error {
    match vstarr::translate(f) {
        Ok(out) => panic!("translated a malformed program: {out:?}"),
        Err(e) => e,
    }
}

#[test]
fn each_kind_of_malformed_program_is_an_error_with_its_location() {
    let i32s = [Type::I32];
    let cases: Vec<(StackFunction, Option<u32>, &str)> = vec![
        (func(vec![Op(Opcode::I32Add), Return], &i32s), Some(0), "underflow"),
        (func(vec![Load(1), Return], &i32s), Some(1), "expected i32"),
        (func(vec![Jump(7)], &[]), Some(0), "past the end"),
        (func(vec![Load(9), Return], &i32s), Some(0), "no local 9"),
        (func(vec![Push(Imm::i32(1))], &[]), Some(0), "falls off"),
        (func(vec![Op(Opcode::Mov), Return], &[]), Some(0), "mov is not an operation of stack form"),
        (func(vec![Op(Opcode::BrIf), Return], &[]), Some(0), "br_if is not an operation of stack form"),
        (func(vec![Op(Opcode::I32Load), Return], &[]), Some(0), "i32.load needs an operand of kind offset"),
        (func(vec![Op(Opcode::ObjNew), Return], &[]), Some(0), "obj.new needs an operand of kind class"),
        (func(vec![Inst(Operation::with(Opcode::I32Load, Attr::Offset(0))), Return], &[]), Some(0), "without memory"),
        (
            func(vec![Inst(Operation::with(Opcode::GlobalGet, Attr::Global(GlobalId(0)))), Return], &[]),
            Some(0),
            "does not exist",
        ),
        (
            func(vec![Inst(Operation::with(Opcode::ObjNew, Attr::Class(ClassId(3)))), Return], &[]),
            Some(0),
            "does not exist",
        ),
        (
            func(vec![Inst(Operation::with(Opcode::I32Add, Attr::Offset(1))), Return], &[]),
            Some(0),
            "needs an operand of kind none",
        ),
        (func(vec![Op(Opcode::ArrayLen), Return], &[]), Some(0), "underflow"),
        (func(vec![Load(0); 6].into_iter().chain([Return]).collect(), &[]), Some(4), "overflow"),
        (func(vec![], &[]), None, "no instructions"),
        (func(vec![Shuffle(Shuffle::Dup2X2), Return], &[]), Some(0), "underflow"),
        // Join with different heights: the branch target is reached with [] and with [i32].
        (func(vec![Load(0), Load(0), BranchIf(4), Shuffle(Shuffle::Pop), Return], &[]), Some(3), "join"),
        // Join with different types: [i32] from one side, [i64] from the other.
        (func(vec![Load(0), Load(0), BranchIf(5), Shuffle(Shuffle::Pop), Load(1), Return], &[]), Some(4), "join"),
        (func(vec![Load(0), Switch { targets: vec![1, 99], default: 1 }, Return], &[]), Some(1), "past the end"),
    ];
    for (f, offset, words) in cases {
        let e = error_of(&f);
        assert_eq!(e.function, "bad");
        assert_eq!(e.offset, offset, "{e}");
        assert!(e.to_string().contains(words), "`{e}` should say `{words}`");
    }
    let mut wrong_params = func(vec![Return], &[]);
    wrong_params.locals = vec![Type::F64];
    assert!(error_of(&wrong_params).message.contains("parameters"));
    let mut refs = func(vec![Load(2), Return], &[Type::I32]);
    refs.locals.push(Type::Ref);
    assert!(error_of(&refs).message.contains("expected i32 on the stack, found ref"));
}

/// A random instruction, often nonsense.
fn random_inst(rng: &mut Rng, len: u32) -> StackInst {
    let target = |rng: &mut Rng| rng.below(len as usize + 2) as u32;
    match rng.below(10) {
        0 => {
            let ty = [Type::I32, Type::I64, Type::F32, Type::F64][rng.below(4)];
            Push(constant(rng, ty))
        }
        1 => Load(rng.below(5) as u32),
        2 => Store(rng.below(5) as u32),
        3 => Op(rootir::Opcode::ALL[rng.below(rootir::Opcode::ALL.len())]),
        4 => Shuffle(Shuffle::ALL[rng.below(8)]),
        5 => Jump(target(rng)),
        6 => BranchIf(target(rng)),
        7 => Switch { targets: (0..rng.below(3)).map(|_| target(rng)).collect(), default: target(rng) },
        8 => Call { callee: Callee::Func(FuncId(1)), sig: FuncType::new([Type::I32, Type::I64], [Type::I64]) },
        _ => Return,
    }
}

fn assert_ok_output_verifies(f: &StackFunction) -> bool {
    match vstarr::translate(f) {
        Ok(out) => {
            let mut m = Module::new("m");
            m.functions.push(out);
            m.functions.push(vstarr::translate(&helper()).expect("helper"));
            m.exports.push(Export { name: "f".into(), func: FuncId(0) });
            if let Err(e) = rootir::verify::verify_module(&m) {
                panic!("translation rejected by the verifier: {e:?}\n{f:#?}");
            }
            true
        }
        Err(e) => {
            assert_eq!(e.function, f.name);
            false
        }
    }
}

#[test]
fn random_and_mutated_programs_never_panic_and_valid_output_verifies() {
    let mut rng = Rng::new(0xbad_c0de);
    let mut accepted = 0;
    for _ in 0..3000 {
        let len = 1 + rng.below(12) as u32;
        let code = (0..len).map(|_| random_inst(&mut rng, len)).collect();
        let mut f = func(code, &[Type::I32][..rng.below(2)]);
        f.max_stack = rng.below(6) as u32;
        accepted += usize::from(assert_ok_output_verifies(&f));
    }
    for _ in 0..1000 {
        let mut f = Gen::new(&mut rng).function();
        for _ in 0..1 + rng.below(3) {
            if f.code.is_empty() {
                break;
            }
            let len = f.code.len() as u32;
            let at = rng.below(f.code.len());
            match rng.below(3) {
                0 => f.code[at] = random_inst(&mut rng, len),
                1 => {
                    f.code.remove(at);
                }
                _ => f.code.insert(at, random_inst(&mut rng, len)),
            }
        }
        if f.code.is_empty() {
            continue;
        }
        accepted += usize::from(assert_ok_output_verifies(&f));
    }
    assert!(accepted > 50, "some random programs should be valid ({accepted})");
}
