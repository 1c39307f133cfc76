//! Generator functions. Calling one makes a generator object (`py.gen_new`) holding a *frame*
//! (a list: slot `i` is local `i` of the resume function) and a state; the function's body is
//! compiled as a *resume function* whose only parameter is the generator. Each `yield`
//! saves every `any` local into the frame (`py.gen_save`), records its state number and returns
//! the value; the resume function starts with a jump to a dispatch on the state
//! (`py.gen_state`) that continues after the matching `yield`, where the locals are loaded back
//! (`py.gen_load`). Finishing (`return`, the end of the body) marks the generator done
//! (`py.gen_done`) and returns the "exhausted" marker. A `for` loop or `next()` asks for the
//! next value through a call request (see `runtimes/python/src/dunder.rs`).
//!
//! `yield` is compiled as a statement and as the value of `x = yield v`, `yield from it` as a
//! statement and as the value of `x = yield from it`: `yield_hoist.rs` has moved the yields of
//! larger expressions there. A generator expression used as a value becomes a hidden generator
//! function `for x in .0: if c: yield e` called with `iter()` of its first iterable. Generators
//! whose variables nested functions share and `yield` inside an `except` or `finally` block are
//! diagnostics.

use crate::cx::{Cx, R};
use rootir::{Opcode, Type};
use rustpython_ast::Visitor;
use rustpython_parser::ast::{self, Expr, Stmt};
use vstarr::stack::Shuffle;

/// The resume function being compiled.
#[derive(Default)]
pub struct GenState {
    /// Where each `yield` continues (state `k + 1`).
    pub resumes: Vec<u32>,
    /// The local holding the generator (1 when the closure comes first).
    pub gen_local: u32,
}

/// Whether a function body yields (`yield` or `yield from`, outside nested functions, async
/// functions, classes and lambdas): a `def` whose body does is a generator function, an
/// `async def` whose body does (before `coroutines.rs` rewrites it) an asynchronous generator.
pub fn is_generator(body: &[Stmt]) -> bool {
    let mut v = Yields(false);
    for s in body {
        v.visit_stmt(s.clone());
    }
    v.0
}

/// Whether expression `e` yields (outside nested functions, classes and lambdas): a
/// `lambda` whose body does is a generator function.
pub fn expr_yields(e: &Expr) -> bool {
    let mut v = Yields(false);
    v.visit_expr(e.clone());
    v.0
}

struct Yields(bool);

impl Visitor for Yields {
    fn visit_expr_yield(&mut self, _node: ast::ExprYield) {
        self.0 = true;
    }
    fn visit_expr_yield_from(&mut self, _node: ast::ExprYieldFrom) {
        self.0 = true;
    }
    fn visit_stmt_function_def(&mut self, _node: ast::StmtFunctionDef) {}
    fn visit_stmt_async_function_def(&mut self, _node: ast::StmtAsyncFunctionDef) {}
    fn visit_stmt_class_def(&mut self, _node: ast::StmtClassDef) {}
    fn visit_expr_lambda(&mut self, _node: ast::ExprLambda) {}
    crate::scope::walk_parts!();
}

