//! Built-in functions and the methods of built-in types.

use crate::calls::EXCEPTIONS;
use crate::err::{PyErr, PyResult};
use crate::num::{BinOp, Num};
use crate::obj::{Heap, Kind, NONE, Tag, as_small, bool_, float, int_bits};
use crate::ops::{self, CmpOp, type_name};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

fn arg_error(name: &str, expect: &str, got: usize) -> PyErr {
    PyErr::type_error(format!("{name}() takes {expect} ({got} given)"))
}

/// Calls built-in `name` with positional `args` (a tuple) and keyword `kw` (a dict or none).
pub fn call_builtin_named(h: &mut Heap, name: &str, args: u64, kw: u64) -> PyResult<u64> {
    let a = h.tuple_items(args)?;
    if let Some((ty, method)) = name.split_once('.')
        && crate::num_methods::is_type_module(ty)
    {
        let a = if kw == NONE { a } else { crate::kwargs::method_args(h, method, a, kw)? };
        return crate::num_methods::class_call(h, ty, method, &a);
    }
    if name.contains('.') {
        return crate::modules::call(h, name, &a, kw);
    }
    let (a, kw) = match crate::kwargs::function_args(h, name, &a, kw)? {
        Some(placed) if kw != NONE => (placed, NONE),
        _ => (a, kw),
    };
    if kw == NONE
        && let Some(v) = crate::builtins_more::call(h, name, &a)?
    {
        return Ok(v);
    }
    if kw != NONE && !matches!(name, "print" | "sorted" | "dict" | "enumerate") {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments (in this runtime yet)")));
    }
    let one = |what: &str| -> PyResult<u64> {
        if a.len() == 1 { Ok(a[0]) } else { Err(arg_error(what, "exactly one argument", a.len())) }
    };
    match name {
        "print" => print(h, &a, kw),
        "len" => Ok(int_bits(ops::len(h, one(name)?)? as i64)),
        "str" if a.is_empty() => h.str(""),
        "str" => {
            let s = h.str_of(one(name)?)?;
            h.str(&s)
        }
        "repr" => {
            let s = h.repr(one(name)?)?;
            h.str(&s)
        }
        "int" if a.is_empty() => Ok(int_bits(0)),
        "int" => to_int(h, &a),
        "float" if a.is_empty() => Ok(float(0.0)),
        "float" => to_float(h, one(name)?),
        "bool" if a.is_empty() => Ok(bool_(false)),
        "bool" => Ok(bool_(ops::truthy(h, one(name)?)?)),
        "range" => range(h, &a),
        "abs" => match h.num(one(name)?)? {
            Some(Num::Int(i)) => h.int(&i.abs()),
            Some(Num::Float(f)) => Ok(float(f.abs())),
            None if let Some(r) = crate::complex::unary(h, 'a', a[0])? => Ok(r),
            None => {
                let t = type_name(h, a[0])?;
                Err(PyErr::type_error(format!("bad operand type for abs(): '{t}'")))
            }
        },
        "min" | "max" => min_max(h, name, &a),
        "sum" => {
            let items = ops::iterate(h, a.first().copied().ok_or_else(|| arg_error(name, "at least 1 argument", 0))?)?;
            let mut acc = a.get(1).copied().unwrap_or(int_bits(0));
            for x in items {
                acc = ops::binop(h, BinOp::Add, acc, x)?;
            }
            Ok(acc)
        }
        "list" if a.is_empty() => h.list(&[]),
        "list" => {
            let items = ops::iterate(h, one(name)?)?;
            h.list(&items)
        }
        "tuple" if a.is_empty() => h.tuple(&[]),
        "tuple" => {
            let items = ops::iterate(h, one(name)?)?;
            h.tuple(&items)
        }
        "dict" => {
            let d = h.dict()?;
            if kw != NONE {
                let (ks, vs) = h.dict_items(kw)?;
                for (k, v) in ks.into_iter().zip(vs) {
                    h.dict_set(d, k, v)?;
                }
            }
            if let Some(&src) = a.first() {
                if h.kind(src)? == Kind::Obj(Tag::Dict) {
                    let (ks, vs) = h.dict_items(src)?;
                    for (k, v) in ks.into_iter().zip(vs) {
                        h.dict_set(d, k, v)?;
                    }
                } else {
                    for pair in ops::iterate(h, src)? {
                        let kv = ops::iterate(h, pair)?;
                        if kv.len() != 2 {
                            return Err(PyErr::new(
                                "ValueError",
                                "dictionary update sequence element has wrong length".into(),
                            ));
                        }
                        h.dict_set(d, kv[0], kv[1])?;
                    }
                }
            }
            Ok(d)
        }
        "set" | "frozenset" => {
            let tag = if name == "set" { Tag::Set } else { Tag::FrozenSet };
            match a.first() {
                Some(&x) => crate::set::from_iterable(h, tag, x),
                None => crate::set::empty(h, tag),
            }
        }
        "hash" => {
            let v = h.hash(one(name)?)?;
            h.int(&v.into())
        }
        "isinstance" => {
            if a.len() != 2 {
                return Err(PyErr::type_error(format!("isinstance expected 2 arguments, got {}", a.len())));
            }
            Ok(bool_(isinstance(h, a[0], a[1])?))
        }
        "sorted" => {
            let items = ops::iterate(h, one(name)?)?;
            let items = sort(h, items, kw)?;
            h.list(&items)
        }
        "reversed" => {
            let mut items = ops::iterate(h, one(name)?)?;
            items.reverse();
            let t = h.tuple(&items)?;
            ops::iter(h, t)
        }
        "enumerate" => {
            let items = ops::iterate(h, a.first().copied().unwrap_or(NONE))?;
            let mut start = a.get(1).map(|&s| as_small(s)).unwrap_or(0);
            if kw != NONE {
                let (ks, vs) = h.dict_items(kw)?;
                for (k, v) in ks.into_iter().zip(vs) {
                    match h.text(k)?.as_str() {
                        "start" => start = small_int(h, v)?,
                        other => {
                            return Err(PyErr::type_error(format!(
                                "'{other}' is an invalid keyword argument for enumerate()"
                            )));
                        }
                    }
                }
            }
            let mut pairs = Vec::new();
            let mut pins = Vec::new();
            for (i, x) in items.into_iter().enumerate() {
                let t = h.tuple(&[int_bits(start + i as i64), x])?;
                pins.push(h.pin(t)?);
                pairs.push(t);
            }
            let t = h.tuple(&pairs)?;
            ops::iter(h, t)
        }
        "zip" => {
            // Pulls from iterators in step, so infinite ones (itertools.count) work.
            let mut its = Vec::new();
            for &x in &a {
                let it = ops::iter(h, x)?;
                its.push(h.keep(it)?);
            }
            let mut out = Vec::new();
            'rows: while !its.is_empty() {
                let mut row = Vec::with_capacity(its.len());
                for &it in &its {
                    match ops::next(h, it)? {
                        Some(v) => row.push(v),
                        None => break 'rows,
                    }
                }
                let t = h.tuple(&row)?;
                out.push(h.keep(t)?);
            }
            let t = h.tuple(&out)?;
            ops::iter(h, t)
        }
        "chr" => match h.kind(one(name)?)? {
            Kind::Int(i) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(c) => h.str(&c.to_string()),
                None => Err(PyErr::new("ValueError", "chr() arg not in range(0x110000)".into())),
            },
            _ => Err(PyErr::type_error("an integer is required".into())),
        },
        "ord" => {
            let v = one(name)?;
            let s = if h.kind(v)? == Kind::Str { h.text(v)? } else { String::new() };
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(int_bits(c as i64)),
                _ => Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                ))),
            }
        }
        "divmod" if a.len() == 2 => {
            let q = ops::binop(h, BinOp::FloorDiv, a[0], a[1])?;
            let _p = h.pin(q)?;
            let r = ops::binop(h, BinOp::Mod, a[0], a[1])?;
            let _r = h.pin(r)?;
            h.tuple(&[q, r])
        }
        "pow" if a.len() == 2 => ops::binop(h, BinOp::Pow, a[0], a[1]),
        "round" => round(h, &a),
        "any" | "all" => {
            let items = ops::iterate(h, one(name)?)?;
            let want = name == "any";
            for x in items {
                if ops::truthy(h, x)? == want {
                    return Ok(bool_(want));
                }
            }
            Ok(bool_(!want))
        }
        "hex" | "bin" => match h.num(one(name)?)? {
            Some(Num::Int(i)) => {
                let (p, radix) = if name == "hex" { ("0x", 16) } else { ("0b", 2) };
                let s = format!("{}{p}{}", if i.is_negative() { "-" } else { "" }, i.magnitude().to_str_radix(radix));
                h.str(&s)
            }
            _ => Err(PyErr::type_error("'float' object cannot be interpreted as an integer".into())),
        },
        "type" => {
            let v = one(name)?;
            match h.kind(v)? {
                Kind::Inst => h.get(v, 0),
                _ => {
                    let t = type_name(h, v)?;
                    builtin_value(h, &t)
                }
            }
        }
        "iter" => ops::iter(h, one(name)?),
        "next" if h.len(args)? == 3 => {
            let (it, default) = (h.get(args, 1)?, h.get(args, 2)?);
            Ok(ops::next(h, it)?.unwrap_or(default))
        }
        "next" => match ops::next(h, one(name)?)? {
            Some(v) => Ok(v),
            None => Err(PyErr::new("StopIteration", String::new())),
        },
        n if EXCEPTIONS.iter().any(|(e, _)| *e == n) => {
            let s = h.str(n)?;
            let _p = h.pin(s)?;
            h.obj(Tag::Exc, &[s, args])
        }
        n => Err(PyErr::new("NameError", format!("name '{n}' is not defined"))),
    }
}

