//! Unwinding: delivering a thrown object or a catchable trap to a handler.
//!
//! The dispatch loop raises a [`Trap`] as before; the loop around it calls [`unwind`], which
//! looks for the handler of the raising instruction's block in the running frame, then of each
//! caller's call instruction, using each function's [`HandlerTable`](crate::code::HandlerTable).
//! Nothing here runs on the normal path. Calls do not recurse on the Rust stack, so unwinding pops
//! [`Frame`]s and never Rust frames. Code without a handler sees every trap exactly as before.

use super::{Cold, Frame, frames_above, instruction_index, interrupted, with_heap};
use crate::code::{CompiledFunc, Handler, Op};
use crate::exc_ops::{catchable_number, new_trap_object, uncaught};
use crate::{Trap, TrapKind};
use rootir::TrapCode;
use vmalloc::Ref;

/// What `throw` raises: a null-reference trap for null, else the object (kept in the state, where
/// the collector sees it, until a handler receives it).
#[cold]
#[inline(never)]
pub(super) fn thrown(cx: &mut Cold<'_>, value: u64) -> Trap {
    if value == 0 {
        return Trap::code(TrapCode::NullReference);
    }
    cx.exception = value;
    Trap::new(TrapKind::UncaughtException, "uncaught exception")
}

/// Delivers `trap` (raised by the instruction before `ip` in the running frame) to the nearest
/// handler: pops the frames above it, writes the caught value to its `catch` register and returns
/// where it continues and its register pointer. A trap no handler may catch, or that none does,
/// comes back unchanged with the frames untouched (so the stack trace shows where it happened);
/// an uncaught thrown object becomes "uncaught exception" (or the original trap for a trap object).
#[cold]
#[inline(never)]
pub(super) fn unwind(cx: &mut Cold<'_>, trap: Trap, ip: *const Op) -> Result<(*const Op, *mut u64), Trap> {
    // A host function's error ends the run whatever its kind.
    if is_host_call(cx.func(), ip) {
        return Err(trap);
    }
    // A handler that throws to itself loops without a branch or a call: it checks here.
    if cx.interrupt.is_requested() {
        return Err(interrupted(cx.interrupt));
    }
    let thrown = trap.kind == TrapKind::UncaughtException;
    let number = match catchable_number(&trap.kind) {
        _ if thrown => 0,
        Some(number) => number,
        None => return Err(trap),
    };
    let Some((depth, handler)) = find_handler(cx, ip) else {
        return Err(if thrown { uncaught_exception(cx) } else { trap });
    };
    let value = if thrown {
        std::mem::take(&mut cx.exception)
    } else {
        cx.trap_stack = super::StackView::at(cx, ip).frames();
        // The frames are still in place, so this allocation's collection sees every root.
        with_heap(cx, |h| new_trap_object(h.heap, h.roots, number, &trap)).ok_or(trap)?
    };
    pop_frames(cx, depth);
    let func = cx.func();
    let code = func.code.as_ptr().wrapping_add(handler.target as usize);
    // The verifier checked the `catch` register is a register of this function.
    cx.stack[cx.base + handler.catch_reg as usize] = value;
    Ok((code, cx.stack.as_mut_ptr().wrapping_add(cx.base)))
}

/// The nearest handler: in the running frame at `ip`, else at the call of each caller in turn.
/// Returns how many frames to pop to reach it.
fn find_handler(cx: &Cold<'_>, ip: *const Op) -> Option<(usize, Handler)> {
    let here = handler_at(cx.func(), ip).map(|h| (0, h));
    here.or_else(|| {
        frames_above(cx.frames, cx.entry_depth)
            .enumerate()
            .find_map(|(i, frame)| handler_at(frame_func(cx, frame), frame.resume).map(|h| (i + 1, h)))
    })
}

/// The handler of the instruction before `next` in `func`.
fn handler_at(func: &CompiledFunc, next: *const Op) -> Option<Handler> {
    func.handlers.at(&func.origins, instruction_index(func, next))
}

/// Whether the instruction before `next` in `func` is a host call.
fn is_host_call(func: &CompiledFunc, next: *const Op) -> bool {
    matches!(func.code.get(instruction_index(func, next) as usize), Some(Op::CallHost { .. }))
}

/// The function a suspended frame runs.
fn frame_func<'a>(cx: &'a Cold<'_>, frame: &Frame) -> &'a CompiledFunc {
    &cx.funcs[cx.index_of(frame.func) as usize]
}

/// Pops `depth` frames; the last one popped becomes the running frame.
fn pop_frames(cx: &mut Cold<'_>, depth: usize) {
    let Some(keep) = cx.frames.len().checked_sub(depth) else { return };
    if depth == 0 {
        return;
    }
    let frame = cx.frames[keep];
    cx.frames.truncate(keep);
    cx.cur = frame.func;
    cx.base = frame.base as usize;
    cx.select_memory(cx.func().memory as usize);
}

/// The trap ending a run whose thrown object nothing caught.
fn uncaught_exception(cx: &mut Cold<'_>) -> Trap {
    let value = std::mem::take(&mut cx.exception);
    let heap = &*cx.heap;
    let class_name =
        |r: Ref| heap.class_of(r).ok().and_then(|c| heap.class_layout(c)).map(|layout| layout.name.clone());
    uncaught(heap, class_name, value)
}
