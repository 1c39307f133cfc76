//! The `math` module. Float functions are the platform libm's (as in CPython, which calls the
//! same C functions), with CPython's domain and range errors.

use crate::err::{PyErr, PyResult};
use crate::modules::{Attr, arity, as_float};
use crate::num::{BinOp, Num};
use crate::obj::{Heap, bool_, float};
use crate::ops;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The functions of `math`.
pub(crate) const ATTRS: &[&str] = &[
    "sqrt",
    "exp",
    "exp2",
    "expm1",
    "log",
    "log2",
    "log10",
    "log1p",
    "pow",
    "sin",
    "cos",
    "tan",
    "asin",
    "acos",
    "atan",
    "atan2",
    "sinh",
    "cosh",
    "tanh",
    "asinh",
    "acosh",
    "atanh",
    "floor",
    "ceil",
    "trunc",
    "fabs",
    "copysign",
    "fmod",
    "modf",
    "frexp",
    "ldexp",
    "hypot",
    "dist",
    "degrees",
    "radians",
    "gcd",
    "lcm",
    "factorial",
    "comb",
    "perm",
    "isqrt",
    "isclose",
    "isfinite",
    "isinf",
    "isnan",
    "prod",
    "fsum",
    "remainder",
];

/// The constants of `math`.
pub(crate) fn constants() -> Vec<Attr> {
    vec![
        Attr::Float("pi", std::f64::consts::PI),
        Attr::Float("e", std::f64::consts::E),
        Attr::Float("tau", std::f64::consts::TAU),
        Attr::Float("inf", f64::INFINITY),
        Attr::Float("nan", f64::NAN),
    ]
}

fn domain() -> PyErr {
    PyErr::new("ValueError", "math domain error".into())
}

fn range_err() -> PyErr {
    PyErr::new("OverflowError", "math range error".into())
}

/// CPython's `math_1`: a NaN from a non-NaN is a domain error, an infinity from a finite
/// argument a range error (if the function can overflow) or a domain error.
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_err() } else { domain() });
    }
    Ok(r)
}