/// Whether built-in `name` is a type (its repr is `<class 'name'>`).
pub fn is_type_name(name: &str) -> bool {
    matches!(
        name,
        "int"
            | "complex"
            | "float"
            | "str"
            | "bool"
            | "list"
            | "tuple"
            | "dict"
            | "set"
            | "frozenset"
            | "range"
            | "object"
            | "bytes"
            | "bytearray"
            | "type"
    ) || EXCEPTIONS.iter().any(|(e, _)| *e == name)
}

/// The value of a built-in name (`int`, `ValueError`, ...).
pub fn builtin_value(h: &mut Heap, name: &str) -> PyResult<u64> {
    let s = h.str(name)?;
    let _p = h.pin(s)?;
    h.obj(Tag::Builtin, &[s, int_bits(0)])
}

fn print(h: &mut Heap, args: &[u64], kw: u64) -> PyResult<u64> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut to_buffer = None;
    let mut to_stderr = false;
    if kw != NONE {
        let (ks, vs) = h.dict_items(kw)?;
        for (k, v) in ks.into_iter().zip(vs) {
            let key = h.text(k)?;
            match key.as_str() {
                "sep" if v != NONE => sep = h.text(v)?,
                "end" if v != NONE => end = h.text(v)?,
                "sep" | "end" | "flush" => {}
                "file" => match h.kind(v)? {
                    Kind::Int(2) => to_stderr = true,
                    Kind::Int(1) | Kind::None => {}
                    Kind::Obj(Tag::Module) if crate::stdin::out_stream(h, v)? != 0 => {
                        to_stderr = crate::stdin::out_stream(h, v)? == 2;
                    }
                    Kind::Obj(Tag::StringIO | Tag::File) => to_buffer = Some(v),
                    _ => {
                        return Err(PyErr::type_error(
                            "print(file=...) supports only sys.stdout and sys.stderr yet".into(),
                        ));
                    }
                },
                _ => return Err(PyErr::type_error(format!("'{key}' is an invalid keyword argument for print()"))),
            }
        }
    }
    let mut text = String::new();
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            text.push_str(&sep);
        }
        text.push_str(&h.str_of(a)?);
    }
    text.push_str(&end);
    if let Some(buf) = to_buffer {
        if h.kind(buf)? == Kind::Obj(Tag::File) {
            crate::mod_file::print_to(h, buf, &text)?;
        } else {
            crate::mod_io::write(h, buf, &text)?;
        }
        return Ok(NONE);
    }
    let stream = if to_stderr { &h.io.stderr } else { &h.io.stdout };
    crate::write(stream, &text)?;
    Ok(NONE)
}

