//! Which argument registers each function reads: its parameters.
//!
//! Passing all of [`PARAMS`] on every call is what the ABI allows but costs sixteen moves a
//! call. A function only needs the registers of [`PARAMS`] that are live at its entry: read
//! on some path before being written, directly or by a function it calls. This is a backward
//! liveness analysis over each function's instructions (register uses from iced-x86's
//! instruction info), iterated over the call graph to a fixpoint from the smallest sets.
//!
//! Results are narrowed the same way: a function returns only the result registers (`rax rdx
//! xmm0 xmm1`) it or its callees may write; the caller keeps its own value of the others.
//! That matters: with gcc's `-fipa-ra` a caller may keep a value in a caller-saved register
//! across a call to a function known not to touch it. A return uses the function's results,
//! so a result written on some paths only is also a parameter (passed through).
//!
//! Conservative rules: a write of an 8/16-bit view is a use (it merges), only 32/64-bit
//! writes kill; any mention of an XMM register is a use and nothing but a call kills one;
//! indirect calls and jumps use every parameter and write every result.

use super::{Ctx, PARAMS, jump_candidates};
use crate::elf::{FuncSym, Image};
use iced_x86::{Instruction, InstructionInfoFactory, Mnemonic, OpAccess, OpKind, Register};
use std::collections::HashMap;

/// A set of [`PARAMS`] indices.
pub type Mask = u32;
/// Every parameter.
pub const ALL: Mask = (1 << PARAMS.len()) - 1;
/// `rsp`, always passed.
pub const RSP: Mask = 1;
/// The result registers `rax rdx xmm0 xmm1`.
pub const RESULTS: Mask = bit_of_gpr(0) | bit_of_gpr(2) | (1 << 8) | (1 << 9);

/// What a function takes and gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    /// Parameters (always with `rsp`).
    pub params: Mask,
    /// Results (a subset of [`RESULTS`]).
    pub results: Mask,
}

impl Shape {
    /// Every parameter and every result.
    pub const FULL: Shape = Shape { params: ALL, results: RESULTS };
}

/// The [`PARAMS`] bit of general-purpose register number `n` (0 if it is not a parameter).
const fn bit_of_gpr(n: usize) -> Mask {
    match n {
        4 => 1,
        7 => 1 << 1,
        6 => 1 << 2,
        2 => 1 << 3,
        1 => 1 << 4,
        8 => 1 << 5,
        9 => 1 << 6,
        0 => 1 << 7,
        _ => 0,
    }
}

fn bit(r: Register) -> Mask {
    if r.is_xmm() {
        let n = r.number();
        return if n < 8 { 1 << (8 + n) } else { 0 };
    }
    let full = r.full_register();
    if full.is_gpr64() { bit_of_gpr(full.number()) } else { 0 }
}

/// Per-instruction uses and kills.
struct Step {
    uses: Mask,
    kills: Mask,
    succs: Vec<usize>,
}

/// The shape of every function (by address), from decoded instructions.
pub fn shapes(ctx: &Ctx<'_>, funcs: &[(FuncSym, Vec<Instruction>)]) -> HashMap<u64, Shape> {
    let mut shapes: HashMap<u64, Shape> =
        funcs.iter().map(|(f, _)| (f.addr, Shape { params: RSP, results: 0 })).collect();
    let mut factory = InstructionInfoFactory::new();
    let static_steps: Vec<Vec<(Mask, Mask, Mask)>> =
        funcs.iter().map(|(_, insts)| insts.iter().map(|ins| register_uses(&mut factory, ins)).collect()).collect();
    // Successors do not change between rounds.
    let succs: Vec<Vec<Vec<usize>>> = funcs.iter().map(|(f, insts)| successors(ctx.image, f, insts)).collect();
    for _round in 0..200 {
        let mut changed = false;
        for (k, (f, insts)) in funcs.iter().enumerate() {
            let own = shapes[&f.addr];
            let mut writes = 0;
            let steps: Vec<Step> = insts
                .iter()
                .enumerate()
                .map(|(i, ins)| {
                    let (mut uses, mut kills, w) = static_steps[k][i];
                    let effect = call_effect(ctx, &shapes, f, own, ins);
                    uses |= effect.0;
                    kills |= effect.1;
                    writes |= w | effect.2;
                    Step { uses, kills, succs: succs[k][i].clone() }
                })
                .collect();
            let new = Shape { params: live_in(&steps) | RSP | own.params, results: (writes & RESULTS) | own.results };
            if new != own {
                shapes.insert(f.addr, new);
                changed = true;
            }
        }
        if !changed {
            return shapes;
        }
    }
    // No fixpoint in time (cannot happen: the sets only grow): everything everywhere.
    funcs.iter().map(|(f, _)| (f.addr, Shape::FULL)).collect()
}

