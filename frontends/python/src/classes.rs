//! Parts of class statements: the bases handed to `py.make_class`, annotated names in class
//! bodies (`x: int = 0`), which fill the class's `__annotations__` dict (what `@dataclass`
//! reads, see the prelude) and set the class attribute when they have a value, and CPython's
//! scoping of class bodies and of classes made inside functions:
//!
//! - a name the class body binds and also reads (`b = a * 2` after `a = 1`) has a hidden
//!   *shadow* local that each binding also stores; a read takes it while it is bound, else the
//!   global or built-in (CPython's `LOAD_NAME`). Other names read in a class body are the
//!   enclosing function's variables (read in place: the body runs inline) or globals.
//! - a class statement inside a function makes a new class each time it runs; its
//!   `__qualname__` is `f.<locals>.C` (`Outer.Inner` in a class body) and its methods are named
//!   `f.<locals>.C.m`. Methods close
//!   over the function's variables (not over class attributes), as any nested function. When a
//!   method uses `super()` or `__class__`, the function (or module body) keeps the class in a cell (CPython's `__class__`
//!   cell), keyed by a hidden name ([`is_class_cell`]) that the methods have in their closure.

use crate::cx::{Cx, R};
use crate::host;
use rustpython_ast::Visitor;
use rustpython_parser::ast::{self, Expr, Stmt};
use std::collections::{BTreeSet, HashMap};

/// Whether a function whose free names are `free` needs its method's class: it calls `super()`
/// or reads `__class__`.
pub fn uses_class(free: &BTreeSet<String>) -> bool {
    free.contains("super") || free.contains("__class__")
}

/// Whether `key` (a method's class, what `super()` loads) is the hidden name of the cell of a
/// class made inside a function rather than a module-level class's name.
pub fn is_class_cell(key: &str) -> bool {
    key.starts_with("<class ")
}

impl<'a> Cx<'_, 'a> {
    /// For class `c` (in local `cls`) made inside a function or in the body of class `outer`
    /// (its qualified name): sets its `__qualname__` and, when a method uses `super()`, puts it
    /// in a new cell. Returns the qualified name and the key `super()` finds the class by (the
    /// class's name for a module-level class statement).
    pub(crate) fn qualify_class(
        &mut self,
        c: &'a ast::StmtClassDef,
        cls: u32,
        outer: Option<&str>,
    ) -> (String, String) {
        let qualname = match outer {
            Some(o) => format!("{o}.{}", c.name),
            None if self.f.is_module => return (c.name.to_string(), c.name.to_string()),
            None => format!("{}.<locals>.{}", self.f.name, c.name),
        };
        self.f.load(cls);
        self.str_const("__qualname__");
        self.str_const(&qualname);
        self.host("setattr");
        let key = format!("<class {qualname}>");
        let uses_super = c.body.iter().any(|s| match s {
            Stmt::FunctionDef(d) => uses_class(&crate::scope::free_names(&crate::scope::params_of(&d.args), &d.body)),
            _ => false,
        });
        if uses_super {
            self.f.load(cls);
            self.host("cell_new");
            let cell = self.f.temp(rootir::Type::Any);
            self.f.store(cell);
            self.f.cells.insert(key.clone(), cell);
        }
        (qualname, key)
    }

    /// The shadow locals of a class body (see the module comment), each set unbound here.
    pub(crate) fn class_shadows(&mut self, body: &'a [Stmt]) -> HashMap<String, u32> {
        let bound = crate::scope::Bindings::of(body).bound;
        let mut reads = ClassReads::default();
        for s in body {
            reads.visit_stmt(s.clone());
        }
        let mut shadows = HashMap::new();
        for name in reads.0.intersection(&bound) {
            let l = self.f.temp(rootir::Type::Any);
            self.host("unbound");
            self.f.store(l);
            shadows.insert(name.clone(), l);
        }
        shadows
    }

    /// Before the class attribute `name` is set to the value on the stack: its shadow, if it
    /// has one, gets the value too.
    pub(crate) fn shadow_store(&mut self, name: &str) {
        if let Some(&l) = self.f.class_shadows.get(name) {
            self.f.shuffle(vstarr::stack::Shuffle::Dup);
            self.f.store(l);
        }
    }

    /// Pushes the value `make_class` takes for base `b`: a class, the name of a built-in
    /// exception class, or none for `object`.
    pub(crate) fn class_base(&mut self, b: &'a Expr) -> R {
        match b {
            Expr::Name(n) if host::is_exception(&n.id) && !self.is_variable(&n.id) => self.str_const(&n.id),
            Expr::Name(n) if n.id.as_str() == "object" && !self.is_variable(&n.id) => self.none(),
            Expr::Name(n) if crate::host::BUILTINS.contains(&n.id.as_str()) && !self.is_variable(&n.id) => {
                return self.err(format!("subclassing the built-in type `{}` is not supported yet", n.id));
            }
            b => self.expr(b)?,
        }
        Ok(())
    }

    /// Whether `name` is a variable of the program here (of the class body, the function, an
    /// enclosing function or the module), not a built-in.
    fn is_variable(&self, name: &str) -> bool {
        self.f.class_shadows.contains_key(name)
            || self.f.cells.contains_key(name)
            || self.f.free.iter().any(|n| n == name)
            || (self.f.names.contains_key(name) && !self.f.global_decls.contains(name))
            || self.m.module_names.contains(name)
    }

    /// The bases of a class statement without a `NamedTuple` (`typing.NamedTuple`) base, which
    /// becomes the innermost decorator instead (the prelude's `typing.NamedTuple` turns the
    /// class into a namedtuple).
    pub(crate) fn named_tuple_base(
        &mut self,
        bases: &'a [Expr],
        decs: &mut Vec<crate::decorators::Decorator>,
    ) -> R<&'a [Expr]> {
        let is_nt = |b: &Expr| match b {
            Expr::Name(n) => n.id.as_str() == "NamedTuple",
            Expr::Attribute(a) => a.attr.as_str() == "NamedTuple",
            _ => false,
        };
        match bases {
            [b] if is_nt(b) => {
                self.expr(b)?;
                let t = self.f.temp(rootir::Type::Any);
                self.f.store(t);
                decs.push(crate::decorators::Decorator::Value(t));
                Ok(&[])
            }
            _ if bases.iter().any(is_nt) => self.err("a NamedTuple class with other bases is not supported yet"),
            _ => Ok(bases),
        }
    }

    /// `name: annotation [= value]` in the body of the class in local `cls`: the class's
    /// `__annotations__` (made at the first one of `body`) maps the name to the annotation's
    /// text (`"ClassVar"` for `ClassVar[...]`; annotations are not evaluated).
    pub(crate) fn class_annotation(&mut self, cls: u32, a: &'a ast::StmtAnnAssign, body: &'a [Stmt]) -> R {
        let Expr::Name(n) = &*a.target else { return Ok(()) };
        let first = body.iter().find_map(|s| match s {
            Stmt::AnnAssign(x) => Some(x),
            _ => None,
        });
        if first.is_some_and(|x| std::ptr::eq(x, a)) {
            self.f.load(cls);
            self.str_const("__annotations__");
            self.host("dict_new");
            self.host("setattr");
        }
        self.f.load(cls);
        self.str_const("__annotations__");
        self.host("getattr");
        self.str_const(&n.id);
        self.str_const(&annotation_text(&a.annotation));
        self.host("dict_set");
        if let Some(v) = &a.value {
            self.f.load(cls);
            self.str_const(&n.id);
            self.expr(v)?;
            self.shadow_store(&n.id);
            self.host("setattr");
        }
        Ok(())
    }
}

