//! The control-flow graph of a stack function: basic blocks, edges (a petgraph graph),
//! unreachable code removed, and the operand stack's height and types at every block
//! entry, inferred by dataflow and checked at every join.

use crate::error::Error;
use crate::operation::{ModuleEnv, inst_signature};
use crate::stack::{StackFunction, StackInst};
use petgraph::graph::{DiGraph, NodeIndex};
use rootir::Type;

/// Most instructions a stack function may have.
pub const MAX_CODE: usize = 1 << 20;
/// Most locals, and the largest `max_stack`, a stack function may have.
pub const MAX_SLOTS: usize = 65_535;

/// The kind of a control-flow edge.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum EdgeKind {
    /// A jump, a branch, a switch case or a fall-through.
    Normal,
    /// From a block in a protected range to its handler, entered with the exception alone on
    /// the stack.
    Exception,
}

/// A basic block: the instructions `start..end` of the stack function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BasicBlock {
    /// Index of the first instruction.
    pub start: u32,
    /// Index one past the last instruction.
    pub end: u32,
    /// Types of the operand stack on entry, bottom first.
    pub entry_stack: Vec<Type>,
    /// Distinct successor blocks, in the order the terminator names them.
    pub succs: Vec<usize>,
    /// Distinct predecessor blocks by normal edges, in block order.
    pub preds: Vec<usize>,
    /// The block an exception raised here continues at (every instruction of a block has
    /// the same handler: blocks are split at range boundaries).
    pub handler: Option<usize>,
    /// Whether some block's handler starts here (entered with `[ref]`).
    pub is_handler: bool,
}

/// The control-flow graph of the reachable code. Block 0 starts at instruction 0; blocks are
/// in instruction order; node `i` of [`Cfg::graph`] is block `i`.
#[derive(Clone, Debug)]
pub struct Cfg {
    /// The reachable blocks.
    pub blocks: Vec<BasicBlock>,
    /// The same blocks and their edges as a petgraph graph (weights: block indices).
    pub graph: DiGraph<usize, EdgeKind>,
}

impl Cfg {
    /// Builds the CFG of `func`, checking its header, every instruction reachable from the
    /// entry, and that stack heights and types agree at every join. Operations naming
    /// module entities are typed by `env`.
    pub fn build(func: &StackFunction, env: &dyn ModuleEnv) -> Result<Cfg, Error> {
        check_header(func)?;
        let len = func.code.len();
        let mut is_leader = vec![false; len];
        is_leader[0] = true;
        for h in &func.handlers {
            let bad = h.start >= h.end || h.end as usize > len || h.handler as usize >= len;
            if bad {
                let msg = format!("handler entry {}..{} → {} is out of range or empty", h.start, h.end, h.handler);
                return Err(Error::func(&func.name, msg));
            }
            for i in [h.start as usize, h.end as usize, h.handler as usize] {
                if let Some(slot) = is_leader.get_mut(i) {
                    *slot = true;
                }
            }
        }
        for (i, inst) in func.code.iter().enumerate() {
            for t in inst.targets() {
                match is_leader.get_mut(t as usize) {
                    Some(slot) => *slot = true,
                    None => return Err(Error::at(&func.name, offset(i), format!("branch to {t}, past the end"))),
                }
            }
            let splits = inst.ends_flow() || matches!(inst, StackInst::BranchIf(_));
            if splits && i + 1 < len {
                is_leader[i + 1] = true;
            }
        }
        let starts: Vec<usize> = (0..len).filter(|&i| is_leader[i]).collect();
        let mut block_of = vec![usize::MAX; len];
        for (b, &s) in starts.iter().enumerate() {
            block_of[s] = b;
        }
        let end_of = |b: usize| starts.get(b + 1).copied().unwrap_or(len);
        let handler_of: Vec<Option<usize>> =
            starts.iter().map(|&s| func.handler_of(offset(s)).map(|h| block_of[h as usize])).collect();

        // Dataflow over stack types: every block is entered with one fixed stack.
        let mut entry: Vec<Option<Vec<Type>>> = vec![None; starts.len()];
        let mut succs: Vec<Vec<usize>> = vec![Vec::new(); starts.len()];
        entry[0] = Some(Vec::new());
        let mut work = vec![0usize];
        while let Some(b) = work.pop() {
            let mut stack = entry[b].clone().unwrap_or_default();
            let (start, end) = (starts[b], end_of(b));
            for i in start..end {
                apply(func, env, &func.code[i], &mut stack).map_err(|m| Error::at(&func.name, offset(i), m))?;
            }
            let last = &func.code[end - 1];
            let mut targets: Vec<usize> = last.targets().iter().map(|&t| block_of[t as usize]).collect();
            if !last.ends_flow() {
                if end == len {
                    return Err(Error::at(&func.name, offset(end - 1), "control falls off the end of the code"));
                }
                targets.push(b + 1);
            }
            let mut distinct = Vec::new();
            for t in targets {
                if !distinct.contains(&t) {
                    distinct.push(t);
                }
            }
            let exceptional = handler_of[b].map(|h| (h, vec![Type::Ref]));
            for (t, stack) in distinct.iter().map(|&t| (t, stack.clone())).chain(exceptional) {
                match &entry[t] {
                    None => {
                        entry[t] = Some(stack);
                        work.push(t);
                    }
                    Some(old) if *old != stack => {
                        let msg = format!(
                            "stack {} here but {} at the {} at instruction {}",
                            show(&stack),
                            show(old),
                            if handler_of[b] == Some(t) { "handler" } else { "join" },
                            starts[t]
                        );
                        let at = if handler_of[b] == Some(t) { starts[t] } else { end - 1 };
                        return Err(Error::at(&func.name, offset(at), msg));
                    }
                    Some(_) => {}
                }
            }
            succs[b] = distinct;
        }

        // Keep the reachable blocks, renumbered in instruction order.
        let mut new_index = vec![usize::MAX; starts.len()];
        let mut blocks = Vec::new();
        for (b, e) in entry.iter().enumerate() {
            if let Some(stack) = e {
                new_index[b] = blocks.len();
                let (start, end) = (offset(starts[b]), offset(end_of(b)));
                blocks.push(BasicBlock {
                    start,
                    end,
                    entry_stack: stack.clone(),
                    succs: Vec::new(),
                    preds: Vec::new(),
                    handler: None,
                    is_handler: false,
                });
            }
        }
        let mut graph = DiGraph::with_capacity(blocks.len(), blocks.len() * 2);
        for i in 0..blocks.len() {
            graph.add_node(i);
        }
        for (b, ss) in succs.iter().enumerate() {
            let from = new_index[b];
            if from == usize::MAX {
                continue;
            }
            for &s in ss {
                let to = new_index[s];
                blocks[from].succs.push(to);
                blocks[to].preds.push(from);
                graph.add_edge(NodeIndex::new(from), NodeIndex::new(to), EdgeKind::Normal);
            }
        }
        for (b, h) in handler_of.iter().enumerate() {
            let (from, Some(h)) = (new_index[b], *h) else { continue };
            if from == usize::MAX {
                continue;
            }
            let to = new_index[h];
            blocks[from].handler = Some(to);
            blocks[to].is_handler = true;
            graph.add_edge(NodeIndex::new(from), NodeIndex::new(to), EdgeKind::Exception);
        }
        for b in &mut blocks {
            b.preds.sort_unstable();
        }
        Ok(Cfg { blocks, graph })
    }

