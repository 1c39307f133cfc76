//! Instructions: one [`InstData`] variant per [`Format`](crate::Format), plus a source position.

use crate::{Block, Callee, ClassId, FieldRef, FileId, FuncId, FuncType, GlobalId, MethodRef, Opcode, Reg};

/// Where an instruction came from. Kept through every pass and shown in guest stack traces.
///
/// `.rir` spelling, after the instruction: `at f0:12:3`, `at f0+0x1c`, `at 0x401000`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, Default)]
pub enum SrcLoc {
    /// No position recorded.
    #[default]
    None,
    /// A line and column (1-based; column 0 means unknown) in a source file.
    Line {
        /// The file, in `Module::files`.
        file: FileId,
        /// 1-based line.
        line: u32,
        /// 1-based column, or 0 if unknown.
        col: u32,
    },
    /// A byte offset into a unit named by `file` (e.g. `Main.main([Ljava/lang/String;)V` + bytecode offset).
    Offset {
        /// The unit, in `Module::files`.
        file: FileId,
        /// The offset.
        offset: u32,
    },
    /// A machine-code address (lifted code).
    Addr(u64),
}

/// An instruction with its source position.
#[derive(Clone, Debug, PartialEq)]
pub struct Inst {
    /// The operation and its operands.
    pub data: InstData,
    /// Where it came from.
    pub loc: SrcLoc,
}

impl Inst {
    /// An instruction without a source position.
    pub fn new(data: InstData) -> Inst {
        Inst { data, loc: SrcLoc::None }
    }
}