/// The names a class body's own code reads: its statements' expressions and its methods'
/// decorators (but `@name.setter`) and defaults, not the methods' bodies or lambdas' bodies.
#[derive(Default)]
struct ClassReads(BTreeSet<String>);

impl Visitor for ClassReads {
    fn visit_expr_name(&mut self, node: ast::ExprName) {
        if node.ctx == ast::ExprContext::Load {
            self.0.insert(node.id.to_string());
        }
    }

    fn visit_stmt_function_def(&mut self, node: ast::StmtFunctionDef) {
        // `@name.setter` reads the property from the class itself (`decorators.rs`).
        let setter = |e: &Expr| matches!(e, Expr::Attribute(a) if a.attr.as_str() == "setter" && matches!(*a.value, Expr::Name(_)));
        for e in node.decorator_list.into_iter().filter(|e| !setter(e)) {
            self.visit_expr(e);
        }
        let args = node.args.posonlyargs.into_iter().chain(node.args.args).chain(node.args.kwonlyargs);
        for d in args.filter_map(|a| a.default) {
            self.visit_expr(*d);
        }
    }

    fn visit_stmt_class_def(&mut self, node: ast::StmtClassDef) {
        // A nested class's bases and decorators are evaluated here; its body is its own.
        for e in node.bases.into_iter().chain(node.decorator_list) {
            self.visit_expr(e);
        }
    }

    fn visit_expr_lambda(&mut self, node: ast::ExprLambda) {
        let args = node.args.posonlyargs.into_iter().chain(node.args.args).chain(node.args.kwonlyargs);
        for d in args.filter_map(|a| a.default) {
            self.visit_expr(*d);
        }
    }

    crate::scope::walk_parts!();
}

/// The text an annotation stands for here: a name, `ClassVar` for `ClassVar[...]` (also
/// `typing.ClassVar`), else `"?"`.
fn annotation_text(e: &Expr) -> String {
    match e {
        Expr::Name(n) => n.id.to_string(),
        Expr::Attribute(a) => a.attr.to_string(),
        Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) => s.clone(),
        Expr::Subscript(s) => annotation_text(&s.value),
        _ => "?".into(),
    }
}
