//! Exception handler rules (docs/exceptions.md): a block's handler exists, is not the entry,
//! begins with `catch` and is reached only by unwinding; `catch` appears only there.

use super::Location;
use super::context::Errors;
use super::names::count;
use crate::{Block, Function, InstData};

/// Checks every handler rule of one function.
pub(super) fn check(func: &Function, errs: &mut Errors) {
    let handlers = handler_blocks(func, errs);
    check_handlers_start_with_catch(func, &handlers, errs);
    check_catch_placement(func, &handlers, errs);
    check_no_normal_edges(func, &handlers, errs);
}

/// Which blocks are some block's handler; reports handlers that do not exist or are the entry.
fn handler_blocks(func: &Function, errs: &mut Errors) -> Vec<bool> {
    let n = func.blocks.len();
    let mut is_handler = vec![false; n];
    for (b, data) in func.blocks.iter().enumerate() {
        let Some(h) = data.handler else { continue };
        let loc = Location::Block(func.name.clone(), block_id(b));
        if h.index() >= n {
            errs.push(loc, format!("handler {h} does not exist (the function has {})", count(n, "block")));
        } else if h.index() == 0 {
            errs.push(loc, "handler b0 is the entry block, which cannot be a handler".to_string());
        } else {
            is_handler[h.index()] = true;
        }
    }
    is_handler
}

/// A handler block's first instruction is `catch`.
fn check_handlers_start_with_catch(func: &Function, handlers: &[bool], errs: &mut Errors) {
    for (b, data) in func.blocks.iter().enumerate() {
        if handlers[b] && !matches!(data.insts.first().map(|i| &i.data), Some(InstData::Catch { .. })) {
            let loc = Location::Block(func.name.clone(), block_id(b));
            errs.push(loc, "handler block does not begin with `catch`".to_string());
        }
    }
}

/// `catch` is only the first instruction of a handler block.
fn check_catch_placement(func: &Function, handlers: &[bool], errs: &mut Errors) {
    for (b, data) in func.blocks.iter().enumerate() {
        for (i, inst) in data.insts.iter().enumerate() {
            if !matches!(inst.data, InstData::Catch { .. }) {
                continue;
            }
            let loc = Location::Inst(func.name.clone(), block_id(b), i);
            if i > 0 {
                errs.push(loc, "`catch` is not the first instruction of its block".to_string());
            } else if !handlers[b] {
                errs.push(loc, "`catch` in a block that is no block's handler".to_string());
            }
        }
    }
}

/// No branch targets a handler block: handlers are reached only by unwinding.
fn check_no_normal_edges(func: &Function, handlers: &[bool], errs: &mut Errors) {
    for (b, data) in func.blocks.iter().enumerate() {
        for (i, inst) in data.insts.iter().enumerate() {
            for target in inst.data.successors() {
                if handlers.get(target.index()).copied().unwrap_or(false) {
                    let loc = Location::Inst(func.name.clone(), block_id(b), i);
                    let msg = format!(
                        "{} jumps to handler block {target}, which only unwinding may enter",
                        inst.data.opcode()
                    );
                    errs.push(loc, msg);
                }
            }
        }
    }
}

/// The block with index `i`.
fn block_id(i: usize) -> Block {
    Block(u32::try_from(i).unwrap_or(u32::MAX))
}
