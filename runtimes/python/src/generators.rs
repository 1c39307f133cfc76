//! Generator objects (`[Gen, resume function, frame list, state]`, see
//! `frontends/python/src/generators.rs`): the frame holds the resume function's locals while
//! the generator is suspended; state 0 is "not started", `k` "after the k-th yield", -1 "done".
//! `next` asks the generated code to call the resume function (a call request, `dunder.rs`);
//! its result is the next value, or the "exhausted" marker (UNBOUND) once it has finished.

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, NONE, Tag, UNBOUND, as_small, int_bits};

/// `py.gen_new(resume, name, args, first, closure)`: a generator whose frame holds the
/// arguments from slot `first`, over a resume function with the closure `closure` (or none).
pub fn new(h: &mut Heap, resume: u32, name: u64, args: u64, first: usize, closure: u64) -> PyResult<u64> {
    let f = h.make_func(resume as i32, name, 1, NONE)?;
    let _f = h.pin(f)?;
    if closure != NONE {
        h.set(f, 5, closure)?;
    }
    let mut slots = vec![UNBOUND; first];
    slots.extend(h.tuple_items(args)?);
    let frame = h.list(&slots)?;
    let _l = h.pin(frame)?;
    h.obj(Tag::Gen, &[f, frame, int_bits(0), NONE, NONE, NONE])
}

/// `py.gen_result(it)`: what generator `it` returned (the value of `yield from it`), none for
/// other iterators.
pub fn result(h: &mut Heap, it: u64) -> PyResult<u64> {
    if matches!(vmalloc::Any::from_bits(it).as_ref(), Some(r) if !r.is_null()) && is_gen(h, it)? {
        return h.get(it, 6);
    }
    Ok(NONE)
}

/// The methods of generator objects.
pub const METHODS: &[&str] = &["send", "throw", "close", "__next__"];

/// `py.gen_sent(g, delegating)` where a suspended generator resumes: raises what `g.throw()`
/// handed it, else the value of the `yield` (what `g.send()` handed it, or none). A generator
/// suspended in `yield from` (`delegating`) cannot pass a sent value on yet.
pub fn sent(h: &mut Heap, g: u64, delegating: bool) -> PyResult<u64> {
    let thrown = h.get(g, 5)?;
    if thrown != NONE {
        h.set(g, 5, NONE)?;
        return Err(crate::raise_value(h, thrown)?);
    }
    let v = h.get(g, 4)?;
    h.set(g, 4, NONE)?;
    if delegating && v != NONE {
        return Err(PyErr::new(
            "NotImplementedError",
            "send() to a generator suspended in `yield from` (not supported yet)".into(),
        ));
    }
    Ok(v)
}

/// `g.send(v)`, `g.throw(e)`, `g.close()`, `g.__next__()`: resuming is a call request of the
/// resume function (as `next(g)`), after leaving the value or exception for [`sent`].
pub fn method(h: &mut Heap, g: u64, name: &str, a: &[u64]) -> PyResult<u64> {
    let started = state(h, g)? > 0;
    match (name, a) {
        ("send", [v]) => {
            if state(h, g)? == 0 && *v != NONE {
                return Err(PyErr::type_error("can't send non-None value to a just-started generator".into()));
            }
            h.set(g, 4, *v)?;
        }
        ("throw", [e]) => {
            if !started {
                set_state(h, g, -1)?;
                return Err(crate::raise_value(h, *e)?);
            }
            h.set(g, 5, *e)?;
        }
        ("close", []) => {
            // A suspended generator gets GeneratorExit at its `yield` (the prelude's
            // `gen_close` throws it and checks what comes out), so its `finally` blocks run.
            if started {
                let args = h.tuple(&[g])?;
                h.keep(args)?;
                if let Some(r) = crate::prelude::request(h, "generator.close", args, NONE, 1)? {
                    return Err(r);
                }
            }
            set_state(h, g, -1)?;
            return Ok(NONE);
        }
        ("__next__", []) => {}
        _ => {
            return Err(PyErr::type_error(format!("generator.{name}() got {} arguments", a.len())));
        }
    }
    match next_request(h, g, 5)? {
        Some(r) => Err(r),
        None => Err(PyErr::new("StopIteration", String::new())),
    }
}

/// Whether `v` is a generator.
pub fn is_gen(h: &mut Heap, v: u64) -> PyResult<bool> {
    Ok(h.kind(v)? == Kind::Obj(Tag::Gen))
}

/// The state of generator `g`.
pub fn state(h: &mut Heap, g: u64) -> PyResult<i64> {
    Ok(as_small(h.get(g, 3)?))
}

/// Sets the state of generator `g`.
pub fn set_state(h: &mut Heap, g: u64, k: i64) -> PyResult<()> {
    h.set(g, 3, int_bits(k))
}

/// Saves local `t` of the resume function in the frame.
pub fn save(h: &mut Heap, g: u64, t: usize, v: u64) -> PyResult<()> {
    let frame = h.get(g, 2)?;
    let mut items = h.list_items(frame)?;
    if t < items.len() {
        let storage = h.get(frame, 2)?;
        return h.set(storage, t, v);
    }
    items.resize(t + 1, UNBOUND);
    items[t] = v;
    crate::ops::set_list(h, frame, &items)
}

