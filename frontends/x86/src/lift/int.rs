//! Integer instructions: moves, ALU, shifts, multiply/divide, bit ops, control flow, strings.

use super::emit::*;
use super::{Cmp, FuncLifter};
use iced_x86::{ConditionCode, Instruction, Mnemonic as M, OpKind};
use rootir::Opcode;
use vstarr::native::{Flag, Loc, NativeInst};

/// Lifts `ins` if it is an integer or control-flow instruction; `Ok(false)` if it is not one.
pub(super) fn lift(l: &mut FuncLifter<'_, '_>, ins: &Instruction) -> Result<bool, String> {
    let w0 = width(ins, 0);
    match ins.mnemonic() {
        M::Nop
        | M::Endbr64
        | M::Pause
        | M::Prefetchnta
        | M::Prefetcht0
        | M::Prefetcht1
        | M::Prefetcht2
        | M::Mfence
        | M::Lfence
        | M::Sfence => {}
        M::Mov => {
            let (_, _, r) = abr(w0);
            l.read(ins, 1, w0)?;
            l.e.wr(r);
            l.write(ins, 0, w0, r)?;
        }
        M::Movzx | M::Movsx | M::Movsxd => {
            let ws = width(ins, 1);
            let (_, _, r) = abr(w0);
            l.read(ins, 1, ws)?;
            let signed = ins.mnemonic() != M::Movzx;
            if signed {
                l.e.sext(ws);
            }
            if w0 == 64 && ws < 64 {
                l.e.op(if signed { Opcode::I64ExtendI32S } else { Opcode::I64ExtendI32U });
            } else if w0 < 32 {
                l.e.mask(w0);
            }
            l.e.wr(r);
            l.write(ins, 0, w0, r)?;
        }
        M::Lea => {
            l.address(ins)?;
            if w0 < 64 {
                l.e.op(Opcode::I32WrapI64);
                l.e.mask(w0);
            }
            let (_, _, r) = abr(w0);
            l.e.wr(r);
            l.write(ins, 0, w0, r)?;
        }
        M::Add | M::Sub | M::Cmp | M::Adc | M::Sbb => addsub(l, ins, w0)?,
        M::And | M::Or | M::Xor | M::Test => logic(l, ins, w0)?,
        M::Inc | M::Dec => incdec(l, ins, w0)?,
        M::Neg => {
            let (a, b, r) = abr(w0);
            l.e.cw(w0, 0);
            l.e.wr(a);
            l.read(ins, 0, w0)?;
            l.e.wr(b);
            add_or_sub(l, w0, true, false);
            l.write(ins, 0, w0, r)?;
            l.e.flags_addsub(w0, a, b, r, true, None);
        }
        M::Not => {
            let (_, _, r) = abr(w0);
            l.read(ins, 0, w0)?;
            l.e.cw(w0, u64::MAX);
            l.e.opw(w0, Opcode::I32Xor, Opcode::I64Xor);
            l.e.mask(w0);
            l.e.wr(r);
            l.write(ins, 0, w0, r)?;
        }
        M::Push => {
            let w = if ins.op0_kind() == OpKind::Register { w0 } else { 64 };
            if w != 64 {
                return Err("push of a 16-bit value".into());
            }
            let (_, _, r) = abr(64);
            l.read(ins, 0, 64)?;
            l.e.wr(r);
            sub_rsp(l, 8);
            l.e.rd(Loc::reg64(RSP));
            l.e.rd(r);
            l.e.mem(Opcode::I64Store, 0);
        }
        M::Pop => {
            if w0 != 64 {
                return Err("pop of a 16-bit value".into());
            }
            if dead_restore(l, ins) {
                sub_rsp(l, -8);
                return Ok(true);
            }
            let (_, _, r) = abr(64);
            l.e.rd(Loc::reg64(RSP));
            l.e.mem(Opcode::I64Load, 0);
            l.e.wr(r);
            sub_rsp(l, -8);
            l.write(ins, 0, 64, r)?;
        }
        M::Leave => {
            l.e.rd(Loc::reg64(5));
            l.e.wr(Loc::reg64(RSP));
            if !dead_restore(l, ins) {
                l.e.rd(Loc::reg64(RSP));
                l.e.mem(Opcode::I64Load, 0);
                l.e.wr(Loc::reg64(5));
            }
            sub_rsp(l, -8);
        }
        M::Xchg => {
            let (a, b, _) = abr(w0);
            read_two(l, ins, w0)?;
            l.write(ins, 0, w0, b)?;
            l.write(ins, 1, w0, a)?;
        }
        M::Shld | M::Shrd => super::int_shift::double_shift(l, ins, w0)?,
        M::Xadd => xadd(l, ins, w0)?,
        M::Cmpxchg => cmpxchg(l, ins, w0)?,
        M::Cdqe | M::Cwde | M::Cbw => {
            let (ws, wd) = match ins.mnemonic() {
                M::Cdqe => (32, 64),
                M::Cwde => (16, 32),
                _ => (8, 16),
            };
            l.e.rd(Loc::reg(RAX, ws));
            l.e.sext(ws);
            if wd == 64 {
                l.e.op(Opcode::I64ExtendI32S);
            } else {
                l.e.mask(wd);
            }
            l.e.wr(Loc::reg(RAX, wd));
        }
        M::Cdq | M::Cqo | M::Cwd => {
            let w = match ins.mnemonic() {
                M::Cqo => 64,
                M::Cdq => 32,
                _ => 16,
            };
            l.e.rd(Loc::reg(RAX, w));
            l.e.sext(w);
            l.e.cw(w, (w.min(32) - 1) as u64 + if w == 64 { 32 } else { 0 });
            l.e.opw(w, Opcode::I32ShrS, Opcode::I64ShrS);
            l.e.mask(w);
            l.e.wr(Loc::reg(RDX, w));
        }
        M::Shl | M::Sal | M::Shr | M::Sar | M::Rol | M::Ror => super::int_shift::shift(l, ins, w0)?,
        M::Imul | M::Mul => super::int_mul::mul(l, ins)?,
        M::Div | M::Idiv => super::int_mul::div(l, ins)?,
        M::Bsf | M::Bsr | M::Tzcnt | M::Lzcnt | M::Popcnt => super::int_shift::bitcount(l, ins, w0)?,
        M::Bt | M::Bts | M::Btr | M::Btc => super::int_shift::bt(l, ins, w0)?,
        M::Bswap => super::int_shift::bswap(l, ins, w0)?,
        _ if super::int_string::is_string(ins) => super::int_string::string(l, ins)?,
        M::Setb
        | M::Setae
        | M::Sete
        | M::Setne
        | M::Setbe
        | M::Seta
        | M::Sets
        | M::Setns
        | M::Setp
        | M::Setnp
        | M::Setl
        | M::Setge
        | M::Setle
        | M::Setg
        | M::Seto
        | M::Setno => {
            cond(l, ins.condition_code())?;
            let r = X32;
            l.e.wr(r);
            l.write(ins, 0, 8, r)?;
        }
        M::Cmovb
        | M::Cmovae
        | M::Cmove
        | M::Cmovne
        | M::Cmovbe
        | M::Cmova
        | M::Cmovs
        | M::Cmovns
        | M::Cmovp
        | M::Cmovnp
        | M::Cmovl
        | M::Cmovge
        | M::Cmovle
        | M::Cmovg
        | M::Cmovo
        | M::Cmovno => {
            let (a, b, r) = abr(w0);
            cond(l, ins.condition_code())?;
            l.e.wr(C32);
            l.read(ins, 1, w0)?;
            l.e.wr(b);
            l.read(ins, 0, w0)?;
            l.e.wr(a);
            l.e.select(w0, C32, b, a);
            l.e.wr(r);
            l.write(ins, 0, w0, r)?;
        }
        M::Jmp => match ins.op0_kind() {
            OpKind::NearBranch64 => {
                let t = ins.near_branch_target();
                match l.target(t) {
                    Some(label) => l.e.jump(label),
                    None => l.call(t, true)?,
                }
            }
            _ => {
                l.read(ins, 0, 64)?;
                l.e.wr(X64);
                l.jump_indirect()?;
            }
        },
        M::Jo
        | M::Jno
        | M::Jb
        | M::Jae
        | M::Je
        | M::Jne
        | M::Jbe
        | M::Ja
        | M::Js
        | M::Jns
        | M::Jp
        | M::Jnp
        | M::Jl
        | M::Jge
        | M::Jle
        | M::Jg => {
            cond(l, ins.condition_code())?;
            let t = ins.near_branch_target();
            match l.target(t) {
                Some(label) => l.e.branch_if(label),
                None => {
                    // A conditional tail call.
                    let skip = l.e.label();
                    l.e.op(Opcode::I32Eqz);
                    l.e.branch_if(skip);
                    l.call(t, true)?;
                    l.e.bind(skip);
                }
            }
        }
        M::Call => match ins.op0_kind() {
            OpKind::NearBranch64 => l.call(ins.near_branch_target(), false)?,
            _ => {
                l.read(ins, 0, 64)?;
                l.e.wr(X64);
                l.call_indirect(false)?;
            }
        },
        M::Ret => {
            if ins.op_count() > 0 {
                return Err("ret with a stack adjustment".into());
            }
            l.e.i(NativeInst::Return);
        }
        M::Ud2 | M::Hlt | M::Int3 => l.e.i(NativeInst::Trap),
        _ => return Ok(false),
    }
    Ok(true)
}

