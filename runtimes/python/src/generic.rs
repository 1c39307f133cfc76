//! Subscripted classes: `list[int]`, `dict[str, C]` make a generic alias
//! `[ALIAS, origin, args tuple]` (`types.GenericAlias`: repr, `__origin__`, `__args__`);
//! `C[x]` of a user class calls its `__class_getitem__` (a class method, as in CPython).

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, Tag};

/// Error `e` of `a[k]`, or, when `a` is a class, the call request of
/// `a.__class_getitem__(k)` (CPython's TypeError without one).
pub fn retry(h: &mut Heap, e: PyErr, a: u64, k: u64) -> PyErr {
    if e.class != "TypeError" {
        return e;
    }
    match class_item(h, a, k) {
        Ok(Some(r)) => r,
        Ok(None) => e,
        Err(e2) => e2,
    }
}

/// The call request of `a.__class_getitem__(k)` when `a` is a class.
fn class_item(h: &mut Heap, a: u64, k: u64) -> PyResult<Option<PyErr>> {
    if !crate::prelude::is_python(h, a)? || h.kind(a)? != Kind::Obj(Tag::Class) {
        return Ok(None);
    }
    let f = match h.class_lookup(a, "__class_getitem__")? {
        Some(f) if h.kind(f)? == Kind::Obj(Tag::ClassMethod) => h.get(f, 1)?,
        Some(f) => f,
        None => {
            let n = h.class_name(a)?;
            return Err(PyErr::type_error(format!("type '{n}' is not subscriptable")));
        }
    };
    crate::dunder::request(h, f, &[a, k], 1).map(Some)
}

/// The built-in types CPython subscripts (`types.GenericAlias`).
const GENERIC: &[&str] = &["list", "dict", "tuple", "set", "frozenset", "type"];

/// `t[k]` of built-in type `t`: a generic alias, or none when `t` is not such a type.
pub fn alias(h: &mut Heap, t: u64, k: u64) -> PyResult<Option<u64>> {
    let name = h.get(t, 1)?;
    let name = h.text(name)?;
    if !GENERIC.contains(&name.as_str()) {
        if crate::builtins::is_type_name(&name) {
            return Err(PyErr::type_error(format!("type '{name}' is not subscriptable")));
        }
        return Ok(None);
    }
    let args = if h.kind(k)? == Kind::Obj(Tag::Tuple) { k } else { h.tuple(&[k])? };
    let _a = h.pin(args)?;
    h.obj(Tag::Alias, &[t, args]).map(Some)
}

/// `a.__origin__`, `a.__args__` of alias `a`.
pub fn getattr(h: &mut Heap, a: u64, name: &str) -> PyResult<Option<u64>> {
    Ok(match name {
        "__origin__" => Some(h.get(a, 1)?),
        "__args__" => Some(h.get(a, 2)?),
        _ => None,
    })
}

/// `repr(a)`: `dict[str, __main__.C]`.
pub fn repr(h: &mut Heap, a: u64) -> PyResult<String> {
    let origin = h.get(a, 1)?;
    let mut parts = Vec::new();
    let args = h.get(a, 2)?;
    for x in h.tuple_items(args)? {
        parts.push(type_repr(h, x)?);
    }
    Ok(format!("{}[{}]", type_repr(h, origin)?, parts.join(", ")))
}

/// CPython's `_type_repr`: a type by its name (`__main__.C` for a class of the program), `...`
/// for the ellipsis, the repr of anything else.
fn type_repr(h: &mut Heap, x: u64) -> PyResult<String> {
    match h.kind(x)? {
        Kind::Obj(Tag::Builtin) => {
            let n = h.get(x, 1)?;
            let n = h.text(n)?;
            Ok(if crate::builtins::is_type_name(&n) { n } else { h.repr(x)? })
        }
        Kind::Obj(Tag::Class) => {
            let q = h.class_qualname(x)?;
            Ok(format!("__main__.{}", h.text(q)?))
        }
        Kind::Obj(Tag::Alias) => repr(h, x),
        _ => h.repr(x),
    }
}
