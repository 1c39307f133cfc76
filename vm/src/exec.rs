//! The interpreter loop: one handler per internal instruction, the typed ones
//! generated from the opcode table and calling `rootir::semantics`.
//!
//! Guest calls push a [`Frame`] on an explicit stack instead of recursing on the
//! Rust stack; a frame's registers are a window of the one slot stack, placed
//! right after the caller's.

use crate::any_ops::{self, Slow};
use crate::classes::VmClass;
use crate::code::{CompiledFunc, Op, R};
use crate::compile::Target;
use crate::heap_ops::{self, HeapCx};
use crate::host::{HostCtx, HostFunc};
use crate::interrupt::InterruptFlag;
use crate::object_ops::{self, Classes};
use crate::{HostValue, Trap, TrapKind};
use rootir::TrapCode;
use rootir::semantics;
use std::sync::atomic::Ordering;
use vmalloc::{Heap, Roots, Tracer};

mod preempt;
mod threads;
mod unwind;

pub(crate) use threads::{Threads, register as register_threads};

/// A suspended caller: which function, where to resume, its frame base and where its call's result list starts.
#[derive(Copy, Clone, Debug)]
pub(crate) struct Frame {
    /// The caller (an element of the VM's function table, which does not change during a run).
    pub func: *const CompiledFunc,
    pub base: u32,
    pub results: u32,
    /// The instruction after the call.
    pub resume: *const Op,
}

/// Everything the interpreter reads and writes.
pub(crate) struct Machine {
    pub funcs: Vec<CompiledFunc>,
    pub globals: Vec<u64>,
    pub memories: Vec<Vec<u8>>,
    pub hosts: Vec<HostFunc>,
    pub stack: Vec<u64>,
    pub frames: Vec<Frame>,
    /// The heap of every loaded module.
    pub heap: Heap,
    /// The interned string constants of every module (0 for a bytes constant), rooted.
    pub strings: Vec<u64>,
    /// Indices in `globals` of the `ref` and `any` globals, rooted.
    pub global_refs: Vec<u32>,
    /// The classes of every loaded module, by VM class index.
    pub classes: Vec<VmClass>,
    /// Heap class id → VM class index.
    pub class_by_heap: Vec<u32>,
    /// The suspended green threads of the run (empty between runs).
    pub threads: Threads,
    /// The IR of functions not compiled yet (`lazy.rs`).
    pub lazy: crate::lazy::Lazy,
}

// SAFETY: the only non-`Send` fields are the raw pointers of `frames`, which point into the
// heap buffers of `funcs` (owned by this same machine, so they move with it and stay valid) and are
// dereferenced only by `execute`, which holds `&mut Machine`. Between runs `frames` is empty,
// and so is `threads`, whose suspended threads hold such pointers too.
// Host callbacks are `Send` by their type.
unsafe impl Send for Machine {}

/// Limits for one run.
pub(crate) struct RunLimits<'a> {
    pub fuel: Option<u64>,
    pub max_depth: usize,
    pub max_stack_slots: usize,
    /// Set by an [`crate::InterruptHandle`]; checked at calls and backward branches.
    pub interrupt: &'a InterruptFlag,
}

/// Where a trap happened: the innermost function and instruction, then the callers.
pub(crate) struct TrapSite {
    pub trap: Trap,
    /// `(function, pc of the instruction)` innermost first.
    pub frames: Vec<(u32, u32)>,
}

/// Reads register `r` of the frame whose first register is at `regs`, as a `T`.
///
/// # Safety
/// `regs` points to the first register of the current frame, whose registers all lie inside the
/// slot stack, and `r` is a register of the current function.
#[inline(always)]
unsafe fn rd<T: HostValue>(regs: *const u64, r: R) -> T {
    // SAFETY: by the contract, `regs + r` is a register slot of the live frame.
    T::from_slot(unsafe { *regs.add(r as usize) })
}

/// Writes `v` to register `r` of the frame whose first register is at `regs`.
///
/// # Safety
/// As for [`rd`].
#[inline(always)]
unsafe fn wr<T: HostValue>(regs: *mut u64, r: R, v: T) {
    // SAFETY: by the contract, `regs + r` is a register slot of the live frame.
    unsafe { *regs.add(r as usize) = v.to_slot() }
}

/// The out-of-line slow path of the `any` instruction just executed; the any hook may enter a frame.
macro_rules! any_slow_path {
    ($cx:ident $ip:ident, $regs:ident, $trap:ident) => {{
        match any_slow($cx, $regs, $ip) {
            Ok(None) => {}
            Ok(Some(callee_regs)) => {
                $regs = callee_regs;
                $ip = $cx.func().code.as_ptr();
            }
            Err(t) => $trap!(t),
        }
    }};
}

/// The heap path of the instruction just executed: one shared out-of-line call.
macro_rules! heap_path {
    ($cx:ident $ip:ident, $regs:ident, $trap:ident) => {{
        if let Err(t) = heap_dispatch($cx, $regs, $ip) {
            $trap!(t);
        }
    }};
}

/// Inline fast paths of the hottest array accesses (a live array of the right element type and
/// an index in bounds); anything else takes the checked heap path, which traps with the reason.
macro_rules! array_fast {
    (get $cx:ident $ip:ident, $regs:ident, $x:ident, $trap:ident, $view:ident, $t:ty) => {{
        let r = vmalloc::Ref::from_bits(rd::<u64>($regs, $x.a));
        let i = rd::<i32>($regs, $x.b) as u32 as usize;
        match $cx.heap.$view(r).and_then(|a| a.get(i)) {
            Some(&v) => wr::<$t>($regs, $x.d, v),
            None => heap_path!($cx $ip, $regs, $trap),
        }
    }};
    (get_i32 $cx:ident $ip:ident, $regs:ident, $x:ident, $trap:ident, $view:ident) => {{
        // Narrow elements widen to an `i32` register (sign- or zero-extended by their type).
        let r = vmalloc::Ref::from_bits(rd::<u64>($regs, $x.a));
        let i = rd::<i32>($regs, $x.b) as u32 as usize;
        match $cx.heap.$view(r).and_then(|a| a.get(i)) {
            Some(&v) => wr::<i32>($regs, $x.d, i32::from(v)),
            None => heap_path!($cx $ip, $regs, $trap),
        }
    }};
    (set_i32 $cx:ident $ip:ident, $regs:ident, $x:ident, $trap:ident, $view:ident, $t:ty) => {{
        // Narrow elements keep the low bits of the `i32` register.
        let r = vmalloc::Ref::from_bits(rd::<u64>($regs, $x.a));
        let i = rd::<i32>($regs, $x.b) as u32 as usize;
        let v = rd::<i32>($regs, $x.c) as $t;
        match $cx.heap.$view(r).and_then(|a| a.get_mut(i)) {
            Some(slot) => *slot = v,
            None => heap_path!($cx $ip, $regs, $trap),
        }
    }};
    (set $cx:ident $ip:ident, $regs:ident, $x:ident, $trap:ident, $view:ident, $t:ty) => {{
        let r = vmalloc::Ref::from_bits(rd::<u64>($regs, $x.a));
        let i = rd::<i32>($regs, $x.b) as u32 as usize;
        let v = rd::<$t>($regs, $x.c);
        match $cx.heap.$view(r).and_then(|a| a.get_mut(i)) {
            Some(slot) => *slot = v,
            None => heap_path!($cx $ip, $regs, $trap),
        }
    }};
}

