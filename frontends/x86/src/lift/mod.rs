//! Lifting one function's machine code into vstarr's native form.
//!
//! Every lifted function has the same signature (see [`PARAMS`], [`RESULTS`]): the stack
//! pointer, the System V argument registers, `rax` (the vector-register count of variadic
//! calls) and the low halves of `xmm0..xmm7` in; `rax`, `rdx`, `xmm0`, `xmm1` out. The
//! callee-saved registers are assumed preserved, as the ABI requires.

pub mod dispatch;
mod emit;
mod int;
mod int_mul;
mod int_shift;
mod int_string;
pub mod params;
mod sse;
mod sse_packed;

pub use emit::TEMPS;
use emit::*;

use crate::elf::{FuncSym, Image};
use iced_x86::{Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter, Mnemonic, OpKind, Register};
use rootir::{Callee, FuncId, FuncType, ImportId, Opcode, Type};
use std::collections::{BTreeSet, HashMap};
use vstarr::native::{Loc, NativeFunction, NativeInst};

/// The registers every lifted function takes, in order.
pub const PARAMS: [Loc; 16] = [
    Loc::Gpr { reg: 4, lo: 0, width: 64 },
    Loc::Gpr { reg: 7, lo: 0, width: 64 },
    Loc::Gpr { reg: 6, lo: 0, width: 64 },
    Loc::Gpr { reg: 2, lo: 0, width: 64 },
    Loc::Gpr { reg: 1, lo: 0, width: 64 },
    Loc::Gpr { reg: 8, lo: 0, width: 64 },
    Loc::Gpr { reg: 9, lo: 0, width: 64 },
    Loc::Gpr { reg: 0, lo: 0, width: 64 },
    Loc::Xmm { reg: 0, half: 0 },
    Loc::Xmm { reg: 1, half: 0 },
    Loc::Xmm { reg: 2, half: 0 },
    Loc::Xmm { reg: 3, half: 0 },
    Loc::Xmm { reg: 4, half: 0 },
    Loc::Xmm { reg: 5, half: 0 },
    Loc::Xmm { reg: 6, half: 0 },
    Loc::Xmm { reg: 7, half: 0 },
];
/// The registers every lifted function returns, in order.
pub const RESULTS: [Loc; 4] = [
    Loc::Gpr { reg: 0, lo: 0, width: 64 },
    Loc::Gpr { reg: 2, lo: 0, width: 64 },
    Loc::Xmm { reg: 0, half: 0 },
    Loc::Xmm { reg: 1, half: 0 },
];

/// The signature of every lifted function.
pub fn lifted_sig() -> FuncType {
    sig_of(params::Shape::FULL)
}

/// The signature of a lifted function of this shape.
pub fn sig_of(shape: params::Shape) -> FuncType {
    FuncType::new(
        vec![Type::I64; shape.params.count_ones() as usize],
        vec![Type::I64; shape.results.count_ones() as usize],
    )
}

/// The results in `mask`, in [`RESULTS`] order.
pub fn results_of(mask: params::Mask) -> Vec<Loc> {
    let bits = [1 << 7, 1 << 3, 1 << 8, 1 << 9];
    RESULTS.iter().zip(bits).filter(|(_, b)| mask & b != 0).map(|(r, _)| *r).collect()
}

/// The parameters in `mask`, in order.
pub fn params_of(mask: params::Mask) -> impl Iterator<Item = Loc> {
    PARAMS.into_iter().enumerate().filter(move |(k, _)| mask & (1 << k) != 0).map(|(_, p)| p)
}

/// A host hook's import and signature.
#[derive(Clone, Debug)]
pub struct Hook {
    /// The import called.
    pub import: ImportId,
    /// Its signature (`i32`/`i64` parameters from `rdi`, `rsi`; result into `rax`).
    pub sig: FuncType,
}

/// What the lifter knows about the whole image.
pub struct Ctx<'a> {
    /// The linked image.
    pub image: &'a Image,
    /// Function address → its function id.
    pub func_ids: HashMap<u64, FuncId>,
    /// Hook address → the import.
    pub hooks: HashMap<u64, Hook>,
    /// The indirect-call dispatcher (`target, PARAMS... -> RESULTS`).
    pub dispatch: FuncId,
    /// Function address → the parameters it takes and the results it gives (see [`params`]).
    pub shapes: HashMap<u64, params::Shape>,
}

