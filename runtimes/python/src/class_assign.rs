//! `o.__class__ = C` (and `del o.__class__`) with CPython's rules: an instance of a user class
//! takes another user class of the same layout (an exception class for an exception, a plain
//! class for a plain object); anything else is CPython's TypeError. The instance keeps its
//! dict; its new class is guarded (`guard.rs`) when it has `__setattr__`, `__getattribute__`
//! or a data descriptor, which the instance's inline attribute paths would otherwise skip.

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, Tag};

impl Heap<'_, '_> {
    /// Whether attribute name `name` (a str) is `__class__`.
    pub fn is_class_attr(&mut self, name: u64) -> PyResult<bool> {
        Ok(self.kind(name)? == Kind::Str && self.str_is(name, "__class__")?)
    }

    /// `o.__class__ = v`.
    pub fn set_class_of(&mut self, o: u64, v: u64) -> PyResult<()> {
        let builtin_type = match self.kind(v)? {
            Kind::Obj(Tag::Class) => false,
            Kind::Obj(Tag::Builtin) if builtin_is_type(self, v)? => true,
            _ => return Err(not_a_class(self, v)?),
        };
        if builtin_type || self.kind(o)? != Kind::Inst {
            return Err(PyErr::type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses".into(),
            ));
        }
        let old = self.get(o, 0)?;
        if self.is_exception(o)? != self.exception_root(v)?.is_some() {
            let (new, old) = (self.class_name(v)?, self.class_name(old)?);
            return Err(PyErr::type_error(format!("__class__ assignment: '{new}' object layout differs from '{old}'")));
        }
        self.guard_moved_to(v)?;
        self.set(o, 0, v)
    }
}

/// Whether built-in `v` is a type (`int`, `list`), not a function.
fn builtin_is_type(h: &mut Heap, v: u64) -> PyResult<bool> {
    let n = h.get(v, 1)?;
    let n = h.text(n)?;
    Ok(crate::builtins::is_type_name(&n))
}

fn not_a_class(h: &mut Heap, v: u64) -> PyResult<PyErr> {
    let t = crate::ops::type_name(h, v)?;
    Ok(PyErr::type_error(format!("__class__ must be set to a class, not '{t}' object")))
}

/// `del o.__class__`.
pub fn cannot_delete() -> PyErr {
    PyErr::type_error("can't delete __class__ attribute".into())
}
