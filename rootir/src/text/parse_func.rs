//! Functions: the header, the `regs` line and the numbered blocks.

use super::error::Error;
use super::lexer::Kind;
use super::parse_inst::{FuncCtx, parse_inst};
use super::parser::{Parser, check_count, numbered};
use super::symbols::Refs;
use super::{MAX_ITEMS, MAX_REGS};
use crate::{BlockData, FuncType, Function, Type};

/// `func @NAME(r0: T, ...) -> RESULTS { [regs ...] b0: ... }`
pub(super) fn parse_func(p: &mut Parser<'_>, refs: &mut Refs) -> Result<Function, Error> {
    p.expect_word("func")?;
    let name = p.func_name()?;
    let params = parse_params(p)?;
    let results = p.results()?;
    p.expect(Kind::LBrace, "`{`")?;
    let mut regs = params.clone();
    if p.eat_word("regs")? {
        parse_regs(p, &mut regs)?;
    }
    let mut cx = FuncCtx { nregs: regs.len(), max_block: None, refs };
    let blocks = parse_blocks(p, &mut cx)?;
    if let Some((n, pos)) = cx.max_block.filter(|&(n, _)| n >= blocks.len() as u64) {
        return Err(Error::new(pos, format!("block `b{n}` is not defined")));
    }
    Ok(Function { name, sig: FuncType { params, results }, regs, blocks })
}

/// `(r0: T, r1: T, ...)`: parameters numbered from r0 in order.
fn parse_params(p: &mut Parser<'_>) -> Result<Vec<Type>, Error> {
    p.expect(Kind::LParen, "`(`")?;
    let mut params = Vec::new();
    if p.eat(Kind::RParen)? {
        return Ok(params);
    }
    loop {
        params.push(parse_reg_decl(p, params.len(), "parameters")?);
        if p.eat(Kind::RParen)? {
            return Ok(params);
        }
        p.expect(Kind::Comma, "`,` or `)`")?;
    }
}

/// `regs rN: T, ...` (after the keyword): the registers after the parameters, without gaps.
fn parse_regs(p: &mut Parser<'_>, regs: &mut Vec<Type>) -> Result<(), Error> {
    loop {
        let ty = parse_reg_decl(p, regs.len(), "registers")?;
        regs.push(ty);
        if !p.eat(Kind::Comma)? {
            return Ok(());
        }
    }
}

/// `rN: T` where `N` must be `next`.
fn parse_reg_decl(p: &mut Parser<'_>, next: usize, what: &str) -> Result<Type, Error> {
    let (n, pos) = p.numbered('r', "a register (`r0`)")?;
    check_count(next, MAX_REGS, "registers in a function", pos)?;
    if n != next as u64 {
        return Err(Error::new(pos, format!("expected `r{next}` here ({what} are numbered in order without gaps)")));
    }
    p.expect(Kind::Colon, "`:`")?;
    p.ty()
}

/// Blocks (`bN:` or `bN handler bM:`) up to and including the closing `}`.
fn parse_blocks(p: &mut Parser<'_>, cx: &mut FuncCtx<'_>) -> Result<Vec<BlockData>, Error> {
    let mut blocks = Vec::new();
    while !p.eat(Kind::RBrace)? {
        if numbered(p.tok(), 'b').is_none() {
            return Err(p.expected(&format!("block label `b{}:` or `}}`", blocks.len())));
        }
        let (n, pos) = p.numbered('b', "a block label")?;
        check_count(blocks.len(), MAX_ITEMS, "blocks in a function", pos)?;
        if n != blocks.len() as u64 {
            let msg = format!("expected block `b{}` here (blocks are numbered in order from b0)", blocks.len());
            return Err(Error::new(pos, msg));
        }
        let handler = if p.eat_word("handler")? { Some(cx.block(p)?) } else { None };
        p.expect(Kind::Colon, "`:` after the block label")?;
        let mut insts = Vec::new();
        while !p.at(Kind::RBrace) && !p.at(Kind::Eof) && numbered(p.tok(), 'b').is_none() {
            insts.push(parse_inst(p, cx)?);
        }
        blocks.push(BlockData { insts, handler });
    }
    Ok(blocks)
}
