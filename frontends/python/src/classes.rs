//! Parts of class statements: the bases handed to `py.make_class`, and annotated names in
//! class bodies (`x: int = 0`), which fill the class's `__annotations__` dict (what
//! `@dataclass` reads, see the prelude) and set the class attribute when they have a value.

use crate::cx::{Cx, R};
use crate::host;
use rustpython_parser::ast::{self, Expr, Stmt};

impl<'a> Cx<'_, 'a> {
    /// Pushes the value `make_class` takes for base `b`: a class, the name of a built-in
    /// exception class, or none for `object`.
    pub(crate) fn class_base(&mut self, b: &'a Expr) -> R {
        match b {
            Expr::Name(n) if host::is_exception(&n.id) && !self.m.module_names.contains(n.id.as_str()) => {
                self.str_const(&n.id)
            }
            Expr::Name(n) if n.id.as_str() == "object" => self.none(),
            Expr::Name(n)
                if crate::host::BUILTINS.contains(&n.id.as_str()) && !self.m.module_names.contains(n.id.as_str()) =>
            {
                return self.err(format!("subclassing the built-in type `{}` is not supported yet", n.id));
            }
            b => self.expr(b)?,
        }
        Ok(())
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
            self.host("setattr");
        }
        Ok(())
    }
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
