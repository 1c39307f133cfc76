//! Decoding functions and instructions. The operands of an instruction are
//! read by its opcode's [`Format`], one arm per format.

use crate::{
    Block, BlockData, Callee, ClassId, FieldRef, FileId, Format, FuncId, Function, GlobalId, ImportId, Inst, InstData,
    MethodRef, Opcode, Reg, SrcLoc,
};

use super::layout::{CALLEE_IMPORT_BIT, ImmKind, loc_tag, min_len};
use super::reader::{Reader, Result, error_at};

/// One function: name, signature, register types, blocks.
pub(super) fn function(r: &mut Reader) -> Result<Function> {
    let name = r.string("function name")?;
    let sig = r.sig()?;
    let regs = r.types("register types")?;
    let blocks = r.list(min_len::BLOCK, "blocks", block_data)?;
    Ok(Function { name, sig, regs, blocks })
}

/// A block: its handler (an optional index) then its instructions.
fn block_data(r: &mut Reader) -> Result<BlockData> {
    let handler = super::decode::opt_index(r, "handler block")?.map(Block);
    Ok(BlockData { insts: r.list(min_len::INST, "instructions", inst)?, handler })
}

fn inst(r: &mut Reader) -> Result<Inst> {
    let op = opcode(r)?;
    let data = operands(r, op)?;
    let loc = src_loc(r)?;
    Ok(Inst { data, loc })
}

fn opcode(r: &mut Reader) -> Result<Opcode> {
    let start = r.pos();
    let code = r.varint("opcode")?;
    u16::try_from(code)
        .ok()
        .and_then(Opcode::from_code)
        .map_or_else(|| error_at(start, format!("unknown opcode {code}")), Ok)
}

fn reg(r: &mut Reader) -> Result<Reg> {
    Ok(Reg(r.u32("register")?))
}

fn regs(r: &mut Reader) -> Result<Vec<Reg>> {
    r.list(min_len::INDEX, "registers", reg)
}

fn block(r: &mut Reader) -> Result<Block> {
    Ok(Block(r.u32("block")?))
}

