//! Every rootIR operation in stack form: an [`Operation`] is an opcode with its
//! non-register operands ([`Attr`]: an immediate, an offset, a global, a class, a field, a
//! method, a callee, a signature). Its register operands are popped from the operand stack in
//! the order of `rootir::InstData::uses` (the last on top) and its results pushed in the order
//! of `InstData::defs` (the last on top).
//!
//! Everything here is driven by [`Opcode::format`] and [`Opcode::typing`]: an opcode appended
//! to the table later works in stack form with no change here when its format is handled.
//! Operations whose typing depends on the module (globals, fields, methods, callees) ask a
//! [`ModuleEnv`]; `rootir::Module` is one, [`NoModule`] knows nothing.

use rootir::{
    Callee, ClassId, FieldRef, Format, FuncId, FuncType, GlobalId, Inst, InstData, MethodRef, Module, Opcode, Reg, Type,
};

/// The non-register operands of an operation, one variant per kind of immediate.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Attr {
    /// None (unary, binary, ternary, nullary operations, `select`, `memory.size`, `unreachable`).
    None,
    /// The immediate's bits of a `*.const` (as in `InstData::Const`).
    Bits(u64),
    /// The constant offset of a linear-memory load or store.
    Offset(u32),
    /// A string constant of the module's pool (`str.const`).
    Str(u32),
    /// A global (`global.get`, `global.set`).
    Global(GlobalId),
    /// A function of the module (`func.addr`).
    Func(FuncId),
    /// A class or interface (`obj.new`, `obj.instanceof`, `obj.cast`).
    Class(ClassId),
    /// A field (`obj.get`, `obj.set`).
    Field(FieldRef),
    /// A method (`call.virtual`, `call.interface`).
    Method(MethodRef),
    /// A direct call's target (`call`).
    Callee(Callee),
    /// The signature of `call_indirect`.
    Sig(FuncType),
}

/// An operation without its registers.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Operation {
    /// The opcode.
    pub op: Opcode,
    /// Its non-register operands.
    pub attr: Attr,
}

impl Operation {
    /// An operation with no non-register operand.
    pub fn new(op: Opcode) -> Operation {
        Operation { op, attr: Attr::None }
    }

    /// An operation with a non-register operand.
    pub fn with(op: Opcode, attr: Attr) -> Operation {
        Operation { op, attr }
    }

    /// Whether the operation must stay where it is even when its results are unused: it
    /// writes something, may trap (traps are observable), has no result, or is the `catch`
    /// a handler block must start with.
    pub fn has_effect(&self) -> bool {
        self.op.trap_kind() == rootir::TrapKind::Traps
            || matches!(
                self.op.format(),
                Format::Call
                    | Format::CallIndirect
                    | Format::CallMethod
                    | Format::GlobalSet
                    | Format::Store
                    | Format::Catch
                    | Format::Throw
            )
            || self.op.typing().is_some_and(|t| t.output.is_none())
    }

    /// Whether the operation ends a block (`unreachable`, `throw`).
    pub fn ends_flow(&self) -> bool {
        self.op.is_terminator()
    }
}

/// What translation needs to know about the module a stack function belongs to: the types
/// of what operations name. Implemented by `rootir::Module` (a frontend may pass the module
/// it is building, with every function's signature in place) and by [`NoModule`]. Every method
/// defaults to "no such thing": an environment implements what its modules can name.
pub trait ModuleEnv {
    /// The signature of a function or import.
    fn callee_sig(&self, _callee: Callee) -> Option<FuncType> {
        None
    }
    /// A global's type and whether it is mutable.
    fn global(&self, _global: GlobalId) -> Option<(Type, bool)> {
        None
    }
    /// Whether a class or interface exists, and whether it is an interface.
    fn class_is_interface(&self, _class: ClassId) -> Option<bool> {
        None
    }
    /// A field's type.
    fn field_type(&self, _field: FieldRef) -> Option<Type> {
        None
    }
    /// A method's signature (receiver included).
    fn method_sig(&self, _method: MethodRef) -> Option<FuncType> {
        None
    }
    /// Whether a function of the module exists (`func.addr`).
    fn has_function(&self, _func: FuncId) -> bool {
        false
    }
    /// Whether the constant pool holds a string at this index.
    fn has_string(&self, _constant: u32) -> bool {
        false
    }
    /// Whether the module has a linear memory.
    fn has_memory(&self) -> bool {
        false
    }
}

