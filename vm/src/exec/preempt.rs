//! Preemption of green threads: every `slice` backward branches, the running thread calls the
//! guest's scheduler hook, which may switch to another thread.
//!
//! The guest arms it with `std.thread_preempt(slice, hook, first, end)` (host 3 of every VM,
//! handled by the dispatch loop like the other thread functions, see `threads.rs`): `hook` is
//! the address (`func.addr`) of a `() -> ()` function of the caller's module, and only
//! functions of that module with an address in `first..end` are preempted (a language runtime
//! keeps its own code, which may update shared state, out of the range). A `slice` of 0 or
//! less turns preemption off.
//!
//! Cost: backward branches test one flag, `InterruptFlag::attention`, as they do for an
//! interrupt. It is false while preemption is off, so a run with one thread pays nothing more.
//! While it is on, a backward branch also counts down `Cold::ticks`; at 0, [`attend`] runs:
//! it takes a requested interrupt, or, in a preemptible function, has the dispatch loop enter
//! the hook as if the branch had called it (the hook returns to the branch's target), or, in
//! another function, looks again [`RECHECK`] branches later. Counting branches, not time, keeps runs deterministic.

use super::{Cold, Trap, interrupted};

/// Branches between two looks while the running function may not be preempted.
const RECHECK: u32 = 64;

/// The armed preemption of a run.
#[derive(Copy, Clone, Debug)]
pub(crate) struct Preempt {
    /// Backward branches between two calls of the hook.
    slice: u32,
    /// The hook (a VM function index).
    hook: u32,
    /// The VM function indices that may be preempted.
    first: u32,
    end: u32,
}

/// `std.thread_preempt(slice, hook, first, end)`: arms (or, with `slice <= 0`, disarms)
/// preemption.
pub(super) fn arm(cx: &mut Cold<'_>, args: &[u64]) -> Result<(), Trap> {
    let [slice, hook, first, end] = [0, 1, 2, 3].map(|i| args.get(i).map_or(0, |&a| a as u32 as i32));
    if slice <= 0 {
        cx.threads.preempt = None;
        cx.interrupt.set_preempting(false);
        cx.ticks = 1;
        return Ok(());
    }
    let func = cx.func();
    let (base, count) = (func.func_base, func.func_count);
    if hook < 0 || hook as u32 >= count {
        return Err(super::threads::bad("thread_preempt: the hook is no function of the module"));
    }
    let hook = base + hook as u32;
    let sig = &cx.funcs[hook as usize].sig;
    if !sig.params.is_empty() || !sig.results.is_empty() {
        return Err(super::threads::bad("thread_preempt: the hook's signature is not () -> ()"));
    }
    let clamp = |a: i32| base + (a.max(0) as u32).min(count);
    cx.threads.preempt = Some(Preempt { slice: slice as u32, hook, first: clamp(first), end: clamp(end) });
    cx.interrupt.set_preempting(true);
    cx.ticks = slice as u32;
    Ok(())
}

/// A backward branch found `ticks` at 0 (see the module documentation). Returns the hook to
/// enter (the dispatch loop calls it, returning to the branch's target), or `None` when the
/// branch goes on.
#[cold]
#[inline(never)]
pub(super) fn attend(cx: &mut Cold<'_>) -> Result<Option<u32>, Trap> {
    if cx.interrupt.is_requested() {
        cx.ticks = 1;
        return Err(interrupted(cx.interrupt));
    }
    let Some(p) = cx.threads.preempt else {
        // `attention` was set by an interrupt already taken, or for an earlier run.
        cx.interrupt.set_preempting(false);
        cx.ticks = 1;
        return Ok(None);
    };
    let running = cx.index_of(cx.cur);
    // The hook's frame must fit under the depth limit (a preemption never traps).
    if !(p.first..p.end).contains(&running) || cx.frames.len() + 1 >= cx.max_frames {
        cx.ticks = RECHECK.min(p.slice);
        return Ok(None);
    }
    cx.ticks = p.slice;
    Ok(Some(p.hook))
}
