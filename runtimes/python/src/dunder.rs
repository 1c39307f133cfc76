//! Special methods of user classes (`__add__`, `__eq__`, `__getitem__`, `__len__`, properties
//! ...): host functions cannot call guest code, so when an operation on an instance needs one
//! of its methods, the host function "raises" a *call request* instead of a result: a
//! `[Pending, callee, args, mode]` object put in the exception box. The generated code's check
//! after that host call hands the request to the stub `__pending`, which asks
//! `py.pending_call` what it is and calls `callee(*args)` through `__call` (mode 1), or
//! the same followed by `not` (mode 2, `!=` from `__eq__`, `not in` from `__contains__`);
//! its result stands in for the host function's result. Anything else in the box is an
//! exception and is thrown as before.
//!
//! Requests are made only by the host functions themselves (the wrappers in `lib.rs`), never
//! deep inside another operation, so a request always answers the call that made it; the
//! common int/float/str paths never look for special methods.

use crate::err::{PyErr, PyResult};
use crate::num::BinOp;
use crate::obj::{Heap, Kind, NONE, Tag, int_bits};
use crate::ops::CmpOp;

/// A request to call `callee(*args)` (mode 1) or `not callee(*args)` (mode 2).
pub fn request(h: &mut Heap, callee: u64, args: &[u64], mode: i64) -> PyResult<PyErr> {
    let _c = h.pin(callee)?;
    let t = h.tuple(args)?;
    let _t = h.pin(t)?;
    let r = h.obj(Tag::Pending, &[callee, t, int_bits(mode)])?;
    let mut e = PyErr::new("<call request>", String::new());
    e.value = Some(r);
    Ok(e)
}

/// Whether `e` is a call request.
pub fn is_request(e: &PyErr) -> bool {
    e.class == "<call request>"
}

/// `py.pending_call(r)`: `(mode, callee, args)` of a call request, `(0, none, none)` otherwise.
pub fn pending_call(h: &mut Heap, r: u64, out: &mut [u64]) -> PyResult<()> {
    (out[0], out[1], out[2]) = (0, NONE, NONE);
    if r != 0 && h.kind(r)? == Kind::Obj(Tag::Pending) {
        out[0] = crate::obj::as_small(h.get(r, 3)?) as u64;
        out[1] = h.get(r, 1)?;
        out[2] = h.get(r, 2)?;
    }
    Ok(())
}

/// Whether `v` is a reference at all (an instance may be): inline ints, floats, bools and
/// none are not, and need no further look.
fn maybe_inst(v: u64) -> bool {
    matches!(vmalloc::Any::from_bits(v).as_ref(), Some(r) if !r.is_null())
}

/// Method `name` of instance `v` bound to it, if its class has one.
pub fn method(h: &mut Heap, v: u64, name: &str) -> PyResult<Option<u64>> {
    if !maybe_inst(v) || h.kind(v)? != Kind::Inst {
        return Ok(None);
    }
    let class = h.get(v, 0)?;
    match h.class_lookup(class, name)? {
        Some(f) if h.kind(f)? == Kind::Obj(Tag::Func) => {
            let _f = h.pin(f)?;
            Ok(Some(h.obj(Tag::Bound, &[f, v])?))
        }
        Some(f) => Ok(Some(f)),
        None => Ok(None),
    }
}

/// A request to call `v.name(*args)` if `v` is an instance whose class has it.
pub fn call_if(h: &mut Heap, v: u64, name: &str, args: &[u64], mode: i64) -> PyResult<Option<PyErr>> {
    match method(h, v, name)? {
        Some(m) => request(h, m, args, mode).map(Some),
        None => Ok(None),
    }
}

fn is_inst(h: &mut Heap, v: u64) -> PyResult<bool> {
    Ok(maybe_inst(v) && h.kind(v)? == Kind::Inst)
}

/// The special methods of a binary operator: forward, reflected, in-place.
fn names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

