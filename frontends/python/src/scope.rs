//! Scope analysis: which names of a function are its locals.
//!
//! A name is local to a function when the function binds it (parameter, assignment target,
//! `for` target, `def`, `class`, `import`, augmented assignment, `except ... as`) and does not
//! declare it `global`. Every other name is global (module level) or built-in. Names bound in
//! comprehensions belong to the comprehension, not the function.

use rustpython_parser::ast::{self, Expr, Stmt};
use std::collections::BTreeSet;

/// The names a body binds, and the names it declares `global`.
#[derive(Default, Debug)]
pub struct Bindings {
    /// Bound names, sorted.
    pub bound: BTreeSet<String>,
    /// Names declared `global`.
    pub globals: BTreeSet<String>,
}

impl Bindings {
    /// The bindings of a function or module body.
    pub fn of(body: &[Stmt]) -> Bindings {
        let mut b = Bindings::default();
        for s in body {
            b.stmt(s);
        }
        b
    }

    /// The function's locals: bound and not global.
    pub fn locals(&self) -> Vec<String> {
        self.bound.difference(&self.globals).cloned().collect()
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
