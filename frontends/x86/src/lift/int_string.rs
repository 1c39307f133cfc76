//! The string instructions `movs stos lods cmps scas`, alone or with `rep`/`repe`/`repne`
//! (the direction flag is always clear).

use super::FuncLifter;
use super::emit::*;
use iced_x86::{Instruction, Mnemonic as M};
use rootir::Opcode;
use vstarr::native::{Flag, Loc};

/// What one iteration of a string instruction does.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `[rdi] = [rsi]`.
    Move,
    /// `[rdi] = rax`.
    Store,
    /// `rax = [rsi]`.
    Load,
    /// Flags of `[rsi] - [rdi]`.
    Compare,
    /// Flags of `rax - [rdi]`.
    Scan,
}

/// The kind and element size in bytes of a string instruction, if `m` is one.
fn kind(m: M) -> Option<(Kind, u8)> {
    Some(match m {
        M::Movsb => (Kind::Move, 1),
        M::Movsw => (Kind::Move, 2),
        M::Movsd => (Kind::Move, 4),
        M::Movsq => (Kind::Move, 8),
        M::Stosb => (Kind::Store, 1),
        M::Stosw => (Kind::Store, 2),
        M::Stosd => (Kind::Store, 4),
        M::Stosq => (Kind::Store, 8),
        M::Lodsb => (Kind::Load, 1),
        M::Lodsw => (Kind::Load, 2),
        M::Lodsd => (Kind::Load, 4),
        M::Lodsq => (Kind::Load, 8),
        M::Cmpsb => (Kind::Compare, 1),
        M::Cmpsw => (Kind::Compare, 2),
        M::Cmpsd => (Kind::Compare, 4),
        M::Cmpsq => (Kind::Compare, 8),
        M::Scasb => (Kind::Scan, 1),
        M::Scasw => (Kind::Scan, 2),
        M::Scasd => (Kind::Scan, 4),
        M::Scasq => (Kind::Scan, 8),
        _ => return None,
    })
}

/// Whether `ins` is a string instruction (not SSE's `movsd`/`cmpsd`, which share mnemonics).
pub(super) fn is_string(ins: &Instruction) -> bool {
    use iced_x86::OpKind as K;
    kind(ins.mnemonic()).is_some()
        && (0..ins.op_count())
            .any(|i| matches!(ins.op_kind(i), K::MemoryESRDI | K::MemoryESEDI | K::MemorySegRSI | K::MemorySegESI))
}

/// Pushes the element at the address in `reg` (an `i32` below 64 bits).
fn load(l: &mut FuncLifter<'_, '_>, reg: u8, size: u8) {
    l.e.rd(Loc::reg64(reg));
    l.e.mem(
        match size {
            1 => Opcode::I32Load8U,
            2 => Opcode::I32Load16U,
            4 => Opcode::I32Load,
            _ => Opcode::I64Load,
        },
        0,
    );
}

/// Adds `by` to a 64-bit register.
fn bump(l: &mut FuncLifter<'_, '_>, reg: u8, by: i64) {
    l.e.rd(Loc::reg64(reg));
    l.e.c64(by);
    l.e.op(Opcode::I64Add);
    l.e.wr(Loc::reg64(reg));
}

/// Lifts a string instruction (see [`is_string`]).
pub(super) fn string(l: &mut FuncLifter<'_, '_>, ins: &Instruction) -> Result<(), String> {
    let (k, size) = kind(ins.mnemonic()).ok_or("not a string instruction")?;
    let w = size * 8;
    let compares = matches!(k, Kind::Compare | Kind::Scan);
    // `rep` before a comparison is `repe`; before the others, `repne` repeats like `rep`.
    let rep = ins.has_rep_prefix() || ins.has_repe_prefix() || ins.has_repne_prefix();
    let stop_when_equal = compares && ins.has_repne_prefix();
    let rcx = Loc::reg64(RCX);
    let top = l.e.label();
    let done = l.e.label();
    l.e.bind(top);
    if rep {
        l.e.rd(rcx);
        l.e.op(Opcode::I64Eqz);
        l.e.branch_if(done);
    }
    let (a, b, r) = abr(w);
    match k {
        Kind::Move => {
            l.e.rd(Loc::reg64(RDI));
            load(l, RSI, size);
            store(l, size);
        }
        Kind::Store => {
            l.e.rd(Loc::reg64(RDI));
            l.e.rd(Loc::reg(RAX, w));
            store(l, size);
        }
        Kind::Load => {
            load(l, RSI, size);
            l.e.wr(Loc::reg(RAX, w));
        }
        Kind::Compare | Kind::Scan => {
            if k == Kind::Compare {
                load(l, RSI, size);
            } else {
                l.e.rd(Loc::reg(RAX, w));
            }
            l.e.wr(a);
            load(l, RDI, size);
            l.e.wr(b);
            l.e.rd(a);
            l.e.rd(b);
            l.e.opw(w, Opcode::I32Sub, Opcode::I64Sub);
            l.e.mask(w);
            l.e.wr(r);
            l.e.flags_addsub(w, a, b, r, true, None);
        }
    }
    if matches!(k, Kind::Move | Kind::Store | Kind::Compare | Kind::Scan) {
        bump(l, RDI, size as i64);
    }
    if matches!(k, Kind::Move | Kind::Load | Kind::Compare) {
        bump(l, RSI, size as i64);
    }
    if rep {
        bump(l, RCX, -1);
        if compares {
            l.e.rd(Loc::Flag(Flag::Zf));
            if !stop_when_equal {
                l.e.op(Opcode::I32Eqz);
            }
            l.e.branch_if(done);
        }
        l.e.jump(top);
    }
    l.e.bind(done);
    Ok(())
}

/// Stores the value on the stack (an `i32` below 64 bits) at the address under it.
fn store(l: &mut FuncLifter<'_, '_>, size: u8) {
    l.e.mem(
        match size {
            1 => Opcode::I32Store8,
            2 => Opcode::I32Store16,
            4 => Opcode::I32Store,
            _ => Opcode::I64Store,
        },
        0,
    );
}
