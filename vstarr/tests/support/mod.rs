//! Shared by the integration tests: a random generator of well-typed stack programs and a
//! reference stack interpreter (written from the JVM's definitions, sharing no code with
//! vstarr's translation).

#![allow(dead_code)]

use rootir::fuzzing::Rng;
use rootir::{Callee, Format, FuncId, FuncType, Opcode, TrapCode, Type};
use vstarr::stack::{Handler, Imm, Shuffle, StackFunction, StackInst};

/// Evaluates one typed operation on register slots, exactly as the opcode table defines it.
pub fn eval_typed(op: Opcode, args: &[u64]) -> Result<u64, TrapCode> {
    rootir::semantics::eval(op, args).unwrap_or_else(|| unreachable!("not a register-only typed operation: {op}"))
}

/// How many exceptions the reference interpreter has delivered to handlers (all threads).
pub static CAUGHT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Runs `funcs[entry]` on `args` (value bits), with locals starting at zero. Calls go to
/// `Callee::Func(i)` = `funcs[i]`.
pub fn interpret(funcs: &[StackFunction], entry: usize, args: &[u64]) -> Result<Vec<u64>, TrapCode> {
    let f = &funcs[entry];
    let mut locals = vec![0u64; f.locals.len()];
    locals[..args.len()].copy_from_slice(args);
    let mut stack: Vec<u64> = Vec::new();
    let mut pc = 0usize;
    for _ in 0..10_000_000 {
        let mut next = pc + 1;
        match &f.code[pc] {
            StackInst::Push(imm) => stack.push(imm.bits),
            StackInst::Load(l) => stack.push(locals[*l as usize]),
            StackInst::Store(l) => locals[*l as usize] = stack.pop().expect("underflow"),
            StackInst::Op(Opcode::Throw) => {
                let _ = stack.pop();
                match f.handler_of(pc as u32) {
                    Some(h) => {
                        stack.clear();
                        stack.push(0);
                        next = h as usize;
                    }
                    None => return Err(TrapCode::NullReference),
                }
            }
            StackInst::Op(op) => {
                let n = op.typing().expect("typed").inputs.len();
                let a = stack.split_off(stack.len() - n);
                match (eval_typed(*op, &a), f.handler_of(pc as u32)) {
                    (Ok(v), _) => stack.push(v),
                    // A caught trap: the handler gets the exception (a trap object; its
                    // value is never looked at by generated handlers) alone on the stack.
                    (Err(_), Some(h)) => {
                        CAUGHT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        stack.clear();
                        stack.push(0);
                        next = h as usize;
                    }
                    (Err(c), None) => return Err(c),
                }
            }
            StackInst::Shuffle(s) => {
                // Written out from the JVM specification, stack tops on the right.
                let p = |st: &mut Vec<u64>| st.pop().expect("underflow");
                match s {
                    Shuffle::Dup => {
                        let v1 = p(&mut stack);
                        stack.extend([v1, v1]);
                    }
                    Shuffle::Pop => {
                        p(&mut stack);
                    }
                    Shuffle::Swap => {
                        let (v1, v2) = (p(&mut stack), p(&mut stack));
                        stack.extend([v1, v2]);
                    }
                    Shuffle::DupX1 => {
                        let (v1, v2) = (p(&mut stack), p(&mut stack));
                        stack.extend([v1, v2, v1]);
                    }
                    Shuffle::DupX2 => {
                        let (v1, v2, v3) = (p(&mut stack), p(&mut stack), p(&mut stack));
                        stack.extend([v1, v3, v2, v1]);
                    }
                    Shuffle::Dup2 => {
                        let (v1, v2) = (p(&mut stack), p(&mut stack));
                        stack.extend([v2, v1, v2, v1]);
                    }
                    Shuffle::Dup2X1 => {
                        let (v1, v2, v3) = (p(&mut stack), p(&mut stack), p(&mut stack));
                        stack.extend([v2, v1, v3, v2, v1]);
                    }
                    Shuffle::Dup2X2 => {
                        let (v1, v2, v3, v4) = (p(&mut stack), p(&mut stack), p(&mut stack), p(&mut stack));
                        stack.extend([v2, v1, v4, v3, v2, v1]);
                    }
                }
            }
            StackInst::Jump(t) => next = *t as usize,
            StackInst::BranchIf(t) => {
                if stack.pop().expect("underflow") as u32 != 0 {
                    next = *t as usize;
                }
            }
            StackInst::Switch { targets, default } => {
                let i = stack.pop().expect("underflow") as u32 as usize;
                next = *targets.get(i).unwrap_or(default) as usize;
            }
            StackInst::Call { callee: Callee::Func(id), sig } => {
                let a = stack.split_off(stack.len() - sig.params.len());
                stack.extend(interpret(funcs, id.index(), &a)?);
            }
            StackInst::Call { .. } => unreachable!("imports are not generated"),
            StackInst::Inst(_) => unreachable!("operations naming module entities are not generated"),
            StackInst::Return => return Ok(stack.split_off(stack.len() - f.sig.results.len())),
        }
        pc = next;
    }
    panic!("reference interpreter ran out of fuel: a generator bug");
}

