//! The interpreter loop: one handler per internal instruction, the typed ones
//! generated from the opcode table and calling `rootir::semantics`.
//!
//! Guest calls push a [`Frame`] on an explicit stack instead of recursing on the
//! Rust stack; a frame's registers are a window of the one slot stack, placed
//! right after the caller's.

use crate::code::{CompiledFunc, Op, R};
use crate::host::HostFunc;
use crate::{HostValue, Trap, TrapKind};
use rootir::TrapCode;
use rootir::semantics;

/// A suspended caller: which function, where to resume, its frame base and where its call's result list starts.
#[derive(Copy, Clone, Debug)]
pub(crate) struct Frame {
    pub func: u32,
    pub pc: u32,
    pub base: u32,
    pub results: u32,
}

/// Everything the interpreter reads and writes.
pub(crate) struct Machine {
    pub funcs: Vec<CompiledFunc>,
    pub globals: Vec<u64>,
    pub memories: Vec<Vec<u8>>,
    pub hosts: Vec<HostFunc>,
    pub stack: Vec<u64>,
    pub frames: Vec<Frame>,
}

/// Limits for one run.
pub(crate) struct RunLimits {
    pub fuel: Option<u64>,
    pub max_depth: usize,
    pub max_stack_slots: usize,
}

/// Where a trap happened: the innermost function and instruction, then the callers.
pub(crate) struct TrapSite {
    pub trap: Trap,
    /// `(function, pc of the instruction)` innermost first.
    pub frames: Vec<(u32, u32)>,
}

