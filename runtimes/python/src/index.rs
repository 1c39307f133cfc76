//! `__index__`: an instance used where CPython wants an integer (an index or slice bound of a
//! built-in sequence, `range`, `bin`, `hex`, `oct`). The built-in operation fails with a
//! `TypeError` first (no cost on the normal path); then, when one of its operands is an
//! instance whose class has `__index__`, the operation is handed to the prelude's `index_op`,
//! which converts those operands with `__index__` and does it again.

use crate::err::PyErr;
use crate::obj::{Heap, Kind, NONE};

/// The operations `index_op` redoes.
const OPS: &[&str] =
    &["getitem", "setitem", "delitem", "slice", "set_slice", "del_slice", "range", "bin", "hex", "oct"];

/// Error `e` of operation `op` on `args`, or the request of the prelude's `index_op` when an
/// operand is an instance with `__index__`.
pub fn retry(h: &mut Heap, e: PyErr, op: &str, args: &[u64]) -> PyErr {
    if e.class != "TypeError" || !OPS.contains(&op) {
        return e;
    }
    match request(h, op, args) {
        Ok(Some(r)) => r,
        Ok(None) => e,
        Err(e2) => e2,
    }
}

/// [`retry`] of a result.
pub fn retry_result<T>(h: &mut Heap, r: Result<T, PyErr>, op: &str, args: &[u64]) -> Result<T, PyErr> {
    r.map_err(|e| retry(h, e, op, args))
}

fn request(h: &mut Heap, op: &str, args: &[u64]) -> Result<Option<PyErr>, PyErr> {
    let mut any = false;
    for &a in args {
        any = any || (h.kind(a)? == Kind::Inst && h.has_special(a, "__index__")?);
    }
    if !any {
        return Ok(None);
    }
    let name = h.str(op)?;
    let _n = h.pin(name)?;
    let xs = h.tuple(args)?;
    let _x = h.pin(xs)?;
    let t = h.tuple(&[name, xs])?;
    let _t = h.pin(t)?;
    crate::prelude::request(h, "index_op", t, NONE, 1)
}
