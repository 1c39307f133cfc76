//! Methods of `int` and `float` (`bit_length`, `bit_count`, `to_bytes`, `hex`, `is_integer`,
//! `as_integer_ratio`) and the class methods reached through the type (`int.from_bytes`,
//! `float.fromhex`, `bytes.fromhex`, `str.maketrans`, `dict.fromkeys`, and `object.__setattr__`,
//! `object.__delattr__`, `object.__getattribute__`), which are built-in functions named
//! `type.method`.

use crate::err::{PyErr, PyResult};
use crate::num::Num;
use crate::obj::{Heap, Kind, NONE, Tag, bool_, float, int_bits};
use crate::ops;
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

/// The methods of `int` (and `bool`).
pub(crate) const INT_NAMES: &[&str] = &["bit_length", "bit_count", "to_bytes", "conjugate"];
/// The methods of `float`.
pub(crate) const FLOAT_NAMES: &[&str] = &["hex", "is_integer", "as_integer_ratio", "conjugate"];

/// The names of class methods of built-in type `ty`.
fn class_methods(ty: &str) -> &'static [&'static str] {
    match ty {
        "int" => &["from_bytes"],
        "float" => &["fromhex"],
        "bytes" | "bytearray" => &["fromhex"],
        "str" => &["maketrans"],
        "dict" => &["fromkeys"],
        "object" => &["__setattr__", "__delattr__", "__getattribute__"],
        _ => &[],
    }
}

/// `T.name` for built-in type object `t`: a built-in function `T.name`, if `T` has that class method.
pub(crate) fn class_attr(h: &mut Heap, t: u64, name: &str) -> PyResult<Option<u64>> {
    let n = h.get(t, 1)?;
    let ty = h.text(n)?;
    if !class_methods(&ty).contains(&name) {
        return Ok(None);
    }
    let full = h.str(&format!("{ty}.{name}"))?;
    let _p = h.pin(full)?;
    h.obj(Tag::Builtin, &[full, int_bits(0)]).map(Some)
}

/// Whether a module-style name `module` is a built-in type with class methods.
pub(crate) fn is_type_module(module: &str) -> bool {
    !class_methods(module).is_empty()
}

/// Calls class method `ty.name` with positional arguments `a` (keywords already placed).
pub(crate) fn class_call(h: &mut Heap, ty: &str, name: &str, a: &[u64]) -> PyResult<u64> {
    match (ty, name) {
        ("int", "from_bytes") => from_bytes(h, a),
        ("float", "fromhex") => {
            let s = h.text(arg(a, 0, "fromhex")?)?;
            Ok(float(float_fromhex(&s)?))
        }
        ("bytes" | "bytearray", "fromhex") => {
            let s = h.text(arg(a, 0, "fromhex")?)?;
            let data = bytes_fromhex(&s)?;
            if ty == "bytes" { crate::bytes::new(h, &data) } else { crate::bytearray::new(h, &data) }
        }
        ("object", _) => crate::dunder::object_method(h, name, a),
        ("str", "maketrans") => crate::str_more::maketrans(h, a),
        ("dict", "fromkeys") => {
            let keys = ops::iterate(h, arg(a, 0, "fromkeys")?)?;
            let value = a.get(1).copied().unwrap_or(NONE);
            let d = h.dict()?;
            h.keep(d)?;
            for k in keys {
                h.dict_set(d, k, value)?;
            }
            Ok(d)
        }
        _ => Err(PyErr::new("AttributeError", format!("type object '{ty}' has no attribute '{name}'"))),
    }
}

fn arg(a: &[u64], i: usize, name: &str) -> PyResult<u64> {
    a.get(i).copied().ok_or_else(|| PyErr::type_error(format!("{name}() missing required argument (pos {})", i + 1)))
}

/// Calls method `name` of int or float `v`.
pub(crate) fn call(h: &mut Heap, v: u64, name: &str, a: &[u64]) -> PyResult<u64> {
    match h.num(v)? {
        Some(Num::Int(i)) => int_method(h, &i, name, a),
        Some(Num::Float(f)) => float_method(h, f, name),
        None => Err(PyErr::new("AttributeError", format!("no method {name}"))),
    }
}

