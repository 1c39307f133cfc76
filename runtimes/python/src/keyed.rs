//! Instances of classes with a Python `__hash__` as dict keys and set members.
//!
//! The runtime cannot call `__hash__` or `__eq__`. When a dict or set operation meets such a
//! key, hashing it fails with [`needs_hash`]; the host function the program called hands the
//! whole operation to the prelude's `keyed(op, container, key, ...)` (`prelude::after_error`),
//! which calls `__hash__`, compares the key with `==` to the container's keys of the same hash
//! ([`peers`]), replaces it by the equal key it found (so the container only ever holds one
//! object per value) and redoes the operation natively with the hash given
//! ([`run`]): the key hashes to it and, inside containers, instances compare by identity
//! ([`key_equal`]). The hashes are Python's, so sets of such objects iterate in CPython's
//! order.
//!
//! A class defining `__eq__` without `__hash__` (or with `__hash__ = None`) makes its
//! instances unhashable, as in CPython: `TypeError: unhashable type: 'P'`.

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, NONE, Tag, bool_};

/// The start of the message of [`needs_hash`].
const NEEDS: &str = "__hash__";

/// How instances of a class hash.
pub enum Rule {
    /// `object.__hash__`: by identity.
    Identity,
    /// Unhashable (`__eq__` without `__hash__`, or `__hash__ = None`).
    Unhashable,
    /// A Python `__hash__`.
    Python,
}

/// CPython's rule along the MRO: the first class whose own dict has `__hash__` decides; a
/// class defining `__eq__` without `__hash__` has `__hash__ = None`.
pub fn rule(h: &mut Heap, class: u64) -> PyResult<Rule> {
    for c in h.mro_items(class)? {
        let d = h.get(c, 3)?;
        let (keys, values) = h.dict_items(d)?;
        let mut eq = false;
        for (k, v) in keys.into_iter().zip(values) {
            if h.kind(k)? != Kind::Str {
                continue;
            }
            if h.str_is(k, "__hash__")? {
                return Ok(if v == NONE { Rule::Unhashable } else { Rule::Python });
            }
            eq = eq || h.str_is(k, "__eq__")?;
        }
        if eq {
            return Ok(Rule::Unhashable);
        }
    }
    Ok(Rule::Identity)
}

/// The hash of instance `v`: the one [`run`] is using for it, its identity, or the error
/// asking for the prelude.
pub fn inst_hash(h: &mut Heap, v: u64) -> PyResult<i64> {
    if let Some(hash) = redone_hash(h, v)? {
        return Ok(hash);
    }
    let class = h.get(v, 0)?;
    match rule(h, class)? {
        Rule::Identity => Ok(crate::hash::fix((v >> 4) as i64)),
        Rule::Unhashable => {
            let t = crate::ops::type_name(h, v)?;
            Err(PyErr::type_error(format!("unhashable type: '{t}'")))
        }
        Rule::Python => Err(needs_hash()),
    }
}

/// The hash the prelude computed for key `v` of the operation [`run`] is redoing (an instance,
/// or a tuple holding one), if `v` is that key.
pub fn redone_hash(h: &mut Heap, v: u64) -> PyResult<Option<i64>> {
    let redone = *h.io.key_hash.lock().map_err(|_| PyErr::new("SystemError", String::new()))?;
    Ok(redone.filter(|&(k, _)| k == v).map(|(_, hash)| hash))
}

/// The error of hashing an instance with a Python `__hash__` inside the runtime.
pub fn needs_hash() -> PyErr {
    PyErr::new("NotImplementedError", format!("{NEEDS} {} (not supported yet)", crate::dunder::INNER))
}

/// Whether `e` is [`needs_hash`].
pub fn is_needs_hash(e: &PyErr) -> bool {
    crate::prelude::is_inner(e) && e.message.starts_with(NEEDS)
}

/// Whether the prelude's `keyed` redoes built-in operation `name` (a host function's or a
/// built-in method's name, or `set()`).
pub fn is_keyed_op(name: &str) -> bool {
    matches!(name, "getitem" | "setitem" | "delitem" | "dict_set" | "set_add" | "in" | "set") || name.contains('.')
}

/// Whether dict or set keys `a` and `b` (not identical, same hash) are equal: instances never
/// are (equal instances were made one object by the prelude's `keyed`).
pub fn key_equal(h: &mut Heap, a: u64, b: u64) -> PyResult<bool> {
    if h.kind(a)? == Kind::Inst || h.kind(b)? == Kind::Inst {
        return Ok(false);
    }
    crate::ops::equal(h, a, b)
}

/// `_rootvm.hash_peers(c, hash)`: the keys of dict or set `c` stored with hash `hash`.
pub fn peers(h: &mut Heap, c: u64, hash: i64) -> PyResult<u64> {
    let entries = match h.kind(c)? {
        Kind::Obj(Tag::Dict) => h.dict_entries(c)?,
        Kind::Obj(Tag::Set | Tag::FrozenSet) => crate::set::entries(h, c)?,
        _ => Vec::new(),
    };
    let out: Vec<u64> = entries.into_iter().filter(|&(_, x)| x == hash).map(|(k, _)| k).collect();
    h.list(&out)
}

/// `_rootvm.keyed(op, hash, args)`: operation `op` (a host function's or built-in method's
/// name) with argument list `args`, whose item 1 (the key) hashes to `hash`.
pub fn run(h: &mut Heap, op: u64, hash: i64, args: u64) -> PyResult<u64> {
    let op = h.text(op)?;
    let a = h.list_items(args)?;
    let key = a.get(1).copied().unwrap_or(NONE);
    *h.io.key_hash.lock().map_err(|_| PyErr::new("SystemError", String::new()))? = Some((key, hash));
    let r = dispatch(h, &op, &a);
    *h.io.key_hash.lock().map_err(|_| PyErr::new("SystemError", String::new()))? = None;
    r
}

fn dispatch(h: &mut Heap, op: &str, a: &[u64]) -> PyResult<u64> {
    match (op, a) {
        ("getitem", &[c, k]) => crate::ops::getitem(h, c, k),
        ("setitem" | "dict_set", &[c, k, v]) => crate::ops::setitem(h, c, k, v).map(|_| NONE),
        ("delitem", &[c, k]) => crate::ops::delitem(h, c, k).map(|_| NONE),
        ("set_add", &[s, k]) => crate::set::add(h, s, k).map(|_| NONE),
        ("in", &[c, k]) => crate::dunder::contains(h, c, k, false).map(bool_),
        (_, [this, rest @ ..]) if op.contains('.') => {
            let name = op.rsplit('.').next().unwrap_or_default();
            crate::builtins::call_method(h, *this, name, rest)
        }
        _ => Err(PyErr::new("NotImplementedError", format!("{op}() of objects with __hash__ (not supported yet)"))),
    }
}