/// Live-in at the first instruction.
fn live_in(steps: &[Step]) -> Mask {
    let mut live = vec![0 as Mask; steps.len()];
    loop {
        let mut changed = false;
        for i in (0..steps.len()).rev() {
            let out = steps[i].succs.iter().fold(0, |m, &s| m | live[s]);
            let new = steps[i].uses | (out & !steps[i].kills);
            if new != live[i] {
                live[i] = new;
                changed = true;
            }
        }
        if !changed {
            return live.first().copied().unwrap_or(0);
        }
    }
}

/// Uses, kills and writes (any write, for results) of one instruction's own registers.
fn register_uses(factory: &mut InstructionInfoFactory, ins: &Instruction) -> (Mask, Mask, Mask) {
    let (mut uses, mut kills, mut writes) = (0, 0, 0);
    // The zeroing idioms read nothing.
    let zeroing = matches!(ins.mnemonic(), Mnemonic::Xor | Mnemonic::Pxor | Mnemonic::Xorps | Mnemonic::Xorpd)
        && ins.op_count() == 2
        && ins.op0_kind() == OpKind::Register
        && ins.op1_kind() == OpKind::Register
        && ins.op0_register() == ins.op1_register();
    for used in factory.info(ins).used_registers() {
        let r = used.register();
        let b = bit(r);
        if b == 0 {
            continue;
        }
        let access = used.access();
        if matches!(access, OpAccess::Write | OpAccess::CondWrite | OpAccess::ReadWrite | OpAccess::ReadCondWrite) {
            writes |= b;
        }
        let wide = !r.is_xmm() && r.size() >= 4;
        if wide && (access == OpAccess::Write || zeroing) {
            kills |= b;
        } else if !zeroing || !wide {
            uses |= b;
        }
    }
    if zeroing {
        writes |= bit(ins.op0_register());
    }
    (uses, kills & !uses, writes)
}

/// What a call, tail jump or return reads, kills and writes beyond its own registers.
fn call_effect(
    ctx: &Ctx<'_>,
    shapes: &HashMap<u64, Shape>,
    f: &FuncSym,
    own: Shape,
    ins: &Instruction,
) -> (Mask, Mask, Mask) {
    let m = ins.mnemonic();
    let direct = ins.op0_kind() == OpKind::NearBranch64;
    let target = if direct { ins.near_branch_target() } else { 0 };
    let inside = direct && target >= f.addr && target < f.addr + f.size;
    let callee = |t: u64| -> Shape {
        let t = ctx.image.call_target(t).unwrap_or(t);
        if let Some(&shape) = shapes.get(&t) {
            shape
        } else if ctx.hooks.contains_key(&t) {
            Shape { params: bit_of_gpr(7) | bit_of_gpr(6) | RSP, results: bit_of_gpr(0) }
        } else {
            Shape::FULL
        }
    };
    // A tail call returns the callee's results and this function's other results as they are.
    let tail = |g: Shape| (g.params | (own.results & !g.results), 0, g.results);
    match m {
        Mnemonic::Call => {
            let g = if direct { callee(target) } else { Shape::FULL };
            (g.params, g.results, g.results)
        }
        Mnemonic::Jmp if direct && !inside => tail(callee(target)),
        Mnemonic::Jmp if !direct => tail(Shape::FULL),
        Mnemonic::Ret => (own.results, 0, 0),
        _ if ins.condition_code() != iced_x86::ConditionCode::None && direct && !inside => tail(callee(target)),
        _ => (0, 0, 0),
    }
}

/// Successor instruction indices of each instruction.
fn successors(image: &Image, f: &FuncSym, insts: &[Instruction]) -> Vec<Vec<usize>> {
    let index: HashMap<u64, usize> = insts.iter().enumerate().map(|(i, ins)| (ins.ip(), i)).collect();
    let cands = jump_candidates(image, f, insts, &|a| index.contains_key(&a));
    insts
        .iter()
        .enumerate()
        .map(|(i, ins)| {
            let mut s = Vec::new();
            let m = ins.mnemonic();
            let ends = matches!(m, Mnemonic::Jmp | Mnemonic::Ret | Mnemonic::Ud2 | Mnemonic::Hlt);
            if !ends && i + 1 < insts.len() {
                s.push(i + 1);
            }
            if ins.op0_kind() == OpKind::NearBranch64
                && let Some(&t) = index.get(&ins.near_branch_target())
            {
                s.push(t);
            }
            if m == Mnemonic::Jmp && ins.op0_kind() != OpKind::NearBranch64 {
                s.extend(cands.iter().filter_map(|a| index.get(a)));
            }
            s
        })
        .collect()
}