fn to_int(h: &mut Heap, a: &[u64]) -> PyResult<u64> {
    let v = a[0];
    match (h.kind(v)?, h.num(v)?) {
        (Kind::Str, _) => {
            let text = h.text(v)?;
            let base = a.get(1).map(|&b| as_small(b)).unwrap_or(10);
            if base != 0 && !(2..=36).contains(&base) {
                return Err(PyErr::new("ValueError", "int() base must be >= 2 and <= 36, or 0".into()));
            }
            let parsed = crate::builtins_more::parse_int(&text, base as u32);
            match parsed {
                Some(i) => h.int(&i),
                None => Err(PyErr::new(
                    "ValueError",
                    format!("invalid literal for int() with base {base}: {}", crate::text::str_repr(&text)),
                )),
            }
        }
        (_, Some(Num::Int(i))) => h.int(&i),
        (_, Some(Num::Float(f))) => {
            if f.is_nan() {
                return Err(PyErr::new("ValueError", "cannot convert float NaN to integer".into()));
            }
            if f.is_infinite() {
                return Err(PyErr::new("OverflowError", "cannot convert float infinity to integer".into()));
            }
            let i: BigInt = num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default();
            h.int(&i)
        }
        _ => {
            let t = type_name(h, v)?;
            Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{t}'"
            )))
        }
    }
}

