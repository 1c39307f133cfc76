//! `yield` and `yield from` inside larger expressions (`print((yield x))`, `f(a, (yield))`,
//! `return (yield)`, `y = 1 + (yield x)`, `if (yield):`, `while (yield x):`, `with (yield) as
//! v:`, and `await` there, which `coroutines.rs` made a `yield from`): before compiling, a module
//! that mentions `yield` or `await` is rewritten so that every yield is a statement or the value
//! of an assignment to a name (`.y0 = yield x`), which the generator translation compiles.
//!
//! CPython's evaluation order is kept: the operands evaluated before a yield (the left operand
//! of `1 + (yield)`, the arguments before it, the object of a method call, the keys and values
//! before it in a display) are evaluated first into hidden locals (`.y0`, `.y1`, ...: names
//! `locals()` leaves out) in order, then the yield, then the rest of the expression. A yield
//! that might not run (after the first operand of `and`/`or` or of a chained comparison, in a
//! branch of a conditional expression) makes that part statements (`.y0 = a` then `if .y0:
//! .y0 = (yield)`). A `while` whose test yields becomes `while True:` with the test's
//! statements then `if not test: break` first (a flag runs its `else`). A `lambda` whose body
//! yields is a generator function: it becomes `def <lambda>(...): return body` where it is
//! evaluated. A call's function that is a name, or the object of `name.attr(...)`, is read
//! where the call is made (after the yields of its arguments), so a rebinding of the name by
//! another frame while the generator is suspended is seen. Yields in assignment targets, in
//! comprehensions (past the first iterable), in default values, decorators and class bases and
//! in an `assert`'s message are left as they are (the generator translation's diagnostic).
//! Statements without such yields are unchanged.

use rustpython_ast::Visitor;
use rustpython_parser::ast::{self, Constant, Expr, ExprContext, Identifier, Ranged, Stmt};
use rustpython_parser::text_size::TextRange;

/// Rewrites the module body `body` (see the module comment).
pub fn lower(body: Vec<Stmt>) -> Vec<Stmt> {
    Hoister::default().block(body)
}

#[derive(Default)]
struct Hoister {
    /// The statements that come before the statement being rewritten.
    pre: Vec<Stmt>,
    /// How many hidden locals (`.yN`) the statement being rewritten uses so far (they are
    /// dead after it, so each statement numbers them from 0).
    temps: usize,
    /// How many `while` flags (`.wN`, live through their loop) the module uses.
    flags: usize,
}

impl Hoister {
    fn block(&mut self, body: Vec<Stmt>) -> Vec<Stmt> {
        body.into_iter().flat_map(|s| self.stmt(s)).collect()
    }

    /// The statements standing for `s`: the yields its expressions hoisted, then `s`.
    fn stmt(&mut self, s: Stmt) -> Vec<Stmt> {
        let outer_pre = std::mem::take(&mut self.pre);
        let outer_temps = std::mem::replace(&mut self.temps, 0);
        let rewritten = self.own(s);
        let mut out = std::mem::replace(&mut self.pre, outer_pre);
        self.temps = outer_temps;
        out.extend(rewritten);
        out
    }

