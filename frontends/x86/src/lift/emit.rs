//! The lifter's building blocks: labels, temporaries, operands, flags and conditions.

use iced_x86::{ConditionCode, Instruction, OpKind, Register};
use rootir::{Opcode, Type};
use vstarr::native::{Flag, Loc, NativeInst};
use vstarr::stack::Imm;

/// Temporaries of every lifted function (index = `Loc::Temp` number).
pub const TEMPS: [Type; 19] = [
    Type::I64, // ADDR
    Type::I64, // A64
    Type::I64, // B64
    Type::I64, // R64
    Type::I32, // A32
    Type::I32, // B32
    Type::I32, // R32
    Type::I64, // C64
    Type::I32, // C32
    Type::F64, // FA
    Type::F64, // FB
    Type::F32, // SA
    Type::F32, // SB
    Type::I64, // X64
    Type::I32, // X32
    Type::I64, // Y64
    Type::I64, // H0
    Type::I64, // H1
    Type::I64, // LANE
];
/// The effective address of the instruction's memory operand.
pub const ADDR: Loc = Loc::Temp(0);
/// Scratch `i64`/`i32` temporaries.
pub const C64: Loc = Loc::Temp(7);
/// Scratch `i32`.
pub const C32: Loc = Loc::Temp(8);
/// Scratch `f64` temporaries.
pub const FA: Loc = Loc::Temp(9);
/// Scratch `f64`.
pub const FB: Loc = Loc::Temp(10);
/// Scratch `f32` temporaries.
pub const SA: Loc = Loc::Temp(11);
/// Scratch `f32`.
pub const SB: Loc = Loc::Temp(12);
/// Scratch `i64`.
pub const X64: Loc = Loc::Temp(13);
/// Scratch `i32`.
pub const X32: Loc = Loc::Temp(14);
/// Scratch `i64`.
pub const Y64: Loc = Loc::Temp(15);

/// Results of packed operations: the low and high halves.
pub const H0: Loc = Loc::Temp(16);
/// The high half of a packed result.
pub const H1: Loc = Loc::Temp(17);
/// Scratch for one lane.
pub const LANE: Loc = Loc::Temp(18);

/// Register numbers.
pub const RAX: u8 = 0;
/// `rcx`.
pub const RCX: u8 = 1;
/// `rdx`.
pub const RDX: u8 = 2;
/// `rsp`.
pub const RSP: u8 = 4;
/// `rsi`.
pub const RSI: u8 = 6;
/// `rdi`.
pub const RDI: u8 = 7;

/// The operand temporaries of an operation of width `w`: a, b, result.
pub fn abr(w: u8) -> (Loc, Loc, Loc) {
    if w == 64 { (Loc::Temp(1), Loc::Temp(2), Loc::Temp(3)) } else { (Loc::Temp(4), Loc::Temp(5), Loc::Temp(6)) }
}

/// Picks the `i32` or `i64` form of an opcode by width.
pub fn op(w: u8, op32: Opcode, op64: Opcode) -> Opcode {
    if w == 64 { op64 } else { op32 }
}

/// A jump target while lifting: bound to a native instruction index later.
pub type Label = u32;

/// A lifted function under construction.
pub struct Emitter {
    /// The instructions; branch targets are labels until [`Emitter::finish`].
    pub code: Vec<NativeInst>,
    /// Label → native index (`u32::MAX` while unbound).
    pub labels: Vec<u32>,
}

impl Emitter {
    /// An empty emitter.
    pub fn new() -> Emitter {
        Emitter { code: Vec::new(), labels: Vec::new() }
    }

    /// A new unbound label.
    pub fn label(&mut self) -> Label {
        self.labels.push(u32::MAX);
        (self.labels.len() - 1) as Label
    }

    /// Binds a label to the next instruction.
    pub fn bind(&mut self, l: Label) {
        self.labels[l as usize] = self.code.len() as u32;
    }

    /// Appends an instruction.
    pub fn i(&mut self, inst: NativeInst) {
        self.code.push(inst);
    }

    /// Pushes an `i64` constant.
    pub fn c64(&mut self, v: i64) {
        self.i(NativeInst::Push(Imm::i64(v)));
    }

    /// Pushes an `i32` constant.
    pub fn c32(&mut self, v: i32) {
        self.i(NativeInst::Push(Imm::i32(v)));
    }

    /// Pushes a constant of width `w` (`i64` for 64, else `i32`).
    pub fn cw(&mut self, w: u8, v: u64) {
        if w == 64 { self.c64(v as i64) } else { self.c32(v as u32 as i32) }
    }

    /// Reads a location.
    pub fn rd(&mut self, l: Loc) {
        self.i(NativeInst::Read(l));
    }

    /// Writes a location.
    pub fn wr(&mut self, l: Loc) {
        self.i(NativeInst::Write(l));
    }

