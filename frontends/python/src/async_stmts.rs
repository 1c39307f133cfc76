//! `async for` and `async with` over the generator machinery (`coroutines.rs` rewrites their
//! awaits to `yield from` afterwards):
//!
//! ```text
//! async for x in it: body           __ait = it.__aiter__()
//! else: orelse                      while True:
//!                                       try: __v = await __ait.__anext__()
//!                                       except StopAsyncIteration: orelse; break
//!                                       x = __v; body
//! async with e as v: body           __mgr = e; v = await __mgr.__aenter__(); __exc = None
//!                                   try: body
//!                                   except BaseException as __e: __exc = __e
//!                                   if __exc is None: await __mgr.__aexit__(None, None, None)
//!                                   else:
//!                                       __ok = await __mgr.__aexit__(type(__exc), __exc, None)
//!                                       if not __ok: raise __exc
//! ```
//!
//! (The awaits stay out of the `except` block, where the generator translation takes no
//! `yield`.)
//!
//! A `return` directly in an `async with` body (outside nested loops and functions) awaits
//! `__aexit__(None, None, None)` before returning; a `break` or `continue` leaving the body does
//! not call `__aexit__` (a known gap). A `break` or `continue` inside the `else` of an `async
//! for` is one of the `while` loop the rewrite makes.

use rustpython_parser::ast::{self, Constant, Expr, ExprContext, Identifier, Stmt};
use rustpython_parser::text_size::TextRange;

fn name(range: TextRange, id: &str, ctx: ExprContext) -> Expr {
    Expr::Name(ast::ExprName { range, id: Identifier::new(id), ctx })
}

fn load(range: TextRange, id: &str) -> Expr {
    name(range, id, ExprContext::Load)
}

fn none(range: TextRange) -> Expr {
    Expr::Constant(ast::ExprConstant { range, value: Constant::None, kind: None })
}

fn assign(range: TextRange, target: Expr, value: Expr) -> Stmt {
    Stmt::Assign(ast::StmtAssign { range, targets: vec![target], value: Box::new(value), type_comment: None })
}

/// `await obj.method(args)`.
fn await_method(range: TextRange, obj: &str, method: &str, args: Vec<Expr>) -> Expr {
    let func = Expr::Attribute(ast::ExprAttribute {
        range,
        value: Box::new(load(range, obj)),
        attr: Identifier::new(method),
        ctx: ExprContext::Load,
    });
    let call = Expr::Call(ast::ExprCall { range, func: Box::new(func), args, keywords: vec![] });
    Expr::Await(ast::ExprAwait { range, value: Box::new(call) })
}

fn handler(range: TextRange, class: &str, as_name: Option<&str>, body: Vec<Stmt>) -> ast::ExceptHandler {
    ast::ExceptHandler::ExceptHandler(ast::ExceptHandlerExceptHandler {
        range,
        type_: Some(Box::new(load(range, class))),
        name: as_name.map(Identifier::new),
        body,
    })
}

/// The statements of `async for` (`n` numbers its hidden names).
pub fn async_for(f: ast::StmtAsyncFor, n: usize) -> Vec<Stmt> {
    let r = f.range;
    let (it, v) = (format!("__rootvm_ait{n}"), format!("__rootvm_anext{n}"));
    let aiter = Expr::Call(ast::ExprCall {
        range: r,
        func: Box::new(Expr::Attribute(ast::ExprAttribute {
            range: r,
            value: f.iter,
            attr: Identifier::new("__aiter__"),
            ctx: ExprContext::Load,
        })),
        args: vec![],
        keywords: vec![],
    });
    let mut stop = f.orelse;
    stop.push(Stmt::Break(ast::StmtBreak { range: r }));
    let get = Stmt::Try(ast::StmtTry {
        range: r,
        body: vec![assign(r, name(r, &v, ExprContext::Store), await_method(r, &it, "__anext__", vec![]))],
        handlers: vec![handler(r, "StopAsyncIteration", None, stop)],
        orelse: vec![],
        finalbody: vec![],
    });
    let mut body = vec![get, assign(r, *f.target, load(r, &v))];
    body.extend(f.body);
    let test = Expr::Constant(ast::ExprConstant { range: r, value: Constant::Bool(true), kind: None });
    vec![
        assign(r, name(r, &it, ExprContext::Store), aiter),
        Stmt::While(ast::StmtWhile { range: r, test: Box::new(test), body, orelse: vec![] }),
    ]
}

