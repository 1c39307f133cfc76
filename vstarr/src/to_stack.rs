//! Register → stack: a verified `rootir::Function` back into a [`StackFunction`], for
//! emitters that write stack bytecode (a JVM class writer, ...).
//!
//! Registers become locals of the same number and type. Each instruction becomes loads of
//! its operands, the operation ([`crate::operation::of_inst`]), and stores of its results
//! (the last first). A peephole then keeps a
//! value on the stack instead of storing and reloading it: a `store r` immediately followed
//! by `load r`, where `r` is not read again before it is written or the block ends (and is
//! not live out of the block), is deleted. That covers every expression tree whose
//! intermediate results feed the *first* operand(s) of the next instruction, which is how
//! [`crate::translate`] orders its output; the stack form stays empty at block boundaries.
//!
//! Every instruction of a verified function converts; malformed input (a callee that does
//! not exist, an ill-typed operation) is an [`Error`] naming the function, block and
//! instruction.

use crate::error::Error;
use crate::operation::{Attr, ModuleEnv, split};
use crate::stack::{Handler, Imm, StackFunction, StackInst};
use rootir::{Block, Function, InstData, Module, Opcode, Reg, Type};
use std::collections::{HashMap, HashSet};

/// An instruction before layout: branch targets are label numbers (block `b` is label `b`).
#[derive(Clone, Debug, PartialEq)]
enum Item {
    Inst(StackInst),
    Label(u32),
}

/// Translates `func`, a function of `module` (calls take their signatures from it), into
/// stack form.
pub fn to_stack(module: &Module, func: &Function) -> Result<StackFunction, Error> {
    let nparams = func.sig.params.len();
    if func.regs.len() < nparams || func.regs[..nparams] != func.sig.params[..] {
        return Err(Error::func(&func.name, "the first registers must be the parameters"));
    }
    if func.blocks.is_empty() {
        return Err(Error::func(&func.name, "no blocks"));
    }
    let mut w = Writer { func, module, items: Vec::new(), segments: Vec::new() };
    for b in 0..func.blocks.len() {
        let start = w.items.len();
        w.items.push(Item::Label(label(b)));
        w.block(b)?;
        w.segments.push((start, w.items.len()));
    }
    let live_out = live_out(func);
    let handler_reads = handler_reads(func, &live_out);
    let items = peephole(w.items, &w.segments, &live_out, &handler_reads);
    let (code, at) = layout(items);
    let handlers = handler_table(func, &at, code.len());
    let mut out = StackFunction {
        name: func.name.clone(),
        sig: func.sig.clone(),
        locals: func.regs.clone(),
        max_stack: crate::cfg::MAX_SLOTS as u32,
        code,
        unit: None,
        handlers,
    };
    out.max_stack = max_height(&out, module)?;
    Ok(out)
}

fn label(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// The label of a branch target (an out-of-range block gets none, so layout rejects it).
fn target(func: &Function, b: Block) -> u32 {
    if b.index() < func.blocks.len() { label(b.index()) } else { u32::MAX }
}

struct Writer<'a> {
    func: &'a Function,
    module: &'a Module,
    items: Vec<Item>,
    /// The item range of each register block.
    segments: Vec<(usize, usize)>,
}

