//! The `collections` module. `defaultdict`, `Counter` and `OrderedDict` are dicts with a
//! flavor (element 6 of the dict: a tuple `(kind, factory)`), so every dict operation works on
//! them; `deque` is a list with a fourth element (its maxlen or none). A `defaultdict`
//! factory must be a built-in (`int`, `list`, `set`, `str`, `dict`, ...): the runtime cannot
//! call guest functions yet.

use crate::err::{PyErr, PyResult};
use crate::modules::arity;
use crate::num::BinOp;
use crate::obj::{Heap, Kind, NONE, Tag, as_small, int_bits};
use crate::ops;

/// The functions (types) of `collections`.
pub(crate) const FUNCS: &[&str] = &["defaultdict", "Counter", "OrderedDict", "deque"];

/// The flavor of a dict: "defaultdict", "Counter", "OrderedDict", or `None` for a plain dict.
pub(crate) fn flavor(h: &mut Heap, d: u64) -> PyResult<Option<String>> {
    let f = h.get(d, 6)?;
    if f == NONE {
        return Ok(None);
    }
    let kind = h.get(f, 1)?;
    h.text(kind).map(Some)
}

fn flavored(h: &mut Heap, kind: &str, factory: u64) -> PyResult<u64> {
    let d = h.dict()?;
    h.keep(d)?;
    let k = h.str(kind)?;
    h.keep(k)?;
    let f = h.tuple(&[k, factory])?;
    h.set(d, 6, f)?;
    Ok(d)
}

/// Whether list `l` is a deque.
pub(crate) fn is_deque(h: &mut Heap, l: u64) -> PyResult<bool> {
    Ok(h.len(l)? > 3)
}

/// Calls `collections.name`.
pub(crate) fn call(h: &mut Heap, name: &str, a: &[u64], kw: &[(String, u64)]) -> PyResult<u64> {
    match name {
        "defaultdict" => {
            arity(name, a, 0, 2)?;
            let factory = a.first().copied().unwrap_or(NONE);
            let d = flavored(h, "defaultdict", factory)?;
            if let Some(&src) = a.get(1) {
                fill(h, d, src)?;
            }
            Ok(d)
        }
        "OrderedDict" => {
            arity(name, a, 0, 1)?;
            let d = flavored(h, "OrderedDict", NONE)?;
            if let Some(&src) = a.first() {
                fill(h, d, src)?;
            }
            Ok(d)
        }
        "Counter" => {
            arity(name, a, 0, 1)?;
            let d = flavored(h, "Counter", NONE)?;
            if let Some(&src) = a.first() {
                count_into(h, d, src, BinOp::Add)?;
            }
            for &(ref k, v) in kw {
                let key = h.str(k)?;
                h.keep(key)?;
                h.dict_set(d, key, v)?;
            }
            Ok(d)
        }
        _ => {
            arity(name, a, 0, 2)?;
            let maxlen = kw.iter().find(|(k, _)| k == "maxlen").map(|&(_, v)| v).or(a.get(1).copied()).unwrap_or(NONE);
            let mut items = match a.first() {
                Some(&src) => ops::iterate(h, src)?,
                None => Vec::new(),
            };
            if maxlen != NONE {
                let m = crate::builtins::small_int(h, maxlen)?;
                if m < 0 {
                    return Err(PyErr::new("ValueError", "maxlen must be non-negative".into()));
                }
                let drop = items.len().saturating_sub(m as usize);
                items.drain(..drop);
            }
            let storage = h.array(&items)?;
            h.keep(storage)?;
            h.obj(Tag::List, &[int_bits(items.len() as i64), storage, maxlen])
        }
    }
}