fn to_float(h: &mut Heap, v: u64) -> PyResult<u64> {
    match (h.kind(v)?, h.num(v)?) {
        (Kind::Str, _) => {
            let text = h.text(v)?;
            let t = text.trim().to_lowercase();
            let f = match t.as_str() {
                "inf" | "+inf" | "infinity" => Some(f64::INFINITY),
                "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
                "nan" | "+nan" | "-nan" => Some(f64::NAN),
                _ if t.chars().all(|c| c.is_ascii_digit() || "+-.e_".contains(c)) => t.replace('_', "").parse().ok(),
                _ => None,
            };
            f.map(float).ok_or_else(|| {
                PyErr::new("ValueError", format!("could not convert string to float: {}", crate::text::str_repr(&text)))
            })
        }
        (_, Some(n)) => Ok(float(crate::num::to_f64(&n)?)),
        _ => {
            let t = type_name(h, v)?;
            Err(PyErr::type_error(format!("float() argument must be a string or a real number, not '{t}'")))
        }
    }
}

fn range(h: &mut Heap, a: &[u64]) -> PyResult<u64> {
    let mut ints = Vec::new();
    for &x in a {
        match h.kind(x)? {
            Kind::Int(i) => ints.push(i),
            Kind::Bool(b) => ints.push(b as i64),
            _ => {
                let t = type_name(h, x)?;
                return Err(PyErr::type_error(format!("'{t}' object cannot be interpreted as an integer")));
            }
        }
    }
    let (start, stop, step) = match ints[..] {
        [stop] => (0, stop, 1),
        [start, stop] => (start, stop, 1),
        [start, stop, step] => (start, stop, step),
        _ => return Err(PyErr::type_error(format!("range expected at most 3 arguments, got {}", a.len()))),
    };
    if step == 0 {
        return Err(PyErr::new("ValueError", "range() arg 3 must not be zero".into()));
    }
    h.obj(Tag::Range, &[int_bits(start), int_bits(stop), int_bits(step)])
}

/// `min`/`max` of built-in values without keywords. Keywords (`key=`, `default=`) and objects
/// with special methods go to the prelude's `_minmax` (`prelude::before_call`, `after_error`).
fn min_max(h: &mut Heap, name: &str, a: &[u64]) -> PyResult<u64> {
    let items = if a.len() == 1 { ops::iterate(h, a[0])? } else { a.to_vec() };
    let mut best: Option<u64> = None;
    for x in items {
        best = Some(match best {
            None => x,
            Some(b) => {
                let op = if name == "min" { CmpOp::Lt } else { CmpOp::Gt };
                if ops::compare_op(h, op, x, b)? { x } else { b }
            }
        });
    }
    best.ok_or_else(|| PyErr::new("ValueError", format!("{name}() arg is an empty sequence")))
}

fn round(h: &mut Heap, a: &[u64]) -> PyResult<u64> {
    let digits = a.get(1).copied().filter(|&d| d != NONE).map(as_small);
    match (h.num(a[0])?, digits) {
        (Some(Num::Int(i)), Some(d)) if d < 0 => {
            // Round half to even at 10**-d.
            let unit = num_traits::pow(BigInt::from(10), (-d) as usize);
            let (q, r) = num_integer::Integer::div_mod_floor(&i, &unit);
            let twice = &r * 2;
            let up = twice > unit || (twice == unit && num_integer::Integer::is_odd(&q));
            h.int(&((q + if up { 1 } else { 0 }) * unit))
        }
        (Some(Num::Int(i)), _) => h.int(&i),
        (Some(Num::Float(f)), None) => {
            let r = f.round_ties_even();
            let i: BigInt = num_traits::FromPrimitive::from_f64(r)
                .ok_or_else(|| PyErr::new("OverflowError", "cannot convert float infinity to integer".into()))?;
            h.int(&i)
        }
        (Some(Num::Float(f)), Some(d)) if d < 0 => Ok(float(crate::num_methods::round_to_tens(f, -d))),
        (Some(Num::Float(f)), Some(d)) => {
            let s = format!("{:.*}", d.max(0) as usize, f);
            Ok(float(s.parse().unwrap_or(f)))
        }
        _ => Err(PyErr::type_error("type doesn't define __round__ method".into())),
    }
}