/// The handler of one typed instruction. `$trap` receives the `Trap` to raise.
macro_rules! typed_handler {
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Binary, array_get_i8, $($rest:tt)*) => {
        array_fast!(get_i32 $cx $ip, $regs, $x, $trap, array_i8)
    };
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Binary, array_get_i16, $($rest:tt)*) => {
        array_fast!(get_i32 $cx $ip, $regs, $x, $trap, array_i16)
    };
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Binary, array_get_u16, $($rest:tt)*) => {
        array_fast!(get_i32 $cx $ip, $regs, $x, $trap, array_u16)
    };
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Ternary, array_set_i8, $($rest:tt)*) => {
        array_fast!(set_i32 $cx $ip, $regs, $x, $trap, array_i8_mut, i8)
    };
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Ternary, array_set_i16, $($rest:tt)*) => {
        array_fast!(set_i32 $cx $ip, $regs, $x, $trap, array_i16_mut, i16)
    };
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Ternary, array_set_u16, $($rest:tt)*) => {
        array_fast!(set_i32 $cx $ip, $regs, $x, $trap, array_u16_mut, u16)
    };
    // Heap rows that never trap nor allocate run inline (no out-of-line heap call).
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Nullary, ref_null, $($rest:tt)*) => {
        wr::<u64>($regs, $x.d, vmalloc::Ref::NULL.bits())
    };
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Unary, ref_is_null, $($rest:tt)*) => {
        wr::<i32>($regs, $x.d, i32::from(rd::<u64>($regs, $x.a) == vmalloc::Ref::NULL.bits()))
    };
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Binary, ref_eq, $($rest:tt)*) => {
        wr::<i32>($regs, $x.d, i32::from(rd::<u64>($regs, $x.a) == rd::<u64>($regs, $x.b)))
    };
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Binary, array_store_known, $($rest:tt)*) => {{
        let (a, v) = (vmalloc::Ref::from_bits(rd::<u64>($regs, $x.a)), vmalloc::Ref::from_bits(rd::<u64>($regs, $x.b)));
        wr::<i32>($regs, $x.d, i32::from($cx.heap.array_store_known(a, v)))
    }};
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Binary, array_class, $($rest:tt)*) => {{
        let (a, other) = (vmalloc::Ref::from_bits(rd::<u64>($regs, $x.a)), rd::<u64>($regs, $x.b));
        wr::<u64>($regs, $x.d, $cx.heap.array_class(a).map_or(other, vmalloc::Ref::bits))
    }};
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Binary, array_get_i32, $($rest:tt)*) => {
        array_fast!(get $cx $ip, $regs, $x, $trap, array_i32, i32)
    };
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Binary, array_get_i64, $($rest:tt)*) => {
        array_fast!(get $cx $ip, $regs, $x, $trap, array_i64, i64)
    };
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Binary, array_get_f64, $($rest:tt)*) => {
        array_fast!(get $cx $ip, $regs, $x, $trap, array_f64, f64)
    };
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Binary, array_get_ref, $($rest:tt)*) => {
        array_fast!(get $cx $ip, $regs, $x, $trap, array_refs, u64)
    };
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Binary, array_get_any, $($rest:tt)*) => {
        array_fast!(get $cx $ip, $regs, $x, $trap, array_anys, u64)
    };
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Ternary, array_set_i32, $($rest:tt)*) => {
        array_fast!(set $cx $ip, $regs, $x, $trap, array_i32_mut, i32)
    };
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Ternary, array_set_i64, $($rest:tt)*) => {
        array_fast!(set $cx $ip, $regs, $x, $trap, array_i64_mut, i64)
    };
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Ternary, array_set_f64, $($rest:tt)*) => {
        array_fast!(set $cx $ip, $regs, $x, $trap, array_f64_mut, f64)
    };
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Ternary, array_set_ref, $($rest:tt)*) => {
        array_fast!(set $cx $ip, $regs, $x, $trap, array_refs_mut, u64)
    };
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Ternary, array_set_any, $($rest:tt)*) => {
        array_fast!(set $cx $ip, $regs, $x, $trap, array_anys_mut, u64)
    };
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, $fmt:ident, $f:ident, ($($i:ident),*) -> ($($o:ident)?), heap) => {{
        // Every heap arm has this same body, so the loop gains one shared out-of-line call.
        let _ = $x;
        if let Err(t) = heap_dispatch($cx, $regs, $ip) {
            $trap!(t);
        }
    }};
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Binary, any_vec_get, $($rest:tt)*) => {{
        match crate::any_arith::vec_get($cx.heap, rd::<u64>($regs, $x.a), rd::<u64>($regs, $x.b)) {
            Some(v) => wr::<u64>($regs, $x.d, v),
            None => any_slow_path!($cx $ip, $regs, $trap),
        }
    }};
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Ternary, any_vec_set, $($rest:tt)*) => {{
        if !crate::any_arith::vec_set($cx.heap, rd::<u64>($regs, $x.a), rd::<u64>($regs, $x.b), rd::<u64>($regs, $x.c)) {
            any_slow_path!($cx $ip, $regs, $trap);
        }
    }};
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Binary, any_attr_get, $($rest:tt)*) => {{
        match crate::any_attr::attr_get($cx.heap, rd::<u64>($regs, $x.a), rd::<u64>($regs, $x.b)) {
            Some(v) => wr::<u64>($regs, $x.d, v),
            None => any_slow_path!($cx $ip, $regs, $trap),
        }
    }};
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Ternary, any_attr_set, $($rest:tt)*) => {{
        if !crate::any_attr::attr_set($cx.heap, rd::<u64>($regs, $x.a), rd::<u64>($regs, $x.b), rd::<u64>($regs, $x.c)) {
            any_slow_path!($cx $ip, $regs, $trap);
        }
    }};
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Nullary, $f:ident, () -> ($o:ident), dynamic) => {{
        match any_ops::$f() {
            Some(v) => wr::<u64>($regs, $x.d, v),
            None => any_slow_path!($cx $ip, $regs, $trap),
        }
    }};
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Unary, $f:ident, ($i:ident) -> ($o:ident), dynamic) => {{
        match any_ops::$f(rd::<u64>($regs, $x.a)) {
            Some(v) => wr::<u64>($regs, $x.d, v),
            None => any_slow_path!($cx $ip, $regs, $trap),
        }
    }};
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Binary, $f:ident, ($i:ident, $j:ident) -> ($o:ident), dynamic) => {{
        match any_ops::$f(rd::<u64>($regs, $x.a), rd::<u64>($regs, $x.b)) {
            Some(v) => wr::<u64>($regs, $x.d, v),
            None => any_slow_path!($cx $ip, $regs, $trap),
        }
    }};
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Const, $f:ident, () -> ($o:ident), $k:ident) => {{
        wr::<u64>($regs, $x.d, $x.bits());
    }};
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Unary, $f:ident, ($i:ident) -> ($o:ident), pure) => {{
        let v = semantics::$f(rd::<rootir::rust_type!($i)>($regs, $x.a));
        wr::<rootir::rust_type!($o)>($regs, $x.d, v);
    }};
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Binary, $f:ident, ($i:ident, $j:ident) -> ($o:ident), pure) => {{
        let v = semantics::$f(rd::<rootir::rust_type!($i)>($regs, $x.a), rd::<rootir::rust_type!($j)>($regs, $x.b));
        wr::<rootir::rust_type!($o)>($regs, $x.d, v);
    }};
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Binary, $f:ident, ($i:ident, $j:ident) -> ($o:ident), traps) => {{
        match semantics::$f(rd::<rootir::rust_type!($i)>($regs, $x.a), rd::<rootir::rust_type!($j)>($regs, $x.b)) {
            Ok(v) => wr::<rootir::rust_type!($o)>($regs, $x.d, v),
            Err(code) => $trap!(Trap::code(code)),
        }
    }};
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Load, $f:ident, (I64) -> ($o:ident), traps) => {{
        let loaded =
            semantics::effective_address(rd::<i64>($regs, $x.a), $x.offset).and_then(|addr| semantics::$f($mem, addr));
        match loaded {
            Ok(v) => wr::<rootir::rust_type!($o)>($regs, $x.d, v),
            Err(code) => $trap!(Trap::code(code)),
        }
    }};
    ($cx:ident $ip:ident, $regs:ident, $mem:expr, $x:ident, $trap:ident, Store, $f:ident, (I64, $v:ident) -> (), traps) => {{
        let value = rd::<rootir::rust_type!($v)>($regs, $x.v);
        let stored = semantics::effective_address(rd::<i64>($regs, $x.a), $x.offset)
            .and_then(|addr| semantics::$f($mem, addr, value));
        if let Err(code) = stored {
            $trap!(Trap::code(code));
        }
    }};
}

/// A result register list encoded in [`Frame::results`]: the call wrote its one result straight to
/// the register in the low bits (see `Op::Call1`).
const DIRECT_RESULT: u32 = 1 << 31;

