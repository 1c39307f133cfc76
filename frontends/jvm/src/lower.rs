//! One method's bytecode → vstarr stack form → rootIR function.
//!
//! Two passes over the bytecode: the first follows control flow from offset 0 to learn the
//! operand stack's types at the start of every reachable instruction (the JVM's stack kinds);
//! the second emits each reachable instruction in bytecode order from that state. Branch
//! targets stay bytecode offsets until the end, where they become instruction indices.

use crate::classfile::{ClassFile, Code, MethodDef};
use crate::descriptor::{self, MethodDesc};
use crate::emit::{Emitter, INDEX};
use crate::program::Program;
use classfile_parser::code_attribute::Instruction;
use rootir::{FileId, FuncType, Function, SrcLoc, Type};
use std::collections::{BTreeMap, HashMap};
use vstarr::stack::{StackFunction, StackInst};

/// A translation error at a bytecode offset.
#[derive(Clone, Debug)]
pub struct LowerError {
    /// The bytecode offset (`None` for the method as a whole).
    pub pc: Option<usize>,
    /// What went wrong.
    pub message: String,
}

/// What the translation of one instruction tells the walk about control flow.
pub struct Flow {
    /// Bytecode offsets it may branch to.
    pub targets: Vec<usize>,
    /// Whether control may continue with the next instruction.
    pub falls: bool,
}

impl Flow {
    /// Falls through, no branch.
    pub fn next() -> Flow {
        Flow { targets: Vec::new(), falls: true }
    }
    /// Never falls through, no branch (return, throw).
    pub fn end() -> Flow {
        Flow { targets: Vec::new(), falls: false }
    }
}

/// A deferred out-of-line block: a call that does not return (a Java exception raised by a
/// check), emitted after the method's code, reached from the branch at `from`.
pub struct Deferred {
    /// The branch to patch.
    pub from: usize,
    /// The stack at the branch.
    pub stack: Vec<Type>,
    /// The bytecode offset of the check.
    pub pc: usize,
    /// The runtime function raising the exception.
    pub raise: String,
    /// Where to continue (an index, tagged), for the stack form's sake.
    pub back: u32,
}

/// Per-method state of the translation.
pub struct Method<'a> {
    /// The program.
    pub p: &'a mut Program,
    /// The class being translated.
    pub class: &'a ClassFile,
    /// The method.
    pub def: &'a MethodDef,
    /// Its descriptor.
    pub desc: MethodDesc,
    /// The emitter.
    pub e: Emitter,
    /// Out-of-line blocks to emit at the end.
    pub deferred: Vec<Deferred>,
    /// The rootIR result types.
    pub results: Vec<Type>,
}

/// The stack form of a method with code, and its bytecode offset per instruction.
pub fn stack_form(
    p: &mut Program,
    class: &ClassFile,
    def: &MethodDef,
    name: String,
    unit: Option<FileId>,
) -> Result<(StackFunction, Vec<usize>), LowerError> {
    let whole = |message: String| LowerError { pc: None, message };
    let code = def.code.as_ref().ok_or_else(|| whole("method has no code".into()))?;
    if !code.handlers.is_empty() {
        let h = &code.handlers[0];
        return Err(LowerError {
            pc: Some(h.start_pc as usize),
            message: "exception handlers (try/catch/finally) are not supported yet".into(),
        });
    }
    let desc = descriptor::parse_method(&def.desc).map_err(whole)?;
    let sig = desc.sig(!def.is_static);
    let mut slots = Vec::new();
    let mut slot = 0u32;
    for &t in &sig.params {
        slots.push(slot);
        slot += if matches!(t, Type::I64 | Type::F64) { 2 } else { 1 };
    }
    let results = sig.results.clone();
    let mut m = Method { p, class, def, desc, e: Emitter::new(&sig.params, &slots), deferred: Vec::new(), results };
    let states = m.walk(code)?;
    m.deferred.clear();
    m.e = Emitter::new(&sig.params, &slots);
    let mut starts = HashMap::new();
    for (pc, inst) in &code.insts {
        let Some(state) = states.get(pc) else { continue };
        starts.insert(*pc, m.e.code.len() as u32);
        m.e.stack = state.clone();
        m.e.pc = *pc;
        m.inst(*pc, inst)?;
    }
    m.emit_deferred()?;
    let mut e = m.e;
    for inst in &mut e.code {
        retarget(inst, &starts).map_err(|message| LowerError { pc: None, message })?;
    }
    let func = StackFunction { name, sig, locals: e.locals, max_stack: e.max_stack.max(1) as u32, code: e.code, unit };
    Ok((func, e.pcs))
}

