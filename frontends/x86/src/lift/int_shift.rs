//! Shifts and rotates (also `shld`/`shrd`), bit counting, `bt` and `bswap`.

use super::FuncLifter;
use super::emit::*;
use iced_x86::{Instruction, Mnemonic as M, OpKind};
use rootir::Opcode;
use vstarr::native::{Flag, Loc};

/// `shl sal shr sar rol ror` by an immediate, `cl` or 1.
pub(super) fn shift(l: &mut FuncLifter<'_, '_>, ins: &Instruction, w: u8) -> Result<(), String> {
    let (a, b, r) = abr(w);
    let m = ins.mnemonic();
    let cmask: u64 = if w == 64 { 63 } else { 31 };
    // The count (an i32 0..=cmask) in C32.
    let imm_count = match ins.op1_kind() {
        OpKind::Register => None,
        _ => Some(ins.immediate(1) & cmask),
    };
    if imm_count == Some(0) {
        return Ok(());
    }
    match imm_count {
        Some(c) => l.e.c32(c as i32),
        None => {
            l.e.rd(Loc::reg(RCX, 8));
            l.e.c32(cmask as i32);
            l.e.op(Opcode::I32And);
        }
    }
    l.e.wr(C32);
    let skip = l.e.label();
    if imm_count.is_none() {
        l.e.rd(C32);
        l.e.op(Opcode::I32Eqz);
        l.e.branch_if(skip);
    }
    l.read(ins, 0, w)?;
    if m == M::Sar {
        l.e.sext(w);
    }
    l.e.wr(a);
    // b = the count at width w
    l.e.rd(C32);
    if w == 64 {
        l.e.op(Opcode::I64ExtendI32U);
    }
    l.e.wr(b);
    let o = |o32: Opcode, o64: Opcode| op(w, o32, o64);
    match m {
        M::Shl | M::Sal | M::Shr | M::Sar => {
            l.e.rd(a);
            l.e.rd(b);
            l.e.op(match m {
                M::Shr => o(Opcode::I32ShrU, Opcode::I64ShrU),
                M::Sar => o(Opcode::I32ShrS, Opcode::I64ShrS),
                _ => o(Opcode::I32Shl, Opcode::I64Shl),
            });
            l.e.mask(w);
            l.e.wr(r);
            // CF: the last bit shifted out.
            l.e.rd(a);
            if matches!(m, M::Shl | M::Sal) {
                l.e.cw(w, w as u64);
                l.e.rd(b);
                l.e.op(o(Opcode::I32Sub, Opcode::I64Sub));
                l.e.op(o(Opcode::I32ShrU, Opcode::I64ShrU));
            } else {
                l.e.rd(b);
                l.e.cw(w, 1);
                l.e.op(o(Opcode::I32Sub, Opcode::I64Sub));
                l.e.op(o(Opcode::I32ShrS, Opcode::I64ShrS));
            }
            l.e.wrap_i32(w);
            l.e.c32(1);
            l.e.op(Opcode::I32And);
            l.e.wr(Loc::Flag(Flag::Cf));
            // OF (defined for counts of 1).
            match m {
                M::Shl | M::Sal => {
                    l.e.rd(r);
                    l.e.sign_bit(w);
                    l.e.rd(Loc::Flag(Flag::Cf));
                    l.e.op(Opcode::I32Xor);
                }
                M::Shr => {
                    l.e.rd(a);
                    l.e.mask(w);
                    l.e.sign_bit(w);
                }
                _ => l.e.c32(0),
            }
            l.e.wr(Loc::Flag(Flag::Of));
            l.e.flags_zsp(w, r);
        }
        _ => {
            // Rotates: r = (a << c) | (a >> (w - c)) with c = count mod w.
            if w >= 32 {
                l.e.rd(a);
                l.e.rd(b);
                l.e.op(if m == M::Rol {
                    o(Opcode::I32Rotl, Opcode::I64Rotl)
                } else {
                    o(Opcode::I32Rotr, Opcode::I64Rotr)
                });
            } else {
                l.e.rd(b);
                l.e.c32(w as i32 - 1);
                l.e.op(Opcode::I32And);
                l.e.wr(b);
                let (first, second) =
                    if m == M::Rol { (Opcode::I32Shl, Opcode::I32ShrU) } else { (Opcode::I32ShrU, Opcode::I32Shl) };
                l.e.rd(a);
                l.e.rd(b);
                l.e.op(first);
                l.e.rd(a);
                l.e.c32(w as i32);
                l.e.rd(b);
                l.e.op(Opcode::I32Sub);
                l.e.op(second);
                l.e.op(Opcode::I32Or);
                l.e.mask(w);
            }
            l.e.wr(r);
            // CF: rol → bit 0 of r; ror → the sign bit of r. OF: the count-1 rule.
            l.e.rd(r);
            if m == M::Rol {
                l.e.wrap_i32(w);
                l.e.c32(1);
                l.e.op(Opcode::I32And);
            } else {
                l.e.sign_bit(w);
            }
            l.e.wr(Loc::Flag(Flag::Cf));
            l.e.rd(r);
            l.e.sign_bit(w);
            if m == M::Rol {
                l.e.rd(Loc::Flag(Flag::Cf));
            } else {
                l.e.rd(r);
                l.e.cw(w, 1);
                l.e.op(o(Opcode::I32Shl, Opcode::I64Shl));
                l.e.sign_bit(w);
            }
            l.e.op(Opcode::I32Xor);
            l.e.wr(Loc::Flag(Flag::Of));
        }
    }
    l.write(ins, 0, w, r)?;
    l.e.bind(skip);
    Ok(())
}