/// The interpreter's state apart from the three hot values (code pointer, pc, register pointer).
/// It is reached through a pointer so that the compiler keeps the hot values in machine registers.
struct Cold<'m> {
    funcs: FuncTable<'m>,
    globals: &'m mut Vec<u64>,
    memories: &'m mut Vec<Vec<u8>>,
    hosts: &'m mut Vec<HostFunc>,
    stack: &'m mut Vec<u64>,
    frames: &'m mut Vec<Frame>,
    heap: &'m mut Heap,
    strings: &'m [u64],
    global_refs: &'m [u32],
    classes: Classes<'m>,
    limits: &'m RunLimits<'m>,
    /// Also holds the frame count at which a call exceeds the depth limit (the running frame
    /// counts too), or 0 once the run is interrupted.
    interrupt: &'m InterruptFlag,
    entry_depth: usize,
    /// The frame count at which a call exceeds the depth limit (the running frame counts too).
    max_frames: usize,
    /// The running function (an element of `funcs`) and its frame base.
    cur: *const CompiledFunc,
    base: usize,
    /// The running function's linear memory (index, start and length). Memories never change size
    /// while guest code runs (there is no grow operation and host functions cannot reach them).
    mem: usize,
    mem_ptr: *mut u8,
    mem_len: usize,
    fuel: u64,
    host_args: Vec<u64>,
    host_results: Vec<u64>,
    /// The object a `throw` raised, until unwinding hands it to a handler (a root meanwhile).
    exception: u64,
    /// The guest stack where the last catchable trap happened (for [`HostCtx::trap_stack`]).
    trap_stack: Vec<crate::host::GuestFrame>,
    /// The suspended green threads (`threads.rs`).
    threads: &'m mut Threads,
    /// While `InterruptFlag::attention` is set: backward branches until the next look at it
    /// (`preempt.rs`); at least 1.
    ticks: u32,
    lazy: &'m mut crate::lazy::Lazy,
}

/// The function table during a run. Entries are replaced in place when a stub compiles
/// (`Op::Compile`), so it is held as a raw pointer: frames and `Cold::cur` point at entries,
/// and the slices handed out by `Deref` live only between such replacements.
struct FuncTable<'m> {
    ptr: *mut CompiledFunc,
    len: usize,
    _table: std::marker::PhantomData<&'m mut [CompiledFunc]>,
}

impl std::ops::Deref for FuncTable<'_> {
    type Target = [CompiledFunc];
    fn deref(&self) -> &[CompiledFunc] {
        // SAFETY: `ptr`/`len` come from the machine's `Vec`, borrowed mutably for the run and
        // never resized during it; entries are only written by `compile_stub`, which holds no
        // slice.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

/// Compiles the running function (a stub, see `lazy.rs`) in place, zeroes the registers its
/// code expects zeroed and returns its first instruction.
#[cold]
#[inline(never)]
fn compile_stub(cx: &mut Cold<'_>, regs: *mut u64) -> *const Op {
    let f = cx.index_of(cx.cur);
    let compiled = cx.lazy.compile(cx.func().module, f);
    for &z in &compiled.zero_regs {
        // SAFETY: the frame was entered with the stub's register count, which is the compiled
        // function's (both are the IR function's).
        unsafe { *regs.add(z as usize) = 0 };
    }
    // SAFETY: `f < len` (it is the running entry); no reference into the table is live here,
    // and the stub's code (which `ip` pointed into) is not used after this.
    unsafe { *cx.funcs.ptr.add(f as usize) = compiled };
    // The running entry is now the compiled function (same address, fresh provenance).
    cx.cur = cx.funcs.ptr.wrapping_add(f as usize);
    cx.func().code.as_ptr()
}

impl Cold<'_> {
    /// Pushes a frame for `callee` above the current one and makes it current. Returns the new
    /// register pointer, after the caller's `copy_args` has filled the arguments.
    ///
    /// # Safety
    /// `callee` is a valid function index (the compiler emits only those).
    #[inline(always)]
    unsafe fn enter(
        &mut self,
        callee: u32,
        resume: *const Op,
        results: u32,
        copy_args: impl FnOnce(*const u64, *mut u64),
    ) -> Result<*mut u64, Trap> {
        // One test covers both the depth limit and an interrupt (which lowers the limit to 0).
        if self.frames.len() >= self.interrupt.frame_limit.load(Ordering::Relaxed)
            && let Some(trap) = self.call_refused()
        {
            return Err(trap);
        }
        // SAFETY: the compiler only emits calls to existing functions.
        let (caller, target) = unsafe { (&*self.cur, self.funcs.get_unchecked(callee as usize)) };
        let new_base = self.base + caller.num_regs;
        let need = new_base + target.num_regs;
        if need > self.stack.len() {
            grow_stack(self.stack, need, self.limits.max_stack_slots)?;
        }
        // SAFETY: the stack holds both frames (just ensured).
        let (caller_regs, callee_regs) = unsafe {
            let caller_regs = self.stack.as_mut_ptr().add(self.base);
            (caller_regs as *const u64, caller_regs.add(caller.num_regs))
        };
        copy_args(caller_regs, callee_regs);
        for &z in &target.zero_regs {
            // SAFETY: zeroed registers are registers of the callee.
            unsafe { *callee_regs.add(z as usize) = 0 };
        }
        self.frames.push(Frame { func: self.cur, base: self.base as u32, results, resume });
        self.cur = target;
        self.base = new_base;
        self.select_memory(target.memory as usize);
        Ok(callee_regs)
    }

    /// Why a call cannot be entered: an interrupt or the depth limit.
    #[cold]
    #[inline(never)]
    fn call_refused(&self) -> Option<Trap> {
        if self.interrupt.is_requested() {
            Some(interrupted(self.interrupt))
        } else if self.frames.len() >= self.max_frames {
            Some(depth_trap(self.limits.max_depth))
        } else {
            // A late store of 0 by an interrupt that this run already consumed: re-arm.
            self.interrupt.frame_limit.store(self.max_frames, Ordering::SeqCst);
            None
        }
    }

    /// Pops the current frame; returns where the caller resumes, its register pointer and where its
    /// results go, or `None` at the entry frame.
    #[inline(always)]
    fn leave(&mut self) -> Option<(*const Op, *mut u64, u32)> {
        if self.frames.len() == self.entry_depth {
            return None;
        }
        let frame = self.frames.pop()?;
        self.cur = frame.func;
        self.base = frame.base as usize;
        self.select_memory(self.func().memory as usize);
        // SAFETY: the caller's frame was inside the stack when it made the call, and the stack never shrinks.
        let regs = unsafe { self.stack.as_mut_ptr().add(self.base) };
        Some((frame.resume, regs, frame.results))
    }

    /// Writes result `i` of a returning call to the caller register `results` designates.
    ///
    /// # Safety
    /// `regs` is the caller's register pointer and `results` came from its call instruction.
    #[inline(always)]
    unsafe fn write_result(&self, regs: *mut u64, results: u32, i: usize, v: u64) {
        // SAFETY: per the contract, the register named by the call instruction is in the caller's frame.
        unsafe {
            if results & DIRECT_RESULT != 0 {
                *regs.add((results & !DIRECT_RESULT) as usize) = v;
            } else {
                let caller = self.func();
                *regs.add(*caller.lists.get_unchecked(results as usize + 1 + i) as usize) = v;
            }
        }
    }

    /// The index in `funcs` of a function pointer held in the state or a frame.
    fn index_of(&self, func: *const CompiledFunc) -> u32 {
        ((func as usize - self.funcs.as_ptr() as usize) / std::mem::size_of::<CompiledFunc>()) as u32
    }

    /// Makes memory `index` the one loads and stores use.
    #[inline(always)]
    fn select_memory(&mut self, index: usize) {
        if index != self.mem {
            let memory = &mut self.memories[index];
            self.mem = index;
            self.mem_ptr = memory.as_mut_ptr();
            self.mem_len = memory.len();
        }
    }

    /// The current memory.
    #[inline(always)]
    fn memory(&mut self) -> &mut [u8] {
        // SAFETY: `mem_ptr`/`mem_len` describe `memories[mem]`, which is not resized while code runs.
        unsafe { std::slice::from_raw_parts_mut(self.mem_ptr, self.mem_len) }
    }

    fn func(&self) -> &CompiledFunc {
        // SAFETY: `cur` always points into `funcs`, which outlives `self` and is not changed during a run.
        unsafe { &*self.cur }
    }
}

/// The VM function a `call_indirect` of the current function reaches, or its trap.
#[inline(never)]
fn indirect_callee(cx: &Cold<'_>, addr: i32, sig: u32) -> Result<u32, Trap> {
    let func = cx.func();
    let addr = addr as u32;
    if addr >= func.func_count {
        return Err(Trap::code(TrapCode::BadFunctionAddress));
    }
    let callee = func.func_base + addr;
    if cx.funcs[callee as usize].sig_id != sig {
        return Err(Trap::code(TrapCode::SignatureMismatch));
    }
    Ok(callee)
}

#[cold]
fn depth_trap(limit: usize) -> Trap {
    Trap::new(TrapKind::CallDepthExceeded, format!("call depth limit ({limit}) exceeded"))
}

/// A backward branch to `target` counted `ticks` down to 0 (`preempt.rs`): takes an interrupt,
/// or enters the preemption hook (returning its register pointer), or goes on. Out of line, so
/// that the many branch handlers of the loop stay small.
#[cold]
#[inline(never)]
fn attend_branch(cx: &mut Cold<'_>, target: *const Op) -> Result<Option<*mut u64>, Trap> {
    match preempt::attend(cx)? {
        None => Ok(None),
        // SAFETY: `preempt::arm` checked that the hook is a function of the VM; it takes no
        // arguments and returns no results, so the result encoding is never used.
        Some(hook) => unsafe { cx.enter(hook, target, DIRECT_RESULT, |_, _| {}) }.map(Some),
    }
}

