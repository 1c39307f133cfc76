//! `mul`, `imul` (one, two and three operands), `div`, `idiv`.

use super::FuncLifter;
use super::emit::*;
use iced_x86::{Instruction, Mnemonic as M};
use rootir::Opcode;
use vstarr::native::{Flag, Loc, NativeInst};

/// Pushes the high 64 bits of the unsigned 128-bit product of the `i64`s in `a` and `b`.
fn mulhi_u(l: &mut FuncLifter<'_, '_>, a: Loc, b: Loc) {
    let lo = |l: &mut FuncLifter<'_, '_>, x: Loc| {
        l.e.rd(x);
        l.e.c64(0xffff_ffff);
        l.e.op(Opcode::I64And);
    };
    let hi = |l: &mut FuncLifter<'_, '_>, x: Loc| {
        l.e.rd(x);
        l.e.c64(32);
        l.e.op(Opcode::I64ShrU);
    };
    let mul = |l: &mut FuncLifter<'_, '_>| l.e.op(Opcode::I64Mul);
    let shr32 = |l: &mut FuncLifter<'_, '_>| {
        l.e.c64(32);
        l.e.op(Opcode::I64ShrU);
    };
    let add = |l: &mut FuncLifter<'_, '_>| l.e.op(Opcode::I64Add);
    // hh + (lh >> 32) + (hl >> 32) + (((ll >> 32) + (lh & M) + (hl & M)) >> 32)
    hi(l, a);
    hi(l, b);
    mul(l);
    lo(l, a);
    hi(l, b);
    mul(l);
    shr32(l);
    add(l);
    hi(l, a);
    lo(l, b);
    mul(l);
    shr32(l);
    add(l);
    lo(l, a);
    lo(l, b);
    mul(l);
    shr32(l);
    lo(l, a);
    hi(l, b);
    mul(l);
    l.e.c64(0xffff_ffff);
    l.e.op(Opcode::I64And);
    add(l);
    hi(l, a);
    lo(l, b);
    mul(l);
    l.e.c64(0xffff_ffff);
    l.e.op(Opcode::I64And);
    add(l);
    shr32(l);
    add(l);
}

/// Pushes the high 64 bits of the signed product.
fn mulhi_s(l: &mut FuncLifter<'_, '_>, a: Loc, b: Loc) {
    mulhi_u(l, a, b);
    for (x, y) in [(a, b), (b, a)] {
        l.e.rd(x);
        l.e.c64(63);
        l.e.op(Opcode::I64ShrS);
        l.e.rd(y);
        l.e.op(Opcode::I64And);
        l.e.op(Opcode::I64Sub);
    }
}

/// `mul` and every form of `imul`.
pub(super) fn mul(l: &mut FuncLifter<'_, '_>, ins: &Instruction) -> Result<(), String> {
    let signed = ins.mnemonic() == M::Imul;
    if ins.op_count() == 1 {
        return widening(l, ins, signed);
    }
    let w = width(ins, 0);
    let (a, b, r) = abr(w);
    let (src1, src2) = if ins.op_count() == 3 { (1, 2) } else { (0, 1) };
    l.read(ins, src1, w)?;
    l.e.sext(w);
    l.e.wr(a);
    l.read(ins, src2, w)?;
    l.e.sext(w);
    l.e.wr(b);
    l.e.rd(a);
    l.e.rd(b);
    l.e.opw(w, Opcode::I32Mul, Opcode::I64Mul);
    l.e.mask(w);
    l.e.wr(r);
    l.write(ins, 0, w, r)?;
    // CF = OF = the product does not fit.
    match w {
        64 => {
            mulhi_s(l, a, b);
            l.e.rd(r);
            l.e.c64(63);
            l.e.op(Opcode::I64ShrS);
            l.e.op(Opcode::I64Ne);
        }
        32 => {
            l.e.rd(a);
            l.e.op(Opcode::I64ExtendI32S);
            l.e.rd(b);
            l.e.op(Opcode::I64ExtendI32S);
            l.e.op(Opcode::I64Mul);
            l.e.rd(r);
            l.e.op(Opcode::I64ExtendI32S);
            l.e.op(Opcode::I64Ne);
        }
        _ => {
            l.e.rd(a);
            l.e.rd(b);
            l.e.op(Opcode::I32Mul);
            l.e.rd(r);
            l.e.sext(w);
            l.e.op(Opcode::I32Ne);
        }
    }
    l.e.wr(Loc::Flag(Flag::Cf));
    l.e.rd(Loc::Flag(Flag::Cf));
    l.e.wr(Loc::Flag(Flag::Of));
    Ok(())
}

