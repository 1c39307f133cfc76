//! Decorators of functions, methods and classes: `@staticmethod`, `@classmethod`,
//! `@property` and `@name.setter` in class bodies become runtime descriptors
//! (`py.descriptor`); any other decorator is evaluated before the definition, as CPython does,
//! and called with the decorated value afterwards (innermost first).

use crate::cx::{Cx, R};
use crate::emit::F_CALL;
use rootir::{Callee, FuncType, Type};
use rustpython_parser::ast::Expr;

/// A decorator, evaluated.
pub enum Decorator {
    /// `@staticmethod`, `@classmethod`, `@property` (descriptor kinds 0, 1, 2).
    Descriptor(i32),
    /// `@name.setter` of a property of the class being defined.
    Setter(String),
    /// Any other decorator: the local holding its value.
    Value(u32),
}

impl<'a> Cx<'_, 'a> {
    /// Evaluates the decorators of a definition (before the definition, top first).
    pub fn decorators(&mut self, decs: &'a [Expr], in_class: bool) -> R<Vec<Decorator>> {
        let mut out = Vec::new();
        for d in decs {
            let builtin = |n: &str| !self.m.module_names.contains(n) && !self.f.names.contains_key(n);
            let kind = match d {
                Expr::Name(n) if in_class && builtin(&n.id) => match n.id.as_str() {
                    "staticmethod" => Some(0),
                    "classmethod" => Some(1),
                    "property" => Some(2),
                    _ => None,
                },
                _ => None,
            };
            if let Some(k) = kind {
                out.push(Decorator::Descriptor(k));
                continue;
            }
            if in_class
                && let Expr::Attribute(a) = d
                && let Expr::Name(n) = &*a.value
                && a.attr.as_str() == "setter"
            {
                out.push(Decorator::Setter(n.id.to_string()));
                continue;
            }
            if in_class
                && matches!(d, Expr::Name(n) if matches!(n.id.as_str(), "staticmethod" | "classmethod" | "property"))
            {
                return self.err("a shadowed `staticmethod`, `classmethod` or `property` decorator is not supported");
            }
            self.expr(d)?;
            let t = self.f.temp(Type::Any);
            self.f.store(t);
            out.push(Decorator::Value(t));
        }
        Ok(out)
    }

    /// Applies evaluated decorators to the value on the stack (bottom first); `cls` is the
    /// local holding the class being defined, for `@name.setter`.
    pub fn apply_decorators(&mut self, decs: Vec<Decorator>, cls: Option<u32>) -> R {
        for d in decs.into_iter().rev() {
            let f = self.f.temp(Type::Any);
            self.f.store(f);
            match d {
                Decorator::Descriptor(k) => {
                    self.i32(k);
                    self.f.load(f);
                    self.host("descriptor");
                }
                Decorator::Setter(name) => {
                    let Some(cls) = cls else { return self.err("`.setter` outside a class body") };
                    self.i32(3);
                    self.i32(2);
                    self.host("tuple_new");
                    self.f.shuffle(vstarr::stack::Shuffle::Dup);
                    self.i32(0);
                    self.f.load(cls);
                    self.str_const(&name);
                    self.host("getattr");
                    self.host("tuple_set");
                    self.f.shuffle(vstarr::stack::Shuffle::Dup);
                    self.i32(1);
                    self.f.load(f);
                    self.host("tuple_set");
                    self.host("descriptor");
                }
                Decorator::Value(t) => {
                    self.f.load(t);
                    self.i32(1);
                    self.host("tuple_new");
                    self.f.shuffle(vstarr::stack::Shuffle::Dup);
                    self.i32(0);
                    self.f.load(f);
                    self.host("tuple_set");
                    self.f.call(Callee::Func(F_CALL), FuncType::new([Type::Any, Type::Any], [Type::Any]));
                }
            }
        }
        Ok(())
    }
}