/// The trap of an interrupted run; clears the flag so that later calls run.
#[cold]
#[inline(never)]
fn interrupted(flag: &InterruptFlag) -> Trap {
    flag.clear();
    Trap::new(TrapKind::Interrupted, "interrupted by the host")
}

#[cold]
fn grow_stack(stack: &mut Vec<u64>, need: usize, max_slots: usize) -> Result<(), Trap> {
    if need > max_slots {
        return Err(Trap::new(TrapKind::CallDepthExceeded, "guest stack exhausted"));
    }
    let target = need.max(stack.len() * 2).min(max_slots);
    stack.resize(target, 0);
    Ok(())
}

macro_rules! define_execute {
    (
        typed { $( $tv:ident $tf:ident $tn:literal $tfmt:ident ( $($tin:ident),* ) -> ( $($tout:ident)? ), $ttrap:ident, $tdoc:literal; )* }
        structural { $( $sv:ident $sf:ident $sn:literal $sfmt:ident, $sdoc:literal; )* }
        cmp_branch { $( $cop:ident $cinv:ident $cv:ident $cvi:ident $lv:ident $lvi:ident $cf:ident $cty:ident $addf:ident; )* }
        imm_binary { $( $bop:ident $bv:ident $bf:ident $bty:ident $bcomm:ident; )* }
    ) => {
        /// Runs VM function `entry` with `args` (one slot per parameter) until it returns or traps.
        pub(crate) fn execute(m: &mut Machine, limits: &RunLimits<'_>, entry: u32, args: &[u64]) -> Result<Vec<u64>, TrapSite> {
            let Machine { funcs, globals, memories, hosts, stack, frames, heap, strings, global_refs, classes, class_by_heap, threads, lazy } = m;
            threads.clear();
            let entry_func = &funcs[entry as usize];
            if stack.len() < entry_func.num_regs.max(args.len()) {
                stack.resize(entry_func.num_regs.max(args.len()), 0);
            }
            stack[..args.len()].copy_from_slice(args);
            for &z in &entry_func.zero_regs {
                stack[z as usize] = 0;
            }
            let entry_memory = entry_func.memory as usize;
            let funcs = FuncTable { ptr: funcs.as_mut_ptr(), len: funcs.len(), _table: std::marker::PhantomData };
            let entry_ptr: *const CompiledFunc = funcs.ptr.wrapping_add(entry as usize);
            let max_frames = (frames.len() + limits.max_depth).saturating_sub(1);
            limits.interrupt.start_run(max_frames);
            let mut cold = Cold {
                funcs,
                globals,
                memories,
                hosts,
                entry_depth: frames.len(),
                max_frames,
                stack,
                frames,
                heap,
                strings,
                global_refs,
                classes: Classes { classes, by_heap: class_by_heap },
                limits,
                interrupt: limits.interrupt,
                cur: entry_ptr,
                base: 0,
                mem: usize::MAX,
                mem_ptr: std::ptr::null_mut(),
                mem_len: 0,
                fuel: limits.fuel.unwrap_or(u64::MAX),
                host_args: Vec::new(),
                host_results: Vec::new(),
                exception: 0,
                trap_stack: Vec::new(),
                threads,
                ticks: 1,
                lazy,
            };
            // Behind an opaque pointer, the cold state stays in memory and leaves the machine
            // registers to `code`, `pc` and `regs`.
            cold.select_memory(entry_memory);
            let cx: &mut Cold<'_> = std::hint::black_box(&mut cold);
            // Kept out of `cx` so that the backward-branch check is a single load: set while an
            // interrupt is requested or green threads are preempted (`preempt.rs`).
            let attention = &limits.interrupt.attention;
            let mut ip: *const Op = cx.func().code.as_ptr();
            let mut regs: *mut u64 = cx.stack.as_mut_ptr();

            macro_rules! trap {
                ($t:expr) => {{
                    break Err($t);
                }};
            }

            // Goes to `$target` by a backward branch while `attention` is set: counts the
            // branch, and every `ticks` branches takes an interrupt or preempts the thread (enters
            // the scheduler's hook, which returns to `$target`).
            macro_rules! attend {
                ($target:expr) => {{
                    let target: *const Op = $target;
                    cx.ticks -= 1;
                    if cx.ticks > 0 {
                        ip = target;
                    } else {
                        match attend_branch(cx, target) {
                            Ok(None) => ip = target,
                            Ok(Some(hook_regs)) => {
                                regs = hook_regs;
                                ip = cx.func().code.as_ptr();
                            }
                            Err(t) => trap!(t),
                        }
                    }
                }};
            }

            // Takes the branch of displacement `$t`; a backward one first checks for an interrupt
            // (and for preemption), so that every loop does.
            macro_rules! branch {
                ($t:expr) => {{
                    let t = $t as i32 as isize;
                    if t < 0 && attention.load(Ordering::Relaxed) {
                        attend!(ip.offset(t));
                    } else {
                        ip = ip.offset(t);
                    }
                }};
            }

            // The taken branch of a fused increment-and-loop op: nearly always a loop's back edge,
            // so it checks for an interrupt without testing the direction (measured cheaper).
            macro_rules! loop_branch {
                ($t:expr) => {{
                    if attention.load(Ordering::Relaxed) {
                        attend!(ip.offset($t as i32 as isize));
                    } else {
                        ip = ip.offset($t as i32 as isize);
                    }
                }};
            }

            // Makes the frame `enter` returned current.
            macro_rules! switch_to_callee {
                ($entered:expr) => {{
                    match $entered {
                        Ok(callee_regs) => {
                            regs = callee_regs;
                            ip = cx.func().code.as_ptr();
                        }
                        Err(t) => trap!(t),
                    }
                }};
            }

            // Returns the values `$values` (a slice) to the caller, or leaves the loop at the entry frame.
            macro_rules! return_values {
                ($values:expr) => {{
                    match cx.leave() {
                        None if !cx.threads.on_first() => trap!(threads::returned_from_thread()),
                        None => break Ok(collect_results($values)),
                        Some((resume, caller_regs, results)) => {
                            for (i, &v) in $values.iter().enumerate() {
                                cx.write_result(caller_regs, results, i, v);
                            }
                            regs = caller_regs;
                            ip = resume;
                        }
                    }
                }};
            }

            // SAFETY (for the whole loop): `regs` always points to the first register of the current
            // frame: `Cold::enter` makes the stack hold every register of a new frame and returns its
            // pointer, `Cold::leave` re-derives the caller's from the stack, and the stack never shrinks.
            // The verifier guarantees every register operand is below the function's register count.
            // `ip` points into the current function's code: every block ends in a jump, return or trap,
            // a fall-through lands on the start of the next block, which exists, and every branch
            // displacement was computed by the compiler to land on a block start.
            // The outer loop delivers what the dispatch loop raises to a handler (see
            // `unwind.rs`): the dispatch loop itself does no exception work. Unwinding keeps the
            // invariant: it resumes at the start of the handler block, in the handler's frame, with
            // that frame's register pointer. (The dispatch loop is not re-indented, to keep the
            // table-generated arms easy to merge.)
            let outcome: Result<Vec<u64>, Trap> = loop {
            let raised: Result<Vec<u64>, Trap> = loop {
                // SAFETY: `ip` is inside the current function's code (loop invariant above).
                let op: &Op = unsafe { &*ip };
                // SAFETY: one past the current instruction is still inside (or one past) the code.
                ip = unsafe { ip.add(1) };
                // SAFETY: register operands are in the live frame (loop invariant above).
                unsafe { match *op {
                    $( Op::$tv(x) => typed_handler!(cx ip, regs, cx.memory(), x, trap, $tfmt, $tf, ($($tin),*) -> ($($tout)?), $ttrap), )*
                    $(
                        Op::$cv(x) => {
                            if semantics::$cf(rd::<rootir::rust_type!($cty)>(regs, x.a), rd::<rootir::rust_type!($cty)>(regs, x.b)) != 0 {
                                branch!(x.t);
                            }
                        }
                        Op::$cvi(x) => {
                            if semantics::$cf(rd::<rootir::rust_type!($cty)>(regs, x.a), x.imm as rootir::rust_type!($cty)) != 0 {
                                branch!(x.t);
                            }
                        }
                        Op::$lv(x) => {
                            let v = semantics::$addf(rd::<rootir::rust_type!($cty)>(regs, x.r), x.step as rootir::rust_type!($cty));
                            wr::<rootir::rust_type!($cty)>(regs, x.r, v);
                            if semantics::$cf(v, rd::<rootir::rust_type!($cty)>(regs, x.b)) != 0 {
                                loop_branch!(x.t);
                            }
                        }
                        Op::$lvi(x) => {
                            let v = semantics::$addf(rd::<rootir::rust_type!($cty)>(regs, x.r), x.step as rootir::rust_type!($cty));
                            wr::<rootir::rust_type!($cty)>(regs, x.r, v);
                            if semantics::$cf(v, x.bound as rootir::rust_type!($cty)) != 0 {
                                loop_branch!(x.t);
                            }
                        }
                    )*
                    $(
                        Op::$bv(x) => {
                            let v = semantics::$bf(rd::<rootir::rust_type!($bty)>(regs, x.a), x.imm as rootir::rust_type!($bty));
                            wr::<rootir::rust_type!($bty)>(regs, x.d, v);
                        }
                    )*
                    Op::Mov { d, a } => wr::<u64>(regs, d, rd::<u64>(regs, a)),
                    Op::Select { d, c, a, b } => {
                        let chosen = if rd::<i32>(regs, c) != 0 { a } else { b };
                        wr::<u64>(regs, d, rd::<u64>(regs, chosen));
                    }
                    Op::Jump { t } => branch!(t),
                    Op::BrNez { c, t } => {
                        if rd::<i32>(regs, c) != 0 {
                            branch!(t);
                        }
                    }
                    Op::BrEqz { c, t } => {
                        if rd::<i32>(regs, c) == 0 {
                            branch!(t);
                        }
                    }
                    Op::StoreKnownBr { a, v, t } => {
                        let (a, v) = (vmalloc::Ref::from_bits(rd::<u64>(regs, a)), vmalloc::Ref::from_bits(rd::<u64>(regs, v)));
                        if cx.heap.array_store_known(a, v) {
                            branch!(t);
                        }
                    }
                    Op::BrTable { i, first, len } => {
                        let index = (rd::<i32>(regs, i) as u32).min(len);
                        let func = cx.func();
                        let target = func.code.as_ptr().add(func.targets[(first + index) as usize] as usize);
                        if attention.load(Ordering::Relaxed) {
                            attend!(target);
                        } else {
                            ip = target;
                        }
                    }
                    Op::Call1 { f, a, d } => {
                        let arg = rd::<u64>(regs, a);
                        let entered = cx.enter(f, ip, DIRECT_RESULT | d as u32, |_, callee| *callee = arg);
                        switch_to_callee!(entered)
                    }
                    Op::Call { f, list } => {
                        let entered = call_list(cx, f, ip, list);
                        switch_to_callee!(entered)
                    }
                    Op::CallIndirect { a, sig, list } => {
                        let entered = indirect_callee(cx, rd::<i32>(regs, a), sig).and_then(|callee| call_list(cx, callee, ip, list));
                        switch_to_callee!(entered)
                    }
                    Op::CallClosure { a, sig, list } => {
                        let entered = call_closure(cx, rd::<u64>(regs, a), sig, ip, list);
                        switch_to_callee!(entered)
                    }
                    // Inline field access for an instance of exactly the named class; subclasses,
                    // null and everything else take the checked path below.
                    Op::ObjGet { d, a, c, slot } => match field_fast(cx, rd::<u64>(regs, a), c, slot) {
                        Some(v) => wr::<u64>(regs, d, v),
                        None => {
                            if let Err(t) = object_or_call(cx, regs, ip) {
                                trap!(t);
                            }
                        }
                    },
                    Op::ObjSet { a, v, c, slot } => {
                        if !set_field_fast(cx, rd::<u64>(regs, a), c, slot, rd::<u64>(regs, v))
                            && let Err(t) = object_or_call(cx, regs, ip)
                        {
                            trap!(t);
                        }
                    }
                    Op::ObjNew { .. } | Op::ObjInstanceOf { .. } | Op::ObjCast { .. } | Op::CallVirtual { .. } | Op::CallInterface { .. } => {
                        // One out-of-line entry for every object operation; method calls return the callee's frame.
                        match object_or_call(cx, regs, ip) {
                            Ok(None) => {}
                            Ok(Some(callee_regs)) => {
                                regs = callee_regs;
                                ip = cx.func().code.as_ptr();
                            }
                            Err(t) => trap!(t),
                        }
                    }
                    Op::CallHost { h, list } => match call_host(cx, regs, h, list, ip) {
                        Ok(None) => {}
                        // A thread host function made another green thread run.
                        Ok(Some((resume, thread_regs))) => {
                            ip = resume;
                            regs = thread_regs;
                        }
                        Err(t) => trap!(t),
                    },
                    Op::Ret0 => return_values!(&[] as &[u64]),
                    Op::Ret1 { a } => {
                        let v = [rd::<u64>(regs, a)];
                        return_values!(&v)
                    }
                    Op::Ret { list } => {
                        let values = listed_values(cx, regs, list);
                        return_values!(&values)
                    }
                    Op::GlobalGet { d, g } => wr::<u64>(regs, d, cx.globals[g as usize]),
                    Op::GlobalSet { a, g } => cx.globals[g as usize] = rd::<u64>(regs, a),
                    Op::MemorySize { d } => wr::<i64>(regs, d, cx.mem_len as i64),
                    Op::Unreachable => trap!(Trap::code(TrapCode::Unreachable)),
                    Op::Fuel { n } => {
                        if cx.fuel < n as u64 {
                            trap!(Trap::new(TrapKind::OutOfFuel, "out of fuel"));
                        }
                        cx.fuel -= n as u64;
                    }
                    Op::Throw { a } => trap!(unwind::thrown(cx, rd::<u64>(regs, a))),
                    Op::Compile => ip = compile_stub(cx, regs),
                } }
            };
            match raised {
                Err(t) => match unwind::unwind(cx, t, ip) {
                    Ok((handler_ip, handler_regs)) => {
                        ip = handler_ip;
                        regs = handler_regs;
                    }
                    Err(t) => break Err(t),
                },
                done => break done,
            }
            };
            let entry_depth = cx.entry_depth;
            cx.threads.clear();
            outcome.map_err(|trap| {
                let mut sites = vec![(cx.index_of(cx.cur), instruction_index(cx.func(), ip))];
                sites.extend(frames_above(cx.frames, entry_depth).map(|fr| {
                    // SAFETY: frames hold elements of `funcs` (see `Frame::func`).
                    (cx.index_of(fr.func), instruction_index(unsafe { &*fr.func }, fr.resume))
                }));
                cx.frames.truncate(entry_depth);
                TrapSite { trap, frames: sites }
            })
        }
    };
}

