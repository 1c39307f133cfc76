//! SSE/SSE2: scalar float and double arithmetic, conversions, moves, and the common packed
//! operations. An XMM register is two `i64` halves; floats are reinterpreted as they are used.

use super::FuncLifter;
use super::emit::*;
use iced_x86::{Instruction, Mnemonic as M, OpKind, Register};
use rootir::Opcode;
use vstarr::native::{Flag, Loc};

pub(super) fn xmm(r: Register) -> Result<u8, String> {
    if r.is_xmm() { Ok(r.number() as u8) } else { Err(format!("{r:?} is not an XMM register")) }
}

pub(super) fn lo(r: u8) -> Loc {
    Loc::Xmm { reg: r, half: 0 }
}

pub(super) fn hi(r: u8) -> Loc {
    Loc::Xmm { reg: r, half: 1 }
}

pub(super) fn is_xmm(ins: &Instruction, i: u32) -> bool {
    ins.op_kind(i) == OpKind::Register && ins.op_register(i).is_xmm()
}

/// Lifts `ins` if it is an SSE instruction; `Ok(false)` if it is not one.
pub(super) fn lift(l: &mut FuncLifter<'_, '_>, ins: &Instruction) -> Result<bool, String> {
    use Opcode as O;
    let m = ins.mnemonic();
    match m {
        M::Movsd | M::Movss | M::Movq | M::Movd => mov_scalar(l, ins)?,
        M::Movapd | M::Movaps | M::Movupd | M::Movups | M::Movdqa | M::Movdqu => {
            let (slo, shi) = src128(l, ins, 1)?;
            if is_xmm(ins, 0) {
                let d = xmm(ins.op0_register())?;
                l.e.rd(slo);
                l.e.rd(shi);
                l.e.wr(hi(d));
                l.e.wr(lo(d));
            } else {
                l.e.rd(ADDR);
                l.e.rd(slo);
                l.mem(O::I64Store, 0);
                l.e.rd(ADDR);
                l.e.rd(shi);
                l.mem(O::I64Store, 8);
            }
        }
        M::Addsd | M::Subsd | M::Mulsd | M::Divsd | M::Minsd | M::Maxsd | M::Sqrtsd => {
            let d = xmm(ins.op0_register())?;
            read_f64(l, ins, 1)?;
            l.e.wr(FB);
            l.e.rd(lo(d));
            l.e.op(O::F64ReinterpretI64);
            l.e.wr(FA);
            scalar_op(l, m, FA, FB, true)?;
            l.e.op(O::I64ReinterpretF64);
            l.e.wr(lo(d));
        }
        M::Addss | M::Subss | M::Mulss | M::Divss | M::Minss | M::Maxss | M::Sqrtss => {
            let d = xmm(ins.op0_register())?;
            read_f32(l, ins, 1)?;
            l.e.wr(SB);
            l.e.rd(lo(d));
            l.e.op(O::I32WrapI64);
            l.e.op(O::F32ReinterpretI32);
            l.e.wr(SA);
            scalar_op(l, m, SA, SB, false)?;
            write_lo_f32(l, d);
        }
        M::Ucomisd | M::Comisd | M::Ucomiss | M::Comiss => {
            let double = matches!(m, M::Ucomisd | M::Comisd);
            let (a, b) = if double { (FA, FB) } else { (SA, SB) };
            if double {
                read_f64(l, ins, 0)?
            } else {
                read_f32(l, ins, 0)?
            }
            l.e.wr(a);
            if double {
                read_f64(l, ins, 1)?
            } else {
                read_f32(l, ins, 1)?
            }
            l.e.wr(b);
            let f = |o64: O, o32: O| if double { o64 } else { o32 };
            // unordered: ZF PF CF = 1 1 1; a < b: CF; a == b: ZF.
            l.e.rd(a);
            l.e.rd(a);
            l.e.op(f(O::F64Ne, O::F32Ne));
            l.e.rd(b);
            l.e.rd(b);
            l.e.op(f(O::F64Ne, O::F32Ne));
            l.e.op(O::I32Or);
            l.e.wr(Loc::Flag(Flag::Pf));
            l.e.rd(a);
            l.e.rd(b);
            l.e.op(f(O::F64Eq, O::F32Eq));
            l.e.rd(Loc::Flag(Flag::Pf));
            l.e.op(O::I32Or);
            l.e.wr(Loc::Flag(Flag::Zf));
            l.e.rd(a);
            l.e.rd(b);
            l.e.op(f(O::F64Lt, O::F32Lt));
            l.e.rd(Loc::Flag(Flag::Pf));
            l.e.op(O::I32Or);
            l.e.wr(Loc::Flag(Flag::Cf));
            for fl in [Flag::Of, Flag::Sf, Flag::Af] {
                l.e.set_flag(fl, 0);
            }
        }
        M::Cvtsi2sd | M::Cvtsi2ss => {
            let d = xmm(ins.op0_register())?;
            let w = width(ins, 1);
            l.read(ins, 1, w)?;
            let double = m == M::Cvtsi2sd;
            l.e.op(match (double, w == 64) {
                (true, true) => O::F64ConvertI64S,
                (true, false) => O::F64ConvertI32S,
                (false, true) => O::F32ConvertI64S,
                (false, false) => O::F32ConvertI32S,
            });
            if double {
                l.e.op(O::I64ReinterpretF64);
                l.e.wr(lo(d));
            } else {
                write_lo_f32(l, d);
            }
        }
        M::Cvttsd2si | M::Cvttss2si | M::Cvtsd2si | M::Cvtss2si => {
            let w = width(ins, 0);
            let double = matches!(m, M::Cvttsd2si | M::Cvtsd2si);
            let round = matches!(m, M::Cvtsd2si | M::Cvtss2si);
            if double {
                read_f64(l, ins, 1)?;
                if round {
                    l.e.op(O::F64Nearest);
                }
                l.e.wr(FA);
            } else {
                read_f32(l, ins, 1)?;
                if round {
                    l.e.op(O::F32Nearest);
                }
                l.e.op(O::F64PromoteF32);
                l.e.wr(FA);
            }
            // In range: -2^(w-1) <= x < 2^(w-1); else the "integer indefinite" MIN.
            let (_, b, r) = abr(w);
            l.e.rd(FA);
            l.e.op(if w == 64 { O::I64TruncF64S } else { O::I32TruncF64S });
            l.e.wr(b);
            let limit = if w == 64 { 9.223_372_036_854_776e18_f64 } else { 2147483648.0f64 };
            l.e.rd(FA);
            l.e.i(vstarr::native::NativeInst::Push(vstarr::stack::Imm::f64(-limit)));
            l.e.op(O::F64Ge);
            l.e.rd(FA);
            l.e.i(vstarr::native::NativeInst::Push(vstarr::stack::Imm::f64(limit)));
            l.e.op(O::F64Lt);
            l.e.op(O::I32And);
            l.e.wr(C32);
            l.e.cw(w, if w == 64 { i64::MIN as u64 } else { i32::MIN as u32 as u64 });
            l.e.wr(r);
            l.e.select(w, C32, b, r);
            l.e.wr(r);
            l.write(ins, 0, w, r)?;
        }
        M::Cvtsd2ss => {
            let d = xmm(ins.op0_register())?;
            read_f64(l, ins, 1)?;
            l.e.op(O::F32DemoteF64);
            write_lo_f32(l, d);
        }
        M::Cvtss2sd => {
            let d = xmm(ins.op0_register())?;
            read_f32(l, ins, 1)?;
            l.e.op(O::F64PromoteF32);
            l.e.op(O::I64ReinterpretF64);
            l.e.wr(lo(d));
        }
        M::Xorpd
        | M::Xorps
        | M::Pxor
        | M::Andpd
        | M::Andps
        | M::Pand
        | M::Orpd
        | M::Orps
        | M::Por
        | M::Andnpd
        | M::Andnps
        | M::Pandn
        | M::Paddq
        | M::Psubq => {
            let d = xmm(ins.op0_register())?;
            let zero = matches!(m, M::Xorpd | M::Xorps | M::Pxor)
                && is_xmm(ins, 1)
                && ins.op1_register() == ins.op0_register();
            if zero {
                l.e.c64(0);
                l.e.wr(lo(d));
                l.e.c64(0);
                l.e.wr(hi(d));
                return Ok(true);
            }
            let (slo, shi) = src128(l, ins, 1)?;
            let o = match m {
                M::Xorpd | M::Xorps | M::Pxor => O::I64Xor,
                M::Orpd | M::Orps | M::Por => O::I64Or,
                M::Paddq => O::I64Add,
                M::Psubq => O::I64Sub,
                _ => O::I64And,
            };
            let not = matches!(m, M::Andnpd | M::Andnps | M::Pandn);
            for (dh, sh) in [(lo(d), slo), (hi(d), shi)] {
                l.e.rd(dh);
                if not {
                    l.e.c64(-1);
                    l.e.op(O::I64Xor);
                }
                l.e.rd(sh);
                l.e.op(o);
            }
            l.e.wr(hi(d));
            l.e.wr(lo(d));
        }
        M::Addpd | M::Subpd | M::Mulpd | M::Divpd | M::Minpd | M::Maxpd => {
            let d = xmm(ins.op0_register())?;
            let (slo, shi) = src128(l, ins, 1)?;
            let scalar = match m {
                M::Addpd => M::Addsd,
                M::Subpd => M::Subsd,
                M::Mulpd => M::Mulsd,
                M::Divpd => M::Divsd,
                M::Minpd => M::Minsd,
                _ => M::Maxsd,
            };
            for (dh, sh, keep) in [(lo(d), slo, H0), (hi(d), shi, H1)] {
                l.e.rd(dh);
                l.e.op(O::F64ReinterpretI64);
                l.e.wr(FA);
                l.e.rd(sh);
                l.e.op(O::F64ReinterpretI64);
                l.e.wr(FB);
                scalar_op(l, scalar, FA, FB, true)?;
                l.e.op(O::I64ReinterpretF64);
                l.e.wr(keep);
            }
            l.e.rd(H0);
            l.e.wr(lo(d));
            l.e.rd(H1);
            l.e.wr(hi(d));
        }
        M::Unpcklpd | M::Movlhps | M::Punpcklqdq => {
            let d = xmm(ins.op0_register())?;
            let (slo, _) = src128(l, ins, 1)?;
            l.e.rd(slo);
            l.e.wr(hi(d));
        }
        M::Unpckhpd | M::Punpckhqdq => {
            let d = xmm(ins.op0_register())?;
            let (_, shi) = src128(l, ins, 1)?;
            l.e.rd(hi(d));
            l.e.wr(lo(d));
            l.e.rd(shi);
            l.e.wr(hi(d));
        }
        M::Movhlps => {
            let d = xmm(ins.op0_register())?;
            let s = xmm(ins.op1_register())?;
            l.e.rd(hi(s));
            l.e.wr(lo(d));
        }
        // movhpd/movhps/movlpd/movlps: one 64-bit half of an XMM register to or from memory.
        M::Movhpd | M::Movhps | M::Movlpd | M::Movlps => {
            let half = if matches!(m, M::Movhpd | M::Movhps) { hi } else { lo };
            l.e.rd(ADDR);
            if is_xmm(ins, 0) {
                l.mem(O::I64Load, 0);
                l.e.wr(half(xmm(ins.op0_register())?));
            } else {
                l.e.rd(half(xmm(ins.op1_register())?));
                l.mem(O::I64Store, 0);
            }
        }
        M::Cmpsd | M::Cmpss if is_xmm(ins, 0) => {
            let double = m == M::Cmpsd;
            let d = xmm(ins.op0_register())?;
            let pred = ins.immediate(2) as u8;
            if double {
                l.e.rd(lo(d));
                l.e.op(O::F64ReinterpretI64);
                l.e.wr(FA);
                read_f64(l, ins, 1)?;
                l.e.wr(FB);
                fcmp(l, pred, FA, FB, true)?;
                l.e.op(O::I64ExtendI32U);
                l.e.wr(X64);
                l.e.c64(0);
                l.e.rd(X64);
                l.e.op(O::I64Sub);
                l.e.wr(lo(d));
            } else {
                l.e.rd(lo(d));
                l.e.op(O::I32WrapI64);
                l.e.op(O::F32ReinterpretI32);
                l.e.wr(SA);
                read_f32(l, ins, 1)?;
                l.e.wr(SB);
                fcmp(l, pred, SA, SB, false)?;
                l.e.wr(C32);
                l.e.c32(0);
                l.e.rd(C32);
                l.e.op(O::I32Sub);
                l.e.op(O::F32ReinterpretI32);
                write_lo_f32(l, d);
            }
        }
        M::Cmppd => {
            let d = xmm(ins.op0_register())?;
            let pred = ins.immediate(2) as u8;
            let (slo, shi) = src128(l, ins, 1)?;
            for (dh, sh, keep) in [(lo(d), slo, H0), (hi(d), shi, H1)] {
                l.e.rd(dh);
                l.e.op(O::F64ReinterpretI64);
                l.e.wr(FA);
                l.e.rd(sh);
                l.e.op(O::F64ReinterpretI64);
                l.e.wr(FB);
                fcmp(l, pred, FA, FB, true)?;
                l.e.op(O::I64ExtendI32U);
                l.e.wr(X64);
                l.e.c64(0);
                l.e.rd(X64);
                l.e.op(O::I64Sub);
                l.e.wr(keep);
            }
            l.e.rd(H0);
            l.e.wr(lo(d));
            l.e.rd(H1);
            l.e.wr(hi(d));
        }
        _ => return super::sse_packed::lift(l, ins),
    }
    Ok(true)
}

