//! `async def` and `await` over the generator machinery (docs/python.md, "Coroutines"): before
//! compiling, a module mentioning `async` is rewritten so that each `async def` is a plain
//! generator function (with an unreachable `if False: yield` so that one without `await` is a
//! generator too) and each `await e` is `yield from e`; `return await e` becomes
//! `__rootvm_await = yield from e` then `return __rootvm_await`; a call statement, assignment
//! or return of a call `f(...)` or `o.m(...)` whose arguments are awaits, constants, and after
//! the last await anything (`print(await t)`, `xs.append(await t)`, `x = f(1, await g(), y)`)
//! awaits into temporaries first (`__rootvm_await0 = yield from t`), in order; nothing the
//! call evaluates before its last await then has side effects besides loading `f`/`o.m`,
//! which is loaded after the awaits here (the one difference: a rebinding of `f` or `o.m`
//! by the awaited code is seen). The prelude's `asyncio`
//! (`prelude/asyncio.py`) drives such generators: what they yield are its requests (sleep,
//! wait for a task, give way). `await` inside other expressions stays a `yield from` inside an
//! expression, which the generator translation reports as not supported. An `async def` with
//! `yield` is an asynchronous generator (`async_gen.rs`).

use rustpython_ast::fold::Fold;
use rustpython_parser::ast::{self, Constant, Expr, ExprContext, Identifier, Stmt};
use rustpython_parser::text_size::TextRange;

/// Rewrites the coroutines of `body` (a no-op without `async def`).
pub fn lower(body: Vec<Stmt>) -> Vec<Stmt> {
    let mut l = Lower { n: 0, awaits: 0, agen: false };
    body.into_iter().map(|s| l.fold_stmt(s).unwrap_or_else(|e| match e {})).collect()
}

struct Lower {
    /// How many `async for`/`async with` statements were rewritten (numbers hidden names).
    n: usize,
    /// How many awaits were hoisted out of expressions (numbers their hidden locals).
    awaits: usize,
    /// Whether the body being rewritten is an asynchronous generator's (its `yield v` become
    /// `yield ("agen", v)`, see [`crate::async_gen`]).
    agen: bool,
}

fn constant(range: TextRange, b: bool) -> Box<Expr> {
    Box::new(Expr::Constant(ast::ExprConstant { range, value: Constant::Bool(b), kind: None }))
}

fn name(range: TextRange, ctx: ExprContext) -> Expr {
    temp(range, "__rootvm_await".into(), ctx)
}

fn temp(range: TextRange, id: String, ctx: ExprContext) -> Expr {
    Expr::Name(ast::ExprName { range, id: Identifier::new(id), ctx })
}

/// The call of a statement (`f(...)`, `x = f(...)`, `return f(...)`) if it is one.
fn call_of(s: &mut Stmt) -> Option<&mut ast::ExprCall> {
    let value = match s {
        Stmt::Expr(e) => &mut e.value,
        Stmt::Assign(a) => &mut a.value,
        Stmt::Return(ast::StmtReturn { value: Some(v), .. }) => v,
        _ => return None,
    };
    match &mut **value {
        Expr::Call(c) => Some(c),
        _ => None,
    }
}

/// Hoists the awaits (now `yield from`s) of a call's arguments (see the module comment).
fn hoist(mut s: Stmt) -> Stmt {
    let range = match &s {
        Stmt::Expr(e) => e.range,
        Stmt::Assign(a) => a.range,
        Stmt::Return(r) => r.range,
        _ => return s,
    };
    let Some(c) = call_of(&mut s) else { return s };
    let simple_func = match &*c.func {
        Expr::Name(_) => true,
        Expr::Attribute(a) => matches!(*a.value, Expr::Name(_)),
        _ => false,
    };
    let Some(last) = c.args.iter().rposition(|a| matches!(a, Expr::YieldFrom(_))) else { return s };
    let before_ok = c.args[..last].iter().all(|a| matches!(a, Expr::YieldFrom(_) | Expr::Constant(_)));
    if !simple_func || !before_ok {
        return s;
    }
    let mut pre = Vec::new();
    for (i, a) in c.args.iter_mut().enumerate().take(last + 1) {
        if matches!(a, Expr::YieldFrom(_)) {
            let id = format!("__rootvm_await{i}");
            let value = std::mem::replace(a, temp(range, id.clone(), ExprContext::Load));
            pre.push(Stmt::Assign(ast::StmtAssign {
                range,
                targets: vec![temp(range, id, ExprContext::Store)],
                value: Box::new(value),
                type_comment: None,
            }));
        }
    }
    pre.push(s);
    Stmt::If(ast::StmtIf { range, test: constant(range, true), body: pre, orelse: vec![] })
}

impl Lower {
    /// [`crate::await_hoist::hoist`] of `s`: its awaits then `s` in an `if True:` block.
    fn hoist_nested(&mut self, mut s: Stmt) -> Stmt {
        let Some(mut pre) = crate::await_hoist::hoist(&mut s, &mut self.awaits) else { return s };
        let range = match &s {
            Stmt::Expr(e) => e.range,
            Stmt::Assign(a) => a.range,
            Stmt::AugAssign(a) => a.range,
            Stmt::AnnAssign(a) => a.range,
            Stmt::Return(r) => r.range,
            Stmt::If(i) => i.range,
            _ => return s,
        };
        pre.push(s);
        Stmt::If(ast::StmtIf { range, test: constant(range, true), body: pre, orelse: vec![] })
    }
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
            Stmt::Return(ast::StmtReturn { range, value: Some(v) }) if matches!(*v, Expr::Await(_)) => {
                let value = Box::new(self.fold_expr(*v)?);
                let assign = Stmt::Assign(ast::StmtAssign {
                    range,
                    targets: vec![name(range, ExprContext::Store)],
                    value,
                    type_comment: None,
                });
                let ret =
                    Stmt::Return(ast::StmtReturn { range, value: Some(Box::new(name(range, ExprContext::Load))) });
                Ok(Stmt::If(ast::StmtIf {
                    range,
                    test: constant(range, true),
                    body: vec![assign, ret],
                    orelse: vec![],
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
                let s = hoist(rustpython_ast::fold::fold_stmt(self, other)?);
                Ok(self.hoist_nested(s))
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
