//! `await` inside larger expressions (`x = 1 + await f()`, `if await ready():`,
//! `return [await a, await b]`): after `coroutines.rs` made each `await e` a `yield from e`,
//! the `yield from`s of a statement's expression are evaluated first, in evaluation order, into
//! hidden locals (`__rootvm_aw0 = yield from e`), which the expression then reads. Left as they
//! are (the generator translation's diagnostic) when one sits where it might not run (after
//! the first operand of `and`/`or` or of a chained comparison, in a branch of a conditional
//! expression, in a lambda or comprehension) or after a call that the expression makes before
//! it (moving the await first would reorder their effects). Names, attributes and items read
//! before the await are read after it here.

use rustpython_ast::fold::Fold;
use rustpython_parser::ast::{self, Expr, ExprContext, Identifier, Stmt};
use rustpython_parser::text_size::TextRange;

/// The statement's hoisted awaits then the statement, or `None` when it has no nested await
/// or one cannot be hoisted.
pub fn hoist(s: &mut Stmt, count: &mut usize) -> Option<Vec<Stmt>> {
    // `yield from` as a whole statement or assigned value needs no hoisting.
    let (value, whole_ok): (&mut Expr, bool) = match s {
        Stmt::Expr(e) => (&mut e.value, true),
        Stmt::Assign(a) => (&mut a.value, true),
        Stmt::AugAssign(a) => (&mut a.value, false),
        Stmt::AnnAssign(ast::StmtAnnAssign { value: Some(v), .. }) => (v, false),
        Stmt::Return(ast::StmtReturn { value: Some(v), .. }) => (v, false),
        Stmt::If(i) => (&mut i.test, false),
        _ => return None,
    };
    if (whole_ok && matches!(value, Expr::YieldFrom(_))) || !has_yield(value) {
        return None;
    }
    let mut h = Hoister { pre: Vec::new(), count: *count, called: false };
    let mut copy = value.clone();
    if !h.expr(&mut copy) {
        return None;
    }
    *value = copy;
    *count = h.count;
    Some(h.pre)
}

struct Hoister {
    pre: Vec<Stmt>,
    count: usize,
    called: bool,
}

impl Hoister {
    /// Hoists the `yield from`s of `e`; false when one cannot be.
    fn expr(&mut self, e: &mut Expr) -> bool {
        match e {
            Expr::YieldFrom(y) => {
                // The operand's calls move with the await (they ran just before it).
                let called = self.called;
                if called || !self.expr(&mut y.value) {
                    return false;
                }
                self.called = called;
                let range = y.range;
                let id = format!("__rootvm_aw{}", self.count);
                self.count += 1;
                let taken = std::mem::replace(e, name(range, &id, ExprContext::Load));
                self.pre.push(Stmt::Assign(ast::StmtAssign {
                    range,
                    targets: vec![name(range, &id, ExprContext::Store)],
                    value: Box::new(taken),
                    type_comment: None,
                }));
                true
            }
            Expr::BinOp(b) => self.expr(&mut b.left) && self.expr(&mut b.right),
            Expr::UnaryOp(u) => self.expr(&mut u.operand),
            Expr::Compare(c) => {
                let k = c.comparators.len().min(1);
                let (first, rest) = c.comparators.split_at_mut(k);
                self.expr(&mut c.left) && self.all(first) && !rest.iter().any(has_yield)
            }
            Expr::BoolOp(b) => {
                let k = b.values.len().min(1);
                let (first, rest) = b.values.split_at_mut(k);
                self.all(first) && !rest.iter().any(has_yield)
            }
            Expr::IfExp(i) => self.expr(&mut i.test) && !has_yield(&i.body) && !has_yield(&i.orelse),
            Expr::Call(c) => {
                let ok = self.expr(&mut c.func)
                    && self.all(&mut c.args)
                    && c.keywords.iter_mut().all(|k| self.expr(&mut k.value));
                self.called = true;
                ok
            }
            Expr::Attribute(a) => self.expr(&mut a.value),
            Expr::Subscript(s) => self.expr(&mut s.value) && self.expr(&mut s.slice),
            Expr::Slice(s) => [&mut s.lower, &mut s.upper, &mut s.step]
                .into_iter()
                .all(|p| p.as_deref_mut().is_none_or(|x| self.expr(x))),
            Expr::Tuple(t) => self.all(&mut t.elts),
            Expr::List(l) => self.all(&mut l.elts),
            Expr::Set(s) => self.all(&mut s.elts),
            Expr::Dict(d) => d
                .keys
                .iter_mut()
                .zip(d.values.iter_mut())
                .all(|(k, v)| k.as_mut().is_none_or(|k| self.expr(k)) && self.expr(v)),
            Expr::JoinedStr(j) => self.all(&mut j.values),
            Expr::FormattedValue(f) => self.expr(&mut f.value),
            Expr::Starred(s) => self.expr(&mut s.value),
            Expr::NamedExpr(n) => self.expr(&mut n.value),
            other => !has_yield(other),
        }
    }

    fn all(&mut self, es: &mut [Expr]) -> bool {
        es.iter_mut().all(|e| self.expr(e))
    }
}

fn name(range: TextRange, id: &str, ctx: ExprContext) -> Expr {
    Expr::Name(ast::ExprName { range, id: Identifier::new(id), ctx })
}

/// Whether `e` holds a `yield from` (or a `yield`).
fn has_yield(e: &Expr) -> bool {
    let mut f = Finder(false);
    let _ = f.fold_expr(e.clone());
    f.0
}

struct Finder(bool);

impl Fold<TextRange> for Finder {
    type TargetU = TextRange;
    type Error = std::convert::Infallible;
    type UserContext = ();

    fn will_map_user(&mut self, _user: &TextRange) {}

    fn map_user(&mut self, user: TextRange, _context: ()) -> Result<TextRange, Self::Error> {
        Ok(user)
    }

    fn fold_expr(&mut self, node: Expr) -> Result<Expr, Self::Error> {
        if matches!(node, Expr::YieldFrom(_) | Expr::Yield(_) | Expr::Await(_)) {
            self.0 = true;
        }
        rustpython_ast::fold::fold_expr(self, node)
    }
}
