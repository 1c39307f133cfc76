//! `math.gamma` and `math.lgamma`: CPython's own Lanczos approximation, so results agree to the
//! last bit. `math.erf`/`math.erfc` and `cbrt` (glibc 2.36's code, `math_libm.rs`),
//! `nextafter` and `ulp`.

use crate::err::{PyErr, PyResult};
use crate::modules::{arity, as_float};
use crate::obj::{Heap, float};
use std::f64::consts::PI;

/// The functions of this file, appended to `math`'s attributes.
pub(crate) const NAMES: &[&str] = &["gamma", "lgamma", "erf", "erfc", "cbrt", "nextafter", "ulp"];

/// Calls `math.name` if this file defines it.
pub(crate) fn call(h: &mut Heap, name: &str, a: &[u64]) -> PyResult<Option<u64>> {
    if !NAMES.contains(&name) {
        return Ok(None);
    }
    if name == "nextafter" {
        if a.len() != 2 {
            let n = a.len();
            let msg = format!("nextafter expected 2 arguments, got {n}");
            return Err(PyErr::type_error(msg));
        }
        let (x, y) = (as_float(h, a[0])?, as_float(h, a[1])?);
        return Ok(Some(float(nextafter(x, y))));
    }
    arity(name, a, 1, 1)?;
    let x = as_float(h, a[0])?;
    let r = match name {
        "gamma" => tgamma(x)?,
        "lgamma" => lgamma(x)?,
        "erf" => crate::math_libm::erf(x),
        "erfc" => crate::math_libm::erfc(x),
        "cbrt" => crate::math_libm::cbrt(x),
        _ => ulp(x),
    };
    Ok(Some(float(r)))
}

/// C's `nextafter`: the next double after `x` in the direction of `y`.
fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

/// CPython's `math.ulp`: the distance from `|x|` to the next larger double (the previous one
/// for the largest finite double).
fn ulp(x: f64) -> f64 {
    if x.is_nan() || x.is_infinite() {
        return x.abs();
    }
    let x = x.abs();
    let next = nextafter(x, f64::INFINITY);
    if next.is_infinite() {
        return x - nextafter(x, f64::NEG_INFINITY);
    }
    next - x
}

fn domain() -> PyErr {
    PyErr::new("ValueError", "math domain error".into())
}

fn range_err() -> PyErr {
    PyErr::new("OverflowError", "math range error".into())
}

// g and g - 1/2 are dyadic rationals: these decimals are their exact values.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// The denominator x(x+1)...(x+11) as a polynomial.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// The Lanczos sum for positive x (as a rational function in 1/x for large x).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x) with exact zeros at the integers.
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// CPython's `m_tgamma`.
fn tgamma(x: f64) -> PyResult<f64> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { Ok(x) } else { Err(domain()) };
    }
    if x == 0.0 {
        return Err(domain());
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(domain());
        }
        if x <= 23.0 {
            return Ok((1..x as u64).map(|k| k as f64).product());
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(range_err()) } else { Ok(r) };
    }
    if absx > 200.0 {
        return if x < 0.0 { Ok(0.0 / sinpi(x)) } else { Err(range_err()) };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z =
        if absx > LANCZOS_G_MINUS_HALF { (y - absx) - LANCZOS_G_MINUS_HALF } else { (y - LANCZOS_G_MINUS_HALF) - absx };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r /= s;
            r /= s;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r *= s;
            r *= s;
        }
        r
    };
    if r.is_infinite() { Err(range_err()) } else { Ok(r) }
}

/// CPython's `m_lgamma`.
fn lgamma(x: f64) -> PyResult<f64> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err(domain()) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = PI.ln() - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() { Err(range_err()) } else { Ok(r) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gamma_matches_cpython() {
        assert_eq!(tgamma(5.0), Ok(24.0));
        assert_eq!(tgamma(-2.5), Ok(-0.9453087204829417));
        assert_eq!(tgamma(171.5), Ok(9.483367566824801e+307));
        assert!(tgamma(172.0).is_err() && tgamma(0.0).is_err() && tgamma(-1.0).is_err());
        assert_eq!(lgamma(-2.5), Ok(-0.05624371649767457));
        assert_eq!(lgamma(2000.0), Ok(13198.923448054265));
    }
}