/// `movsd movss movq movd` in their register and memory forms.
fn mov_scalar(l: &mut FuncLifter<'_, '_>, ins: &Instruction) -> Result<(), String> {
    use Opcode as O;
    let m = ins.mnemonic();
    let bits = if matches!(m, M::Movss | M::Movd) { 32 } else { 64 };
    match (is_xmm(ins, 0), is_xmm(ins, 1)) {
        (true, true) => {
            let d = xmm(ins.op0_register())?;
            let s = xmm(ins.op1_register())?;
            match m {
                M::Movss => {
                    l.e.rd(lo(s));
                    l.e.wr(X64);
                    merge_lo32(l, d, X64);
                }
                M::Movq => {
                    l.e.rd(lo(s));
                    l.e.wr(lo(d));
                    l.e.c64(0);
                    l.e.wr(hi(d));
                }
                _ => {
                    l.e.rd(lo(s));
                    l.e.wr(lo(d));
                }
            }
        }
        (true, false) => {
            // xmm ← gpr or memory: the rest of the register is zeroed.
            let d = xmm(ins.op0_register())?;
            if ins.op1_kind() == OpKind::Memory {
                l.e.rd(ADDR);
                l.mem(if bits == 32 { O::I64Load32U } else { O::I64Load }, 0);
            } else {
                l.read(ins, 1, bits)?;
                if bits == 32 {
                    l.e.op(O::I64ExtendI32U);
                }
            }
            l.e.wr(lo(d));
            l.e.c64(0);
            l.e.wr(hi(d));
        }
        (false, true) => {
            let s = xmm(ins.op1_register())?;
            if ins.op0_kind() == OpKind::Memory {
                l.e.rd(ADDR);
                l.e.rd(lo(s));
                l.mem(if bits == 32 { O::I64Store32 } else { O::I64Store }, 0);
            } else {
                l.e.rd(lo(s));
                let (_, _, r) = abr(bits);
                if bits == 32 {
                    l.e.op(O::I32WrapI64);
                }
                l.e.wr(r);
                l.write(ins, 0, bits, r)?;
            }
        }
        (false, false) => return Err("no XMM operand".into()),
    }
    Ok(())
}

