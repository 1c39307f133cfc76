//! Numbers: ints (inline, promoted to big ints on overflow) and floats, with Python's rules.

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, Tag, float, int_bits};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use vmalloc::{ANY_INT_MAX, ANY_INT_MIN};

/// A number operand.
#[derive(Clone, Debug, PartialEq)]
pub enum Num {
    /// An int.
    Int(BigInt),
    /// A float.
    Float(f64),
}

/// The binary arithmetic operators.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
}

impl BinOp {
    /// The operator's symbol.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }
}

impl Heap<'_, '_> {
    /// `v` as a number, if it is an int, bool or float.
    pub fn num(&mut self, v: u64) -> PyResult<Option<Num>> {
        Ok(match self.kind(v)? {
            Kind::Bool(b) => Some(Num::Int(BigInt::from(b as i64))),
            Kind::Int(i) => Some(Num::Int(BigInt::from(i))),
            Kind::Float(f) => Some(Num::Float(f)),
            Kind::Obj(Tag::Big) => {
                let s = self.get(v, 1)?;
                let text = self.text(s)?;
                Some(Num::Int(text.parse().map_err(|_| PyErr::new("SystemError", "bad big int".into()))?))
            }
            _ => None,
        })
    }

    /// The value of an int.
    pub fn int(&mut self, n: &BigInt) -> PyResult<u64> {
        match n.to_i64() {
            Some(i) if (ANY_INT_MIN..=ANY_INT_MAX).contains(&i) => Ok(int_bits(i)),
            _ => {
                let s = self.str(&n.to_string())?;
                let pin = self.pin(s)?;
                let r = self.obj(Tag::Big, &[s]);
                drop(pin);
                r
            }
        }
    }

    /// The value of a number.
    pub fn num_value(&mut self, n: &Num) -> PyResult<u64> {
        match n {
            Num::Int(i) => self.int(i),
            Num::Float(f) => Ok(float(*f)),
        }
    }
}

/// The float value of a number (OverflowError for huge ints).
pub fn to_f64(n: &Num) -> PyResult<f64> {
    match n {
        Num::Float(f) => Ok(*f),
        Num::Int(i) => match i.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(PyErr::new("OverflowError", "int too large to convert to float".into())),
        },
    }
}

/// `a op b` on numbers.
pub fn arith(op: BinOp, a: &Num, b: &Num) -> PyResult<Num> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => int_arith(op, x, y),
        _ => {
            if matches!(op, BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor) {
                return Err(PyErr::type_error(format!(
                    "unsupported operand type(s) for {}: '{}' and '{}'",
                    op.symbol(),
                    num_type(a),
                    num_type(b)
                )));
            }
            float_arith(op, to_f64(a)?, to_f64(b)?).map(Num::Float)
        }
    }
}

fn num_type(n: &Num) -> &'static str {
    match n {
        Num::Int(_) => "int",
        Num::Float(_) => "float",
    }
}

fn int_arith(op: BinOp, x: &BigInt, y: &BigInt) -> PyResult<Num> {
    let zero_div = || PyErr::new("ZeroDivisionError", "integer division or modulo by zero".into());
    Ok(Num::Int(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Err(PyErr::new("ZeroDivisionError", "division by zero".into()));
            }
            return Ok(Num::Float(int_true_div(x, y)?));
        }
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(zero_div());
            }
            x.div_floor(y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(PyErr::new("ZeroDivisionError", "integer modulo by zero".into()));
            }
            x.mod_floor(y)
        }
        BinOp::Pow => {
            if y.is_negative() {
                return float_arith(op, to_f64(&Num::Int(x.clone()))?, to_f64(&Num::Int(y.clone()))?).map(Num::Float);
            }
            let e = y.to_u32().filter(|&e| x.abs() <= BigInt::from(1) || e < 1_000_000);
            let e = e.ok_or_else(|| PyErr::new("MemoryError", String::new()))?;
            num_traits::pow(x.clone(), e as usize)
        }
        BinOp::LShift | BinOp::RShift => {
            if y.is_negative() {
                return Err(PyErr::new("ValueError", "negative shift count".into()));
            }
            let n = y.to_usize().filter(|&n| n < 1 << 24);
            match (op, n) {
                (BinOp::LShift, Some(n)) => x << n,
                (BinOp::LShift, None) => return Err(PyErr::new("OverflowError", "too many digits in integer".into())),
                (_, Some(n)) => x >> n,
                (_, None) => BigInt::from(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
    }))
}

fn int_true_div(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    match (x.to_i64(), y.to_i64()) {
        (Some(a), Some(b)) if a.unsigned_abs() < 1 << 53 && b.unsigned_abs() < 1 << 53 => Ok(a as f64 / b as f64),
        _ => Ok(to_f64(&Num::Int(x.clone()))? / to_f64(&Num::Int(y.clone()))?),
    }
}

/// `a op b` on floats, with Python's rules for `//`, `%` and `**`.
pub fn float_arith(op: BinOp, a: f64, b: f64) -> PyResult<f64> {
    let zero = |what: &str| Err(PyErr::new("ZeroDivisionError", what.to_string()));
    Ok(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return zero("float division by zero");
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return zero("float floor division by zero");
            }
            float_divmod(a, b).0
        }
        BinOp::Mod => {
            if b == 0.0 {
                return zero("float modulo");
            }
            float_divmod(a, b).1
        }
        BinOp::Pow => {
            if a == 0.0 && b < 0.0 {
                return zero("0.0 cannot be raised to a negative power");
            }
            if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
                return Err(PyErr::new("ValueError", "math domain error".into()));
            }
            let r = a.powf(b);
            if r.is_infinite() && a.is_finite() && b.is_finite() {
                return Err(PyErr::new("OverflowError", "(34, 'Numerical result out of range')".into()));
            }
            r
        }
        _ => unreachable_op()?,
    })
}

fn unreachable_op() -> PyResult<f64> {
    Err(PyErr::new("SystemError", "bad float operator".into()))
}

/// CPython's float `divmod`.
fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// Compares two numbers exactly (`None` when a NaN is involved).
pub fn compare(a: &Num, b: &Num) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Int(x), Num::Float(y)) => cmp_int_float(x, *y),
        (Num::Float(x), Num::Int(y)) => cmp_int_float(y, *x).map(|o| o.reverse()),
    }
}

fn cmp_int_float(i: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater });
    }
    let fl = f.floor();
    let fi = BigInt::from(fl as i128);
    let fi = if fl.abs() < 1e38 { fi } else { num_traits::FromPrimitive::from_f64(fl).unwrap_or_default() };
    match i.cmp(&fi) {
        std::cmp::Ordering::Equal if f > fl => Some(std::cmp::Ordering::Less),
        o => Some(o),
    }
}