/// The values a function returns to the host.
#[cold]
#[inline(never)]
fn collect_results(values: &[u64]) -> Vec<u64> {
    values.to_vec()
}

/// The registers listed at `list` in the current function, read from `regs`.
///
/// # Safety
/// `regs` is the current frame and `list` a register list of the current function.
#[inline(never)]
unsafe fn listed_values(cx: &Cold<'_>, regs: *mut u64, list: u32) -> Vec<u64> {
    let lists = &cx.func().lists;
    let list = list as usize;
    let n = lists[list] as usize;
    // SAFETY: listed registers are registers of the current frame.
    lists[list + 1..list + 1 + n].iter().map(|&r| unsafe { rd::<u64>(regs, r) }).collect()
}

/// The index in `func`'s code of the instruction before `resume` (the one that trapped or called).
fn instruction_index(func: &CompiledFunc, resume: *const Op) -> u32 {
    let after = (resume as usize).saturating_sub(func.code.as_ptr() as usize) / std::mem::size_of::<Op>();
    after.saturating_sub(1) as u32
}

/// The frames of this run, innermost first.
fn frames_above(frames: &[Frame], entry_depth: usize) -> impl Iterator<Item = &Frame> {
    frames[entry_depth..].iter().rev()
}

/// Enters `callee` with the arguments and results listed at `list` in the current function.
///
/// # Safety
/// `callee` is a valid function index and `list` an argument/result list of the current function.
#[inline(always)]
unsafe fn call_list(cx: &mut Cold<'_>, callee: u32, resume: *const Op, list: u32) -> Result<*mut u64, Trap> {
    let list = list as usize;
    let lists: *const u16 = cx.func().lists.as_ptr();
    // SAFETY: the compiler built the list as `[n, n argument registers of the caller, ...]`.
    let nargs = unsafe { *lists.add(list) } as usize;
    let copy = |caller: *const u64, callee_regs: *mut u64| {
        for i in 0..nargs {
            // SAFETY: each listed register is a caller register; the callee has at least `nargs` registers.
            unsafe { *callee_regs.add(i) = *caller.add(*lists.add(list + 1 + i) as usize) };
        }
    };
    // SAFETY: forwarded from this function's contract.
    unsafe { cx.enter(callee, resume, (list + 1 + nargs) as u32, copy) }
}

