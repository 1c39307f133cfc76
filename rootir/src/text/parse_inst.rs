//! Instructions: results, mnemonic, operands by [`Format`], and a source position.

use super::MAX_ITEMS;
use super::error::Error;
use super::lexer::Kind;
use super::parser::{Parser, check_count, numbered};
use super::symbols::{Member, Refs};
use crate::{
    Block, Callee, ClassId, FieldRef, FileId, Format, FuncId, GlobalId, Inst, InstData, MethodRef, Opcode, Reg, SrcLoc,
};

/// What an instruction may refer to in its function and module.
pub(super) struct FuncCtx<'r> {
    /// Registers declared (parameters included).
    pub nregs: usize,
    /// The highest block number used as a target, and where.
    pub max_block: Option<(u64, usize)>,
    /// The module's forward references.
    pub refs: &'r mut Refs,
}

/// How many result registers an instruction format takes.
enum Arity {
    None,
    One,
    Any,
}

fn arity(format: Format) -> Arity {
    match format {
        Format::Call | Format::CallIndirect | Format::CallMethod | Format::CallClosure => Arity::Any,
        Format::Jump
        | Format::Branch
        | Format::Switch
        | Format::Return
        | Format::GlobalSet
        | Format::Store
        | Format::Ternary
        | Format::Quinary
        | Format::FieldSet
        | Format::Unreachable
        | Format::Throw => Arity::None,
        _ => Arity::One,
    }
}

/// `[results =] mnemonic operands [at LOC]`
pub(super) fn parse_inst(p: &mut Parser<'_>, cx: &mut FuncCtx<'_>) -> Result<Inst, Error> {
    let start = p.pos();
    check_count(cx.refs.insts, MAX_ITEMS, "instructions in a module", start)?;
    cx.refs.insts += 1;
    let results = if numbered(p.tok(), 'r').is_some() { parse_results(p, cx)? } else { Vec::new() };
    let op_pos = p.pos();
    let op = parse_opcode(p)?;
    check_arity(op, results.len(), start, op_pos)?;
    let data = parse_operands(p, cx, op, results)?;
    let loc = parse_loc(p, cx)?;
    Ok(Inst { data, loc })
}

/// `rA, rB =`
fn parse_results(p: &mut Parser<'_>, cx: &mut FuncCtx<'_>) -> Result<Vec<Reg>, Error> {
    let results = cx.reg_list(p)?;
    p.expect(Kind::Eq, "`=`")?;
    Ok(results)
}

/// A mnemonic: identifiers joined by `.` (`i32.add`, `global.get`), looked up in the opcode table.
fn parse_opcode(p: &mut Parser<'_>) -> Result<Opcode, Error> {
    let first = p.expect(Kind::Ident, "an instruction")?;
    let mut name = first.text.to_string();
    while p.eat(Kind::Dot)? {
        name.push('.');
        name.push_str(p.expect(Kind::Ident, "the rest of the opcode name")?.text);
    }
    Opcode::from_name(&name)
        .ok_or_else(|| Error::new(first.pos, format!("unknown opcode `{}`", super::lexer::shorten(&name))))
}

fn check_arity(op: Opcode, n: usize, start: usize, op_pos: usize) -> Result<(), Error> {
    match (arity(op.format()), n) {
        (Arity::None, 1..) => Err(Error::new(start, format!("`{op}` has no result"))),
        (Arity::One, 0) => Err(Error::new(op_pos, format!("`{op}` needs a result register (`rN = {op} ...`)"))),
        (Arity::One, 2..) => Err(Error::new(start, format!("`{op}` has one result"))),
        _ => Ok(()),
    }
}