    /// A rootIR operation.
    pub fn op(&mut self, o: Opcode) {
        self.i(NativeInst::Op(o));
    }

    /// A width-dependent operation.
    pub fn opw(&mut self, w: u8, o32: Opcode, o64: Opcode) {
        self.op(op(w, o32, o64));
    }

    /// Jumps to a label.
    pub fn jump(&mut self, l: Label) {
        self.i(NativeInst::Jump(l));
    }

    /// Pops a condition and branches to a label if it is set.
    pub fn branch_if(&mut self, l: Label) {
        self.i(NativeInst::BranchIf(l));
    }

    /// A memory operation at the address on the stack (value on top for stores).
    pub fn mem(&mut self, o: Opcode, offset: u32) {
        self.i(NativeInst::Mem { op: o, offset });
    }

    /// Masks the `i32` on the stack to `w` bits (no-op for 32 and 64).
    pub fn mask(&mut self, w: u8) {
        if w < 32 {
            self.c32(((1u32 << w) - 1) as i32);
            self.op(Opcode::I32And);
        }
    }

    /// Bit `w - 1` of the width-`w` value on the stack, as an `i32` 0/1.
    pub fn sign_bit(&mut self, w: u8) {
        self.cw(w, (w - 1) as u64);
        self.opw(w, Opcode::I32ShrU, Opcode::I64ShrU);
        self.wrap_i32(w);
        self.c32(1);
        self.op(Opcode::I32And);
    }

    /// Wraps an `i64` to `i32` when `w` is 64.
    pub fn wrap_i32(&mut self, w: u8) {
        if w == 64 {
            self.op(Opcode::I32WrapI64);
        }
    }

    /// Sign-extends the width-`w` value on the stack to its full type (8/16 → i32).
    pub fn sext(&mut self, w: u8) {
        match w {
            8 => self.op(Opcode::I32Extend8S),
            16 => self.op(Opcode::I32Extend16S),
            _ => {}
        }
    }

    /// Resolves labels into instruction indices.
    pub fn finish(mut self) -> Result<Vec<NativeInst>, String> {
        let labels = self.labels;
        let map = |l: u32| -> Result<u32, String> {
            labels
                .get(l as usize)
                .copied()
                .filter(|&t| t != u32::MAX)
                .ok_or_else(|| "internal: unbound label".to_string())
        };
        for inst in &mut self.code {
            match inst {
                NativeInst::Jump(t) | NativeInst::BranchIf(t) => *t = map(*t)?,
                NativeInst::Switch { targets, default } => {
                    for t in targets.iter_mut() {
                        *t = map(*t)?;
                    }
                    *default = map(*default)?;
                }
                _ => {}
            }
        }
        Ok(self.code)
    }

    // ---- flags ----

    /// ZF, SF and PF from the width-`w` result in `r`.
    pub fn flags_zsp(&mut self, w: u8, r: Loc) {
        self.rd(r);
        self.opw(w, Opcode::I32Eqz, Opcode::I64Eqz);
        self.wr(Loc::Flag(Flag::Zf));
        self.rd(r);
        self.sign_bit(w);
        self.wr(Loc::Flag(Flag::Sf));
        self.rd(r);
        self.wrap_i32(w);
        self.c32(0xff);
        self.op(Opcode::I32And);
        self.op(Opcode::I32Popcnt);
        self.c32(1);
        self.op(Opcode::I32And);
        self.op(Opcode::I32Eqz);
        self.wr(Loc::Flag(Flag::Pf));
    }

    /// AF from `a ^ b ^ r`.
    pub fn flag_af(&mut self, w: u8, a: Loc, b: Loc, r: Loc) {
        self.rd(a);
        self.rd(b);
        self.opw(w, Opcode::I32Xor, Opcode::I64Xor);
        self.rd(r);
        self.opw(w, Opcode::I32Xor, Opcode::I64Xor);
        self.wrap_i32(w);
        self.c32(4);
        self.op(Opcode::I32ShrU);
        self.c32(1);
        self.op(Opcode::I32And);
        self.wr(Loc::Flag(Flag::Af));
    }

    /// Sets a flag to a constant.
    pub fn set_flag(&mut self, f: Flag, v: i32) {
        self.c32(v);
        self.wr(Loc::Flag(f));
    }

    /// OF of an addition (`sub` false) or subtraction (`sub` true) r = a ± b.
    pub fn flag_of(&mut self, w: u8, a: Loc, b: Loc, r: Loc, sub: bool) {
        let xor = op(w, Opcode::I32Xor, Opcode::I64Xor);
        if sub {
            // (a ^ b) & (a ^ r)
            self.rd(a);
            self.rd(b);
            self.op(xor);
            self.rd(a);
        } else {
            // (a ^ r) & (b ^ r)
            self.rd(a);
            self.rd(r);
            self.op(xor);
            self.rd(b);
        }
        self.rd(r);
        self.op(xor);
        self.opw(w, Opcode::I32And, Opcode::I64And);
        self.sign_bit(w);
        self.wr(Loc::Flag(Flag::Of));
    }

