//! `bytes`: `[BYTES, str]` where each code point of the str (0..=255) is one byte. Literals,
//! `bytes(...)`, `str.encode`, `decode`, `hex`, indexing (ints), slicing, iteration, `+`, `in`,
//! comparison and CPython's `repr` (`b'...'`).

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, Tag, int_bits};
use crate::ops;

/// The methods of `bytes` whose result is not bytes (see [`BYTES_RESULT`] for the others).
const OTHER: &[&str] = &[
    "decode",
    "hex",
    "count",
    "find",
    "startswith",
    "endswith",
    "upper",
    "lower",
    "join",
    "index",
    "rfind",
    "rindex",
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
];

/// The methods whose str result (or list/tuple of strs) stands for bytes of the receiver's kind.
const BYTES_RESULT: &[&str] = &[
    "split",
    "rsplit",
    "replace",
    "strip",
    "lstrip",
    "rstrip",
    "partition",
    "rpartition",
    "splitlines",
    "removeprefix",
    "removesuffix",
    "center",
    "ljust",
    "rjust",
    "zfill",
    "title",
    "capitalize",
    "swapcase",
];

/// Whether `bytes` has the method `name`.
pub(crate) fn has(name: &str) -> bool {
    OTHER.contains(&name) || BYTES_RESULT.contains(&name)
}

/// A new bytes object.
pub(crate) fn new(h: &mut Heap, data: &[u8]) -> PyResult<u64> {
    let s: String = data.iter().map(|&b| b as char).collect();
    let s = h.str(&s)?;
    h.keep(s)?;
    h.obj(Tag::Bytes, &[s])
}

/// A bytes literal: `py.bytes_const(str)` with one code point per byte.
pub(crate) fn from_latin1(h: &mut Heap, s: u64) -> PyResult<u64> {
    h.obj(Tag::Bytes, &[s])
}

/// New bytes of the same kind (bytes or bytearray) as `like`.
pub(crate) fn new_like(h: &mut Heap, like: u64, data: &[u8]) -> PyResult<u64> {
    if h.kind(like)? == Kind::Obj(Tag::ByteArray) { crate::bytearray::new(h, data) } else { new(h, data) }
}

/// The bytes of a bytes object or bytearray.
pub(crate) fn data(h: &mut Heap, b: u64) -> PyResult<Vec<u8>> {
    let s = h.get(b, 1)?;
    Ok(h.text(s)?.chars().map(|c| c as u32 as u8).collect())
}

/// CPython's `repr` of bytes.
pub(crate) fn repr(data: &[u8]) -> String {
    repr_quoting(data, false)
}

/// CPython's `repr` of a bytearray: bytes' `b'...'`, but `'` escaped even between `"`s.
pub(crate) fn bytearray_repr(data: &[u8]) -> String {
    format!("bytearray({})", repr_quoting(data, true))
}

