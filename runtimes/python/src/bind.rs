//! Binding the arguments of a call to a function's parameters when the call has keyword
//! arguments or the function has `*args`, keyword-only parameters or `**kwargs` (CPython's
//! rules and messages). Plain positional calls of plain functions take the fast path of
//! `Heap::fill_args` instead.
//!
//! A function object's elements 6 to 8 are its signature, set by `py.func_sig` without
//! allocating (none until then): the str of every parameter name in the direct form's order
//! (positional, `*args`, keyword-only, `**kwargs`) joined with commas (a module constant),
//! the shape `npos | varargs << 16 | kwargs << 17 | has_kwonly << 18`, and a tuple with one
//! default per keyword-only parameter (unbound: none) or none.

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, NONE, UNBOUND, as_small, int_bits};

/// A function's parameters.
pub struct Sig {
    /// Every parameter name, in order.
    pub names: Vec<String>,
    /// The positional parameters.
    pub npos: usize,
    /// Whether it has `*args` (after the positional parameters).
    pub varargs: bool,
    /// Whether it has `**kwargs` (last).
    pub kwargs: bool,
    /// The defaults of the keyword-only parameters (UNBOUND: none).
    pub kwdefaults: Vec<u64>,
}

impl Sig {
    fn nkwonly(&self) -> usize {
        self.names.len() - self.npos - self.varargs as usize - self.kwargs as usize
    }
}

/// `py.func_sig(f, names, shape, kwdefaults)`: records function `f`'s signature; `names` is
/// the parameter names joined with commas.
pub fn set_sig(h: &mut Heap, f: u64, names: u64, shape: u32, kwdefaults: u64) -> PyResult<u64> {
    h.set(f, 6, names)?;
    h.set(f, 7, int_bits(shape as i64))?;
    h.set(f, 8, kwdefaults)?;
    Ok(f)
}

/// Whether function `f` has positional parameters only (a positional call needs no binding).
pub fn is_plain(h: &mut Heap, f: u64) -> PyResult<bool> {
    let shape = h.get(f, 7)?;
    Ok(shape == NONE || as_small(shape) >> 16 == 0)
}

/// The signature of function object `f`, if it has one.
pub fn sig_of(h: &mut Heap, f: u64) -> PyResult<Option<Sig>> {
    let names = h.get(f, 6)?;
    if names == NONE {
        return Ok(None);
    }
    let (shape, kwd) = (as_small(h.get(f, 7)?) as u64, h.get(f, 8)?);
    let out: Vec<String> = h.text(names)?.split(',').filter(|n| !n.is_empty()).map(str::to_string).collect();
    let kwdefaults = if kwd == NONE { Vec::new() } else { h.tuple_items(kwd)? };
    Ok(Some(Sig {
        names: out,
        npos: (shape & 0xffff) as usize,
        varargs: shape >> 16 & 1 == 1,
        kwargs: shape >> 17 & 1 == 1,
        kwdefaults,
    }))
}

/// The direct form's arguments for a call of `f` (called `name`) with positional `items` (the
/// bound `self` included) and keyword arguments `kw` (a dict or none); `defaults` are the
/// positional parameters' defaults, `skip` the implicit leading arguments (for messages).
pub fn bind(h: &mut Heap, name: &str, sig: &Sig, items: Vec<u64>, kw: u64, defaults: &[u64]) -> PyResult<Vec<u64>> {
    let mut slots = vec![UNBOUND; sig.npos];
    let nkw = sig.nkwonly();
    let mut kwonly = vec![UNBOUND; nkw];
    let extra: Vec<u64> = items.iter().skip(sig.npos).copied().collect();
    for (s, &v) in slots.iter_mut().zip(&items) {
        *s = v;
    }
    if !extra.is_empty() && !sig.varargs {
        let plural = if sig.npos == 1 { "" } else { "s" };
        let were = if items.len() == 1 { "was" } else { "were" };
        let min = sig.npos - defaults.len().min(sig.npos);
        let takes = if min == sig.npos { format!("{min}") } else { format!("from {min} to {}", sig.npos) };
        return Err(PyErr::type_error(format!(
            "{name}() takes {takes} positional argument{plural} but {} {were} given",
            items.len()
        )));
    }
    let kwdict = if sig.kwargs { Some(h.dict()?) } else { None };
    let _kp = match kwdict {
        Some(d) => h.pin(d)?,
        None => None,
    };
    if kw != NONE {
        let (keys, values) = h.dict_items(kw)?;
        for (k, v) in keys.into_iter().zip(values) {
            let key = h.text(k)?;
            let first_kwonly = sig.npos + sig.varargs as usize;
            let slot = match sig.names.iter().position(|n| *n == key) {
                Some(i) if i < sig.npos => Some(&mut slots[i]),
                Some(i) if i >= first_kwonly && i < first_kwonly + nkw => Some(&mut kwonly[i - first_kwonly]),
                _ => None,
            };
            match (slot, kwdict) {
                (Some(s), _) if *s != UNBOUND => {
                    return Err(PyErr::type_error(format!("{name}() got multiple values for argument '{key}'")));
                }
                (Some(s), _) => *s = v,
                (None, Some(d)) => h.dict_set(d, k, v)?,
                (None, None) => {
                    return Err(PyErr::type_error(format!("{name}() got an unexpected keyword argument '{key}'")));
                }
            }
        }
    }
    let first_default = sig.npos - defaults.len().min(sig.npos);
    for (i, s) in slots.iter_mut().enumerate() {
        if *s == UNBOUND && i >= first_default {
            *s = defaults[i - first_default];
        }
    }
    missing(name, "positional", &sig.names[..sig.npos], &slots)?;
    for (i, s) in kwonly.iter_mut().enumerate() {
        if *s == UNBOUND {
            *s = sig.kwdefaults.get(i).copied().unwrap_or(UNBOUND);
        }
    }
    let first_kwonly = sig.npos + sig.varargs as usize;
    missing(name, "keyword-only", &sig.names[first_kwonly..first_kwonly + nkw], &kwonly)?;
    let mut out = slots;
    if sig.varargs {
        out.push(h.tuple(&extra)?);
        h.keep(*out.last().unwrap_or(&NONE))?;
    }
    out.extend(kwonly);
    if let Some(d) = kwdict {
        out.push(d);
    }
    Ok(out)
}

