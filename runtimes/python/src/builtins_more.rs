//! More built-in functions: `oct`, three-argument `pow`, `int(text, base)` with CPython's
//! prefixes and underscores, `input`, `bytes`, `vars`.

use crate::err::{PyErr, PyResult};
use crate::num::Num;
use crate::obj::{Heap, Kind, NONE, Tag};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

/// Calls built-in `name` if this file defines it.
pub(crate) fn call(h: &mut Heap, name: &str, a: &[u64]) -> PyResult<Option<u64>> {
    Ok(Some(match name {
        "oct" => {
            let i = int_arg(h, a.first().copied().unwrap_or(NONE))?;
            let s = format!("{}0o{}", if i.is_negative() { "-" } else { "" }, i.magnitude().to_str_radix(8));
            h.str(&s)?
        }
        "pow" if a.len() == 3 => {
            let (b, e, m) = (int_arg(h, a[0])?, int_arg(h, a[1])?, int_arg(h, a[2])?);
            let r = pow_mod(&b, &e, &m)?;
            h.int(&r)?
        }
        "input" => {
            if let Some(&p) = a.first() {
                let prompt = h.str_of(p)?;
                crate::write(&h.io.stdout, &prompt)?;
            }
            if let Ok(mut w) = h.io.stdout.lock() {
                let _ = std::io::Write::flush(&mut *w);
            }
            let mut line = String::new();
            let n = std::io::stdin().read_line(&mut line).map_err(|e| PyErr::new("OSError", e.to_string()))?;
            if n == 0 {
                return Err(PyErr::new("EOFError", "EOF when reading a line".into()));
            }
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            h.str(&line)?
        }
        "bytes" => crate::bytes::construct(h, a)?,
        "bytearray" => crate::bytearray::construct(h, a)?,
        "str" if a.len() >= 2 => {
            let enc = a[1..].to_vec();
            crate::bytes::call(h, a[0], "decode", &enc)?
        }
        "issubclass" => {
            if a.len() != 2 {
                return Err(PyErr::type_error(format!("issubclass expected 2 arguments, got {}", a.len())));
            }
            crate::obj::bool_(issubclass(h, a[0], a[1])?)
        }
        "map" => map(h, a)?,
        "open" => crate::mod_file::open(h, a)?,
        "complex" => crate::complex::construct(h, a)?,
        "hasattr" | "getattr" if a.len() >= 2 => {
            let attr = h.text(a[1])?;
            let has = name == "hasattr";
            let got = match h.getattribute(a[0], a[1])? {
                Some(request) => Err(request),
                None => h.getattr(a[0], &attr),
            };
            match got {
                Ok(_) if has => crate::obj::bool_(true),
                Ok(v) => v,
                // A property or `__getattr__` (a call request): as it is for `getattr(o, n)`,
                // through the prelude (which catches AttributeError) for the other forms.
                Err(e) if crate::dunder::is_request(&e) && !has && a.len() == 2 => return Err(e),
                Err(e) if crate::dunder::is_request(&e) => {
                    let t = h.tuple(a)?;
                    h.keep(t)?;
                    return match crate::prelude::request(h, name, t, crate::obj::NONE, 1)? {
                        Some(r) => Err(r),
                        None => Err(PyErr::new(
                            "NotImplementedError",
                            format!("{name}() of a property is not supported yet"),
                        )),
                    };
                }
                Err(e) if e.class == "AttributeError" && has => crate::obj::bool_(false),
                Err(e) if e.class == "AttributeError" && a.len() == 3 => a[2],
                Err(e) => return Err(e),
            }
        }
        "vars" => vars(h, a)?,
        "locals" => return Err(PyErr::type_error(format!("locals() takes no arguments ({} given)", a.len()))),
        "slice" => match *a {
            [stop] => crate::slices::new(h, NONE, stop, NONE)?,
            [start, stop] => crate::slices::new(h, start, stop, NONE)?,
            [start, stop, step] => crate::slices::new(h, start, stop, step)?,
            _ => return Err(PyErr::type_error(format!("slice expected at most 3 arguments, got {}", a.len()))),
        },
        "setattr" if a.len() == 3 => {
            if let Some(r) = crate::dunder::property_set(h, a[0], a[1], a[2])? {
                return Err(r);
            }
            h.setattr(a[0], a[1], a[2])?;
            NONE
        }
        "format" => {
            let spec_v = match a.get(1) {
                Some(&s) => s,
                None => h.str("")?,
            };
            let _s = h.pin(spec_v)?;
            if let Some(r) = crate::dunder::call_if(h, a.first().copied().unwrap_or(NONE), "__format__", &[spec_v], 1)?
            {
                return Err(r);
            }
            let spec = h.text(spec_v)?;
            let s = h.format(a.first().copied().unwrap_or(NONE), &spec)?;
            h.str(&s)?
        }
        _ => return Ok(None),
    }))
}