    /// Every flag of `r = a + b` (`sub`: `r = a - b`), carry in `carry_in` (adc/sbb) if set.
    pub fn flags_addsub(&mut self, w: u8, a: Loc, b: Loc, r: Loc, sub: bool, carry_in: Option<Loc>) {
        let lt_u = op(w, Opcode::I32LtU, Opcode::I64LtU);
        let eq = op(w, Opcode::I32Eq, Opcode::I64Eq);
        if sub {
            self.rd(a);
            self.rd(b);
        } else {
            self.rd(r);
            self.rd(a);
        }
        self.op(lt_u);
        if let Some(c) = carry_in {
            // | (cf_in & (sub ? a == b : r == a))
            self.rd(c);
            if sub {
                self.rd(a);
                self.rd(b);
            } else {
                self.rd(r);
                self.rd(a);
            }
            self.op(eq);
            self.op(Opcode::I32And);
            self.op(Opcode::I32Or);
        }
        self.wr(Loc::Flag(Flag::Cf));
        self.flag_of(w, a, b, r, sub);
        self.flag_af(w, a, b, r);
        self.flags_zsp(w, r);
    }

    /// Flags of a logical operation: CF = OF = 0, ZF SF PF from `r`.
    pub fn flags_logic(&mut self, w: u8, r: Loc) {
        self.set_flag(Flag::Cf, 0);
        self.set_flag(Flag::Of, 0);
        self.set_flag(Flag::Af, 0);
        self.flags_zsp(w, r);
    }

    /// Pushes the `i32` 0/1 value of a condition code from the flags.
    pub fn cond(&mut self, cc: ConditionCode) -> Result<(), String> {
        use ConditionCode as C;
        let f = |e: &mut Emitter, fl: Flag| e.rd(Loc::Flag(fl));
        let not = |e: &mut Emitter| e.op(Opcode::I32Eqz);
        match cc {
            C::o => f(self, Flag::Of),
            C::no => {
                f(self, Flag::Of);
                not(self)
            }
            C::b => f(self, Flag::Cf),
            C::ae => {
                f(self, Flag::Cf);
                not(self)
            }
            C::e => f(self, Flag::Zf),
            C::ne => {
                f(self, Flag::Zf);
                not(self)
            }
            C::be | C::a => {
                f(self, Flag::Cf);
                f(self, Flag::Zf);
                self.op(Opcode::I32Or);
                if cc == C::a {
                    not(self)
                }
            }
            C::s => f(self, Flag::Sf),
            C::ns => {
                f(self, Flag::Sf);
                not(self)
            }
            C::p => f(self, Flag::Pf),
            C::np => {
                f(self, Flag::Pf);
                not(self)
            }
            C::l | C::ge => {
                f(self, Flag::Sf);
                f(self, Flag::Of);
                self.op(if cc == C::l { Opcode::I32Ne } else { Opcode::I32Eq });
            }
            C::le | C::g => {
                f(self, Flag::Sf);
                f(self, Flag::Of);
                self.op(Opcode::I32Ne);
                f(self, Flag::Zf);
                self.op(Opcode::I32Or);
                if cc == C::g {
                    not(self)
                }
            }
            C::None => return Err("no condition".into()),
        }
        Ok(())
    }

    /// Pushes `c ? t : f` (rootIR `select`; `c` an `i32` location).
    pub fn select(&mut self, _w: u8, c: Loc, t: Loc, f: Loc) {
        self.rd(c);
        self.rd(t);
        self.rd(f);
        self.op(Opcode::Select);
    }
}

impl Default for Emitter {
    fn default() -> Emitter {
        Emitter::new()
    }
}

/// The location of a general-purpose register operand.
pub fn gpr(reg: Register) -> Result<Loc, String> {
    let full = reg.full_register();
    if !full.is_gpr64() {
        return Err(format!("register {reg:?} is not a general-purpose register"));
    }
    let n = full.number() as u8;
    Ok(match reg {
        Register::AH | Register::CH | Register::DH | Register::BH => Loc::Gpr { reg: n, lo: 8, width: 8 },
        _ => Loc::Gpr { reg: n, lo: 0, width: (reg.size() * 8) as u8 },
    })
}

/// The width in bits of operand `i`.
pub fn width(ins: &Instruction, i: u32) -> u8 {
    match ins.op_kind(i) {
        OpKind::Register => (ins.op_register(i).size() * 8) as u8,
        OpKind::Memory => (ins.memory_size().size() * 8) as u8,
        OpKind::Immediate8 => 8,
        OpKind::Immediate16 | OpKind::Immediate8to16 => 16,
        OpKind::Immediate32 | OpKind::Immediate8to32 => 32,
        _ => 64,
    }
}