impl Writer<'_> {
    fn emit(&mut self, inst: StackInst) {
        self.items.push(Item::Inst(inst));
    }

    fn load(&mut self, regs: &[Reg]) {
        for r in regs {
            self.emit(StackInst::Load(r.0));
        }
    }

    fn target(&self, b: Block) -> u32 {
        target(self.func, b)
    }

    fn block(&mut self, b: usize) -> Result<(), Error> {
        let insts = &self.func.blocks[b].insts;
        let next = Block::new(b + 1);
        for (i, inst) in insts.iter().enumerate() {
            let unsupported = || {
                let msg = format!("b{b} instruction {i}: {} is not supported in stack form", inst.data.opcode());
                Error::func(&self.func.name, msg)
            };
            match &inst.data {
                InstData::Const { op, dst, bits } if const_type(*op).is_some() => {
                    let ty = const_type(*op).ok_or_else(unsupported)?;
                    self.emit(StackInst::Push(Imm { ty, bits: *bits }));
                    self.emit(StackInst::Store(dst.0));
                }
                InstData::Mov { dst, src } => {
                    self.load(&[*src]);
                    self.emit(StackInst::Store(dst.0));
                }
                // A handler is entered with the exception on the stack.
                InstData::Catch { dst } => self.emit(StackInst::Store(dst.0)),
                InstData::Jump { target } => {
                    if *target != next {
                        self.emit(StackInst::Jump(self.target(*target)));
                    }
                }
                InstData::Branch { cond, if_true, if_false } => {
                    self.load(&[*cond]);
                    self.emit(StackInst::BranchIf(self.target(*if_true)));
                    if *if_false != next {
                        self.emit(StackInst::Jump(self.target(*if_false)));
                    }
                }
                InstData::Switch { index, targets, default } => {
                    self.load(&[*index]);
                    let targets = targets.iter().map(|&t| self.target(t)).collect();
                    self.emit(StackInst::Switch { targets, default: self.target(*default) });
                }
                InstData::Return { values } => {
                    self.load(values);
                    self.emit(StackInst::Return);
                }
                data => {
                    let (operation, uses, defs) = split(inst).ok_or_else(unsupported)?;
                    self.load(&uses);
                    self.emit(match (&operation.attr, data) {
                        (Attr::None, _) => StackInst::Op(operation.op),
                        (Attr::Callee(callee), InstData::Call { .. }) => StackInst::Call {
                            callee: *callee,
                            sig: self.module.callee_sig(*callee).ok_or_else(unsupported)?,
                        },
                        _ => StackInst::Inst(operation),
                    });
                    for r in defs.iter().rev() {
                        self.emit(StackInst::Store(r.0));
                    }
                }
            }
        }
        // A verified block ends in a terminator; a last block that falls off is caught by
        // the stack form's own checks (`max_height`).
        Ok(())
    }
}

/// The type of a `*.const` opcode.
fn const_type(op: Opcode) -> Option<Type> {
    match op {
        Opcode::I32Const => Some(Type::I32),
        Opcode::I64Const => Some(Type::I64),
        Opcode::F32Const => Some(Type::F32),
        Opcode::F64Const => Some(Type::F64),
        _ => None,
    }
}

/// Registers live at the end of each block of `func`. A block's handler counts as a successor,
/// and what the handler reads is also live into the block (an exception may leave it before any
/// of its writes): [`peephole`] must never drop a store a handler can observe.
fn live_out(func: &Function) -> Vec<HashSet<u32>> {
    let n = func.blocks.len();
    let mut live_in: Vec<HashSet<u32>> = vec![HashSet::new(); n];
    let mut out: Vec<HashSet<u32>> = vec![HashSet::new(); n];
    let mut changed = true;
    while changed {
        changed = false;
        for b in (0..n).rev() {
            let insts = &func.blocks[b].insts;
            let mut o = HashSet::new();
            let handler = func.blocks[b].handler;
            for s in insts.last().map(|i| i.data.successors()).unwrap_or_default().into_iter().chain(handler) {
                if let Some(l) = live_in.get(s.index()) {
                    o.extend(l.iter().copied());
                }
            }
            let mut live = o.clone();
            for inst in insts.iter().rev() {
                for d in inst.data.defs() {
                    live.remove(&d.0);
                }
                live.extend(inst.data.uses().iter().map(|r| r.0));
            }
            if let Some(l) = handler.and_then(|h| live_in.get(h.index())) {
                live.extend(l.iter().copied());
            }
            if live != live_in[b] || o != out[b] {
                live_in[b] = live;
                out[b] = o;
                changed = true;
            }
        }
    }
    out
}

/// For each block with a handler, the registers live into the handler (a subset of the block's
/// live-out, see [`live_out`]); empty for the others.
fn handler_reads(func: &Function, live_out: &[HashSet<u32>]) -> Vec<HashSet<u32>> {
    let live_in_of = |h: rootir::Block| -> HashSet<u32> {
        // The handler starts with `catch`; every other register it reads is live into it.
        let mut live = live_out[h.index()].clone();
        for inst in func.blocks[h.index()].insts.iter().rev() {
            for d in inst.data.defs() {
                live.remove(&d.0);
            }
            live.extend(inst.data.uses().iter().map(|r| r.0));
        }
        live
    };
    func.blocks.iter().map(|b| b.handler.map(live_in_of).unwrap_or_default()).collect()
}

