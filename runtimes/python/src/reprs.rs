//! `repr` of user objects with `__repr__` inside containers (`print([Point(1, 2)])`): the
//! runtime cannot call `__repr__`, so `py.text_step` computes the text with the reprs it was
//! given so far and, when it meets an object whose repr it lacks, returns that object instead;
//! the stub `__text` calls its `__repr__`, hands the result over with `py.repr_put` and
//! asks again. The reprs given are kept for one `__text` call: a stack of frames, since a
//! `__repr__` may make text of its own meanwhile.

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind};

/// The error that stops a text computation at an object whose repr is needed.
pub const NEED: &str = "<repr needed>";

/// The repr of instance `v` given by `py.repr_put` in this text computation, or the error
/// that asks for it.
pub fn given(h: &mut Heap, v: u64) -> PyResult<String> {
    let reprs = h.io.reprs.lock().map_err(|_| PyErr::new("SystemError", String::new()))?;
    let known: Vec<(vmalloc::Rooted, String)> = reprs.last().cloned().unwrap_or_default();
    drop(reprs);
    for (r, s) in known {
        if h.cx.heap().resolve(&r).is_ok_and(|bits| bits == v) {
            return Ok(s);
        }
    }
    let mut e = PyErr::new(NEED, String::new());
    e.value = Some(v);
    Err(e)
}

/// `py.text_step(x, which, first)`: `(0, str(x) or repr(x))`, or `(1, o)` when the repr of
/// object `o` is needed first. `first` starts a new computation (forgets the reprs given).
pub fn step(h: &mut Heap, x: u64, which: u64, first: u64, out: &mut [u64]) -> PyResult<()> {
    if first != 0 {
        let mut reprs = h.io.reprs.lock().map_err(|_| PyErr::new("SystemError", String::new()))?;
        if reprs.len() > 1000 {
            reprs.clear(); // frames left by exceptions
        }
        reprs.push(Vec::new());
    }
    let text = if which == 0 { h.str_of(x) } else { h.repr(x) };
    match text {
        Ok(s) => {
            h.io.reprs.lock().map_err(|_| PyErr::new("SystemError", String::new()))?.pop();
            out[0] = 0;
            out[1] = if which == 0 && h.kind(x)? == Kind::Str { x } else { h.str(&s)? };
            Ok(())
        }
        Err(e) if e.class == NEED => {
            out[0] = 1;
            out[1] = e.value.unwrap_or(crate::obj::NONE);
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// `py.repr_put(o, s)`: the repr of `o` is str `s`.
pub fn put(h: &mut Heap, o: u64, s: u64) -> PyResult<()> {
    if h.kind(s)? != Kind::Str {
        let t = crate::ops::type_name(h, s)?;
        return Err(PyErr::type_error(format!("__repr__ returned non-string (type {t})")));
    }
    let text = h.text(s)?;
    let Some(rooted) = h.pin(o)? else { return Ok(()) };
    let mut reprs = h.io.reprs.lock().map_err(|_| PyErr::new("SystemError", String::new()))?;
    if let Some(frame) = reprs.last_mut() {
        if frame.len() > 1_000_000 {
            return Err(PyErr::new("SystemError", "too many objects with __repr__ in one text".into()));
        }
        frame.push((rooted, text));
    }
    Ok(())
}
