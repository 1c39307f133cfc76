//! Checks every instruction shares (register range, opcode format, source
//! position, memory presence) and the dispatch to the per-format checks.

use std::collections::HashSet;

use super::context::InstCx;
use super::names::count;
use super::{inst_calls, inst_control, inst_data, inst_objects};
use crate::{Format, Inst, InstData, Reg, SrcLoc, Type};

/// Checks one instruction.
pub(super) fn check_inst(cx: &mut InstCx<'_>, inst: &Inst) {
    check_regs_in_range(cx, &inst.data);
    check_src_loc(cx, inst.loc);
    check_memory_present(cx, &inst.data);
    if !check_format(cx, &inst.data) {
        return;
    }
    match &inst.data {
        InstData::Const { op, dst, bits } => inst_data::check_const(cx, *op, *dst, *bits),
        InstData::Unary { op, dst, arg } => inst_data::check_typed(cx, *op, Some(*dst), &[*arg]),
        InstData::Binary { op, dst, lhs, rhs } => inst_data::check_typed(cx, *op, Some(*dst), &[*lhs, *rhs]),
        InstData::Load { op, dst, addr, .. } => inst_data::check_typed(cx, *op, Some(*dst), &[*addr]),
        InstData::Store { op, addr, src, .. } => inst_data::check_typed(cx, *op, None, &[*addr, *src]),
        InstData::Mov { dst, src } => inst_data::check_mov(cx, *dst, *src),
        InstData::Select { dst, cond, if_true, if_false } => {
            inst_data::check_select(cx, *dst, *cond, *if_true, *if_false)
        }
        InstData::GlobalGet { dst, global } => inst_data::check_global_get(cx, *dst, *global),
        InstData::GlobalSet { global, src } => inst_data::check_global_set(cx, *global, *src),
        InstData::FuncAddr { dst, func } => inst_data::check_func_addr(cx, *dst, *func),
        InstData::MemorySize { dst } => inst_data::check_memory_size(cx, *dst),
        InstData::Jump { target } => inst_control::check_jump(cx, *target),
        InstData::Branch { cond, if_true, if_false } => inst_control::check_branch(cx, *cond, *if_true, *if_false),
        InstData::Switch { index, targets, default } => inst_control::check_switch(cx, *index, targets, *default),
        InstData::Return { values } => inst_control::check_return(cx, values),
        InstData::Call { results, callee, args } => inst_calls::check_call(cx, results, *callee, args),
        InstData::CallIndirect { results, sig, addr, args } => {
            inst_calls::check_call_indirect(cx, results, sig, *addr, args)
        }
        InstData::CallClosure { results, sig, closure, args } => {
            inst_calls::check_call_closure(cx, results, sig, *closure, args)
        }
        InstData::Unreachable => {}
        InstData::Nullary { op, dst } => inst_data::check_typed(cx, *op, Some(*dst), &[]),
        InstData::Ternary { op, args } => inst_data::check_typed(cx, *op, None, args),
        InstData::Quinary { op, args } => inst_data::check_typed(cx, *op, None, args),
        InstData::StrConst { op, dst, constant } => inst_data::check_str_const(cx, *op, *dst, *constant),
        InstData::New { dst, class } => inst_objects::check_new(cx, *dst, *class),
        InstData::ClassTest { op, dst, class, arg } => inst_objects::check_class_test(cx, *op, *dst, *class, *arg),
        InstData::FieldGet { dst, field, obj } => inst_objects::check_field_get(cx, *dst, *field, *obj),
        InstData::FieldSet { field, obj, src } => inst_objects::check_field_set(cx, *field, *obj, *src),
        InstData::CallMethod { op, results, method, args } => {
            inst_objects::check_call_method(cx, *op, results, *method, args)
        }
        InstData::Throw { src } => cx.expect_type(format_args!("throw operand 1"), *src, Type::Ref),
        InstData::Catch { dst } => cx.expect_type(format_args!("catch result"), *dst, Type::Ref),
    }
}