impl<'a> Cx<'_, 'a> {
    /// The direct form of a generator function (its closure in local 0 when `closure`):
    /// `gen_new(resume, name, (params...), first slot, closure)`.
    pub fn gen_maker(&mut self, resume: u32, name: &str, nparams: usize, closure: bool) {
        let first = closure as u32;
        // Its index in the runtime's function table: this module's base + `resume`.
        use vstarr::operation::{Attr, Operation};
        self.f.inst(Operation::with(rootir::Opcode::GlobalGet, Attr::Global(crate::emit::G_FBASE)), 1);
        self.i32(resume as i32);
        self.f.op(rootir::Opcode::I32Add);
        self.str_const(name);
        self.i32(nparams as i32);
        self.host("tuple_new");
        for i in 0..nparams {
            self.f.shuffle(Shuffle::Dup);
            self.i32(i as i32);
            self.f.load(first + i as u32);
            self.host("tuple_set");
        }
        self.i32(first as i32 + 1);
        if closure {
            self.f.load(0);
        } else {
            self.none();
        }
        self.host("gen_new");
        self.f.ret();
    }

    fn gen_local(&self) -> u32 {
        self.f.generator.as_ref().map_or(0, |g| g.gen_local)
    }

    /// The start of a resume function with `nparams` original parameters (locals 1..): a jump
    /// to the dispatch (patched by [`Cx::gen_dispatch`]), then the parameters loaded from the
    /// frame. Returns the jump and where state 0 starts.
    pub fn gen_prologue(&mut self, nparams: usize) -> (usize, u32) {
        let jump = self.f.jump(u32::MAX);
        let entry = self.f.here();
        let g = self.gen_local();
        for i in g + 1..=g + nparams as u32 {
            self.f.load(g);
            self.i32(i as i32);
            self.host("gen_load");
            self.f.store(i);
        }
        (jump, entry)
    }

    /// The handler of a resume function's body (`start..end`): an exception leaving it ends
    /// the generator (`py.gen_fail`, which turns a `StopIteration` into PEP 479's
    /// `RuntimeError`) and goes on.
    pub fn gen_fail_handler(&mut self, start: u32, end: u32) {
        let handler = self.f.here();
        self.f.depth = 1;
        let exc = self.f.temp(Type::Ref);
        self.f.store(exc);
        self.f.load(self.gen_local());
        self.f.load(exc);
        self.f.load(exc);
        self.f.op(Opcode::ExcTrapCode);
        self.host("gen_fail");
        self.f.load(exc);
        self.f.throw();
        if start < end {
            self.f.handlers.push(vstarr::stack::Handler { start, end, handler });
        }
    }

    /// The dispatch on the generator's state, at the end of the resume function.
    pub fn gen_dispatch(&mut self, jump: usize, entry: u32) {
        self.f.depth = 0;
        self.f.patch_here(jump);
        let resumes = self.f.generator.as_ref().map(|g| g.resumes.clone()).unwrap_or_default();
        let s = self.f.temp(Type::I32);
        self.f.load(self.gen_local());
        self.host("gen_state");
        self.f.store(s);
        for (k, label) in resumes.into_iter().enumerate() {
            self.f.load(s);
            self.i32(k as i32 + 1);
            self.f.op(Opcode::I32Eq);
            let b = self.f.branch_if(u32::MAX);
            self.f.patch(b, label);
        }
        self.f.jump(entry);
    }

    /// `yield v` as a statement, or `target = yield v`.
    pub fn yield_stmt(&mut self, value: Option<&'a Expr>, target: Option<&'a Expr>) -> R {
        if self.f.generator.is_none() {
            return self.err("`yield` outside a function is not supported");
        }
        if !self.f.caught.is_empty() || self.f.in_cleanup_handler > 0 {
            return self.err("`yield` inside an `except` or `finally` block is not supported yet");
        }
        match value {
            Some(v) => self.expr(v)?,
            None => self.none(),
        }
        self.suspend()?;
        // What `send()` or `throw()` handed the generator.
        self.f.load(self.gen_local());
        self.i32(0);
        self.host("gen_sent");
        match target {
            Some(t) => self.store_target(t),
            None => {
                self.f.shuffle(Shuffle::Pop);
                Ok(())
            }
        }
    }

    /// `yield from it` as a statement, or `target = yield from it`: yields every item of `it`;
    /// the value is what a generator `it` returned (`py.gen_result`), none for other iterables.
    pub fn yield_from(&mut self, it: &'a Expr, target: Option<&'a Expr>) -> R {
        if self.f.generator.is_none() {
            return self.err("`yield from` outside a function is not supported");
        }
        if !self.f.caught.is_empty() || self.f.in_cleanup_handler > 0 {
            return self.err("`yield` inside an `except` or `finally` block is not supported yet");
        }
        self.expr(it)?;
        self.host("iter");
        let inner = self.f.temp(Type::Any);
        self.f.store(inner);
        let (head, exit, v) = self.loop_head(inner);
        self.f.load(v);
        self.suspend()?;
        self.f.load(self.gen_local());
        self.i32(1);
        self.host("gen_sent");
        self.f.shuffle(Shuffle::Pop);
        self.f.jump(head);
        self.f.patch_here(exit);
        match target {
            Some(t) => {
                self.f.load(inner);
                self.host("gen_result");
                self.store_target(t)
            }
            None => Ok(()),
        }
    }

    /// Suspends with the value on the stack: saves the locals, records the state, returns; and
    /// where it resumes, loads the locals back.
    fn suspend(&mut self) -> R {
        let value = self.f.temp(Type::Any);
        self.f.store(value);
        let g = self.gen_local();
        let saved: Vec<u32> = (g + 1..self.f.locals.len() as u32)
            .filter(|&t| self.f.locals[t as usize] == Type::Any && t != value)
            .collect();
        for &t in &saved {
            self.f.load(g);
            self.i32(t as i32);
            self.f.load(t);
            self.host("gen_save");
        }
        let k = self.f.generator.as_ref().map_or(0, |g| g.resumes.len()) + 1;
        self.f.load(g);
        self.i32(k as i32);
        self.host("gen_set_state");
        self.f.load(value);
        self.f.ret();
        let label = self.f.here();
        if let Some(g) = self.f.generator.as_mut() {
            g.resumes.push(label);
        }
        for &t in &saved {
            self.f.load(g);
            self.i32(t as i32);
            self.host("gen_load");
            self.f.store(t);
        }
        Ok(())
    }
}
