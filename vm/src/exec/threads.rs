//! Green threads: several guest stacks in one machine, switched by the dispatch loop.
//!
//! A guest thread is a slot stack, its [`Frame`] records, the running function, its frame base
//! and where it resumes. Exactly one thread runs; the others wait here, suspended at a call of one
//! of the thread host functions, which the dispatch loop handles itself instead of calling
//! a callback (they are the first four host functions of every VM, see [`register`]):
//!
//! | import | signature | effect |
//! |---|---|---|
//! | `std.thread_fork` | `() -> i32` | a new suspended thread whose only frame is a copy of the caller's, resuming after this call with result 0; the caller gets the new thread's number (> 0); traps past 65536 threads |
//! | `std.thread_switch` | `(i32)` | suspends the running thread and resumes thread `n` (nothing if `n` runs) |
//! | `std.thread_end` | `(i32)` | ends the running thread (its stack is dropped) and resumes thread `n` |
//! | `std.thread_preempt` | `(i32, i32, i32, i32)` | `(slice, hook, first, end)`: arms preemption (`preempt.rs`): every `slice` backward branches in a function of the caller's module with address in `first..end`, the running thread calls the hook (a `func.addr`); `slice <= 0` disarms it |
//!
//! Thread 0 is the thread the run started on; a run ends when it returns (suspended threads are
//! dropped then). Scheduling is the guest's business: the language runtime decides which thread
//! to switch to (the Java library does it in `java/lang/Thread.java`). A thread other than 0 must
//! end with `thread_end`: returning from its bottom frame traps. The collector traces the
//! registers of every suspended thread ([`Threads::suspended`]).

use super::{Cold, Frame};
use crate::code::{CompiledFunc, Op};
use crate::{Trap, TrapKind, Vm};
use rootir::{FuncType, Type};

/// The number of thread host functions; they are host functions 0 to 3.
pub(crate) const THREAD_HOSTS: u32 = 4;
const FORK: u32 = 0;
const SWITCH: u32 = 1;
const END: u32 = 2;
const PREEMPT: u32 = 3;
/// At most this many threads exist at once (each suspended one holds its own slot stack).
const MAX_THREADS: usize = 1 << 16;

/// A thread that does not run: its stack and where it resumes.
pub(crate) struct Suspended {
    stack: Vec<u64>,
    frames: Vec<Frame>,
    cur: *const CompiledFunc,
    base: usize,
    resume: *const Op,
    entry_depth: usize,
}

/// The threads of a run besides the running one.
#[derive(Default)]
pub(crate) struct Threads {
    /// By thread number: a suspended thread, or `None` for the running thread and free numbers.
    slots: Vec<Option<Suspended>>,
    /// The running thread's number.
    current: u32,
    /// The run's preemption, when armed (`preempt.rs`).
    pub(super) preempt: Option<super::preempt::Preempt>,
}

impl Threads {
    /// Whether the running thread is the one the run started on.
    #[inline(always)]
    pub(crate) fn on_first(&self) -> bool {
        self.current == 0
    }

    /// Drops every suspended thread (at the end of a run).
    pub(crate) fn clear(&mut self) {
        self.slots.clear();
        self.current = 0;
        self.preempt = None;
    }

    /// Every suspended thread: its slot stack, running function, frame base and callers' frames
    /// (the collector traces their registers, see `FrameRoots`).
    pub(crate) fn suspended(&self) -> impl Iterator<Item = (&[u64], *const CompiledFunc, usize, &[Frame])> {
        self.slots.iter().flatten().map(|t| (t.stack.as_slice(), t.cur, t.base, t.frames.as_slice()))
    }

    /// A free thread number (not 0, not running, not suspended), or `None` at the limit.
    fn free_number(&mut self) -> Option<u32> {
        let current = self.current as usize;
        let free = self.slots.iter().enumerate().skip(1).position(|(i, s)| s.is_none() && i != current);
        match free {
            Some(i) => Some(i as u32 + 1),
            None if self.slots.len() >= MAX_THREADS => None,
            None => {
                self.slots.resize_with(self.slots.len().max(1) + 1, || None);
                Some(self.slots.len() as u32 - 1)
            }
        }
    }
}