/// An empty module: only operations that name nothing translate (and [`crate::stack::StackInst::Call`],
/// which carries its signature).
#[derive(Copy, Clone, Debug, Default)]
pub struct NoModule;

impl ModuleEnv for NoModule {}

impl ModuleEnv for Module {
    fn callee_sig(&self, callee: Callee) -> Option<FuncType> {
        match callee {
            Callee::Func(id) => self.func(id).map(|f| f.sig.clone()),
            Callee::Import(id) => self.imports.get(id.index()).map(|i| i.sig.clone()),
        }
    }
    fn global(&self, global: GlobalId) -> Option<(Type, bool)> {
        self.globals.get(global.index()).map(|g| (g.ty, g.mutable))
    }
    fn class_is_interface(&self, class: ClassId) -> Option<bool> {
        self.class(class).map(|c| c.is_interface)
    }
    fn field_type(&self, field: FieldRef) -> Option<Type> {
        self.field(field).map(|f| f.ty)
    }
    fn method_sig(&self, method: MethodRef) -> Option<FuncType> {
        self.method(method).map(|m| m.sig.clone())
    }
    fn has_function(&self, func: FuncId) -> bool {
        self.func(func).is_some()
    }
    fn has_string(&self, constant: u32) -> bool {
        matches!(self.constants.get(constant as usize), Some(rootir::Constant::Str(_)))
    }
    fn has_memory(&self) -> bool {
        self.memory.is_some()
    }
}

/// The types an operation pops (bottom first) and pushes (bottom first).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpSig {
    /// Popped, in operand order (the last is on top).
    pub inputs: Vec<Type>,
    /// Pushed, in result order (the last ends on top).
    pub outputs: Vec<Type>,
}

impl OpSig {
    fn new(inputs: impl Into<Vec<Type>>, outputs: impl Into<Vec<Type>>) -> OpSig {
        OpSig { inputs: inputs.into(), outputs: outputs.into() }
    }
}

/// The attribute kind a format needs, by name for messages; `None` for formats stack form
/// expresses with its own instructions (moves, branches, returns).
fn attr_kind(format: Format) -> Option<&'static str> {
    Some(match format {
        Format::Unary
        | Format::Binary
        | Format::Ternary
        | Format::Quinary
        | Format::Nullary
        | Format::Select
        | Format::MemorySize
        | Format::Unreachable
        | Format::Throw
        | Format::Catch => "none",
        Format::Const => "bits",
        Format::Load | Format::Store => "offset",
        Format::StrConst => "str",
        Format::GlobalGet | Format::GlobalSet => "global",
        Format::FuncAddr => "func",
        Format::New | Format::ClassTest => "class",
        Format::FieldGet | Format::FieldSet => "field",
        Format::CallMethod => "method",
        Format::Call => "callee",
        Format::CallIndirect | Format::CallClosure => "sig",
        Format::Mov | Format::Jump | Format::Branch | Format::Switch | Format::Return => return None,
    })
}

fn attr_name(attr: &Attr) -> &'static str {
    match attr {
        Attr::None => "none",
        Attr::Bits(_) => "bits",
        Attr::Offset(_) => "offset",
        Attr::Str(_) => "str",
        Attr::Global(_) => "global",
        Attr::Func(_) => "func",
        Attr::Class(_) => "class",
        Attr::Field(_) => "field",
        Attr::Method(_) => "method",
        Attr::Callee(_) => "callee",
        Attr::Sig(_) => "sig",
    }
}