/// Pushes operand `i` as an `f64` (the low half of an XMM register, or 8 bytes of memory).
fn read_f64(l: &mut FuncLifter<'_, '_>, ins: &Instruction, i: u32) -> Result<(), String> {
    if is_xmm(ins, i) {
        l.e.rd(lo(xmm(ins.op_register(i))?));
        l.e.op(Opcode::F64ReinterpretI64);
    } else if ins.op_kind(i) == OpKind::Memory {
        l.e.rd(ADDR);
        l.mem(Opcode::F64Load, 0);
    } else {
        return Err("expected an XMM register or memory".into());
    }
    Ok(())
}

/// Pushes operand `i` as an `f32`.
fn read_f32(l: &mut FuncLifter<'_, '_>, ins: &Instruction, i: u32) -> Result<(), String> {
    if is_xmm(ins, i) {
        l.e.rd(lo(xmm(ins.op_register(i))?));
        l.e.op(Opcode::I32WrapI64);
        l.e.op(Opcode::F32ReinterpretI32);
    } else if ins.op_kind(i) == OpKind::Memory {
        l.e.rd(ADDR);
        l.mem(Opcode::F32Load, 0);
    } else {
        return Err("expected an XMM register or memory".into());
    }
    Ok(())
}

/// Pops an `f32` into the low 32 bits of XMM `d`, keeping the other bits.
fn write_lo_f32(l: &mut FuncLifter<'_, '_>, d: u8) {
    l.e.op(Opcode::I32ReinterpretF32);
    l.e.op(Opcode::I64ExtendI32U);
    l.e.wr(X64);
    merge_lo32(l, d, X64);
}