/// An operation with its operands. Registers are those of the enclosing function.
#[derive(Clone, Debug, PartialEq)]
pub enum InstData {
    /// `dst = op imm`: `bits` holds the immediate's bits, zero-extended
    /// (`i32` and `f32` use the low 32 bits).
    Const {
        /// One of the `*.const` opcodes.
        op: Opcode,
        /// Destination.
        dst: Reg,
        /// The immediate's bits.
        bits: u64,
    },
    /// `dst = op arg`
    Unary {
        /// A typed opcode of format `Unary`.
        op: Opcode,
        /// Destination.
        dst: Reg,
        /// Operand.
        arg: Reg,
    },
    /// `dst = op lhs, rhs`
    Binary {
        /// A typed opcode of format `Binary`.
        op: Opcode,
        /// Destination.
        dst: Reg,
        /// Left operand.
        lhs: Reg,
        /// Right operand.
        rhs: Reg,
    },
    /// `dst = mov src`
    Mov {
        /// Destination.
        dst: Reg,
        /// Source (same type).
        src: Reg,
    },
    /// `dst = select cond, if_true, if_false`
    Select {
        /// Destination.
        dst: Reg,
        /// `i32` condition.
        cond: Reg,
        /// Chosen when `cond != 0`.
        if_true: Reg,
        /// Chosen when `cond == 0`.
        if_false: Reg,
    },
    /// `br target`
    Jump {
        /// Where to go.
        target: Block,
    },
    /// `br_if cond, if_true, if_false`
    Branch {
        /// `i32` condition.
        cond: Reg,
        /// Taken when `cond != 0`.
        if_true: Block,
        /// Taken when `cond == 0`.
        if_false: Block,
    },
    /// `br_table index, [targets...], default`
    Switch {
        /// `i32` index, unsigned.
        index: Reg,
        /// Targets by index.
        targets: Vec<Block>,
        /// Target when the index is out of range.
        default: Block,
    },
    /// `results... = call @callee(args...)`
    Call {
        /// Destination registers, one per callee result.
        results: Vec<Reg>,
        /// The function called.
        callee: Callee,
        /// Argument registers, one per callee parameter.
        args: Vec<Reg>,
    },
    /// `results... = call_indirect (sig) addr(args...)`
    CallIndirect {
        /// Destination registers, one per result of `sig`.
        results: Vec<Reg>,
        /// The signature the callee must have.
        sig: FuncType,
        /// `i32` register holding a function address.
        addr: Reg,
        /// Argument registers, one per parameter of `sig`.
        args: Vec<Reg>,
    },
    /// `results... = call.closure (sig) closure(args...)`
    CallClosure {
        /// Destination registers, one per result of `sig`.
        results: Vec<Reg>,
        /// The signature of the call without the environment (the function's, minus its first `ref` parameter).
        sig: FuncType,
        /// `ref` register holding the closure.
        closure: Reg,
        /// Argument registers, one per parameter of `sig`.
        args: Vec<Reg>,
    },
    /// `ret values...`
    Return {
        /// One register per function result.
        values: Vec<Reg>,
    },
    /// `dst = global.get $g`
    GlobalGet {
        /// Destination.
        dst: Reg,
        /// The global read.
        global: GlobalId,
    },
    /// `global.set $g, src`
    GlobalSet {
        /// The global written (must be mutable).
        global: GlobalId,
        /// Source.
        src: Reg,
    },
    /// `dst = func.addr @f`
    FuncAddr {
        /// `i32` destination.
        dst: Reg,
        /// The function.
        func: FuncId,
    },
    /// `dst = op [addr + offset]`: a linear-memory load.
    Load {
        /// A typed opcode of format `Load`.
        op: Opcode,
        /// Destination.
        dst: Reg,
        /// `i64` base address.
        addr: Reg,
        /// Constant offset added to the base.
        offset: u32,
    },
    /// `op [addr + offset], src`: a linear-memory store.
    Store {
        /// A typed opcode of format `Store`.
        op: Opcode,
        /// `i64` base address.
        addr: Reg,
        /// Constant offset added to the base.
        offset: u32,
        /// The value stored.
        src: Reg,
    },
    /// `dst = memory.size`
    MemorySize {
        /// `i64` destination.
        dst: Reg,
    },
    /// `unreachable`
    Unreachable,
    /// `dst = op`: an operation without operands (`ref.null`).
    Nullary {
        /// A typed opcode of format `Nullary`.
        op: Opcode,
        /// Destination.
        dst: Reg,
    },
    /// `op a, b, c`: three inputs, no result (`array.set_i32 arr, index, value`).
    Ternary {
        /// A typed opcode of format `Ternary`.
        op: Opcode,
        /// The operands, in order.
        args: [Reg; 3],
    },
    /// `op a, b, c, d, e`: five inputs, no result (`array.copy src, i, dst, j, n`).
    Quinary {
        /// A typed opcode of format `Quinary`.
        op: Opcode,
        /// The operands, in order.
        args: [Reg; 5],
    },
    /// `dst = op cN`: a string constant of the module's constant pool.
    StrConst {
        /// A typed opcode of format `StrConst`.
        op: Opcode,
        /// Destination.
        dst: Reg,
        /// Index of a [`crate::Constant::Str`] in `Module::constants`.
        constant: u32,
    },
    /// `dst = obj.new C`
    New {
        /// Destination (`ref`).
        dst: Reg,
        /// The class instantiated.
        class: ClassId,
    },
    /// `dst = op C, arg` (`obj.instanceof`, `obj.cast`)
    ClassTest {
        /// A class-test opcode.
        op: Opcode,
        /// Destination.
        dst: Reg,
        /// The class or interface tested.
        class: ClassId,
        /// The `ref` tested.
        arg: Reg,
    },
    /// `dst = obj.get C.f, obj`
    FieldGet {
        /// Destination (the field's type).
        dst: Reg,
        /// The field.
        field: FieldRef,
        /// The object (`ref`).
        obj: Reg,
    },
    /// `obj.set C.f, obj, src`
    FieldSet {
        /// The field.
        field: FieldRef,
        /// The object (`ref`).
        obj: Reg,
        /// The value (the field's type).
        src: Reg,
    },
    /// `results... = op C.m(receiver, args...)` (`call.virtual`, `call.interface`)
    CallMethod {
        /// A method-call opcode.
        op: Opcode,
        /// Destination registers, one per method result.
        results: Vec<Reg>,
        /// The method (of a class for `call.virtual`, of an interface for `call.interface`).
        method: MethodRef,
        /// The receiver then the other arguments, one per method parameter.
        args: Vec<Reg>,
    },
    /// `throw src`: throws the object in `src` (a terminator).
    Throw {
        /// The `ref` thrown.
        src: Reg,
    },
    /// `dst = catch`: the caught value, first instruction of a handler block.
    Catch {
        /// Destination (`ref`).
        dst: Reg,
    },
}

impl InstData {
    /// The instruction's opcode.
    pub fn opcode(&self) -> Opcode {
        match self {
            InstData::Const { op, .. }
            | InstData::Unary { op, .. }
            | InstData::Binary { op, .. }
            | InstData::Load { op, .. }
            | InstData::Store { op, .. }
            | InstData::Nullary { op, .. }
            | InstData::Ternary { op, .. }
            | InstData::Quinary { op, .. }
            | InstData::StrConst { op, .. }
            | InstData::ClassTest { op, .. }
            | InstData::CallMethod { op, .. } => *op,
            InstData::New { .. } => Opcode::ObjNew,
            InstData::FieldGet { .. } => Opcode::ObjGet,
            InstData::FieldSet { .. } => Opcode::ObjSet,
            InstData::MemorySize { .. } => Opcode::MemorySize,
            InstData::Mov { .. } => Opcode::Mov,
            InstData::Select { .. } => Opcode::Select,
            InstData::Jump { .. } => Opcode::Br,
            InstData::Branch { .. } => Opcode::BrIf,
            InstData::Switch { .. } => Opcode::BrTable,
            InstData::Call { .. } => Opcode::Call,
            InstData::CallIndirect { .. } => Opcode::CallIndirect,
            InstData::CallClosure { .. } => Opcode::CallClosure,
            InstData::Return { .. } => Opcode::Ret,
            InstData::GlobalGet { .. } => Opcode::GlobalGet,
            InstData::GlobalSet { .. } => Opcode::GlobalSet,
            InstData::FuncAddr { .. } => Opcode::FuncAddr,
            InstData::Unreachable => Opcode::Unreachable,
            InstData::Throw { .. } => Opcode::Throw,
            InstData::Catch { .. } => Opcode::Catch,
        }
    }