/// Decodes a function's instructions (a linear sweep over its symbol's size).
pub fn decode(image: &Image, f: &FuncSym) -> Result<Vec<Instruction>, String> {
    let bytes = image.slice(f.addr, f.size).ok_or_else(|| format!("{}: code outside the image", f.name))?;
    let mut decoder = Decoder::with_ip(64, bytes, f.addr, DecoderOptions::NONE);
    let mut insts = Vec::new();
    while decoder.can_decode() {
        let ins = decoder.decode();
        if ins.is_invalid() {
            return Err(format!("{} at {:#x}: invalid instruction", f.name, ins.ip()));
        }
        insts.push(ins);
    }
    Ok(insts)
}

/// Addresses an indirect jump of a function may reach: relocations into the function, and the
/// entries of PC-relative jump tables next to a `lea reg, [rip + table]`. Only instruction
/// starts (`is_start`) count.
pub fn jump_candidates(
    image: &Image,
    f: &FuncSym,
    insts: &[Instruction],
    is_start: &dyn Fn(u64) -> bool,
) -> BTreeSet<u64> {
    let (lo, hi) = (f.addr, f.addr + f.size);
    let mut set: BTreeSet<u64> = image.code_refs.iter().copied().filter(|&a| a > lo && a < hi && is_start(a)).collect();
    for ins in insts {
        if ins.mnemonic() == Mnemonic::Lea && ins.is_ip_rel_memory_operand() {
            let table = ins.ip_rel_memory_address();
            if image.is_code(table) {
                continue;
            }
            for k in 0..4096u64 {
                let Some(e) = image.read_u32(table + 4 * k) else { break };
                let t = table.wrapping_add(e as i32 as i64 as u64);
                if t < lo || t >= hi || !is_start(t) {
                    break;
                }
                set.insert(t);
            }
        }
    }
    set
}

impl Ctx<'_> {
    /// The shape of the function at `addr` (everything if it was not analysed).
    pub fn shape(&self, addr: u64) -> params::Shape {
        self.shapes.get(&addr).copied().unwrap_or(params::Shape::FULL)
    }
}

/// Lifts one function.
pub fn lift(ctx: &Ctx<'_>, f: &FuncSym) -> Result<NativeFunction, String> {
    lift_with_addrs(ctx, f).map(|(n, _)| n)
}

/// [`lift`], also giving `(native index, x86 address)` where each x86 instruction's native
/// instructions start, in order.
pub fn lift_with_addrs(ctx: &Ctx<'_>, f: &FuncSym) -> Result<(NativeFunction, Vec<(u32, u64)>), String> {
    let insts = decode(ctx.image, f)?;
    let mut addrs = Vec::with_capacity(insts.len());
    let mut l =
        FuncLifter { ctx, f, e: Emitter::new(), at: HashMap::new(), insts: &insts, cmp: None, prev: None, disp: 0 };
    for ins in &insts {
        let label = l.e.label();
        l.at.insert(ins.ip(), label);
    }
    let leaders = l.leaders();
    // The stack must not run into the heap: native code would fault on its guard page.
    let overflow = l.e.label();
    l.e.rd(Loc::reg64(RSP));
    l.e.c64((ctx.image.layout.heap_end + 4096) as i64);
    l.e.op(Opcode::I64LtU);
    l.e.branch_if(overflow);
    for (k, ins) in insts.iter().enumerate() {
        let label = l.at[&ins.ip()];
        l.e.bind(label);
        addrs.push((l.e.code.len() as u32, ins.ip()));
        l.prev = if leaders.contains(&ins.ip()) { None } else { l.cmp.take() };
        l.cmp = None;
        l.one(ins).map_err(|m| {
            let mut text = String::new();
            IntelFormatter::new().format(ins, &mut text);
            format!("{}+{:#x} (address {:#x}): cannot lift `{text}`: {m}", f.name, ins.ip() - f.addr, ins.ip())
        })?;
        if k + 1 == insts.len() && !ends_flow(ins) {
            // Falling off the end of the function: trap.
            l.e.i(NativeInst::Trap);
        }
    }
    if insts.is_empty() {
        l.e.i(NativeInst::Trap);
    }
    // The stack check belongs to the entry.
    addrs.push((l.e.code.len() as u32, f.addr));
    l.e.bind(overflow);
    l.stack_overflow();
    let code = l.e.finish()?;
    let native = NativeFunction {
        name: f.name.clone(),
        params: params_of(ctx.shape(f.addr).params).collect(),
        results: results_of(ctx.shape(f.addr).results),
        temps: TEMPS.to_vec(),
        code,
        unit: None,
    };
    Ok((native, addrs))
}