fn int_method(h: &mut Heap, i: &BigInt, name: &str, a: &[u64]) -> PyResult<u64> {
    match name {
        "bit_length" => Ok(int_bits(i.magnitude().bits() as i64)),
        "bit_count" => Ok(int_bits(i.magnitude().count_ones() as i64)),
        "conjugate" => h.int(i),
        "to_bytes" => {
            let length = match a.first() {
                Some(&n) => crate::builtins::small_int(h, n)?,
                None => 1,
            };
            let little = byteorder(h, a.get(1).copied())?;
            let signed = match a.get(2) {
                Some(&s) => ops::truthy(h, s)?,
                None => false,
            };
            let data = to_bytes(i, length, little, signed)?;
            crate::bytes::new(h, &data)
        }
        _ => Err(PyErr::new("AttributeError", format!("'int' object has no attribute '{name}'"))),
    }
}

fn float_method(h: &mut Heap, f: f64, name: &str) -> PyResult<u64> {
    match name {
        "hex" => h.str(&float_hex(f)),
        "is_integer" => Ok(bool_(f.is_finite() && f == f.trunc())),
        "conjugate" => Ok(float(f)),
        "as_integer_ratio" => {
            let (n, d) = ratio(f)?;
            let n = h.int(&n)?;
            let _p = h.pin(n)?;
            let d = h.int(&d)?;
            let _q = h.pin(d)?;
            h.tuple(&[n, d])
        }
        _ => Err(PyErr::new("AttributeError", format!("'float' object has no attribute '{name}'"))),
    }
}

/// Whether the byteorder argument says little-endian (`'big'` when absent).
fn byteorder(h: &mut Heap, v: Option<u64>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    match h.text(v)?.as_str() {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(PyErr::new("ValueError", "byteorder must be either 'little' or 'big'".into())),
    }
}

/// `int.to_bytes(length, byteorder, signed=...)`.
fn to_bytes(i: &BigInt, length: i64, little: bool, signed: bool) -> PyResult<Vec<u8>> {
    if length < 0 {
        return Err(PyErr::new("ValueError", "length argument must be non-negative".into()));
    }
    if !signed && i.is_negative() {
        return Err(PyErr::new("OverflowError", "can't convert negative int to unsigned".into()));
    }
    let too_big = || PyErr::new("OverflowError", "int too big to convert".into());
    let mut be = if i.is_zero() {
        Vec::new()
    } else if signed {
        i.to_signed_bytes_be()
    } else {
        i.to_bytes_be().1
    };
    let length = length as usize;
    if be.len() > length {
        return Err(too_big());
    }
    let fill = if i.is_negative() { 0xff } else { 0 };
    let mut out = vec![fill; length - be.len()];
    out.append(&mut be);
    if little {
        out.reverse();
    }
    Ok(out)
}

/// `int.from_bytes(bytes, byteorder, signed=...)`.
fn from_bytes(h: &mut Heap, a: &[u64]) -> PyResult<u64> {
    let src = arg(a, 0, "from_bytes")?;
    let mut data = Vec::new();
    for v in ops::iterate(h, src)? {
        match h.kind(v)? {
            Kind::Int(n) if (0..256).contains(&n) => data.push(n as u8),
            _ => return Err(PyErr::new("ValueError", "bytes must be in range(0, 256)".into())),
        }
    }
    if byteorder(h, a.get(1).copied())? {
        data.reverse();
    }
    let signed = match a.get(2) {
        Some(&s) => ops::truthy(h, s)?,
        None => false,
    };
    let n = if signed { BigInt::from_signed_bytes_be(&data) } else { BigInt::from_bytes_be(Sign::Plus, &data) };
    h.int(&n)
}

/// CPython's `float.hex`: `[-]0x1.<13 hex digits>p<exp>` (`0x0.` for zero and subnormals).
fn float_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let man = bits & ((1u64 << 52) - 1);
    if exp == 0 && man == 0 {
        return format!("{sign}0x0.0p+0");
    }
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    format!("{sign}0x{lead}.{man:013x}p{e:+}")
}

/// `float.fromhex(s)`, correctly rounded.
fn float_fromhex(s: &str) -> PyResult<f64> {
    let bad = || PyErr::new("ValueError", "invalid hexadecimal floating-point string".into());
    let t = s.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(x) = special {
        return Ok(if neg { -x } else { x });
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().map_err(|_| bad())?),
        None => (body, 0),
    };
    let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
    if int_part.is_empty() && frac.is_empty() {
        return Err(bad());
    }
    let mut m = BigUint::zero();
    for c in int_part.chars().chain(frac.chars()) {
        let d = c.to_digit(16).ok_or_else(bad)?;
        m = m * 16u32 + d;
    }
    let x = scale_to_f64(m, exp - 4 * frac.len() as i64)
        .ok_or_else(|| PyErr::new("OverflowError", "hexadecimal value too large to represent as a float".into()))?;
    Ok(if neg { -x } else { x })
}

