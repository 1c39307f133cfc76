//! Operators on any values: arithmetic dispatch, comparison, truth, items, slices, iteration.

use crate::err::{PyErr, PyResult};
use crate::num::{BinOp, arith, compare};
use crate::obj::{Heap, Kind, NONE, Tag, as_small, int_bits};
use std::cmp::Ordering;

/// The comparison operators.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl CmpOp {
    /// The operator's symbol.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

/// The Python type name of a value.
pub fn type_name(h: &mut Heap, v: u64) -> PyResult<String> {
    if matches!(h.kind(v)?, Kind::Obj(Tag::List | Tag::Dict))
        && let Some(t) = crate::mod_collections::type_name(h, v)?
    {
        return Ok(t);
    }
    Ok(match h.kind(v)? {
        Kind::None => "NoneType".into(),
        Kind::Bool(_) => "bool".into(),
        Kind::Int(_) | Kind::Obj(Tag::Big) => "int".into(),
        Kind::Float(_) => "float".into(),
        Kind::Str => "str".into(),
        Kind::Obj(Tag::List) => "list".into(),
        Kind::Obj(Tag::Tuple) => "tuple".into(),
        Kind::Obj(Tag::Dict) => "dict".into(),
        Kind::Obj(Tag::Range) => "range".into(),
        Kind::Obj(Tag::Func) => "function".into(),
        Kind::Obj(Tag::Class) => "type".into(),
        Kind::Obj(Tag::Bound) | Kind::Obj(Tag::BMeth) => "method".into(),
        Kind::Obj(Tag::Builtin) => "builtin_function_or_method".into(),
        Kind::Obj(Tag::SeqIter) => "iterator".into(),
        Kind::Obj(Tag::RangeIter) => "range_iterator".into(),
        Kind::Obj(Tag::Module) => "module".into(),
        Kind::Obj(Tag::Set) => "set".into(),
        Kind::Obj(Tag::FrozenSet) => "frozenset".into(),
        Kind::Obj(Tag::Bytes) => "bytes".into(),
        Kind::Obj(Tag::ByteArray) => "bytearray".into(),
        Kind::Obj(Tag::StringIO) => "StringIO".into(),
        Kind::Obj(Tag::File) => crate::mod_file::type_name(h, v)?.into(),
        Kind::Obj(Tag::Complex) => "complex".into(),
        Kind::Obj(Tag::Slice) => "slice".into(),
        Kind::Obj(Tag::Alias) => "GenericAlias".into(),
        Kind::Obj(Tag::Lazy) => "itertools iterator".into(),
        Kind::Obj(Tag::Gen) => "generator".into(),
        Kind::Obj(Tag::Exc) => {
            let n = h.get(v, 1)?;
            h.text(n)?
        }
        Kind::Obj(_) => "object".into(),
        Kind::Inst => {
            let c = h.get(v, 0)?;
            let n = h.get(c, 1)?;
            h.text(n)?
        }
    })
}

fn unsupported(h: &mut Heap, sym: &str, a: u64, b: u64) -> PyErr {
    let (ta, tb) = (type_name(h, a).unwrap_or_default(), type_name(h, b).unwrap_or_default());
    PyErr::type_error(format!("unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"))
}

/// `a op b` for two inline ints, when the result is an inline int (the common case, without
/// big-int arithmetic).
fn small_binop(op: BinOp, x: i64, y: i64) -> Option<u64> {
    let r = match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mul => x.checked_mul(y)?,
        BinOp::FloorDiv if y != 0 => x.div_euclid(y) - if y < 0 && x.rem_euclid(y) != 0 { 1 } else { 0 },
        BinOp::Mod if y != 0 => {
            let m = x.rem_euclid(y);
            if y < 0 && m != 0 { m + y } else { m }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::LShift if (0..16).contains(&y) => x << y,
        BinOp::RShift if (0..64).contains(&y) => x >> y,
        _ => return None,
    };
    vmalloc::Any::from_int(r).map(|a| a.bits())
}

