//! Methods of list, dict and tuple (str's are in `str_methods.rs`).

use crate::builtins::small_int;
use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, NONE, int_bits};
use crate::ops::{self, CmpOp, equal, set_list};

fn want(name: &str, a: &[u64], lo: usize, hi: usize) -> PyResult<()> {
    if a.len() < lo || a.len() > hi {
        return Err(PyErr::type_error(format!("{name}() takes the wrong number of arguments ({} given)", a.len())));
    }
    Ok(())
}

/// A method of a list.
pub fn list_method(h: &mut Heap, l: u64, name: &str, a: &[u64]) -> PyResult<u64> {
    match name {
        "append" => {
            want(name, a, 1, 1)?;
            h.list_push(l, a[0])?;
            Ok(NONE)
        }
        "pop" => {
            want(name, a, 0, 1)?;
            let mut items = h.list_items(l)?;
            if items.is_empty() {
                return Err(PyErr::new("IndexError", "pop from empty list".into()));
            }
            let n = items.len() as i64;
            let i = match a.first() {
                Some(&i) => small_int(h, i)?,
                None => n - 1,
            };
            let i = if i < 0 { i + n } else { i };
            if i < 0 || i >= n {
                return Err(PyErr::new("IndexError", "pop index out of range".into()));
            }
            let v = items.remove(i as usize);
            let _p = h.pin(v)?;
            set_list(h, l, &items)?;
            Ok(v)
        }
        "insert" => {
            want(name, a, 2, 2)?;
            let mut items = h.list_items(l)?;
            let n = items.len() as i64;
            let i = small_int(h, a[0])?;
            let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
            items.insert(i as usize, a[1]);
            set_list(h, l, &items)?;
            Ok(NONE)
        }
        "extend" => {
            want(name, a, 1, 1)?;
            for x in ops::iterate(h, a[0])? {
                h.list_push(l, x)?;
            }
            Ok(NONE)
        }
        "index" | "count" | "remove" => {
            want(name, a, 1, 1)?;
            let items = h.list_items(l)?;
            seq_search(h, l, &items, name, a[0])
        }
        "reverse" => {
            let mut items = h.list_items(l)?;
            items.reverse();
            set_list(h, l, &items)?;
            Ok(NONE)
        }
        "sort" => {
            let items = h.list_items(l)?;
            let items = crate::builtins::sort(h, items, NONE)?;
            set_list(h, l, &items)?;
            Ok(NONE)
        }
        "copy" => {
            let items = h.list_items(l)?;
            h.list(&items)
        }
        "clear" => {
            set_list(h, l, &[])?;
            Ok(NONE)
        }
        _ => Err(PyErr::new("AttributeError", format!("'list' object has no attribute '{name}'"))),
    }
}

fn seq_search(h: &mut Heap, l: u64, items: &[u64], name: &str, x: u64) -> PyResult<u64> {
    let mut count = 0;
    for (i, &item) in items.iter().enumerate() {
        if equal(h, item, x)? {
            match name {
                "index" => return Ok(int_bits(i as i64)),
                "remove" => {
                    let mut rest = items.to_vec();
                    rest.remove(i);
                    set_list(h, l, &rest)?;
                    return Ok(NONE);
                }
                _ => count += 1,
            }
        }
    }
    match name {
        "count" => Ok(int_bits(count)),
        "remove" => Err(PyErr::new("ValueError", "list.remove(x): x not in list".into())),
        _ => {
            let r = h.repr(x)?;
            let what = if h.kind(l)? == Kind::Obj(crate::obj::Tag::Tuple) {
                "tuple.index(x): x not in tuple".to_string()
            } else {
                format!("{r} is not in list")
            };
            Err(PyErr::new("ValueError", what))
        }
    }
}

/// A method of a tuple.
pub fn tuple_method(h: &mut Heap, t: u64, name: &str, a: &[u64]) -> PyResult<u64> {
    want(name, a, 1, 1)?;
    let items = h.tuple_items(t)?;
    seq_search(h, t, &items, name, a[0])
}

/// A method of a dict.
pub fn dict_method(h: &mut Heap, d: u64, name: &str, a: &[u64]) -> PyResult<u64> {
    match name {
        "get" => {
            want(name, a, 1, 2)?;
            match h.dict_find(d, a[0])? {
                Some(i) => h.dict_value(d, i),
                None => Ok(a.get(1).copied().unwrap_or(NONE)),
            }
        }
        "keys" | "values" | "items" => {
            let (ks, vs) = h.dict_items(d)?;
            let items = match name {
                "keys" => ks,
                "values" => vs,
                _ => {
                    let mut out = Vec::new();
                    let mut pins = Vec::new();
                    for (k, v) in ks.into_iter().zip(vs) {
                        let t = h.tuple(&[k, v])?;
                        pins.push(h.pin(t)?);
                        out.push(t);
                    }
                    out
                }
            };
            h.list(&items)
        }
        "pop" => {
            want(name, a, 1, 2)?;
            match h.dict_find(d, a[0])? {
                Some(i) => {
                    let v = h.dict_value(d, i)?;
                    h.dict_remove(d, i)?;
                    Ok(v)
                }
                None => match a.get(1) {
                    Some(&x) => Ok(x),
                    None => Err(crate::str_more::key_error(h, a[0])),
                },
            }
        }
        "setdefault" => {
            want(name, a, 1, 2)?;
            match h.dict_find(d, a[0])? {
                Some(i) => h.dict_value(d, i),
                None => {
                    let v = a.get(1).copied().unwrap_or(NONE);
                    h.dict_set(d, a[0], v)?;
                    Ok(v)
                }
            }
        }
        "update" => {
            want(name, a, 1, 1)?;
            let (ks, vs) = h.dict_items(a[0])?;
            for (k, v) in ks.into_iter().zip(vs) {
                h.dict_set(d, k, v)?;
            }
            Ok(NONE)
        }
        "copy" => {
            let n = h.dict()?;
            let _p = h.pin(n)?;
            let (ks, vs) = h.dict_items(d)?;
            for (k, v) in ks.into_iter().zip(vs) {
                h.dict_set(n, k, v)?;
            }
            Ok(n)
        }
        "clear" => {
            let (ks, _) = h.dict_items(d)?;
            for _ in ks {
                h.dict_remove(d, 0)?;
            }
            Ok(NONE)
        }
        _ => {
            let _ = CmpOp::Eq;
            Err(PyErr::new("AttributeError", format!("'dict' object has no attribute '{name}'")))
        }
    }
}
