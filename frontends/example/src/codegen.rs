//! Compiling word definitions: each word becomes a [`StackFunction`] (the language is a stack
//! language, so this is a walk over the tokens), which [`vstarr::translate`] turns into a
//! register rootIR function.

use crate::lexer::{Pos, Token, TokenKind};
use crate::parser::{Definition, Effect};
use crate::primitives::{self, Primitive};
use rootir::{Callee, Export, FileId, FuncId, FuncType, Function, Import, ImportId, Module, Opcode, SrcLoc, Type};
use std::collections::HashMap;
use vstarr::stack::{Imm, Shuffle, StackFunction, StackInst};

/// An error: where and what.
pub type Error = (Pos, String);

const PRINT_I64: ImportId = ImportId(0);
const PUT_CHAR: ImportId = ImportId(1);

/// A word in stack form, and the source position of each of its instructions.
#[derive(Clone, Debug)]
pub struct Lowered {
    /// The word as a stack function (`unit` is `FileId(0)`: instructions carry their index).
    pub func: StackFunction,
    /// One position per instruction of `func.code`.
    pub positions: Vec<Pos>,
}

/// The stack form of every word of `defs`, in order (word `i` is `FuncId(i)`), or every
/// word's first error (one per word).
pub fn lower(defs: &[Definition]) -> Result<Vec<Lowered>, Vec<Error>> {
    let words: HashMap<&str, (FuncId, Effect)> =
        defs.iter().enumerate().map(|(i, d)| (d.name.as_str(), (FuncId::new(i), d.effect))).collect();
    let mut lowered = Vec::new();
    let mut errors = Vec::new();
    for def in defs {
        match WordCompiler::new(def, &words).compile(def) {
            Ok(l) => lowered.push(l),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() { Ok(lowered) } else { Err(errors) }
}

/// The module for `defs`: one function per word, each exported under its name, and the
/// `std` imports. Returns every word's first error (one per word).
pub fn compile(module_name: &str, file: &str, defs: &[Definition]) -> Result<Module, Vec<Error>> {
    let lowered = lower(defs)?;
    let mut module = Module::new(module_name);
    module.files.push(file.to_string());
    module.imports.push(import("print", "print_i64", Type::I64));
    module.imports.push(import("put_char", "put_char", Type::I32));
    let mut errors = Vec::new();
    for (i, (def, word)) in defs.iter().zip(&lowered).enumerate() {
        match vstarr::translate(&word.func) {
            Ok(function) => module.functions.push(with_lines(function, &word.positions)),
            Err(e) => {
                let pos = e.offset.and_then(|o| word.positions.get(o as usize)).copied().unwrap_or(def.pos);
                errors.push((pos, format!("cannot translate `{}`: {}", def.name, e.message)));
            }
        }
        module.exports.push(Export { name: def.name.clone(), func: FuncId::new(i) });
    }
    if errors.is_empty() { Ok(module) } else { Err(errors) }
}

/// Turns vstarr's positions (the index of the stack instruction) into lines and columns.
fn with_lines(mut function: Function, positions: &[Pos]) -> Function {
    for inst in function.blocks.iter_mut().flat_map(|b| b.insts.iter_mut()) {
        if let SrcLoc::Offset { file, offset } = inst.loc
            && let Some(pos) = positions.get(offset as usize)
        {
            inst.loc = SrcLoc::Line { file, line: pos.line, col: pos.col };
        }
    }
    function
}

fn import(local: &str, name: &str, param: Type) -> Import {
    Import { local_name: local.into(), module: "std".into(), name: name.into(), sig: FuncType::new([param], []) }
}

fn signature(effect: Effect) -> FuncType {
    FuncType::new(vec![Type::I64; effect.inputs], vec![Type::I64; effect.outputs])
}

/// An open `if` or `begin`.
enum Control {
    /// `if`: the index of its branch (to the `else` part or the end), and of the jump over
    /// the `else` part once `else` is seen.
    If { pos: Pos, branch: usize, depth: usize, then_depth: Option<usize>, jump: Option<usize> },
    /// `begin`: the index of the loop's first instruction.
    Begin { pos: Pos, head: u32, depth: usize },
}

/// Compiles one word's body into stack code.
struct WordCompiler<'a> {
    code: Vec<StackInst>,
    positions: Vec<Pos>,
    /// Where the token being compiled is.
    pos: Pos,
    depth: usize,
    max_depth: usize,
    control: Vec<Control>,
    words: &'a HashMap<&'a str, (FuncId, Effect)>,
}

impl<'a> WordCompiler<'a> {
    fn new(def: &Definition, words: &'a HashMap<&'a str, (FuncId, Effect)>) -> WordCompiler<'a> {
        let mut w = WordCompiler {
            code: Vec::new(),
            positions: Vec::new(),
            pos: def.pos,
            depth: 0,
            max_depth: 0,
            control: Vec::new(),
            words,
        };
        for i in 0..def.effect.inputs {
            w.emit(StackInst::Load(i as u32), 0, 1);
        }
        w
    }

    /// Appends `inst`, which pops `pops` values and pushes `pushes`.
    fn emit(&mut self, inst: StackInst, pops: usize, pushes: usize) {
        self.code.push(inst);
        self.positions.push(self.pos);
        self.depth = self.depth - pops + pushes;
        self.max_depth = self.max_depth.max(self.depth);
    }

    fn shuffle(&mut self, s: Shuffle) {
        let (pops, pushes) = s.pattern();
        self.emit(StackInst::Shuffle(s), pops, pushes.len());
    }

    fn call(&mut self, callee: Callee, sig: FuncType) {
        let (pops, pushes) = (sig.params.len(), sig.results.len());
        self.emit(StackInst::Call { callee, sig }, pops, pushes);
    }

    fn here(&self) -> u32 {
        self.code.len() as u32
    }

    fn compile(mut self, def: &Definition) -> Result<Lowered, Error> {
        for token in &def.body {
            self.pos = token.pos;
            self.token(token)?;
        }
        if let Some(open) = self.control.last() {
            return Err(match open {
                Control::If { pos, .. } => (*pos, "`if` is not closed by `then`".to_string()),
                Control::Begin { pos, .. } => (*pos, "`begin` is not closed by `until`".to_string()),
            });
        }
        if self.depth != def.effect.outputs {
            let msg = format!(
                "`{}` declares {} output(s) but leaves {} value(s) on the stack",
                def.name, def.effect.outputs, self.depth
            );
            return Err((def.pos, msg));
        }
        self.emit(StackInst::Return, def.effect.outputs, 0);
        let func = StackFunction {
            name: def.name.clone(),
            sig: signature(def.effect),
            locals: vec![Type::I64; def.effect.inputs],
            max_stack: self.max_depth as u32,
            code: self.code,
            unit: Some(FileId(0)),
            handlers: Vec::new(),
        };
        Ok(Lowered { func, positions: self.positions })
    }

    fn token(&mut self, token: &Token) -> Result<(), Error> {
        match &token.kind {
            TokenKind::Paren(_) => Ok(()),
            TokenKind::Str(text) => {
                for c in text.chars() {
                    self.emit(StackInst::Push(Imm::i32(c as i32)), 0, 1);
                    self.call(Callee::Import(PUT_CHAR), FuncType::new([Type::I32], []));
                }
                Ok(())
            }
            TokenKind::Word(word) => self.word(word, token.pos),
        }
    }

    fn word(&mut self, word: &str, pos: Pos) -> Result<(), Error> {
        if let Ok(n) = word.parse::<i64>() {
            self.emit(StackInst::Push(Imm::i64(n)), 0, 1);
            return Ok(());
        }
        if primitives::CONTROL.contains(&word) {
            return self.control(word, pos);
        }
        if let Some(prim) = primitives::lookup(word) {
            self.need(word, prim.needs(), pos)?;
            self.primitive(prim);
            return Ok(());
        }
        let Some(&(func, effect)) = self.words.get(word) else {
            if word.trim_start_matches('-').bytes().all(|c| c.is_ascii_digit()) && word != "-" {
                return Err((pos, format!("number `{word}` does not fit in 64 bits")));
            }
            return Err((pos, format!("unknown word `{word}`")));
        };
        self.need(word, effect.inputs, pos)?;
        self.call(Callee::Func(func), signature(effect));
        Ok(())
    }

    fn need(&self, word: &str, n: usize, pos: Pos) -> Result<(), Error> {
        if self.depth < n {
            return Err((pos, format!("`{word}` needs {n} value(s) on the stack, there are {}", self.depth)));
        }
        Ok(())
    }

    fn op(&mut self, op: Opcode, pops: usize) {
        self.emit(StackInst::Op(op), pops, 1);
    }

    fn primitive(&mut self, prim: Primitive) {
        match prim {
            Primitive::Arith(op) => self.op(op, 2),
            Primitive::Compare(op) => {
                self.op(op, 2);
                self.op(Opcode::I64ExtendI32U, 1);
            }
            Primitive::ZeroEq => {
                self.op(Opcode::I64Eqz, 1);
                self.op(Opcode::I64ExtendI32U, 1);
            }
            Primitive::Negate => self.op(Opcode::I64Neg, 1),
            Primitive::Dup => self.shuffle(Shuffle::Dup),
            Primitive::Drop => self.shuffle(Shuffle::Pop),
            Primitive::Swap => self.shuffle(Shuffle::Swap),
            // a b → a b a b → a b a
            Primitive::Over => {
                self.shuffle(Shuffle::Dup2);
                self.shuffle(Shuffle::Pop);
            }
            // a b c → c a b c → c a b → b c a b → b c a
            Primitive::Rot => {
                for _ in 0..2 {
                    self.shuffle(Shuffle::DupX2);
                    self.shuffle(Shuffle::Pop);
                }
            }
            Primitive::Print => self.call(Callee::Import(PRINT_I64), FuncType::new([Type::I64], [])),
            Primitive::Emit => {
                self.op(Opcode::I32WrapI64, 1);
                self.call(Callee::Import(PUT_CHAR), FuncType::new([Type::I32], []));
            }
            Primitive::Cr => {
                self.emit(StackInst::Push(Imm::i32(10)), 0, 1);
                self.call(Callee::Import(PUT_CHAR), FuncType::new([Type::I32], []));
            }
        }
    }

    /// Points the branch or jump at index `at` to `target`.
    fn patch(&mut self, at: usize, target: u32) {
        if let StackInst::Jump(t) | StackInst::BranchIf(t) = &mut self.code[at] {
            *t = target;
        }
    }

    fn control(&mut self, word: &str, pos: Pos) -> Result<(), Error> {
        match word {
            "if" => {
                // Branch to the `else` part (or the end) when the condition is zero.
                self.need(word, 1, pos)?;
                self.op(Opcode::I64Eqz, 1);
                let branch = self.code.len();
                self.emit(StackInst::BranchIf(0), 1, 0);
                self.control.push(Control::If { pos, branch, depth: self.depth, then_depth: None, jump: None });
            }
            "else" => {
                let jump_at = self.code.len();
                let depth_now = self.depth;
                let Some(Control::If { branch, depth, then_depth: then_depth @ None, jump, .. }) =
                    self.control.last_mut()
                else {
                    return Err((pos, "`else` without an open `if`".to_string()));
                };
                *then_depth = Some(depth_now);
                *jump = Some(jump_at);
                let (branch, depth) = (*branch, *depth);
                self.emit(StackInst::Jump(0), 0, 0);
                let else_start = self.here();
                self.patch(branch, else_start);
                self.depth = depth;
            }
            "then" => {
                let Some(Control::If { branch, depth, then_depth, jump, .. }) = self.control.pop() else {
                    return Err((pos, "`then` without an open `if`".to_string()));
                };
                let here = self.depth;
                match then_depth {
                    None if here != depth => {
                        let msg =
                            format!("an `if` without `else` must keep the stack depth ({depth} before, {here} after)");
                        return Err((pos, msg));
                    }
                    Some(other) if other != here => {
                        let msg = format!("the branches of `if` leave different stack depths ({other} and {here})");
                        return Err((pos, msg));
                    }
                    _ => {}
                }
                let end = self.here();
                self.patch(jump.unwrap_or(branch), end);
            }
            "begin" => {
                let head = self.here();
                self.control.push(Control::Begin { pos, head, depth: self.depth });
            }
            _ => {
                let Some(Control::Begin { head, depth, .. }) = self.control.pop() else {
                    return Err((pos, "`until` without an open `begin`".to_string()));
                };
                self.need(word, 1, pos)?;
                if self.depth - 1 != depth {
                    let msg = format!(
                        "a `begin ... until` loop must keep the stack depth ({depth} at `begin`, {} at `until`)",
                        self.depth - 1
                    );
                    return Err((pos, msg));
                }
                // Loop back while the condition is zero.
                self.op(Opcode::I64Eqz, 1);
                self.emit(StackInst::BranchIf(head), 1, 0);
            }
        }
        Ok(())
    }
}