/// The format of an instruction's variant (which, for variants carrying an
/// opcode, need not be the opcode's format in an unverified module).
pub(super) fn variant_format(data: &InstData) -> Format {
    match data {
        InstData::Const { .. } => Format::Const,
        InstData::Unary { .. } => Format::Unary,
        InstData::Binary { .. } => Format::Binary,
        InstData::Mov { .. } => Format::Mov,
        InstData::Select { .. } => Format::Select,
        InstData::Jump { .. } => Format::Jump,
        InstData::Branch { .. } => Format::Branch,
        InstData::Switch { .. } => Format::Switch,
        InstData::Call { .. } => Format::Call,
        InstData::CallIndirect { .. } => Format::CallIndirect,
        InstData::CallClosure { .. } => Format::CallClosure,
        InstData::Return { .. } => Format::Return,
        InstData::GlobalGet { .. } => Format::GlobalGet,
        InstData::GlobalSet { .. } => Format::GlobalSet,
        InstData::FuncAddr { .. } => Format::FuncAddr,
        InstData::Load { .. } => Format::Load,
        InstData::Store { .. } => Format::Store,
        InstData::MemorySize { .. } => Format::MemorySize,
        InstData::Unreachable => Format::Unreachable,
        InstData::Nullary { .. } => Format::Nullary,
        InstData::Ternary { .. } => Format::Ternary,
        InstData::Quinary { .. } => Format::Quinary,
        InstData::StrConst { .. } => Format::StrConst,
        InstData::New { .. } => Format::New,
        InstData::ClassTest { .. } => Format::ClassTest,
        InstData::FieldGet { .. } => Format::FieldGet,
        InstData::FieldSet { .. } => Format::FieldSet,
        InstData::CallMethod { .. } => Format::CallMethod,
        InstData::Throw { .. } => Format::Throw,
        InstData::Catch { .. } => Format::Catch,
    }
}

/// The opcode's format is the variant's. Returns whether it is (the
/// per-format checks rely on it).
fn check_format(cx: &mut InstCx<'_>, data: &InstData) -> bool {
    let op = data.opcode();
    let (want, have) = (op.format(), variant_format(data));
    if want != have {
        let (want, have) = (format!("{want:?}").to_lowercase(), format!("{have:?}").to_lowercase());
        cx.error(format!("opcode {op} has format {want}, but the instruction has format {have}"));
    }
    want == have
}

/// Every register read or written exists; each bad register is reported once.
fn check_regs_in_range(cx: &mut InstCx<'_>, data: &InstData) {
    let n = cx.func.regs.len();
    let mut seen = HashSet::new();
    let mut bad: Vec<Reg> = Vec::new();
    for reg in data.defs().into_iter().chain(data.uses()) {
        if reg.index() >= n && seen.insert(reg) {
            bad.push(reg);
        }
    }
    for reg in bad {
        cx.error(format!("register {reg} out of range (the function has {})", count(n, "register")));
    }
}

/// A source position names a file of the module.
fn check_src_loc(cx: &mut InstCx<'_>, loc: SrcLoc) {
    let file = match loc {
        SrcLoc::Line { file, .. } | SrcLoc::Offset { file, .. } => file,
        SrcLoc::None | SrcLoc::Addr(_) => return,
    };
    let n = cx.module.files.len();
    if file.index() >= n {
        cx.error(format!(
            "source position names file {file}, which does not exist (the module has {})",
            count(n, "file")
        ));
    }
}

/// Loads, stores and `memory.size` need a memory.
fn check_memory_present(cx: &mut InstCx<'_>, data: &InstData) {
    let format = variant_format(data);
    if matches!(format, Format::Load | Format::Store | Format::MemorySize) && cx.module.memory.is_none() {
        cx.error(format!("{} in a module without memory", data.opcode()));
    }
}