/// Enters the function of closure `closure` with the arguments and results listed at `list` (whose
/// first argument, the closure itself, becomes the closure's environment).
///
/// # Safety
/// `list` is an argument/result list of the current function with at least one argument.
#[inline(never)]
unsafe fn call_closure(
    cx: &mut Cold<'_>,
    closure: u64,
    sig: u32,
    resume: *const Op,
    list: u32,
) -> Result<*mut u64, Trap> {
    let (callee, env) = heap_ops::closure_parts(cx.heap, closure).map_err(Trap::code)?;
    // A closure holds a function of a loaded module (`closure.new` checks the address).
    let target = cx.funcs.get(callee as usize).ok_or(Trap::code(TrapCode::BadFunctionAddress))?;
    if target.sig_id != sig {
        let message = format!("call.closure: signature mismatch (the closure's function is {})", target.sig);
        return Err(Trap::new(TrapKind::Code(TrapCode::SignatureMismatch), message));
    }
    // SAFETY: `callee` is a function of the table (checked above); `list` is from the contract.
    let regs = unsafe { call_list(cx, callee, resume, list)? };
    // SAFETY: the callee's signature starts with the environment, so it has a register 0.
    unsafe { *regs = env };
    Ok(regs)
}

/// Calls host function `h` with the arguments and results listed at `list`. A thread host
/// function (`threads.rs`) may make another green thread run: then it returns where that thread
/// resumes and its register pointer.
///
/// # Safety
/// `regs` is the current frame and `list` an argument/result list of the current function.
#[inline(never)]
unsafe fn call_host(
    cx: &mut Cold<'_>,
    regs: *mut u64,
    h: u32,
    list: u32,
    next: *const Op,
) -> Result<Option<(*const Op, *mut u64)>, Trap> {
    // SAFETY: `cur` points into the function table, which no host call changes.
    let func: &CompiledFunc = unsafe { &*cx.cur };
    let list = list as usize;
    let nargs = func.lists[list] as usize;
    cx.host_args.clear();
    // SAFETY: listed registers are registers of the current frame.
    cx.host_args.extend(func.lists[list + 1..list + 1 + nargs].iter().map(|&r| unsafe { rd::<u64>(regs, r) }));
    let nres = func.lists[list + 1 + nargs] as usize;
    if h < threads::THREAD_HOSTS {
        let result = (nres > 0).then(|| func.lists[list + 2 + nargs]);
        let args = std::mem::take(&mut cx.host_args);
        let switched = threads::thread_op(cx, h, &args, result, next);
        cx.host_args = args;
        return switched;
    }
    cx.host_results.clear();
    cx.host_results.resize(nres, 0);
    let host = &mut cx.hosts[h as usize];
    let roots = FrameRoots {
        stack: cx.stack,
        frames: cx.frames,
        cur: cx.cur,
        base: cx.base,
        globals: cx.globals,
        global_refs: cx.global_refs,
        strings: cx.strings,
        exception: cx.exception,
        threads: cx.threads,
    };
    let stack = StackView { funcs: &cx.funcs, frames: cx.frames, cur: cx.cur, next };
    let mut ctx = HostCtx { heap: cx.heap, roots: &roots, stack, trap_stack: &cx.trap_stack };
    if let Err(mut t) = (host.callback)(&mut ctx, &cx.host_args, &mut cx.host_results) {
        if t.exit_status().is_none() {
            t.message = format!("{}.{}: {}", host.module, host.name, t.message);
        }
        return Err(t);
    }
    for (i, &v) in cx.host_results.iter().enumerate() {
        // SAFETY: listed registers are registers of the current frame.
        unsafe { wr::<u64>(regs, func.lists[list + 2 + nargs + i], v) };
    }
    Ok(None)
}

/// Field `slot` of `obj` if it is a live instance of exactly VM class `c`.
#[inline(always)]
fn field_fast(cx: &Cold<'_>, obj: u64, c: u32, slot: u32) -> Option<u64> {
    let class = cx.classes.classes.get(c as usize)?;
    match cx.heap.instance_fields(vmalloc::Ref::from_bits(obj)) {
        Some((id, fields)) if id == class.heap_id => fields.get(slot as usize).copied(),
        _ => None,
    }
}

/// Sets field `slot` of `obj` to `v` if `obj` is a live instance of exactly VM class `c`; returns
/// whether it did.
#[inline(always)]
fn set_field_fast(cx: &mut Cold<'_>, obj: u64, c: u32, slot: u32, v: u64) -> bool {
    let Some(class) = cx.classes.classes.get(c as usize) else { return false };
    match cx.heap.instance_fields_mut(vmalloc::Ref::from_bits(obj)) {
        Some((id, fields)) if id == class.heap_id => match fields.get_mut(slot as usize) {
            Some(f) => {
                *f = v;
                true
            }
            None => false,
        },
        _ => false,
    }
}

/// Runs the object instruction just before `next`: a method call enters the callee and returns its
/// register pointer, other object operations return `None`.
///
/// # Safety
/// `regs` is the current frame and `next` is one past an object instruction of the current function.
#[inline(never)]
unsafe fn object_or_call(cx: &mut Cold<'_>, regs: *mut u64, next: *const Op) -> Result<Option<*mut u64>, Trap> {
    // SAFETY: per the contract, the instruction before `next` is in the current function's code.
    let op = unsafe { *next.sub(1) };
    // SAFETY: forwarded from this function's contract.
    unsafe {
        match op {
            Op::CallVirtual { list, .. } | Op::CallInterface { list, .. } => {
                call_method(cx, regs, op, next, list).map(Some)
            }
            _ => object_dispatch(cx, regs, op).map(|()| None),
        }
    }
}

/// Enters the method a `call.virtual` or `call.interface` reaches from its receiver (the first
/// argument listed at `list`).
///
/// # Safety
/// `regs` is the current frame, `op` a method call of the current function whose argument/result
/// list is `list`, and `resume` the instruction after it.
#[inline(always)]
unsafe fn call_method(
    cx: &mut Cold<'_>,
    regs: *mut u64,
    op: Op,
    resume: *const Op,
    list: u32,
) -> Result<*mut u64, Trap> {
    let lists = &cx.func().lists;
    // The verifier requires a receiver, so the list has at least one argument.
    let recv_reg = lists.get(list as usize + 1).copied().ok_or(Trap::code(TrapCode::NullReference))?;
    // SAFETY: the listed register is a register of the current frame.
    let recv = unsafe { rd::<u64>(regs, recv_reg) };
    let callee = match op {
        Op::CallVirtual { c, slot, .. } => object_ops::virtual_target(cx.heap, cx.classes, recv, c, slot),
        Op::CallInterface { i, m, .. } => object_ops::interface_target(cx.heap, cx.classes, recv, i, m),
        _ => Err(TrapCode::InvalidReference),
    }
    .map_err(Trap::code)?;
    // SAFETY: vtables and itables hold VM functions of the loaded modules; `list` is from the contract.
    unsafe { call_list(cx, callee, resume, list) }
}

/// Runs an object instruction (`obj.*`) of the current function.
///
/// # Safety
/// `regs` is the current frame and `op` an instruction of the current function.
#[inline(always)]
unsafe fn object_dispatch(cx: &mut Cold<'_>, regs: *mut u64, op: Op) -> Result<(), Trap> {
    let classes = cx.classes;
    // SAFETY: per the contract, every register operand below is a register of the current frame.
    unsafe {
        match op {
            Op::ObjNew { d, c } => {
                let r = with_heap(cx, |h| object_ops::obj_new(h.heap, classes, h.roots, c)).map_err(Trap::code)?;
                wr::<u64>(regs, d, r);
            }
            Op::ObjGet { d, a, c, slot } => {
                let v = object_ops::obj_get(cx.heap, classes, rd::<u64>(regs, a), c, slot).map_err(Trap::code)?;
                wr::<u64>(regs, d, v);
            }
            Op::ObjSet { a, v, c, slot } => {
                let (obj, value) = (rd::<u64>(regs, a), rd::<u64>(regs, v));
                object_ops::obj_set(cx.heap, classes, obj, c, slot, value).map_err(Trap::code)?;
            }
            Op::ObjInstanceOf { d, a, c } => {
                let v = object_ops::obj_instanceof(cx.heap, classes, rd::<u64>(regs, a), c).map_err(Trap::code)?;
                wr::<i32>(regs, d, v);
            }
            Op::ObjCast { d, a, c } => {
                let v = object_ops::obj_cast(cx.heap, classes, rd::<u64>(regs, a), c).map_err(Trap::code)?;
                wr::<u64>(regs, d, v);
            }
            _ => {}
        }
    }
    Ok(())
}

