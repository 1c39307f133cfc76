//! The stack form: a function as instructions over an operand stack and numbered locals.
//!
//! Every value, whatever its type, takes **one** stack slot and one local. The JVM's
//! category-2 values (`long`, `double`) take two slots there; the JVM frontend maps its
//! two-slot shuffles (`dup2` over one `long`, ...) to these one-slot ones before it
//! builds a [`StackFunction`], so the shuffles here only ever move whole values.
//!
//! Branch targets are instruction indices into [`StackFunction::code`] (a frontend maps
//! bytecode offsets to indices); errors name the index as the instruction's offset.

use crate::operation::Operation;
use rootir::{Callee, FileId, FuncType, Opcode, Type};

/// A constant pushed by [`StackInst::Push`]: a type and the value's bits, zero-extended
/// (as in [`rootir::InstData::Const`]: `i32` and `f32` use the low 32 bits).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Imm {
    /// The value's type (numeric: `i32 i64 f32 f64`).
    pub ty: Type,
    /// The value's bits.
    pub bits: u64,
}

impl Imm {
    /// An `i32` constant.
    pub fn i32(v: i32) -> Imm {
        Imm { ty: Type::I32, bits: v as u32 as u64 }
    }
    /// An `i64` constant.
    pub fn i64(v: i64) -> Imm {
        Imm { ty: Type::I64, bits: v as u64 }
    }
    /// An `f32` constant (bit-exact).
    pub fn f32(v: f32) -> Imm {
        Imm { ty: Type::F32, bits: v.to_bits() as u64 }
    }
    /// An `f64` constant (bit-exact).
    pub fn f64(v: f64) -> Imm {
        Imm { ty: Type::F64, bits: v.to_bits() }
    }
    /// The zero of a numeric type (the value of a local before its first store).
    pub fn zero(ty: Type) -> Imm {
        Imm { ty, bits: 0 }
    }
}

/// A stack shuffle, with the JVM's meaning over one-slot values. Stacks are written
/// bottom to top, `v1` is the top.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Shuffle {
    /// `v1 → v1 v1`
    Dup,
    /// `v1 →`
    Pop,
    /// `v2 v1 → v1 v2`
    Swap,
    /// `v2 v1 → v1 v2 v1`
    DupX1,
    /// `v3 v2 v1 → v1 v3 v2 v1`
    DupX2,
    /// `v2 v1 → v2 v1 v2 v1`
    Dup2,
    /// `v3 v2 v1 → v2 v1 v3 v2 v1`
    Dup2X1,
    /// `v4 v3 v2 v1 → v2 v1 v4 v3 v2 v1`
    Dup2X2,
}

impl Shuffle {
    /// Every shuffle.
    pub const ALL: [Shuffle; 8] = [
        Shuffle::Dup,
        Shuffle::Pop,
        Shuffle::Swap,
        Shuffle::DupX1,
        Shuffle::DupX2,
        Shuffle::Dup2,
        Shuffle::Dup2X1,
        Shuffle::Dup2X2,
    ];

    /// How many values the shuffle pops, and what it pushes back: indices into the popped
    /// values, bottom first (`0` is the deepest popped value).
    pub fn pattern(self) -> (usize, &'static [usize]) {
        match self {
            Shuffle::Dup => (1, &[0, 0]),
            Shuffle::Pop => (1, &[]),
            Shuffle::Swap => (2, &[1, 0]),
            Shuffle::DupX1 => (2, &[1, 0, 1]),
            Shuffle::DupX2 => (3, &[2, 0, 1, 2]),
            Shuffle::Dup2 => (2, &[0, 1, 0, 1]),
            Shuffle::Dup2X1 => (3, &[1, 2, 0, 1, 2]),
            Shuffle::Dup2X2 => (4, &[2, 3, 0, 1, 2, 3]),
        }
    }
}