/// Translates a stack form with vstarr, with positions mapped back to bytecode offsets.
pub fn translate(func: &StackFunction, pcs: &[usize], module: &rootir::Module) -> Result<Function, String> {
    let mut f = vstarr::translate_in(func, module).map_err(|e| e.to_string())?;
    for block in &mut f.blocks {
        for inst in &mut block.insts {
            if let SrcLoc::Offset { offset, .. } = &mut inst.loc
                && let Some(&pc) = pcs.get(*offset as usize)
            {
                *offset = pc as u32;
            }
        }
    }
    Ok(f)
}

fn retarget(inst: &mut StackInst, starts: &HashMap<usize, u32>) -> Result<(), String> {
    let map = |t: &mut u32| -> Result<(), String> {
        *t = if *t & INDEX != 0 {
            *t & !INDEX
        } else {
            *starts.get(&(*t as usize)).ok_or_else(|| format!("branch to +{t}, which is not an instruction"))?
        };
        Ok(())
    };
    match inst {
        StackInst::Jump(t) | StackInst::BranchIf(t) => map(t),
        StackInst::Switch { targets, default } => {
            targets.iter_mut().try_for_each(map)?;
            map(default)
        }
        _ => Ok(()),
    }
}

impl Method<'_> {
    /// Follows control flow from offset 0: the stack types at the start of each reachable
    /// instruction.
    fn walk(&mut self, code: &Code) -> Result<BTreeMap<usize, Vec<Type>>, LowerError> {
        let index: HashMap<usize, usize> = code.insts.iter().enumerate().map(|(i, (pc, _))| (*pc, i)).collect();
        let mut states: BTreeMap<usize, Vec<Type>> = BTreeMap::new();
        let mut work = vec![(0usize, Vec::new())];
        while let Some((start, stack)) = work.pop() {
            if states.contains_key(&start) {
                continue;
            }
            let mut at =
                *index.get(&start).ok_or(LowerError { pc: Some(start), message: "no instruction here".into() })?;
            self.e.stack = stack;
            loop {
                let (pc, inst) = &code.insts[at];
                if let Some(known) = states.get(pc) {
                    if *known != self.e.stack {
                        return Err(LowerError { pc: Some(*pc), message: "operand stack differs at a join".into() });
                    }
                    break;
                }
                states.insert(*pc, self.e.stack.clone());
                self.e.pc = *pc;
                let flow = self.inst(*pc, inst)?;
                for t in flow.targets {
                    work.push((t, self.e.stack.clone()));
                }
                if !flow.falls {
                    break;
                }
                at += 1;
                if at >= code.insts.len() {
                    return Err(LowerError { pc: Some(*pc), message: "control falls off the end of the code".into() });
                }
            }
        }
        Ok(states)
    }

    /// Translates one instruction (in either pass).
    fn inst(&mut self, pc: usize, inst: &Instruction) -> Result<Flow, LowerError> {
        self.lower(pc, inst).map_err(|message| LowerError { pc: Some(pc), message })
    }

    fn emit_deferred(&mut self) -> Result<(), LowerError> {
        let deferred = std::mem::take(&mut self.deferred);
        for d in deferred {
            let here = self.e.here();
            self.e.patch(d.from, here);
            self.e.stack = d.stack;
            self.e.pc = d.pc;
            let raise =
                crate::runtime::function(self.p, &d.raise).map_err(|message| LowerError { pc: None, message })?;
            self.e.call(raise).map_err(|message| LowerError { pc: Some(d.pc), message })?;
            self.e.jump(d.back);
        }
        Ok(())
    }

    /// Branches out of line to the runtime function `raise` when the `i32` on top is not zero.
    pub fn raise_if(&mut self, raise: &str) -> Result<(), String> {
        let from = self.e.code.len();
        self.e.branch_if(0)?;
        let back = self.e.here();
        self.deferred.push(Deferred { from, stack: self.e.stack.clone(), pc: self.e.pc, raise: raise.into(), back });
        Ok(())
    }

    /// The signature of the method being translated.
    pub fn sig(&self) -> FuncType {
        self.desc.sig(!self.def.is_static)
    }
}