/// `a op b` (`a op= b` when `inplace`): the built-in operation, or for instances their special
/// method (`__add__`, then `__radd__` of the right operand; `__iadd__` first in place).
pub fn binop(h: &mut Heap, op: BinOp, a: u64, b: u64, inplace: bool) -> PyResult<u64> {
    let (fwd, refl, inpl) = names(op);
    if (is_inst(h, a)? || is_inst(h, b)?)
        && let Some(r) = crate::prelude::binop(
            h,
            a,
            b,
            [inplace.then_some(inpl), Some(fwd), Some(refl)],
            &format!("{}{}", op.symbol(), if inplace { "=" } else { "" }),
            1,
        )?
    {
        return Err(r);
    }
    if inplace && let Some(r) = call_if(h, a, inpl, &[b], 1)? {
        return Err(r);
    }
    if inplace && op == BinOp::Add && h.kind(a)? == crate::obj::Kind::Obj(crate::obj::Tag::ByteArray) {
        return crate::bytearray::iadd(h, a, b);
    }
    if inplace && let Some(v) = crate::any_hook::list_inplace(h, op, a, b)? {
        return Ok(v);
    }
    match crate::ops::binop(h, op, a, b) {
        Ok(v) => Ok(v),
        Err(e) if is_inst(h, a)? || is_inst(h, b)? => {
            if let Some(r) = call_if(h, a, fwd, &[b], 1)? {
                return Err(r);
            }
            if let Some(r) = call_if(h, b, refl, &[a], 1)? {
                return Err(r);
            }
            Err(e)
        }
        Err(e) => Err(e),
    }
}

/// `a op b` for a comparison: for instances `__eq__`/`__lt__`/..., then the reflected method
/// of the right operand (`__gt__` for `<`); `!=` without `__ne__` is `not __eq__`.
pub fn compare(h: &mut Heap, op: CmpOp, a: u64, b: u64) -> PyResult<bool> {
    if is_inst(h, a)? || is_inst(h, b)? {
        let (fwd, refl) = match op {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::Ge => ("__ge__", "__le__"),
        };
        // `!=` without `__ne__` is `not ==` (the prelude's identity fallback included).
        let ne_from_eq = op == CmpOp::Ne && method(h, a, "__ne__")?.is_none() && method(h, b, "__ne__")?.is_none();
        let (names, symbol, mode) =
            if ne_from_eq { (["__eq__", "__eq__"], "==", 2) } else { ([fwd, refl], op.symbol(), 1) };
        if let Some(r) = crate::prelude::binop(h, a, b, [None, Some(names[0]), Some(names[1])], symbol, mode)? {
            return Err(r);
        }
        if let Some(r) = call_if(h, a, fwd, &[b], 1)? {
            return Err(r);
        }
        if let Some(r) = call_if(h, b, refl, &[a], 1)? {
            return Err(r);
        }
        if op == CmpOp::Ne {
            if let Some(r) = call_if(h, a, "__eq__", &[b], 2)? {
                return Err(r);
            }
            if let Some(r) = call_if(h, b, "__eq__", &[a], 2)? {
                return Err(r);
            }
        }
    }
    crate::ops::compare_op(h, op, a, b)
}

/// `item in container` (`not in` when `negate`): `__contains__` of an instance (the truth of
/// its result, as in CPython).
pub fn contains(h: &mut Heap, container: u64, item: u64, negate: bool) -> PyResult<bool> {
    if let Some(r) = call_if(h, container, "__contains__", &[item], if negate { 2 } else { 3 })? {
        return Err(r);
    }
    Ok(crate::ops::contains(h, container, item)? != negate)
}

/// The truth of `v`: `__bool__`, else `__len__` of an instance (the generated code takes the
/// truth of the method's result).
pub fn truthy(h: &mut Heap, v: u64) -> PyResult<bool> {
    if is_inst(h, v)? {
        for name in ["__bool__", "__len__"] {
            if let Some(r) = call_if(h, v, name, &[], 1)? {
                return Err(r);
            }
        }
    }
    crate::ops::truthy(h, v)
}

/// `hash(x)` of an instance with a Python `__hash__`: the prelude's `hash_of`.
fn request_prelude_hash(h: &mut Heap, args: u64) -> PyResult<Option<PyErr>> {
    match crate::prelude::request(h, "hash", args, NONE, 1)? {
        Some(r) => Ok(Some(r)),
        None => Err(crate::keyed::needs_hash()),
    }
}