/// `m * 2**e` rounded half to even to a float (`None` on overflow).
fn scale_to_f64(mut m: BigUint, mut e: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let top = m.bits() as i64 + e; // value < 2**top
    let precision = if top - 1 < -1022 { 53 - (-1022 - (top - 1)) } else { 53 };
    let shift = m.bits() as i64 - precision.max(0);
    if shift > 0 {
        let half = BigUint::from(1u32) << (shift - 1) as usize;
        let rem = &m & ((BigUint::from(1u32) << shift as usize) - 1u32);
        m >>= shift as usize;
        let odd = m.bit(0);
        if rem > half || (rem == half && odd) {
            m += 1u32;
        }
        e += shift;
    }
    let mut x = m.to_f64()?;
    while e > 0 {
        let step = e.min(1000);
        x *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 {
        let step = e.max(-1000);
        x *= 2f64.powi(step as i32);
        e -= step;
    }
    x.is_finite().then_some(x)
}

/// `float.as_integer_ratio`: the exact fraction in lowest terms.
fn ratio(f: f64) -> PyResult<(BigInt, BigInt)> {
    if f.is_nan() {
        return Err(PyErr::new("ValueError", "cannot convert NaN to integer ratio".into()));
    }
    if f.is_infinite() {
        return Err(PyErr::new("OverflowError", "cannot convert Infinity to integer ratio".into()));
    }
    if f == 0.0 {
        return Ok((BigInt::zero(), BigInt::from(1)));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut man, mut e) = if exp == 0 { (frac, -1074) } else { (frac | (1 << 52), exp - 1075) };
    let tz = man.trailing_zeros() as i64;
    man >>= tz;
    e += tz;
    let mut n = BigInt::from(man);
    if f < 0.0 {
        n = -n;
    }
    if e >= 0 { Ok((n << e as usize, BigInt::from(1))) } else { Ok((n, BigInt::from(1) << (-e) as usize)) }
}

/// `round(f, -m)` for m > 0: f rounded half to even to a multiple of 10**m, exactly.
pub(crate) fn round_to_tens(f: f64, m: i64) -> f64 {
    let Ok((n, d)) = ratio(f) else { return f };
    if m > 400 {
        return 0.0f64.copysign(f);
    }
    let unit = num_traits::pow(BigInt::from(10), m as usize);
    let den = d * &unit;
    let (q, r) = num_integer::Integer::div_mod_floor(&n, &den);
    let twice = r * 2;
    let up = twice > den || (twice == den && num_integer::Integer::is_odd(&q));
    let q = if up { q + 1 } else { q };
    let x: f64 = (q * unit).to_string().parse().unwrap_or(f64::INFINITY);
    if x == 0.0 { 0.0f64.copysign(f) } else { x }
}

/// `bytes.fromhex(s)`: pairs of hex digits, whitespace between them.
fn bytes_fromhex(s: &str) -> PyResult<Vec<u8>> {
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        if cs[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = cs[i].to_digit(16);
        let lo = cs.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(a), Some(b)) => out.push((a * 16 + b) as u8),
            (None, _) => return Err(non_hex(i)),
            (Some(_), _) => return Err(non_hex(i + 1)),
        }
        i += 2;
    }
    Ok(out)
}

fn non_hex(at: usize) -> PyErr {
    PyErr::new("ValueError", format!("non-hexadecimal number found in fromhex() arg at position {at}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_hex_round_trips_as_cpython() {
        assert_eq!(float_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_hex(-0.1), "-0x1.999999999999ap-4");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(0.0), "0x0.0p+0");
        for x in [1.5, -0.1, 5e-324, 1e308, 3.0e-310, 123.456] {
            assert_eq!(float_fromhex(&float_hex(x)), Ok(x));
        }
        assert_eq!(float_fromhex("0x1.8p1"), Ok(3.0));
        assert_eq!(float_fromhex("0x.1"), Ok(0.0625));
        assert!(float_fromhex("0x1p2000").is_err());
    }

    #[test]
    fn int_bytes_and_ratios() {
        assert_eq!(to_bytes(&BigInt::from(1024), 4, false, false), Ok(vec![0, 0, 4, 0]));
        assert_eq!(to_bytes(&BigInt::from(-1), 2, true, true), Ok(vec![0xff, 0xff]));
        assert!(to_bytes(&BigInt::from(256), 1, false, false).is_err());
        assert_eq!(ratio(0.75), Ok((BigInt::from(3), BigInt::from(4))));
        assert_eq!(bytes_fromhex("de ad"), Ok(vec![0xde, 0xad]));
    }
}
