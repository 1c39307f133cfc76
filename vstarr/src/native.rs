//! The native form: lifted machine code as instructions over named machine *locations*.
//!
//! A [`NativeFunction`] reads and writes locations ([`Loc`]): the sixteen general-purpose
//! registers through 8/16/32/64-bit views, the six arithmetic flags one bit each, the XMM
//! registers as two 64-bit halves, and typed temporaries. Values flow through an operand
//! stack as in the stack form, and every operation is a rootIR operation, so one table of
//! semantics serves every form.
//!
//! [`lower`] turns a native function into a [`StackFunction`] with **one local per location**
//! (a register is one `i64` local whatever view is used; a flag is one `i32` local), so
//! vstarr's SSA construction treats locations as variables and its dead-code elimination
//! removes every flag computation nobody reads. [`translate`] lowers and translates.
//!
//! Views follow x86-64: a 64-bit read or write moves the whole register; a 32-bit write
//! zero-extends into the register (`mov eax, 1` clears the upper half); 8- and 16-bit writes
//! merge into the old value (`mov ah, 1` keeps every other bit). Views narrower than 64 bits
//! read and write `i32` values (zero-extended on read, low bits used on write); 64-bit views
//! and XMM halves read and write `i64`.

use crate::Error;
use crate::operation::{Attr, ModuleEnv, Operation};
use crate::stack::{Imm, Shuffle, StackFunction, StackInst};
use rootir::{Callee, FileId, FuncType, Opcode, Type};

/// Number of general-purpose registers (`rax` = 0 ... `r15` = 15, in x86 encoding order).
pub const GPRS: u8 = 16;
/// Number of XMM registers.
pub const XMMS: u8 = 16;

/// An arithmetic flag.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Flag {
    /// Carry.
    Cf,
    /// Parity (of the low byte of a result).
    Pf,
    /// Auxiliary carry (out of bit 3).
    Af,
    /// Zero.
    Zf,
    /// Sign.
    Sf,
    /// Overflow.
    Of,
}

impl Flag {
    /// Every flag, in local order.
    pub const ALL: [Flag; 6] = [Flag::Cf, Flag::Pf, Flag::Af, Flag::Zf, Flag::Sf, Flag::Of];

    fn index(self) -> u32 {
        Flag::ALL.iter().position(|&f| f == self).unwrap_or(0) as u32
    }
}

/// A named machine location.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Loc {
    /// Bits `lo .. lo + width` of general-purpose register `reg` (`width` 8, 16, 32 or 64;
    /// `lo` 0, or 8 for `ah ch dh bh`).
    Gpr {
        /// Register number, 0..16.
        reg: u8,
        /// First bit of the view.
        lo: u8,
        /// Bits in the view.
        width: u8,
    },
    /// A flag bit, as an `i32` that is 0 or 1.
    Flag(Flag),
    /// Half `half` (0 = bits 0..64, 1 = bits 64..128) of XMM register `reg`, as an `i64`.
    Xmm {
        /// Register number, 0..16.
        reg: u8,
        /// Which half.
        half: u8,
    },
    /// A temporary of the function (index into [`NativeFunction::temps`]).
    Temp(u32),
}

impl Loc {
    /// The full 64-bit register `reg`.
    pub const fn reg64(reg: u8) -> Loc {
        Loc::Gpr { reg, lo: 0, width: 64 }
    }
    /// The low `width` bits of register `reg`.
    pub const fn reg(reg: u8, width: u8) -> Loc {
        Loc::Gpr { reg, lo: 0, width }
    }
}

/// One native-form instruction. Operands come from the operand stack (last on top).
#[derive(Clone, Debug, PartialEq)]
pub enum NativeInst {
    /// Pushes a constant.
    Push(Imm),
    /// Pushes the value of a location.
    Read(Loc),
    /// Pops a value into a location.
    Write(Loc),
    /// A typed rootIR operation of format `Unary` or `Binary`.
    Op(Opcode),
    /// A linear-memory load (pops an `i64` address, pushes the value) or store (pops the
    /// address, then the value on top); `offset` is added to the address.
    Mem {
        /// A rootIR operation of format `Load` or `Store`.
        op: Opcode,
        /// Constant offset.
        offset: u32,
    },
    /// A stack shuffle.
    Shuffle(Shuffle),
    /// Jumps to the instruction with this index.
    Jump(u32),
    /// Pops an `i32`; jumps if it is not zero.
    BranchIf(u32),
    /// Pops an `i32` index; jumps to `targets[index]`, else to `default`.
    Switch {
        /// Targets by index.
        targets: Vec<u32>,
        /// Target when out of range.
        default: u32,
    },
    /// Pops the arguments, calls, pushes the results.
    Call {
        /// The function called.
        callee: Callee,
        /// Its signature.
        sig: FuncType,
    },
    /// Returns the values of [`NativeFunction::results`].
    Return,
    /// Traps (an `unreachable`).
    Trap,
}

