//! Code that must run however a block is left: `try ... finally` and `with`.
//!
//! The protected block is a vstarr handler range; the cleanup is compiled once for the normal
//! path, once in the handler (which rethrows, or for `with` asks `__exit__` whether to
//! suppress), and once per kind of `return`/`break`/`continue` that leaves the block: such an
//! exit jumps to a landing pad after the range, which runs the cleanup and then leaves the
//! same way again (through the next enclosing cleanup, if any).

use crate::cx::{Cx, R};
use crate::emit::{Exit, F_CALL, Finally};
use rootir::{Callee, FuncType, Opcode, Type};
use rustpython_parser::ast::{self, Stmt};

/// What runs when the block is left.
#[derive(Copy, Clone)]
enum Cleanup<'a> {
    /// A `finally` body.
    Body(&'a [Stmt]),
    /// A `with` statement's context manager (the local holding its `__exit__`).
    Exit(u32),
}

impl<'a> Cx<'_, 'a> {
    /// Leaves through `return` (the value on the stack), `break` or `continue`, running the
    /// enclosing cleanups on the way.
    pub fn leave(&mut self, exit: Exit) -> R {
        let loops = self.f.loops.len();
        let crosses = self.f.finallies.last().is_some_and(|f| exit == Exit::Return || f.loop_depth == loops);
        if exit == Exit::Return && crosses {
            let t = match self.f.ret_tmp {
                Some(t) => t,
                None => {
                    let t = self.f.temp(Type::Any);
                    self.f.ret_tmp = Some(t);
                    t
                }
            };
            self.f.store(t);
        }
        if crosses {
            let j = self.f.jump(u32::MAX);
            if let Some(f) = self.f.finallies.last_mut() {
                f.exits.push((j, exit));
            }
            return Ok(());
        }
        match exit {
            Exit::Return if self.f.generator.is_some() => {
                // A generator finishing: marked done with its value (for `yield from`), the
                // caller sees the "exhausted" marker.
                self.f.load(self.f.generator.as_ref().map_or(0, |g| g.gen_local));
                self.host("gen_done");
                self.f.ret();
            }
            Exit::Return => self.f.ret(),
            Exit::Break => {
                let j = self.f.jump(u32::MAX);
                match self.f.loops.last_mut() {
                    Some(l) => l.breaks.push(j),
                    None => return self.err("`break` outside a loop"),
                }
            }
            Exit::Continue => {
                let Some(head) = self.f.loops.last().map(|l| l.head) else {
                    return self.err("`continue` outside a loop");
                };
                self.f.jump(head);
            }
        }
        Ok(())
    }

    /// `try ... finally` (with or without `except` clauses).
    pub fn try_finally(&mut self, t: &'a ast::StmtTry) -> R {
        self.protect(|cx| cx.try_except(t), Cleanup::Body(&t.finalbody))
    }

    /// `with a as x, b as y: body`.
    pub fn with_stmt(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt]) -> R {
        let Some((item, rest)) = items.split_first() else { return self.block(body) };
        self.expr(&item.context_expr)?;
        let mgr = self.f.temp(Type::Any);
        self.f.store(mgr);
        let exit = self.f.temp(Type::Any);
        self.f.load(mgr);
        self.str_const("__exit__");
        self.host("getattr");
        self.f.store(exit);
        self.f.load(mgr);
        self.str_const("__enter__");
        self.host("getattr");
        self.call_args_none(0);
        match &item.optional_vars {
            Some(target) => self.store_target(target)?,
            None => self.f.shuffle(vstarr::stack::Shuffle::Pop),
        }
        self.protect(|cx| cx.with_stmt(rest, body), Cleanup::Exit(exit))
    }

    /// Calls the callable on the stack with `n` arguments of none.
    fn call_args_none(&mut self, n: i32) {
        self.i32(n);
        self.host("tuple_new");
        for i in 0..n {
            self.f.shuffle(vstarr::stack::Shuffle::Dup);
            self.i32(i);
            self.none();
            self.host("tuple_set");
        }
        self.f.call(Callee::Func(F_CALL), FuncType::new([Type::Any, Type::Any], [Type::Any]));
    }

    /// Compiles `body` as a protected block with `cleanup`.
    fn protect(&mut self, body: impl FnOnce(&mut Self) -> R, cleanup: Cleanup<'a>) -> R {
        self.f.finallies.push(Finally { loop_depth: self.f.loops.len(), exits: Vec::new() });
        let start = self.f.here();
        body(self)?;
        let end = self.f.here();
        let exits = self.f.finallies.pop().map(|f| f.exits).unwrap_or_default();
        self.run_cleanup(cleanup)?;
        let mut done = vec![self.f.jump(u32::MAX)];
        let handler = self.f.here();
        self.f.depth = 1;
        let exc = self.f.temp(Type::Ref);
        self.f.store(exc);
        match cleanup {
            Cleanup::Body(b) => {
                self.f.in_cleanup_handler += 1;
                self.block(b)?;
                self.f.in_cleanup_handler -= 1;
            }
            Cleanup::Exit(exit) => done.push(self.exit_on_exception(exit, exc)?),
        }
        self.f.load(exc);
        self.f.throw();
        if start < end {
            self.f.handlers.push(vstarr::stack::Handler { start, end, handler });
        }
        for kind in [Exit::Return, Exit::Break, Exit::Continue] {
            let jumps: Vec<usize> = exits.iter().filter(|(_, k)| *k == kind).map(|(j, _)| *j).collect();
            if jumps.is_empty() {
                continue;
            }
            self.f.depth = 0;
            for j in jumps {
                self.f.patch_here(j);
            }
            self.run_cleanup(cleanup)?;
            if kind == Exit::Return
                && let Some(t) = self.f.ret_tmp
            {
                self.f.load(t);
            }
            self.leave(kind)?;
        }
        self.f.depth = 0;
        for d in done {
            self.f.patch_here(d);
        }
        Ok(())
    }

    /// The cleanup on a path without an exception.
    fn run_cleanup(&mut self, cleanup: Cleanup<'a>) -> R {
        match cleanup {
            Cleanup::Body(b) => self.block(b),
            Cleanup::Exit(exit) => {
                self.f.load(exit);
                self.call_args_none(3);
                self.f.shuffle(vstarr::stack::Shuffle::Pop);
                Ok(())
            }
        }
    }

    /// Pushes the caught exception in local `exc` and its trap code (what `py.exc_from` and
    /// `py.uncaught` take).
    pub fn push_exc(&mut self, exc: u32) {
        self.f.load(exc);
        self.f.load(exc);
        self.f.op(Opcode::ExcTrapCode);
    }

    /// The Python exception of the caught exception in local `exc` (`py.exc_from`: a VM trap
    /// becomes its Python exception), in a new local.
    pub fn exc_value(&mut self, exc: u32) -> u32 {
        self.push_exc(exc);
        self.host("exc_from");
        let value = self.f.temp(Type::Any);
        self.f.store(value);
        value
    }

    /// In a `with` handler: calls `__exit__(type(e), e, None)` with the caught exception (in
    /// local `exc`); returns the branch taken when it returns a true value (suppressed).
    fn exit_on_exception(&mut self, exit: u32, exc: u32) -> R<usize> {
        let value = self.exc_value(exc);
        self.f.load(exit);
        self.i32(3);
        self.host("tuple_new");
        for (i, arg) in [Some(true), Some(false), None].into_iter().enumerate() {
            self.f.shuffle(vstarr::stack::Shuffle::Dup);
            self.i32(i as i32);
            match arg {
                Some(true) => {
                    self.str_const("type");
                    self.i32(1);
                    self.host("tuple_new");
                    self.f.shuffle(vstarr::stack::Shuffle::Dup);
                    self.i32(0);
                    self.f.load(value);
                    self.host("tuple_set");
                    self.none();
                    self.host("builtin");
                }
                Some(false) => self.f.load(value),
                None => self.none(),
            }
            self.host("tuple_set");
        }
        self.f.call(Callee::Func(F_CALL), FuncType::new([Type::Any, Type::Any], [Type::Any]));
        self.host("truthy");
        Ok(self.f.branch_if(u32::MAX))
    }
}
