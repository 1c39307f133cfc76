//! The stack-form emitter of one method: instructions, a mirror of the operand stack's types
//! (the JVM's stack kinds), locals keyed by JVM slot and type, and branch targets that are
//! bytecode offsets until the method is finished.

use rootir::{Callee, FuncType, Opcode, Type};
use std::collections::HashMap;
use vstarr::operation::Operation;
use vstarr::stack::{Imm, Shuffle, StackInst};

/// A target that is already an instruction index (not a bytecode offset) carries this bit.
pub const INDEX: u32 = 1 << 31;

/// Emits stack-form code and tracks the types on the operand stack.
pub struct Emitter {
    /// The instructions; branch targets are bytecode offsets, or indices tagged with [`INDEX`].
    pub code: Vec<StackInst>,
    /// The bytecode offset each instruction came from.
    pub pcs: Vec<usize>,
    /// Types of the values on the stack, bottom first.
    pub stack: Vec<Type>,
    /// The type of every local.
    pub locals: Vec<Type>,
    /// JVM slot (or scratch key) and type → local.
    local_map: HashMap<(u32, Type), u32>,
    /// The bytecode offset being translated.
    pub pc: usize,
    /// The deepest the stack got.
    pub max_stack: usize,
}

impl Emitter {
    /// An emitter whose first locals are the parameters `params`, at JVM slots `slots`.
    pub fn new(params: &[Type], slots: &[u32]) -> Emitter {
        let mut e = Emitter {
            code: Vec::new(),
            pcs: Vec::new(),
            stack: Vec::new(),
            locals: params.to_vec(),
            local_map: HashMap::new(),
            pc: 0,
            max_stack: 0,
        };
        for (i, (&t, &s)) in params.iter().zip(slots).enumerate() {
            e.local_map.insert((s, t), i as u32);
        }
        e
    }

    /// The local for JVM slot `slot` holding a `ty`.
    pub fn local(&mut self, slot: u32, ty: Type) -> u32 {
        if let Some(&l) = self.local_map.get(&(slot, ty)) {
            return l;
        }
        self.locals.push(ty);
        let l = (self.locals.len() - 1) as u32;
        self.local_map.insert((slot, ty), l);
        l
    }

    /// A scratch local `n` of type `ty` (distinct from every JVM slot).
    pub fn scratch(&mut self, n: u32, ty: Type) -> u32 {
        self.local(0x0100_0000 + n, ty)
    }

    fn raw(&mut self, inst: StackInst) {
        self.code.push(inst);
        self.pcs.push(self.pc);
    }

    fn pop(&mut self) -> Result<Type, String> {
        self.stack.pop().ok_or_else(|| "operand stack underflow".to_string())
    }

    fn pop_expect(&mut self, ty: Type) -> Result<(), String> {
        let got = self.pop()?;
        if got != ty {
            return Err(format!("expected {ty} on the operand stack, found {got}"));
        }
        Ok(())
    }

    fn pushed(&mut self, ty: Type) {
        self.stack.push(ty);
        self.max_stack = self.max_stack.max(self.stack.len());
    }

    /// Pushes a constant.
    pub fn imm(&mut self, imm: Imm) {
        self.raw(StackInst::Push(imm));
        self.pushed(imm.ty);
    }

    /// Pushes an `i32`.
    pub fn i32(&mut self, v: i32) {
        self.imm(Imm::i32(v));
    }

    /// Loads a local.
    pub fn load(&mut self, local: u32) {
        let ty = self.locals[local as usize];
        self.raw(StackInst::Load(local));
        self.pushed(ty);
    }

    /// Stores the top of the stack into a local of its type.
    pub fn store(&mut self, local: u32) -> Result<(), String> {
        let ty = self.locals[local as usize];
        self.pop_expect(ty)?;
        self.raw(StackInst::Store(local));
        Ok(())
    }

    /// A typed unary or binary operation.
    pub fn op(&mut self, op: Opcode) -> Result<(), String> {
        let typing = op.typing().ok_or_else(|| format!("{} is not a typed operation", op.name()))?;
        for &t in typing.inputs.iter().rev() {
            self.pop_expect(t)?;
        }
        self.raw(StackInst::Op(op));
        if let Some(t) = typing.output {
            self.pushed(t);
        }
        Ok(())
    }

    /// A call.
    pub fn call(&mut self, (callee, sig): (Callee, FuncType)) -> Result<(), String> {
        for &t in sig.params.iter().rev() {
            self.pop_expect(t)?;
        }
        for &t in &sig.results {
            self.pushed(t);
        }
        self.raw(StackInst::Call { callee, sig });
        Ok(())
    }

    /// Any operation, with its signature on the stack.
    pub fn inst(&mut self, op: Operation, sig: &FuncType) -> Result<(), String> {
        for &t in sig.params.iter().rev() {
            self.pop_expect(t)?;
        }
        for &t in &sig.results {
            self.pushed(t);
        }
        self.raw(StackInst::Inst(op));
        Ok(())
    }

    /// A one-slot shuffle.
    pub fn shuffle(&mut self, s: Shuffle) -> Result<(), String> {
        let (n, pattern) = s.pattern();
        if self.stack.len() < n {
            return Err("operand stack underflow".into());
        }
        let popped = self.stack.split_off(self.stack.len() - n);
        for &i in pattern {
            self.pushed(popped[i]);
        }
        self.raw(StackInst::Shuffle(s));
        Ok(())
    }

    /// The type `depth` values below the top (0 is the top).
    pub fn peek(&self, depth: usize) -> Result<Type, String> {
        self.stack.iter().rev().nth(depth).copied().ok_or_else(|| "operand stack underflow".to_string())
    }

    /// Whether the value `depth` below the top is a JVM category-2 value (long, double).
    pub fn wide(&self, depth: usize) -> Result<bool, String> {
        Ok(matches!(self.peek(depth)?, Type::I64 | Type::F64))
    }

    /// Jumps to bytecode offset (or tagged index) `target`.
    pub fn jump(&mut self, target: u32) {
        self.raw(StackInst::Jump(target));
    }

    /// Pops an `i32` and branches to `target` if it is not zero.
    pub fn branch_if(&mut self, target: u32) -> Result<(), String> {
        self.pop_expect(Type::I32)?;
        self.raw(StackInst::BranchIf(target));
        Ok(())
    }

    /// Pops an `i32` index and switches.
    pub fn switch(&mut self, targets: Vec<u32>, default: u32) -> Result<(), String> {
        self.pop_expect(Type::I32)?;
        self.raw(StackInst::Switch { targets, default });
        Ok(())
    }

    /// Throws the `ref` on top.
    pub fn throw(&mut self) -> Result<(), String> {
        self.pop_expect(Type::Ref)?;
        self.raw(StackInst::Op(Opcode::Throw));
        Ok(())
    }

    /// Returns the function's results (on top of the stack).
    pub fn ret(&mut self, results: &[Type]) -> Result<(), String> {
        for &t in results.iter().rev() {
            self.pop_expect(t)?;
        }
        self.raw(StackInst::Return);
        Ok(())
    }

    /// The index the next instruction will have, tagged as an index target.
    pub fn here(&self) -> u32 {
        self.code.len() as u32 | INDEX
    }

    /// Patches the target of the branch at index `at` to index `to` (tagged).
    pub fn patch(&mut self, at: usize, to: u32) {
        match &mut self.code[at] {
            StackInst::Jump(t) | StackInst::BranchIf(t) => *t = to,
            _ => {}
        }
    }
}
