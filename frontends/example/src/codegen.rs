//! Compiling word definitions into rootIR functions with `rootir::FunctionBuilder`.

use crate::lexer::{Pos, Token, TokenKind};
use crate::parser::{Definition, Effect};
use crate::primitives::{self, Primitive};
use crate::stack::Stack;
use rootir::{
    Block, Callee, Export, FileId, FuncId, FuncType, Function, FunctionBuilder, Import, ImportId, Module, SrcLoc, Type,
};
use std::collections::HashMap;

/// An error: where and what.
pub type Error = (Pos, String);

const PRINT_I64: ImportId = ImportId(0);
const PUT_CHAR: ImportId = ImportId(1);

/// The module for `defs`: one function per word, each exported under its name, and the
/// `std` imports. Returns every word's first error (one per word).
pub fn compile(module_name: &str, file: &str, defs: &[Definition]) -> Result<Module, Vec<Error>> {
    let mut module = Module::new(module_name);
    module.files.push(file.to_string());
    module.imports.push(import("print", "print_i64", Type::I64));
    module.imports.push(import("put_char", "put_char", Type::I32));
    let words: HashMap<&str, (FuncId, Effect)> =
        defs.iter().enumerate().map(|(i, d)| (d.name.as_str(), (FuncId::new(i), d.effect))).collect();
    let mut errors = Vec::new();
    for (i, def) in defs.iter().enumerate() {
        match WordCompiler::new(def, &words).compile(def) {
            Ok(function) => module.functions.push(function),
            Err(e) => errors.push(e),
        }
        module.exports.push(Export { name: def.name.clone(), func: FuncId::new(i) });
    }
    if errors.is_empty() { Ok(module) } else { Err(errors) }
}

fn import(local: &str, name: &str, param: Type) -> Import {
    Import { local_name: local.into(), module: "std".into(), name: name.into(), sig: FuncType::new([param], []) }
}

fn signature(effect: Effect) -> FuncType {
    FuncType::new(vec![Type::I64; effect.inputs], vec![Type::I64; effect.outputs])
}

/// An open `if` or `begin`.
enum Control {
    If { pos: Pos, else_block: Block, end: Block, depth: usize, then_depth: Option<usize> },
    Begin { pos: Pos, head: Block, depth: usize },
}

/// Compiles one word's body.
struct WordCompiler<'a> {
    b: FunctionBuilder,
    stack: Stack,
    control: Vec<Control>,
    words: &'a HashMap<&'a str, (FuncId, Effect)>,
}