/// `a op b` for two floats, for the operators that cannot raise.
fn float_binop(op: BinOp, x: f64, y: f64) -> Option<u64> {
    Some(crate::obj::float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv if y != 0.0 => x / y,
        _ => return None,
    }))
}

/// `a op b`.
pub fn binop(h: &mut Heap, op: BinOp, a: u64, b: u64) -> PyResult<u64> {
    let (va, vb) = (vmalloc::Any::from_bits(a), vmalloc::Any::from_bits(b));
    if let (vmalloc::AnyValue::Bool(x), vmalloc::AnyValue::Bool(y)) = (va.decode(), vb.decode()) {
        match op {
            BinOp::And => return Ok(crate::obj::bool_(x & y)),
            BinOp::Or => return Ok(crate::obj::bool_(x | y)),
            BinOp::Xor => return Ok(crate::obj::bool_(x ^ y)),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (va.as_int(), vb.as_int())
        && let Some(r) = small_binop(op, x, y)
    {
        return Ok(r);
    }
    if let (Some(x), Some(y)) = (va.as_f64(), vb.as_f64())
        && let Some(r) = float_binop(op, x, y)
    {
        return Ok(r);
    }
    if let (Some(x), Some(y)) = (h.num(a)?, h.num(b)?) {
        let r = arith(op, &x, &y)?;
        return h.num_value(&r);
    }
    if let Some(r) = crate::complex::binop(h, op, a, b)? {
        return Ok(r);
    }
    if let Some(r) = crate::set_methods::binop(h, op, a, b)? {
        return Ok(r);
    }
    match (op, h.kind(a)?, h.kind(b)?) {
        (BinOp::Add, Kind::Str, Kind::Str) => {
            let s = h.text(a)? + &h.text(b)?;
            h.str(&s)
        }
        (BinOp::Add, Kind::Obj(Tag::List), Kind::Obj(Tag::List)) => {
            let mut items = h.list_items(a)?;
            items.extend(h.list_items(b)?);
            h.list(&items)
        }
        (BinOp::Add, Kind::Obj(Tag::Tuple), Kind::Obj(Tag::Tuple)) => {
            let mut items = h.tuple_items(a)?;
            items.extend(h.tuple_items(b)?);
            h.tuple(&items)
        }
        (BinOp::Mul, _, Kind::Int(_) | Kind::Bool(_)) if is_seq(h, a)? => repeat(h, a, b),
        (BinOp::Mul, Kind::Int(_) | Kind::Bool(_), _) if is_seq(h, b)? => repeat(h, b, a),
        (BinOp::Mod, Kind::Str, _) => crate::builtins::percent_format(h, a, b),
        (BinOp::Add, Kind::Obj(Tag::Bytes | Tag::ByteArray), Kind::Obj(Tag::Bytes | Tag::ByteArray)) => {
            crate::bytes::concat(h, a, b)
        }
        _ => Err(unsupported(h, op.symbol(), a, b)),
    }
}

fn is_seq(h: &mut Heap, v: u64) -> PyResult<bool> {
    Ok(matches!(h.kind(v)?, Kind::Str | Kind::Obj(Tag::List | Tag::Tuple | Tag::Bytes | Tag::ByteArray)))
}

fn repeat(h: &mut Heap, seq: u64, n: u64) -> PyResult<u64> {
    let n = as_small(n).max(0) as usize;
    match h.kind(seq)? {
        Kind::Str => {
            let s = h.text(seq)?.repeat(n);
            h.str(&s)
        }
        Kind::Obj(Tag::Bytes | Tag::ByteArray) => {
            let d = crate::bytes::data(h, seq)?;
            if d.len().saturating_mul(n) > 1 << 28 {
                return Err(PyErr::new("MemoryError", String::new()));
            }
            crate::bytes::new_like(h, seq, &d.repeat(n))
        }
        kind => {
            let items = if kind == Kind::Obj(Tag::List) { h.list_items(seq)? } else { h.tuple_items(seq)? };
            if items.len().saturating_mul(n) > 1 << 26 {
                return Err(PyErr::new("MemoryError", String::new()));
            }
            let all: Vec<u64> = std::iter::repeat_n(items, n).flatten().collect();
            if kind == Kind::Obj(Tag::List) { h.list(&all) } else { h.tuple(&all) }
        }
    }
}

/// `-a`, `+a`, `~a`.
pub fn unary(h: &mut Heap, op: char, a: u64) -> PyResult<u64> {
    use crate::num::Num;
    match (op, h.num(a)?) {
        ('-', Some(Num::Int(i))) => h.int(&-i),
        ('-', Some(Num::Float(f))) => Ok(crate::obj::float(-f)),
        ('+', Some(Num::Int(i))) => h.int(&i),
        ('+', Some(Num::Float(f))) => Ok(crate::obj::float(f)),
        ('~', Some(Num::Int(i))) => h.int(&!i),
        _ if let Some(r) = crate::complex::unary(h, op, a)? => Ok(r),
        _ => {
            let t = type_name(h, a)?;
            let name = match op {
                '-' => "-",
                '+' => "+",
                _ => "~",
            };
            Err(PyErr::type_error(format!("bad operand type for unary {name}: '{t}'")))
        }
    }
}

/// `a == b` as Python defines it for built-in values (identity otherwise).
pub fn equal(h: &mut Heap, a: u64, b: u64) -> PyResult<bool> {
    if a == b {
        return Ok(!matches!(h.kind(a)?, Kind::Float(f) if f.is_nan()));
    }
    let (va, vb) = (vmalloc::Any::from_bits(a), vmalloc::Any::from_bits(b));
    if va.is_int() && vb.is_int() {
        return Ok(false);
    }
    if let (Some(x), Some(y)) = (h.num(a)?, h.num(b)?) {
        return Ok(compare(&x, &y) == Some(Ordering::Equal));
    }
    if crate::set::is_set(h, a)? && crate::set::is_set(h, b)? {
        return crate::set_methods::compare(h, CmpOp::Eq, a, b);
    }
    if let Some(r) = crate::complex::equal(h, a, b)? {
        return Ok(r);
    }
    Ok(match (h.kind(a)?, h.kind(b)?) {
        (Kind::Obj(Tag::Bytes | Tag::ByteArray), Kind::Obj(Tag::Bytes | Tag::ByteArray)) => {
            crate::bytes::data(h, a)? == crate::bytes::data(h, b)?
        }
        (Kind::Str, Kind::Str) => {
            h.cx.heap()
                .string_eq(vmalloc::Ref::from_bits(a), vmalloc::Ref::from_bits(b))
                .map_err(|e| PyErr::new("SystemError", format!("heap: {e}")))?
        }
        (Kind::Obj(Tag::List), Kind::Obj(Tag::List)) => {
            let (x, y) = (h.list_items(a)?, h.list_items(b)?);
            seq_equal(h, &x, &y)?
        }
        (Kind::Obj(Tag::Tuple), Kind::Obj(Tag::Tuple)) => {
            let (x, y) = (h.tuple_items(a)?, h.tuple_items(b)?);
            seq_equal(h, &x, &y)?
        }
        (Kind::Obj(Tag::Dict), Kind::Obj(Tag::Dict)) => {
            let (ka, va) = h.dict_items(a)?;
            if ka.len() != h.dict_items(b)?.0.len() {
                return Ok(false);
            }
            for (k, v) in ka.iter().zip(&va) {
                match h.dict_find(b, *k)? {
                    Some(i) => {
                        let w = h.dict_value(b, i)?;
                        if !equal(h, *v, w)? {
                            return Ok(false);
                        }
                    }
                    None => return Ok(false),
                }
            }
            true
        }
        _ => {
            crate::dunder::inner_special(h, &[a, b], &["__eq__"])?;
            false
        }
    })
}

fn seq_equal(h: &mut Heap, x: &[u64], y: &[u64]) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    for (&a, &b) in x.iter().zip(y) {
        if !equal(h, a, b)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Orders two values (`<`), or a `TypeError`.
pub fn order(h: &mut Heap, op: CmpOp, a: u64, b: u64) -> PyResult<Option<Ordering>> {
    if let (Some(x), Some(y)) = (h.num(a)?, h.num(b)?) {
        return Ok(compare(&x, &y));
    }
    if crate::set::is_set(h, a)? && crate::set::is_set(h, b)? {
        let holds = crate::set_methods::compare(h, op, a, b)?;
        let want = if matches!(op, CmpOp::Lt | CmpOp::Le) { Ordering::Less } else { Ordering::Greater };
        return Ok(Some(if holds { want } else { want.reverse() }));
    }
    match (h.kind(a)?, h.kind(b)?) {
        (Kind::Str, Kind::Str) => {
            let (x, y) = (h.text(a)?, h.text(b)?);
            Ok(Some(x.cmp(&y)))
        }
        (Kind::Obj(Tag::Bytes | Tag::ByteArray), Kind::Obj(Tag::Bytes | Tag::ByteArray)) => {
            Ok(Some(crate::bytes::data(h, a)?.cmp(&crate::bytes::data(h, b)?)))
        }
        (Kind::Obj(Tag::List), Kind::Obj(Tag::List)) => {
            let (x, y) = (h.list_items(a)?, h.list_items(b)?);
            seq_order(h, op, &x, &y)
        }
        (Kind::Obj(Tag::Tuple), Kind::Obj(Tag::Tuple)) => {
            let (x, y) = (h.tuple_items(a)?, h.tuple_items(b)?);
            seq_order(h, op, &x, &y)
        }
        _ => {
            crate::dunder::inner_special(h, &[a, b], &["__lt__", "__le__", "__gt__", "__ge__"])?;
            let (ta, tb) = (type_name(h, a)?, type_name(h, b)?);
            Err(PyErr::type_error(format!("'{}' not supported between instances of '{ta}' and '{tb}'", op.symbol())))
        }
    }
}

fn seq_order(h: &mut Heap, op: CmpOp, x: &[u64], y: &[u64]) -> PyResult<Option<Ordering>> {
    for (&a, &b) in x.iter().zip(y) {
        if !equal(h, a, b)? {
            return order(h, op, a, b);
        }
    }
    Ok(Some(x.len().cmp(&y.len())))
}

/// `a op b` for a comparison operator.
pub fn compare_op(h: &mut Heap, op: CmpOp, a: u64, b: u64) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (vmalloc::Any::from_bits(a).as_int(), vmalloc::Any::from_bits(b).as_int()) {
        return Ok(match op {
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
        });
    }
    Ok(match op {
        CmpOp::Eq => equal(h, a, b)?,
        CmpOp::Ne => !equal(h, a, b)?,
        _ => {
            let o = order(h, op, a, b)?;
            match (op, o) {
                (_, None) => false,
                (CmpOp::Lt, Some(o)) => o == Ordering::Less,
                (CmpOp::Le, Some(o)) => o != Ordering::Greater,
                (CmpOp::Gt, Some(o)) => o == Ordering::Greater,
                (_, Some(o)) => o != Ordering::Less,
            }
        }
    })
}

/// `bool(v)`.
pub fn truthy(h: &mut Heap, v: u64) -> PyResult<bool> {
    Ok(match h.kind(v)? {
        Kind::None => false,
        Kind::Bool(b) => b,
        Kind::Int(i) => i != 0,
        Kind::Float(f) => f != 0.0,
        Kind::Str => !h.text(v)?.is_empty(),
        Kind::Obj(
            Tag::List | Tag::Tuple | Tag::Dict | Tag::Range | Tag::Set | Tag::FrozenSet | Tag::Bytes | Tag::ByteArray,
        ) => len(h, v)? != 0,
        Kind::Obj(Tag::Complex) => crate::complex::of(h, v)?.is_some_and(|c| c.re != 0.0 || c.im != 0.0),
        _ => {
            crate::dunder::inner_special(h, &[v], &["__bool__", "__len__"])?;
            true
        }
    })
}

/// `len(v)`.
pub fn len(h: &mut Heap, v: u64) -> PyResult<usize> {
    match h.kind(v)? {
        Kind::Str => Ok(h.text(v)?.chars().count()),
        Kind::Obj(Tag::List | Tag::Dict) => Ok(as_small(h.get(v, 1)?) as usize),
        Kind::Obj(Tag::Tuple) => Ok(h.len(v)? - 1),
        Kind::Obj(Tag::Range) => Ok(range_items(h, v)?.len()),
        Kind::Obj(Tag::Set | Tag::FrozenSet) => crate::set::len(h, v),
        Kind::Obj(Tag::Bytes | Tag::ByteArray) => Ok(crate::bytes::data(h, v)?.len()),
        _ => {
            let t = type_name(h, v)?;
            Err(PyErr::type_error(format!("object of type '{t}' has no len()")))
        }
    }
}

/// The values of a range (bounded).
pub fn range_items(h: &mut Heap, r: u64) -> PyResult<Vec<i64>> {
    let (start, stop, step) = (as_small(h.get(r, 1)?), as_small(h.get(r, 2)?), as_small(h.get(r, 3)?));
    let n = if step > 0 {
        (stop - start + step - 1).div_euclid(step).max(0)
    } else {
        (start - stop - step - 1).div_euclid(-step).max(0)
    };
    if n > 1 << 26 {
        return Err(PyErr::new("MemoryError", String::new()));
    }
    Ok((0..n).map(|i| start + i * step).collect())
}

fn index(h: &mut Heap, i: u64, n: usize, what: &str) -> PyResult<usize> {
    let k = match h.kind(i)? {
        Kind::Int(k) => k,
        Kind::Bool(b) => b as i64,
        Kind::Obj(Tag::Big) => {
            return Err(PyErr::new("IndexError", "cannot fit 'int' into an index-sized integer".into()));
        }
        _ => {
            let t = type_name(h, i)?;
            let what = what.trim_end_matches(" assignment");
            return Err(PyErr::type_error(format!("{what} indices must be integers or slices, not {t}")));
        }
    };
    let k = if k < 0 { k + n as i64 } else { k };
    if k < 0 || k >= n as i64 {
        return Err(PyErr::new("IndexError", format!("{what} index out of range")));
    }
    Ok(k as usize)
}

/// `a[i]`.
pub fn getitem(h: &mut Heap, a: u64, i: u64) -> PyResult<u64> {
    if let Some((lo, hi, step)) = crate::slices::parts(h, i)? {
        return slice(h, a, lo, hi, step);
    }
    match h.kind(a)? {
        Kind::Obj(Tag::List) => {
            let n = as_small(h.get(a, 1)?) as usize;
            let k = index(h, i, n, "list")?;
            let s = h.get(a, 2)?;
            h.get(s, k)
        }
        Kind::Obj(Tag::Tuple) => {
            let n = h.len(a)? - 1;
            let k = index(h, i, n, "tuple")?;
            h.get(a, k + 1)
        }
        Kind::Str => {
            let s: Vec<char> = h.text(a)?.chars().collect();
            let k = index(h, i, s.len(), "string")?;
            h.str(&s[k].to_string())
        }
        Kind::Obj(Tag::Range) => {
            let items = range_items(h, a)?;
            let k = index(h, i, items.len(), "range object")?;
            Ok(int_bits(items[k]))
        }
        Kind::Obj(Tag::Dict) => match h.dict_find(a, i)? {
            Some(k) => h.dict_value(a, k),
            None => crate::mod_collections::missing(h, a, i),
        },
        Kind::Obj(Tag::Bytes | Tag::ByteArray) => crate::bytes::getitem(h, a, i),
        Kind::Obj(Tag::Builtin) if let Some(v) = crate::generic::alias(h, a, i)? => Ok(v),
        _ => {
            let t = type_name(h, a)?;
            Err(PyErr::type_error(format!("'{t}' object is not subscriptable")))
        }
    }
}

/// `a[i] = v`.
pub fn setitem(h: &mut Heap, a: u64, i: u64, v: u64) -> PyResult<()> {
    if let Some((lo, hi, step)) = crate::slices::parts(h, i)? {
        return crate::assign::set_slice(h, a, lo, hi, step, v);
    }
    match h.kind(a)? {
        Kind::Obj(Tag::List) => {
            let n = as_small(h.get(a, 1)?) as usize;
            let k = index(h, i, n, "list assignment")?;
            let s = h.get(a, 2)?;
            h.set(s, k, v)
        }
        Kind::Obj(Tag::Dict) => h.dict_set(a, i, v),
        Kind::Obj(Tag::ByteArray) => crate::bytearray::setitem(h, a, i, v),
        _ => {
            let t = type_name(h, a)?;
            Err(PyErr::type_error(format!("'{t}' object does not support item assignment")))
        }
    }
}

/// `del a[i]`.
pub fn delitem(h: &mut Heap, a: u64, i: u64) -> PyResult<()> {
    if let Some((lo, hi, step)) = crate::slices::parts(h, i)? {
        return crate::assign::del_slice(h, a, lo, hi, step);
    }
    match h.kind(a)? {
        Kind::Obj(Tag::List) => {
            let mut items = h.list_items(a)?;
            let k = index(h, i, items.len(), "list assignment")?;
            items.remove(k);
            set_list(h, a, &items)
        }
        Kind::Obj(Tag::Dict) => match h.dict_find(a, i)? {
            Some(k) => h.dict_remove(a, k),
            None => Err(crate::str_more::key_error(h, i)),
        },
        Kind::Obj(Tag::ByteArray) => crate::bytearray::delitem(h, a, i),
        _ => {
            let t = type_name(h, a)?;
            Err(PyErr::type_error(format!("'{t}' object doesn't support item deletion")))
        }
    }
}

/// Replaces a list's items.
pub fn set_list(h: &mut Heap, l: u64, items: &[u64]) -> PyResult<()> {
    let s = h.array(items)?;
    h.set(l, 2, s)?;
    h.set(l, 1, int_bits(items.len() as i64))
}

/// The indices `[lo:hi:step]` selects in a sequence of length `n` (CPython's clamping), the
/// step, and the clamped start (where an assignment to an empty simple slice inserts).
pub fn slice_picks(n: usize, lo: u64, hi: u64, step: u64) -> PyResult<(Vec<usize>, i64, usize)> {
    let n = n as i64;
    let (lo, hi, step) = (slice_bound(lo)?, slice_bound(hi)?, slice_bound(step)?);
    let step = if step == NONE { 1 } else { as_small(step) };
    if step == 0 {
        return Err(PyErr::new("ValueError", "slice step cannot be zero".into()));
    }
    let bound = |v: u64, default: i64| -> i64 {
        if v == NONE {
            return default;
        }
        let k = as_small(v);
        let k = if k < 0 { k + n } else { k };
        if step > 0 { k.clamp(0, n) } else { k.clamp(-1, n - 1) }
    };
    let (start, stop) = if step > 0 { (bound(lo, 0), bound(hi, n)) } else { (bound(lo, n - 1), bound(hi, -1)) };
    let mut picks = Vec::new();
    let mut k = start;
    while (step > 0 && k < stop) || (step < 0 && k > stop) {
        picks.push(k as usize);
        k += step;
    }
    Ok((picks, step, start.clamp(0, n) as usize))
}

/// A slice bound as an inline int (a bool as 0 or 1), or none; CPython's TypeError for
/// anything else (an instance with `__index__` is then retried by `index.rs`).
fn slice_bound(v: u64) -> PyResult<u64> {
    let a = vmalloc::Any::from_bits(v);
    if v == NONE || a.as_int().is_some() {
        return Ok(v);
    }
    if v == crate::obj::bool_(true) || v == crate::obj::bool_(false) {
        return Ok(int_bits(i64::from(v == crate::obj::bool_(true))));
    }
    Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method".into()))
}

/// `a[lo:hi:step]`.
pub fn slice(h: &mut Heap, a: u64, lo: u64, hi: u64, step: u64) -> PyResult<u64> {
    let kind = h.kind(a)?;
    let n = len(h, a)?;
    let (picks, _, _) = slice_picks(n, lo, hi, step)?;
    match kind {
        Kind::Str => {
            let s: Vec<char> = h.text(a)?.chars().collect();
            let t: String = picks.iter().map(|&i| s[i]).collect();
            h.str(&t)
        }
        Kind::Obj(Tag::Bytes | Tag::ByteArray) => crate::bytes::pick(h, a, &picks),
        Kind::Obj(Tag::List) => {
            let items = h.list_items(a)?;
            let out: Vec<u64> = picks.iter().map(|&i| items[i]).collect();
            h.list(&out)
        }
        Kind::Obj(Tag::Tuple) => {
            let items = h.tuple_items(a)?;
            let out: Vec<u64> = picks.iter().map(|&i| items[i]).collect();
            h.tuple(&out)
        }
        _ => {
            let t = type_name(h, a)?;
            Err(PyErr::type_error(format!("'{t}' object is not subscriptable")))
        }
    }
}

/// `x in c`.
pub fn contains(h: &mut Heap, c: u64, x: u64) -> PyResult<bool> {
    match h.kind(c)? {
        Kind::Str => {
            if h.kind(x)? != Kind::Str {
                return Err(PyErr::type_error("'in <string>' requires string as left operand".into()));
            }
            Ok(h.text(c)?.contains(&h.text(x)?))
        }
        Kind::Obj(Tag::Dict) => Ok(h.dict_find(c, x)?.is_some()),
        Kind::Obj(Tag::Set | Tag::FrozenSet) => crate::set::contains(h, c, x),
        Kind::Obj(Tag::Bytes | Tag::ByteArray) => crate::bytes::contains(h, c, x),
        _ => {
            for item in iterate(h, c)? {
                if equal(h, item, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// The items of an iterable, eagerly (lists, tuples, str, dict keys, ranges).
pub fn iterate(h: &mut Heap, v: u64) -> PyResult<Vec<u64>> {
    match h.kind(v)? {
        Kind::Obj(Tag::List) => h.list_items(v),
        Kind::Obj(Tag::Tuple) => h.tuple_items(v),
        Kind::Obj(Tag::Dict) => Ok(h.dict_items(v)?.0),
        Kind::Obj(Tag::Range) => Ok(range_items(h, v)?.into_iter().map(int_bits).collect()),
        Kind::Obj(Tag::Set | Tag::FrozenSet) => crate::set::items(h, v),
        Kind::Obj(Tag::Bytes | Tag::ByteArray) => crate::bytes::items(h, v),
        Kind::Obj(Tag::StringIO) => crate::mod_io::lines(h, v),
        Kind::Obj(Tag::File) => crate::mod_file::lines(h, v),
        Kind::Obj(Tag::Module) if crate::stdin::is_stdin(h, v)? => crate::stdin::lines(h),
        Kind::Obj(Tag::SeqIter | Tag::RangeIter | Tag::Lazy) => {
            let mut out = Vec::new();
            while let Some(x) = next(h, v)? {
                out.push(h.keep(x)?);
            }
            Ok(out)
        }
        Kind::Str => {
            let s = h.text(v)?;
            let mut out = Vec::new();
            for c in s.chars() {
                let x = h.str(&c.to_string())?;
                out.push(h.keep(x)?);
            }
            Ok(out)
        }
        Kind::Obj(Tag::Gen) => Err(PyErr::new(
            "NotImplementedError",
            "a generator consumed by a built-in function or unpacking (not supported yet; use a for loop)".into(),
        )),
        _ => {
            crate::dunder::inner_special(h, &[v], &["__iter__", "__getitem__"])?;
            let t = type_name(h, v)?;
            Err(PyErr::type_error(format!("'{t}' object is not iterable")))
        }
    }
}

/// `iter(v)`: a range iterator or a sequence iterator over a snapshot-free sequence.
pub fn iter(h: &mut Heap, v: u64) -> PyResult<u64> {
    match h.kind(v)? {
        Kind::Obj(Tag::Range) => {
            let (a, b, c) = (h.get(v, 1)?, h.get(v, 2)?, h.get(v, 3)?);
            h.obj(Tag::RangeIter, &[a, b, c])
        }
        Kind::Obj(Tag::List | Tag::Tuple) => h.obj(Tag::SeqIter, &[v, int_bits(0)]),
        Kind::Obj(Tag::SeqIter | Tag::RangeIter | Tag::Lazy | Tag::Gen) => Ok(v),
        Kind::Obj(Tag::Module) if crate::stdin::is_stdin(h, v)? => {
            crate::mod_iter::lazy(h, crate::mod_iter::STDIN, NONE, NONE)
        }
        _ => {
            let items = iterate(h, v)?;
            let t = h.tuple(&items)?;
            let pin = h.pin(t)?;
            let it = h.obj(Tag::SeqIter, &[t, int_bits(0)]);
            drop(pin);
            it
        }
    }
}

/// `next(it)`: `Some(value)`, or `None` when exhausted.
pub fn next(h: &mut Heap, it: u64) -> PyResult<Option<u64>> {
    match h.kind(it)? {
        Kind::Obj(Tag::RangeIter) => {
            let (cur, stop, step) = (as_small(h.get(it, 1)?), as_small(h.get(it, 2)?), as_small(h.get(it, 3)?));
            if (step > 0 && cur >= stop) || (step < 0 && cur <= stop) {
                return Ok(None);
            }
            h.set(it, 1, int_bits(cur + step))?;
            Ok(Some(int_bits(cur)))
        }
        Kind::Obj(Tag::SeqIter) => {
            let seq = h.get(it, 1)?;
            let i = as_small(h.get(it, 2)?) as usize;
            let item = match h.kind(seq)? {
                Kind::Obj(Tag::List) => {
                    if i >= as_small(h.get(seq, 1)?) as usize {
                        return Ok(None);
                    }
                    let s = h.get(seq, 2)?;
                    h.get(s, i)?
                }
                _ => {
                    if i + 1 >= h.len(seq)? {
                        return Ok(None);
                    }
                    h.get(seq, i + 1)?
                }
            };
            h.set(it, 2, int_bits(i as i64 + 1))?;
            Ok(Some(item))
        }
        Kind::Obj(Tag::Lazy) => crate::mod_iter::lazy_next(h, it),
        _ => {
            let t = type_name(h, it)?;
            Err(PyErr::type_error(format!("'{t}' object is not an iterator")))
        }
    }
}

/// `a is b`: identity (built-in functions and classes are one object each, as in CPython,
/// though the runtime makes a new handle for each use of their name).
pub fn same(h: &mut Heap, a: u64, b: u64) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    if h.kind(a)? == Kind::Obj(Tag::Builtin) && h.kind(b)? == Kind::Obj(Tag::Builtin) {
        let (x, y) = (h.get(a, 1)?, h.get(b, 1)?);
        return Ok(h.text(x)? == h.text(y)?);
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_int_fast_path_floors_like_python() {
        let int = |v: u64| vmalloc::Any::from_bits(v).as_int();
        for (x, y) in [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, -5)] {
            let q = small_binop(BinOp::FloorDiv, x, y).and_then(int);
            let m = small_binop(BinOp::Mod, x, y).and_then(int);
            let (fq, fm) = ((x as f64 / y as f64).floor() as i64, x - y * (x as f64 / y as f64).floor() as i64);
            assert_eq!((q, m), (Some(fq), Some(fm)), "{x} // {y}");
        }
        assert_eq!(small_binop(BinOp::Add, vmalloc::ANY_INT_MAX, 1), None);
        assert_eq!(small_binop(BinOp::FloorDiv, 1, 0), None);
    }
}
