//! `bytearray`: `[BYTEARRAY, str]`, the same layout as bytes (one code point per byte), whose
//! str is replaced when the bytes change. Reading operations are bytes' (`bytes.rs` accepts
//! both kinds); this file has the constructor, the mutating methods and item assignment.

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, NONE, Tag, int_bits};
use crate::ops;

/// The methods of `bytearray` beyond those of bytes.
pub(crate) const MUTATORS: &[&str] = &["append", "extend", "pop", "insert", "remove", "clear", "reverse", "copy"];

/// A new bytearray.
pub(crate) fn new(h: &mut Heap, data: &[u8]) -> PyResult<u64> {
    let s = latin1(h, data)?;
    let _p = h.pin(s)?;
    h.obj(Tag::ByteArray, &[s])
}

fn latin1(h: &mut Heap, data: &[u8]) -> PyResult<u64> {
    let s: String = data.iter().map(|&b| b as char).collect();
    h.str(&s)
}

/// Replaces the bytes of bytearray `ba`.
pub(crate) fn store(h: &mut Heap, ba: u64, data: &[u8]) -> PyResult<()> {
    let s = latin1(h, data)?;
    h.set(ba, 1, s)
}

/// `bytearray(...)`: the forms of `bytes(...)`.
pub(crate) fn construct(h: &mut Heap, a: &[u64]) -> PyResult<u64> {
    let b = crate::bytes::construct(h, a)?;
    let _p = h.pin(b)?;
    let d = crate::bytes::data(h, b)?;
    new(h, &d)
}

/// `v` as a byte value (an int in 0..256).
pub(crate) fn byte(h: &mut Heap, v: u64) -> PyResult<u8> {
    match h.kind(v)? {
        Kind::Int(n) if (0..256).contains(&n) => Ok(n as u8),
        Kind::Int(_) => Err(PyErr::new("ValueError", "byte must be in range(0, 256)".into())),
        Kind::Bool(b) => Ok(b as u8),
        _ => {
            let t = ops::type_name(h, v)?;
            Err(PyErr::type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// The ints of `v` (an iterable of ints, or bytes-like) as bytes.
pub(crate) fn bytes_of(h: &mut Heap, v: u64) -> PyResult<Vec<u8>> {
    if is_bytes_like(h, v)? {
        return crate::bytes::data(h, v);
    }
    if h.kind(v)? == Kind::Str {
        return Err(PyErr::type_error("string argument without an encoding".into()));
    }
    let mut out = Vec::new();
    for x in ops::iterate(h, v)? {
        out.push(byte(h, x)?);
    }
    Ok(out)
}

/// Whether `v` is bytes or a bytearray.
pub(crate) fn is_bytes_like(h: &mut Heap, v: u64) -> PyResult<bool> {
    Ok(matches!(h.kind(v)?, Kind::Obj(Tag::Bytes | Tag::ByteArray)))
}

fn index(h: &mut Heap, i: u64, n: usize, what: &str) -> PyResult<usize> {
    let k = match h.kind(i)? {
        Kind::Int(k) => k,
        Kind::Bool(b) => b as i64,
        _ => {
            let t = ops::type_name(h, i)?;
            return Err(PyErr::type_error(format!("bytearray indices must be integers or slices, not {t}")));
        }
    };
    let k = if k < 0 { k + n as i64 } else { k };
    if k < 0 || k >= n as i64 {
        return Err(PyErr::new("IndexError", format!("{what} index out of range")));
    }
    Ok(k as usize)
}

/// `ba[i] = v`.
pub(crate) fn setitem(h: &mut Heap, ba: u64, i: u64, v: u64) -> PyResult<()> {
    let mut d = crate::bytes::data(h, ba)?;
    let k = index(h, i, d.len(), "bytearray")?;
    d[k] = byte(h, v)?;
    store(h, ba, &d)
}

/// `del ba[i]`.
pub(crate) fn delitem(h: &mut Heap, ba: u64, i: u64) -> PyResult<()> {
    let mut d = crate::bytes::data(h, ba)?;
    let k = index(h, i, d.len(), "bytearray")?;
    d.remove(k);
    store(h, ba, &d)
}

/// `ba += x`: extends in place.
pub(crate) fn iadd(h: &mut Heap, ba: u64, x: u64) -> PyResult<u64> {
    if !is_bytes_like(h, x)? {
        let t = ops::type_name(h, x)?;
        return Err(PyErr::type_error(format!("can't concat {t} to bytearray")));
    }
    let mut d = crate::bytes::data(h, ba)?;
    d.extend(crate::bytes::data(h, x)?);
    store(h, ba, &d)?;
    Ok(ba)
}

/// Calls method `name` of bytearray `ba`.
pub(crate) fn call(h: &mut Heap, ba: u64, name: &str, a: &[u64]) -> PyResult<u64> {
    let mut d = crate::bytes::data(h, ba)?;
    let want = |n: usize| -> PyResult<()> {
        if a.len() == n {
            Ok(())
        } else {
            Err(PyErr::type_error(format!(
                "{name}() takes exactly {n} argument{} ({} given)",
                if n == 1 { "" } else { "s" },
                a.len()
            )))
        }
    };
    match name {
        "append" => {
            want(1)?;
            d.push(byte(h, a[0])?);
        }
        "extend" => {
            want(1)?;
            let more = bytes_of(h, a[0])?;
            d.extend(more);
        }
        "insert" => {
            want(2)?;
            let i = crate::builtins::small_int(h, a[0])?;
            let n = d.len() as i64;
            let k = if i < 0 { (i + n).max(0) } else { i.min(n) };
            d.insert(k as usize, byte(h, a[1])?);
        }
        "pop" => {
            if d.is_empty() {
                return Err(PyErr::new("IndexError", "pop from empty bytearray".into()));
            }
            let i = match a.first() {
                Some(&i) => index(h, i, d.len(), "pop")?,
                None => d.len() - 1,
            };
            let v = d.remove(i);
            store(h, ba, &d)?;
            return Ok(int_bits(v as i64));
        }
        "remove" => {
            want(1)?;
            let v = byte(h, a[0])?;
            let Some(i) = d.iter().position(|&x| x == v) else {
                return Err(PyErr::new("ValueError", "value not found in bytearray".into()));
            };
            d.remove(i);
        }
        "clear" => d.clear(),
        "reverse" => d.reverse(),
        "copy" => return new(h, &d),
        _ => return crate::bytes::call(h, ba, name, a),
    }
    store(h, ba, &d)?;
    Ok(NONE)
}
