//! `__rootvm_dispatch(target, PARAMS...)`: the function indirect calls go through. It calls the
//! lifted function at address `target` with that function's own parameters and returns every
//! result register; an address that is no lifted function traps.
//!
//! The address picks a bucket of [`BUCKET`] bytes through one `br_table` (over the span from
//! the lowest to the highest function address); a bucket's block compares the address with
//! the (few) functions starting in it. A call thus costs a range check, a switch and one or
//! two compares, whatever the number of functions.

use super::emit::{Emitter, Label, TEMPS};
use super::{Ctx, PARAMS, RESULTS, params_of, results_of, sig_of};
use crate::elf::FuncSym;
use rootir::{Callee, FuncId, Opcode, Type};
use vstarr::native::{Loc, NativeFunction, NativeInst};

/// Bytes of code one switch entry covers (gcc aligns functions to 16 from -O2 on).
const BUCKET: u64 = 16;
/// The most switch entries: a wider span takes larger buckets.
const MAX_ENTRIES: u64 = 1 << 14;

/// The dispatcher over `funcs` (function `k` has id `k`).
pub fn dispatcher(funcs: &[FuncSym], ctx: &Ctx<'_>) -> Result<NativeFunction, String> {
    let target = Loc::Temp(TEMPS.len() as u32);
    let offset = Loc::Temp(TEMPS.len() as u32 + 1);
    let mut temps = TEMPS.to_vec();
    temps.extend([Type::I64, Type::I64]);
    let mut params = vec![target];
    params.extend(PARAMS);
    let mut e = Emitter::new();
    let trap = e.label();
    let (Some(lo), Some(hi)) = (funcs.iter().map(|f| f.addr).min(), funcs.iter().map(|f| f.addr).max()) else {
        e.bind(trap);
        e.i(NativeInst::Trap);
        return finish(e, params, temps);
    };
    let mut bucket = BUCKET;
    while (hi - lo) / bucket >= MAX_ENTRIES {
        bucket *= 2;
    }
    let entries = ((hi - lo) / bucket + 1) as usize;
    // offset = target - lo; beyond the span (also below lo, which wraps) traps.
    e.rd(target);
    e.c64(lo as i64);
    e.op(Opcode::I64Sub);
    e.wr(offset);
    e.rd(offset);
    e.c64((hi - lo) as i64);
    e.op(Opcode::I64GtU);
    e.branch_if(trap);
    e.rd(offset);
    e.c64(bucket.trailing_zeros() as i64);
    e.op(Opcode::I64ShrU);
    e.op(Opcode::I32WrapI64);
    let calls: Vec<Label> = funcs.iter().map(|_| e.label()).collect();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); entries];
    for (k, f) in funcs.iter().enumerate() {
        members[((f.addr - lo) / bucket) as usize].push(k);
    }
    let blocks: Vec<Label> = members.iter().map(|m| if m.is_empty() { trap } else { e.label() }).collect();
    e.i(NativeInst::Switch { targets: blocks.clone(), default: trap });
    for (m, &block) in members.iter().zip(&blocks) {
        if m.is_empty() {
            continue;
        }
        e.bind(block);
        for &k in m {
            e.rd(target);
            e.c64(funcs[k].addr as i64);
            e.op(Opcode::I64Eq);
            e.branch_if(calls[k]);
        }
        e.jump(trap);
    }
    e.bind(trap);
    e.i(NativeInst::Trap);
    for (k, f) in funcs.iter().enumerate() {
        e.bind(calls[k]);
        let shape = ctx.shape(f.addr);
        for p in params_of(shape.params) {
            e.rd(p);
        }
        e.i(NativeInst::Call { callee: Callee::Func(FuncId::new(k)), sig: sig_of(shape) });
        for r in results_of(shape.results).iter().rev() {
            e.wr(*r);
        }
        e.i(NativeInst::Return);
    }
    finish(e, params, temps)
}

fn finish(e: Emitter, params: Vec<Loc>, temps: Vec<Type>) -> Result<NativeFunction, String> {
    let code = e.finish()?;
    Ok(NativeFunction { name: "__rootvm_dispatch".into(), params, results: RESULTS.to_vec(), temps, code, unit: None })
}