/// One stack-form instruction.
#[derive(Clone, Debug, PartialEq)]
pub enum StackInst {
    /// Pushes a constant.
    Push(Imm),
    /// Pushes the value of a local.
    Load(u32),
    /// Pops a value into a local (of the same type).
    Store(u32),
    /// Shorthand for [`StackInst::Inst`] of an operation without non-register operands
    /// (unary, binary, ternary and nullary typed operations, `select`, `memory.size`,
    /// `unreachable`).
    Op(Opcode),
    /// Any rootIR operation but moves and branches (see [`crate::operation`]): pops its
    /// register operands (the last on top), pushes its results (the last on top). Typing
    /// comes from [`Opcode::typing`], or from the module (`crate::operation::ModuleEnv`) for
    /// operations naming globals, classes, fields, methods and functions.
    Inst(Operation),
    /// A stack shuffle.
    Shuffle(Shuffle),
    /// Jumps to the instruction with this index.
    Jump(u32),
    /// Pops an `i32`; jumps to the instruction with this index if it is not zero, else
    /// falls through.
    BranchIf(u32),
    /// Pops an `i32` index (unsigned); jumps to `targets[index]`, or to `default` when the
    /// index is out of range.
    Switch {
        /// Targets by index.
        targets: Vec<u32>,
        /// Target when the index is out of range.
        default: u32,
    },
    /// Pops the arguments (the last on top), calls, pushes the results (the last on top).
    /// `sig` must be the callee's signature (checked when the module knows the callee).
    /// The same as `Inst` of `call` with [`crate::operation::Attr::Callee`], without needing
    /// the module.
    Call {
        /// The function called.
        callee: Callee,
        /// Its signature.
        sig: FuncType,
    },
    /// Pops the function's results (the last on top) and returns them; values below are dropped.
    Return,
}

/// An entry of a function's handler table (the JVM's exception table without the class):
/// an exception raised by an instruction with index in `start..end` continues at `handler`,
/// entered with the exception alone on the stack. The first entry whose range holds the
/// instruction wins; catching by class is the handler code's job (`obj.instanceof` on the
/// exception, `throw` it again when it does not match).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Handler {
    /// First protected instruction.
    pub start: u32,
    /// One past the last protected instruction.
    pub end: u32,
    /// The handler's first instruction.
    pub handler: u32,
}

impl StackInst {
    /// Whether control never falls through to the next instruction.
    pub fn ends_flow(&self) -> bool {
        match self {
            StackInst::Jump(_) | StackInst::Switch { .. } | StackInst::Return => true,
            StackInst::Op(op) => op.is_terminator(),
            StackInst::Inst(o) => o.ends_flow(),
            _ => false,
        }
    }

    /// The operation this instruction performs, if it is one (`Op`, `Inst`, `Call`).
    pub fn operation(&self) -> Option<Operation> {
        match self {
            StackInst::Op(op) => Some(Operation::new(*op)),
            StackInst::Inst(o) => Some(o.clone()),
            StackInst::Call { callee, .. } => {
                Some(Operation::with(Opcode::Call, crate::operation::Attr::Callee(*callee)))
            }
            _ => None,
        }
    }

    /// The explicit branch targets of the instruction.
    pub fn targets(&self) -> Vec<u32> {
        match self {
            StackInst::Jump(t) | StackInst::BranchIf(t) => vec![*t],
            StackInst::Switch { targets, default } => targets.iter().copied().chain([*default]).collect(),
            _ => Vec::new(),
        }
    }
}

/// A function in stack form.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct StackFunction {
    /// Its name.
    pub name: String,
    /// Its signature.
    pub sig: FuncType,
    /// The type of every local; the first `sig.params.len()` hold the parameters (and must
    /// have their types), the others start at zero.
    pub locals: Vec<Type>,
    /// The most values the operand stack may hold.
    pub max_stack: u32,
    /// The instructions; execution starts at index 0.
    pub code: Vec<StackInst>,
    /// When set, translated instructions carry `SrcLoc::Offset { file: unit, offset }`
    /// with the index of the stack instruction they came from.
    pub unit: Option<FileId>,
    /// The handler table, in priority order (see [`Handler`]); empty without exceptions.
    pub handlers: Vec<Handler>,
}

impl StackFunction {
    /// The handler of the instruction with index `i`: the first entry whose range holds it.
    pub fn handler_of(&self, i: u32) -> Option<u32> {
        self.handlers.iter().find(|h| h.start <= i && i < h.end).map(|h| h.handler)
    }
}