/// `bsf bsr tzcnt lzcnt popcnt`.
pub(super) fn bitcount(l: &mut FuncLifter<'_, '_>, ins: &Instruction, w: u8) -> Result<(), String> {
    let (a, _, r) = abr(w);
    if w < 32 {
        return Err("16-bit bit counting".into());
    }
    let m = ins.mnemonic();
    l.read(ins, 1, w)?;
    l.e.wr(a);
    let o = |o32: Opcode, o64: Opcode| op(w, o32, o64);
    let skip = l.e.label();
    if matches!(m, M::Bsf | M::Bsr) {
        // Source zero: ZF = 1, destination unchanged.
        l.e.rd(a);
        l.e.op(o(Opcode::I32Eqz, Opcode::I64Eqz));
        l.e.wr(Loc::Flag(Flag::Zf));
        l.e.rd(Loc::Flag(Flag::Zf));
        l.e.branch_if(skip);
    }
    l.e.rd(a);
    match m {
        M::Bsf | M::Tzcnt => l.e.op(o(Opcode::I32Ctz, Opcode::I64Ctz)),
        M::Lzcnt => l.e.op(o(Opcode::I32Clz, Opcode::I64Clz)),
        M::Popcnt => l.e.op(o(Opcode::I32Popcnt, Opcode::I64Popcnt)),
        _ => {
            // bsr = w - 1 - clz
            l.e.op(o(Opcode::I32Clz, Opcode::I64Clz));
            l.e.wr(r);
            l.e.cw(w, w as u64 - 1);
            l.e.rd(r);
            l.e.op(o(Opcode::I32Sub, Opcode::I64Sub));
        }
    }
    l.e.wr(r);
    l.write(ins, 0, w, r)?;
    match m {
        M::Tzcnt | M::Lzcnt => {
            l.e.rd(r);
            l.e.cw(w, w as u64);
            l.e.op(o(Opcode::I32Eq, Opcode::I64Eq));
            l.e.wr(Loc::Flag(Flag::Cf));
            l.e.rd(r);
            l.e.op(o(Opcode::I32Eqz, Opcode::I64Eqz));
            l.e.wr(Loc::Flag(Flag::Zf));
        }
        M::Popcnt => {
            l.e.rd(a);
            l.e.op(o(Opcode::I32Eqz, Opcode::I64Eqz));
            l.e.wr(Loc::Flag(Flag::Zf));
            for f in [Flag::Cf, Flag::Of, Flag::Sf, Flag::Pf, Flag::Af] {
                l.e.set_flag(f, 0);
            }
        }
        _ => {}
    }
    l.e.bind(skip);
    Ok(())
}

/// `bt bts btr btc r/m, r/imm`: CF = the bit; the others then set, clear or flip it
/// (register forms; memory with an immediate).
pub(super) fn bt(l: &mut FuncLifter<'_, '_>, ins: &Instruction, w: u8) -> Result<(), String> {
    if ins.op0_kind() == OpKind::Memory && ins.op1_kind() == OpKind::Register {
        return Err("bt with a memory bit string and a register index".into());
    }
    let (a, b, _) = abr(w);
    l.read(ins, 0, w)?;
    l.e.wr(a);
    l.read(ins, 1, w)?;
    l.e.wr(b);
    l.e.rd(a);
    l.e.rd(b);
    l.e.cw(w, w as u64 - 1);
    l.e.opw(w, Opcode::I32And, Opcode::I64And);
    l.e.opw(w, Opcode::I32ShrU, Opcode::I64ShrU);
    l.e.wrap_i32(w);
    l.e.c32(1);
    l.e.op(Opcode::I32And);
    l.e.wr(Loc::Flag(Flag::Cf));
    let m = ins.mnemonic();
    if matches!(m, M::Bts | M::Btr | M::Btc) {
        let (_, _, r) = abr(w);
        l.e.rd(a);
        l.e.cw(w, 1);
        l.e.rd(b);
        l.e.cw(w, w as u64 - 1);
        l.e.opw(w, Opcode::I32And, Opcode::I64And);
        l.e.opw(w, Opcode::I32Shl, Opcode::I64Shl);
        if m == M::Btr {
            l.e.cw(w, u64::MAX);
            l.e.opw(w, Opcode::I32Xor, Opcode::I64Xor);
        }
        l.e.op(match m {
            M::Bts => op(w, Opcode::I32Or, Opcode::I64Or),
            M::Btr => op(w, Opcode::I32And, Opcode::I64And),
            _ => op(w, Opcode::I32Xor, Opcode::I64Xor),
        });
        l.e.mask(w);
        l.e.wr(r);
        l.write(ins, 0, w, r)?;
    }
    Ok(())
}