/// `len(x)`, `abs(x)`, `bool(x)`, `iter(x)`, `next(x)` of an instance with `__len__`, `__abs__`,
/// `__bool__`/`__len__`, `__iter__`, `__next__`.
pub fn builtin(h: &mut Heap, name: &str, args: u64) -> PyResult<Option<PyErr>> {
    if !matches!(name, "len" | "abs" | "bool" | "iter" | "next" | "hash") {
        return Ok(None);
    }
    let items = h.tuple_items(args)?;
    if let ("hash", [x]) = (name, &items[..])
        && h.kind(*x)? == Kind::Inst
    {
        let class = h.get(*x, 0)?;
        if matches!(crate::keyed::rule(h, class)?, crate::keyed::Rule::Python) {
            return request_prelude_hash(h, args);
        }
        return Ok(None);
    }
    if name == "next"
        && items.len() == 2
        && (h.kind(items[0])? == Kind::Inst || crate::generators::is_gen(h, items[0])?)
    {
        return match crate::prelude::request(h, "next", args, NONE, 1)? {
            Some(r) => Ok(Some(r)),
            None => {
                Err(PyErr::new("NotImplementedError", "next() of an object with a default (not supported yet)".into()))
            }
        };
    }
    let [x] = items[..] else { return Ok(None) };
    if name == "next" && crate::generators::is_gen(h, x)? {
        return match crate::generators::next_request(h, x, 5)? {
            Some(r) => Ok(Some(r)),
            None => Err(PyErr::new("StopIteration", String::new())),
        };
    }
    match name {
        "bool" => {
            for m in ["__bool__", "__len__"] {
                if let Some(r) = call_if(h, x, m, &[], 3)? {
                    return Ok(Some(r));
                }
            }
            Ok(None)
        }
        _ => call_if(h, x, &format!("__{name}__"), &[], 1),
    }
}

/// A unary operator: `__neg__`, `__pos__`, `__invert__` of an instance.
pub fn unary(h: &mut Heap, op: char, v: u64) -> PyResult<u64> {
    let name = match op {
        '-' => "__neg__",
        '+' => "__pos__",
        _ => "__invert__",
    };
    if let Some(r) = call_if(h, v, name, &[], 1)? {
        return Err(r);
    }
    crate::ops::unary(h, op, v)
}

/// `o[k]`, `o[k] = v`, `del o[k]` of an instance: `__getitem__`, `__setitem__`, `__delitem__`.
pub fn item(h: &mut Heap, name: &str, args: &[u64]) -> PyResult<Option<PyErr>> {
    call_if(h, args[0], name, &args[1..], 1)
}

/// `o.name = v` where the class of instance `o` has a property `name`: a request to call its
/// setter (AttributeError without one).
pub fn property_set(h: &mut Heap, o: u64, name: u64, v: u64) -> PyResult<Option<PyErr>> {
    if !is_inst(h, o)? {
        return Ok(None);
    }
    let class = h.get(o, 0)?;
    if let Some(f) = h.class_lookup(class, "__setattr__")?
        && h.kind(f)? == Kind::Obj(Tag::Func)
    {
        return request(h, f, &[o, name, v], 1).map(Some);
    }
    descriptor_set(h, o, name, v)
}

/// `o.name = v` for instance `o` whose class has a data descriptor or property `name`: a
/// request to call its `__set__` or setter (AttributeError without one); none otherwise.
fn descriptor_set(h: &mut Heap, o: u64, name: u64, v: u64) -> PyResult<Option<PyErr>> {
    let class = h.get(o, 0)?;
    match h.class_lookup_key(class, name)? {
        Some(d) if h.kind(d)? == Kind::Inst && h.has_special(d, "__set__")? => call_if(h, d, "__set__", &[o, v], 1),
        Some(p) if h.kind(p)? == Kind::Obj(Tag::Property) => {
            let fset = h.get(p, 2)?;
            if fset == NONE {
                let key = h.text(name)?;
                let t = crate::ops::type_name(h, o)?;
                return Err(PyErr::new("AttributeError", format!("property '{key}' of '{t}' object has no setter")));
            }
            request(h, fset, &[o, v], 1).map(Some)
        }
        _ => Ok(None),
    }
}