/// An int argument (bools count), or CPython's TypeError.
fn int_arg(h: &mut Heap, v: u64) -> PyResult<BigInt> {
    match h.num(v)? {
        Some(Num::Int(i)) => Ok(i),
        _ => {
            let t = ops::type_name(h, v)?;
            Err(PyErr::type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// CPython's `loghelper`: `f(x)` for x > 0; an int too large for a float is split as
/// `x = m * 2**e` and gives `f(m) + f(2) * e`.
fn log_with(h: &mut Heap, v: u64, f: fn(f64) -> f64) -> PyResult<f64> {
    let x = match h.num(v)? {
        Some(Num::Int(i)) => {
            if !i.is_positive() {
                return Err(domain());
            }
            match i.to_f64() {
                Some(x) if x.is_finite() => x,
                _ => {
                    // m = x / 2**e in [0.5, 1), rounded once to 53 bits (the top 63 bits
                    // with a sticky bit, then the u64 -> f64 conversion rounds).
                    let mut e = i.bits() as i64;
                    let shift = (e - 63) as u64;
                    let mut top = (&i >> shift).to_u64().unwrap_or(0);
                    if !(&i & ((BigInt::one() << shift) - 1u32)).is_zero() {
                        top |= 1;
                    }
                    let mut m = (top as f64) / 2f64.powi(63);
                    if m == 1.0 {
                        m = 0.5;
                        e += 1;
                    }
                    return Ok(f(m) + f(2.0) * e as f64);
                }
            }
        }
        Some(Num::Float(x)) => x,
        None => as_float(h, v)?,
    };
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(f(x))
}

fn to_int_value(h: &mut Heap, f: f64) -> PyResult<u64> {
    if f.is_nan() {
        return Err(PyErr::new("ValueError", "cannot convert float NaN to integer".into()));
    }
    if f.is_infinite() {
        return Err(PyErr::new("OverflowError", "cannot convert float infinity to integer".into()));
    }
    let i: BigInt = num_traits::FromPrimitive::from_f64(f).unwrap_or_default();
    h.int(&i)
}

/// A float function of one argument.
type Unary = fn(f64) -> f64;

/// Calls `math.name`.
pub(crate) fn call(h: &mut Heap, name: &str, a: &[u64]) -> PyResult<u64> {
    if let Some(v) = crate::math_special::call(h, name, a)? {
        return Ok(v);
    }
    let unary: Option<(Unary, bool)> = match name {
        "sqrt" => Some((f64::sqrt, false)),
        "exp" => Some((f64::exp, true)),
        "exp2" => Some((f64::exp2, true)),
        "expm1" => Some((f64::exp_m1, true)),
        "sin" => Some((f64::sin, false)),
        "cos" => Some((f64::cos, false)),
        "tan" => Some((f64::tan, false)),
        "asin" => Some((f64::asin, false)),
        "acos" => Some((f64::acos, false)),
        "atan" => Some((f64::atan, false)),
        "sinh" => Some((f64::sinh, true)),
        "cosh" => Some((f64::cosh, true)),
        "tanh" => Some((f64::tanh, false)),
        "asinh" => Some((f64::asinh, false)),
        "acosh" => Some((f64::acosh, false)),
        "atanh" => Some((f64::atanh, false)),
        "fabs" => Some((f64::abs, false)),
        "degrees" => Some((f64::to_degrees, false)),
        "radians" => Some((f64::to_radians, false)),
        _ => None,
    };
    if let Some((f, can_overflow)) = unary {
        arity(name, a, 1, 1)?;
        let x = as_float(h, a[0])?;
        if name == "atanh" && x.abs() >= 1.0 {
            return Err(domain());
        }
        return Ok(float(checked(x, f(x), can_overflow)?));
    }
    match name {
        "log" => {
            arity(name, a, 1, 2)?;
            let x = log_with(h, a[0], f64::ln)?;
            if a.len() == 2 {
                let b = log_with(h, a[1], f64::ln)?;
                if b == 0.0 {
                    return Err(PyErr::new("ZeroDivisionError", "float division by zero".into()));
                }
                return Ok(float(x / b));
            }
            Ok(float(x))
        }
        "log2" | "log10" | "log1p" => {
            arity(name, a, 1, 1)?;
            match name {
                "log2" => Ok(float(log_with(h, a[0], f64::log2)?)),
                "log10" => Ok(float(log_with(h, a[0], f64::log10)?)),
                _ => {
                    let x = as_float(h, a[0])?;
                    if x <= -1.0 {
                        return Err(domain());
                    }
                    Ok(float(x.ln_1p()))
                }
            }
        }
        "pow" => {
            arity(name, a, 2, 2)?;
            let (x, y) = (as_float(h, a[0])?, as_float(h, a[1])?);
            let r = x.powf(y);
            if x.is_finite() && y.is_finite() {
                if r.is_nan() || (x == 0.0 && y < 0.0) {
                    return Err(domain());
                }
                if r.is_infinite() {
                    return Err(range_err());
                }
            }
            Ok(float(r))
        }
        "atan2" | "copysign" | "fmod" | "remainder" | "ldexp" => two_floats(h, name, a),
        "floor" | "ceil" | "trunc" => {
            arity(name, a, 1, 1)?;
            match h.num(a[0])? {
                Some(Num::Int(i)) => h.int(&i),
                Some(Num::Float(f)) => {
                    let r = match name {
                        "floor" => f.floor(),
                        "ceil" => f.ceil(),
                        _ => f.trunc(),
                    };
                    to_int_value(h, r)
                }
                None => {
                    let t = ops::type_name(h, a[0])?;
                    Err(PyErr::type_error(format!("must be real number, not {t}")))
                }
            }
        }
        "modf" => {
            arity(name, a, 1, 1)?;
            let x = as_float(h, a[0])?;
            let int = if x.is_infinite() { x } else { x.trunc() };
            let frac = if x.is_infinite() { 0f64.copysign(x) } else { (x - int).copysign(x) };
            h.tuple(&[float(frac), float(int)])
        }
        "frexp" => {
            arity(name, a, 1, 1)?;
            let x = as_float(h, a[0])?;
            let (m, e) = frexp(x);
            h.tuple(&[float(m), crate::obj::int_bits(e as i64)])
        }
        "hypot" => {
            let mut xs = Vec::new();
            for &v in a {
                xs.push(as_float(h, v)?);
            }
            Ok(float(xs.iter().fold(0.0, |acc: f64, &x| acc.hypot(x))))
        }
        "dist" => {
            arity(name, a, 2, 2)?;
            let (p, q) = (ops::iterate(h, a[0])?, ops::iterate(h, a[1])?);
            if p.len() != q.len() {
                return Err(PyErr::new("ValueError", "both points must have the same number of dimensions".into()));
            }
            let mut acc = 0.0f64;
            for (x, y) in p.into_iter().zip(q) {
                acc = acc.hypot(as_float(h, x)? - as_float(h, y)?);
            }
            Ok(float(acc))
        }
        "isfinite" | "isinf" | "isnan" => {
            arity(name, a, 1, 1)?;
            let x = as_float(h, a[0])?;
            Ok(bool_(match name {
                "isfinite" => x.is_finite(),
                "isinf" => x.is_infinite(),
                _ => x.is_nan(),
            }))
        }
        "isclose" => {
            arity(name, a, 2, 4)?;
            let (x, y) = (as_float(h, a[0])?, as_float(h, a[1])?);
            let rel = if a.len() > 2 { as_float(h, a[2])? } else { 1e-9 };
            let abs = if a.len() > 3 { as_float(h, a[3])? } else { 0.0 };
            if x == y {
                return Ok(bool_(true));
            }
            if x.is_infinite() || y.is_infinite() {
                return Ok(bool_(false));
            }
            let d = (y - x).abs();
            Ok(bool_(d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs))
        }
        "prod" => {
            arity(name, a, 1, 2)?;
            let mut acc = if a.len() == 2 { a[1] } else { crate::obj::int_bits(1) };
            for x in ops::iterate(h, a[0])? {
                acc = ops::binop(h, BinOp::Mul, acc, x)?;
                h.keep(acc)?;
            }
            Ok(acc)
        }
        "fsum" => {
            arity(name, a, 1, 1)?;
            let mut xs = Vec::new();
            for v in ops::iterate(h, a[0])? {
                xs.push(as_float(h, v)?);
            }
            Ok(float(fsum(&xs)))
        }
        _ => int_function(h, name, a),
    }
}

fn two_floats(h: &mut Heap, name: &str, a: &[u64]) -> PyResult<u64> {
    arity(name, a, 2, 2)?;
    let x = as_float(h, a[0])?;
    if name == "ldexp" {
        let e = int_arg(h, a[1])?.to_i32().unwrap_or(i32::MAX);
        let r = x * 2f64.powi(e.clamp(-1100, 1100) / 2) * 2f64.powi(e.clamp(-1100, 1100) - e.clamp(-1100, 1100) / 2);
        return Ok(float(checked(x, r, true)?));
    }
    let y = as_float(h, a[1])?;
    let r = match name {
        "atan2" => x.atan2(y),
        "copysign" => x.copysign(y),
        "fmod" => {
            if y == 0.0 && !x.is_nan() || x.is_infinite() {
                return Err(domain());
            }
            x % y
        }
        _ => {
            if y == 0.0 || x.is_infinite() {
                return Err(domain());
            }
            remainder(x, y)
        }
    };
    Ok(float(r))
}

fn remainder(x: f64, y: f64) -> f64 {
    let n = (x / y).round_ties_even();
    let r = x - n * y;
    if r == 0.0 { 0f64.copysign(x) } else { r }
}

fn int_function(h: &mut Heap, name: &str, a: &[u64]) -> PyResult<u64> {
    let mut ints = Vec::new();
    for &v in a {
        ints.push(int_arg(h, v)?);
    }
    let r = match name {
        "gcd" => ints.iter().fold(BigInt::zero(), |acc, x| acc.gcd(x)),
        "lcm" => ints
            .iter()
            .fold(BigInt::one(), |acc, x| if x.is_zero() || acc.is_zero() { BigInt::zero() } else { acc.lcm(x) }),
        "factorial" => {
            arity(name, a, 1, 1)?;
            if ints[0].is_negative() {
                return Err(PyErr::new("ValueError", "factorial() not defined for negative values".into()));
            }
            let n = ints[0].to_u64().unwrap_or(u64::MAX);
            (1..=n).fold(BigInt::one(), |acc, k| acc * k)
        }
        "isqrt" => {
            arity(name, a, 1, 1)?;
            if ints[0].is_negative() {
                return Err(PyErr::new("ValueError", "isqrt() argument must be nonnegative".into()));
            }
            ints[0].sqrt()
        }
        "comb" | "perm" => {
            arity(name, a, 1 + (name == "comb") as usize, 2)?;
            let n = ints[0].clone();
            let k = ints.get(1).cloned().unwrap_or_else(|| n.clone());
            if n.is_negative() {
                return Err(PyErr::new("ValueError", "n must be a non-negative integer".into()));
            }
            if k.is_negative() {
                return Err(PyErr::new("ValueError", "k must be a non-negative integer".into()));
            }
            if k > n {
                BigInt::zero()
            } else {
                let k = k.to_u64().unwrap_or(0);
                let k = if name == "comb" { k.min((&n - k).to_u64().unwrap_or(k)) } else { k };
                let mut acc = BigInt::one();
                for i in 0..k {
                    acc *= &n - i;
                    if name == "comb" {
                        acc /= i + 1;
                    }
                }
                acc
            }
        }
        _ => return Err(PyErr::new("AttributeError", format!("module 'math' has no attribute '{name}'"))),
    };
    h.int(&r.abs())
}

/// C's `frexp`: `x = m * 2**e` with `0.5 <= |m| < 1` (`x` itself and 0 for 0, inf and NaN).
pub(crate) fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// CPython's `math.fsum`: Shewchuk's exactly rounded sum of partials.
fn fsum(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| !x.is_finite()) {
        return xs.iter().sum();
    }
    let mut partials: Vec<f64> = Vec::new();
    for &x0 in xs {
        let mut x = x0;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    hi
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fsum_is_exact_where_plain_sum_is_not() {
        let xs = [0.1; 10];
        assert_eq!(fsum(&xs), 1.0);
        assert_ne!(xs.iter().sum::<f64>(), 1.0);
        assert_eq!(fsum(&[1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), 1e-100);
    }

    #[test]
    fn frexp_matches_c() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(-3.0), (-0.75, 2));
        assert_eq!(frexp(5e-324), (0.5, -1073));
    }
}
