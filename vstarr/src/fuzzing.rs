//! The body of the `translate_stack` fuzz target, kept in the library so a fixed-budget
//! `#[test]` runs it too: arbitrary bytes decode into a stack program, which either fails to
//! translate with an [`crate::Error`] or translates into a function that passes
//! `rootir::verify::verify_module` and both checkers. Anything else panics.
//!
//! Programs are functions of a fixed module ([`env`]): a memory, globals, a string constant,
//! an interface and two classes with fields and a method, so any operation of the table, with
//! any (often invalid) non-register operand, may appear.

use crate::operation::{Attr, Operation};
use crate::stack::{Handler, Imm, Shuffle, StackFunction, StackInst};
use rootir::{
    Callee, ClassId, FieldRef, Format, FuncId, FuncType, GlobalId, ImportId, MethodRef, Module, Opcode, Type,
};
use std::sync::OnceLock;

const TYPES: [Type; 4] = [Type::I32, Type::I64, Type::F32, Type::F64];

/// The module decoded programs belong to: function 0 is the program (a placeholder here),
/// 1 the helper `h`, 2 the method `A.m`.
const ENV: &str = r#"module fuzz
import @p = std.print_i64(i64)
memory 65536 max 65536
global $k: i32 = 1
global mut $g: i64 = 0
global mut $r: ref = null
const c0 = "fuzz"
const c1 = bytes "\x00"
interface I {
  method m(ref) -> i32
}
class A implements I {
  field x: i32
  field next: ref
  method m(ref) -> i32 = @m
}
class B extends A {
  field y: f64
}
func @f() {
b0:
  ret
}
func @h(r0: i32, r1: i64) -> i64 {
b0:
  ret r1
}
func @m(r0: ref) -> i32 {
  regs r1: i32
b0:
  r1 = obj.get A.x, r0
  ret r1
}
"#;

/// The module decoded programs are typed in (the program's placeholder has no signature).
pub fn env() -> &'static Module {
    static ENV_MODULE: OnceLock<Module> = OnceLock::new();
    ENV_MODULE.get_or_init(|| {
        let mut modules =
            rootir::text::parse(ENV, "fuzz env").unwrap_or_else(|e| panic!("the fuzz module parses: {e}"));
        modules.remove(0)
    })
}

/// A random operation with a random (often invalid) non-register operand.
fn operation(b: &mut Bytes) -> Operation {
    let op = Opcode::ALL[(usize::from(b.byte()) << 8 | usize::from(b.byte())) % Opcode::ALL.len()];
    let small = |b: &mut Bytes| u32::from(b.byte() % 4);
    let attr = match op.format() {
        Format::Const => Attr::Bits(b.u64() & if b.byte().is_multiple_of(2) { 0xffff_ffff } else { u64::MAX }),
        Format::Load | Format::Store => Attr::Offset(u32::from(b.byte())),
        Format::StrConst => Attr::Str(small(b)),
        Format::GlobalGet | Format::GlobalSet => Attr::Global(GlobalId(small(b))),
        Format::FuncAddr => Attr::Func(FuncId(small(b))),
        Format::New | Format::ClassTest => Attr::Class(ClassId(small(b))),
        Format::FieldGet | Format::FieldSet => Attr::Field(FieldRef { class: ClassId(small(b)), field: small(b) }),
        Format::CallMethod => Attr::Method(MethodRef { class: ClassId(small(b)), method: small(b) }),
        Format::Call if b.byte().is_multiple_of(2) => Attr::Callee(Callee::Import(ImportId(small(b) % 2))),
        Format::Call => Attr::Callee(Callee::Func(FuncId(small(b)))),
        Format::CallIndirect => {
            Attr::Sig([helper_sig(), FuncType::new([Type::Ref], [Type::I32])][usize::from(b.byte() % 2)].clone())
        }
        _ => Attr::None,
    };
    Operation { op, attr }
}

/// Reads bytes; past the end it reads zeros.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn byte(&mut self) -> u8 {
        let (&b, rest) = self.0.split_first().unwrap_or((&0, &[]));
        self.0 = rest;
        b
    }
    fn u64(&mut self) -> u64 {
        (0..8).fold(0, |acc, _| acc << 8 | u64::from(self.byte()))
    }
}