impl<'a> WordCompiler<'a> {
    fn new(def: &Definition, words: &'a HashMap<&'a str, (FuncId, Effect)>) -> WordCompiler<'a> {
        let mut b = FunctionBuilder::new(def.name.clone(), signature(def.effect));
        let mut stack = Stack::default();
        for i in 0..def.effect.inputs {
            let param = b.param(i);
            stack.push(&mut b, param);
        }
        WordCompiler { b, stack, control: Vec::new(), words }
    }

    fn compile(mut self, def: &Definition) -> Result<Function, Error> {
        for token in &def.body {
            self.b.set_loc(SrcLoc::Line { file: FileId(0), line: token.pos.line, col: token.pos.col });
            self.token(token)?;
        }
        if let Some(open) = self.control.last() {
            return Err(match open {
                Control::If { pos, .. } => (*pos, "`if` is not closed by `then`".to_string()),
                Control::Begin { pos, .. } => (*pos, "`begin` is not closed by `until`".to_string()),
            });
        }
        if self.stack.depth() != def.effect.outputs {
            let msg = format!(
                "`{}` declares {} output(s) but leaves {} value(s) on the stack",
                def.name,
                def.effect.outputs,
                self.stack.depth()
            );
            return Err((def.pos, msg));
        }
        let results = self.stack.pop(def.effect.outputs);
        self.b.ret(&results);
        Ok(self.b.finish())
    }

    fn token(&mut self, token: &Token) -> Result<(), Error> {
        let pos = token.pos;
        match &token.kind {
            TokenKind::Paren(_) => Ok(()),
            TokenKind::Str(text) => {
                for c in text.chars() {
                    let code = self.b.i32_const(c as i32);
                    self.b.call(Callee::Import(PUT_CHAR), &[code], &[]);
                }
                Ok(())
            }
            TokenKind::Word(word) => self.word(word, pos),
        }
    }

    fn word(&mut self, word: &str, pos: Pos) -> Result<(), Error> {
        if let Ok(n) = word.parse::<i64>() {
            let value = self.b.i64_const(n);
            self.stack.push(&mut self.b, value);
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
        let args = self.stack.pop(effect.inputs);
        let results = self.b.call(Callee::Func(func), &args, &vec![Type::I64; effect.outputs]);
        for r in results {
            self.stack.push(&mut self.b, r);
        }
        Ok(())
    }

    fn need(&self, word: &str, n: usize, pos: Pos) -> Result<(), Error> {
        if self.stack.depth() < n {
            return Err((pos, format!("`{word}` needs {n} value(s) on the stack, there are {}", self.stack.depth())));
        }
        Ok(())
    }

    fn primitive(&mut self, prim: Primitive) {
        let b = &mut self.b;
        match prim {
            Primitive::Arith(op) | Primitive::Compare(op) => {
                let operands = self.stack.pop(2);
                let mut r = op(b, operands[0], operands[1]);
                if matches!(prim, Primitive::Compare(_)) {
                    r = b.i64_extend_i32_u(r);
                }
                self.stack.push(b, r);
            }
            Primitive::ZeroEq => {
                let x = self.stack.pop(1)[0];
                let flag = b.i64_eqz(x);
                let r = b.i64_extend_i32_u(flag);
                self.stack.push(b, r);
            }
            Primitive::Negate => {
                let x = self.stack.pop(1)[0];
                let r = b.i64_neg(x);
                self.stack.push(b, r);
            }
            Primitive::Dup => self.stack.push(b, self.stack.peek(0)),
            Primitive::Over => self.stack.push(b, self.stack.peek(1)),
            Primitive::Drop => {
                self.stack.pop(1);
            }
            Primitive::Swap | Primitive::Rot => {
                // Rotate the top 2 (swap) or 3 (rot) slots left by one: ( a b c -- b c a ).
                let n = if matches!(prim, Primitive::Swap) { 2 } else { 3 };
                let slots: Vec<_> = (0..n).rev().map(|i| self.stack.peek(i)).collect();
                let saved = b.new_reg(Type::I64);
                b.mov(saved, slots[0]);
                for w in slots.windows(2) {
                    b.mov(w[0], w[1]);
                }
                b.mov(slots[n - 1], saved);
            }
            Primitive::Print => {
                let x = self.stack.pop(1)[0];
                b.call(Callee::Import(PRINT_I64), &[x], &[]);
            }
            Primitive::Emit => {
                let x = self.stack.pop(1)[0];
                let c = b.i32_wrap_i64(x);
                b.call(Callee::Import(PUT_CHAR), &[c], &[]);
            }
            Primitive::Cr => {
                let c = b.i32_const(10);
                b.call(Callee::Import(PUT_CHAR), &[c], &[]);
            }
        }
    }

    fn control(&mut self, word: &str, pos: Pos) -> Result<(), Error> {
        match word {
            "if" => {
                self.need(word, 1, pos)?;
                let cond = self.stack.pop(1)[0];
                let (then_block, else_block, end) = (self.b.new_block(), self.b.new_block(), self.b.new_block());
                let is_zero = self.b.i64_eqz(cond);
                self.b.br_if(is_zero, else_block, then_block);
                self.b.switch_to(then_block);
                self.control.push(Control::If { pos, else_block, end, depth: self.stack.depth(), then_depth: None });
            }
            "else" => {
                let Some(Control::If { else_block, end, depth, then_depth: then_depth @ None, .. }) =
                    self.control.last_mut()
                else {
                    return Err((pos, "`else` without an open `if`".to_string()));
                };
                *then_depth = Some(self.stack.depth());
                let (else_block, end, depth) = (*else_block, *end, *depth);
                self.b.br(end);
                self.b.switch_to(else_block);
                self.stack.set_depth(&mut self.b, depth);
            }
            "then" => {
                let Some(Control::If { else_block, end, depth, then_depth, .. }) = self.control.pop() else {
                    return Err((pos, "`then` without an open `if`".to_string()));
                };
                let here = self.stack.depth();
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
                self.b.br(end);
                if then_depth.is_none() {
                    self.b.switch_to(else_block);
                    self.b.br(end);
                }
                self.b.switch_to(end);
            }
            "begin" => {
                let head = self.b.new_block();
                self.b.br(head);
                self.b.switch_to(head);
                self.control.push(Control::Begin { pos, head, depth: self.stack.depth() });
            }
            _ => {
                let Some(Control::Begin { head, depth, .. }) = self.control.pop() else {
                    return Err((pos, "`until` without an open `begin`".to_string()));
                };
                self.need(word, 1, pos)?;
                let cond = self.stack.pop(1)[0];
                if self.stack.depth() != depth {
                    let msg = format!(
                        "a `begin ... until` loop must keep the stack depth ({depth} at `begin`, {} at `until`)",
                        self.stack.depth()
                    );
                    return Err((pos, msg));
                }
                let exit = self.b.new_block();
                let is_zero = self.b.i64_eqz(cond);
                self.b.br_if(is_zero, head, exit);
                self.b.switch_to(exit);
            }
        }
        Ok(())
    }
}