/// A function in native form.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct NativeFunction {
    /// Its name.
    pub name: String,
    /// Where each parameter arrives: a 64-bit register, an XMM half or a temporary, of the
    /// parameter's type.
    pub params: Vec<Loc>,
    /// The locations returned, in order.
    pub results: Vec<Loc>,
    /// Types of the temporaries.
    pub temps: Vec<Type>,
    /// The instructions; execution starts at index 0.
    pub code: Vec<NativeInst>,
    /// Source unit for positions (see [`StackFunction::unit`]).
    pub unit: Option<FileId>,
}

impl NativeFunction {
    /// The type of a location's value.
    pub fn loc_type(&self, loc: Loc) -> Result<Type, Error> {
        match loc {
            Loc::Gpr { reg, lo, width } => {
                let ok = reg < GPRS && matches!((lo, width), (0, 8 | 16 | 32 | 64) | (8, 8));
                if !ok {
                    return Err(Error::func(&self.name, format!("bad register view {loc:?}")));
                }
                Ok(if width == 64 { Type::I64 } else { Type::I32 })
            }
            Loc::Flag(_) => Ok(Type::I32),
            Loc::Xmm { reg, half } if reg < XMMS && half < 2 => Ok(Type::I64),
            Loc::Xmm { .. } => Err(Error::func(&self.name, format!("bad XMM location {loc:?}"))),
            Loc::Temp(t) => self
                .temps
                .get(t as usize)
                .copied()
                .ok_or_else(|| Error::func(&self.name, format!("unknown temporary {t}"))),
        }
    }

    /// The signature: parameter and result types from the locations.
    pub fn sig(&self) -> Result<FuncType, Error> {
        let params = self.params.iter().map(|&l| self.loc_type(l)).collect::<Result<Vec<_>, _>>()?;
        let results = self.results.iter().map(|&l| self.loc_type(l)).collect::<Result<Vec<_>, _>>()?;
        Ok(FuncType::new(params, results))
    }
}

/// Local numbers of the stack function: parameters first, then one per location.
struct Layout {
    params: u32,
}

impl Layout {
    const FLAGS: u32 = GPRS as u32;
    const XMM: u32 = Self::FLAGS + 6;
    const TEMPS: u32 = Self::XMM + 2 * XMMS as u32;

    fn local(&self, loc: Loc) -> u32 {
        self.params
            + match loc {
                Loc::Gpr { reg, .. } => reg as u32,
                Loc::Flag(f) => Self::FLAGS + f.index(),
                Loc::Xmm { reg, half } => Self::XMM + 2 * reg as u32 + half as u32,
                Loc::Temp(t) => Self::TEMPS + t,
            }
    }
}

/// Lowers a native function to stack form: one local per location, sub-register views as
/// shifts and masks, parameters copied into their locations at entry.
pub fn lower(f: &NativeFunction) -> Result<StackFunction, Error> {
    lower_mapped(f).map(|(stack, _)| stack)
}

/// [`lower`], also giving where each native instruction starts in the stack code (one entry
/// per native instruction, then the code's length): positions of native instructions carry
/// over to the stack instructions they became.
pub fn lower_mapped(f: &NativeFunction) -> Result<(StackFunction, Vec<u32>), Error> {
    let sig = f.sig()?;
    let layout = Layout { params: f.params.len() as u32 };
    let mut locals = sig.params.clone();
    locals.extend(std::iter::repeat_n(Type::I64, GPRS as usize));
    locals.extend(std::iter::repeat_n(Type::I32, 6));
    locals.extend(std::iter::repeat_n(Type::I64, 2 * XMMS as usize));
    locals.extend(f.temps.iter().copied());
    let mut code = Vec::with_capacity(f.code.len() * 2 + 2 * f.params.len());
    for (i, &p) in f.params.iter().enumerate() {
        if matches!(p, Loc::Gpr { width, .. } if width != 64) {
            return Err(Error::func(&f.name, format!("parameter {i} is a register view ({p:?})")));
        }
        code.push(StackInst::Load(i as u32));
        code.push(StackInst::Store(layout.local(p)));
    }
    let prologue = code.len() as u32;
    // Native index → stack index; targets are patched afterwards.
    let mut starts = Vec::with_capacity(f.code.len() + 1);
    for (index, inst) in f.code.iter().enumerate() {
        starts.push(code.len() as u32);
        lower_inst(f, &layout, index, inst, &mut code)?;
    }
    starts.push(code.len() as u32);
    let map = |t: u32| -> Result<u32, Error> {
        starts
            .get(t as usize)
            .copied()
            .filter(|_| (t as usize) < f.code.len())
            .ok_or_else(|| Error::func(&f.name, format!("branch to instruction {t}, past the end")))
    };
    for inst in &mut code[prologue as usize..] {
        match inst {
            StackInst::Jump(t) | StackInst::BranchIf(t) => *t = map(*t)?,
            StackInst::Switch { targets, default } => {
                for t in targets.iter_mut() {
                    *t = map(*t)?;
                }
                *default = map(*default)?;
            }
            _ => {}
        }
    }
    let max_stack = 64;
    let stack =
        StackFunction { name: f.name.clone(), sig, locals, max_stack, code, unit: f.unit, handlers: Vec::new() };
    Ok((stack, starts))
}