/// One-operand `mul`/`imul`: `rdx:rax = rax * src` (at the operand's width).
fn widening(l: &mut FuncLifter<'_, '_>, ins: &Instruction, signed: bool) -> Result<(), String> {
    let w = width(ins, 0);
    let (a, b, r) = abr(64);
    let ext = if signed { Opcode::I64ExtendI32S } else { Opcode::I64ExtendI32U };
    l.e.rd(Loc::reg(RAX, w));
    if w < 64 {
        if signed {
            l.e.sext(w);
        }
        l.e.op(ext);
    }
    l.e.wr(a);
    l.read(ins, 0, w)?;
    if w < 64 {
        if signed {
            l.e.sext(w);
        }
        l.e.op(ext);
    }
    l.e.wr(b);
    l.e.rd(a);
    l.e.rd(b);
    l.e.op(Opcode::I64Mul);
    l.e.wr(r);
    // High part → C64; overflow → CF/OF.
    if w == 64 {
        if signed {
            mulhi_s(l, a, b)
        } else {
            mulhi_u(l, a, b)
        }
        l.e.wr(C64);
        l.e.rd(r);
        l.e.wr(Loc::reg64(RAX));
        l.e.rd(C64);
        l.e.wr(Loc::reg64(RDX));
        l.e.rd(C64);
        if signed {
            l.e.rd(r);
            l.e.c64(63);
            l.e.op(Opcode::I64ShrS);
            l.e.op(Opcode::I64Ne);
        } else {
            l.e.c64(0);
            l.e.op(Opcode::I64Ne);
        }
    } else {
        // low w bits → the low register, next w bits → the high one (ah for 8 bits).
        l.e.rd(r);
        l.e.op(Opcode::I32WrapI64);
        l.e.mask(w);
        l.e.wr(X32);
        l.e.rd(r);
        l.e.c64(w as i64);
        l.e.op(Opcode::I64ShrU);
        l.e.op(Opcode::I32WrapI64);
        l.e.mask(w);
        l.e.wr(C32);
        if w == 8 {
            l.e.rd(X32);
            l.e.rd(C32);
            l.e.c32(8);
            l.e.op(Opcode::I32Shl);
            l.e.op(Opcode::I32Or);
            l.e.wr(Loc::reg(RAX, 16));
        } else {
            l.e.rd(X32);
            l.e.wr(Loc::reg(RAX, w));
            l.e.rd(C32);
            l.e.wr(Loc::reg(RDX, w));
        }
        // Overflow: the product differs from its low half extended.
        l.e.rd(r);
        l.e.rd(r);
        l.e.op(Opcode::I32WrapI64);
        if signed {
            l.e.sext(w);
            l.e.op(Opcode::I64ExtendI32S);
            if w == 32 {
                // already sign-extended from 32
            }
        } else {
            l.e.mask(w);
            l.e.op(Opcode::I64ExtendI32U);
        }
        l.e.op(Opcode::I64Ne);
    }
    l.e.wr(Loc::Flag(Flag::Cf));
    l.e.rd(Loc::Flag(Flag::Cf));
    l.e.wr(Loc::Flag(Flag::Of));
    Ok(())
}