/// The operands of `op`, laid out by its format.
fn parse_operands(p: &mut Parser<'_>, cx: &mut FuncCtx<'_>, op: Opcode, results: Vec<Reg>) -> Result<InstData, Error> {
    let dst = results.first().copied().unwrap_or(Reg(0));
    Ok(match op.format() {
        Format::Const => {
            let ty = op.typing().and_then(|t| t.output).ok_or_else(|| Error::new(p.pos(), "no immediate type"))?;
            InstData::Const { op, dst, bits: p.literal(ty)? }
        }
        Format::Unary => InstData::Unary { op, dst, arg: cx.reg(p)? },
        Format::Binary => {
            let lhs = cx.reg(p)?;
            InstData::Binary { op, dst, lhs, rhs: cx.comma_reg(p)? }
        }
        Format::Mov => InstData::Mov { dst, src: cx.reg(p)? },
        Format::Select => {
            let cond = cx.reg(p)?;
            let if_true = cx.comma_reg(p)?;
            InstData::Select { dst, cond, if_true, if_false: cx.comma_reg(p)? }
        }
        Format::Jump => InstData::Jump { target: cx.block(p)? },
        Format::Branch => {
            let cond = cx.reg(p)?;
            let if_true = cx.comma_block(p)?;
            InstData::Branch { cond, if_true, if_false: cx.comma_block(p)? }
        }
        Format::Switch => parse_switch(p, cx)?,
        Format::Call => {
            let pos = p.pos();
            let sym = cx.refs.callees.intern(p.func_name()?, pos)?;
            InstData::Call { results, callee: Callee::Func(FuncId(sym)), args: cx.args(p)? }
        }
        Format::CallIndirect => {
            let sig = p.sig()?;
            let addr = cx.reg(p)?;
            InstData::CallIndirect { results, sig, addr, args: cx.args(p)? }
        }
        Format::CallClosure => {
            let sig = p.sig()?;
            let closure = cx.reg(p)?;
            InstData::CallClosure { results, sig, closure, args: cx.args(p)? }
        }
        Format::Return => {
            let values = if numbered(p.tok(), 'r').is_some() && !p.at_result_list() { cx.reg_list(p)? } else { vec![] };
            InstData::Return { values }
        }
        Format::GlobalGet => InstData::GlobalGet { dst, global: cx.global(p)? },
        Format::GlobalSet => {
            let global = cx.global(p)?;
            InstData::GlobalSet { global, src: cx.comma_reg(p)? }
        }
        Format::FuncAddr => {
            let pos = p.pos();
            InstData::FuncAddr { dst, func: FuncId(cx.refs.locals.intern(p.func_name()?, pos)?) }
        }
        Format::Load => {
            let (addr, offset) = parse_address(p, cx)?;
            InstData::Load { op, dst, addr, offset }
        }
        Format::Store => {
            let (addr, offset) = parse_address(p, cx)?;
            InstData::Store { op, addr, offset, src: cx.comma_reg(p)? }
        }
        Format::MemorySize => InstData::MemorySize { dst },
        Format::Unreachable => InstData::Unreachable,
        Format::Nullary => InstData::Nullary { op, dst },
        Format::Ternary => {
            let a = cx.reg(p)?;
            let b = cx.comma_reg(p)?;
            InstData::Ternary { op, args: [a, b, cx.comma_reg(p)?] }
        }
        Format::Quinary => {
            let a = cx.reg(p)?;
            let (b, c, d) = (cx.comma_reg(p)?, cx.comma_reg(p)?, cx.comma_reg(p)?);
            InstData::Quinary { op, args: [a, b, c, d, cx.comma_reg(p)?] }
        }
        Format::StrConst => {
            let (n, pos) = p.numbered('c', "a constant (`c0`)")?;
            let constant = u32::try_from(n).map_err(|_| Error::new(pos, format!("constant `c{n}` is not declared")))?;
            InstData::StrConst { op, dst, constant }
        }
        Format::New => InstData::New { dst, class: cx.class(p)? },
        Format::ClassTest => {
            let class = cx.class(p)?;
            InstData::ClassTest { op, dst, class, arg: cx.comma_reg(p)? }
        }
        Format::FieldGet => {
            let (class, field) = cx.member(p, false)?;
            InstData::FieldGet { dst, field: FieldRef { class, field }, obj: cx.comma_reg(p)? }
        }
        Format::FieldSet => {
            let (class, field) = cx.member(p, false)?;
            let obj = cx.comma_reg(p)?;
            InstData::FieldSet { field: FieldRef { class, field }, obj, src: cx.comma_reg(p)? }
        }
        Format::CallMethod => {
            let (class, method) = cx.member(p, true)?;
            InstData::CallMethod { op, results, method: MethodRef { class, method }, args: cx.args(p)? }
        }
        Format::Throw => InstData::Throw { src: cx.reg(p)? },
        Format::Catch => InstData::Catch { dst },
    })
}

/// `index, [b1, b2], default`
fn parse_switch(p: &mut Parser<'_>, cx: &mut FuncCtx<'_>) -> Result<InstData, Error> {
    let index = cx.reg(p)?;
    p.expect(Kind::Comma, "`,`")?;
    p.expect(Kind::LBracket, "`[`")?;
    let mut targets = Vec::new();
    if !p.eat(Kind::RBracket)? {
        loop {
            check_count(targets.len(), MAX_ITEMS, "switch targets", p.pos())?;
            targets.push(cx.block(p)?);
            if p.eat(Kind::RBracket)? {
                break;
            }
            p.expect(Kind::Comma, "`,` or `]`")?;
        }
    }
    Ok(InstData::Switch { index, targets, default: cx.comma_block(p)? })
}

/// `[rA]` or `[rA + OFFSET]`
fn parse_address(p: &mut Parser<'_>, cx: &mut FuncCtx<'_>) -> Result<(Reg, u32), Error> {
    p.expect(Kind::LBracket, "`[`")?;
    let addr = cx.reg(p)?;
    let offset = if p.eat(Kind::Plus)? { p.uint(u32::MAX as u64, "an offset (u32)")? as u32 } else { 0 };
    p.expect(Kind::RBracket, "`]`")?;
    Ok((addr, offset))
}