/// Lowers and translates a native function to register rootIR (in a module with a linear
/// memory, see [`LinearMemory`]).
pub fn translate(f: &NativeFunction) -> Result<rootir::Function, Error> {
    crate::translate_in(&lower(f)?, &LinearMemory)
}

fn lower_inst(
    f: &NativeFunction,
    layout: &Layout,
    index: usize,
    inst: &NativeInst,
    code: &mut Vec<StackInst>,
) -> Result<(), Error> {
    match inst {
        NativeInst::Push(imm) => code.push(StackInst::Push(*imm)),
        NativeInst::Read(loc) => {
            f.loc_type(*loc)?;
            code.push(StackInst::Load(layout.local(*loc)));
            if let Loc::Gpr { lo, width, .. } = *loc {
                read_view(lo, width, code);
            }
        }
        NativeInst::Write(loc) => {
            f.loc_type(*loc)?;
            let local = layout.local(*loc);
            if let Loc::Gpr { lo, width, .. } = *loc {
                write_view(local, lo, width, code);
            }
            code.push(StackInst::Store(local));
        }
        NativeInst::Op(op) => code.push(StackInst::Op(*op)),
        NativeInst::Mem { op, offset } => code.push(mem_inst(f, index, *op, *offset)?),
        NativeInst::Shuffle(s) => code.push(StackInst::Shuffle(*s)),
        NativeInst::Jump(t) => code.push(StackInst::Jump(*t)),
        NativeInst::BranchIf(t) => code.push(StackInst::BranchIf(*t)),
        NativeInst::Switch { targets, default } => {
            code.push(StackInst::Switch { targets: targets.clone(), default: *default })
        }
        NativeInst::Call { callee, sig } => code.push(StackInst::Call { callee: *callee, sig: sig.clone() }),
        NativeInst::Return => {
            for &r in &f.results {
                f.loc_type(r)?;
                code.push(StackInst::Load(layout.local(r)));
                if let Loc::Gpr { lo, width, .. } = r {
                    read_view(lo, width, code);
                }
            }
            code.push(StackInst::Return);
        }
        NativeInst::Trap => code.push(StackInst::Op(Opcode::Unreachable)),
    }
    Ok(())
}

/// `i64` register value on the stack → the view's value.
fn read_view(lo: u8, width: u8, code: &mut Vec<StackInst>) {
    if width == 64 {
        return;
    }
    if lo != 0 {
        code.push(StackInst::Push(Imm::i64(lo as i64)));
        code.push(StackInst::Op(Opcode::I64ShrU));
    }
    code.push(StackInst::Op(Opcode::I32WrapI64));
    if width < 32 {
        code.push(StackInst::Push(Imm::i32(((1u32 << width) - 1) as i32)));
        code.push(StackInst::Op(Opcode::I32And));
    }
}

/// The view's new value on the stack → the register's new `i64` value.
fn write_view(local: u32, lo: u8, width: u8, code: &mut Vec<StackInst>) {
    if width == 64 {
        return;
    }
    code.push(StackInst::Op(Opcode::I64ExtendI32U));
    if width == 32 {
        return;
    }
    let mask = ((1u64 << width) - 1) << lo;
    if lo != 0 {
        code.push(StackInst::Push(Imm::i64(lo as i64)));
        code.push(StackInst::Op(Opcode::I64Shl));
    }
    code.push(StackInst::Push(Imm::i64(mask as i64)));
    code.push(StackInst::Op(Opcode::I64And));
    code.push(StackInst::Load(local));
    code.push(StackInst::Push(Imm::i64(!mask as i64)));
    code.push(StackInst::Op(Opcode::I64And));
    code.push(StackInst::Op(Opcode::I64Or));
}

fn mem_inst(f: &NativeFunction, index: usize, op: Opcode, offset: u32) -> Result<StackInst, Error> {
    if !matches!(op.format(), rootir::Format::Load | rootir::Format::Store) {
        return Err(Error::at(&f.name, index as u32, format!("{op:?} is not a memory load or store")));
    }
    Ok(StackInst::Inst(Operation::with(op, Attr::Offset(offset))))
}

/// The module a native function lives in, as far as translation needs it: a linear memory,
/// and nothing else (calls carry their signatures).
#[derive(Copy, Clone, Debug, Default)]
pub struct LinearMemory;

impl ModuleEnv for LinearMemory {
    fn has_memory(&self) -> bool {
        true
    }
}