    /// Rewrites the expressions of `s` (their yields go to `self.pre`) and its blocks.
    fn own(&mut self, s: Stmt) -> Vec<Stmt> {
        let s = match s {
            Stmt::FunctionDef(mut f) => {
                f.body = self.block(f.body);
                Stmt::FunctionDef(f)
            }
            Stmt::ClassDef(mut c) => {
                // Only the functions of a class body have yields of their own.
                c.body = c
                    .body
                    .into_iter()
                    .flat_map(|s| match s {
                        Stmt::FunctionDef(_) | Stmt::ClassDef(_) => self.stmt(s),
                        other => vec![other],
                    })
                    .collect();
                Stmt::ClassDef(c)
            }
            Stmt::Expr(mut e) => {
                *e.value = self.whole_yield_or_expr(*e.value);
                Stmt::Expr(e)
            }
            Stmt::Assign(mut a) if a.targets.len() == 1 => {
                *a.value = self.whole_yield_or_expr(*a.value);
                Stmt::Assign(a)
            }
            Stmt::Assign(mut a) => {
                *a.value = self.expr(*a.value);
                Stmt::Assign(a)
            }
            Stmt::AugAssign(a) if needs(&a.value) => return self.aug_assign(a),
            Stmt::AnnAssign(mut a) => {
                a.value = a.value.map(|v| Box::new(self.expr(*v)));
                Stmt::AnnAssign(a)
            }
            Stmt::Return(mut r) => {
                r.value = r.value.map(|v| Box::new(self.expr(*v)));
                Stmt::Return(r)
            }
            Stmt::Raise(mut r) => {
                let parts = [r.exc.take().map(|e| *e), r.cause.take().map(|e| *e)];
                let [exc, cause] = self.optional_operands(parts);
                (r.exc, r.cause) = (exc.map(Box::new), cause.map(Box::new));
                Stmt::Raise(r)
            }
            Stmt::Assert(mut a) => {
                *a.test = self.expr(*a.test);
                Stmt::Assert(a)
            }
            Stmt::If(mut i) => {
                *i.test = self.expr(*i.test);
                i.body = self.block(i.body);
                i.orelse = self.block(i.orelse);
                Stmt::If(i)
            }
            Stmt::While(w) if needs(&w.test) => return self.while_loop(w),
            Stmt::While(mut w) => {
                w.body = self.block(w.body);
                w.orelse = self.block(w.orelse);
                Stmt::While(w)
            }
            Stmt::For(mut f) => {
                *f.iter = self.expr(*f.iter);
                f.body = self.block(f.body);
                f.orelse = self.block(f.orelse);
                Stmt::For(f)
            }
            Stmt::With(mut w) => {
                if w.items.len() > 1 && w.items[1..].iter().any(|i| needs(&i.context_expr)) {
                    // `with a, b:` is `with a: with b:`: b's yields run inside a's block.
                    let rest = w.items.split_off(1);
                    let inner = ast::StmtWith { range: w.range, items: rest, body: w.body, type_comment: None };
                    w.body = vec![Stmt::With(inner)];
                }
                if let Some(first) = w.items.first_mut() {
                    let ctx = std::mem::replace(&mut first.context_expr, none(w.range));
                    first.context_expr = self.expr(ctx);
                }
                w.body = self.block(w.body);
                Stmt::With(w)
            }
            Stmt::Try(mut t) => {
                t.body = self.block(t.body);
                for h in &mut t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    h.body = self.block(std::mem::take(&mut h.body));
                }
                t.orelse = self.block(t.orelse);
                t.finalbody = self.block(t.finalbody);
                Stmt::Try(t)
            }
            other => other,
        };
        vec![s]
    }

    /// A statement's whole value: a `yield` or `yield from` there stays (its operand's yields
    /// are hoisted); anything else is rewritten as an expression.
    fn whole_yield_or_expr(&mut self, e: Expr) -> Expr {
        match e {
            Expr::Yield(mut y) => {
                y.value = y.value.map(|v| Box::new(self.expr(*v)));
                Expr::Yield(y)
            }
            Expr::YieldFrom(mut y) => {
                *y.value = self.expr(*y.value);
                Expr::YieldFrom(y)
            }
            other => self.expr(other),
        }
    }

    /// `target op= value` whose value yields: the target's parts and its value are read
    /// first (`.y0 = o; .y1 = .y0.a`), then the value, then `.y1 op= value; .y0.a = .y1`.
    fn aug_assign(&mut self, a: ast::StmtAugAssign) -> Vec<Stmt> {
        let range = a.range;
        let (current, store) = match *a.target {
            Expr::Attribute(mut at) => {
                *at.value = self.spill_all(*at.value);
                let load = Expr::Attribute(ast::ExprAttribute { ctx: ExprContext::Load, ..at.clone() });
                (self.temp_id(load), Expr::Attribute(at))
            }
            Expr::Subscript(mut s) => {
                *s.value = self.spill_all(*s.value);
                *s.slice = self.spill_all(*s.slice);
                let load = Expr::Subscript(ast::ExprSubscript { ctx: ExprContext::Load, ..s.clone() });
                (self.temp_id(load), Expr::Subscript(s))
            }
            target => {
                let load = match &target {
                    Expr::Name(n) => Expr::Name(ast::ExprName { ctx: ExprContext::Load, ..n.clone() }),
                    other => other.clone(),
                };
                (self.temp_id(load), target)
            }
        };
        let value = self.expr(*a.value);
        vec![
            Stmt::AugAssign(ast::StmtAugAssign {
                range,
                target: Box::new(name(range, &current, ExprContext::Store)),
                op: a.op,
                value: Box::new(value),
            }),
            Stmt::Assign(ast::StmtAssign {
                range,
                targets: vec![store],
                value: Box::new(name(range, &current, ExprContext::Load)),
                type_comment: None,
            }),
        ]
    }

    /// `while test: body else: orelse` whose test yields: `while True:` with the test's
    /// statements and `if not test: break` first; a flag set before that `break` runs `orelse`.
    fn while_loop(&mut self, w: ast::StmtWhile) -> Vec<Stmt> {
        let range = w.range;
        let test = self.expr(*w.test);
        let mut body = std::mem::take(&mut self.pre);
        let flag = (!w.orelse.is_empty()).then(|| {
            self.flags += 1;
            format!(".w{}", self.flags - 1)
        });
        let mut leave = Vec::new();
        if let Some(f) = &flag {
            leave.push(assign(range, f, constant(range, Constant::Bool(true))));
        }
        leave.push(Stmt::Break(ast::StmtBreak { range }));
        let not = Expr::UnaryOp(ast::ExprUnaryOp { range, op: ast::UnaryOp::Not, operand: Box::new(test) });
        body.push(Stmt::If(ast::StmtIf { range, test: Box::new(not), body: leave, orelse: Vec::new() }));
        body.extend(self.block(w.body));
        let mut out = Vec::new();
        if let Some(f) = &flag {
            out.push(assign(range, f, constant(range, Constant::Bool(false))));
        }
        let forever = Box::new(constant(range, Constant::Bool(true)));
        out.push(Stmt::While(ast::StmtWhile { range, test: forever, body, orelse: Vec::new() }));
        if let Some(f) = flag {
            let test = Box::new(name(range, &f, ExprContext::Load));
            out.push(Stmt::If(ast::StmtIf { range, test, body: self.block(w.orelse), orelse: Vec::new() }));
        }
        out
    }

    /// `e` with its yields hoisted to `self.pre` (see the module comment).
    fn expr(&mut self, e: Expr) -> Expr {
        if !needs(&e) {
            return e;
        }
        match e {
            Expr::Yield(mut y) => {
                y.value = y.value.map(|v| Box::new(self.expr(*v)));
                self.temp_of(Expr::Yield(y))
            }
            Expr::YieldFrom(mut y) => {
                *y.value = self.expr(*y.value);
                self.temp_of(Expr::YieldFrom(y))
            }
            Expr::Lambda(l) => self.generator_lambda(l),
            Expr::BinOp(mut b) => {
                let [l, r] = self.operands_n([*b.left, *b.right]);
                (*b.left, *b.right) = (l, r);
                Expr::BinOp(b)
            }
            Expr::UnaryOp(mut u) => {
                *u.operand = self.expr(*u.operand);
                Expr::UnaryOp(u)
            }
            Expr::Attribute(mut a) => {
                *a.value = self.expr(*a.value);
                Expr::Attribute(a)
            }
            Expr::NamedExpr(mut n) => {
                *n.value = self.expr(*n.value);
                Expr::NamedExpr(n)
            }
            Expr::Starred(mut s) => {
                *s.value = self.expr(*s.value);
                Expr::Starred(s)
            }
            Expr::Subscript(mut s) => {
                let [v, k] = self.operands_n([*s.value, *s.slice]);
                (*s.value, *s.slice) = (v, k);
                Expr::Subscript(s)
            }
            Expr::Slice(mut s) => {
                let parts = [s.lower.take(), s.upper.take(), s.step.take()].map(|p| p.map(|b| *b));
                let [lower, upper, step] = self.optional_operands(parts).map(|p| p.map(Box::new));
                (s.lower, s.upper, s.step) = (lower, upper, step);
                Expr::Slice(s)
            }
            Expr::Tuple(mut t) => {
                t.elts = self.operands(t.elts);
                Expr::Tuple(t)
            }
            Expr::List(mut l) => {
                l.elts = self.operands(l.elts);
                Expr::List(l)
            }
            Expr::Set(mut s) => {
                s.elts = self.operands(s.elts);
                Expr::Set(s)
            }
            Expr::Dict(mut d) => {
                // Keys and values in CPython's order: k0, v0, k1, v1 (no key for `**m`).
                let keys = std::mem::take(&mut d.keys);
                let parts: Vec<Option<Expr>> =
                    keys.into_iter().zip(std::mem::take(&mut d.values)).flat_map(|(k, v)| [k, Some(v)]).collect();
                let mut done = self.optional_operands_vec(parts).into_iter();
                while let (Some(k), Some(Some(v))) = (done.next(), done.next()) {
                    d.keys.push(k);
                    d.values.push(v);
                }
                Expr::Dict(d)
            }
            Expr::JoinedStr(mut j) => {
                j.values = self.operands(j.values);
                Expr::JoinedStr(j)
            }
            Expr::FormattedValue(mut f) => {
                let parts = [Some(*f.value), f.format_spec.take().map(|s| *s)];
                let [value, spec] = self.optional_operands(parts);
                *f.value = value.unwrap_or_else(|| none(f.range));
                f.format_spec = spec.map(Box::new);
                Expr::FormattedValue(f)
            }
            Expr::Call(c) => self.call(c),
            Expr::Compare(c) => self.compare(c),
            Expr::BoolOp(b) => self.bool_op(b),
            Expr::IfExp(i) => self.if_exp(i),
            Expr::ListComp(mut c) => {
                first_iterable(&mut c.generators, |it| self.expr(it));
                Expr::ListComp(c)
            }
            Expr::SetComp(mut c) => {
                first_iterable(&mut c.generators, |it| self.expr(it));
                Expr::SetComp(c)
            }
            Expr::DictComp(mut c) => {
                first_iterable(&mut c.generators, |it| self.expr(it));
                Expr::DictComp(c)
            }
            Expr::GeneratorExp(mut c) => {
                first_iterable(&mut c.generators, |it| self.expr(it));
                Expr::GeneratorExp(c)
            }
            other => other,
        }
    }

    /// Operands evaluated in order: the ones before the last that yields are evaluated into
    /// hidden locals first.
    fn operands(&mut self, es: Vec<Expr>) -> Vec<Expr> {
        let Some(last) = es.iter().rposition(needs) else { return es };
        let mut out = Vec::with_capacity(es.len());
        for (i, e) in es.into_iter().enumerate() {
            out.push(match i {
                i if i < last => self.spill_all(e),
                i if i == last => self.expr(e),
                _ => e,
            });
        }
        out
    }

    fn operands_n<const N: usize>(&mut self, es: [Expr; N]) -> [Expr; N] {
        let out = self.operands(es.into());
        out.try_into().unwrap_or_else(|_| unreachable!("operands keeps the count"))
    }

    /// [`Hoister::operands`] of the parts that are present.
    fn optional_operands<const N: usize>(&mut self, parts: [Option<Expr>; N]) -> [Option<Expr>; N] {
        let out = self.optional_operands_vec(parts.into());
        out.try_into().unwrap_or_else(|_| unreachable!("operands keeps the count"))
    }

    fn optional_operands_vec(&mut self, parts: Vec<Option<Expr>>) -> Vec<Option<Expr>> {
        let present: Vec<bool> = parts.iter().map(Option::is_some).collect();
        let mut done = self.operands(parts.into_iter().flatten().collect()).into_iter();
        present.into_iter().map(|p| if p { done.next() } else { None }).collect()
    }

    /// `e` rewritten and evaluated now: a hidden local holding it (constants stay; a starred
    /// item or a formatted value keeps its form around its evaluated operand).
    fn spill_all(&mut self, e: Expr) -> Expr {
        match self.expr(e) {
            c @ Expr::Constant(_) => c,
            Expr::Starred(mut s) => {
                *s.value = self.spill_all(*s.value);
                Expr::Starred(s)
            }
            Expr::FormattedValue(mut f) => {
                *f.value = self.spill_all(*f.value);
                Expr::FormattedValue(f)
            }
            other => self.temp_of(other),
        }
    }

    /// A new hidden local assigned `value` (in `self.pre`), as an expression reading it.
    fn temp_of(&mut self, value: Expr) -> Expr {
        let range = value.range();
        let id = self.temp_id(value);
        name(range, &id, ExprContext::Load)
    }

    /// A new hidden local assigned `value` (in `self.pre`).
    fn temp_id(&mut self, value: Expr) -> String {
        let id = self.new_temp();
        self.pre.push(assign(value.range(), &id, value));
        id
    }

    fn new_temp(&mut self) -> String {
        self.temps += 1;
        format!(".y{}", self.temps - 1)
    }

    /// A call whose arguments yield: the function (or the object of a method call) is
    /// evaluated before them, then the arguments and keyword values in order.
    fn call(&mut self, mut c: ast::ExprCall) -> Expr {
        let nargs = c.args.len();
        let mut parts: Vec<Expr> = std::mem::take(&mut c.args);
        let keywords = std::mem::take(&mut c.keywords);
        parts.extend(keywords.iter().map(|k| k.value.clone()));
        if needs(&c.func) {
            parts.insert(0, *c.func);
            let mut done = self.operands(parts);
            *c.func = done.remove(0);
            parts = done;
        } else {
            if parts.iter().any(needs) {
                *c.func = match *c.func {
                    f @ Expr::Name(_) => f,
                    Expr::Attribute(mut a) => {
                        if !matches!(*a.value, Expr::Name(_)) {
                            *a.value = self.spill_all(*a.value);
                        }
                        Expr::Attribute(a)
                    }
                    other => self.spill_all(other),
                };
            }
            parts = self.operands(parts);
        }
        let values = parts.split_off(nargs);
        c.args = parts;
        c.keywords = keywords.into_iter().zip(values).map(|(k, value)| ast::Keyword { value, ..k }).collect();
        Expr::Call(c)
    }

    /// A comparison: `a < (yield)` as operands; a yield in a later link of a chain makes the
    /// chain statements, each link evaluated only while the ones before hold.
    fn compare(&mut self, mut c: ast::ExprCompare) -> Expr {
        if c.comparators.len() < 2 || !c.comparators[1..].iter().any(needs) {
            let mut parts = vec![*c.left];
            parts.append(&mut c.comparators);
            let mut done = self.operands(parts);
            c.comparators = done.split_off(1);
            *c.left = done.remove(0);
            return Expr::Compare(c);
        }
        let range = c.range;
        let result = self.new_temp();
        let left = self.spill_all(*c.left);
        let links: Vec<(ast::CmpOp, Expr)> = c.ops.into_iter().zip(c.comparators).collect();
        self.chain(range, &result, left, links);
        name(range, &result, ExprContext::Load)
    }

    fn chain(&mut self, range: TextRange, result: &str, left: Expr, mut links: Vec<(ast::CmpOp, Expr)>) {
        if links.is_empty() {
            return;
        }
        let (op, right) = links.remove(0);
        let right = if links.is_empty() { self.expr(right) } else { self.spill_all(right) };
        let link = Expr::Compare(ast::ExprCompare {
            range,
            left: Box::new(left),
            ops: vec![op],
            comparators: vec![right.clone()],
        });
        self.pre.push(assign(range, result, link));
        if links.is_empty() {
            return;
        }
        let outer = std::mem::take(&mut self.pre);
        self.chain(range, result, right, links);
        let body = std::mem::replace(&mut self.pre, outer);
        let test = Box::new(name(range, result, ExprContext::Load));
        self.pre.push(Stmt::If(ast::StmtIf { range, test, body, orelse: Vec::new() }));
    }

    /// `a and b` / `a or b` where an operand after the first yields: `.r = a`, then `if .r:`
    /// (`if not .r:`) `.r = b`, and so on.
    fn bool_op(&mut self, mut b: ast::ExprBoolOp) -> Expr {
        if !b.values[1..].iter().any(needs) {
            let first = b.values.remove(0);
            b.values.insert(0, self.expr(first));
            return Expr::BoolOp(b);
        }
        let range = b.range;
        let result = self.new_temp();
        self.bool_chain(range, &result, b.op, b.values);
        name(range, &result, ExprContext::Load)
    }

    fn bool_chain(&mut self, range: TextRange, result: &str, op: ast::BoolOp, mut values: Vec<Expr>) {
        if values.is_empty() {
            return;
        }
        let first = values.remove(0);
        let value = self.expr(first);
        self.pre.push(assign(range, result, value));
        if values.is_empty() {
            return;
        }
        let outer = std::mem::take(&mut self.pre);
        self.bool_chain(range, result, op, values);
        let body = std::mem::replace(&mut self.pre, outer);
        let read = name(range, result, ExprContext::Load);
        let test = match op {
            ast::BoolOp::And => read,
            ast::BoolOp::Or => {
                Expr::UnaryOp(ast::ExprUnaryOp { range, op: ast::UnaryOp::Not, operand: Box::new(read) })
            }
        };
        self.pre.push(Stmt::If(ast::StmtIf { range, test: Box::new(test), body, orelse: Vec::new() }));
    }

    /// `body if test else orelse` where a branch yields: `if test: .r = body else: .r = orelse`.
    fn if_exp(&mut self, mut i: ast::ExprIfExp) -> Expr {
        *i.test = self.expr(*i.test);
        if !needs(&i.body) && !needs(&i.orelse) {
            return Expr::IfExp(i);
        }
        let range = i.range;
        let result = self.new_temp();
        let branch = |h: &mut Self, e: Expr| {
            let outer = std::mem::take(&mut h.pre);
            let v = h.expr(e);
            h.pre.push(assign(range, &result, v));
            std::mem::replace(&mut h.pre, outer)
        };
        let body = branch(self, *i.body);
        let orelse = branch(self, *i.orelse);
        self.pre.push(Stmt::If(ast::StmtIf { range, test: i.test, body, orelse }));
        name(range, &result, ExprContext::Load)
    }

    /// A `lambda` whose body yields: `def <lambda>(...): return body` here, then its name.
    fn generator_lambda(&mut self, l: ast::ExprLambda) -> Expr {
        let range = l.range;
        let def = Stmt::FunctionDef(ast::StmtFunctionDef {
            range,
            name: Identifier::new("<lambda>"),
            args: l.args,
            body: vec![Stmt::Return(ast::StmtReturn { range, value: Some(l.body) })],
            decorator_list: Vec::new(),
            returns: None,
            type_comment: None,
            type_params: Vec::new(),
        });
        let def = self.stmt(def);
        self.pre.extend(def);
        name(range, "<lambda>", ExprContext::Load)
    }
}

