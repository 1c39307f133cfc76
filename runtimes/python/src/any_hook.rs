//! The any hook's arithmetic and item operations: the slow paths of the VM's `any.*` operations
//! the frontend emits for `+ - * / // % << >> & | ^ **`, unary `-`, `+= -= *=` and `c[k]`,
//! `c[k] = v`, and the comparisons (through the prelude's retry when a special method is needed). Each does what the matching `py.*` host
//! function does, special methods (call requests) included.

use crate::dunder;
use crate::err::{PyErr, PyResult};
use crate::num::BinOp;
use crate::obj::{Heap, Kind, NONE, Tag};
use crate::ops::{self, CmpOp};

/// The binary operator of a hook code, and whether it is the in-place form.
fn binop_of(code: u32) -> Option<(BinOp, bool)> {
    Some(match code {
        0 => (BinOp::Add, false),
        1 => (BinOp::Sub, false),
        2 => (BinOp::Mul, false),
        10 => (BinOp::TrueDiv, false),
        11 => (BinOp::FloorDiv, false),
        12 => (BinOp::Mod, false),
        13 => (BinOp::LShift, false),
        14 => (BinOp::RShift, false),
        15 => (BinOp::And, false),
        16 => (BinOp::Or, false),
        17 => (BinOp::Xor, false),
        18 => (BinOp::Pow, false),
        19 => (BinOp::Add, true),
        20 => (BinOp::Sub, true),
        21 => (BinOp::Mul, true),
        _ => return None,
    })
}

/// The `py.*` host function whose job hook operation `code` does (for tracebacks).
pub fn host_name(code: u32) -> &'static str {
    match code {
        0 | 19 => "add",
        1 | 20 => "sub",
        2 | 21 => "mul",
        3 => "neg",
        4 => "lt",
        5 => "le",
        6 => "gt",
        7 => "ge",
        8 => "eq",
        9 => "ne",
        10 => "truediv",
        11 => "floordiv",
        12 => "mod",
        13 => "lshift",
        14 => "rshift",
        15 => "and",
        16 => "or",
        17 => "xor",
        18 => "pow",
        22 => "getitem",
        23 => "setitem",
        25 => "getattr",
        26 => "setattr",
        _ => "anyhook",
    }
}

/// The any hook's answer: `args` are the operation code and the two operands.
pub fn answer(h: &mut Heap, args: &[u64]) -> PyResult<u64> {
    let cmp = match args[0] as u32 {
        4 => CmpOp::Lt,
        5 => CmpOp::Le,
        6 => CmpOp::Gt,
        7 => CmpOp::Ge,
        8 => CmpOp::Eq,
        9 => CmpOp::Ne,
        code => return op(h, code, args[1], args[2]),
    };
    crate::prelude::compare(h, cmp, args[1], args[2])
}

/// The hook's answer for operation `code` (not a comparison) on `a` and `b`.
pub fn op(h: &mut Heap, code: u32, a: u64, b: u64) -> PyResult<u64> {
    if let Some((op, inplace)) = binop_of(code) {
        return dunder::binop(h, op, a, b, inplace);
    }
    match code {
        3 => dunder::unary(h, '-', a),
        24 => dunder::truthy(h, a).map(crate::obj::bool_),
        22 => match dunder::item(h, "__getitem__", &[a, b])? {
            Some(r) => Err(r),
            None => ops::getitem(h, a, b)
                .map_err(|e| crate::index::retry(h, e, "getitem", &[a, b]))
                .map_err(|e| crate::generic::retry(h, e, a, b))
                .map_err(|e| crate::prelude::missing(h, e, a, b))
                .map_err(|e| crate::prelude::retry_err(h, e, "getitem", &[a, b], 1)),
        },
        23 => {
            // `any.vec_set` hands over the index and the value as an array of two.
            let (k, v) = (h.get(b, 0)?, h.get(b, 1)?);
            match dunder::item(h, "__setitem__", &[a, k, v])? {
                Some(r) => Err(r),
                None => {
                    let r = ops::setitem(h, a, k, v).map(|()| NONE);
                    let r = crate::index::retry_result(h, r, "setitem", &[a, k, v]);
                    crate::prelude::retry(h, r, "setitem", &[a, k, v], 1)
                }
            }
        }
        25 if let Some(r) = h.getattribute(a, b)? => Err(r),
        25 => match h.instance_attr(a, b)? {
            Some(v) => Ok(v),
            None => {
                let name = h.text(b)?;
                h.getattr(a, &name)
            }
        },
        26 => {
            // `any.attr_set` hands over the name and the value as an array of two.
            let (k, v) = (h.get(b, 0)?, h.get(b, 1)?);
            match dunder::property_set(h, a, k, v)? {
                Some(r) => Err(r),
                None => set_learning(h, a, k, v).map(|()| NONE),
            }
        }
        _ => Err(PyErr::new("SystemError", format!("any hook: unknown operation {code}"))),
    }
}

/// `a += b` and `a *= n` for a list `a`: CPython's in-place `list.extend` and repetition, which
/// keep the list's identity. `None` for anything else.
pub fn list_inplace(h: &mut Heap, op: BinOp, a: u64, b: u64) -> PyResult<Option<u64>> {
    if h.kind(a)? != Kind::Obj(Tag::List) {
        return Ok(None);
    }
    let mut items = h.list_items(a)?;
    match (op, h.kind(b)?) {
        (BinOp::Add, _) => items.extend(ops::iterate(h, b)?),
        (BinOp::Mul, Kind::Int(n)) => {
            let n = usize::try_from(n).unwrap_or(0);
            if items.len().saturating_mul(n) > 1 << 26 {
                return Err(PyErr::new("MemoryError", String::new()));
            }
            items = items.repeat(n);
        }
        (BinOp::Mul, Kind::Bool(b)) => items = items.repeat(b as usize),
        _ => return Ok(None),
    }
    ops::set_list(h, a, &items)?;
    Ok(Some(a))
}

/// `o.k = v` by the full path (no property `k`), learning `k` as the next name of the layout of
/// `o`'s class when it adds an entry to the instance's dict (`layout.rs`).
fn set_learning(h: &mut Heap, o: u64, k: u64, v: u64) -> PyResult<()> {
    let count = |h: &mut Heap| -> PyResult<Option<i64>> {
        if h.kind(o)? != Kind::Inst {
            return Ok(None);
        }
        let d = h.get(o, 1)?;
        Ok(Some(crate::obj::as_small(h.get(d, 1)?)))
    };
    let before = count(h)?;
    h.setattr(o, k, v)?;
    if let (Some(n), Some(m)) = (before, count(h)?)
        && m == n + 1
    {
        h.layout_learn(o, k, n as usize)?;
    }
    Ok(())
}