/// Registers the thread host functions; `Vm::new` calls it first, so they are hosts 0 to 3.
pub(crate) fn register(vm: &mut Vm) {
    let refuse = |_: &mut crate::HostCtx<'_>, _: &[u64], _: &mut [u64]| -> Result<(), Trap> {
        Err(Trap::host("thread host functions run only inside the interpreter"))
    };
    vm.define_with_ctx("std", "thread_fork", FuncType::new([], [Type::I32]), refuse);
    vm.define_with_ctx("std", "thread_switch", FuncType::new([Type::I32], []), refuse);
    vm.define_with_ctx("std", "thread_end", FuncType::new([Type::I32], []), refuse);
    vm.define_with_ctx("std", "thread_preempt", FuncType::new([Type::I32; 4], []), refuse);
}

/// Runs thread host function `h` (below [`THREAD_HOSTS`]) called with `args`, whose result
/// register (for `thread_fork`) is `result`. Returns where the interpreter goes on and with which
/// register pointer when the running thread changed, `None` when it goes on after the call.
pub(super) fn thread_op(
    cx: &mut Cold<'_>,
    h: u32,
    args: &[u64],
    result: Option<u16>,
    next: *const Op,
) -> Result<Option<(*const Op, *mut u64)>, Trap> {
    let target = args.first().map_or(0, |&a| a as u32);
    match h {
        FORK => {
            let d = result.ok_or_else(|| bad("thread_fork without a result"))?;
            let n = fork(cx, d, next)?;
            // The verifier checked the result register is a register of this function.
            cx.stack[cx.base + d as usize] = u64::from(n);
            Ok(None)
        }
        SWITCH if target == cx.threads.current => Ok(None),
        SWITCH => switch(cx, target, Some(next)).map(Some),
        END if target == cx.threads.current => Err(bad("thread_end: a thread cannot resume itself")),
        END => switch(cx, target, None).map(Some),
        PREEMPT => super::preempt::arm(cx, args).map(|()| None),
        _ => Err(bad("unknown thread operation")),
    }
}

/// A suspended copy of the running frame that resumes at `next` with 0 in register `d`; returns
/// its number.
fn fork(cx: &mut Cold<'_>, d: u16, next: *const Op) -> Result<u32, Trap> {
    let n = cx.threads.free_number().ok_or_else(|| bad(&format!("thread_fork: more than {MAX_THREADS} threads")))?;
    let regs = cx.func().num_regs;
    let mut stack = cx.stack[cx.base..cx.base + regs].to_vec();
    stack[d as usize] = 0;
    let child = Suspended { stack, frames: Vec::new(), cur: cx.cur, base: 0, resume: next, entry_depth: 0 };
    cx.threads.slots[n as usize] = Some(child);
    Ok(n)
}

/// Makes thread `n` run; the running thread is suspended to resume at `resume`, or ended when
/// `resume` is `None`.
fn switch(cx: &mut Cold<'_>, n: u32, resume: Option<*const Op>) -> Result<(*const Op, *mut u64), Trap> {
    let to = cx.threads.slots.get_mut(n as usize).and_then(Option::take);
    let name = if resume.is_some() { "thread_switch" } else { "thread_end" };
    let to = to.ok_or_else(|| bad(&format!("{name}: thread {n} is not suspended")))?;
    let me = cx.threads.current as usize;
    if let Some(resume) = resume {
        let stack = std::mem::take(cx.stack);
        let frames = std::mem::take(cx.frames);
        let saved = Suspended { stack, frames, cur: cx.cur, base: cx.base, resume, entry_depth: cx.entry_depth };
        cx.threads.slots[me] = Some(saved);
    }
    *cx.stack = to.stack;
    *cx.frames = to.frames;
    cx.cur = to.cur;
    cx.base = to.base;
    cx.entry_depth = to.entry_depth;
    cx.threads.current = n;
    cx.select_memory(cx.func().memory as usize);
    Ok((to.resume, cx.stack.as_mut_ptr().wrapping_add(cx.base)))
}

/// The trap of a misused thread operation.
pub(super) fn bad(what: &str) -> Trap {
    Trap::new(TrapKind::Host, format!("std.{what}"))
}

/// The trap of a thread other than 0 returning from its bottom frame.
pub(super) fn returned_from_thread() -> Trap {
    bad("thread_end: a thread returned from its bottom frame instead of calling thread_end")
}
