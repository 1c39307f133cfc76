//! Packed SSE2 operations over 8/16/32/64-bit lanes: integer arithmetic, compares, shifts,
//! shuffles, unpacks, packed single floats and conversions.
//!
//! A lane is extracted from its 64-bit half as a zero-extended `i64`; each result half is
//! assembled as `OR (lane & mask) << shift` into `H0`/`H1`, and written to the destination
//! only at the end, so a source that is the destination is read unchanged.

use super::FuncLifter;
use super::emit::*;
use super::sse::{hi, is_xmm, lo, src128, xmm};
use iced_x86::{Instruction, Mnemonic as M, OpKind};
use rootir::Opcode as O;
use vstarr::native::Loc;

/// Where a result lane comes from.
#[derive(Clone, Copy)]
enum Sel {
    /// Lane k of the destination's old value.
    Dst(u32),
    /// Lane k of the source.
    Src(u32),
    /// Zero.
    Zero,
}

/// A lane operation on two `i64` lane values on the stack (a below b), leaving an `i64`.
#[derive(Clone, Copy, PartialEq)]
enum LaneOp {
    Add,
    Sub,
    Mul,
    CmpEq,
    CmpGtS,
    MulU32,
    Shl,
    ShrU,
    ShrS,
    MinU,
    MaxU,
    MinS,
    MaxS,
    AvgU,
    /// Saturating add/sub, unsigned and signed.
    AddSatU,
    SubSatU,
    AddSatS,
    SubSatS,
    /// High 16 bits of the 32-bit product, unsigned and signed.
    MulHiU,
    MulHiS,
    /// `pmaddwd`: the sum of the signed products of a 32-bit lane's two 16-bit halves.
    MulAddPairs,
    /// `psadbw`: the sum of the absolute differences of a 64-bit lane's eight bytes.
    SumAbsDiff,
    /// `minps`/`maxps`: `a < b ? a : b` (`a > b` for max), so a NaN or equal pair gives `b`.
    MinF32,
    MaxF32,
    F32(O),
}