/// Decodes `data` into a stack function `f` (0 to 3 parameters and up to 4 more locals of
/// any type, 0 to 2 results, 0 to 3 handler entries) that may call itself and
/// `h: (i32, i64) -> i64`.
pub fn decode(data: &[u8]) -> StackFunction {
    let mut b = Bytes(data);
    let nparams = usize::from(b.byte() % 4);
    let nlocals = nparams + usize::from(b.byte() % 5);
    let all = [Type::I32, Type::I64, Type::F32, Type::F64, Type::Ref, Type::Any];
    let locals: Vec<Type> = (0..nlocals).map(|_| all[usize::from(b.byte() % 6)]).collect();
    let results: Vec<Type> = (0..b.byte() % 3).map(|_| TYPES[usize::from(b.byte() % 4)]).collect();
    let sig = FuncType::new(locals[..nparams].to_vec(), results);
    let max_stack = u32::from(b.byte() % 12);
    let len = 1 + usize::from(b.byte() % 64);
    let target = |b: &mut Bytes| u32::from(b.byte()) % (len as u32 + 1);
    let handlers: Vec<Handler> = (0..b.byte() % 4)
        .map(|_| {
            let start = target(&mut b);
            let end = start + 1 + u32::from(b.byte() % 8);
            Handler { start, end, handler: target(&mut b) }
        })
        .collect();
    let mut code = Vec::with_capacity(len);
    // The stack form carries numbers only (`to_stack` refuses `ref`/`any`): no heap operations.
    let ops: Vec<Opcode> = Opcode::ALL.iter().copied().filter(|op| !op.is_heap()).collect();
    while code.len() < len && !b.0.is_empty() {
        code.push(match b.byte() % 13 {
            0 => {
                let ty = TYPES[usize::from(b.byte() % 4)];
                let bits = b.u64();
                let bits = if matches!(ty, Type::I32 | Type::F32) { bits & 0xffff_ffff } else { bits };
                StackInst::Push(Imm { ty, bits })
            }
            1 => StackInst::Load(u32::from(b.byte() % 8)),
            2 => StackInst::Store(u32::from(b.byte() % 8)),
            3 | 4 => {
                let i = (usize::from(b.byte()) << 8 | usize::from(b.byte())) % ops.len();
                StackInst::Op(ops[i])
            }
            5 => StackInst::Shuffle(Shuffle::ALL[usize::from(b.byte() % 8)]),
            6 => StackInst::Jump(target(&mut b)),
            7 => StackInst::BranchIf(target(&mut b)),
            8 => {
                let targets = (0..b.byte() % 4).map(|_| target(&mut b)).collect();
                StackInst::Switch { targets, default: target(&mut b) }
            }
            9 => StackInst::Call { callee: Callee::Func(FuncId(1)), sig: helper_sig() },
            10 | 11 => StackInst::Inst(operation(&mut b)),
            _ => StackInst::Return,
        });
    }
    if code.is_empty() {
        code.push(StackInst::Return);
    }
    let len = code.len() as u32;
    let mut handlers: Vec<Handler> = handlers.into_iter().map(|h| Handler { end: h.end.min(len), ..h }).collect();
    if !handlers.is_empty() {
        // A handler stub no normal flow reaches: drop or keep the exception, then go back
        // into the code (a loop with a handler) or end.
        code.push(StackInst::Op(Opcode::Unreachable));
        let at = code.len() as u32;
        code.push(if b.byte().is_multiple_of(2) {
            StackInst::Shuffle(Shuffle::Pop)
        } else {
            StackInst::Store(u32::from(b.byte() % 8))
        });
        // Reads a local: it lives into the handler (pinned).
        code.extend([StackInst::Load(u32::from(b.byte() % 8)), StackInst::Shuffle(Shuffle::Pop)]);
        code.push(match b.byte() % 3 {
            0 => StackInst::Jump(target(&mut b)),
            1 => StackInst::Op(Opcode::Unreachable),
            _ => StackInst::Return,
        });
        for h in &mut handlers {
            if !b.byte().is_multiple_of(4) {
                h.handler = at;
            }
        }
    }
    StackFunction { name: "f".into(), sig, locals, max_stack, code, unit: None, handlers }
}

fn helper_sig() -> FuncType {
    FuncType::new([Type::I32, Type::I64], [Type::I64])
}

/// The helper `h` decoded programs call: returns its `i64` argument.
pub fn helper() -> rootir::Function {
    let h = StackFunction {
        name: "h".into(),
        sig: helper_sig(),
        locals: vec![Type::I32, Type::I64],
        max_stack: 1,
        code: vec![StackInst::Load(1), StackInst::Return],
        unit: None,
        handlers: Vec::new(),
    };
    crate::translate_with(&h, &crate::NoModule, true)
        .map(|t| t.func)
        .unwrap_or_else(|e| panic!("the helper translates: {e}"))
}

/// The fuzz target: decodes `data`, translates with both checkers on, and panics if the
/// translation panics, a checker fails, the verifier rejects the output, or the output does
/// not go back through [`crate::to_stack`] and translate again. Returns whether
/// the program translated.
pub fn translate_stack(data: &[u8]) -> bool {
    let f = decode(data);
    let mut m = env().clone();
    m.functions[0] = rootir::Function { name: f.name.clone(), sig: f.sig.clone(), ..Default::default() };
    m.functions[1] = helper();
    match crate::translate_with(&f, &m, true) {
        Ok(t) => {
            m.functions[0] = t.func;
            if let Err(e) = rootir::verify::verify_module(&m) {
                panic!("the verifier rejects a translation: {e:?}\n{f:#?}");
            }
            // And back: register → stack → register must work on every translation.
            let back = crate::to_stack(&m, &m.functions[0]).unwrap_or_else(|e| panic!("to_stack: {e}\n{f:#?}"));
            if let Err(e) = crate::translate_with(&back, &m, true) {
                panic!("the round trip does not translate: {e}\n{back:#?}");
            }
            true
        }
        Err(e) => {
            assert!(!e.message.starts_with("internal"), "internal error {e} on\n{f:#?}");
            false
        }
    }
}