/// The helper every generated program may call: `h(a: i32, b: i64) -> i64 = (a as i64) * 3 - b`,
/// function 1 of the module.
pub fn helper() -> StackFunction {
    use StackInst::*;
    StackFunction {
        name: "h".into(),
        sig: FuncType::new([Type::I32, Type::I64], [Type::I64]),
        locals: vec![Type::I32, Type::I64],
        max_stack: 2,
        code: vec![
            Load(0),
            Op(Opcode::I64ExtendI32S),
            Push(Imm::i64(3)),
            Op(Opcode::I64Mul),
            Load(1),
            Op(Opcode::I64Sub),
            Return,
        ],
        unit: None,
        handlers: Vec::new(),
    }
}

const TYPES: [Type; 4] = [Type::I32, Type::I64, Type::F32, Type::F64];

/// A constant of type `ty`, often an edge case.
pub fn constant(rng: &mut Rng, ty: Type) -> Imm {
    let r = rng.next_u64();
    match ty {
        Type::I32 => Imm::i32(match rng.below(5) {
            0 => r as i32,
            1 => [i32::MIN, i32::MAX, -1, 0][rng.below(4)],
            _ => rng.below(9) as i32 - 3,
        }),
        Type::I64 => Imm::i64(match rng.below(5) {
            0 => r as i64,
            1 => [i64::MIN, i64::MAX, -1, 0][rng.below(4)],
            _ => rng.below(9) as i64 - 3,
        }),
        Type::F32 => Imm::f32([0.0, -0.0, 1.5, -2.25, f32::NAN, f32::INFINITY, 3e9, r as i32 as f32][rng.below(8)]),
        _ => Imm::f64([0.0, -0.0, 1.5, -2.25, f64::NAN, f64::NEG_INFINITY, 1e19, r as i64 as f64][rng.below(8)]),
    }
}

/// Generates well-typed, terminating stack programs with joins that carry values on the
/// stack, loops over locals and stack slots, switches, shuffles, calls and dead code.
pub struct Gen<'a> {
    /// The random source.
    pub rng: &'a mut Rng,
    code: Vec<StackInst>,
    locals: Vec<Type>,
    counter: u32,
    max_height: usize,
    ops: Vec<Opcode>,
    exceptions: bool,
    handlers: Vec<Handler>,
}