    /// Blocks in reverse postorder from the entry (every block is reachable).
    pub fn reverse_postorder(&self) -> Vec<usize> {
        let mut dfs = petgraph::visit::DfsPostOrder::new(&self.graph, NodeIndex::new(0));
        let mut order = Vec::with_capacity(self.blocks.len());
        while let Some(n) = dfs.next(&self.graph) {
            order.push(n.index());
        }
        order.reverse();
        order
    }
}

/// An instruction index as a `u32` (code length is limited to [`MAX_CODE`]).
fn offset(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

fn show(stack: &[Type]) -> String {
    let names: Vec<&str> = stack.iter().map(|t| t.name()).collect();
    format!("[{}]", names.join(", "))
}

/// Whether the function's header is sound: sizes within limits, parameters in the first
/// locals with their types.
fn check_header(func: &StackFunction) -> Result<(), Error> {
    let err = |m: String| Err(Error::func(&func.name, m));
    if func.code.is_empty() {
        return err("no instructions".into());
    }
    if func.code.len() > MAX_CODE {
        return err(format!("{} instructions, more than the limit of {MAX_CODE}", func.code.len()));
    }
    if func.handlers.len() > MAX_CODE {
        return err(format!("{} handler entries, more than the limit of {MAX_CODE}", func.handlers.len()));
    }
    if func.locals.len() > MAX_SLOTS || func.max_stack as usize > MAX_SLOTS {
        return err(format!("more than {MAX_SLOTS} locals or stack slots"));
    }
    if func.sig.params.len() > func.locals.len() || func.sig.params[..] != func.locals[..func.sig.params.len()] {
        return err("the first locals must be the parameters, with their types".into());
    }
    Ok(())
}

/// Pops the top value, which must have type `want` (any type if `None`).
fn pop(stack: &mut Vec<Type>, want: Option<Type>) -> Result<Type, String> {
    let t = stack.pop().ok_or("stack underflow")?;
    match want {
        Some(w) if w != t => Err(format!("expected {w} on the stack, found {t}")),
        _ => Ok(t),
    }
}

/// Pops values of the given types (the last on top).
fn pop_all(stack: &mut Vec<Type>, types: &[Type]) -> Result<(), String> {
    for &t in types.iter().rev() {
        pop(stack, Some(t))?;
    }
    Ok(())
}

/// The effect of one instruction on the stack's types, checked.
pub(crate) fn apply(
    func: &StackFunction,
    env: &dyn ModuleEnv,
    inst: &StackInst,
    stack: &mut Vec<Type>,
) -> Result<(), String> {
    let local = |l: u32| func.locals.get(l as usize).copied().ok_or(format!("no local {l}"));
    match inst {
        StackInst::Push(imm) => {
            if !imm.ty.is_numeric() {
                return Err(format!("cannot push a constant of type {}", imm.ty));
            }
            stack.push(imm.ty);
        }
        StackInst::Load(l) => stack.push(local(*l)?),
        StackInst::Store(l) => {
            pop(stack, Some(local(*l)?))?;
        }
        StackInst::Op(_) | StackInst::Inst(_) | StackInst::Call { .. } => {
            if let Some(sig) = inst_signature(inst, env, stack.last().copied())? {
                pop_all(stack, &sig.inputs)?;
                stack.extend(sig.outputs);
            }
        }
        StackInst::Shuffle(s) => {
            let (n, push) = s.pattern();
            if stack.len() < n {
                return Err(format!("stack underflow ({s:?} needs {n} values)"));
            }
            let popped = stack.split_off(stack.len() - n);
            stack.extend(push.iter().map(|&i| popped[i]));
        }
        StackInst::Jump(_) => {}
        StackInst::BranchIf(_) | StackInst::Switch { .. } => {
            pop(stack, Some(Type::I32))?;
        }
        StackInst::Return => pop_all(stack, &func.sig.results)?,
    }
    if stack.len() > func.max_stack as usize {
        return Err(format!("stack overflow (max_stack is {})", func.max_stack));
    }
    Ok(())
}