/// `bswap r32/r64`.
pub(super) fn bswap(l: &mut FuncLifter<'_, '_>, ins: &Instruction, w: u8) -> Result<(), String> {
    let (a, _, r) = abr(w);
    l.read(ins, 0, w)?;
    l.e.wr(a);
    let bytes = w / 8;
    l.e.cw(w, 0);
    for k in 0..bytes {
        // byte k moves to byte bytes-1-k
        l.e.rd(a);
        l.e.cw(w, 8 * k as u64);
        l.e.opw(w, Opcode::I32ShrU, Opcode::I64ShrU);
        l.e.cw(w, 0xff);
        l.e.opw(w, Opcode::I32And, Opcode::I64And);
        l.e.cw(w, 8 * (bytes - 1 - k) as u64);
        l.e.opw(w, Opcode::I32Shl, Opcode::I64Shl);
        l.e.opw(w, Opcode::I32Or, Opcode::I64Or);
    }
    l.e.wr(r);
    l.write(ins, 0, w, r)
}

/// `shld dst, src, count` and `shrd dst, src, count` (32 and 64 bits): `dst` shifted with the
/// bits of `src` coming in; a count of 0 changes nothing.
pub(super) fn double_shift(l: &mut FuncLifter<'_, '_>, ins: &Instruction, w: u8) -> Result<(), String> {
    if w < 32 {
        return Err("16-bit double-precision shift".into());
    }
    let left = ins.mnemonic() == M::Shld;
    let (a, b, r) = abr(w);
    let o = |o32: Opcode, o64: Opcode| op(w, o32, o64);
    let cmask = if w == 64 { 63 } else { 31 };
    match ins.op2_kind() {
        OpKind::Register => l.e.rd(Loc::reg(RCX, 8)),
        _ => l.e.c32(ins.immediate(2) as i32),
    }
    l.e.c32(cmask);
    l.e.op(Opcode::I32And);
    l.e.wr(C32);
    let skip = l.e.label();
    l.e.rd(C32);
    l.e.op(Opcode::I32Eqz);
    l.e.branch_if(skip);
    l.read(ins, 0, w)?;
    l.e.wr(a);
    l.read(ins, 1, w)?;
    l.e.wr(b);
    // The count at width w, and w - count.
    let count = |l: &mut FuncLifter<'_, '_>| {
        l.e.rd(C32);
        if w == 64 {
            l.e.op(Opcode::I64ExtendI32U);
        }
    };
    let rest = |l: &mut FuncLifter<'_, '_>| {
        l.e.cw(w, w as u64);
        count(l);
        l.e.opw(w, Opcode::I32Sub, Opcode::I64Sub);
    };
    let (main, other) = if left {
        (o(Opcode::I32Shl, Opcode::I64Shl), o(Opcode::I32ShrU, Opcode::I64ShrU))
    } else {
        (o(Opcode::I32ShrU, Opcode::I64ShrU), o(Opcode::I32Shl, Opcode::I64Shl))
    };
    l.e.rd(a);
    count(l);
    l.e.op(main);
    l.e.rd(b);
    rest(l);
    l.e.op(other);
    l.e.opw(w, Opcode::I32Or, Opcode::I64Or);
    l.e.wr(r);
    // CF: the last bit shifted out of dst.
    l.e.rd(a);
    if left {
        rest(l);
    } else {
        count(l);
        l.e.cw(w, 1);
        l.e.opw(w, Opcode::I32Sub, Opcode::I64Sub);
    }
    l.e.opw(w, Opcode::I32ShrU, Opcode::I64ShrU);
    l.e.wrap_i32(w);
    l.e.c32(1);
    l.e.op(Opcode::I32And);
    l.e.wr(Loc::Flag(Flag::Cf));
    // OF (defined for a count of 1): the sign changed.
    l.e.rd(a);
    l.e.rd(r);
    l.e.opw(w, Opcode::I32Xor, Opcode::I64Xor);
    l.e.sign_bit(w);
    l.e.wr(Loc::Flag(Flag::Of));
    l.e.flags_zsp(w, r);
    l.write(ins, 0, w, r)?;
    l.e.bind(skip);
    Ok(())
}