impl<'a> Gen<'a> {
    /// A generator drawing from `rng`.
    pub fn new(rng: &'a mut Rng) -> Gen<'a> {
        let ops = Opcode::ALL
            .iter()
            .copied()
            .filter(|op| {
                op.typing().is_some() && !op.is_heap() && matches!(op.format(), Format::Unary | Format::Binary)
            })
            .collect();
        Gen {
            rng,
            code: Vec::new(),
            locals: Vec::new(),
            counter: 0,
            max_height: 0,
            ops,
            exceptions: false,
            handlers: Vec::new(),
        }
    }

    /// A generator whose programs also have try regions with handlers (which catch the
    /// traps of divisions), nested in each other and in loops.
    pub fn with_exceptions(rng: &'a mut Rng) -> Gen<'a> {
        Gen { exceptions: true, ..Gen::new(rng) }
    }

    /// A random function of signature `(i32, i64, f64) -> results`.
    pub fn function(&mut self) -> StackFunction {
        self.code.clear();
        self.handlers.clear();
        self.max_height = 0;
        let params = vec![Type::I32, Type::I64, Type::F64];
        let results: Vec<Type> = (0..1 + self.rng.below(2)).map(|_| TYPES[self.rng.below(4)]).collect();
        self.locals = params.clone();
        for _ in 0..self.rng.below(4) {
            self.locals.push(TYPES[self.rng.below(4)]);
        }
        self.counter = self.locals.len() as u32;
        self.locals.push(Type::I32);
        let mut stack = Vec::new();
        self.body(&mut stack, 3);
        self.normalize(&mut stack, &results);
        self.code.push(StackInst::Return);
        StackFunction {
            name: "f".into(),
            sig: FuncType::new(params, results),
            locals: self.locals.clone(),
            max_stack: self.max_height as u32 + 1,
            code: std::mem::take(&mut self.code),
            unit: None,
            handlers: std::mem::take(&mut self.handlers),
        }
    }

    fn emit(&mut self, inst: StackInst, stack: &[Type]) {
        self.code.push(inst);
        self.max_height = self.max_height.max(stack.len());
    }

    fn here(&self) -> u32 {
        self.code.len() as u32
    }

    /// A sequence of items: straight-line code, diamonds, loops, switches.
    fn body(&mut self, stack: &mut Vec<Type>, depth: usize) {
        for _ in 0..1 + self.rng.below(4) {
            match self.rng.below(10) {
                0 | 1 if depth > 0 => self.diamond(stack, depth),
                2 if depth > 0 => self.looped(stack, depth),
                3 if depth > 0 => self.switch(stack, depth),
                4 if depth > 0 && self.exceptions => self.tried(stack, depth),
                _ => {
                    for _ in 0..1 + self.rng.below(6) {
                        self.simple(stack);
                    }
                }
            }
        }
    }

    /// One straight-line instruction that fits the stack.
    fn simple(&mut self, stack: &mut Vec<Type>) {
        let h = stack.len();
        match self.rng.below(12) {
            0 | 1 if h < 6 => {
                let ty = TYPES[self.rng.below(4)];
                let c = constant(self.rng, ty);
                stack.push(ty);
                self.emit(StackInst::Push(c), stack);
            }
            2 | 3 if h < 6 => {
                let l = self.rng.below(self.locals.len()) as u32;
                stack.push(self.locals[l as usize]);
                self.emit(StackInst::Load(l), stack);
            }
            4 if h > 0 => {
                let top = stack[h - 1];
                let fits: Vec<u32> = (0..self.counter).filter(|&l| self.locals[l as usize] == top).collect();
                if !fits.is_empty() {
                    let l = fits[self.rng.below(fits.len())];
                    stack.pop();
                    self.emit(StackInst::Store(l), stack);
                }
            }
            5 if h < 6 => {
                let s = Shuffle::ALL[self.rng.below(Shuffle::ALL.len())];
                let (n, pattern) = s.pattern();
                if h >= n {
                    let popped = stack.split_off(h - n);
                    stack.extend(pattern.iter().map(|&i| popped[i]));
                    self.emit(StackInst::Shuffle(s), stack);
                }
            }
            6 if h >= 2 && stack[h - 2..] == [Type::I32, Type::I64] => {
                stack.truncate(h - 2);
                stack.push(Type::I64);
                let sig = FuncType::new([Type::I32, Type::I64], [Type::I64]);
                self.emit(StackInst::Call { callee: Callee::Func(FuncId(1)), sig }, stack);
            }
            _ => {
                let fits: Vec<Opcode> = self
                    .ops
                    .iter()
                    .copied()
                    .filter(|op| {
                        let ins = op.typing().map(|t| t.inputs).unwrap_or(&[]);
                        ins.len() <= h && stack[h - ins.len()..] == *ins
                    })
                    .collect();
                if fits.is_empty() {
                    if h > 0 {
                        stack.pop();
                        self.emit(StackInst::Shuffle(Shuffle::Pop), stack);
                    }
                    return;
                }
                let op = fits[self.rng.below(fits.len())];
                let t = op.typing().expect("typed");
                stack.truncate(h - t.inputs.len());
                stack.extend(t.output);
                self.emit(StackInst::Op(op), stack);
            }
        }
    }

    /// Pushes some value of type `ty`.
    fn push_value(&mut self, stack: &mut Vec<Type>, ty: Type) {
        let locals: Vec<u32> = (0..self.locals.len() as u32).filter(|&l| self.locals[l as usize] == ty).collect();
        stack.push(ty);
        if !locals.is_empty() && self.rng.below(2) == 0 {
            let l = locals[self.rng.below(locals.len())];
            self.emit(StackInst::Load(l), stack);
        } else {
            let c = constant(self.rng, ty);
            self.emit(StackInst::Push(c), stack);
        }
    }

    /// Pops until the stack is a prefix of `target`, then pushes the missing values.
    fn normalize(&mut self, stack: &mut Vec<Type>, target: &[Type]) {
        while !target.starts_with(stack) {
            stack.pop();
            self.emit(StackInst::Shuffle(Shuffle::Pop), stack);
        }
        for &t in &target[stack.len()..] {
            self.push_value(stack, t);
        }
    }

    /// An `i32` condition on top of the stack: a comparison of two values or a local.
    fn condition(&mut self, stack: &mut Vec<Type>) {
        if self.rng.below(2) == 0 {
            self.push_value(stack, Type::I32);
            self.push_value(stack, Type::I32);
            let op = [Opcode::I32LtS, Opcode::I32Eq, Opcode::I32Ne, Opcode::I32GeU][self.rng.below(4)];
            stack.truncate(stack.len() - 2);
            stack.push(Type::I32);
            self.emit(StackInst::Op(op), stack);
        } else {
            self.push_value(stack, Type::I32);
        }
    }

    fn patch(&mut self, at: usize, target: u32) {
        match &mut self.code[at] {
            StackInst::Jump(t) | StackInst::BranchIf(t) => *t = target,
            _ => unreachable!("patching a non-branch"),
        }
    }

    /// Unreachable junk after an unconditional jump, sometimes ill-typed.
    fn dead_code(&mut self) {
        if self.rng.below(4) == 0 {
            self.code.push(StackInst::Push(Imm::i32(1)));
            self.code.push(StackInst::Op(Opcode::I64Add));
        }
    }

    /// `if cond { then } else { else }`, both arms ending with the same stack.
    fn diamond(&mut self, stack: &mut Vec<Type>, depth: usize) {
        self.condition(stack);
        stack.pop();
        let branch = self.code.len();
        self.emit(StackInst::BranchIf(0), stack);
        let mut then = stack.clone();
        self.body(&mut then, depth - 1);
        let jump = self.code.len();
        self.emit(StackInst::Jump(0), &then);
        self.dead_code();
        let else_at = self.here();
        self.patch(branch, else_at);
        let mut other = stack.clone();
        self.body(&mut other, depth - 1);
        self.normalize(&mut other, &then);
        let end = self.here();
        self.patch(jump, end);
        *stack = then;
    }

    /// `do { body } while (++counter < bound)`, the stack the same at every iteration.
    fn looped(&mut self, stack: &mut Vec<Type>, depth: usize) {
        let head = self.here();
        let entry = stack.clone();
        self.body(stack, depth - 1);
        self.normalize(stack, &entry);
        let c = self.counter;
        let bound = self.rng.below(12) as i32;
        let mut s = stack.clone();
        for inst in [
            StackInst::Load(c),
            StackInst::Push(Imm::i32(1)),
            StackInst::Op(Opcode::I32Add),
            StackInst::Shuffle(Shuffle::Dup),
            StackInst::Store(c),
            StackInst::Push(Imm::i32(bound)),
            StackInst::Op(Opcode::I32LtS),
        ] {
            s.push(Type::I32);
            self.emit(inst, &s);
        }
        self.emit(StackInst::BranchIf(head), stack);
    }

    /// `try { body } catch { pop; body }`, both ending with the same stack. Inner handlers
    /// are entered first, so they come first in the table.
    fn tried(&mut self, stack: &mut Vec<Type>, depth: usize) {
        let start = self.here();
        let entry = stack.clone();
        self.body(stack, depth - 1);
        self.normalize(stack, &entry);
        let end = self.here();
        let jump = self.code.len();
        self.emit(StackInst::Jump(0), stack);
        let handler = self.here();
        let mut h = vec![Type::Ref];
        self.max_height = self.max_height.max(1);
        h.pop();
        self.emit(StackInst::Shuffle(Shuffle::Pop), &h);
        self.body(&mut h, depth - 1);
        self.normalize(&mut h, &entry);
        let after = self.here();
        self.patch(jump, after);
        if start < end {
            self.handlers.push(Handler { start, end, handler });
        }
    }

    /// A switch over an `i32` with a few cases that all end with the same stack.
    fn switch(&mut self, stack: &mut Vec<Type>, depth: usize) {
        self.push_value(stack, Type::I32);
        stack.pop();
        let at = self.code.len();
        self.emit(StackInst::Switch { targets: Vec::new(), default: 0 }, stack);
        let cases = 1 + self.rng.below(3);
        let mut starts = Vec::new();
        let mut jumps = Vec::new();
        let mut target: Option<Vec<Type>> = None;
        for _ in 0..cases {
            starts.push(self.here());
            let mut s = stack.clone();
            self.body(&mut s, depth - 1);
            match &target {
                None => target = Some(s),
                Some(t) => {
                    let t = t.clone();
                    self.normalize(&mut s, &t);
                }
            }
            jumps.push(self.code.len());
            self.emit(StackInst::Jump(0), stack);
        }
        let end = self.here();
        for j in jumps {
            self.patch(j, end);
        }
        let n = starts.len();
        let targets: Vec<u32> = (0..self.rng.below(5)).map(|_| starts[self.rng.below(n)]).collect();
        let default = starts[self.rng.below(n)];
        self.code[at] = StackInst::Switch { targets, default };
        *stack = target.unwrap_or_default();
    }
}