/// The guest call stack as a host function sees it (for [`HostCtx::guest_stack`]).
pub(crate) struct StackView<'a> {
    funcs: &'a [CompiledFunc],
    frames: &'a [Frame],
    /// The running function and the instruction after the host call.
    cur: *const CompiledFunc,
    next: *const Op,
}

impl<'a> StackView<'a> {
    /// The stack of the running frame at the instruction before `next`.
    fn at(cx: &'a Cold<'_>, next: *const Op) -> StackView<'a> {
        StackView { funcs: &cx.funcs, frames: cx.frames, cur: cx.cur, next }
    }
}

impl StackView<'_> {
    /// Every frame, innermost first, with the source position of its current call.
    pub(crate) fn frames(&self) -> Vec<crate::host::GuestFrame> {
        let site = |func: *const CompiledFunc, next: *const Op| {
            // SAFETY: `cur` and every frame's `func` point into the function table, which outlives the run.
            let f = unsafe { &*func };
            let index = (func as usize - self.funcs.as_ptr() as usize) / std::mem::size_of::<CompiledFunc>();
            let (line, col, offset) = match f.origins.get(instruction_index(f, next) as usize).map(|o| o.loc) {
                Some(rootir::SrcLoc::Line { line, col, .. }) => (line, col, 0),
                Some(rootir::SrcLoc::Offset { offset, .. }) => (0, 0, offset),
                _ => (0, 0, 0),
            };
            crate::host::GuestFrame { func: (index as u32).wrapping_sub(f.func_base), line, col, offset }
        };
        let mut out = vec![site(self.cur, self.next)];
        out.extend(self.frames.iter().rev().map(|fr| site(fr.func, fr.resume)));
        out
    }
}

/// The roots of a run: the `ref`/`any` registers of the running frame and of every suspended
/// frame, the `ref`/`any` globals, the interned string constants and a thrown object in flight.
struct FrameRoots<'a> {
    stack: &'a [u64],
    frames: &'a [Frame],
    cur: *const CompiledFunc,
    base: usize,
    globals: &'a [u64],
    global_refs: &'a [u32],
    strings: &'a [u64],
    exception: u64,
    threads: &'a Threads,
}

impl Roots for FrameRoots<'_> {
    fn trace(&self, tracer: &mut Tracer<'_>) {
        let window = |base: usize| self.stack.get(base..).unwrap_or(&[]);
        // SAFETY: `cur` and every frame's `func` point into the function table, which outlives the run.
        let cur = unsafe { &*self.cur };
        tracer.selected_slots(window(self.base), &cur.ref_regs);
        for frame in self.frames {
            // SAFETY: as above.
            let func = unsafe { &*frame.func };
            tracer.selected_slots(window(frame.base as usize), &func.ref_regs);
        }
        for &g in self.global_refs {
            if let Some(&bits) = self.globals.get(g as usize) {
                tracer.slot(bits);
            }
        }
        tracer.slots(self.strings);
        tracer.slot(self.exception);
        for (stack, cur, base, frames) in self.threads.suspended() {
            let window = |base: usize| stack.get(base..).unwrap_or(&[]);
            // SAFETY: a suspended thread's functions point into the function table, as above.
            tracer.selected_slots(window(base), unsafe { &(*cur).ref_regs });
            for frame in frames {
                // SAFETY: as above.
                tracer.selected_slots(window(frame.base as usize), unsafe { &(*frame.func).ref_regs });
            }
        }
    }
}

/// Runs `f` with the heap and the roots of the current state of the run.
#[inline(always)]
fn with_heap<T>(cx: &mut Cold<'_>, f: impl FnOnce(&mut HeapCx<'_>) -> T) -> T {
    let roots = FrameRoots {
        stack: cx.stack,
        frames: cx.frames,
        cur: cx.cur,
        base: cx.base,
        globals: cx.globals,
        global_refs: cx.global_refs,
        strings: cx.strings,
        exception: cx.exception,
        threads: cx.threads,
    };
    // SAFETY: `cur` always points into the function table, which outlives the run.
    let func = unsafe { &*cx.cur };
    let funcs = (func.func_base, func.func_count);
    let mut h = HeapCx { heap: cx.heap, roots: &roots, strings: cx.strings, funcs };
    f(&mut h)
}

/// One out-of-line handler per `heap` row of the opcode table, calling `heap_ops`.
macro_rules! define_heap_handlers {
    (
        typed { $( $tv:ident $tf:ident $tn:literal $tfmt:ident ( $($tin:ident),* ) -> ( $($tout:ident)? ), $ttrap:ident, $tdoc:literal; )* }
        structural { $( $sv:ident $sf:ident $sn:literal $sfmt:ident, $sdoc:literal; )* }
    ) => {
        mod heap_handlers {
            #[allow(unused_imports)]
            use super::*;
            $( define_heap_handlers!(@row $ttrap $tfmt $tf ($($tin),*) -> ($($tout)?)); )*
        }

        /// Runs the heap instruction just before `next` (the interpreter has already advanced
        /// past it).
        ///
        /// # Safety
        /// `regs` is the current frame and `next` is one past a heap instruction of the current
        /// function.
        #[inline(never)]
        unsafe fn heap_dispatch(cx: &mut Cold<'_>, regs: *mut u64, next: *const Op) -> Result<(), Trap> {
            // SAFETY: per the contract, the instruction before `next` is in the current function's code.
            let op = unsafe { *next.sub(1) };
            // SAFETY: forwarded from this function's contract.
            let result = unsafe {
                match op {
                    $( Op::$tv(x) => define_heap_handlers!(@dispatch $ttrap cx regs x $tf), )*
                    _ => Ok(()),
                }
            };
            // SAFETY: forwarded from this function's contract.
            result.map_err(|t| unsafe { bounds_detail(cx, regs, op, t) })
        }
    };
    (@dispatch heap $cx:ident $regs:ident $x:ident $f:ident) => { heap_handlers::$f($cx, $regs, $x) };
    (@dispatch $other:ident $cx:ident $regs:ident $x:ident $f:ident) => { { let _ = $x; Ok(()) } };
    (@row heap Nullary $f:ident () -> ($o:ident)) => {
        define_heap_handlers!(@fn $f NulArgs regs x h out { heap_ops::$f(h) } { wr::<rootir::rust_type!($o)>(regs, x.d, out) });
    };
    (@row heap StrConst $f:ident () -> ($o:ident)) => {
        define_heap_handlers!(@fn $f ConstArgs regs x h out { heap_ops::$f(h, x.bits()) } { wr::<rootir::rust_type!($o)>(regs, x.d, out) });
    };
    (@row heap Unary $f:ident ($i:ident) -> ($o:ident)) => {
        define_heap_handlers!(@fn $f UnArgs regs x h out {
            // SAFETY: the operand is a register of the current frame.
            heap_ops::$f(h, unsafe { rd::<rootir::rust_type!($i)>(regs, x.a) })
        } { wr::<rootir::rust_type!($o)>(regs, x.d, out) });
    };
    (@row heap Binary $f:ident ($i:ident, $j:ident) -> ($o:ident)) => {
        define_heap_handlers!(@fn $f BinArgs regs x h out {
            // SAFETY: the operands are registers of the current frame.
            let (a, b) = unsafe { (rd::<rootir::rust_type!($i)>(regs, x.a), rd::<rootir::rust_type!($j)>(regs, x.b)) };
            heap_ops::$f(h, a, b)
        } { wr::<rootir::rust_type!($o)>(regs, x.d, out) });
    };
    (@row heap Ternary $f:ident ($i:ident, $j:ident, $k:ident) -> ()) => {
        define_heap_handlers!(@fn $f TerArgs regs x h out {
            // SAFETY: the operands are registers of the current frame.
            let (a, b, c) = unsafe {
                (rd::<rootir::rust_type!($i)>(regs, x.a), rd::<rootir::rust_type!($j)>(regs, x.b), rd::<rootir::rust_type!($k)>(regs, x.c))
            };
            heap_ops::$f(h, a, b, c)
        } { out });
    };
    (@row heap Quinary $f:ident ($i:ident, $j:ident, $k:ident, $l:ident, $m:ident) -> ()) => {
        define_heap_handlers!(@fn $f QuinArgs regs x h out {
            // SAFETY: the operands are registers of the current frame.
            let (a, b, c, d, e) = unsafe {
                (
                    rd::<rootir::rust_type!($i)>(regs, x.a),
                    rd::<rootir::rust_type!($j)>(regs, x.b),
                    rd::<rootir::rust_type!($k)>(regs, x.c),
                    rd::<rootir::rust_type!($l)>(regs, x.d),
                    rd::<rootir::rust_type!($m)>(regs, x.e),
                )
            };
            heap_ops::$f(h, a, b, c, d, e)
        } { out });
    };
    (@row $other:ident $fmt:ident $f:ident ($($i:ident),*) -> ($($o:ident)?)) => {};
    (@fn $f:ident $args:ident $regs:ident $x:ident $h:ident $out:ident $call:block $write:block) => {
        #[doc = concat!("The handler of `", stringify!($f), "`.")]
        ///
        /// # Safety
        /// `regs` is the current frame and `x` an instruction of the current function.
        #[inline(always)]
        pub(super) unsafe fn $f(cx: &mut Cold<'_>, $regs: *mut u64, $x: crate::code::$args) -> Result<(), Trap> {
            #[allow(clippy::let_unit_value)]
            let $out = with_heap(cx, |$h| $call).map_err(Trap::code)?;
            // SAFETY: the destination is a register of the current frame.
            #[allow(unused_unsafe)]
            unsafe { $write };
            Ok(())
        }
    };
}