/// `rsp -= n`.
/// Whether `ins` (a `pop` or `leave`) restores a callee-saved register on the way out: only
/// pops of callee-saved registers follow it before a `ret`. The caller keeps its own values of
/// those registers (see docs/x86.md), so the value it would load is never read.
fn dead_restore(l: &FuncLifter<'_, '_>, ins: &Instruction) -> bool {
    use iced_x86::Register as R;
    let callee_saved = |i: &Instruction| {
        i.op0_kind() == OpKind::Register
            && matches!(i.op0_register(), R::RBX | R::RBP | R::R12 | R::R13 | R::R14 | R::R15)
    };
    if ins.mnemonic() == M::Pop && !callee_saved(ins) {
        return false;
    }
    let Ok(k) = l.insts.binary_search_by_key(&ins.ip(), |i| i.ip()) else { return false };
    for next in &l.insts[k + 1..] {
        match next.mnemonic() {
            M::Ret => return next.op_count() == 0,
            M::Pop if callee_saved(next) => {}
            _ => return false,
        }
    }
    false
}

pub(super) fn sub_rsp(l: &mut FuncLifter<'_, '_>, n: i64) {
    l.e.rd(Loc::reg64(RSP));
    l.e.c64(n);
    l.e.op(Opcode::I64Sub);
    l.e.wr(Loc::reg64(RSP));
}