/// CPython's TypeError for parameters still unbound, if any.
fn missing(name: &str, what: &str, names: &[String], slots: &[u64]) -> PyResult<()> {
    let gone: Vec<String> =
        names.iter().zip(slots).filter(|(_, s)| **s == UNBOUND).map(|(n, _)| format!("'{n}'")).collect();
    let list = match gone.len() {
        0 => return Ok(()),
        1 => gone[0].clone(),
        n => format!("{} and {}", gone[..n - 1].join(", "), gone[n - 1]),
    };
    let plural = if gone.len() == 1 { "" } else { "s" };
    Err(PyErr::type_error(format!("{name}() missing {} required {what} argument{plural}: {list}", gone.len())))
}

/// `py.args_flat(parts, mask)`: the positional arguments of a call with `*` arguments: the
/// items of tuple `parts`, where part `i` with bit `i` of `mask` set is iterated in place. A
/// starred instance or generator (`f(*point)`) hands the whole call to the prelude's
/// `args_flat`, which iterates it with the iterator protocol.
pub fn flatten(h: &mut Heap, parts: u64, mask: u64) -> PyResult<u64> {
    let items = h.tuple_items(parts)?;
    for (i, &p) in items.iter().enumerate() {
        if mask >> i & 1 == 1
            && h.kind(p)? != crate::obj::Kind::Obj(crate::obj::Tag::Tuple)
            && crate::prelude::is_python(h, p)?
        {
            let m = crate::obj::int_bits(mask as i64);
            let t = h.tuple(&[parts, m])?;
            let _t = h.pin(t)?;
            if let Some(r) = crate::prelude::request(h, "args_flat", t, crate::obj::NONE, 1)? {
                return Err(r);
            }
        }
    }
    let mut out = Vec::new();
    for (i, p) in items.into_iter().enumerate() {
        if mask >> i & 1 == 1 {
            out.extend(crate::ops::iterate(h, p)?);
        } else {
            out.push(p);
        }
    }
    h.tuple(&out)
}

/// `py.kw_merge(d, m)`: adds the items of mapping `m` (a `**m` argument) to keyword dict `d`.
pub fn merge(h: &mut Heap, d: u64, m: u64) -> PyResult<()> {
    if h.kind(m)? != crate::obj::Kind::Obj(crate::obj::Tag::Dict) {
        let t = crate::ops::type_name(h, m)?;
        return Err(PyErr::type_error(format!("argument after ** must be a mapping, not {t}")));
    }
    let (keys, values) = h.dict_items(m)?;
    for (k, v) in keys.into_iter().zip(values) {
        if h.kind(k)? != crate::obj::Kind::Str {
            return Err(PyErr::type_error("keywords must be strings".into()));
        }
        if h.dict_find(d, k)?.is_some() {
            let key = h.text(k)?;
            return Err(PyErr::type_error(format!("got multiple values for keyword argument '{key}'")));
        }
        h.dict_set(d, k, v)?;
    }
    Ok(())
}
