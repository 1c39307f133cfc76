//! The methods of `set` and `frozenset`, and their operators.

use crate::err::{PyErr, PyResult};
use crate::num::BinOp;
use crate::obj::{Heap, Kind, NONE, Tag, bool_};
use crate::ops::CmpOp;
use crate::set;

/// The methods a set (`frozen`: a frozenset) has.
pub(crate) fn names(frozen: bool) -> &'static [&'static str] {
    const ALL: &[&str] = &[
        "copy",
        "union",
        "intersection",
        "difference",
        "symmetric_difference",
        "issubset",
        "issuperset",
        "isdisjoint",
        "add",
        "remove",
        "discard",
        "pop",
        "clear",
        "update",
        "intersection_update",
        "difference_update",
        "symmetric_difference_update",
    ];
    if frozen { &ALL[..8] } else { ALL }
}

/// Calls method `name` of set `s`.
pub(crate) fn call(h: &mut Heap, s: u64, name: &str, a: &[u64]) -> PyResult<u64> {
    let tag = if h.kind(s)? == Kind::Obj(Tag::FrozenSet) { Tag::FrozenSet } else { Tag::Set };
    let one = |a: &[u64]| -> PyResult<u64> {
        a.first().copied().ok_or_else(|| PyErr::type_error(format!("{name}() takes exactly one argument (0 given)")))
    };
    match name {
        "copy" => set::copy(h, s, tag),
        "union" | "intersection" | "difference" | "symmetric_difference" => {
            let mut out = set::copy(h, s, tag)?;
            for &o in a {
                h.keep(out)?;
                out = match name {
                    "union" => set::union(h, out, o)?,
                    "intersection" => set::intersection(h, out, o)?,
                    "difference" => set::difference(h, out, o)?,
                    _ => set::symmetric_difference(h, out, o)?,
                };
            }
            Ok(out)
        }
        "issubset" | "issuperset" | "isdisjoint" => {
            let o = one(a)?;
            let o = if set::is_set(h, o)? { o } else { set::from_iterable(h, Tag::Set, o)? };
            Ok(bool_(match name {
                "issubset" => set::subset(h, s, o)?,
                "issuperset" => set::subset(h, o, s)?,
                _ => {
                    let both = set::intersection(h, s, o)?;
                    set::len(h, both)? == 0
                }
            }))
        }
        "add" => set::add(h, s, one(a)?).map(|_| NONE),
        "remove" => {
            let x = one(a)?;
            if set::discard(h, s, x)? {
                return Ok(NONE);
            }
            Err(crate::str_more::key_error(h, x))
        }
        "discard" => set::discard(h, s, one(a)?).map(|_| NONE),
        "pop" => set::pop(h, s),
        "clear" => {
            let e = set::empty(h, tag)?;
            set::take_body(h, s, e)?;
            Ok(NONE)
        }
        "update" => {
            for &o in a {
                set::update(h, s, o)?;
            }
            Ok(NONE)
        }
        "intersection_update" => {
            // CPython computes the intersection and swaps the tables.
            let result = call(h, s, "intersection", a)?;
            set::take_body(h, s, result)?;
            Ok(NONE)
        }
        "difference_update" => {
            for &o in a {
                for x in crate::ops::iterate(h, o)? {
                    set::discard(h, s, x)?;
                }
            }
            Ok(NONE)
        }
        "symmetric_difference_update" => {
            set::symmetric_update(h, s, one(a)?)?;
            Ok(NONE)
        }
        _ => Err(PyErr::new("AttributeError", format!("'set' object has no attribute '{name}'"))),
    }
}

/// `a op b` when either side is a set: `Some(result)`, or `None` if sets do not define `op`.
pub(crate) fn binop(h: &mut Heap, op: BinOp, a: u64, b: u64) -> PyResult<Option<u64>> {
    if !set::is_set(h, a)? || !set::is_set(h, b)? {
        return Ok(None);
    }
    Ok(Some(match op {
        BinOp::Or => set::union(h, a, b)?,
        BinOp::And => set::intersection(h, a, b)?,
        BinOp::Sub => set::difference(h, a, b)?,
        BinOp::Xor => set::symmetric_difference(h, a, b)?,
        _ => return Ok(None),
    }))
}

/// Comparison of two sets (subset order; `==` is equal contents).
pub(crate) fn compare(h: &mut Heap, op: CmpOp, a: u64, b: u64) -> PyResult<bool> {
    let (la, lb) = (set::len(h, a)?, set::len(h, b)?);
    Ok(match op {
        CmpOp::Eq => la == lb && set::subset(h, a, b)?,
        CmpOp::Ne => !(la == lb && set::subset(h, a, b)?),
        CmpOp::Le => set::subset(h, a, b)?,
        CmpOp::Lt => la < lb && set::subset(h, a, b)?,
        CmpOp::Ge => set::subset(h, b, a)?,
        CmpOp::Gt => la > lb && set::subset(h, b, a)?,
    })
}