/// The part of a memory operand's displacement a load or store can take as its offset: a
/// positive displacement from a base or index register (below 2^31, so adding it cannot wrap
/// an address that is in memory).
fn offset_part(ins: &Instruction) -> u32 {
    let registers = ins.memory_base() != Register::None || ins.memory_index() != Register::None;
    let disp = ins.memory_displacement64() as i64;
    if registers && !ins.is_ip_rel_memory_operand() && (1..=i32::MAX as i64).contains(&disp) { disp as u32 } else { 0 }
}

fn ends_flow(ins: &Instruction) -> bool {
    matches!(ins.mnemonic(), Mnemonic::Jmp | Mnemonic::Ret | Mnemonic::Ud2 | Mnemonic::Hlt)
}

/// The last flag-setting comparison, for fusing it with the next `jcc`/`setcc`/`cmov`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cmp {
    /// Width.
    pub w: u8,
    /// `test` (r = a & b) rather than `cmp` (r = a - b).
    pub test: bool,
}

pub(crate) struct FuncLifter<'a, 'b> {
    pub ctx: &'a Ctx<'b>,
    pub f: &'a FuncSym,
    pub e: Emitter,
    /// Instruction address → label.
    pub at: HashMap<u64, Label>,
    pub insts: &'a [Instruction],
    /// The comparison this instruction makes, for the next one.
    pub cmp: Option<Cmp>,
    /// The comparison the previous instruction made (none at block starts).
    pub prev: Option<Cmp>,
    /// The displacement of this instruction's memory operand left out of `ADDR`: the memory
    /// access takes it as its offset ([`FuncLifter::mem`]), which saves an addition.
    pub disp: u32,
}

impl FuncLifter<'_, '_> {
    /// Addresses where a block may start: branch targets and instructions after branches.
    fn leaders(&self) -> BTreeSet<u64> {
        let mut set = BTreeSet::new();
        for ins in self.insts {
            if matches!(ins.op0_kind(), OpKind::NearBranch64) {
                set.insert(ins.near_branch_target());
                set.insert(ins.next_ip());
            }
        }
        set.extend(self.jump_candidates());
        set
    }

    /// The stack check's failure: `std.stack_overflow` (the trap's message), then a trap.
    fn stack_overflow(&mut self) {
        let hooks = &self.ctx.image.hooks;
        let addr = hooks.iter().find(|(_, h)| h.as_str() == crate::elf::STACK_OVERFLOW_HOOK).map(|(&a, _)| a);
        if let Some(hook) = addr.and_then(|a| self.ctx.hooks.get(&a)) {
            self.e.i(NativeInst::Call { callee: Callee::Import(hook.import), sig: hook.sig.clone() });
        }
        self.e.i(NativeInst::Trap);
    }

    /// See [`jump_candidates`].
    pub fn jump_candidates(&self) -> BTreeSet<u64> {
        jump_candidates(self.ctx.image, self.f, self.insts, &|a| self.at.contains_key(&a))
    }

    /// Lifts one instruction.
    fn one(&mut self, ins: &Instruction) -> Result<(), String> {
        if ins.segment_prefix() == Register::FS || ins.segment_prefix() == Register::GS {
            return Err("segment-relative memory (thread-local storage) is not supported".into());
        }
        let has_mem = (0..ins.op_count()).any(|i| ins.op_kind(i) == OpKind::Memory);
        self.disp = 0;
        if has_mem && ins.mnemonic() != Mnemonic::Lea && !matches!(ins.mnemonic(), Mnemonic::Nop) {
            self.disp = offset_part(ins);
            self.address(ins)?;
            self.e.wr(ADDR);
        }
        if int::lift(self, ins)? || sse::lift(self, ins)? {
            return Ok(());
        }
        Err(format!("no lifting rule for {:?}", ins.mnemonic()))
    }