/// `div`/`idiv`: quotient and remainder of `rdx:rax` (at the operand's width) by the operand;
/// division by zero and a quotient that does not fit trap, as the divide error does.
pub(super) fn div(l: &mut FuncLifter<'_, '_>, ins: &Instruction) -> Result<(), String> {
    let w = width(ins, 0);
    let signed = ins.mnemonic() == M::Idiv;
    let (a, b, r) = abr(64);
    let trap = l.e.label();
    let ok = l.e.label();
    let wide = l.e.label();
    // Divisor → b (i64, extended).
    l.read(ins, 0, w)?;
    if w < 64 {
        if signed {
            l.e.sext(w);
        }
        l.e.op(if signed { Opcode::I64ExtendI32S } else { Opcode::I64ExtendI32U });
    }
    l.e.wr(b);
    // Dividend → a (i64).
    match w {
        64 => {
            // When rdx is the extension of rax, one i64 division does; else the long way.
            l.e.rd(Loc::reg64(RDX));
            if signed {
                l.e.rd(Loc::reg64(RAX));
                l.e.c64(63);
                l.e.op(Opcode::I64ShrS);
            } else {
                l.e.c64(0);
            }
            l.e.op(Opcode::I64Ne);
            l.e.branch_if(wide);
            l.e.rd(Loc::reg64(RAX));
            l.e.wr(a);
            if signed {
                // MIN / -1 overflows.
                l.e.rd(a);
                l.e.c64(i64::MIN);
                l.e.op(Opcode::I64Eq);
                l.e.rd(b);
                l.e.c64(-1);
                l.e.op(Opcode::I64Eq);
                l.e.op(Opcode::I32And);
                l.e.branch_if(trap);
            }
        }
        8 => {
            l.e.rd(Loc::reg(RAX, 16));
            if signed {
                l.e.sext(16);
            }
            l.e.op(if signed { Opcode::I64ExtendI32S } else { Opcode::I64ExtendI32U });
            l.e.wr(a);
        }
        _ => {
            // (rdx << w | rax) over 2w bits
            l.e.rd(Loc::reg(RDX, w));
            l.e.op(Opcode::I64ExtendI32U);
            l.e.c64(w as i64);
            l.e.op(Opcode::I64Shl);
            l.e.rd(Loc::reg(RAX, w));
            l.e.op(Opcode::I64ExtendI32U);
            l.e.op(Opcode::I64Or);
            if signed && w == 16 {
                l.e.c64(32);
                l.e.op(Opcode::I64Shl);
                l.e.c64(32);
                l.e.op(Opcode::I64ShrS);
            }
            l.e.wr(a);
        }
    }
    let (div, rem) = if signed { (Opcode::I64DivS, Opcode::I64RemS) } else { (Opcode::I64DivU, Opcode::I64RemU) };
    l.e.rd(a);
    l.e.rd(b);
    l.e.op(div);
    l.e.wr(r);
    l.e.rd(a);
    l.e.rd(b);
    l.e.op(rem);
    l.e.wr(C64);
    if w < 64 {
        // The quotient must fit in w bits.
        l.e.rd(r);
        if signed {
            l.e.c64(-(1i64 << (w - 1)));
            l.e.op(Opcode::I64LtS);
            l.e.rd(r);
            l.e.c64((1i64 << (w - 1)) - 1);
            l.e.op(Opcode::I64GtS);
            l.e.op(Opcode::I32Or);
        } else {
            l.e.c64(((1u64 << w) - 1) as i64);
            l.e.op(Opcode::I64GtU);
        }
        l.e.branch_if(trap);
    }
    match w {
        64 => {
            l.e.rd(r);
            l.e.wr(Loc::reg64(RAX));
            l.e.rd(C64);
            l.e.wr(Loc::reg64(RDX));
        }
        8 => {
            l.e.rd(C64);
            l.e.op(Opcode::I32WrapI64);
            l.e.mask(8);
            l.e.c32(8);
            l.e.op(Opcode::I32Shl);
            l.e.rd(r);
            l.e.op(Opcode::I32WrapI64);
            l.e.mask(8);
            l.e.op(Opcode::I32Or);
            l.e.wr(Loc::reg(RAX, 16));
        }
        _ => {
            l.e.rd(r);
            l.e.op(Opcode::I32WrapI64);
            l.e.mask(w);
            l.e.wr(Loc::reg(RAX, w));
            l.e.rd(C64);
            l.e.op(Opcode::I32WrapI64);
            l.e.mask(w);
            l.e.wr(Loc::reg(RDX, w));
        }
    }
    l.e.jump(ok);
    if w == 64 {
        l.e.bind(wide);
        wide_div(l, signed, b, trap);
        l.e.jump(ok);
    }
    l.e.bind(trap);
    l.e.i(NativeInst::Trap);
    l.e.bind(ok);
    Ok(())
}

/// Negates the `i64` in `loc` when the `i32` condition `neg` (a location) is set.
fn negate_if(l: &mut FuncLifter<'_, '_>, neg: Loc, loc: Loc) {
    l.e.rd(neg);
    l.e.c64(0);
    l.e.rd(loc);
    l.e.op(Opcode::I64Sub);
    l.e.rd(loc);
    l.e.op(Opcode::Select);
    l.e.wr(loc);
}