/// `issubclass(c, classinfo)` for user classes, built-in types and exception classes.
fn issubclass(h: &mut Heap, c: u64, info: u64) -> PyResult<bool> {
    use crate::obj::{Kind, Tag};
    match h.kind(info)? {
        Kind::Obj(Tag::Tuple) => {
            for x in h.tuple_items(info)? {
                if issubclass(h, c, x)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        Kind::Obj(Tag::Class | Tag::Builtin) => {}
        _ => {
            return Err(PyErr::type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union".into()));
        }
    }
    // Walk c's bases: user classes first, then the built-in root they derive from.
    let mut cur = c;
    if h.kind(cur)? == Kind::Obj(Tag::Class) {
        if h.kind(info)? == Kind::Obj(Tag::Class) && h.class_derives(cur, info)? {
            return Ok(true);
        }
        cur = h.class_root(cur)?;
    }
    let mut name = match h.kind(cur)? {
        Kind::Str => h.text(cur)?,
        Kind::Obj(Tag::Builtin) => {
            let n = h.get(cur, 1)?;
            h.text(n)?
        }
        Kind::None if c != cur => "object".into(),
        _ => return Err(PyErr::type_error("issubclass() arg 1 must be a class".into())),
    };
    if h.kind(info)? != Kind::Obj(Tag::Builtin) {
        return Ok(false);
    }
    let n = h.get(info, 1)?;
    let want = h.text(n)?;
    if want == "object" {
        return Ok(true);
    }
    loop {
        if name == want || (name == "bool" && want == "int") {
            return Ok(true);
        }
        match crate::calls::EXCEPTIONS.iter().find(|(e, _)| *e == name) {
            Some((_, base)) if !base.is_empty() => name = base.to_string(),
            _ => return Ok(false),
        }
    }
}

/// `map(f, *iterables)` for a built-in `f`: a lazy iterator (see [`map_next`]).
fn map(h: &mut Heap, a: &[u64]) -> PyResult<u64> {
    if a.len() < 2 {
        return Err(PyErr::type_error("map() must have at least two arguments.".into()));
    }
    let mut its = Vec::new();
    for &x in &a[1..] {
        let it = crate::ops::iter(h, x)?;
        its.push(h.keep(it)?);
    }
    let t = h.tuple(&its)?;
    h.keep(t)?;
    crate::mod_iter::lazy(h, crate::mod_iter::MAP, a[0], t)
}

/// The next item of `map(f, *its)`: `f` applied to one item of each iterator.
pub(crate) fn map_next(h: &mut Heap, f: u64, its: u64) -> PyResult<Option<u64>> {
    use crate::obj::{Kind, Tag};
    let mut row = Vec::new();
    for it in h.tuple_items(its)? {
        match crate::ops::next(h, it)? {
            Some(v) => row.push(h.keep(v)?),
            None => return Ok(None),
        }
    }
    match h.kind(f)? {
        Kind::Obj(Tag::Builtin) => {
            let n = h.get(f, 1)?;
            let name = h.text(n)?;
            let args = h.tuple(&row)?;
            h.keep(args)?;
            crate::builtins::call_builtin_named(h, &name, args, NONE).map(Some)
        }
        Kind::Obj(Tag::BMeth) => {
            let (this, n) = (h.get(f, 1)?, h.get(f, 2)?);
            let name = h.text(n)?;
            crate::builtins::call_method(h, this, &name, &row).map(Some)
        }
        _ => Err(PyErr::new(
            "NotImplementedError",
            "map() with a Python function is not supported by this runtime yet".into(),
        )),
    }
}

fn int_arg(h: &mut Heap, v: u64) -> PyResult<BigInt> {
    match h.num(v)? {
        Some(Num::Int(i)) => Ok(i),
        _ => {
            let t = crate::ops::type_name(h, v)?;
            Err(PyErr::type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// `pow(b, e, m)`: a negative exponent takes the modular inverse; the result has m's sign.
fn pow_mod(b: &BigInt, e: &BigInt, m: &BigInt) -> PyResult<BigInt> {
    if m.is_zero() {
        return Err(PyErr::new("ValueError", "pow() 3rd argument cannot be 0".into()));
    }
    let modulus = m.abs();
    let mut base = b.mod_floor(&modulus);
    if e.is_negative() {
        let g = base.extended_gcd(&modulus);
        if !g.gcd.is_one() {
            return Err(PyErr::new("ValueError", "base is not invertible for the given modulus".into()));
        }
        base = g.x.mod_floor(&modulus);
    }
    let r = base.modpow(&e.abs(), &modulus);
    Ok(if m.is_negative() && !r.is_zero() { r + m } else { r })
}

/// `int(text, base)` as CPython parses it (`base` 0 reads the prefix).
pub(crate) fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let t = text.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let prefixed = |p: &str| lower.starts_with(p);
    let (base, digits) = match base {
        0 if prefixed("0x") => (16, &t[2..]),
        0 if prefixed("0o") => (8, &t[2..]),
        0 if prefixed("0b") => (2, &t[2..]),
        0 => {
            if t.len() > 1 && t.starts_with('0') && !t.trim_start_matches(['0', '_']).is_empty() {
                return None;
            }
            (10, t)
        }
        16 if prefixed("0x") => (16, &t[2..]),
        8 if prefixed("0o") => (8, &t[2..]),
        2 if prefixed("0b") => (2, &t[2..]),
        b => (b, t),
    };
    let digits = digits.strip_prefix('_').filter(|_| digits.len() != t.len()).unwrap_or(digits);
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let clean = digits.replace('_', "");
    if clean.starts_with(['+', '-']) {
        return None;
    }
    let n = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -n } else { n })
}

/// `vars(o)`: the `__dict__` of an instance (the dict itself), a class or a module.
fn vars(h: &mut Heap, a: &[u64]) -> PyResult<u64> {
    let o = match a {
        &[o] => o,
        [] => return Err(PyErr::new("NotImplementedError", "vars() without arguments is not supported yet".into())),
        _ => return Err(PyErr::type_error(format!("vars expected at most 1 argument, got {}", a.len()))),
    };
    match h.kind(o)? {
        Kind::Inst => {
            h.guard_for_vars(o)?;
            h.get(o, 1)
        }
        Kind::Obj(Tag::Class) => h.get(o, 3),
        Kind::Obj(Tag::Module) => h.get(o, 2),
        _ => Err(PyErr::type_error("vars() argument must have __dict__ attribute".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_parse_as_cpython() {
        assert_eq!(parse_int("0x1f", 0), Some(31.into()));
        assert_eq!(parse_int("-0b101", 0), Some((-5).into()));
        assert_eq!(parse_int("1_000", 10), Some(1000.into()));
        assert_eq!(parse_int("010", 0), None);
        assert_eq!(parse_int("000", 0), Some(0.into()));
        assert_eq!(parse_int("0xff", 16), Some(255.into()));
        assert_eq!(parse_int("z", 36), Some(35.into()));
        assert_eq!(parse_int("1__0", 10), None);
        assert_eq!(parse_int("", 10), None);
    }

    #[test]
    fn pow_mod_as_cpython() {
        assert_eq!(pow_mod(&3.into(), &(-1).into(), &7.into()), Ok(5.into()));
        assert_eq!(pow_mod(&2.into(), &10.into(), &(-7).into()), Ok((-5).into()));
        assert!(pow_mod(&2.into(), &(-1).into(), &4.into()).is_err());
    }
}