/// Rewrites the first iterable of a comprehension (evaluated in the enclosing scope).
fn first_iterable(gens: &mut [ast::Comprehension], mut f: impl FnMut(Expr) -> Expr) {
    if let Some(g) = gens.first_mut() {
        let it = std::mem::replace(&mut g.iter, none(TextRange::default()));
        g.iter = f(it);
    }
}

/// Whether `e` has a yield this rewriting moves: outside nested scopes (a comprehension's
/// first iterable is outside), or a `lambda` whose body yields.
fn needs(e: &Expr) -> bool {
    let mut n = Needs(false);
    n.visit_expr(e.clone());
    n.0
}

struct Needs(bool);

impl Needs {
    fn first_iterable(&mut self, gens: Vec<ast::Comprehension>) {
        if let Some(g) = gens.into_iter().next() {
            self.visit_expr(g.iter);
        }
    }
}

impl Visitor for Needs {
    fn visit_expr_yield(&mut self, _node: ast::ExprYield) {
        self.0 = true;
    }
    fn visit_expr_yield_from(&mut self, _node: ast::ExprYieldFrom) {
        self.0 = true;
    }
    fn visit_expr_lambda(&mut self, node: ast::ExprLambda) {
        self.0 |= crate::generators::expr_yields(&node.body);
    }
    fn visit_expr_list_comp(&mut self, node: ast::ExprListComp) {
        self.first_iterable(node.generators);
    }
    fn visit_expr_set_comp(&mut self, node: ast::ExprSetComp) {
        self.first_iterable(node.generators);
    }
    fn visit_expr_dict_comp(&mut self, node: ast::ExprDictComp) {
        self.first_iterable(node.generators);
    }
    fn visit_expr_generator_exp(&mut self, node: ast::ExprGeneratorExp) {
        self.first_iterable(node.generators);
    }
    crate::scope::walk_parts!();
}

fn name(range: TextRange, id: &str, ctx: ExprContext) -> Expr {
    Expr::Name(ast::ExprName { range, id: Identifier::new(id), ctx })
}

fn constant(range: TextRange, value: Constant) -> Expr {
    Expr::Constant(ast::ExprConstant { range, value, kind: None })
}

fn none(range: TextRange) -> Expr {
    constant(range, Constant::None)
}

fn assign(range: TextRange, id: &str, value: Expr) -> Stmt {
    Stmt::Assign(ast::StmtAssign {
        range,
        targets: vec![name(range, id, ExprContext::Store)],
        value: Box::new(value),
        type_comment: None,
    })
}
