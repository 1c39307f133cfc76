//! Checks of data instructions: typed operations (from the opcode table),
//! moves, selects, globals, function addresses and `memory.size`.

use super::context::InstCx;
use super::names::{count, show};
use crate::{FuncId, GlobalId, Opcode, Reg, Type};

/// A typed operation's operands and result have the types of its row in the opcode table.
pub(super) fn check_typed(cx: &mut InstCx<'_>, op: Opcode, dst: Option<Reg>, inputs: &[Reg]) {
    let Some(typing) = op.typing() else { return };
    for (i, (&reg, &want)) in inputs.iter().zip(typing.inputs).enumerate() {
        cx.expect_type(format_args!("{op} operand {}", i + 1), reg, want);
    }
    if let (Some(dst), Some(want)) = (dst, typing.output) {
        cx.expect_type(format_args!("{op} result"), dst, want);
    }
}

/// A constant's result has its type, and 32-bit immediates fit in 32 bits.
pub(super) fn check_const(cx: &mut InstCx<'_>, op: Opcode, dst: Reg, bits: u64) {
    check_typed(cx, op, Some(dst), &[]);
    let narrow = op.typing().and_then(|t| t.output).is_some_and(|t| matches!(t, Type::I32 | Type::F32));
    if narrow && bits > u64::from(u32::MAX) {
        cx.error(format!("{op} immediate {bits:#x} does not fit in 32 bits"));
    }
}

/// `mov` copies between registers of one type.
pub(super) fn check_mov(cx: &mut InstCx<'_>, dst: Reg, src: Reg) {
    if let Some(want) = cx.reg_type(dst) {
        cx.expect_type(format_args!("mov operand 1"), src, want);
    }
}

/// `select` has an `i32` condition and both values of the result's type.
pub(super) fn check_select(cx: &mut InstCx<'_>, dst: Reg, cond: Reg, if_true: Reg, if_false: Reg) {
    cx.expect_type(format_args!("select operand 1"), cond, Type::I32);
    if let Some(want) = cx.reg_type(dst) {
        cx.expect_type(format_args!("select operand 2"), if_true, want);
        cx.expect_type(format_args!("select operand 3"), if_false, want);
    }
}

/// The global of `global.get` / `global.set`, reporting it if it does not exist.
fn global<'m>(cx: &mut InstCx<'m>, op: &str, global: GlobalId) -> Option<&'m crate::Global> {
    let found = cx.module.globals.get(global.index());
    if found.is_none() {
        let n = count(cx.module.globals.len(), "global");
        cx.error(format!("{op} names {global}, which does not exist (the module has {n})"));
    }
    found
}

/// `global.get` names a global and its result has the global's type.
pub(super) fn check_global_get(cx: &mut InstCx<'_>, dst: Reg, id: GlobalId) {
    if let Some(g) = global(cx, "global.get", id) {
        cx.expect_type(format_args!("global.get {} result", show("$", &g.name)), dst, g.ty);
    }
}

/// `global.set` names a mutable global and stores a value of its type.
pub(super) fn check_global_set(cx: &mut InstCx<'_>, id: GlobalId, src: Reg) {
    if let Some(g) = global(cx, "global.set", id) {
        let name = show("$", &g.name);
        cx.expect_type(format_args!("global.set {name} operand 1"), src, g.ty);
        if !g.mutable {
            cx.error(format!("global.set writes immutable global {name}"));
        }
    }
}

/// `func.addr` names a function of the module and has an `i32` result.
pub(super) fn check_func_addr(cx: &mut InstCx<'_>, dst: Reg, func: FuncId) {
    if cx.module.func(func).is_none() {
        let n = count(cx.module.functions.len(), "function");
        cx.error(format!("func.addr names {func}, which does not exist (the module has {n})"));
    }
    cx.expect_type(format_args!("func.addr result"), dst, Type::I32);
}

/// `memory.size` has an `i64` result.
pub(super) fn check_memory_size(cx: &mut InstCx<'_>, dst: Reg) {
    cx.expect_type(format_args!("memory.size result"), dst, Type::I64);
}

/// `str.const` names a string constant of the module's pool and has its table type.
pub(super) fn check_str_const(cx: &mut InstCx<'_>, op: Opcode, dst: Reg, constant: u32) {
    check_typed(cx, op, Some(dst), &[]);
    match cx.module.constants.get(constant as usize) {
        Some(crate::Constant::Str(_)) => {}
        Some(crate::Constant::Bytes(_)) => cx.error(format!("{op} names c{constant}, which is not a string constant")),
        None => {
            let n = count(cx.module.constants.len(), "constant");
            cx.error(format!("{op} names c{constant}, which does not exist (the module has {n})"));
        }
    }
}