/// `r = a + b` or `r = a - b` at width `w` (the `abr` locations; `a` and `b` already written),
/// with the carry flag added or subtracted too when `carry`; then the carry-in is kept in `C32`
/// for the flags, which are computed after it is overwritten.
fn add_or_sub(l: &mut FuncLifter<'_, '_>, w: u8, sub: bool, carry: bool) {
    let (a, b, r) = abr(w);
    let (op32, op64) = if sub { (Opcode::I32Sub, Opcode::I64Sub) } else { (Opcode::I32Add, Opcode::I64Add) };
    l.e.rd(a);
    l.e.rd(b);
    l.e.opw(w, op32, op64);
    if carry {
        l.e.rd(Loc::Flag(Flag::Cf));
        if w == 64 {
            l.e.op(Opcode::I64ExtendI32U);
        }
        l.e.opw(w, op32, op64);
    }
    l.e.mask(w);
    l.e.wr(r);
    if carry {
        l.e.rd(Loc::Flag(Flag::Cf));
        l.e.wr(C32);
    }
}

/// Reads operands 0 and 1 into the `abr` locations `a` and `b`.
fn read_two(l: &mut FuncLifter<'_, '_>, ins: &Instruction, w: u8) -> Result<(), String> {
    let (a, b, _) = abr(w);
    l.read(ins, 0, w)?;
    l.e.wr(a);
    l.read(ins, 1, w)?;
    l.e.wr(b);
    Ok(())
}

fn addsub(l: &mut FuncLifter<'_, '_>, ins: &Instruction, w: u8) -> Result<(), String> {
    let (a, b, r) = abr(w);
    let m = ins.mnemonic();
    let sub = matches!(m, M::Sub | M::Cmp | M::Sbb);
    let carry = matches!(m, M::Adc | M::Sbb);
    read_two(l, ins, w)?;
    add_or_sub(l, w, sub, carry);
    if m != M::Cmp {
        l.write(ins, 0, w, r)?;
    }
    l.e.flags_addsub(w, a, b, r, sub, carry.then_some(C32));
    if matches!(m, M::Cmp | M::Sub) {
        l.cmp = Some(Cmp { w, test: false });
    }
    Ok(())
}

fn logic(l: &mut FuncLifter<'_, '_>, ins: &Instruction, w: u8) -> Result<(), String> {
    let (a, b, r) = abr(w);
    let m = ins.mnemonic();
    // `xor r, r` is a zeroing idiom: no read.
    let same_reg = ins.op_count() == 2
        && ins.op0_kind() == OpKind::Register
        && ins.op1_kind() == OpKind::Register
        && ins.op0_register() == ins.op1_register();
    if m == M::Xor && same_reg {
        l.e.cw(w, 0);
        l.e.wr(r);
    } else {
        read_two(l, ins, w)?;
        l.e.rd(a);
        l.e.rd(b);
        l.e.op(match m {
            M::And | M::Test => op(w, Opcode::I32And, Opcode::I64And),
            M::Or => op(w, Opcode::I32Or, Opcode::I64Or),
            _ => op(w, Opcode::I32Xor, Opcode::I64Xor),
        });
        l.e.wr(r);
    }
    if m != M::Test {
        l.write(ins, 0, w, r)?;
    }
    l.e.flags_logic(w, r);
    if matches!(m, M::Test | M::And) {
        l.cmp = Some(Cmp { w, test: true });
    }
    Ok(())
}