/// Deletes `store r; load r` pairs where `r` is dead after the load (see the module docs); a
/// register the block's handler reads is never dead inside the block.
fn peephole(
    items: Vec<Item>,
    segments: &[(usize, usize)],
    live_out: &[HashSet<u32>],
    handler_reads: &[HashSet<u32>],
) -> Vec<Item> {
    let mut keep = vec![true; items.len()];
    for (b, &(start, end)) in segments.iter().enumerate() {
        for i in start..end.saturating_sub(1) {
            let (Item::Inst(StackInst::Store(r)), Item::Inst(StackInst::Load(l))) = (&items[i], &items[i + 1]) else {
                continue;
            };
            if r != l || !keep[i] || handler_reads[b].contains(r) {
                continue;
            }
            let mut dead = None;
            for item in &items[i + 2..end] {
                match item {
                    Item::Inst(StackInst::Load(x)) if x == r => dead = Some(false),
                    Item::Inst(StackInst::Store(x)) if x == r => dead = Some(true),
                    _ => {}
                }
                if dead.is_some() {
                    break;
                }
            }
            if dead.unwrap_or_else(|| !live_out[b].contains(r)) {
                keep[i] = false;
                keep[i + 1] = false;
            }
        }
    }
    items.into_iter().zip(keep).filter_map(|(item, k)| k.then_some(item)).collect()
}

/// Assigns instruction indices and resolves labels.
fn layout(items: Vec<Item>) -> (Vec<StackInst>, HashMap<u32, u32>) {
    let mut at = HashMap::new();
    let mut n = 0u32;
    for item in &items {
        match item {
            Item::Label(l) => {
                at.insert(*l, n);
            }
            Item::Inst(_) => n += 1,
        }
    }
    let resolve = |l: &mut u32| *l = at.get(l).copied().unwrap_or(u32::MAX);
    let code = items
        .into_iter()
        .filter_map(|item| match item {
            Item::Label(_) => None,
            Item::Inst(mut inst) => {
                match &mut inst {
                    StackInst::Jump(t) | StackInst::BranchIf(t) => resolve(t),
                    StackInst::Switch { targets, default } => {
                        targets.iter_mut().for_each(resolve);
                        resolve(default);
                    }
                    _ => {}
                }
                Some(inst)
            }
        })
        .collect();
    (code, at)
}

/// The handler table: the stack code of each register block with a handler protected by the
/// stack code of its handler block (which starts by storing the exception: `catch`). Adjacent
/// ranges with the same handler are one entry.
fn handler_table(func: &Function, at: &HashMap<u32, u32>, len: usize) -> Vec<Handler> {
    let start_of = |b: usize| at.get(&label(b)).copied().unwrap_or(label(len));
    let mut out: Vec<Handler> = Vec::new();
    for (b, block) in func.blocks.iter().enumerate() {
        let Some(h) = block.handler else { continue };
        let (start, end, handler) = (start_of(b), start_of(b + 1), start_of(h.index()));
        if start >= end {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.end == start && last.handler == handler => last.end = end,
            _ => out.push(Handler { start, end, handler }),
        }
    }
    out
}

/// The greatest operand stack height `func` reaches (its code checked with the CFG's rules).
pub fn max_height(func: &StackFunction, env: &dyn ModuleEnv) -> Result<u32, Error> {
    let mut f = func.clone();
    f.max_stack = crate::cfg::MAX_SLOTS as u32;
    let cfg = crate::cfg::Cfg::build(&f, env)?;
    let mut max = 0;
    for block in &cfg.blocks {
        let mut stack = block.entry_stack.clone();
        max = max.max(stack.len());
        for o in block.start..block.end {
            crate::cfg::apply(&f, env, &f.code[o as usize], &mut stack).map_err(|m| Error::at(&f.name, o, m))?;
            max = max.max(stack.len());
        }
    }
    Ok(label(max))
}