/// The statements of `async with` (`n` numbers its hidden names; several items nest).
pub fn async_with(w: ast::StmtAsyncWith, n: usize) -> Vec<Stmt> {
    let r = w.range;
    let mut body = w.body;
    for (i, item) in w.items.into_iter().enumerate().rev() {
        body = one_with(r, item, body, n * 16 + i);
    }
    body
}

fn one_with(r: TextRange, item: ast::WithItem, body: Vec<Stmt>, n: usize) -> Vec<Stmt> {
    let (mgr, e) = (format!("__rootvm_mgr{n}"), format!("__rootvm_acaught{n}"));
    let enter = await_method(r, &mgr, "__aenter__", vec![]);
    let enter = match item.optional_vars {
        Some(t) => assign(r, *t, enter),
        None => Stmt::Expr(ast::StmtExpr { range: r, value: Box::new(enter) }),
    };
    let exc = format!("__rootvm_aexc{n}");
    let exit_ok = || {
        let v = await_method(r, &mgr, "__aexit__", vec![none(r), none(r), none(r)]);
        Stmt::Expr(ast::StmtExpr { range: r, value: Box::new(v) })
    };
    let type_of = Expr::Call(ast::ExprCall {
        range: r,
        func: Box::new(load(r, "type")),
        args: vec![load(r, &exc)],
        keywords: vec![],
    });
    let ok = format!("__rootvm_aok{n}");
    let exit_err = assign(
        r,
        name(r, &ok, ExprContext::Store),
        await_method(r, &mgr, "__aexit__", vec![type_of, load(r, &exc), none(r)]),
    );
    let reraise = Stmt::If(ast::StmtIf {
        range: r,
        test: Box::new(Expr::UnaryOp(ast::ExprUnaryOp {
            range: r,
            op: ast::UnaryOp::Not,
            operand: Box::new(load(r, &ok)),
        })),
        body: vec![Stmt::Raise(ast::StmtRaise { range: r, exc: Some(Box::new(load(r, &exc))), cause: None })],
        orelse: vec![],
    });
    let is_none = Expr::Compare(ast::ExprCompare {
        range: r,
        left: Box::new(load(r, &exc)),
        ops: vec![ast::CmpOp::Is],
        comparators: vec![none(r)],
    });
    let body = body.into_iter().map(|s| exit_before_return(s, &exit_ok, n)).collect();
    vec![
        assign(r, name(r, &mgr, ExprContext::Store), item.context_expr),
        enter,
        assign(r, name(r, &exc, ExprContext::Store), none(r)),
        Stmt::Try(ast::StmtTry {
            range: r,
            body,
            handlers: vec![handler(
                r,
                "BaseException",
                Some(&e),
                vec![assign(r, name(r, &exc, ExprContext::Store), load(r, &e))],
            )],
            orelse: vec![],
            finalbody: vec![],
        }),
        Stmt::If(ast::StmtIf {
            range: r,
            test: Box::new(is_none),
            body: vec![exit_ok()],
            orelse: vec![exit_err, reraise],
        }),
    ]
}

/// `return v` in an `async with` body (not inside nested loops or functions): the value, then
/// `__aexit__(None, None, None)`, then the return.
fn exit_before_return(s: Stmt, exit_ok: &dyn Fn() -> Stmt, n: usize) -> Stmt {
    match s {
        Stmt::Return(ret) => {
            let r = ret.range;
            let v = format!("__rootvm_aret{n}");
            let value = ret.value.map(|b| *b).unwrap_or_else(|| none(r));
            let body = vec![
                assign(r, name(r, &v, ExprContext::Store), value),
                exit_ok(),
                Stmt::Return(ast::StmtReturn { range: r, value: Some(Box::new(load(r, &v))) }),
            ];
            let test = Expr::Constant(ast::ExprConstant { range: r, value: Constant::Bool(true), kind: None });
            Stmt::If(ast::StmtIf { range: r, test: Box::new(test), body, orelse: vec![] })
        }
        Stmt::If(mut i) => {
            i.body = i.body.into_iter().map(|s| exit_before_return(s, exit_ok, n)).collect();
            i.orelse = i.orelse.into_iter().map(|s| exit_before_return(s, exit_ok, n)).collect();
            Stmt::If(i)
        }
        other => other,
    }
}