/// A 64-bit `div`/`idiv` of the 128-bit `rdx:rax` by the divisor in `b`, by shifting and
/// subtracting a bit at a time; a zero divisor and a quotient that does not fit go to `trap`.
fn wide_div(l: &mut FuncLifter<'_, '_>, signed: bool, b: Loc, trap: u32) {
    let (d, hi, lo, count) = (Loc::Temp(1), H0, H1, LANE);
    // A zero divisor: the division's own trap.
    l.e.c64(1);
    l.e.rd(b);
    l.e.op(Opcode::I64DivU);
    l.e.wr(X64);
    l.e.rd(Loc::reg64(RDX));
    l.e.wr(hi);
    l.e.rd(Loc::reg64(RAX));
    l.e.wr(lo);
    l.e.rd(b);
    l.e.wr(d);
    if signed {
        // |dividend| over 128 bits, |divisor|; the signs in C32 (dividend) and X32 (divisor).
        l.e.rd(hi);
        l.e.c64(0);
        l.e.op(Opcode::I64LtS);
        l.e.wr(C32);
        l.e.rd(b);
        l.e.c64(0);
        l.e.op(Opcode::I64LtS);
        l.e.wr(X32);
        // hi = neg ? !hi + (lo == 0) : hi
        l.e.rd(C32);
        l.e.rd(hi);
        l.e.c64(-1);
        l.e.op(Opcode::I64Xor);
        l.e.rd(lo);
        l.e.op(Opcode::I64Eqz);
        l.e.op(Opcode::I64ExtendI32U);
        l.e.op(Opcode::I64Add);
        l.e.rd(hi);
        l.e.op(Opcode::Select);
        l.e.wr(hi);
        negate_if(l, C32, lo);
        negate_if(l, X32, d);
    }
    // The high half must be below the divisor, or the quotient does not fit in 64 bits.
    l.e.rd(hi);
    l.e.rd(d);
    l.e.op(Opcode::I64GeU);
    l.e.branch_if(trap);
    l.e.c64(64);
    l.e.wr(count);
    let top = l.e.label();
    l.e.bind(top);
    // carry = hi >> 63; hi:lo <<= 1; if carry | hi >= d { hi -= d; lo |= 1 }
    l.e.rd(hi);
    l.e.c64(63);
    l.e.op(Opcode::I64ShrU);
    l.e.wr(Y64);
    l.e.rd(hi);
    l.e.c64(1);
    l.e.op(Opcode::I64Shl);
    l.e.rd(lo);
    l.e.c64(63);
    l.e.op(Opcode::I64ShrU);
    l.e.op(Opcode::I64Or);
    l.e.wr(hi);
    l.e.rd(lo);
    l.e.c64(1);
    l.e.op(Opcode::I64Shl);
    l.e.wr(lo);
    let next = l.e.label();
    l.e.rd(Y64);
    l.e.op(Opcode::I64Eqz);
    l.e.rd(hi);
    l.e.rd(d);
    l.e.op(Opcode::I64LtU);
    l.e.op(Opcode::I32And);
    l.e.branch_if(next);
    l.e.rd(hi);
    l.e.rd(d);
    l.e.op(Opcode::I64Sub);
    l.e.wr(hi);
    l.e.rd(lo);
    l.e.c64(1);
    l.e.op(Opcode::I64Or);
    l.e.wr(lo);
    l.e.bind(next);
    l.e.rd(count);
    l.e.c64(1);
    l.e.op(Opcode::I64Sub);
    l.e.wr(count);
    l.e.rd(count);
    l.e.op(Opcode::I64Eqz);
    l.e.op(Opcode::I32Eqz);
    l.e.branch_if(top);
    if signed {
        // The quotient's sign in X32; its magnitude must fit: up to 2^63 when negative.
        l.e.rd(C32);
        l.e.rd(X32);
        l.e.op(Opcode::I32Xor);
        l.e.wr(X32);
        l.e.rd(lo);
        l.e.c64(i64::MAX);
        l.e.rd(X32);
        l.e.op(Opcode::I64ExtendI32U);
        l.e.op(Opcode::I64Add);
        l.e.op(Opcode::I64GtU);
        l.e.branch_if(trap);
        negate_if(l, X32, lo);
        negate_if(l, C32, hi);
    }
    l.e.rd(lo);
    l.e.wr(Loc::reg64(RAX));
    l.e.rd(hi);
    l.e.wr(Loc::reg64(RDX));
}