rootir::for_each_op!(define_heap_handlers);

/// An array bounds trap of `op` with the index and length in its message, worded as Java words
/// it ("Index 5 out of bounds for length 3"); any other trap unchanged. Runs only on the trap path.
///
/// # Safety
/// `regs` is the current frame and `op` an instruction of the current function.
#[cold]
unsafe fn bounds_detail(cx: &Cold<'_>, regs: *mut u64, op: Op, mut t: Trap) -> Trap {
    if !matches!(t.kind, TrapKind::Code(TrapCode::IndexOutOfBounds)) {
        return t;
    }
    let (a, b) = match op {
        Op::ArrayGetI8(x)
        | Op::ArrayGetI16(x)
        | Op::ArrayGetU16(x)
        | Op::ArrayGetI32(x)
        | Op::ArrayGetI64(x)
        | Op::ArrayGetF32(x)
        | Op::ArrayGetF64(x)
        | Op::ArrayGetRef(x)
        | Op::ArrayGetAny(x) => (x.a, x.b),
        Op::ArraySetI8(x)
        | Op::ArraySetI16(x)
        | Op::ArraySetU16(x)
        | Op::ArraySetI32(x)
        | Op::ArraySetI64(x)
        | Op::ArraySetF32(x)
        | Op::ArraySetF64(x)
        | Op::ArraySetRef(x)
        | Op::ArraySetAny(x) => (x.a, x.b),
        _ => return t,
    };
    // SAFETY: the operands are registers of the current frame.
    let (array, index) = unsafe { (rd::<u64>(regs, a), rd::<i32>(regs, b)) };
    if let Ok(len) = cx.heap.array_len(vmalloc::Ref::from_bits(array)) {
        t.message = format!("Index {index} out of bounds for length {len}");
    }
    t
}

/// The out-of-line slow path of the `dynamic` rows (the `any` operations).
macro_rules! define_any_slow {
    (
        typed { $( $tv:ident $tf:ident $tn:literal $tfmt:ident ( $($tin:ident),* ) -> ( $($tout:ident)? ), $ttrap:ident, $tdoc:literal; )* }
        structural { $( $sv:ident $sf:ident $sn:literal $sfmt:ident, $sdoc:literal; )* }
    ) => {
        /// The opcode, destination register (none for `any.vec_set`) and operand slots (0 when
        /// absent) of the `any` instruction `op`.
        ///
        /// # Safety
        /// `regs` is the current frame and `op` an instruction of the current function.
        #[inline(always)]
        unsafe fn any_operands(regs: *mut u64, op: Op) -> Option<(rootir::Opcode, Option<R>, [u64; 3])> {
            // SAFETY: per the contract, the operands are registers of the current frame.
            unsafe {
                match op {
                    $( Op::$tv(x) => define_any_slow!(@operands $ttrap $tfmt $tv regs x), )*
                    _ => None,
                }
            }
        }
    };
    (@operands dynamic Nullary $tv:ident $regs:ident $x:ident) => { Some((rootir::Opcode::$tv, Some($x.d), [0; 3])) };
    (@operands dynamic Unary $tv:ident $regs:ident $x:ident) => {
        Some((rootir::Opcode::$tv, Some($x.d), [rd::<u64>($regs, $x.a), 0, 0]))
    };
    (@operands dynamic Binary $tv:ident $regs:ident $x:ident) => {
        Some((rootir::Opcode::$tv, Some($x.d), [rd::<u64>($regs, $x.a), rd::<u64>($regs, $x.b), 0]))
    };
    (@operands dynamic Ternary $tv:ident $regs:ident $x:ident) => {
        Some((rootir::Opcode::$tv, None, [rd::<u64>($regs, $x.a), rd::<u64>($regs, $x.b), rd::<u64>($regs, $x.c)]))
    };
    (@operands $other:ident $fmt:ident $tv:ident $regs:ident $x:ident) => { { let _ = $x; None } };
}

rootir::for_each_op!(define_any_slow);

/// Runs the slow path of the `any` instruction just before `next`: writes its result, or enters
/// the module's any hook (a guest function, whose frame it returns) or calls it (a host function).
///
/// # Safety
/// `regs` is the current frame and `next` is one past an `any` instruction of the current function.
#[inline(never)]
unsafe fn any_slow(cx: &mut Cold<'_>, regs: *mut u64, next: *const Op) -> Result<Option<*mut u64>, Trap> {
    // SAFETY: per the contract, the instruction before `next` is in the current function's code
    // and its operands are registers of the current frame.
    let Some((opcode, d, [a, b, c])) = (unsafe { any_operands(regs, *next.sub(1)) }) else {
        return Err(Trap::code(TrapCode::AnyType));
    };
    let (code, b) = match with_heap(cx, |h| any_ops::slow(opcode, a, b, c, h))? {
        Slow::Value(v) => {
            if let Some(d) = d {
                // SAFETY: the destination is a register of the current frame.
                unsafe { wr::<u64>(regs, d, v) };
            }
            return Ok(None);
        }
        Slow::Hook(code) => (code, b),
        Slow::HookWith(code, b) => (code, b),
    };

    match cx.func().any_hook {
        None => Err(any_ops::unsupported(cx.heap, opcode, a, b)),
        Some(Target::Func(_)) if d.is_none() => Err(Trap::new(
            TrapKind::Code(TrapCode::AnyType),
            format!("{opcode}: the slow path of an operation without a result needs a host any hook"),
        )),
        Some(Target::Func(f)) => {
            let direct = DIRECT_RESULT | d.unwrap_or(0) as u32;
            let args = [code as u32 as u64, a, b];
            let copy = |_: *const u64, callee: *mut u64| {
                for (i, &v) in args.iter().enumerate() {
                    // SAFETY: the verifier checked the hook takes three parameters, so the callee
                    // has at least three registers.
                    unsafe { *callee.add(i) = v };
                }
            };
            // SAFETY: the hook is a VM function of the loaded modules.
            unsafe { cx.enter(f, next, direct, copy) }.map(Some)
        }
        Some(Target::Host(h)) => {
            cx.host_args.clear();
            cx.host_args.extend([code as u32 as u64, a, b]);
            cx.host_results.clear();
            cx.host_results.resize(1, 0);
            let host = &mut cx.hosts[h as usize];
            let roots = FrameRoots {
                stack: cx.stack,
                frames: cx.frames,
                cur: cx.cur,
                base: cx.base,
                globals: cx.globals,
                global_refs: cx.global_refs,
                strings: cx.strings,
                exception: cx.exception,
                threads: cx.threads,
            };
            let stack = StackView { funcs: &cx.funcs, frames: cx.frames, cur: cx.cur, next };
            let mut ctx = HostCtx { heap: cx.heap, roots: &roots, stack, trap_stack: &cx.trap_stack };
            (host.callback)(&mut ctx, &cx.host_args, &mut cx.host_results)?;
            if let Some(d) = d {
                // SAFETY: the destination is a register of the current frame.
                unsafe { wr::<u64>(regs, d, cx.host_results[0]) };
            }
            Ok(None)
        }
    }
}

macro_rules! execute_callback {
    ($($table:tt)*) => { crate::code::with_fused!(define_execute { $($table)* }); };
}

rootir::for_each_op!(execute_callback);