pub(crate) fn sort(h: &mut Heap, items: Vec<u64>, kw: u64) -> PyResult<Vec<u64>> {
    let mut reverse = false;
    if kw != NONE {
        let (ks, vs) = h.dict_items(kw)?;
        for (k, v) in ks.into_iter().zip(vs) {
            match h.text(k)?.as_str() {
                "reverse" => reverse = ops::truthy(h, v)?,
                other => return Err(PyErr::type_error(format!("sort() keyword `{other}` is not supported yet"))),
            }
        }
    }
    let mut out: Vec<u64> = Vec::with_capacity(items.len());
    for x in items {
        let mut pos = out.len();
        while pos > 0 && ops::compare_op(h, CmpOp::Lt, x, out[pos - 1])? {
            pos -= 1;
        }
        out.insert(pos, x);
    }
    if reverse {
        out.reverse();
    }
    Ok(out)
}

fn isinstance(h: &mut Heap, v: u64, class: u64) -> PyResult<bool> {
    match h.kind(class)? {
        Kind::Obj(Tag::Tuple) => {
            for c in h.tuple_items(class)? {
                if isinstance(h, v, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Kind::Obj(Tag::Class) => {
            if h.kind(v)? != Kind::Inst {
                return Ok(false);
            }
            let c = h.get(v, 0)?;
            h.class_derives(c, class)
        }
        Kind::Obj(Tag::Builtin) => {
            let n = h.get(class, 1)?;
            let want = h.text(n)?;
            let have = type_name(h, v)?;
            Ok(have == want || (want == "int" && have == "bool") || exc_subclass(h, v, &want)? || {
                // An instance of a class whose built-in base is `class` (namedtuple: `tuple`).
                h.kind(v)? == Kind::Inst && {
                    let c = h.get(v, 0)?;
                    let root = h.class_root(c)?;
                    root == class
                        || (h.kind(root)? == Kind::Obj(Tag::Builtin) && h.get(root, 1).and_then(|n| h.text(n))? == want)
                }
            })
        }
        _ => Err(PyErr::type_error("isinstance() arg 2 must be a type, a tuple of types, or a union".into())),
    }
}

/// Whether exception `v` matches the class (or tuple of classes) of an `except` clause.
pub fn exc_matches(h: &mut Heap, v: u64, class: u64) -> PyResult<bool> {
    match h.kind(class)? {
        Kind::Obj(Tag::Tuple) => {
            for c in h.tuple_items(class)? {
                if exc_matches(h, v, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Kind::Obj(Tag::Builtin) | Kind::Obj(Tag::Class) => isinstance(h, v, class),
        _ => Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed".into())),
    }
}

fn exc_subclass(h: &mut Heap, v: u64, want: &str) -> PyResult<bool> {
    let mut name = match h.kind(v)? {
        Kind::Obj(Tag::Exc) => type_name(h, v)?,
        Kind::Inst => {
            let c = h.get(v, 0)?;
            match h.exception_root(c)? {
                Some(n) => n,
                None => return Ok(false),
            }
        }
        _ => return Ok(false),
    };
    loop {
        if name == want {
            return Ok(true);
        }
        match EXCEPTIONS.iter().find(|(n, _)| *n == name) {
            Some((_, base)) if !base.is_empty() => name = base.to_string(),
            _ => return Ok(false),
        }
    }
}

/// Whether built-in object `o` has a method `name`.
pub fn has_method(h: &mut Heap, o: u64, name: &str) -> PyResult<bool> {
    let methods: &[&str] = match h.kind(o)? {
        Kind::Obj(Tag::List) => {
            &["append", "pop", "insert", "extend", "index", "count", "reverse", "sort", "remove", "copy", "clear"]
        }
        Kind::Str => crate::str_methods::NAMES,
        Kind::Obj(Tag::Bytes) => return Ok(crate::bytes::has(name)),
        Kind::Obj(Tag::ByteArray) => return Ok(crate::bytes::has(name) || crate::bytearray::MUTATORS.contains(&name)),
        Kind::Int(_) | Kind::Bool(_) | Kind::Obj(Tag::Big) => crate::num_methods::INT_NAMES,
        Kind::Float(_) => crate::num_methods::FLOAT_NAMES,
        Kind::Obj(Tag::StringIO) => crate::mod_io::METHODS,
        Kind::Obj(Tag::File) => crate::mod_file::METHODS,
        Kind::Obj(Tag::Complex) => crate::complex::METHODS,
        Kind::Obj(Tag::Dict) => &["get", "keys", "values", "items", "pop", "setdefault", "update", "copy", "clear"],
        Kind::Obj(Tag::Tuple) => &["index", "count"],
        Kind::Obj(Tag::Set) => crate::set_methods::names(false),
        Kind::Obj(Tag::FrozenSet) => crate::set_methods::names(true),
        Kind::Obj(Tag::Gen) => crate::generators::METHODS,
        _ => &[],
    };
    Ok(methods.contains(&name) || crate::mod_collections::extra_methods(h, o)?.contains(&name))
}

/// Calls method `name` of built-in object `this`.
pub fn call_method(h: &mut Heap, this: u64, name: &str, a: &[u64]) -> PyResult<u64> {
    if matches!(h.kind(this)?, Kind::Obj(Tag::List | Tag::Dict))
        && let Some(v) = crate::mod_collections::method(h, this, name, a)?
    {
        return Ok(v);
    }
    match h.kind(this)? {
        Kind::Obj(Tag::List) => crate::methods::list_method(h, this, name, a),
        Kind::Str => crate::str_methods::call(h, this, name, a),
        Kind::Obj(Tag::Bytes) => crate::bytes::call(h, this, name, a),
        Kind::Obj(Tag::ByteArray) => crate::bytearray::call(h, this, name, a),
        Kind::Int(_) | Kind::Bool(_) | Kind::Float(_) | Kind::Obj(Tag::Big) => {
            crate::num_methods::call(h, this, name, a)
        }
        Kind::Obj(Tag::StringIO) => crate::mod_io::method(h, this, name, a),
        Kind::Obj(Tag::File) => crate::mod_file::method(h, this, name, a),
        Kind::Obj(Tag::Complex) => crate::complex::method(h, this, name, a),
        Kind::Obj(Tag::Dict) => crate::methods::dict_method(h, this, name, a),
        Kind::Obj(Tag::Tuple) => crate::methods::tuple_method(h, this, name, a),
        Kind::Obj(Tag::Set | Tag::FrozenSet) => crate::set_methods::call(h, this, name, a),
        Kind::Obj(Tag::Gen) => crate::generators::method(h, this, name, a),
        Kind::Obj(Tag::Class) if name == "mro" => {
            let t = h.mro_tuple(this)?;
            let items = h.tuple_items(t)?;
            h.list(&items)
        }
        _ if name == "__object_setattr__" && a.len() == 2 => {
            crate::dunder::object_method(h, "__setattr__", &[this, a[0], a[1]])
        }
        _ if name == "__object_delattr__" && a.len() == 1 => {
            crate::dunder::object_method(h, "__delattr__", &[this, a[0]])
        }
        _ if name == "__object_getattribute__" && a.len() == 1 => {
            crate::dunder::object_method(h, "__getattribute__", &[this, a[0]])
        }
        _ if name == "__object_init__" => {
            if h.kind(this)? == Kind::Inst && !a.is_empty() {
                let d = h.get(this, 1)?;
                let key = h.str("args")?;
                let _k = h.pin(key)?;
                let t = h.tuple(a)?;
                h.dict_set(d, key, t)?;
            }
            Ok(NONE)
        }
        _ => Err(PyErr::new("AttributeError", format!("no method {name}"))),
    }
}

/// `fmt % args` for str.
pub fn percent_format(h: &mut Heap, fmt: u64, args: u64) -> PyResult<u64> {
    let f = h.text(fmt)?;
    let s = crate::str_format::percent(h, &f, args)?;
    h.str(&s)
}

/// `x` as an index-sized int.
pub fn small_int(h: &mut Heap, x: u64) -> PyResult<i64> {
    match h.num(x)? {
        Some(Num::Int(i)) => i.to_i64().ok_or_else(|| PyErr::new("OverflowError", "int too large".into())),
        _ => {
            let t = type_name(h, x)?;
            Err(PyErr::type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}