/// The operands of `op`, laid out as its format says.
fn operands(r: &mut Reader, op: Opcode) -> Result<InstData> {
    let start = r.pos();
    let data = match op.format() {
        Format::Const => {
            let dst = reg(r)?;
            let bits = r.imm(ImmKind::of(op.typing().and_then(|t| t.output)), "immediate")?;
            InstData::Const { op, dst, bits }
        }
        Format::Unary => InstData::Unary { op, dst: reg(r)?, arg: reg(r)? },
        Format::Binary => InstData::Binary { op, dst: reg(r)?, lhs: reg(r)?, rhs: reg(r)? },
        Format::Mov => InstData::Mov { dst: reg(r)?, src: reg(r)? },
        Format::Select => InstData::Select { dst: reg(r)?, cond: reg(r)?, if_true: reg(r)?, if_false: reg(r)? },
        Format::Jump => InstData::Jump { target: block(r)? },
        Format::Branch => InstData::Branch { cond: reg(r)?, if_true: block(r)?, if_false: block(r)? },
        Format::Switch => {
            let index = reg(r)?;
            let targets = r.list(min_len::INDEX, "switch targets", block)?;
            InstData::Switch { index, targets, default: block(r)? }
        }
        Format::Call => InstData::Call { results: regs(r)?, callee: callee(r)?, args: regs(r)? },
        Format::CallIndirect => {
            InstData::CallIndirect { results: regs(r)?, sig: r.sig()?, addr: reg(r)?, args: regs(r)? }
        }
        Format::CallClosure => {
            InstData::CallClosure { results: regs(r)?, sig: r.sig()?, closure: reg(r)?, args: regs(r)? }
        }
        Format::Return => InstData::Return { values: regs(r)? },
        Format::GlobalGet => InstData::GlobalGet { dst: reg(r)?, global: GlobalId(r.u32("global")?) },
        Format::GlobalSet => InstData::GlobalSet { global: GlobalId(r.u32("global")?), src: reg(r)? },
        Format::FuncAddr => InstData::FuncAddr { dst: reg(r)?, func: FuncId(r.u32("function")?) },
        Format::Load => InstData::Load { op, dst: reg(r)?, addr: reg(r)?, offset: r.u32("memory offset")? },
        Format::Store => InstData::Store { op, addr: reg(r)?, offset: r.u32("memory offset")?, src: reg(r)? },
        Format::MemorySize => InstData::MemorySize { dst: reg(r)? },
        Format::Unreachable => InstData::Unreachable,
        Format::Nullary => InstData::Nullary { op, dst: reg(r)? },
        Format::Ternary => InstData::Ternary { op, args: [reg(r)?, reg(r)?, reg(r)?] },
        Format::Quinary => InstData::Quinary { op, args: [reg(r)?, reg(r)?, reg(r)?, reg(r)?, reg(r)?] },
        Format::StrConst => InstData::StrConst { op, dst: reg(r)?, constant: r.u32("constant")? },
        Format::New => InstData::New { dst: reg(r)?, class: class(r)? },
        Format::ClassTest => InstData::ClassTest { op, dst: reg(r)?, class: class(r)?, arg: reg(r)? },
        Format::FieldGet => InstData::FieldGet { dst: reg(r)?, field: field(r)?, obj: reg(r)? },
        Format::FieldSet => InstData::FieldSet { field: field(r)?, obj: reg(r)?, src: reg(r)? },
        Format::CallMethod => {
            let results = regs(r)?;
            let method = MethodRef { class: class(r)?, method: r.u32("method")? };
            InstData::CallMethod { op, results, method, args: regs(r)? }
        }
        Format::Throw => InstData::Throw { src: reg(r)? },
        Format::Catch => InstData::Catch { dst: reg(r)? },
    };
    // A format without an opcode field stands for one opcode; another would be lost.
    if data.opcode() != op {
        return error_at(start, format!("opcode {op} cannot be represented with format {:?}", op.format()));
    }
    Ok(data)
}

fn class(r: &mut Reader) -> Result<ClassId> {
    Ok(ClassId(r.u32("class")?))
}

fn field(r: &mut Reader) -> Result<FieldRef> {
    Ok(FieldRef { class: class(r)?, field: r.u32("field")? })
}

/// A callee: one varint, `index << 1`, plus 1 for an import.
fn callee(r: &mut Reader) -> Result<Callee> {
    let start = r.pos();
    let v = r.varint("callee")?;
    let Ok(index) = u32::try_from(v >> 1) else {
        return error_at(start, format!("callee index {} does not fit in 32 bits", v >> 1));
    };
    Ok(if v & CALLEE_IMPORT_BIT != 0 { Callee::Import(ImportId(index)) } else { Callee::Func(FuncId(index)) })
}

/// An optional callee: a presence byte (0 or 1), then the callee.
pub(super) fn opt_callee(r: &mut Reader) -> Result<Option<Callee>> {
    let start = r.pos();
    match r.u8("any hook tag")? {
        0 => Ok(None),
        1 => callee(r).map(Some),
        tag => error_at(start, format!("bad any hook tag {tag} (0 or 1)")),
    }
}

fn src_loc(r: &mut Reader) -> Result<SrcLoc> {
    let start = r.pos();
    match r.u8("source position tag")? {
        loc_tag::NONE => Ok(SrcLoc::None),
        loc_tag::LINE => {
            let file = FileId(r.u32("file")?);
            Ok(SrcLoc::Line { file, line: r.u32("line")?, col: r.u32("column")? })
        }
        loc_tag::OFFSET => Ok(SrcLoc::Offset { file: FileId(r.u32("file")?), offset: r.u32("offset")? }),
        loc_tag::ADDR => Ok(SrcLoc::Addr(r.varint("address")?)),
        tag => error_at(start, format!("unknown source position tag {tag}")),
    }
}