/// `at fN:LINE:COL`, `at fN+OFFSET` or `at ADDRESS`, or nothing.
fn parse_loc(p: &mut Parser<'_>, cx: &mut FuncCtx<'_>) -> Result<SrcLoc, Error> {
    if !p.eat_word("at")? {
        return Ok(SrcLoc::None);
    }
    if p.at(Kind::Number) {
        return Ok(SrcLoc::Addr(p.uint(u64::MAX, "an address")?));
    }
    let (n, pos) = p.numbered('f', "a source position (`f0:LINE:COL`, `f0+0xOFFSET` or `0xADDRESS`)")?;
    let file = u32::try_from(n).map(FileId).map_err(|_| Error::new(pos, format!("file `f{n}` is not declared")))?;
    cx.refs.use_file(n, pos);
    if p.eat(Kind::Plus)? {
        return Ok(SrcLoc::Offset { file, offset: p.uint(u32::MAX as u64, "an offset (u32)")? as u32 });
    }
    p.expect(Kind::Colon, "`:` or `+`")?;
    let line = p.uint(u32::MAX as u64, "a line number")? as u32;
    p.expect(Kind::Colon, "`:`")?;
    let col = p.uint(u32::MAX as u64, "a column number")? as u32;
    Ok(SrcLoc::Line { file, line, col })
}

impl FuncCtx<'_> {
    /// A declared register.
    fn reg(&mut self, p: &mut Parser<'_>) -> Result<Reg, Error> {
        let (n, pos) = p.numbered('r', "a register")?;
        if n >= self.nregs as u64 {
            let declared = match self.nregs {
                0 => "the function declares no registers".to_string(),
                k => format!("registers are r0..r{}", k - 1),
            };
            return Err(Error::new(pos, format!("register `r{n}` is not declared ({declared})")));
        }
        Ok(Reg(n as u32))
    }

    /// `, rN`
    fn comma_reg(&mut self, p: &mut Parser<'_>) -> Result<Reg, Error> {
        p.expect(Kind::Comma, "`,`")?;
        self.reg(p)
    }

    /// `rA, rB, ...` (at least one).
    fn reg_list(&mut self, p: &mut Parser<'_>) -> Result<Vec<Reg>, Error> {
        let mut regs = vec![self.reg(p)?];
        while p.eat(Kind::Comma)? {
            check_count(regs.len(), MAX_ITEMS, "registers in a list", p.pos())?;
            regs.push(self.reg(p)?);
        }
        Ok(regs)
    }

    /// `(rA, rB, ...)`, possibly empty.
    fn args(&mut self, p: &mut Parser<'_>) -> Result<Vec<Reg>, Error> {
        p.expect(Kind::LParen, "`(`")?;
        if p.eat(Kind::RParen)? {
            return Ok(Vec::new());
        }
        let args = self.reg_list(p)?;
        p.expect(Kind::RParen, "`,` or `)`")?;
        Ok(args)
    }

    /// A block target; checked against the blocks defined when the function ends.
    pub(super) fn block(&mut self, p: &mut Parser<'_>) -> Result<Block, Error> {
        let (n, pos) = p.numbered('b', "a block")?;
        if n >= MAX_ITEMS as u64 {
            return Err(Error::new(pos, format!("block `b{n}` is not defined")));
        }
        if self.max_block.is_none_or(|(max, _)| n > max) {
            self.max_block = Some((n, pos));
        }
        Ok(Block(n as u32))
    }

    /// `, bN`
    fn comma_block(&mut self, p: &mut Parser<'_>) -> Result<Block, Error> {
        p.expect(Kind::Comma, "`,`")?;
        self.block(p)
    }

    /// A class name, as a symbol resolved when the module ends.
    fn class(&mut self, p: &mut Parser<'_>) -> Result<ClassId, Error> {
        class_ref(p, self.refs)
    }

    /// `Class.member`, as the class's symbol and a member entry resolved when the module ends.
    fn member(&mut self, p: &mut Parser<'_>, is_method: bool) -> Result<(ClassId, u32), Error> {
        let class = self.class(p)?;
        p.expect(Kind::Dot, "`.` and a member name (`Class.member`)")?;
        let pos = p.pos();
        let name = p.name(if is_method { "a method name" } else { "a field name" })?;
        check_count(self.refs.members.len(), MAX_ITEMS, "member references", pos)?;
        let index = self.refs.members.len() as u32;
        self.refs.members.push(Member { class: class.0, name, is_method, pos });
        Ok((class, index))
    }

    /// `$g`, as a symbol resolved when the module ends.
    fn global(&mut self, p: &mut Parser<'_>) -> Result<GlobalId, Error> {
        let pos = p.pos();
        let name = p.global_name()?;
        Ok(GlobalId(self.refs.globals.intern(name, pos)?))
    }
}

/// A class name, as a symbol of `refs.classes` resolved when the module ends.
pub(super) fn class_ref(p: &mut Parser<'_>, refs: &mut Refs) -> Result<ClassId, Error> {
    let pos = p.pos();
    let name = p.name("a class name")?;
    Ok(ClassId(refs.classes.intern(name, pos)?))
}