fn incdec(l: &mut FuncLifter<'_, '_>, ins: &Instruction, w: u8) -> Result<(), String> {
    let (a, b, r) = abr(w);
    let sub = ins.mnemonic() == M::Dec;
    l.read(ins, 0, w)?;
    l.e.wr(a);
    l.e.cw(w, 1);
    l.e.wr(b);
    l.e.rd(a);
    l.e.rd(b);
    l.e.opw(w, if sub { Opcode::I32Sub } else { Opcode::I32Add }, if sub { Opcode::I64Sub } else { Opcode::I64Add });
    l.e.mask(w);
    l.e.wr(r);
    l.write(ins, 0, w, r)?;
    l.e.flag_of(w, a, b, r, sub);
    l.e.flag_af(w, a, b, r);
    l.e.flags_zsp(w, r);
    Ok(())
}

/// Pushes a condition: fused with the previous `cmp`/`test` when there is one, else from flags.
pub(super) fn cond(l: &mut FuncLifter<'_, '_>, cc: ConditionCode) -> Result<(), String> {
    use ConditionCode as C;
    if let Some(Cmp { w, test }) = l.prev
        && w >= 32
    {
        let (a, b, r) = abr(w);
        let o = |o32: Opcode, o64: Opcode| op(w, o32, o64);
        if !test {
            let code = match cc {
                C::e => Some(o(Opcode::I32Eq, Opcode::I64Eq)),
                C::ne => Some(o(Opcode::I32Ne, Opcode::I64Ne)),
                C::l => Some(o(Opcode::I32LtS, Opcode::I64LtS)),
                C::ge => Some(o(Opcode::I32GeS, Opcode::I64GeS)),
                C::le => Some(o(Opcode::I32LeS, Opcode::I64LeS)),
                C::g => Some(o(Opcode::I32GtS, Opcode::I64GtS)),
                C::b => Some(o(Opcode::I32LtU, Opcode::I64LtU)),
                C::ae => Some(o(Opcode::I32GeU, Opcode::I64GeU)),
                C::be => Some(o(Opcode::I32LeU, Opcode::I64LeU)),
                C::a => Some(o(Opcode::I32GtU, Opcode::I64GtU)),
                _ => None,
            };
            if let Some(code) = code {
                l.e.rd(a);
                l.e.rd(b);
                l.e.op(code);
                return Ok(());
            }
        } else {
            let code = match cc {
                C::e => Some(o(Opcode::I32Eq, Opcode::I64Eq)),
                C::ne => Some(o(Opcode::I32Ne, Opcode::I64Ne)),
                C::s | C::l => Some(o(Opcode::I32LtS, Opcode::I64LtS)),
                C::ns | C::ge => Some(o(Opcode::I32GeS, Opcode::I64GeS)),
                C::le => Some(o(Opcode::I32LeS, Opcode::I64LeS)),
                C::g => Some(o(Opcode::I32GtS, Opcode::I64GtS)),
                _ => None,
            };
            if let Some(code) = code {
                l.e.rd(r);
                l.e.cw(w, 0);
                l.e.op(code);
                return Ok(());
            }
        }
    }
    l.e.cond(cc)
}

/// `xadd dst, src`: `src` = the old `dst`, `dst` = their sum, flags of the addition (a `lock`
/// prefix changes nothing in one thread).
fn xadd(l: &mut FuncLifter<'_, '_>, ins: &Instruction, w: u8) -> Result<(), String> {
    let (a, b, r) = abr(w);
    read_two(l, ins, w)?;
    add_or_sub(l, w, false, false);
    l.write(ins, 1, w, a)?;
    l.write(ins, 0, w, r)?;
    l.e.flags_addsub(w, a, b, r, false, None);
    Ok(())
}

/// `cmpxchg dst, src`: compares the accumulator with `dst` (flags of `acc - dst`); equal:
/// `dst = src`, else the accumulator = `dst`.
fn cmpxchg(l: &mut FuncLifter<'_, '_>, ins: &Instruction, w: u8) -> Result<(), String> {
    let (a, b, r) = abr(w);
    let acc = Loc::reg(RAX, w);
    l.e.rd(acc);
    l.e.wr(a);
    l.read(ins, 0, w)?;
    l.e.wr(b);
    add_or_sub(l, w, true, false);
    l.e.flags_addsub(w, a, b, r, true, None);
    let differ = l.e.label();
    let done = l.e.label();
    l.e.rd(Loc::Flag(Flag::Zf));
    l.e.op(Opcode::I32Eqz);
    l.e.branch_if(differ);
    l.read(ins, 1, w)?;
    l.e.wr(r);
    l.write(ins, 0, w, r)?;
    l.e.jump(done);
    l.e.bind(differ);
    l.e.rd(b);
    l.e.wr(acc);
    l.e.bind(done);
    Ok(())
}
