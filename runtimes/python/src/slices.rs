//! Slice objects `[SLICE, start, stop, step]`: what `o[a:b:c]` hands to the `__getitem__`,
//! `__setitem__` and `__delitem__` of an instance, and what a built-in sequence indexed by one
//! (`self.items[s]` inside such a method) slices with.

use crate::dunder;
use crate::err::PyResult;
use crate::obj::{Heap, Kind, Tag};

/// A new slice object.
pub fn new(h: &mut Heap, lo: u64, hi: u64, step: u64) -> PyResult<u64> {
    h.obj(Tag::Slice, &[lo, hi, step])
}

/// The start, stop and step of `s` when it is a slice object.
pub fn parts(h: &mut Heap, s: u64) -> PyResult<Option<(u64, u64, u64)>> {
    if h.kind(s)? != Kind::Obj(Tag::Slice) {
        return Ok(None);
    }
    Ok(Some((h.get(s, 1)?, h.get(s, 2)?, h.get(s, 3)?)))
}

/// `s.start`, `s.stop`, `s.step`.
pub fn getattr(h: &mut Heap, s: u64, name: &str) -> PyResult<Option<u64>> {
    let i = match name {
        "start" => 1,
        "stop" => 2,
        "step" => 3,
        _ => return Ok(None),
    };
    h.get(s, i).map(Some)
}

/// `repr(s)`: `slice(1, None, None)`.
pub fn repr(h: &mut Heap, s: u64) -> PyResult<String> {
    let (a, b, c) = (h.get(s, 1)?, h.get(s, 2)?, h.get(s, 3)?);
    Ok(format!("slice({}, {}, {})", h.repr(a)?, h.repr(b)?, h.repr(c)?))
}

/// `py.slice`: `a[lo:hi:step]`, through `a.__getitem__(slice)` for an instance with one.
pub fn get(h: &mut Heap, a: u64, lo: u64, hi: u64, step: u64) -> PyResult<u64> {
    if let Some(r) = special(h, a, "__getitem__", lo, hi, step, None)? {
        return Err(r);
    }
    let r = crate::ops::slice(h, a, lo, hi, step);
    crate::index::retry_result(h, r, "slice", &[a, lo, hi, step])
}

/// `py.set_slice`: `a[lo:hi:step] = v`, through `a.__setitem__(slice, v)` for an instance with
/// one.
pub fn set(h: &mut Heap, a: u64, lo: u64, hi: u64, step: u64, v: u64) -> PyResult<()> {
    if let Some(r) = special(h, a, "__setitem__", lo, hi, step, Some(v))? {
        return Err(r);
    }
    let r = crate::assign::set_slice(h, a, lo, hi, step, v);
    crate::index::retry_result(h, r, "set_slice", &[a, lo, hi, step, v])
}

/// `py.del_slice`: `del a[lo:hi:step]`, through `a.__delitem__(slice)` for an instance with one.
pub fn del(h: &mut Heap, a: u64, lo: u64, hi: u64, step: u64) -> PyResult<()> {
    if let Some(r) = special(h, a, "__delitem__", lo, hi, step, None)? {
        return Err(r);
    }
    let r = crate::assign::del_slice(h, a, lo, hi, step);
    crate::index::retry_result(h, r, "del_slice", &[a, lo, hi, step])
}

/// The call request of special method `name` of instance `a` with a slice object (and `v`),
/// when `a` is an instance whose class has it.
fn special(
    h: &mut Heap,
    a: u64,
    name: &str,
    lo: u64,
    hi: u64,
    step: u64,
    v: Option<u64>,
) -> PyResult<Option<crate::err::PyErr>> {
    if h.kind(a)? != Kind::Inst || !h.has_special(a, name)? {
        return Ok(None);
    }
    let s = new(h, lo, hi, step)?;
    let _s = h.pin(s)?;
    match v {
        Some(v) => dunder::item(h, name, &[a, s, v]),
        None => dunder::item(h, name, &[a, s]),
    }
}
