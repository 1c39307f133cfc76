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
use rootir::{FileId, FuncType, Function, Opcode, SrcLoc, Type};
use std::collections::{BTreeMap, HashMap};
use vstarr::stack::{Handler, StackFunction, StackInst};

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
    /// The rootIR result types.
    pub results: Vec<Type>,
    /// Compare instructions fused with the `if<cond>` after them: compare offset → (the `if`'s
    /// offset, its condition as an `i32` comparison opcode against zero, its branch offset).
    pub fused: HashMap<usize, (usize, Opcode, i16)>,
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
    let desc = descriptor::parse_method(&def.desc).map_err(whole)?;
    let sig = desc.sig(!def.is_static);
    let mut slots = Vec::new();
    let mut slot = 0u32;
    for &t in &sig.params {
        slots.push(slot);
        slot += if matches!(t, Type::I64 | Type::F64) { 2 } else { 1 };
    }
    let results = sig.results.clone();
    let fused = crate::insts::fusable_compares(code);
    let mut m = Method { p, class, def, desc, e: Emitter::new(&sig.params, &slots), results, fused };
    let states = m.walk(code)?;
    m.e = Emitter::new(&sig.params, &slots);
    m.enter_method_monitor().map_err(|message| LowerError { pc: Some(0), message })?;
    let body = m.e.code.len() as u32;
    let mut starts = HashMap::new();
    for (pc, inst) in &code.insts {
        let Some(state) = states.get(pc) else { continue };
        starts.insert(*pc, m.e.code.len() as u32);
        m.e.stack = state.clone();
        m.e.pc = *pc;
        m.inst(*pc, inst)?;
    }
    let mut handlers = m.dispatchers(code, &states)?;
    handlers.extend(m.method_monitor_handler(body).map_err(|message| LowerError { pc: None, message })?);
    let mut e = m.e;
    for inst in &mut e.code {
        retarget(inst, &starts).map_err(|message| LowerError { pc: None, message })?;
    }
    let max_stack = e.max_stack.max(1) as u32;
    let func = StackFunction { name, sig, locals: e.locals, max_stack, code: e.code, unit, handlers };
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

/// Turns branch targets that are bytecode offsets (through `starts`) or tagged indices into
/// instruction indices.
pub fn retarget(inst: &mut StackInst, starts: &HashMap<usize, u32>) -> Result<(), String> {
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
        // Handlers are entered with the exception alone on the stack.
        work.extend(code.handlers.iter().map(|h| (h.handler_pc as usize, vec![Type::Ref])));
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

    /// The exception table: one dispatcher per entry, emitted after the code, and the vstarr
    /// handler table. Dispatcher `i` turns a VM trap into its Java exception, then tests the
    /// catch types of entry `i` and of every later entry whose range holds entry `i`'s (javac
    /// nests them so), jumping to the first handler that matches; it rethrows otherwise.
    fn dispatchers(&mut self, code: &Code, states: &BTreeMap<usize, Vec<Type>>) -> Result<Vec<Handler>, LowerError> {
        let err = |pc: u16, message: String| LowerError { pc: Some(pc as usize), message };
        let main_len = self.e.code.len() as u32;
        // The index of the first emitted instruction at or after `pc` (the code's end if none).
        let index_at = |pc: usize, e: &Emitter| -> u32 {
            e.pcs.iter().position(|&p| p >= pc).map_or(main_len, |i| i as u32).min(main_len)
        };
        let mut handlers = Vec::new();
        for (i, h) in code.handlers.iter().enumerate() {
            let (start, end) = (index_at(h.start_pc as usize, &self.e), index_at(h.end_pc as usize, &self.e));
            if start >= end || !states.contains_key(&(h.handler_pc as usize)) {
                continue;
            }
            let here = self.e.code.len() as u32;
            self.e.stack = vec![Type::Ref];
            self.e.pc = h.handler_pc as usize;
            self.call_runtime("$java_exc").map_err(|m| err(h.handler_pc, m))?;
            for later in &code.handlers[i..] {
                if later.start_pc > h.start_pc || later.end_pc < h.end_pc {
                    continue;
                }
                let target = later.handler_pc as u32;
                if later.catch_type == 0 {
                    self.e.jump(target);
                    break;
                }
                let class = self.class.pool.class_name(later.catch_type).map_err(|m| err(h.handler_pc, m))?;
                let Some(id) = self.p.classes.get(&class).map(|c| c.id) else { continue };
                let test = (|| {
                    self.e.shuffle(vstarr::stack::Shuffle::Dup)?;
                    self.native(crate::program::NativeOp::InstanceOf(id))?;
                    self.e.branch_if(target)
                })();
                test.map_err(|m| err(h.handler_pc, m))?;
            }
            if self.e.code.last().is_none_or(|last| !last.ends_flow()) {
                self.e.throw().map_err(|m| err(h.handler_pc, m))?;
            }
            handlers.push(Handler { start, end, handler: here });
        }
        Ok(handlers)
    }

    /// The signature of the method being translated.
    pub fn sig(&self) -> FuncType {
        self.desc.sig(!self.def.is_static)
    }
}