/// The stack effect of `operation`. `top` is the type on top of the stack (`select` takes
/// its type from it). Errors say what is wrong with the operation (not with the stack).
pub fn signature(operation: &Operation, env: &dyn ModuleEnv, top: Option<Type>) -> Result<OpSig, String> {
    let op = operation.op;
    let format = op.format();
    let Some(kind) = attr_kind(format) else {
        return Err(format!("{op} is not an operation of stack form (use load, store, jump, br_if, switch, return)"));
    };
    if attr_name(&operation.attr) != kind {
        return Err(format!("{op} needs an operand of kind {kind}, not {}", attr_name(&operation.attr)));
    }
    if matches!(format, Format::Load | Format::Store | Format::MemorySize) && !env.has_memory() {
        return Err(format!("{op} in a module without memory"));
    }
    if let Some(t) = op.typing() {
        if let (Format::StrConst, Attr::Str(c)) = (format, &operation.attr)
            && !env.has_string(*c)
        {
            return Err(format!("{op} names c{c}, which is no string constant of the module"));
        }
        if let (Format::Const, Attr::Bits(b), Some(Type::I32 | Type::F32)) = (format, &operation.attr, t.output)
            && *b > u64::from(u32::MAX)
        {
            return Err(format!("{op} immediate {b:#x} does not fit in 32 bits"));
        }
        return Ok(OpSig::new(t.inputs, t.output.into_iter().collect::<Vec<_>>()));
    }
    let class = |c: ClassId| env.class_is_interface(c).ok_or(format!("{op} names {c}, which does not exist"));
    let sig = match (&operation.attr, format) {
        (_, Format::Select) => {
            let t = top.ok_or("stack underflow")?;
            OpSig::new([Type::I32, t, t], [t])
        }
        (_, Format::MemorySize) => OpSig::new([], [Type::I64]),
        (_, Format::Unreachable) => OpSig::new([], []),
        (_, Format::Throw) => OpSig::new([Type::Ref], []),
        (_, Format::Catch) => {
            return Err(format!(
                "{op} is not an operation of stack form (a handler starts with the exception on the stack)"
            ));
        }
        (Attr::Global(g), _) => {
            let (ty, mutable) = env.global(*g).ok_or(format!("{op} names {g}, which does not exist"))?;
            if format == Format::GlobalGet {
                OpSig::new([], [ty])
            } else if mutable {
                OpSig::new([ty], [])
            } else {
                return Err(format!("{op} writes immutable global {g}"));
            }
        }
        (Attr::Func(f), _) => {
            if !env.has_function(*f) {
                return Err(format!("{op} names {f}, which does not exist"));
            }
            OpSig::new([], [Type::I32])
        }
        (Attr::Class(c), Format::New) => {
            if class(*c)? {
                return Err(format!("{op} of interface {c}"));
            }
            OpSig::new([], [Type::Ref])
        }
        (Attr::Class(c), _) => {
            class(*c)?;
            OpSig::new([Type::Ref], [if op == Opcode::ObjCast { Type::Ref } else { Type::I32 }])
        }
        (Attr::Field(f), _) => {
            let ty = env
                .field_type(*f)
                .ok_or(format!("{op} names field {} of {}, which does not exist", f.field, f.class))?;
            if format == Format::FieldGet { OpSig::new([Type::Ref], [ty]) } else { OpSig::new([Type::Ref, ty], []) }
        }
        (Attr::Method(m), _) => {
            let is_interface = class(m.class)?;
            if is_interface != (op == Opcode::CallInterface) {
                return Err(format!("{op} names a method of {}, which is the wrong kind of class", m.class));
            }
            let sig = env
                .method_sig(*m)
                .ok_or(format!("{op} names method {} of {}, which does not exist", m.method, m.class))?;
            OpSig::new(sig.params, sig.results)
        }
        (Attr::Callee(c), _) => {
            let sig = env.callee_sig(*c).ok_or(format!("{op} of {c:?}, which does not exist"))?;
            OpSig::new(sig.params, sig.results)
        }
        (Attr::Sig(sig), Format::CallClosure) => {
            let mut inputs = vec![Type::Ref];
            inputs.extend(&sig.params);
            OpSig::new(inputs, sig.results.clone())
        }
        (Attr::Sig(sig), _) => {
            let mut inputs = vec![Type::I32];
            inputs.extend(&sig.params);
            OpSig::new(inputs, sig.results.clone())
        }
        _ => return Err(format!("{op} is not supported in stack form")),
    };
    Ok(sig)
}