/// Copies a mapping or an iterable of pairs into `d`.
fn fill(h: &mut Heap, d: u64, src: u64) -> PyResult<()> {
    if h.kind(src)? == Kind::Obj(Tag::Dict) {
        let (ks, vs) = h.dict_items(src)?;
        for (k, v) in ks.into_iter().zip(vs) {
            h.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    for pair in ops::iterate(h, src)? {
        let kv = ops::iterate(h, pair)?;
        if kv.len() != 2 {
            return Err(PyErr::new("ValueError", "dictionary update sequence element has wrong length".into()));
        }
        h.dict_set(d, kv[0], kv[1])?;
    }
    Ok(())
}

/// Counts `src` (a mapping of counts or an iterable of items) into counter `d`.
fn count_into(h: &mut Heap, d: u64, src: u64, op: BinOp) -> PyResult<()> {
    let pairs: Vec<(u64, u64)> = if h.kind(src)? == Kind::Obj(Tag::Dict) {
        let (ks, vs) = h.dict_items(src)?;
        ks.into_iter().zip(vs).collect()
    } else {
        ops::iterate(h, src)?.into_iter().map(|x| (x, int_bits(1))).collect()
    };
    for (k, n) in pairs {
        let old = match h.dict_find(d, k)? {
            Some(i) => h.dict_value(d, i)?,
            None => int_bits(0),
        };
        let new = ops::binop(h, op, old, n)?;
        h.keep(new)?;
        h.dict_set(d, k, new)?;
    }
    Ok(())
}

/// The `default_factory` of defaultdict `d`.
pub(crate) fn default_factory(h: &mut Heap, d: u64) -> PyResult<u64> {
    let f = h.get(d, 6)?;
    h.get(f, 2)
}

/// `d[k]` for a missing key of a flavored dict: the default (or `KeyError` for a plain one).
pub(crate) fn missing(h: &mut Heap, d: u64, k: u64) -> PyResult<u64> {
    match flavor(h, d)?.as_deref() {
        Some("Counter") => Ok(int_bits(0)),
        Some("defaultdict") => {
            let f = h.get(d, 6)?;
            let factory = h.get(f, 2)?;
            if factory == NONE {
                return Err(crate::str_more::key_error(h, k));
            }
            if h.kind(factory)? != Kind::Obj(Tag::Builtin) {
                return Err(crate::prelude::factory_error());
            }
            let name = h.get(factory, 1)?;
            let name = h.text(name)?;
            let empty = h.tuple(&[])?;
            h.keep(empty)?;
            let v = crate::builtins::call_builtin_named(h, &name, empty, NONE)?;
            h.keep(v)?;
            h.dict_set(d, k, v)?;
            Ok(v)
        }
        _ => Err(crate::str_more::key_error(h, k)),
    }
}

/// The entries of counter `d` by count, largest first (ties in insertion order).
fn most_common(h: &mut Heap, d: u64) -> PyResult<Vec<(u64, u64)>> {
    let (ks, vs) = h.dict_items(d)?;
    let mut out: Vec<(u64, u64)> = Vec::new();
    for (k, v) in ks.into_iter().zip(vs) {
        let mut pos = out.len();
        while pos > 0 && ops::compare_op(h, ops::CmpOp::Gt, v, out[pos - 1].1)? {
            pos -= 1;
        }
        out.insert(pos, (k, v));
    }
    Ok(out)
}

/// The extra methods of a flavored dict or a deque (`None`: not one of them).
pub(crate) fn method(h: &mut Heap, o: u64, name: &str, a: &[u64]) -> PyResult<Option<u64>> {
    if h.kind(o)? == Kind::Obj(Tag::List) {
        return deque_method(h, o, name, a);
    }
    let Some(kind) = flavor(h, o)? else { return Ok(None) };
    Ok(Some(match (kind.as_str(), name) {
        ("Counter", "most_common") => {
            let mut pairs = most_common(h, o)?;
            if let Some(&n) = a.first().filter(|&&n| n != NONE) {
                pairs.truncate(crate::builtins::small_int(h, n)?.max(0) as usize);
            }
            let mut out = Vec::new();
            for (k, v) in pairs {
                let t = h.tuple(&[k, v])?;
                out.push(h.keep(t)?);
            }
            h.list(&out)?
        }
        ("Counter", "elements") => {
            let (ks, vs) = h.dict_items(o)?;
            let mut out = Vec::new();
            for (k, v) in ks.into_iter().zip(vs) {
                out.extend(std::iter::repeat_n(k, as_small(v).max(0) as usize));
            }
            let t = h.tuple(&out)?;
            h.keep(t)?;
            ops::iter(h, t)?
        }
        ("Counter", "update" | "subtract") => {
            for &src in a {
                count_into(h, o, src, if name == "update" { BinOp::Add } else { BinOp::Sub })?;
            }
            NONE
        }
        ("Counter", "total") => {
            let (_, vs) = h.dict_items(o)?;
            let mut acc = int_bits(0);
            for v in vs {
                acc = ops::binop(h, BinOp::Add, acc, v)?;
                h.keep(acc)?;
            }
            acc
        }
        ("OrderedDict", "move_to_end") => {
            arity(name, a, 1, 2)?;
            let last = match a.get(1) {
                Some(&v) => ops::truthy(h, v)?,
                None => true,
            };
            let Some(i) = h.dict_find(o, a[0])? else { return Err(crate::str_more::key_error(h, a[0])) };
            let (mut ks, mut vs) = h.dict_items(o)?;
            let (k, v) = (ks.remove(i), vs.remove(i));
            if last {
                ks.push(k);
                vs.push(v);
            } else {
                ks.insert(0, k);
                vs.insert(0, v);
            }
            rebuild(h, o, &ks, &vs)?;
            NONE
        }
        ("OrderedDict", "popitem") => {
            let last = match a.first() {
                Some(&v) => ops::truthy(h, v)?,
                None => true,
            };
            let n = ops::len(h, o)?;
            if n == 0 {
                return Err(crate::str_more::key_error_text(h, "popitem(): dictionary is empty"));
            }
            let i = if last { n - 1 } else { 0 };
            let (ks, vs) = h.dict_items(o)?;
            h.dict_remove(o, i)?;
            h.tuple(&[ks[i], vs[i]])?
        }
        _ => return Ok(None),
    }))
}

fn rebuild(h: &mut Heap, d: u64, ks: &[u64], vs: &[u64]) -> PyResult<()> {
    for _ in 0..ks.len() {
        h.dict_remove(d, 0)?;
    }
    for (&k, &v) in ks.iter().zip(vs) {
        h.dict_set(d, k, v)?;
    }
    Ok(())
}

fn deque_method(h: &mut Heap, q: u64, name: &str, a: &[u64]) -> PyResult<Option<u64>> {
    if !is_deque(h, q)? {
        return Ok(None);
    }
    let mut items = h.list_items(q)?;
    let maxlen = h.get(q, 3)?;
    let max = if maxlen == NONE { usize::MAX } else { as_small(maxlen) as usize };
    let result = match name {
        "append" | "appendleft" | "extend" | "extendleft" => {
            let new = if name.starts_with("extend") { ops::iterate(h, a[0])? } else { vec![a[0]] };
            for x in new {
                if name.ends_with("left") {
                    items.insert(0, x);
                    items.truncate(max);
                } else {
                    items.push(x);
                    if items.len() > max {
                        items.remove(0);
                    }
                }
            }
            NONE
        }
        "popleft" => {
            if items.is_empty() {
                return Err(PyErr::new("IndexError", "pop from an empty deque".into()));
            }
            items.remove(0)
        }
        "pop" if a.is_empty() => match items.pop() {
            Some(v) => v,
            None => return Err(PyErr::new("IndexError", "pop from an empty deque".into())),
        },
        "rotate" => {
            let n = match a.first() {
                Some(&v) => crate::builtins::small_int(h, v)?,
                None => 1,
            };
            if !items.is_empty() {
                let k = n.rem_euclid(items.len() as i64) as usize;
                items.rotate_right(k);
            }
            NONE
        }
        "copy" => {
            let storage = h.array(&items)?;
            h.keep(storage)?;
            return h.obj(Tag::List, &[int_bits(items.len() as i64), storage, maxlen]).map(Some);
        }
        _ => return Ok(None),
    };
    h.keep(result)?;
    ops::set_list(h, q, &items)?;
    Ok(Some(result))
}

/// The method names a flavored dict or deque adds.
pub(crate) fn extra_methods(h: &mut Heap, o: u64) -> PyResult<&'static [&'static str]> {
    if h.kind(o)? == Kind::Obj(Tag::List) {
        return Ok(if is_deque(h, o)? { &["appendleft", "popleft", "extendleft", "rotate"] } else { &[] });
    }
    if h.kind(o)? != Kind::Obj(Tag::Dict) {
        return Ok(&[]);
    }
    Ok(match flavor(h, o)?.as_deref() {
        Some("Counter") => &["most_common", "elements", "subtract", "total"],
        Some("OrderedDict") => &["move_to_end", "popitem"],
        _ => &[],
    })
}

/// `repr` of a flavored dict or a deque, given the plain repr of its contents.
pub(crate) fn repr(h: &mut Heap, o: u64, plain: String) -> PyResult<String> {
    if h.kind(o)? == Kind::Obj(Tag::List) {
        if !is_deque(h, o)? {
            return Ok(plain);
        }
        let maxlen = h.get(o, 3)?;
        return Ok(if maxlen == NONE {
            format!("deque({plain})")
        } else {
            format!("deque({plain}, maxlen={})", as_small(maxlen))
        });
    }
    Ok(match flavor(h, o)?.as_deref() {
        Some("defaultdict") => {
            let f = h.get(o, 6)?;
            let factory = h.get(f, 2)?;
            format!("defaultdict({}, {plain})", h.repr(factory)?)
        }
        Some("Counter") if ops::len(h, o)? == 0 => "Counter()".into(),
        Some("Counter") => {
            let mut parts = Vec::new();
            for (k, v) in most_common(h, o)? {
                parts.push(format!("{}: {}", h.repr(k)?, h.repr(v)?));
            }
            format!("Counter({{{}}})", parts.join(", "))
        }
        Some("OrderedDict") if ops::len(h, o)? == 0 => "OrderedDict()".into(),
        Some("OrderedDict") => {
            let (ks, vs) = h.dict_items(o)?;
            let mut parts = Vec::new();
            for (k, v) in ks.into_iter().zip(vs) {
                parts.push(format!("({}, {})", h.repr(k)?, h.repr(v)?));
            }
            format!("OrderedDict([{}])", parts.join(", "))
        }
        _ => plain,
    })
}

/// The type name of a list or dict that may be a deque or flavored dict.
pub(crate) fn type_name(h: &mut Heap, o: u64) -> PyResult<Option<String>> {
    if h.kind(o)? == Kind::Obj(Tag::List) {
        return Ok(if is_deque(h, o)? { Some("deque".into()) } else { None });
    }
    flavor(h, o)
}