    /// A memory access at `ADDR` (on the stack) plus `offset` plus the displacement left out of
    /// `ADDR`.
    pub fn mem(&mut self, o: Opcode, offset: u32) {
        self.e.mem(o, offset + self.disp);
    }

    /// Pushes the effective address of the memory operand, less [`FuncLifter::disp`].
    pub fn address(&mut self, ins: &Instruction) -> Result<(), String> {
        if ins.is_ip_rel_memory_operand() {
            self.e.c64(ins.ip_rel_memory_address() as i64);
            return Ok(());
        }
        let base = ins.memory_base();
        let index = ins.memory_index();
        let mut any = false;
        if base != Register::None {
            if !base.is_gpr64() {
                return Err(format!("base register {base:?}"));
            }
            self.e.rd(gpr(base)?);
            any = true;
        }
        if index != Register::None {
            if !index.is_gpr64() {
                return Err(format!("index register {index:?}"));
            }
            self.e.rd(gpr(index)?);
            let scale = ins.memory_index_scale();
            if scale > 1 {
                self.e.c64(scale.trailing_zeros() as i64);
                self.e.op(Opcode::I64Shl);
            }
            if any {
                self.e.op(Opcode::I64Add);
            }
            any = true;
        }
        let disp = (ins.memory_displacement64() as i64).wrapping_sub(self.disp as i64);
        if !any {
            self.e.c64(disp);
        } else if disp != 0 {
            self.e.c64(disp);
            self.e.op(Opcode::I64Add);
        }
        Ok(())
    }

    /// Pushes operand `i` at width `w` (`i32` for `w` ≤ 32, zero-extended; `i64` for 64).
    pub fn read(&mut self, ins: &Instruction, i: u32, w: u8) -> Result<(), String> {
        match ins.op_kind(i) {
            OpKind::Register => {
                let r = ins.op_register(i);
                let loc = gpr(r)?;
                if let Loc::Gpr { width, .. } = loc
                    && width != w
                {
                    return Err(format!("operand width {width} where {w} was expected"));
                }
                self.e.rd(loc);
            }
            OpKind::Memory => {
                self.e.rd(ADDR);
                let o = match w {
                    8 => Opcode::I32Load8U,
                    16 => Opcode::I32Load16U,
                    32 => Opcode::I32Load,
                    64 => Opcode::I64Load,
                    _ => return Err(format!("memory operand of {w} bits")),
                };
                self.mem(o, 0);
            }
            OpKind::Immediate8
            | OpKind::Immediate16
            | OpKind::Immediate32
            | OpKind::Immediate64
            | OpKind::Immediate8to16
            | OpKind::Immediate8to32
            | OpKind::Immediate8to64
            | OpKind::Immediate32to64 => {
                let v = ins.immediate(i);
                let v = if w == 64 { v } else { v & ((1u64 << w) - 1) };
                self.e.cw(w, v);
            }
            k => return Err(format!("operand kind {k:?}")),
        }
        Ok(())
    }

    /// Writes the value in `src` (width `w`) to operand `i`.
    pub fn write(&mut self, ins: &Instruction, i: u32, w: u8, src: Loc) -> Result<(), String> {
        match ins.op_kind(i) {
            OpKind::Register => {
                self.e.rd(src);
                self.e.wr(gpr(ins.op_register(i))?);
            }
            OpKind::Memory => {
                self.e.rd(ADDR);
                self.e.rd(src);
                let o = match w {
                    8 => Opcode::I32Store8,
                    16 => Opcode::I32Store16,
                    32 => Opcode::I32Store,
                    64 => Opcode::I64Store,
                    _ => return Err(format!("memory operand of {w} bits")),
                };
                self.mem(o, 0);
            }
            k => return Err(format!("destination kind {k:?}")),
        }
        Ok(())
    }