/// The register instruction of `operation` reading `args` and writing `results`, or `None`
/// when the counts do not fit the format.
pub fn build(operation: &Operation, results: &[Reg], args: &[Reg]) -> Option<InstData> {
    let op = operation.op;
    let one = || match results {
        [r] => Some(*r),
        _ => None,
    };
    let none = results.is_empty();
    Some(match (op.format(), &operation.attr, args) {
        (Format::Const, Attr::Bits(bits), []) => InstData::Const { op, dst: one()?, bits: *bits },
        (Format::Unary, Attr::None, [a]) => InstData::Unary { op, dst: one()?, arg: *a },
        (Format::Binary, Attr::None, [a, b]) => InstData::Binary { op, dst: one()?, lhs: *a, rhs: *b },
        (Format::Ternary, Attr::None, [a, b, c]) if none => InstData::Ternary { op, args: [*a, *b, *c] },
        (Format::Quinary, Attr::None, [a, b, c, d, e]) if none => InstData::Quinary { op, args: [*a, *b, *c, *d, *e] },
        (Format::Nullary, Attr::None, []) => InstData::Nullary { op, dst: one()? },
        (Format::Select, Attr::None, [c, t, f]) => {
            InstData::Select { dst: one()?, cond: *c, if_true: *t, if_false: *f }
        }
        (Format::MemorySize, Attr::None, []) => InstData::MemorySize { dst: one()? },
        (Format::Unreachable, Attr::None, []) if none => InstData::Unreachable,
        (Format::Throw, Attr::None, [a]) if none => InstData::Throw { src: *a },
        (Format::Catch, Attr::None, []) => InstData::Catch { dst: one()? },
        (Format::Load, Attr::Offset(offset), [a]) => InstData::Load { op, dst: one()?, addr: *a, offset: *offset },
        (Format::Store, Attr::Offset(offset), [a, v]) if none => {
            InstData::Store { op, addr: *a, offset: *offset, src: *v }
        }
        (Format::StrConst, Attr::Str(constant), []) => InstData::StrConst { op, dst: one()?, constant: *constant },
        (Format::GlobalGet, Attr::Global(global), []) => InstData::GlobalGet { dst: one()?, global: *global },
        (Format::GlobalSet, Attr::Global(global), [v]) if none => InstData::GlobalSet { global: *global, src: *v },
        (Format::FuncAddr, Attr::Func(func), []) => InstData::FuncAddr { dst: one()?, func: *func },
        (Format::New, Attr::Class(class), []) => InstData::New { dst: one()?, class: *class },
        (Format::ClassTest, Attr::Class(class), [a]) => InstData::ClassTest { op, dst: one()?, class: *class, arg: *a },
        (Format::FieldGet, Attr::Field(field), [o]) => InstData::FieldGet { dst: one()?, field: *field, obj: *o },
        (Format::FieldSet, Attr::Field(field), [o, v]) if none => {
            InstData::FieldSet { field: *field, obj: *o, src: *v }
        }
        (Format::CallMethod, Attr::Method(method), _) => {
            InstData::CallMethod { op, results: results.to_vec(), method: *method, args: args.to_vec() }
        }
        (Format::Call, Attr::Callee(callee), _) => {
            InstData::Call { results: results.to_vec(), callee: *callee, args: args.to_vec() }
        }
        (Format::CallIndirect, Attr::Sig(sig), [addr, rest @ ..]) => {
            InstData::CallIndirect { results: results.to_vec(), sig: sig.clone(), addr: *addr, args: rest.to_vec() }
        }
        (Format::CallClosure, Attr::Sig(sig), [closure, rest @ ..]) => InstData::CallClosure {
            results: results.to_vec(),
            sig: sig.clone(),
            closure: *closure,
            args: rest.to_vec(),
        },
        _ => return None,
    })
}