/// Local `t` of the resume function from the frame (unbound if never saved).
pub fn load(h: &mut Heap, g: u64, t: usize) -> PyResult<u64> {
    let frame = h.get(g, 2)?;
    let n = as_small(h.get(frame, 1)?) as usize;
    if t >= n {
        return Ok(UNBOUND);
    }
    let storage = h.get(frame, 2)?;
    h.get(storage, t)
}

/// `next(g)` as a call request of its resume function (mode 4: for loops, mode 5: `next()`),
/// or `None` once it is done.
pub fn next_request(h: &mut Heap, g: u64, mode: i64) -> PyResult<Option<PyErr>> {
    if state(h, g)? < 0 {
        return Ok(None);
    }
    let f = h.get(g, 1)?;
    crate::dunder::request(h, f, &[g], mode).map(Some)
}

/// `py.gen_check(v, args)`: the value a resume function (called with the tuple `args`, the
/// generator) returned to `next()`, or StopIteration whose `value` is what the generator
/// returned.
pub fn check(h: &mut Heap, v: u64, args: u64) -> PyResult<u64> {
    if v != UNBOUND {
        return Ok(v);
    }
    let g = h.get(args, 1)?;
    let value = if is_gen(h, g)? { h.get(g, 6)? } else { NONE };
    if value == NONE {
        return Err(PyErr::new("StopIteration", String::new()));
    }
    let items = h.tuple(&[value])?;
    let _i = h.pin(items)?;
    let name = h.str("StopIteration")?;
    let _n = h.pin(name)?;
    let exc = h.obj(Tag::Exc, &[name, items])?;
    crate::raise_value(h, exc).map(Err)?
}

/// `py.gen_fail(g, e, code)`: an exception `e` (a trap when `code` is not 0) leaves generator
/// `g`'s body: the generator is done, and a `StopIteration` becomes CPython's (PEP 479)
/// `RuntimeError: generator raised StopIteration`, caused by it.
pub fn fail(h: &mut Heap, g: u64, e: u64, code: i32) -> PyResult<()> {
    set_state(h, g, -1)?;
    if code != 0 {
        return Ok(());
    }
    let stop = crate::builtins::builtin_value(h, "StopIteration")?;
    let _s = h.pin(stop)?;
    if crate::builtins::exc_matches(h, e, stop)? {
        crate::traceback::caught(h, e);
        crate::traceback::chain_next(h, e, true)?;
        let text = h.str("generator raised StopIteration")?;
        let _t = h.pin(text)?;
        let items = h.tuple(&[text])?;
        let _i = h.pin(items)?;
        let name = h.str("RuntimeError")?;
        let _n = h.pin(name)?;
        let exc = h.obj(Tag::Exc, &[name, items])?;
        crate::traceback::record_outer(h, exc);
        let mut err = PyErr::new("RuntimeError", "generator raised StopIteration".into());
        err.value = Some(exc);
        return Err(err);
    }
    Ok(())
}

/// Whether a positional argument (tuple `args`) is a generator.
pub fn has_gen(h: &mut Heap, args: u64) -> PyResult<bool> {
    for x in h.tuple_items(args)? {
        if is_gen(h, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// A drain request (mode 6, `frontends/python/src/drain.rs`) when a positional argument of a
/// call of `callee` that consumes it whole is a generator: the generated code runs it into a
/// list and makes the call again.
pub fn drain_request(h: &mut Heap, callee: u64, args: u64, kw: u64) -> PyResult<Option<PyErr>> {
    let items = h.tuple_items(args)?;
    for (i, &x) in items.iter().enumerate() {
        if is_gen(h, x)? {
            let mut r = crate::dunder::request(h, callee, &items, 6)?;
            let req = r.value.unwrap_or(NONE);
            let _r = h.pin(req)?;
            let (c, t) = (h.get(req, 1)?, h.get(req, 2)?);
            let full = h.obj(Tag::Pending, &[c, t, int_bits(6), kw, int_bits(i as i64)])?;
            r.value = Some(full);
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// `py.pending_drain(r)`: the keyword arguments and the argument index of a drain request.
pub fn pending_drain(h: &mut Heap, r: u64, out: &mut [u64]) -> PyResult<()> {
    out[0] = h.get(r, 4)?;
    out[1] = as_small(h.get(r, 5)?) as u64;
    Ok(())
}

/// `py.tuple_replace(t, i, v)`: a copy of tuple `t` with item `i` replaced by `v`.
pub fn tuple_replace(h: &mut Heap, t: u64, i: usize, v: u64) -> PyResult<u64> {
    let mut items = h.tuple_items(t)?;
    if let Some(x) = items.get_mut(i) {
        *x = v;
    }
    h.tuple(&items)
}

/// The built-in functions and methods that consume an iterable argument whole (so running a
/// generator to the end first gives the same result).
pub fn consumes_whole(name: &str) -> bool {
    matches!(
        name,
        "list"
            | "tuple"
            | "set"
            | "frozenset"
            | "bytes"
            | "sum"
            | "min"
            | "max"
            | "sorted"
            | "dict"
            | "join"
            | "extend"
    )
}