    /// Whether this instruction ends a block.
    pub fn is_terminator(&self) -> bool {
        self.opcode().is_terminator()
    }

    /// Registers written, in operand order.
    pub fn defs(&self) -> Vec<Reg> {
        match self {
            InstData::Const { dst, .. }
            | InstData::Unary { dst, .. }
            | InstData::Binary { dst, .. }
            | InstData::Mov { dst, .. }
            | InstData::Select { dst, .. }
            | InstData::GlobalGet { dst, .. }
            | InstData::FuncAddr { dst, .. }
            | InstData::Load { dst, .. }
            | InstData::MemorySize { dst }
            | InstData::Nullary { dst, .. }
            | InstData::StrConst { dst, .. }
            | InstData::New { dst, .. }
            | InstData::ClassTest { dst, .. }
            | InstData::FieldGet { dst, .. }
            | InstData::Catch { dst } => vec![*dst],
            InstData::Call { results, .. }
            | InstData::CallIndirect { results, .. }
            | InstData::CallClosure { results, .. }
            | InstData::CallMethod { results, .. } => results.clone(),
            _ => Vec::new(),
        }
    }

    /// Registers read, in operand order.
    pub fn uses(&self) -> Vec<Reg> {
        match self {
            InstData::Unary { arg, .. } => vec![*arg],
            InstData::Load { addr, .. } => vec![*addr],
            InstData::Store { addr, src, .. } => vec![*addr, *src],
            InstData::Binary { lhs, rhs, .. } => vec![*lhs, *rhs],
            InstData::Mov { src, .. } | InstData::GlobalSet { src, .. } | InstData::Throw { src } => vec![*src],
            InstData::Select { cond, if_true, if_false, .. } => vec![*cond, *if_true, *if_false],
            InstData::Branch { cond, .. } => vec![*cond],
            InstData::Switch { index, .. } => vec![*index],
            InstData::Call { args, .. } => args.clone(),
            InstData::CallIndirect { addr: callee, args, .. } | InstData::CallClosure { closure: callee, args, .. } => {
                let mut v = vec![*callee];
                v.extend_from_slice(args);
                v
            }
            InstData::Return { values } => values.clone(),
            InstData::Ternary { args, .. } => args.to_vec(),
            InstData::Quinary { args, .. } => args.to_vec(),
            InstData::ClassTest { arg, .. } => vec![*arg],
            InstData::FieldGet { obj, .. } => vec![*obj],
            InstData::FieldSet { obj, src, .. } => vec![*obj, *src],
            InstData::CallMethod { args, .. } => args.clone(),
            _ => Vec::new(),
        }
    }

    /// Blocks this instruction may jump to (empty for non-branches). Handler blocks are not
    /// successors: they are reached only by unwinding ([`crate::BlockData::handler`]).
    pub fn successors(&self) -> Vec<Block> {
        match self {
            InstData::Jump { target } => vec![*target],
            InstData::Branch { if_true, if_false, .. } => vec![*if_true, *if_false],
            InstData::Switch { targets, default, .. } => {
                let mut v = targets.clone();
                v.push(*default);
                v
            }
            _ => Vec::new(),
        }
    }
}

/// Conversion of an immediate to the bits stored in [`InstData::Const`].
pub trait ConstBits: Copy {
    /// The immediate's bits, zero-extended to 64.
    fn to_const_bits(self) -> u64;
}

impl ConstBits for i32 {
    fn to_const_bits(self) -> u64 {
        self as u32 as u64
    }
}
impl ConstBits for i64 {
    fn to_const_bits(self) -> u64 {
        self as u64
    }
}
impl ConstBits for f32 {
    fn to_const_bits(self) -> u64 {
        self.to_bits() as u64
    }
}
impl ConstBits for f64 {
    fn to_const_bits(self) -> u64 {
        self.to_bits()
    }
}
