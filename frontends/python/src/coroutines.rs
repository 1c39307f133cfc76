//! `async def` and `await` over the generator machinery (docs/python.md, "Coroutines"): before
//! compiling, a module mentioning `async` is rewritten so that each `async def` is a plain
//! generator function (with an unreachable `if False: yield` so that one without `await` is a
//! generator too) and each `await e` is `yield from e`; `yield_hoist.rs` then moves the ones
//! inside larger expressions (`print(await t)`, `return await a + await b`) into statements,
//! in CPython's evaluation order. The prelude's `asyncio` (`prelude/asyncio.py`) drives such
//! generators: what they yield are its requests (sleep, wait for a task, give way). An `async
//! def` with `yield` is an asynchronous generator (`async_gen.rs`).

use rustpython_ast::fold::Fold;
use rustpython_parser::ast::{self, Constant, Expr, Stmt};
use rustpython_parser::text_size::TextRange;

/// Rewrites the coroutines of `body` (a no-op without `async def`).
pub fn lower(body: Vec<Stmt>) -> Vec<Stmt> {
    let mut l = Lower { n: 0, agen: false };
    body.into_iter().map(|s| l.fold_stmt(s).unwrap_or_else(|e| match e {})).collect()
}

struct Lower {
    /// How many `async for`/`async with` statements were rewritten (numbers hidden names).
    n: usize,
    /// Whether the body being rewritten is an asynchronous generator's (its `yield v` become
    /// `yield ("agen", v)`, see [`crate::async_gen`]).
    agen: bool,
}

fn constant(range: TextRange, b: bool) -> Box<Expr> {
    Box::new(Expr::Constant(ast::ExprConstant { range, value: Constant::Bool(b), kind: None }))
}

impl Fold<TextRange> for Lower {
    type TargetU = TextRange;
    type Error = std::convert::Infallible;
    type UserContext = ();

    fn will_map_user(&mut self, _user: &TextRange) {}

    fn map_user(&mut self, user: TextRange, _context: ()) -> Result<TextRange, Self::Error> {
        Ok(user)
    }

    fn fold_stmt(&mut self, node: Stmt) -> Result<Stmt, Self::Error> {
        match node {
            Stmt::AsyncFunctionDef(f) => {
                let range = f.range;
                let agen = crate::generators::is_generator(&f.body);
                let outer = std::mem::replace(&mut self.agen, agen);
                let body: Result<Vec<Stmt>, _> = f.body.into_iter().map(|s| self.fold_stmt(s)).collect();
                self.agen = outer;
                let mut body = body?;
                let marker = Stmt::Expr(ast::StmtExpr {
                    range,
                    value: Box::new(Expr::Yield(ast::ExprYield { range, value: None })),
                });
                body.push(Stmt::If(ast::StmtIf {
                    range,
                    test: constant(range, false),
                    body: vec![marker],
                    orelse: vec![],
                }));
                let args = Box::new(self.fold(*f.args)?);
                let mut decorator_list: Vec<Expr> =
                    f.decorator_list.into_iter().map(|d| self.fold_expr(d)).collect::<Result<_, _>>()?;
                if agen {
                    decorator_list.push(crate::async_gen::wrapper(range));
                }
                Ok(Stmt::FunctionDef(ast::StmtFunctionDef {
                    range,
                    name: f.name,
                    args,
                    body,
                    decorator_list,
                    returns: None,
                    type_comment: f.type_comment,
                    type_params: f.type_params,
                }))
            }
            Stmt::AsyncFor(f) => {
                let range = f.range;
                self.n += 1;
                let body = crate::async_stmts::async_for(f, self.n);
                self.fold_stmt(Stmt::If(ast::StmtIf { range, test: constant(range, true), body, orelse: vec![] }))
            }
            Stmt::AsyncWith(w) => {
                let range = w.range;
                self.n += 1;
                let body = crate::async_stmts::async_with(w, self.n);
                self.fold_stmt(Stmt::If(ast::StmtIf { range, test: constant(range, true), body, orelse: vec![] }))
            }
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) if self.agen => {
                // Their yields are their own.
                self.agen = false;
                let s = rustpython_ast::fold::fold_stmt(self, node);
                self.agen = true;
                s
            }
            mut other => {
                if let Some(mut pre) = crate::async_comp::lower(&mut other, &mut self.n) {
                    let range = TextRange::default();
                    pre.push(other);
                    return self.fold_stmt(Stmt::If(ast::StmtIf {
                        range,
                        test: constant(range, true),
                        body: pre,
                        orelse: vec![],
                    }));
                }
                rustpython_ast::fold::fold_stmt(self, other)
            }
        }
    }

    fn fold_expr(&mut self, node: Expr) -> Result<Expr, Self::Error> {
        match node {
            Expr::Await(a) => {
                let value = Box::new(self.fold_expr(*a.value)?);
                Ok(Expr::YieldFrom(ast::ExprYieldFrom { range: a.range, value }))
            }
            Expr::Yield(y) if self.agen => {
                let value = y.value.map(|v| self.fold_expr(*v)).transpose()?;
                Ok(crate::async_gen::item(y.range, value))
            }
            Expr::Lambda(_) if self.agen => {
                self.agen = false;
                let e = rustpython_ast::fold::fold_expr(self, node);
                self.agen = true;
                e
            }
            other => rustpython_ast::fold::fold_expr(self, other),
        }
    }
}