/// `lo(d) = (lo(d) & !0xffffffff) | (src & 0xffffffff)`.
fn merge_lo32(l: &mut FuncLifter<'_, '_>, d: u8, src: Loc) {
    l.e.rd(lo(d));
    l.e.c64(!0xffff_ffffi64);
    l.e.op(Opcode::I64And);
    l.e.rd(src);
    l.e.c64(0xffff_ffff);
    l.e.op(Opcode::I64And);
    l.e.op(Opcode::I64Or);
    l.e.wr(lo(d));
}

/// The two halves of a 128-bit source operand: the register's, or loaded into `X64`/`Y64`.
pub(super) fn src128(l: &mut FuncLifter<'_, '_>, ins: &Instruction, i: u32) -> Result<(Loc, Loc), String> {
    if is_xmm(ins, i) {
        let s = xmm(ins.op_register(i))?;
        return Ok((lo(s), hi(s)));
    }
    if ins.op_kind(i) != OpKind::Memory {
        return Err("expected an XMM register or memory".into());
    }
    l.e.rd(ADDR);
    l.mem(Opcode::I64Load, 0);
    l.e.wr(X64);
    if ins.memory_size().size() >= 16 {
        l.e.rd(ADDR);
        l.mem(Opcode::I64Load, 8);
    } else {
        l.e.c64(0);
    }
    l.e.wr(Y64);
    Ok((X64, Y64))
}