macro_rules! rust_type {
    (I32) => {
        i32
    };
    (I64) => {
        i64
    };
    (F32) => {
        f32
    };
    (F64) => {
        f64
    };
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

/// The handler of one typed instruction. `$trap` receives the `Trap` to raise.
macro_rules! typed_handler {
    ($regs:ident, $mem:expr, $x:ident, $trap:ident, Const, $f:ident, () -> ($o:ident), $k:ident) => {{
        wr::<u64>($regs, $x.d, $x.bits());
    }};
    ($regs:ident, $mem:expr, $x:ident, $trap:ident, Unary, $f:ident, ($i:ident) -> ($o:ident), pure) => {{
        let v = semantics::$f(rd::<rust_type!($i)>($regs, $x.a));
        wr::<rust_type!($o)>($regs, $x.d, v);
    }};
    ($regs:ident, $mem:expr, $x:ident, $trap:ident, Binary, $f:ident, ($i:ident, $j:ident) -> ($o:ident), pure) => {{
        let v = semantics::$f(rd::<rust_type!($i)>($regs, $x.a), rd::<rust_type!($j)>($regs, $x.b));
        wr::<rust_type!($o)>($regs, $x.d, v);
    }};
    ($regs:ident, $mem:expr, $x:ident, $trap:ident, Binary, $f:ident, ($i:ident, $j:ident) -> ($o:ident), traps) => {{
        match semantics::$f(rd::<rust_type!($i)>($regs, $x.a), rd::<rust_type!($j)>($regs, $x.b)) {
            Ok(v) => wr::<rust_type!($o)>($regs, $x.d, v),
            Err(code) => $trap!(Trap::code(code)),
        }
    }};
    ($regs:ident, $mem:expr, $x:ident, $trap:ident, Load, $f:ident, (I64) -> ($o:ident), traps) => {{
        let loaded =
            semantics::effective_address(rd::<i64>($regs, $x.a), $x.offset).and_then(|addr| semantics::$f($mem, addr));
        match loaded {
            Ok(v) => wr::<rust_type!($o)>($regs, $x.d, v),
            Err(code) => $trap!(Trap::code(code)),
        }
    }};
    ($regs:ident, $mem:expr, $x:ident, $trap:ident, Store, $f:ident, (I64, $v:ident) -> (), traps) => {{
        let value = rd::<rust_type!($v)>($regs, $x.v);
        let stored = semantics::effective_address(rd::<i64>($regs, $x.a), $x.offset)
            .and_then(|addr| semantics::$f($mem, addr, value));
        if let Err(code) = stored {
            $trap!(Trap::code(code));
        }
    }};
}

macro_rules! define_execute {
    (
        typed { $( $tv:ident $tf:ident $tn:literal $tfmt:ident ( $($tin:ident),* ) -> ( $($tout:ident)? ), $ttrap:ident, $tdoc:literal; )* }
        structural { $( $sv:ident $sf:ident $sn:literal $sfmt:ident, $sdoc:literal; )* }
        cmp_branch { $( $cop:ident $cinv:ident $cv:ident $cvi:ident $lv:ident $lvi:ident $cf:ident $cty:ident $addf:ident; )* }
        imm_binary { $( $bop:ident $bv:ident $bf:ident $bty:ident $bcomm:ident; )* }
    ) => {
        /// Runs VM function `entry` with `args` (one slot per parameter) until it returns or traps.
        pub(crate) fn execute(m: &mut Machine, limits: &RunLimits, entry: u32, args: &[u64]) -> Result<Vec<u64>, TrapSite> {
            let Machine { funcs, globals, memories, hosts, stack, frames } = m;
            let funcs: &[CompiledFunc] = funcs;
            let entry_depth = frames.len();
            let mut f = entry as usize;
            let mut func = &funcs[f];
            let mut base = 0usize;
            if stack.len() < func.num_regs {
                stack.resize(func.num_regs, 0);
            }
            stack[..args.len()].copy_from_slice(args);
            for &z in &func.zero_regs {
                stack[z as usize] = 0;
            }
            let mut code: &[Op] = &func.code;
            let mut pc = 0usize;
            let mut mem_idx = func.memory as usize;
            let mut fuel = limits.fuel.unwrap_or(u64::MAX);
            let mut host_args: Vec<u64> = Vec::new();
            let mut host_results: Vec<u64> = Vec::new();
            let mut regs: *mut u64 = stack.as_mut_ptr();

            // Enters VM function `$callee` from the call instruction whose lists start at `$list`.
            macro_rules! enter {
                ($callee:expr, $list:expr) => {{
                    let callee = $callee as usize;
                    let target = &funcs[callee];
                    if frames.len() - entry_depth + 1 >= limits.max_depth {
                        trap!(Trap::new(TrapKind::CallDepthExceeded, format!("call depth limit ({}) exceeded", limits.max_depth)));
                    }
                    let new_base = base + func.num_regs;
                    let need = new_base + target.num_regs;
                    if need > stack.len() {
                        if need > limits.max_stack_slots {
                            trap!(Trap::new(TrapKind::CallDepthExceeded, "guest stack exhausted"));
                        }
                        stack.resize(need.max(stack.len() * 2).min(limits.max_stack_slots), 0);
                    }
                    let list = $list as usize;
                    // SAFETY: the stack holds both frames (just ensured); the list was built by the
                    // compiler with one in-range register per argument; zeroed registers are below
                    // the callee's register count.
                    let nargs = {
                        let caller_regs = stack.as_mut_ptr().add(base);
                        let callee_regs = caller_regs.add(func.num_regs);
                        let args = func.lists.as_ptr().add(list);
                        let nargs = *args as usize;
                        for i in 0..nargs {
                            *callee_regs.add(i) = *caller_regs.add(*args.add(1 + i) as usize);
                        }
                        for &z in &target.zero_regs {
                            *callee_regs.add(z as usize) = 0;
                        }
                        nargs
                    };
                    frames.push(Frame { func: f as u32, pc: pc as u32, base: base as u32, results: (list + 1 + nargs) as u32 });
                    f = callee;
                    func = target;
                    code = &func.code;
                    pc = 0;
                    base = new_base;
                    regs = stack.as_mut_ptr().add(base);
                    mem_idx = func.memory as usize;
                }};
            }

            // Returns to the caller, handing it `$n` values read by `$value(i)`; leaves the loop at the entry frame.
            macro_rules! leave {
                ($n:expr, $value:expr) => {{
                    let count: usize = $n;
                    if frames.len() == entry_depth {
                        break Ok((0..count).map($value).collect::<Vec<u64>>());
                    }
                    let frame = frames.pop().expect("a caller frame exists above the entry depth");
                    let caller = &funcs[frame.func as usize];
                    let results = frame.results as usize;
                    let caller_base = frame.base as usize;
                    for i in 0..count {
                        let v = $value(i);
                        // SAFETY: the compiler built the result list with one register of the caller per result.
                        let dst = *caller.lists.get_unchecked(results + 1 + i) as usize;
                        stack[caller_base + dst] = v;
                    }
                    f = frame.func as usize;
                    func = caller;
                    code = &func.code;
                    pc = frame.pc as usize;
                    base = caller_base;
                    regs = stack.as_mut_ptr().add(base);
                    mem_idx = func.memory as usize;
                }};
            }

            macro_rules! trap {
                ($t:expr) => {{
                    break Err($t);
                }};
            }

            // SAFETY (for the whole loop): `regs` always points to the first register of the current
            // frame: it is re-derived from `stack` after every change of frame or of the stack's
            // allocation (`enter!`, `leave!`), and `enter!` makes the stack hold every register of
            // the new frame. The verifier guarantees every register operand is below the function's
            // register count. `pc` stays inside `code`: every block ends in a jump, return or trap,
            // and a fall-through always lands on the start of the next block, which exists.
            let outcome: Result<Vec<u64>, Trap> = loop {
                // SAFETY: `pc` is inside `code` (loop invariant above).
                let op = unsafe { *code.get_unchecked(pc) };
                pc += 1;
                // SAFETY: register operands are in the live frame (loop invariant above).
                unsafe { match op {
                    $( Op::$tv(x) => typed_handler!(regs, &mut memories[mem_idx], x, trap, $tfmt, $tf, ($($tin),*) -> ($($tout)?), $ttrap), )*
                    $(
                        Op::$cv(x) => {
                            if semantics::$cf(rd::<rust_type!($cty)>(regs, x.a), rd::<rust_type!($cty)>(regs, x.b)) != 0 {
                                pc = x.t as usize;
                            }
                        }
                        Op::$cvi(x) => {
                            if semantics::$cf(rd::<rust_type!($cty)>(regs, x.a), x.imm as rust_type!($cty)) != 0 {
                                pc = x.t as usize;
                            }
                        }
                        Op::$lv(x) => {
                            let v = semantics::$addf(rd::<rust_type!($cty)>(regs, x.r), x.step as rust_type!($cty));
                            wr::<rust_type!($cty)>(regs, x.r, v);
                            if semantics::$cf(v, rd::<rust_type!($cty)>(regs, x.b)) != 0 {
                                pc = x.t as usize;
                            }
                        }
                        Op::$lvi(x) => {
                            let v = semantics::$addf(rd::<rust_type!($cty)>(regs, x.r), x.step as rust_type!($cty));
                            wr::<rust_type!($cty)>(regs, x.r, v);
                            if semantics::$cf(v, x.bound as rust_type!($cty)) != 0 {
                                pc = x.t as usize;
                            }
                        }
                    )*
                    $(
                        Op::$bv(x) => {
                            let v = semantics::$bf(rd::<rust_type!($bty)>(regs, x.a), x.imm as rust_type!($bty));
                            wr::<rust_type!($bty)>(regs, x.d, v);
                        }
                    )*
                    Op::Mov { d, a } => wr::<u64>(regs, d, rd::<u64>(regs, a)),
                    Op::Select { d, c, a, b } => {
                        let chosen = if rd::<i32>(regs, c) != 0 { a } else { b };
                        wr::<u64>(regs, d, rd::<u64>(regs, chosen));
                    }
                    Op::Jump { t } => pc = t as usize,
                    Op::BrNez { c, t } => {
                        if rd::<i32>(regs, c) != 0 {
                            pc = t as usize;
                        }
                    }
                    Op::BrEqz { c, t } => {
                        if rd::<i32>(regs, c) == 0 {
                            pc = t as usize;
                        }
                    }
                    Op::BrTable { i, first, len } => {
                        let index = (rd::<i32>(regs, i) as u32).min(len);
                        pc = func.targets[(first + index) as usize] as usize;
                    }
                    Op::Call { f: callee, list } => enter!(callee, list),
                    Op::CallIndirect { a, sig, list } => {
                        let addr = rd::<i32>(regs, a) as u32;
                        if addr >= func.func_count {
                            trap!(Trap::code(TrapCode::BadFunctionAddress));
                        }
                        let callee = func.func_base + addr;
                        if funcs[callee as usize].sig_id != sig {
                            trap!(Trap::code(TrapCode::SignatureMismatch));
                        }
                        enter!(callee, list)
                    }
                    Op::CallHost { h, list } => {
                        let list = list as usize;
                        let nargs = func.lists[list] as usize;
                        host_args.clear();
                        host_args.extend(func.lists[list + 1..list + 1 + nargs].iter().map(|&r| stack[base + r as usize]));
                        let nres = func.lists[list + 1 + nargs] as usize;
                        host_results.clear();
                        host_results.resize(nres, 0);
                        let host = &mut hosts[h as usize];
                        if let Err(mut t) = (host.callback)(&host_args, &mut host_results) {
                            if t.exit_status().is_none() {
                                t.message = format!("{}.{}: {}", host.module, host.name, t.message);
                            }
                            trap!(t);
                        }
                        for (i, &v) in host_results.iter().enumerate() {
                            stack[base + func.lists[list + 2 + nargs + i] as usize] = v;
                        }
                    }
                    Op::Ret0 => leave!(0usize, |_| 0u64),
                    Op::Ret1 { a } => {
                        let v = rd::<u64>(regs, a);
                        leave!(1usize, |_| v)
                    }
                    Op::Ret { list } => {
                        let list = list as usize;
                        let n = func.lists[list] as usize;
                        let values: Vec<u64> = func.lists[list + 1..list + 1 + n].iter().map(|&r| stack[base + r as usize]).collect();
                        leave!(n, |i: usize| values[i])
                    }
                    Op::GlobalGet { d, g } => wr::<u64>(regs, d, globals[g as usize]),
                    Op::GlobalSet { a, g } => globals[g as usize] = rd::<u64>(regs, a),
                    Op::MemorySize { d } => wr::<i64>(regs, d, memories[mem_idx].len() as i64),
                    Op::Unreachable => trap!(Trap::code(TrapCode::Unreachable)),
                    Op::Fuel { n } => {
                        if fuel < n as u64 {
                            trap!(Trap::new(TrapKind::OutOfFuel, "out of fuel"));
                        }
                        fuel -= n as u64;
                    }
                } }
            };
            outcome.map_err(|trap| {
                let mut sites = vec![(f as u32, pc.saturating_sub(1) as u32)];
                sites.extend(frames[entry_depth..].iter().rev().map(|fr| (fr.func, fr.pc.saturating_sub(1))));
                frames.truncate(entry_depth);
                TrapSite { trap, frames: sites }
            })
        }
    };
}

macro_rules! execute_callback {
    ($($table:tt)*) => { crate::code::with_fused!(define_execute { $($table)* }); };
}

rootir::for_each_op!(execute_callback);
