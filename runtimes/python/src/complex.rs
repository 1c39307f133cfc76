//! `complex`: `[COMPLEX, real, imag]` (two floats). Arithmetic is CPython 3.11's
//! (`Objects/complexobject.c`: `_Py_c_quot`'s scaled division, `c_powi` repeated squaring for
//! integral exponents up to 100, `_Py_c_pow` otherwise), and so are the repr (`(1+2j)`, `-0j`
//! parts written as float reprs without `.0`), `complex(str)` parsing, format specs with a
//! presentation type, and the `cmath` functions here (`sqrt` as `cmath_sqrt_impl`, `exp`,
//! `phase`, `polar`, `rect`; finite arguments only, non-finite ones are CPython's special-value
//! tables, which are not reproduced: `NotImplementedError`).

use crate::err::{PyErr, PyResult};
use crate::num::{BinOp, Num};
use crate::obj::{Heap, Kind, NONE, Tag, float};

/// A complex value.
#[derive(Copy, Clone, Debug, PartialEq)]
pub(crate) struct C {
    /// The real part.
    pub re: f64,
    /// The imaginary part.
    pub im: f64,
}

/// A new complex object.
pub(crate) fn new(h: &mut Heap, c: C) -> PyResult<u64> {
    h.obj(Tag::Complex, &[float(c.re), float(c.im)])
}

fn part(h: &mut Heap, v: u64, i: usize) -> PyResult<f64> {
    let x = h.get(v, i)?;
    match h.kind(x)? {
        Kind::Float(f) => Ok(f),
        _ => Err(PyErr::new("SystemError", "bad complex".into())),
    }
}

/// `v` as a complex if it is a complex, int, bool or float.
pub(crate) fn of(h: &mut Heap, v: u64) -> PyResult<Option<C>> {
    if h.kind(v)? == Kind::Obj(Tag::Complex) {
        return Ok(Some(C { re: part(h, v, 1)?, im: part(h, v, 2)? }));
    }
    Ok(match h.num(v)? {
        Some(n) => Some(C { re: crate::num::to_f64(&n)?, im: 0.0 }),
        None => None,
    })
}

/// Whether `v` is a complex object.
pub(crate) fn is(h: &mut Heap, v: u64) -> PyResult<bool> {
    Ok(h.kind(v)? == Kind::Obj(Tag::Complex))
}

fn prod(a: C, b: C) -> C {
    C { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re }
}

fn zero_div() -> PyErr {
    PyErr::new("ZeroDivisionError", "complex division by zero".into())
}

/// `_Py_c_quot`.
fn quot(a: C, b: C) -> PyResult<C> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return Err(zero_div());
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Ok(C { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom })
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Ok(C { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom })
    } else {
        Ok(C { re: f64::NAN, im: f64::NAN })
    }
}

fn powu(x: C, n: i64) -> C {
    let (mut r, mut p, mut mask) = (C { re: 1.0, im: 0.0 }, x, 1i64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

fn pow_error() -> PyErr {
    PyErr::new("ZeroDivisionError", "0.0 to a negative or complex power".into())
}

/// `complex_pow`: `c_powi` for integral exponents up to 100, `_Py_c_pow` otherwise.
fn pow(a: C, b: C) -> PyResult<C> {
    let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        if n > 0 { powu(a, n) } else { quot(C { re: 1.0, im: 0.0 }, powu(a, -n)).map_err(|_| pow_error())? }
    } else if b.re == 0.0 && b.im == 0.0 {
        C { re: 1.0, im: 0.0 }
    } else if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(pow_error());
        }
        C { re: 0.0, im: 0.0 }
    } else {
        let vabs = a.re.hypot(a.im);
        let mut len = vabs.powf(b.re);
        let at = a.im.atan2(a.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= (at * b.im).exp();
            phase += b.im * vabs.ln();
        }
        C { re: len * phase.cos(), im: len * phase.sin() }
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(PyErr::new("OverflowError", "complex exponentiation".into()));
    }
    Ok(r)
}