/// Pushes the `i32` 0/1 result of SSE comparison predicate `pred` (0 eq, 1 lt, 2 le, 3 unord,
/// 4 neq, 5 nlt, 6 nle, 7 ord) on the floats in `a` and `b`.
pub(super) fn fcmp(l: &mut FuncLifter<'_, '_>, pred: u8, a: Loc, b: Loc, double: bool) -> Result<(), String> {
    use Opcode as O;
    let f = |o64: O, o32: O| if double { o64 } else { o32 };
    let unord = |l: &mut FuncLifter<'_, '_>| {
        l.e.rd(a);
        l.e.rd(a);
        l.e.op(f(O::F64Ne, O::F32Ne));
        l.e.rd(b);
        l.e.rd(b);
        l.e.op(f(O::F64Ne, O::F32Ne));
        l.e.op(O::I32Or);
    };
    let simple = |l: &mut FuncLifter<'_, '_>, o: O| {
        l.e.rd(a);
        l.e.rd(b);
        l.e.op(o);
    };
    match pred {
        0 => simple(l, f(O::F64Eq, O::F32Eq)),
        1 | 5 => simple(l, f(O::F64Lt, O::F32Lt)),
        2 | 6 => simple(l, f(O::F64Le, O::F32Le)),
        4 => simple(l, f(O::F64Ne, O::F32Ne)),
        3 | 7 => unord(l),
        _ => return Err(format!("comparison predicate {pred}")),
    }
    if pred >= 5 {
        l.e.op(O::I32Eqz);
    }
    Ok(())
}

/// Pushes `a op b` for a scalar `*sd`/`*ss` mnemonic (x86 min/max: the second operand unless
/// the first is strictly smaller/greater).
fn scalar_op(l: &mut FuncLifter<'_, '_>, m: M, a: Loc, b: Loc, double: bool) -> Result<(), String> {
    use Opcode as O;
    let f = |o64: O, o32: O| if double { o64 } else { o32 };
    match m {
        M::Sqrtsd | M::Sqrtss => {
            l.e.rd(b);
            l.e.op(f(O::F64Sqrt, O::F32Sqrt));
        }
        M::Minsd | M::Minss | M::Maxsd | M::Maxss => {
            let min = matches!(m, M::Minsd | M::Minss);
            // c = a < b (min) / a > b (max); select via a branch-free diamond on bits.
            l.e.rd(a);
            l.e.rd(b);
            l.e.op(if min { f(O::F64Lt, O::F32Lt) } else { f(O::F64Gt, O::F32Gt) });
            l.e.wr(C32);
            let (ta, tb, w) = if double { (Loc::Temp(1), Loc::Temp(2), 64) } else { (Loc::Temp(4), Loc::Temp(5), 32) };
            l.e.rd(a);
            l.e.op(f(O::I64ReinterpretF64, O::I32ReinterpretF32));
            l.e.wr(ta);
            l.e.rd(b);
            l.e.op(f(O::I64ReinterpretF64, O::I32ReinterpretF32));
            l.e.wr(tb);
            l.e.select(w, C32, ta, tb);
            l.e.op(f(O::F64ReinterpretI64, O::F32ReinterpretI32));
        }
        _ => {
            l.e.rd(a);
            l.e.rd(b);
            l.e.op(match m {
                M::Addsd | M::Addss => f(O::F64Add, O::F32Add),
                M::Subsd | M::Subss => f(O::F64Sub, O::F32Sub),
                M::Mulsd | M::Mulss => f(O::F64Mul, O::F32Mul),
                _ => f(O::F64Div, O::F32Div),
            });
        }
    }
    Ok(())
}
