//! More of str: `maketrans`/`translate`, `encode` with `errors=`, and `KeyError`'s rule that
//! `str()` of its single argument is the argument's repr.

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, NONE, Tag, int_bits};

/// A `KeyError` for key `k`: its argument is the key itself (`e.args == (k,)`).
pub(crate) fn key_error(h: &mut Heap, k: u64) -> PyErr {
    let made = (|| -> PyResult<(u64, String)> {
        let message = h.repr(k)?;
        let args = h.tuple(&[k])?;
        let _a = h.pin(args)?;
        let name = h.str("KeyError")?;
        let _n = h.pin(name)?;
        let e = h.obj(Tag::Exc, &[name, args])?;
        Ok((h.keep(e)?, message))
    })();
    match made {
        Ok((e, message)) => PyErr { class: "KeyError".into(), message, value: Some(e) },
        Err(e) => e,
    }
}

/// A `KeyError` whose argument is the str `text`.
pub(crate) fn key_error_text(h: &mut Heap, text: &str) -> PyErr {
    match h.str(text).and_then(|s| h.keep(s)) {
        Ok(s) => key_error(h, s),
        Err(e) => e,
    }
}

/// Whether `str()` of exception class `name` with one argument is the argument's repr.
pub(crate) fn str_is_repr(name: &str) -> bool {
    name == "KeyError"
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strs or None.
pub(crate) fn maketrans(h: &mut Heap, a: &[u64]) -> PyResult<u64> {
    let d = h.dict()?;
    h.keep(d)?;
    match a.len() {
        1 => {
            if h.kind(a[0])? != Kind::Obj(Tag::Dict) {
                return Err(PyErr::type_error("if you give only one argument to maketrans it must be a dict".into()));
            }
            let (ks, vs) = h.dict_items(a[0])?;
            for (k, v) in ks.into_iter().zip(vs) {
                let key = match h.kind(k)? {
                    Kind::Int(_) => k,
                    Kind::Str => {
                        let s: Vec<char> = h.text(k)?.chars().collect();
                        if s.len() != 1 {
                            return Err(PyErr::new(
                                "ValueError",
                                "string keys in translate table must be of length 1".into(),
                            ));
                        }
                        int_bits(s[0] as i64)
                    }
                    _ => return Err(PyErr::type_error("keys in translate table must be strings or integers".into())),
                };
                h.dict_set(d, key, v)?;
            }
        }
        2 | 3 => {
            let (x, y) = (h.text(a[0])?, h.text(a[1])?);
            if x.chars().count() != y.chars().count() {
                return Err(PyErr::new(
                    "ValueError",
                    "the first two maketrans arguments must have equal length".into(),
                ));
            }
            for (c, r) in x.chars().zip(y.chars()) {
                h.dict_set(d, int_bits(c as i64), int_bits(r as i64))?;
            }
            if let Some(&z) = a.get(2) {
                for c in h.text(z)?.chars() {
                    h.dict_set(d, int_bits(c as i64), NONE)?;
                }
            }
        }
        n => return Err(PyErr::type_error(format!("maketrans() takes at most 3 arguments ({n} given)"))),
    }
    Ok(d)
}

/// `text.translate(table)` for a dict table.
pub(crate) fn translate(h: &mut Heap, text: &str, table: u64) -> PyResult<String> {
    if h.kind(table)? != Kind::Obj(Tag::Dict) {
        return Err(PyErr::new("NotImplementedError", "str.translate() with a table other than a dict".into()));
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let Some(i) = h.dict_find(table, int_bits(c as i64))? else {
            out.push(c);
            continue;
        };
        let v = h.dict_value(table, i)?;
        match h.kind(v)? {
            Kind::None => {}
            Kind::Int(n) => match u32::try_from(n).ok().and_then(char::from_u32) {
                Some(r) => out.push(r),
                None => return Err(PyErr::new("ValueError", "character mapping must be in range(0x110000)".into())),
            },
            Kind::Str => out.push_str(&h.text(v)?),
            _ => return Err(PyErr::type_error("character mapping must return integer, None or str".into())),
        }
    }
    Ok(out)
}

/// `text.encode(encoding='utf-8', errors='strict')` for utf-8, ascii and latin-1.
pub(crate) fn encode(h: &mut Heap, text: &str, a: &[u64]) -> PyResult<u64> {
    if a.len() > 2 {
        return Err(PyErr::type_error(format!("encode() takes at most 2 arguments ({} given)", a.len())));
    }
    let enc_name = match a.first() {
        Some(&e) => h.text(e)?,
        None => "utf-8".into(),
    };
    let errors = match a.get(1) {
        Some(&e) => h.text(e)?,
        None => "strict".into(),
    };
    let enc = enc_name.to_lowercase().replace(['-', '_'], "");
    let limit = match enc.as_str() {
        "utf8" => return crate::bytes::new(h, text.as_bytes()),
        "ascii" => 128,
        "latin1" | "iso88591" | "latin" => 256,
        _ => return Err(PyErr::new("LookupError", format!("unknown encoding: {enc_name}"))),
    };
    let codec = if limit == 128 { "ascii" } else { "latin-1" };
    let mut out = Vec::new();
    for (pos, c) in text.chars().enumerate() {
        let n = c as u32;
        if n < limit {
            out.push(n as u8);
            continue;
        }
        match errors.as_str() {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => out.extend(escape(n).bytes()),
            "xmlcharrefreplace" => out.extend(format!("&#{n};").bytes()),
            "strict" => {
                return Err(PyErr::new(
                    "UnicodeEncodeError",
                    format!(
                        "'{codec}' codec can't encode character '{}' in position {pos}: ordinal not in range({limit})",
                        escape(n)
                    ),
                ));
            }
            other => return Err(PyErr::new("LookupError", format!("unknown error handler name '{other}'"))),
        }
    }
    crate::bytes::new(h, &out)
}

/// A code point as Python escapes it (`\\xe9`, `\\u20ac`, `\\U0001f600`).
fn escape(n: u32) -> String {
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}