/// Lifts `ins` if it is a packed operation handled here; `Ok(false)` if it is not one.
pub(super) fn lift(l: &mut FuncLifter<'_, '_>, ins: &Instruction) -> Result<bool, String> {
    use LaneOp as L;
    let m = ins.mnemonic();
    let bin = |bits: u32, op: LaneOp| Some((bits, op));
    let lanewise_op = match m {
        M::Paddb => bin(8, L::Add),
        M::Paddw => bin(16, L::Add),
        M::Paddd => bin(32, L::Add),
        M::Psubb => bin(8, L::Sub),
        M::Psubw => bin(16, L::Sub),
        M::Psubd => bin(32, L::Sub),
        M::Pmullw => bin(16, L::Mul),
        M::Pmulld => bin(32, L::Mul),
        M::Pmuludq => bin(64, L::MulU32),
        M::Pcmpeqb => bin(8, L::CmpEq),
        M::Pcmpeqw => bin(16, L::CmpEq),
        M::Pcmpeqd => bin(32, L::CmpEq),
        M::Pcmpeqq => bin(64, L::CmpEq),
        M::Pcmpgtb => bin(8, L::CmpGtS),
        M::Pcmpgtw => bin(16, L::CmpGtS),
        M::Pcmpgtd => bin(32, L::CmpGtS),
        M::Pminub => bin(8, L::MinU),
        M::Pmaxub => bin(8, L::MaxU),
        M::Pminsw => bin(16, L::MinS),
        M::Pmaxsw => bin(16, L::MaxS),
        M::Pminsd => bin(32, L::MinS),
        M::Pmaxsd => bin(32, L::MaxS),
        M::Pavgb => bin(8, L::AvgU),
        M::Pavgw => bin(16, L::AvgU),
        M::Addps => bin(32, L::F32(O::F32Add)),
        M::Subps => bin(32, L::F32(O::F32Sub)),
        M::Mulps => bin(32, L::F32(O::F32Mul)),
        M::Divps => bin(32, L::F32(O::F32Div)),
        M::Minps => bin(32, L::MinF32),
        M::Maxps => bin(32, L::MaxF32),
        M::Paddusb => bin(8, L::AddSatU),
        M::Paddusw => bin(16, L::AddSatU),
        M::Psubusb => bin(8, L::SubSatU),
        M::Psubusw => bin(16, L::SubSatU),
        M::Paddsb => bin(8, L::AddSatS),
        M::Paddsw => bin(16, L::AddSatS),
        M::Psubsb => bin(8, L::SubSatS),
        M::Psubsw => bin(16, L::SubSatS),
        M::Pmulhuw => bin(16, L::MulHiU),
        M::Pmulhw => bin(16, L::MulHiS),
        M::Pmaddwd => bin(32, L::MulAddPairs),
        M::Psadbw => bin(64, L::SumAbsDiff),
        _ => None,
    };
    if let Some((bits, op)) = lanewise_op {
        let d = xmm(ins.op0_register())?;
        let src = src128(l, ins, 1)?;
        lanewise(l, d, src, bits, |l, a, b| lane_op(l, op, bits, a, b));
        return Ok(true);
    }
    // Shifts by an immediate (or by the low 64 bits of an XMM register).
    let shift = match m {
        M::Psllw => Some((16, L::Shl)),
        M::Pslld => Some((32, L::Shl)),
        M::Psllq => Some((64, L::Shl)),
        M::Psrlw => Some((16, L::ShrU)),
        M::Psrld => Some((32, L::ShrU)),
        M::Psrlq => Some((64, L::ShrU)),
        M::Psraw => Some((16, L::ShrS)),
        M::Psrad => Some((32, L::ShrS)),
        _ => None,
    };
    if let Some((bits, op)) = shift {
        let d = xmm(ins.op0_register())?;
        // count → LANE (i64)
        if ins.op1_kind() == OpKind::Register {
            l.e.rd(lo(xmm(ins.op1_register())?));
        } else if matches!(ins.op1_kind(), OpKind::Immediate8) {
            l.e.c64(ins.immediate(1) as i64);
        } else {
            return Err("shift count from memory".into());
        }
        l.e.wr(LANE);
        let dst = (lo(d), hi(d));
        lanewise(l, d, dst, bits, |l, a, _| {
            // In range: LANE < bits. Logical shifts give 0 out of range; arithmetic ones
            // shift by bits - 1.
            l.e.rd(LANE);
            l.e.c64(bits as i64);
            l.e.op(O::I64LtU);
            l.e.wr(C32);
            if op == L::ShrS {
                l.e.c64(bits as i64 - 1);
                l.e.wr(Y64);
                l.e.select(64, C32, LANE, Y64);
                l.e.wr(X64);
                l.e.rd(a);
                l.e.c64(64 - bits as i64);
                l.e.op(O::I64Shl);
                l.e.c64(64 - bits as i64);
                l.e.op(O::I64ShrS);
                l.e.rd(X64);
                l.e.op(O::I64ShrS);
            } else {
                l.e.rd(a);
                l.e.rd(LANE);
                l.e.op(if op == L::Shl { O::I64Shl } else { O::I64ShrU });
                l.e.c64(0);
                l.e.rd(C32);
                l.e.op(O::I64ExtendI32U);
                l.e.op(O::I64Sub);
                l.e.op(O::I64And);
            }
        });
        return Ok(true);
    }
    let d = || xmm(ins.op0_register());
    let imm = || ins.immediate(ins.op_count() - 1) as u32;
    match m {
        M::Pshufd => {
            let i = imm();
            let sel: Vec<Sel> = (0..4).map(|k| Sel::Src((i >> (2 * k)) & 3)).collect();
            let src = src128(l, ins, 1)?;
            permute(l, d()?, src, 32, &sel);
        }
        M::Pshuflw | M::Pshufhw => {
            // Four words of one half permuted; the other half copied from the source.
            let i = imm();
            let base = if m == M::Pshuflw { 0 } else { 4 };
            let sel: Vec<Sel> = (0..8)
                .map(|k| if k / 4 * 4 == base { Sel::Src(base + ((i >> (2 * (k % 4))) & 3)) } else { Sel::Src(k) })
                .collect();
            let src = src128(l, ins, 1)?;
            permute(l, d()?, src, 16, &sel);
        }
        M::Pinsrw => {
            let d = d()?;
            let k = imm() & 7;
            let half = if k < 4 { lo(d) } else { hi(d) };
            let shift = 16 * (k % 4) as i64;
            l.e.rd(half);
            l.e.c64(!(0xffffi64 << shift));
            l.e.op(O::I64And);
            if ins.op1_kind() == OpKind::Register {
                l.e.rd(gpr(ins.op1_register())?);
            } else {
                l.e.rd(ADDR);
                l.mem(O::I32Load16U, 0);
            }
            l.e.op(O::I64ExtendI32U);
            l.e.c64(0xffff);
            l.e.op(O::I64And);
            l.e.c64(shift);
            l.e.op(O::I64Shl);
            l.e.op(O::I64Or);
            l.e.wr(half);
        }
        M::Shufps => {
            let i = imm();
            let sel = [Sel::Dst(i & 3), Sel::Dst((i >> 2) & 3), Sel::Src((i >> 4) & 3), Sel::Src((i >> 6) & 3)];
            let src = src128(l, ins, 1)?;
            permute(l, d()?, src, 32, &sel);
        }
        M::Shufpd => {
            let i = imm();
            let sel = [Sel::Dst(i & 1), Sel::Src((i >> 1) & 1)];
            let src = src128(l, ins, 1)?;
            permute(l, d()?, src, 64, &sel);
        }
        M::Punpcklbw
        | M::Punpcklwd
        | M::Punpckldq
        | M::Unpcklps
        | M::Punpckhbw
        | M::Punpckhwd
        | M::Punpckhdq
        | M::Unpckhps => {
            let bits = match m {
                M::Punpcklbw | M::Punpckhbw => 8,
                M::Punpcklwd | M::Punpckhwd => 16,
                _ => 32,
            };
            let n = 128 / bits;
            let base = if matches!(m, M::Punpckhbw | M::Punpckhwd | M::Punpckhdq | M::Unpckhps) { n / 2 } else { 0 };
            let sel: Vec<Sel> =
                (0..n).map(|k| if k % 2 == 0 { Sel::Dst(base + k / 2) } else { Sel::Src(base + k / 2) }).collect();
            let src = src128(l, ins, 1)?;
            permute(l, d()?, src, bits, &sel);
        }
        M::Psrldq | M::Pslldq => {
            let n = imm().min(16);
            let right = m == M::Psrldq;
            let sel: Vec<Sel> = (0..16u32)
                .map(|k| {
                    if right {
                        if k + n < 16 { Sel::Src(k + n) } else { Sel::Zero }
                    } else if k >= n {
                        Sel::Src(k - n)
                    } else {
                        Sel::Zero
                    }
                })
                .collect();
            let dd = d()?;
            permute(l, dd, (lo(dd), hi(dd)), 8, &sel);
        }
        M::Cvtdq2pd | M::Cvtps2pd => {
            let src = src128(l, ins, 1)?;
            let dd = d()?;
            for (k, out) in [(0, H0), (1, H1)] {
                lane(l, src, 32, k);
                l.e.op(O::I32WrapI64);
                if m == M::Cvtdq2pd {
                    l.e.op(O::F64ConvertI32S);
                } else {
                    l.e.op(O::F32ReinterpretI32);
                    l.e.op(O::F64PromoteF32);
                }
                l.e.op(O::I64ReinterpretF64);
                l.e.wr(out);
            }
            write_halves(l, dd);
        }
        M::Cvtpd2ps => {
            let src = src128(l, ins, 1)?;
            let dd = d()?;
            for (k, half) in [(0u32, src.0), (1, src.1)] {
                l.e.rd(half);
                l.e.op(O::F64ReinterpretI64);
                l.e.op(O::F32DemoteF64);
                l.e.op(O::I32ReinterpretF32);
                l.e.op(O::I64ExtendI32U);
                if k == 1 {
                    l.e.c64(32);
                    l.e.op(O::I64Shl);
                    l.e.rd(H0);
                    l.e.op(O::I64Or);
                }
                l.e.wr(H0);
            }
            l.e.c64(0);
            l.e.wr(H1);
            write_halves(l, dd);
        }
        M::Cmpps => {
            let pred = imm() as u8;
            if pred > 7 {
                return Err(format!("comparison predicate {pred}"));
            }
            let src = src128(l, ins, 1)?;
            lanewise(l, d()?, src, 32, |l, a, b| {
                for (x, t) in [(a, super::emit::SA), (b, super::emit::SB)] {
                    l.e.rd(x);
                    l.e.op(O::I32WrapI64);
                    l.e.op(O::F32ReinterpretI32);
                    l.e.wr(t);
                }
                // The predicate is in range, so this cannot fail.
                let _ = super::sse::fcmp(l, pred, super::emit::SA, super::emit::SB, false);
                all_ones_if(l);
            });
        }
        M::Cvtdq2ps => {
            let src = src128(l, ins, 1)?;
            lanewise(l, d()?, src, 32, |l, _, b| {
                l.e.rd(b);
                l.e.op(O::I32WrapI64);
                l.e.op(O::F32ConvertI32S);
                l.e.op(O::I32ReinterpretF32);
                l.e.op(O::I64ExtendI32U);
            });
        }
        M::Movmskpd | M::Movmskps | M::Pmovmskb => {
            let s = xmm(ins.op1_register())?;
            let bits = match m {
                M::Movmskpd => 64,
                M::Movmskps => 32,
                _ => 8,
            };
            l.e.c64(0);
            for k in 0..128 / bits {
                lane(l, (lo(s), hi(s)), bits, k);
                l.e.c64(bits as i64 - 1);
                l.e.op(O::I64ShrU);
                l.e.c64(k as i64);
                l.e.op(O::I64Shl);
                l.e.op(O::I64Or);
            }
            l.e.op(O::I32WrapI64);
            let (_, _, r) = abr(32);
            l.e.wr(r);
            let w = width(ins, 0);
            if w == 64 {
                l.e.rd(r);
                l.e.op(O::I64ExtendI32U);
                l.e.wr(Loc::Temp(3));
                l.write(ins, 0, 64, Loc::Temp(3))?;
            } else {
                l.write(ins, 0, 32, r)?;
            }
        }
        M::Packuswb | M::Packsswb | M::Packssdw => {
            let (from, signed) = match m {
                M::Packuswb => (16, false),
                M::Packsswb => (16, true),
                _ => (32, true),
            };
            let src = src128(l, ins, 1)?;
            pack(l, d()?, src, from, signed);
        }
        M::Pextrw if is_xmm(ins, 1) => {
            let s = xmm(ins.op1_register())?;
            lane(l, (lo(s), hi(s)), 16, imm() & 7);
            l.e.op(O::I32WrapI64);
            let (_, _, r) = abr(32);
            l.e.wr(r);
            l.write(ins, 0, 32, r)?;
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// Pushes lane `k` (of `bits` bits) of the 128-bit value in `(lo, hi)` as a zero-extended `i64`.
fn lane(l: &mut FuncLifter<'_, '_>, (lo_h, hi_h): (Loc, Loc), bits: u32, k: u32) {
    let bit = k * bits;
    l.e.rd(if bit < 64 { lo_h } else { hi_h });
    let shift = bit % 64;
    if shift != 0 {
        l.e.c64(shift as i64);
        l.e.op(O::I64ShrU);
    }
    if bits < 64 {
        l.e.c64(((1u64 << bits) - 1) as i64);
        l.e.op(O::I64And);
    }
}

/// Writes `H0`/`H1` to XMM `d`.
fn write_halves(l: &mut FuncLifter<'_, '_>, d: u8) {
    l.e.rd(H0);
    l.e.wr(lo(d));
    l.e.rd(H1);
    l.e.wr(hi(d));
}

/// `d[k] = f(d[k], src[k])` for every lane; `f` gets the lanes in `Y`-free temps `A64`/`B64`.
fn lanewise(
    l: &mut FuncLifter<'_, '_>,
    d: u8,
    src: (Loc, Loc),
    bits: u32,
    f: impl Fn(&mut FuncLifter<'_, '_>, Loc, Loc),
) {
    let (a, b) = (Loc::Temp(1), Loc::Temp(2));
    let per_half = 64 / bits;
    for (h, out) in [(0u32, H0), (1, H1)] {
        l.e.c64(0);
        l.e.wr(out);
        for j in 0..per_half {
            let k = h * per_half + j;
            lane(l, (lo(d), hi(d)), bits, k);
            l.e.wr(a);
            lane(l, src, bits, k);
            l.e.wr(b);
            f(l, a, b);
            if bits < 64 {
                l.e.c64(((1u64 << bits) - 1) as i64);
                l.e.op(O::I64And);
                if j != 0 {
                    l.e.c64((j * bits) as i64);
                    l.e.op(O::I64Shl);
                }
            }
            l.e.rd(out);
            l.e.op(O::I64Or);
            l.e.wr(out);
        }
    }
    write_halves(l, d);
}

/// Result lane k = `sel[k]`.
fn permute(l: &mut FuncLifter<'_, '_>, d: u8, src: (Loc, Loc), bits: u32, sel: &[Sel]) {
    let per_half = 64 / bits;
    for (h, out) in [(0u32, H0), (1, H1)] {
        l.e.c64(0);
        for j in 0..per_half {
            let k = (h * per_half + j) as usize;
            match sel[k] {
                Sel::Zero => continue,
                Sel::Dst(s) => lane(l, (lo(d), hi(d)), bits, s),
                Sel::Src(s) => lane(l, src, bits, s),
            }
            if j != 0 {
                l.e.c64((j * bits) as i64);
                l.e.op(O::I64Shl);
            }
            l.e.op(O::I64Or);
        }
        l.e.wr(out);
    }
    write_halves(l, d);
}

/// Packs the `from`-bit lanes of the destination then the source into lanes of half the
/// width, saturating (signed, or unsigned from signed input).
fn pack(l: &mut FuncLifter<'_, '_>, d: u8, src: (Loc, Loc), from: u32, signed: bool) {
    let to = from / 2;
    let (lo_v, hi_v) = if signed { (-(1i64 << (to - 1)), (1i64 << (to - 1)) - 1) } else { (0, (1i64 << to) - 1) };
    let n = 128 / from;
    let per_half = 64 / to;
    for (h, out) in [(0u32, H0), (1, H1)] {
        l.e.c64(0);
        l.e.wr(out);
        for j in 0..per_half {
            let k = h * per_half + j;
            let from_src = k >= n;
            lane(l, if from_src { src } else { (lo(d), hi(d)) }, from, k % n);
            l.e.c64(64 - from as i64);
            l.e.op(O::I64Shl);
            l.e.c64(64 - from as i64);
            l.e.op(O::I64ShrS);
            l.e.wr(LANE);
            clamp(l, lo_v, hi_v);
            l.e.rd(LANE);
            l.e.c64(((1u64 << to) - 1) as i64);
            l.e.op(O::I64And);
            l.e.c64((j * to) as i64);
            l.e.op(O::I64Shl);
            l.e.rd(out);
            l.e.op(O::I64Or);
            l.e.wr(out);
        }
    }
    write_halves(l, d);
}

/// Turns the `i32` 0/1 on the stack into an `i64` of all zeros or all ones (no temporaries:
/// `X64`/`Y64` may hold a memory source).
fn all_ones_if(l: &mut FuncLifter<'_, '_>) {
    l.e.op(O::I64ExtendI32U);
    l.e.c64(63);
    l.e.op(O::I64Shl);
    l.e.c64(63);
    l.e.op(O::I64ShrS);
}

/// Clamps the `i64` in `LANE` to `min..=max` (scratch `C32`, `C64`).
fn clamp(l: &mut FuncLifter<'_, '_>, min: i64, max: i64) {
    for (bound, cmp) in [(min, O::I64LtS), (max, O::I64GtS)] {
        l.e.rd(LANE);
        l.e.c64(bound);
        l.e.op(cmp);
        l.e.wr(C32);
        l.e.c64(bound);
        l.e.wr(C64);
        l.e.select(64, C32, C64, LANE);
        l.e.wr(LANE);
    }
}

/// Pushes `a op b` for lanes of `bits` bits held zero-extended in `a` and `b`.
fn lane_op(l: &mut FuncLifter<'_, '_>, op: LaneOp, bits: u32, a: Loc, b: Loc) {
    use LaneOp as L;
    let sext = |l: &mut FuncLifter<'_, '_>, x: Loc| {
        l.e.rd(x);
        if bits < 64 {
            l.e.c64(64 - bits as i64);
            l.e.op(O::I64Shl);
            l.e.c64(64 - bits as i64);
            l.e.op(O::I64ShrS);
        }
    };
    let f32_of = |l: &mut FuncLifter<'_, '_>, x: Loc| {
        l.e.rd(x);
        l.e.op(O::I32WrapI64);
        l.e.op(O::F32ReinterpretI32);
    };
    match op {
        L::Add | L::Sub | L::Mul => {
            l.e.rd(a);
            l.e.rd(b);
            l.e.op(match op {
                L::Add => O::I64Add,
                L::Sub => O::I64Sub,
                _ => O::I64Mul,
            });
        }
        L::MulU32 => {
            l.e.rd(a);
            l.e.c64(0xffff_ffff);
            l.e.op(O::I64And);
            l.e.rd(b);
            l.e.c64(0xffff_ffff);
            l.e.op(O::I64And);
            l.e.op(O::I64Mul);
        }
        L::CmpEq | L::CmpGtS => {
            if op == L::CmpEq {
                l.e.rd(a);
                l.e.rd(b);
                l.e.op(O::I64Eq);
            } else {
                sext(l, a);
                sext(l, b);
                l.e.op(O::I64GtS);
            }
            all_ones_if(l);
        }
        L::MinU | L::MaxU | L::MinS | L::MaxS => {
            let signed = matches!(op, L::MinS | L::MaxS);
            if signed {
                sext(l, a);
                sext(l, b);
            } else {
                l.e.rd(a);
                l.e.rd(b);
            }
            l.e.op(match op {
                L::MinU => O::I64LtU,
                L::MaxU => O::I64GtU,
                L::MinS => O::I64LtS,
                _ => O::I64GtS,
            });
            l.e.wr(C32);
            l.e.select(64, C32, a, b);
        }
        L::AvgU => {
            l.e.rd(a);
            l.e.rd(b);
            l.e.op(O::I64Add);
            l.e.c64(1);
            l.e.op(O::I64Add);
            l.e.c64(1);
            l.e.op(O::I64ShrU);
        }
        L::AddSatU | L::SubSatU | L::AddSatS | L::SubSatS => {
            let signed = matches!(op, L::AddSatS | L::SubSatS);
            if signed {
                sext(l, a);
                sext(l, b);
            } else {
                l.e.rd(a);
                l.e.rd(b);
            }
            l.e.op(if matches!(op, L::AddSatU | L::AddSatS) { O::I64Add } else { O::I64Sub });
            l.e.wr(LANE);
            let (min, max) =
                if signed { (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1) } else { (0, (1i64 << bits) - 1) };
            clamp(l, min, max);
            l.e.rd(LANE);
        }
        L::MulHiU | L::MulHiS => {
            if op == L::MulHiS {
                sext(l, a);
                sext(l, b);
            } else {
                l.e.rd(a);
                l.e.rd(b);
            }
            l.e.op(O::I64Mul);
            l.e.c64(16);
            l.e.op(O::I64ShrS);
        }
        L::MulAddPairs => {
            for half in [0, 16] {
                for x in [a, b] {
                    l.e.rd(x);
                    l.e.c64(48 - half);
                    l.e.op(O::I64Shl);
                    l.e.c64(48);
                    l.e.op(O::I64ShrS);
                }
                l.e.op(O::I64Mul);
            }
            l.e.op(O::I64Add);
        }
        L::SumAbsDiff => {
            l.e.c64(0);
            for k in 0..8 {
                for x in [a, b] {
                    l.e.rd(x);
                    l.e.c64(8 * k);
                    l.e.op(O::I64ShrU);
                    l.e.c64(0xff);
                    l.e.op(O::I64And);
                }
                l.e.op(O::I64Sub);
                l.e.wr(LANE);
                // |d| = (d ^ (d >> 63)) - (d >> 63)
                l.e.rd(LANE);
                l.e.rd(LANE);
                l.e.c64(63);
                l.e.op(O::I64ShrS);
                l.e.op(O::I64Xor);
                l.e.rd(LANE);
                l.e.c64(63);
                l.e.op(O::I64ShrS);
                l.e.op(O::I64Sub);
                l.e.op(O::I64Add);
            }
        }
        L::MinF32 | L::MaxF32 => {
            f32_of(l, a);
            f32_of(l, b);
            l.e.op(if op == L::MinF32 { O::F32Lt } else { O::F32Gt });
            l.e.wr(C32);
            l.e.select(64, C32, a, b);
        }
        L::F32(o) => {
            f32_of(l, a);
            f32_of(l, b);
            l.e.op(o);
            l.e.op(O::I32ReinterpretF32);
            l.e.op(O::I64ExtendI32U);
        }
        L::Shl | L::ShrU | L::ShrS => {}
    }
}