fn repr_quoting(data: &[u8], escape_single: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { '"' } else { '\'' };
    let mut out = format!("b{quote}");
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\'' if escape_single => out.push_str("\\'"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if b as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            32..=126 => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `bytes(x)`: from nothing, a count, an iterable of ints, or a str with an encoding.
pub(crate) fn construct(h: &mut Heap, a: &[u64]) -> PyResult<u64> {
    let Some(&x) = a.first() else { return new(h, &[]) };
    match h.kind(x)? {
        Kind::Str => {
            if a.len() < 2 {
                return Err(PyErr::type_error("string argument without an encoding".into()));
            }
            let s = h.text(x)?;
            new(h, s.as_bytes())
        }
        Kind::Int(n) => {
            if n < 0 {
                return Err(PyErr::new("ValueError", "negative count".into()));
            }
            new(h, &vec![0; n as usize])
        }
        Kind::Obj(Tag::Bytes) => Ok(x),
        Kind::Obj(Tag::ByteArray) => {
            let d = data(h, x)?;
            new(h, &d)
        }
        _ => {
            let mut out = Vec::new();
            for v in ops::iterate(h, x)? {
                match h.kind(v)? {
                    Kind::Int(n) if (0..256).contains(&n) => out.push(n as u8),
                    Kind::Int(_) => return Err(PyErr::new("ValueError", "bytes must be in range(0, 256)".into())),
                    _ => {
                        let t = ops::type_name(h, v)?;
                        return Err(PyErr::type_error(format!("'{t}' object cannot be interpreted as an integer")));
                    }
                }
            }
            new(h, &out)
        }
    }
}

/// Calls method `name` of bytes `b`.
pub(crate) fn call(h: &mut Heap, b: u64, name: &str, a: &[u64]) -> PyResult<u64> {
    let d = data(h, b)?;
    match name {
        "decode" => {
            let enc = match a.first() {
                Some(&e) => h.text(e)?.to_lowercase().replace(['-', '_'], ""),
                None => "utf8".into(),
            };
            let s = match enc.as_str() {
                "utf8" => String::from_utf8(d.clone()).map_err(|e| {
                    let at = e.utf8_error().valid_up_to();
                    PyErr::new(
                        "UnicodeDecodeError",
                        format!("'utf-8' codec can't decode byte 0x{:02x} in position {at}: invalid start byte", d[at]),
                    )
                })?,
                "latin1" | "iso88591" => d.iter().map(|&c| c as char).collect(),
                "ascii" if d.is_ascii() => d.iter().map(|&c| c as char).collect(),
                _ => return Err(PyErr::new("LookupError", format!("unknown encoding: {enc}"))),
            };
            h.str(&s)
        }
        "hex" => {
            let s: String = d.iter().map(|b| format!("{b:02x}")).collect();
            h.str(&s)
        }
        "upper" | "lower" => {
            let out: Vec<u8> = d
                .iter()
                .map(|c| if name == "upper" { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
                .collect();
            new_like(h, b, &out)
        }
        "join" => {
            let mut out = Vec::new();
            let parts = match a.first() {
                Some(&x) => ops::iterate(h, x)?,
                None => return Err(PyErr::type_error("join() takes exactly one argument (0 given)".into())),
            };
            for (i, p) in parts.into_iter().enumerate() {
                if !crate::bytearray::is_bytes_like(h, p)? {
                    let t = ops::type_name(h, p)?;
                    return Err(PyErr::type_error(format!(
                        "sequence item {i}: expected a bytes-like object, {t} found"
                    )));
                }
                if i > 0 {
                    out.extend_from_slice(&d);
                }
                out.extend(data(h, p)?);
            }
            new_like(h, b, &out)
        }
        _ => {
            // The other methods work on the latin-1 text with str's rules, which agree with
            // bytes' ASCII-only rules except for bytes 0x1c-0x1f and 0x80-0xff.
            if ascii_rules_differ(name, a.first().is_none_or(|&x| x == crate::obj::NONE))
                && d.iter().any(|&c| c >= 0x80 || (0x1c..=0x1f).contains(&c))
            {
                return Err(PyErr::new(
                    "NotImplementedError",
                    format!("bytes.{name}() of non-ASCII bytes is not supported yet"),
                ));
            }
            let s = h.get(b, 1)?;
            let mut args = Vec::new();
            for &x in a {
                args.push(as_latin1_arg(h, x)?);
            }
            let r = crate::str_methods::call(h, s, name, &args)?;
            if BYTES_RESULT.contains(&name) { as_bytes_like(h, b, r) } else { Ok(r) }
        }
    }
}

/// Whether str's rules for method `name` (without arguments: `no_args`) can differ from bytes'
/// ASCII-only classification (whitespace, letters, digits, case, line breaks).
fn ascii_rules_differ(name: &str, no_args: bool) -> bool {
    match name {
        "split" | "rsplit" | "strip" | "lstrip" | "rstrip" => no_args,
        "isdigit" | "isalpha" | "isalnum" | "isspace" | "isupper" | "islower" | "title" | "capitalize" | "swapcase"
        | "splitlines" => true,
        _ => false,
    }
}

/// Argument `x` of a bytes method as the str method takes it: bytes as their latin-1 str
/// (also inside a tuple, for `startswith`/`endswith`).
fn as_latin1_arg(h: &mut Heap, x: u64) -> PyResult<u64> {
    if crate::bytearray::is_bytes_like(h, x)? {
        return h.get(x, 1);
    }
    if h.kind(x)? == Kind::Obj(Tag::Tuple) {
        let mut items = Vec::new();
        for y in h.tuple_items(x)? {
            items.push(as_latin1_arg(h, y)?);
        }
        let t = h.tuple(&items)?;
        return h.keep(t);
    }
    Ok(x)
}

/// `r` with every str (of a list or tuple too) made bytes of `like`'s kind.
fn as_bytes_like(h: &mut Heap, like: u64, r: u64) -> PyResult<u64> {
    let _p = h.pin(r)?;
    match h.kind(r)? {
        Kind::Str => {
            let d: Vec<u8> = h.text(r)?.chars().map(|c| c as u32 as u8).collect();
            new_like(h, like, &d)
        }
        Kind::Obj(t @ (Tag::List | Tag::Tuple)) => {
            let items = ops::iterate(h, r)?;
            let mut out = Vec::new();
            for x in items {
                let y = as_bytes_like(h, like, x)?;
                out.push(h.keep(y)?);
            }
            if t == Tag::List { h.list(&out) } else { h.tuple(&out) }
        }
        _ => Ok(r),
    }
}

/// `b[i]` (an int) for an int index.
pub(crate) fn getitem(h: &mut Heap, b: u64, i: u64) -> PyResult<u64> {
    let d = data(h, b)?;
    let n = d.len() as i64;
    let k = match h.kind(i)? {
        Kind::Int(k) => k,
        _ => return Err(PyErr::type_error("byte indices must be integers or slices".into())),
    };
    let k = if k < 0 { k + n } else { k };
    if k < 0 || k >= n {
        return Err(PyErr::new("IndexError", "index out of range".into()));
    }
    Ok(int_bits(d[k as usize] as i64))
}

/// The items of bytes as ints.
pub(crate) fn items(h: &mut Heap, b: u64) -> PyResult<Vec<u64>> {
    Ok(data(h, b)?.into_iter().map(|x| int_bits(x as i64)).collect())
}

/// `x in b`: an int byte or a bytes substring.
pub(crate) fn contains(h: &mut Heap, b: u64, x: u64) -> PyResult<bool> {
    let d = data(h, b)?;
    match h.kind(x)? {
        Kind::Int(n) => Ok((0..256).contains(&n) && d.contains(&(n as u8))),
        Kind::Obj(Tag::Bytes | Tag::ByteArray) => {
            let sub = data(h, x)?;
            Ok(sub.is_empty() || d.windows(sub.len()).any(|w| w == sub))
        }
        _ => Err(PyErr::type_error("a bytes-like object is required".into())),
    }
}

/// `a + b` for two bytes.
pub(crate) fn concat(h: &mut Heap, a: u64, b: u64) -> PyResult<u64> {
    let mut d = data(h, a)?;
    d.extend(data(h, b)?);
    new_like(h, a, &d)
}

/// The slice `b[picks]`.
pub(crate) fn pick(h: &mut Heap, b: u64, picks: &[usize]) -> PyResult<u64> {
    let d = data(h, b)?;
    let out: Vec<u8> = picks.iter().map(|&i| d[i]).collect();
    new_like(h, b, &out)
}
