//! Checks of control flow: jumps, branches, switches and returns.

use super::context::InstCx;
use super::names::count;
use crate::{Block, Reg, Type};

/// A branch target is a block of the function.
fn check_target(cx: &mut InstCx<'_>, op: &str, target: Block) {
    let n = cx.func.blocks.len();
    if target.index() >= n {
        cx.error(format!("{op} target {target} does not exist (the function has {})", count(n, "block")));
    }
}

/// `br` jumps to an existing block.
pub(super) fn check_jump(cx: &mut InstCx<'_>, target: Block) {
    check_target(cx, "br", target);
}

/// `br_if` has an `i32` condition and existing targets.
pub(super) fn check_branch(cx: &mut InstCx<'_>, cond: Reg, if_true: Block, if_false: Block) {
    cx.expect_type(format_args!("br_if operand 1"), cond, Type::I32);
    check_target(cx, "br_if", if_true);
    check_target(cx, "br_if", if_false);
}

/// `br_table` has an `i32` index and existing targets.
pub(super) fn check_switch(cx: &mut InstCx<'_>, index: Reg, targets: &[Block], default: Block) {
    cx.expect_type(format_args!("br_table operand 1"), index, Type::I32);
    for &target in targets.iter().chain([&default]) {
        check_target(cx, "br_table", target);
    }
}

/// `ret` returns one value of each result type of the function.
pub(super) fn check_return(cx: &mut InstCx<'_>, values: &[Reg]) {
    let want = &cx.func.sig.results;
    cx.expect_types(format_args!("ret"), "value", values, want);
}