/// The operation of a register instruction (with `data.uses()` and `data.defs()` it is the
/// whole instruction), or `None` for moves and branches, which stack form expresses with
/// its own instructions.
pub fn of_inst(data: &InstData) -> Option<Operation> {
    let op = data.opcode();
    let attr = match data {
        InstData::Const { bits, .. } => Attr::Bits(*bits),
        InstData::Load { offset, .. } | InstData::Store { offset, .. } => Attr::Offset(*offset),
        InstData::StrConst { constant, .. } => Attr::Str(*constant),
        InstData::GlobalGet { global, .. } | InstData::GlobalSet { global, .. } => Attr::Global(*global),
        InstData::FuncAddr { func, .. } => Attr::Func(*func),
        InstData::New { class, .. } | InstData::ClassTest { class, .. } => Attr::Class(*class),
        InstData::FieldGet { field, .. } | InstData::FieldSet { field, .. } => Attr::Field(*field),
        InstData::CallMethod { method, .. } => Attr::Method(*method),
        InstData::Call { callee, .. } => Attr::Callee(*callee),
        InstData::CallIndirect { sig, .. } | InstData::CallClosure { sig, .. } => Attr::Sig(sig.clone()),
        InstData::Mov { .. }
        | InstData::Jump { .. }
        | InstData::Branch { .. }
        | InstData::Switch { .. }
        | InstData::Return { .. } => return None,
        InstData::Unary { .. }
        | InstData::Binary { .. }
        | InstData::Select { .. }
        | InstData::MemorySize { .. }
        | InstData::Unreachable
        | InstData::Nullary { .. }
        | InstData::Ternary { .. }
        | InstData::Quinary { .. }
        | InstData::Throw { .. }
        | InstData::Catch { .. } => Attr::None,
    };
    Some(Operation { op, attr })
}

/// The operation of an instruction, with its operands and results.
pub fn split(inst: &Inst) -> Option<(Operation, Vec<Reg>, Vec<Reg>)> {
    Some((of_inst(&inst.data)?, inst.data.uses(), inst.data.defs()))
}

/// The stack effect of a stack instruction that is an operation (`Op`, `Inst`, `Call`);
/// `None` for the others. A `Call`'s signature must be the callee's when `env` knows it.
pub fn inst_signature(
    inst: &crate::stack::StackInst,
    env: &dyn ModuleEnv,
    top: Option<Type>,
) -> Result<Option<OpSig>, String> {
    use crate::stack::StackInst;
    match inst {
        StackInst::Call { callee, sig } => {
            if let Some(known) = env.callee_sig(*callee)
                && known != *sig
            {
                return Err(format!("call of {callee:?} with signature {sig}, but the callee has {known}"));
            }
            Ok(Some(OpSig::new(sig.params.clone(), sig.results.clone())))
        }
        StackInst::Op(op) => signature(&Operation::new(*op), env, top).map(Some),
        StackInst::Inst(o) => signature(o, env, top).map(Some),
        _ => Ok(None),
    }
}

/// Whether `outer` applied to the result of `inner` gives `inner`'s operand back, bit for bit:
/// a wrap of an extension, a reinterpretation of a reinterpretation. Simplification
/// ([`crate::simplify`]) and its checker use it.
pub fn undoes(outer: Opcode, inner: Opcode) -> bool {
    use Opcode::*;
    matches!(
        (outer, inner),
        (I32WrapI64, I64ExtendI32U | I64ExtendI32S)
            | (F64ReinterpretI64, I64ReinterpretF64)
            | (I64ReinterpretF64, F64ReinterpretI64)
            | (F32ReinterpretI32, I32ReinterpretF32)
            | (I32ReinterpretF32, F32ReinterpretI32)
    )
}