    /// A label for a branch target inside the function, or `None` if it is outside.
    pub fn target(&self, addr: u64) -> Option<Label> {
        self.at.get(&addr).copied()
    }

    /// Calls the function or hook at `target` (`tail`: a jump that ends this function).
    pub fn call(&mut self, target: u64, tail: bool) -> Result<(), String> {
        let target = self.ctx.image.call_target(target).map_err(|name| format!("call to undefined `{name}`"))?;
        if let Some(&id) = self.ctx.func_ids.get(&target) {
            return self.call_lifted(Callee::Func(id), self.ctx.shape(target), None, tail);
        }
        if let Some(hook) = self.ctx.hooks.get(&target).cloned() {
            let regs = [RDI, RSI];
            for (k, ty) in hook.sig.params.iter().enumerate() {
                self.e.rd(Loc::reg64(regs[k]));
                if *ty == Type::I32 {
                    self.e.op(Opcode::I32WrapI64);
                }
            }
            self.e.i(NativeInst::Call { callee: Callee::Import(hook.import), sig: hook.sig.clone() });
            match hook.sig.results.first() {
                Some(Type::I32) => {
                    self.e.op(Opcode::I64ExtendI32U);
                    self.e.wr(Loc::reg64(RAX));
                }
                Some(_) => self.e.wr(Loc::reg64(RAX)),
                None => {}
            }
            if tail {
                self.e.i(NativeInst::Return);
            }
            return Ok(());
        }
        Err(format!("call to {target:#x}, which is no function of the program"))
    }

    /// Calls through the dispatcher with the target address in `X64`.
    pub fn call_indirect(&mut self, tail: bool) -> Result<(), String> {
        self.call_lifted(Callee::Func(self.ctx.dispatch), params::Shape::FULL, Some(X64), tail)
    }

    fn call_lifted(
        &mut self,
        callee: Callee,
        shape: params::Shape,
        first: Option<Loc>,
        tail: bool,
    ) -> Result<(), String> {
        let rsp = Loc::reg64(RSP);
        if !tail {
            self.e.rd(rsp);
            self.e.c64(8);
            self.e.op(Opcode::I64Sub);
            self.e.wr(rsp);
        }
        let mut sig = sig_of(shape);
        if let Some(t) = first {
            self.e.rd(t);
            sig.params.insert(0, Type::I64);
        }
        for p in params_of(shape.params) {
            self.e.rd(p);
        }
        self.e.i(NativeInst::Call { callee, sig });
        for r in results_of(shape.results).iter().rev() {
            self.e.wr(*r);
        }
        if tail {
            self.e.i(NativeInst::Return);
        } else {
            self.e.rd(rsp);
            self.e.c64(8);
            self.e.op(Opcode::I64Add);
            self.e.wr(rsp);
        }
        Ok(())
    }

    /// An indirect jump to the address in `X64`: a switch over the function's candidates.
    pub fn jump_indirect(&mut self) -> Result<(), String> {
        let cands = self.jump_candidates();
        let (Some(&lo), Some(&hi)) = (cands.first(), cands.last()) else {
            // No candidate inside: a tail call through a pointer.
            return self.call_indirect(true);
        };
        if hi - lo > 1 << 16 {
            return Err("jump table spans too much code".into());
        }
        let trap = self.e.label();
        let targets: Vec<u32> = (lo..=hi).map(|a| if cands.contains(&a) { self.at[&a] } else { trap }).collect();
        self.e.rd(X64);
        self.e.c64(lo as i64);
        self.e.op(Opcode::I64Sub);
        // Out-of-range differences must not wrap into range when cut to i32.
        self.e.wr(X64);
        self.e.rd(X64);
        self.e.c64(hi as i64 - lo as i64);
        self.e.op(Opcode::I64GtU);
        let ok = self.e.label();
        self.e.op(Opcode::I32Eqz);
        self.e.branch_if(ok);
        self.e.jump(trap);
        self.e.bind(ok);
        self.e.rd(X64);
        self.e.op(Opcode::I32WrapI64);
        self.e.i(NativeInst::Switch { targets, default: trap });
        self.e.bind(trap);
        self.e.i(NativeInst::Trap);
        Ok(())
    }
}
