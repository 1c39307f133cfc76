//! Function-level and block-level checks; drives the instruction checks.

use super::context::{Errors, InstCx};
use super::inst::{check_inst, variant_format};
use super::module_items::sig_size_problems;
use super::names::count;
use super::{Location, MAX_INSTS, MAX_REGS};
use crate::{Block, BlockData, Function, Module};

/// Checks one function, its blocks and every instruction.
pub(super) fn check(module: &Module, func: &Function, errs: &mut Errors) {
    check_sig_size(func, errs);
    check_reg_count(func, errs);
    check_params_in_regs(func, errs);
    check_has_blocks(func, errs);
    check_inst_count(func, errs);
    for (i, data) in func.blocks.iter().enumerate() {
        let block = block_id(i);
        check_block_not_empty(func, block, data, errs);
        check_block_ends_with_terminator(func, block, data, errs);
        check_no_early_terminator(func, block, data, errs);
        for (index, inst) in data.insts.iter().enumerate() {
            check_inst(&mut InstCx::new(module, func, block, index, errs), inst);
        }
    }
    super::handlers::check(func, errs);
}

/// The block with index `i` (saturating: a table that large is rejected by the instruction limit).
fn block_id(i: usize) -> Block {
    Block(u32::try_from(i).unwrap_or(u32::MAX))
}

fn func_loc(func: &Function) -> Location {
    Location::Func(func.name.clone())
}

/// The signature's lists are not absurdly long.
fn check_sig_size(func: &Function, errs: &mut Errors) {
    for problem in sig_size_problems(&func.sig) {
        errs.push(func_loc(func), format!("signature {problem}"));
    }
}

/// At most [`MAX_REGS`] registers.
fn check_reg_count(func: &Function, errs: &mut Errors) {
    if func.regs.len() > MAX_REGS {
        let msg = format!("function has {}, more than the limit of {MAX_REGS}", count(func.regs.len(), "register"));
        errs.push(func_loc(func), msg);
    }
}

/// The first registers are the parameters, with the parameters' types.
fn check_params_in_regs(func: &Function, errs: &mut Errors) {
    let params = &func.sig.params;
    if func.regs.len() < params.len() {
        let msg = format!(
            "function has {} but only {}",
            count(params.len(), "parameter"),
            count(func.regs.len(), "register")
        );
        errs.push(func_loc(func), msg);
        return;
    }
    for (i, (&param, &reg)) in params.iter().zip(&func.regs).enumerate() {
        if param != reg {
            let msg = format!("register r{i} has type {reg}, but parameter {} has type {param}", i + 1);
            errs.push(func_loc(func), msg);
        }
    }
}

/// There is an entry block.
fn check_has_blocks(func: &Function, errs: &mut Errors) {
    if func.blocks.is_empty() {
        errs.push(func_loc(func), "function has no blocks".to_string());
    }
}

/// At most [`MAX_INSTS`] instructions.
fn check_inst_count(func: &Function, errs: &mut Errors) {
    let n = func.inst_count();
    if n > MAX_INSTS {
        let msg = format!("function has {}, more than the limit of {MAX_INSTS}", count(n, "instruction"));
        errs.push(func_loc(func), msg);
    }
}

/// A block has at least one instruction.
fn check_block_not_empty(func: &Function, block: Block, data: &BlockData, errs: &mut Errors) {
    if data.insts.is_empty() {
        errs.push(Location::Block(func.name.clone(), block), "block is empty".to_string());
    }
}

/// The last instruction is a terminator.
fn check_block_ends_with_terminator(func: &Function, block: Block, data: &BlockData, errs: &mut Errors) {
    if let Some(last) = data.insts.last()
        && !variant_format(&last.data).is_terminator()
    {
        let msg = format!("block does not end with a terminator (its last instruction is {})", last.data.opcode());
        errs.push(Location::Block(func.name.clone(), block), msg);
    }
}

/// No terminator comes before the last instruction.
fn check_no_early_terminator(func: &Function, block: Block, data: &BlockData, errs: &mut Errors) {
    let body = data.insts.split_last().map_or(&[][..], |(_, body)| body);
    for (i, inst) in body.iter().enumerate() {
        if variant_format(&inst.data).is_terminator() {
            let msg = format!("terminator {} before the end of the block", inst.data.opcode());
            errs.push(Location::Inst(func.name.clone(), block, i), msg);
        }
    }
}
