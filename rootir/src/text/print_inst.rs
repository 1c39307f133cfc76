//! Printing one instruction, by [`Format`](crate::Format), with its source position.

use std::fmt;

use super::escape::{NameLit, StrLit};
use super::printer::{Literal, func_name};
use crate::{Callee, Inst, InstData, Module, Reg, SrcLoc, Type};

/// Displays an instruction as it appears in a block (without indentation or newline).
pub(super) struct InstText<'a> {
    /// The module, for the names of callees and globals.
    pub module: &'a Module,
    /// The instruction.
    pub inst: &'a Inst,
}

impl fmt::Display for InstText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let m = self.module;
        match &self.inst.data {
            InstData::Const { op, dst, bits } => {
                let ty = op.typing().and_then(|t| t.output).unwrap_or(Type::I64);
                write!(f, "{dst} = {op} {}", Literal(ty, *bits))?
            }
            InstData::Unary { op, dst, arg } => write!(f, "{dst} = {op} {arg}")?,
            InstData::Binary { op, dst, lhs, rhs } => write!(f, "{dst} = {op} {lhs}, {rhs}")?,
            InstData::Mov { dst, src } => write!(f, "{dst} = mov {src}")?,
            InstData::Select { dst, cond, if_true, if_false } => {
                write!(f, "{dst} = select {cond}, {if_true}, {if_false}")?
            }
            InstData::Jump { target } => write!(f, "br {target}")?,
            InstData::Branch { cond, if_true, if_false } => write!(f, "br_if {cond}, {if_true}, {if_false}")?,
            InstData::Switch { index, targets, default } => {
                write!(f, "br_table {index}, [")?;
                write_list(f, targets)?;
                write!(f, "], {default}")?
            }
            InstData::Call { results, callee, args } => {
                write_results(f, results)?;
                write!(f, "call @{}(", callee_name(m, *callee))?;
                write_list(f, args)?;
                f.write_str(")")?
            }
            InstData::CallIndirect { results, sig, addr, args } => {
                write_results(f, results)?;
                write!(f, "call_indirect {sig} {addr}(")?;
                write_list(f, args)?;
                f.write_str(")")?
            }
            InstData::CallClosure { results, sig, closure, args } => {
                write_results(f, results)?;
                write!(f, "call.closure {sig} {closure}(")?;
                write_list(f, args)?;
                f.write_str(")")?
            }
            InstData::Return { values } => {
                f.write_str("ret")?;
                if !values.is_empty() {
                    f.write_str(" ")?;
                    write_list(f, values)?;
                }
            }
            InstData::GlobalGet { dst, global } => write!(f, "{dst} = global.get ${}", global_name(m, *global))?,
            InstData::GlobalSet { global, src } => write!(f, "global.set ${}, {src}", global_name(m, *global))?,
            InstData::FuncAddr { dst, func } => write!(f, "{dst} = func.addr @{}", func_name(m, *func))?,
            InstData::Load { op, dst, addr, offset } => write!(f, "{dst} = {op} {}", Address(*addr, *offset))?,
            InstData::Store { op, addr, offset, src } => write!(f, "{op} {}, {src}", Address(*addr, *offset))?,
            InstData::MemorySize { dst } => write!(f, "{dst} = memory.size")?,
            InstData::Unreachable => f.write_str("unreachable")?,
            InstData::Nullary { op, dst } => write!(f, "{dst} = {op}")?,
            InstData::Ternary { op, args: [a, b, c] } => write!(f, "{op} {a}, {b}, {c}")?,
            InstData::Quinary { op, args: [a, b, c, d, e] } => write!(f, "{op} {a}, {b}, {c}, {d}, {e}")?,
            InstData::StrConst { op, dst, constant } => write!(f, "{dst} = {op} c{constant}")?,
            InstData::New { dst, class } => write!(f, "{dst} = obj.new {}", class_name(m, *class))?,
            InstData::ClassTest { op, dst, class, arg } => write!(f, "{dst} = {op} {}, {arg}", class_name(m, *class))?,
            InstData::FieldGet { dst, field, obj } => write!(f, "{dst} = obj.get {}, {obj}", field_name(m, *field))?,
            InstData::FieldSet { field, obj, src } => write!(f, "obj.set {}, {obj}, {src}", field_name(m, *field))?,
            InstData::CallMethod { op, results, method, args } => {
                write_results(f, results)?;
                write!(f, "{op} {}(", method_name(m, *method))?;
                write_list(f, args)?;
                f.write_str(")")?
            }
            InstData::Throw { src } => write!(f, "throw {src}")?,
            InstData::Catch { dst } => write!(f, "{dst} = catch")?,
        }
        write_loc(f, self.inst.loc)
    }
}

/// `[rA]` or `[rA + OFFSET]`
struct Address(Reg, u32);

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.1 {
            0 => write!(f, "[{}]", self.0),
            offset => write!(f, "[{} + {offset}]", self.0),
        }
    }
}

/// `a, b, c`
fn write_list<T: fmt::Display>(f: &mut fmt::Formatter<'_>, items: &[T]) -> fmt::Result {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        item.fmt(f)?;
    }
    Ok(())
}

/// `rA, rB = ` (nothing if there are no results).
fn write_results(f: &mut fmt::Formatter<'_>, results: &[Reg]) -> fmt::Result {
    if results.is_empty() {
        return Ok(());
    }
    write_list(f, results)?;
    f.write_str(" = ")
}

fn write_loc(f: &mut fmt::Formatter<'_>, loc: SrcLoc) -> fmt::Result {
    match loc {
        SrcLoc::None => Ok(()),
        SrcLoc::Line { file, line, col } => write!(f, " at {file}:{line}:{col}"),
        SrcLoc::Offset { file, offset } => write!(f, " at {file}+{offset:#x}"),
        SrcLoc::Addr(addr) => write!(f, " at {addr:#x}"),
    }
}

pub(super) fn callee_name(m: &Module, callee: Callee) -> String {
    match callee {
        Callee::Func(id) => func_name(m, id),
        Callee::Import(id) => match m.imports.get(id.index()) {
            Some(imp) => NameLit(&imp.local_name).to_string(),
            None => StrLit(&format!("#{id}")).to_string(),
        },
    }
}

/// The printed name of a class of the module.
pub(super) fn class_name(m: &Module, id: crate::ClassId) -> String {
    match m.class(id) {
        Some(c) => NameLit(&c.name).to_string(),
        None => StrLit(&format!("#{id}")).to_string(),
    }
}

/// `Class.field`
fn field_name(m: &Module, r: crate::FieldRef) -> String {
    let member = match m.field(r) {
        Some(field) => NameLit(&field.name).to_string(),
        None => StrLit(&format!("#field{}", r.field)).to_string(),
    };
    format!("{}.{member}", class_name(m, r.class))
}

/// `Class.method`
fn method_name(m: &Module, r: crate::MethodRef) -> String {
    let member = match m.method(r) {
        Some(method) => NameLit(&method.name).to_string(),
        None => StrLit(&format!("#method{}", r.method)).to_string(),
    };
    format!("{}.{member}", class_name(m, r.class))
}

fn global_name(m: &Module, id: crate::GlobalId) -> String {
    match m.globals.get(id.index()) {
        Some(g) => NameLit(&g.name).to_string(),
        None => StrLit(&format!("#{id}")).to_string(),
    }
}
