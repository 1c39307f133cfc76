//! Asynchronous comprehensions (`[e async for x in it if c]`, set and dict forms) inside a
//! coroutine: before the coroutine rewriting, a statement whose value is one (`v = [...]`,
//! `return [...]`, an expression statement), or a call statement or assignment of a call whose
//! arguments contain one after names and constants only (`print([...])`, `r = f(x, [...])`),
//! builds the result first into a hidden local with the loops as statements (`async for` for
//! the asynchronous generators of the comprehension, `for` for the others, `if` for the
//! conditions), and the statement reads that local. The comprehension's variables are renamed
//! to hidden locals, so they do not leak into the function as in CPython.

use rustpython_ast::fold::Fold;
use rustpython_parser::ast::{self, Expr, ExprContext, Identifier, Stmt};
use rustpython_parser::text_size::TextRange;
use std::collections::HashMap;

/// Whether `e` is a list, set or dict comprehension with an asynchronous generator.
fn is_async_comp(e: &Expr) -> bool {
    let gens = match e {
        Expr::ListComp(c) => &c.generators,
        Expr::SetComp(c) => &c.generators,
        Expr::DictComp(c) => &c.generators,
        _ => return false,
    };
    gens.iter().any(|g| g.is_async)
}

/// The expressions of statement `s` that may be asynchronous comprehensions to build first.
fn slots(s: &mut Stmt) -> Vec<&mut Expr> {
    let value = match s {
        Stmt::Expr(e) => &mut e.value,
        Stmt::Assign(a) => &mut a.value,
        Stmt::Return(ast::StmtReturn { value: Some(v), .. }) => v,
        _ => return Vec::new(),
    };
    if is_async_comp(value) {
        return vec![&mut **value];
    }
    let Expr::Call(c) = &mut **value else { return Vec::new() };
    let Some(first) = c.args.iter().position(is_async_comp) else { return Vec::new() };
    if !c.args[..first].iter().all(|a| matches!(a, Expr::Name(_) | Expr::Constant(_))) || !c.keywords.is_empty() {
        return Vec::new();
    }
    c.args.iter_mut().filter(|a| is_async_comp(a)).collect()
}

/// The statements that build the asynchronous comprehensions of `s` into hidden locals (which
/// `s` then reads), or None when `s` has none; `n` numbers the hidden names.
pub fn lower(s: &mut Stmt, n: &mut usize) -> Option<Vec<Stmt>> {
    let mut pre = Vec::new();
    for slot in slots(s) {
        *n += 1;
        let acc = format!("__rootvm_acomp{n}");
        let range = match slot {
            Expr::ListComp(c) => c.range,
            Expr::SetComp(c) => c.range,
            Expr::DictComp(c) => c.range,
            _ => continue,
        };
        let comp = std::mem::replace(slot, name(range, &acc, ExprContext::Load));
        pre.extend(build(comp, &acc, *n, range));
    }
    if pre.is_empty() { None } else { Some(pre) }
}

fn name(range: TextRange, id: &str, ctx: ExprContext) -> Expr {
    Expr::Name(ast::ExprName { range, id: Identifier::new(id), ctx })
}

fn call(range: TextRange, func: Expr, args: Vec<Expr>) -> Expr {
    Expr::Call(ast::ExprCall { range, func: Box::new(func), args, keywords: vec![] })
}

fn method(range: TextRange, on: &str, m: &str) -> Expr {
    Expr::Attribute(ast::ExprAttribute {
        range,
        value: Box::new(name(range, on, ExprContext::Load)),
        attr: Identifier::new(m),
        ctx: ExprContext::Load,
    })
}