/// `a op b` when either operand is a complex and the other a number (`None` otherwise).
pub(crate) fn binop(h: &mut Heap, op: BinOp, a: u64, b: u64) -> PyResult<Option<u64>> {
    if !(is(h, a)? || is(h, b)?) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (of(h, a)?, of(h, b)?) else { return Ok(None) };
    let r = match op {
        BinOp::Add => C { re: x.re + y.re, im: x.im + y.im },
        BinOp::Sub => C { re: x.re - y.re, im: x.im - y.im },
        BinOp::Mul => prod(x, y),
        BinOp::TrueDiv => quot(x, y)?,
        BinOp::Pow => pow(x, y)?,
        _ => return Ok(None),
    };
    new(h, r).map(Some)
}

/// `-z`, `+z`, `abs(z)` of a complex `z` (`None` for other values).
pub(crate) fn unary(h: &mut Heap, op: char, v: u64) -> PyResult<Option<u64>> {
    if !is(h, v)? {
        return Ok(None);
    }
    let Some(c) = of(h, v)? else { return Ok(None) };
    Ok(Some(match op {
        '-' => new(h, C { re: -c.re, im: -c.im })?,
        '+' => new(h, c)?,
        'a' => float(abs(c)?),
        _ => return Ok(None),
    }))
}

fn abs(c: C) -> PyResult<f64> {
    let r = c.re.hypot(c.im);
    if r.is_infinite() && c.re.is_finite() && c.im.is_finite() {
        return Err(PyErr::new("OverflowError", "absolute value too large".into()));
    }
    Ok(r)
}

/// `a == b` when either is a complex (`None` otherwise).
pub(crate) fn equal(h: &mut Heap, a: u64, b: u64) -> PyResult<Option<bool>> {
    if !(is(h, a)? || is(h, b)?) {
        return Ok(None);
    }
    let (z, other) = if is(h, a)? { (a, b) } else { (b, a) };
    let Some(c) = of(h, z)? else { return Ok(None) };
    if is(h, other)? {
        let Some(d) = of(h, other)? else { return Ok(None) };
        return Ok(Some(c == d));
    }
    // An int compares exactly (as CPython's complex_richcompare does through float == int).
    Ok(match h.num(other)? {
        Some(n) => Some(c.im == 0.0 && crate::num::compare(&Num::Float(c.re), &n) == Some(std::cmp::Ordering::Equal)),
        None => Some(false),
    })
}

/// A part written as `repr` of a float without a trailing `.0` (`PyOS_double_to_string`, 'r').
fn part_text(x: f64) -> String {
    let s = crate::text::float_repr(x);
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// CPython's `repr` (and `str`) of a complex.
pub(crate) fn repr(h: &mut Heap, v: u64) -> PyResult<String> {
    let Some(c) = of(h, v)? else { return Ok(String::new()) };
    Ok(text(c))
}

fn text(c: C) -> String {
    let im = part_text(c.im);
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{im}j");
    }
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", part_text(c.re))
}

/// `complex(...)`: no arguments, a str, or a real and an imaginary part (numbers or complexes).
pub(crate) fn construct(h: &mut Heap, a: &[u64]) -> PyResult<u64> {
    crate::modules::arity("complex", a, 0, 2)?;
    let Some(&first) = a.first() else { return new(h, C { re: 0.0, im: 0.0 }) };
    if h.kind(first)? == Kind::Str {
        if a.len() == 2 {
            return Err(PyErr::type_error("complex() can't take second arg if first is a string".into()));
        }
        let s = h.text(first)?;
        let c = parse(&s).ok_or_else(|| PyErr::new("ValueError", "complex() arg is a malformed string".into()))?;
        return new(h, c);
    }
    let Some(x) = of(h, first)? else {
        let t = crate::ops::type_name(h, first)?;
        return Err(PyErr::type_error(format!("complex() first argument must be a string or a number, not '{t}'")));
    };
    let Some(&second) = a.get(1) else { return new(h, x) };
    if h.kind(second)? == Kind::Str {
        return Err(PyErr::type_error("complex() second arg can't be a string".into()));
    }
    let y = of(h, second)?.ok_or_else(|| PyErr::type_error("complex() second argument must be a number".into()))?;
    // complex(x, y) = x + y*1j; only a complex part is added, so signed zeros stay.
    let re = if is(h, second)? { x.re - y.im } else { x.re };
    let im = if is(h, first)? { y.re + x.im } else { y.re };
    new(h, C { re, im })
}

