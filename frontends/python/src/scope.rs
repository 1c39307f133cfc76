//! Scope analysis: which names of a function are its locals.
//!
//! A name is local to a function when the function binds it (parameter, assignment target,
//! `for` target, `def`, `class`, `import`, augmented assignment, `except ... as`) and does not
//! declare it `global`. Every other name is global (module level) or built-in. Names bound in
//! comprehensions belong to the comprehension, not the function.

use rustpython_ast::Visitor;
use rustpython_parser::ast::{self, Expr, Stmt};
use std::collections::BTreeSet;

/// The names a body binds, and the names it declares `global`.
#[derive(Default, Debug)]
pub struct Bindings {
    /// Bound names, sorted.
    pub bound: BTreeSet<String>,
    /// Names declared `global`.
    pub globals: BTreeSet<String>,
    /// Names declared `nonlocal`.
    pub nonlocals: BTreeSet<String>,
}

impl Bindings {
    /// The bindings of a function or module body.
    pub fn of(body: &[Stmt]) -> Bindings {
        let mut b = Bindings::default();
        let mut w = Walrus::default();
        for s in body {
            b.stmt(s);
            w.visit_stmt(s.clone());
        }
        b.bound.extend(w.0);
        b
    }

    /// The function's locals: bound and neither global nor nonlocal.
    pub fn locals(&self) -> Vec<String> {
        self.bound.iter().filter(|n| !self.globals.contains(*n) && !self.nonlocals.contains(*n)).cloned().collect()
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                self.bound.insert(f.name.to_string());
            }
            Stmt::ClassDef(c) => {
                self.bound.insert(c.name.to_string());
            }
            Stmt::Assign(a) => a.targets.iter().for_each(|t| self.target(t)),
            Stmt::AugAssign(a) => self.target(&a.target),
            Stmt::AnnAssign(a) => self.target(&a.target),
            Stmt::For(f) => {
                self.target(&f.target);
                self.body(&f.body);
                self.body(&f.orelse);
            }
            Stmt::While(w) => {
                self.body(&w.body);
                self.body(&w.orelse);
            }
            Stmt::If(i) => {
                self.body(&i.body);
                self.body(&i.orelse);
            }
            Stmt::With(w) => {
                for item in &w.items {
                    if let Some(v) = &item.optional_vars {
                        self.target(v);
                    }
                }
                self.body(&w.body);
            }
            Stmt::Try(t) => {
                self.body(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.bound.insert(n.to_string());
                    }
                    self.body(&h.body);
                }
                self.body(&t.orelse);
                self.body(&t.finalbody);
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let name = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.bound.insert(name.split('.').next().unwrap_or_default().to_string());
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    self.bound.insert(a.asname.as_ref().unwrap_or(&a.name).to_string());
                }
            }
            Stmt::Global(g) => {
                self.globals.extend(g.names.iter().map(|n| n.to_string()));
            }
            Stmt::Nonlocal(n) => {
                self.nonlocals.extend(n.names.iter().map(|n| n.to_string()));
            }
            Stmt::Delete(d) => d.targets.iter().for_each(|t| self.target(t)),
            _ => {}
        }
    }

    fn body(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => {
                self.bound.insert(n.id.to_string());
            }
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target(e)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.target(e)),
            Expr::Starred(s) => self.target(&s.value),
            _ => {}
        }
    }
}

/// The targets of the assignment expressions (`x := v`) of a body, outside nested functions,
/// classes and lambdas (a comprehension's `:=` binds in the function around it).
#[derive(Default)]
struct Walrus(BTreeSet<String>);

impl Visitor for Walrus {
    fn visit_expr_named_expr(&mut self, node: ast::ExprNamedExpr) {
        if let Expr::Name(n) = &*node.target {
            self.0.insert(n.id.to_string());
        }
        self.visit_expr(*node.value);
    }

    fn visit_stmt_function_def(&mut self, _node: ast::StmtFunctionDef) {}

    fn visit_stmt_class_def(&mut self, _node: ast::StmtClassDef) {}

    fn visit_expr_lambda(&mut self, _node: ast::ExprLambda) {}

    crate::scope::walk_parts!();
}

/// The `Visitor` methods that walk the parts [`visit_keyword_value`] names (`walk_parts!()`;
/// `walk_parts!(no_keyword)` leaves `visit_keyword` to the visitor).
macro_rules! walk_parts {
    () => {
        crate::scope::walk_parts!(no_keyword);
        fn visit_keyword(&mut self, node: rustpython_parser::ast::Keyword) {
            crate::scope::visit_keyword_value(self, node);
        }
    };
    (no_keyword) => {
        fn visit_comprehension(&mut self, node: rustpython_parser::ast::Comprehension) {
            crate::scope::visit_comprehension_parts(self, node);
        }
        fn visit_withitem(&mut self, node: rustpython_parser::ast::WithItem) {
            crate::scope::visit_withitem_parts(self, node);
        }
    };
}
pub(crate) use walk_parts;