/// `acc = []` (or `set()`, `{}`) and the loops that fill it.
fn build(comp: Expr, acc: &str, n: usize, range: TextRange) -> Vec<Stmt> {
    let (init, gens, item): (Expr, Vec<ast::Comprehension>, Box<AddItem>) = match comp {
        Expr::ListComp(c) => {
            let elt = *c.elt;
            let init = Expr::List(ast::ExprList { range, elts: vec![], ctx: ExprContext::Load });
            let add = move |r: &mut Rename| {
                expr_stmt(range, call(range, method(range, acc, "append"), vec![r.apply(elt.clone())]))
            };
            (init, c.generators, Box::new(add))
        }
        Expr::SetComp(c) => {
            let elt = *c.elt;
            let init = call(range, name(range, "set", ExprContext::Load), vec![]);
            let add = move |r: &mut Rename| {
                expr_stmt(range, call(range, method(range, acc, "add"), vec![r.apply(elt.clone())]))
            };
            (init, c.generators, Box::new(add))
        }
        Expr::DictComp(c) => {
            let (key, value) = (*c.key, *c.value);
            let init = Expr::Dict(ast::ExprDict { range, keys: vec![], values: vec![] });
            let add = move |r: &mut Rename| {
                let target = Expr::Subscript(ast::ExprSubscript {
                    range,
                    value: Box::new(name(range, acc, ExprContext::Load)),
                    slice: Box::new(r.apply(key.clone())),
                    ctx: ExprContext::Store,
                });
                Stmt::Assign(ast::StmtAssign {
                    range,
                    targets: vec![target],
                    value: Box::new(r.apply(value.clone())),
                    type_comment: None,
                })
            };
            (init, c.generators, Box::new(add))
        }
        _ => return Vec::new(),
    };
    let mut rename = Rename(HashMap::new());
    // The first iterable is evaluated in the function's scope; the rest see the variables.
    let mut loops = Vec::new();
    for (i, g) in gens.into_iter().enumerate() {
        let iter = if i == 0 { g.iter } else { rename.apply(g.iter) };
        bind_targets(&g.target, &mut rename.0, n);
        let target = rename.apply(g.target);
        let ifs: Vec<Expr> = g.ifs.into_iter().map(|c| rename.apply(c)).collect();
        loops.push((g.is_async, target, iter, ifs));
    }
    let mut body = vec![item(&mut rename)];
    for (is_async, target, iter, ifs) in loops.into_iter().rev() {
        for test in ifs.into_iter().rev() {
            body = vec![Stmt::If(ast::StmtIf { range, test: Box::new(test), body, orelse: vec![] })];
        }
        let (target, iter) = (Box::new(target), Box::new(iter));
        body = vec![if is_async {
            Stmt::AsyncFor(ast::StmtAsyncFor { range, target, iter, body, orelse: vec![], type_comment: None })
        } else {
            Stmt::For(ast::StmtFor { range, target, iter, body, orelse: vec![], type_comment: None })
        }];
    }
    let mut out = vec![Stmt::Assign(ast::StmtAssign {
        range,
        targets: vec![name(range, acc, ExprContext::Store)],
        value: Box::new(init),
        type_comment: None,
    })];
    out.extend(body);
    out
}

/// Makes the statement that adds one item (its expressions renamed).
type AddItem<'a> = dyn Fn(&mut Rename) -> Stmt + 'a;

fn expr_stmt(range: TextRange, value: Expr) -> Stmt {
    Stmt::Expr(ast::StmtExpr { range, value: Box::new(value) })
}

/// Records hidden names for the names a comprehension target binds.
fn bind_targets(target: &Expr, map: &mut HashMap<String, String>, n: usize) {
    match target {
        Expr::Name(x) => {
            map.insert(x.id.to_string(), format!("__rootvm_acv{n}_{}", x.id));
        }
        Expr::Tuple(t) => t.elts.iter().for_each(|e| bind_targets(e, map, n)),
        Expr::List(t) => t.elts.iter().for_each(|e| bind_targets(e, map, n)),
        Expr::Starred(s) => bind_targets(&s.value, map, n),
        _ => {}
    }
}

/// Renames the comprehension's variables.
struct Rename(HashMap<String, String>);

impl Rename {
    fn apply(&mut self, e: Expr) -> Expr {
        self.fold_expr(e).unwrap_or_else(|e| match e {})
    }
}

impl Fold<TextRange> for Rename {
    type TargetU = TextRange;
    type Error = std::convert::Infallible;
    type UserContext = ();

    fn will_map_user(&mut self, _user: &TextRange) {}

    fn map_user(&mut self, user: TextRange, _context: ()) -> Result<TextRange, Self::Error> {
        Ok(user)
    }

    fn fold_expr(&mut self, node: Expr) -> Result<Expr, Self::Error> {
        match node {
            Expr::Name(x) if self.0.contains_key(x.id.as_str()) => {
                let id = self.0[x.id.as_str()].clone();
                Ok(Expr::Name(ast::ExprName { range: x.range, id: Identifier::new(id), ctx: x.ctx }))
            }
            other => rustpython_ast::fold::fold_expr(self, other),
        }
    }
}