/// `del o.name` where the class of instance `o` has `__delattr__`: a request to call it.
pub fn delattr(h: &mut Heap, o: u64, name: u64) -> PyResult<Option<PyErr>> {
    if !is_inst(h, o)? {
        return Ok(None);
    }
    let class = h.get(o, 0)?;
    match h.class_lookup(class, "__delattr__")? {
        Some(f) if h.kind(f)? == Kind::Obj(Tag::Func) => request(h, f, &[o, name], 1).map(Some),
        _ => Ok(None),
    }
}

/// `object.__setattr__(o, name, v)`, `object.__delattr__(o, name)` and
/// `object.__getattribute__(o, name)` (`method`): the attribute operations without the class's
/// hooks (`__setattr__`, `__delattr__`, `__getattr__`), descriptors and properties honoured.
pub fn object_method(h: &mut Heap, method: &str, a: &[u64]) -> PyResult<u64> {
    let want = if method == "__setattr__" { 3 } else { 2 };
    if a.len() != want {
        return Err(PyErr::type_error(format!("expected {want} arguments, got {}", a.len())));
    }
    if h.kind(a[1])? != Kind::Str {
        let t = crate::ops::type_name(h, a[1])?;
        return Err(PyErr::type_error(format!("attribute name must be string, not '{t}'")));
    }
    match method {
        "__setattr__" => {
            if is_inst(h, a[0])?
                && let Some(r) = descriptor_set(h, a[0], a[1], a[2])?
            {
                return Err(r);
            }
            h.setattr(a[0], a[1], a[2]).map(|()| NONE)
        }
        "__delattr__" => h.delattr(a[0], a[1]).map(|()| NONE),
        _ => match h.instance_attr(a[0], a[1])? {
            Some(v) => Ok(v),
            None => {
                let n = h.text(a[1])?;
                if !is_inst(h, a[0])? || n == "__class__" || h.is_exception(a[0])? {
                    return h.getattr(a[0], &n);
                }
                let t = crate::ops::type_name(h, a[0])?;
                Err(PyErr::new("AttributeError", format!("'{t}' object has no attribute '{n}'")))
            }
        },
    }
}

/// `py.descriptor(kind, f)`: `staticmethod(f)` (0), `classmethod(f)` (1), `property(f)` (2),
/// or for kind 3 `prop.setter(f)` with `f` a tuple `(prop, setter)`.
pub fn descriptor(h: &mut Heap, kind: u32, f: u64) -> PyResult<u64> {
    match kind {
        0 => h.obj(Tag::StaticMethod, &[f]),
        1 => h.obj(Tag::ClassMethod, &[f]),
        2 => h.obj(Tag::Property, &[f, NONE]),
        _ => {
            let (prop, setter) = (h.get(f, 1)?, h.get(f, 2)?);
            if h.kind(prop)? != Kind::Obj(Tag::Property) {
                return Err(PyErr::new("AttributeError", "'setter' of something that is not a property".into()));
            }
            let fget = h.get(prop, 1)?;
            h.obj(Tag::Property, &[fget, setter])
        }
    }
}

/// The words of [`inner_special`]'s error (`prelude.rs` answers it where it can).
pub const INNER: &str = "called from inside a built-in operation";

/// Special methods are honoured where the program applies an operator, not inside built-in
/// operations (`sorted`, `in` and `==` of containers, dict keys...), which cannot call guest
/// code: there an instance with one is an error rather than a wrong answer.
pub fn inner_special(h: &mut Heap, values: &[u64], names: &[&str]) -> PyResult<()> {
    for &v in values {
        if h.kind(v)? != Kind::Inst {
            continue;
        }
        for name in names {
            if h.has_special(v, name)? {
                return Err(PyErr::new("NotImplementedError", format!("{name} {INNER} (not supported yet)")));
            }
        }
    }
    Ok(())
}