/// A float of `complex()`'s syntax (digits, `.`, exponent, `_` between digits, inf/nan).
fn float_of(s: &str) -> Option<f64> {
    let t = s.to_ascii_lowercase();
    let body = t.trim_start_matches(['+', '-']);
    if body.is_empty() || t.len() - body.len() > 1 {
        return None;
    }
    if ["inf", "infinity", "nan"].contains(&body) {
        return t.parse().ok().or(Some(if t.starts_with('-') { -f64::INFINITY } else { f64::INFINITY }));
    }
    if body.starts_with('_')
        || body.ends_with('_')
        || body.contains("__")
        || !body.starts_with(|c: char| c.is_ascii_digit() || c == '.')
    {
        return None;
    }
    t.replace('_', "").parse().ok()
}

/// `complex(str)`: `a`, `bj`, `a+bj`, `a-bj`, `j`, `-j`, optional parentheses and blanks.
fn parse(s: &str) -> Option<C> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        t = inner.trim();
    }
    let Some(body) = t.strip_suffix(['j', 'J']) else { return float_of(t).map(|re| C { re, im: 0.0 }) };
    // The imaginary part starts at the last sign not at the start and not after an exponent.
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let (re, im) = match split {
        Some(k) => (float_of(&body[..k])?, &body[k..]),
        None => (0.0, body),
    };
    let im = match im {
        "" | "+" => 1.0,
        "-" => -1.0,
        _ => float_of(im)?,
    };
    Some(C { re, im })
}

/// `z.real`, `z.imag` of a complex.
pub(crate) fn getattr(h: &mut Heap, v: u64, name: &str) -> PyResult<Option<u64>> {
    Ok(match name {
        "real" => Some(h.get(v, 1)?),
        "imag" => Some(h.get(v, 2)?),
        _ => None,
    })
}

/// The methods of a complex.
pub(crate) const METHODS: &[&str] = &["conjugate"];

/// Calls method `name` of complex `v`.
pub(crate) fn method(h: &mut Heap, v: u64, _name: &str, a: &[u64]) -> PyResult<u64> {
    crate::modules::arity("conjugate", a, 0, 0)?;
    let Some(c) = of(h, v)? else { return Ok(NONE) };
    new(h, C { re: c.re, im: -c.im })
}

/// `format(z, spec)`: an empty spec is `str(z)`; a spec with a presentation type `e E f F g G`
/// formats both parts with it (the imaginary part always signed) without parentheses; a spec
/// of fill, alignment and width only pads `str(z)`; other specs are a `NotImplementedError`.
pub(crate) fn format(h: &mut Heap, v: u64, spec: &str) -> PyResult<String> {
    let Some(c) = of(h, v)? else { return Ok(String::new()) };
    let ty = spec.chars().last().filter(|t| "eEfFgG".contains(*t));
    let body = match ty {
        Some(_) => &spec[..spec.len() - 1],
        None => spec,
    };
    let (layout, prec) = match body.split_once('.') {
        Some((l, p)) => (l, format!(".{p}")),
        None => (body, String::new()),
    };
    // [[fill]align][sign][width]
    let mut chars: Vec<char> = layout.chars().collect();
    let (mut fill, mut align) = (' ', '>');
    if chars.len() >= 2 && "<>^".contains(chars[1]) {
        (fill, align) = (chars[0], chars[1]);
        chars.drain(..2);
    } else if chars.first().is_some_and(|c| "<>^".contains(*c)) {
        align = chars.remove(0);
    }
    let sign =
        if chars.first().is_some_and(|c| "+- ".contains(*c)) { chars.remove(0).to_string() } else { String::new() };
    let width = chars.iter().collect::<String>();
    let width: usize = if width.is_empty() { 0 } else { width.parse().map_err(|_| unsupported_spec(spec))? };
    let s = match ty {
        Some(ty) => {
            let re = h.format(float(c.re), &format!("{sign}{prec}{ty}"))?;
            let im = h.format(float(c.im), &format!("+{prec}{ty}"))?;
            format!("{re}{im}j")
        }
        None if prec.is_empty() && sign.is_empty() => text(c),
        None => return Err(unsupported_spec(spec)),
    };
    let pad = width.saturating_sub(s.chars().count());
    let fills = |n: usize| fill.to_string().repeat(n);
    Ok(match align {
        '<' => s + &fills(pad),
        '^' => fills(pad / 2) + &s + &fills(pad - pad / 2),
        _ => fills(pad) + &s,
    })
}