/// The expressions inside the parts of a tree that rustpython's `Visitor` does not walk by
/// default (its `generic_visit_keyword`, `_comprehension` and `_withitem` are empty): keyword
/// argument values, a comprehension's iterables and conditions, a `with` item's context and
/// target. Every visitor here that looks for names must walk them too.
pub fn visit_keyword_value<V: Visitor>(v: &mut V, node: ast::Keyword) {
    v.visit_expr(node.value);
}

/// See [`visit_keyword_value`].
pub fn visit_comprehension_parts<V: Visitor>(v: &mut V, node: ast::Comprehension) {
    v.visit_expr(node.iter);
    for e in node.ifs {
        v.visit_expr(e);
    }
}

/// See [`visit_keyword_value`].
pub fn visit_withitem_parts<V: Visitor>(v: &mut V, node: ast::WithItem) {
    v.visit_expr(node.context_expr);
    if let Some(target) = node.optional_vars {
        v.visit_expr(*target);
    }
}

/// The names a body uses, and the free names of the functions nested in it.
#[derive(Default)]
struct Uses {
    names: BTreeSet<String>,
    nested_free: BTreeSet<String>,
}

impl Visitor for Uses {
    fn visit_expr_name(&mut self, node: ast::ExprName) {
        self.names.insert(node.id.to_string());
    }

    fn visit_stmt_function_def(&mut self, node: ast::StmtFunctionDef) {
        self.names.insert(node.name.to_string());
        for d in node.args.args.iter().chain(&node.args.posonlyargs).chain(&node.args.kwonlyargs) {
            if let Some(e) = &d.default {
                self.visit_expr((**e).clone());
            }
        }
        for e in node.decorator_list {
            self.visit_expr(e);
        }
        self.nested_free.extend(free_names(&params_of(&node.args), &node.body));
    }

    fn visit_expr_generator_exp(&mut self, node: ast::ExprGeneratorExp) {
        // Its first iterable is evaluated here; the rest belongs to its hidden function.
        if let Some(first) = node.generators.first() {
            self.visit_expr(first.iter.clone());
        }
        let body = crate::genexpr::generator_body(&node);
        self.nested_free.extend(free_names(&[".0".to_string()], &body));
    }

    fn visit_expr_lambda(&mut self, node: ast::ExprLambda) {
        for d in node.args.args.iter().chain(&node.args.posonlyargs) {
            if let Some(e) = &d.default {
                self.visit_expr((**e).clone());
            }
        }
        let body = [Stmt::Return(ast::StmtReturn { range: Default::default(), value: Some(node.body) })];
        self.nested_free.extend(free_names(&params_of(&node.args), &body));
    }

    crate::scope::walk_parts!();
}

/// The parameter names of a def or lambda.
pub fn params_of(args: &ast::Arguments) -> Vec<String> {
    let mut out: Vec<String> = args.posonlyargs.iter().chain(&args.args).map(|a| a.def.arg.to_string()).collect();
    out.extend(args.vararg.iter().map(|a| a.arg.to_string()));
    out.extend(args.kwonlyargs.iter().map(|a| a.def.arg.to_string()));
    out.extend(args.kwarg.iter().map(|a| a.arg.to_string()));
    out
}

fn uses(body: &[Stmt]) -> Uses {
    let mut u = Uses::default();
    for s in body {
        u.visit_stmt(s.clone());
    }
    u
}

/// The names a function uses without binding them (globals and built-ins included; its
/// `nonlocal` names and the free names of functions nested in it too).
pub fn free_names(params: &[String], body: &[Stmt]) -> BTreeSet<String> {
    let b = Bindings::of(body);
    let u = uses(body);
    let bound: BTreeSet<String> = b.locals().into_iter().chain(params.iter().cloned()).collect();
    u.names.union(&u.nested_free).filter(|n| !bound.contains(*n) && !b.globals.contains(*n)).cloned().collect()
}

/// The locals and parameters of a function that functions nested in it use (they live in cells).
pub fn captured(params: &[String], body: &[Stmt]) -> BTreeSet<String> {
    let b = Bindings::of(body);
    let u = uses(body);
    let mut own: BTreeSet<String> = b.locals().into_iter().collect();
    own.extend(params.iter().cloned());
    u.nested_free.intersection(&own).cloned().collect()
}

/// Every name some function anywhere in `body` declares `global`.
pub fn global_decls(body: &[Stmt]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for s in body {
        match s {
            Stmt::FunctionDef(f) => {
                out.extend(Bindings::of(&f.body).globals);
                out.extend(global_decls(&f.body));
            }
            Stmt::ClassDef(c) => out.extend(global_decls(&c.body)),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustpython_parser::{Mode, parse};

    #[test]
    fn locals_exclude_globals() {
        let src = "def f(a):\n    global g\n    g = 1\n    x = 2\n    for i in a: pass\n";
        let ast::Mod::Module(m) = parse(src, Mode::Module, "t.py").unwrap() else { panic!() };
        let Stmt::FunctionDef(f) = &m.body[0] else { panic!() };
        let b = Bindings::of(&f.body);
        assert_eq!(b.locals(), vec!["i".to_string(), "x".to_string()]);
    }
}