fn unsupported_spec(spec: &str) -> PyErr {
    PyErr::new("NotImplementedError", format!("format spec {spec:?} of a complex is not supported yet"))
}

fn finite(c: C) -> PyResult<C> {
    if c.re.is_finite() && c.im.is_finite() {
        Ok(c)
    } else {
        Err(PyErr::new("NotImplementedError", "cmath of infinities and NaNs is not supported yet".into()))
    }
}

/// `cmath.sqrt` as `cmath_sqrt_impl` (finite arguments).
fn sqrt(z: C) -> C {
    if z.re == 0.0 && z.im == 0.0 {
        return C { re: 0.0, im: z.im };
    }
    let (mut ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax *= 2f64.powi(53);
        (ax + ax.hypot(ay * 2f64.powi(53))).sqrt() * 2f64.powi(-27)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 { C { re: s, im: d.copysign(z.im) } } else { C { re: d, im: s.copysign(z.im) } }
}

/// The functions of `cmath`.
pub(crate) const CMATH: &[&str] = &["sqrt", "exp", "phase", "polar", "rect"];

/// Calls `cmath.name`.
pub(crate) fn cmath(h: &mut Heap, name: &str, a: &[u64]) -> PyResult<u64> {
    let arg = |h: &mut Heap, v: u64| -> PyResult<C> {
        match of(h, v)? {
            Some(c) => Ok(c),
            None => {
                let t = crate::ops::type_name(h, v)?;
                Err(PyErr::type_error(format!("must be real number, not {t}")))
            }
        }
    };
    if name == "rect" {
        crate::modules::arity(name, a, 2, 2)?;
        let (r, phi) = (crate::modules::as_float(h, a[0])?, crate::modules::as_float(h, a[1])?);
        let c = finite(C { re: r, im: phi })?;
        return new(h, C { re: c.re * c.im.cos(), im: c.re * c.im.sin() });
    }
    crate::modules::arity(name, a, 1, 1)?;
    let z = arg(h, a[0])?;
    match name {
        "phase" => Ok(float(z.im.atan2(z.re))),
        "polar" => {
            let r = float(abs(z)?);
            h.tuple(&[r, float(z.im.atan2(z.re))])
        }
        "sqrt" => new(h, sqrt(finite(z)?)),
        _ => {
            let z = finite(z)?;
            let l = z.re.exp();
            let r = C { re: l * z.im.cos(), im: l * z.im.sin() };
            if r.re.is_infinite() || r.im.is_infinite() {
                return Err(PyErr::new("OverflowError", "math range error".into()));
            }
            new(h, r)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{C, parse, text};

    #[test]
    fn reprs_and_parsing_match_cpython() {
        assert_eq!(text(C { re: 1.0, im: 2.0 }), "(1+2j)");
        assert_eq!(text(C { re: 0.0, im: 1.5 }), "1.5j");
        assert_eq!(text(C { re: -0.0, im: -0.0 }), "(-0-0j)");
        assert_eq!(text(C { re: f64::NAN, im: f64::INFINITY }), "(nan+infj)");
        assert_eq!(text(C { re: 1e16, im: -1e-5 }), "(1e+16-1e-05j)");
        assert_eq!(parse(" (1+2j) "), Some(C { re: 1.0, im: 2.0 }));
        assert_eq!(parse("-j"), Some(C { re: 0.0, im: -1.0 }));
        assert_eq!(parse("1e-3-2.5e+2J"), Some(C { re: 1e-3, im: -250.0 }));
        assert_eq!(parse("1+"), None);
        assert_eq!(parse("3"), Some(C { re: 3.0, im: 0.0 }));
    }
}
