//! Methods of list, str, dict and tuple.

use crate::builtins::small_int;
use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, NONE, bool_, int_bits};
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

fn text_arg(h: &mut Heap, v: u64) -> PyResult<String> {
    if h.kind(v)? != Kind::Str {
        let t = ops::type_name(h, v)?;
        return Err(PyErr::type_error(format!("must be str, not {t}")));
    }
    h.text(v)
}

/// A method of a str.
pub fn str_method(h: &mut Heap, s: u64, name: &str, a: &[u64]) -> PyResult<u64> {
    let text = h.text(s)?;
    let result: String = match name {
        "upper" | "lower" | "capitalize" | "title" | "isdigit" | "isalpha" | "isspace" | "isupper" | "islower"
            if !a.is_empty() =>
        {
            return Err(PyErr::type_error(format!("str.{name}() takes no arguments ({} given)", a.len())));
        }
        "upper" => text.to_uppercase(),
        "lower" => text.to_lowercase(),
        "strip" | "lstrip" | "rstrip" => {
            want(name, a, 0, 1)?;
            let chars: Option<Vec<char>> = match a.first() {
                Some(&c) if c != NONE => Some(text_arg(h, c)?.chars().collect()),
                _ => None,
            };
            let pat = |c: char| match &chars {
                Some(cs) => cs.contains(&c),
                None => c.is_whitespace(),
            };
            match name {
                "strip" => text.trim_matches(pat),
                "lstrip" => text.trim_start_matches(pat),
                _ => text.trim_end_matches(pat),
            }
            .to_string()
        }
        "split" => {
            want(name, a, 0, 1)?;
            let parts: Vec<String> = match a.first() {
                Some(&sep) if sep != NONE => {
                    let sep = text_arg(h, sep)?;
                    if sep.is_empty() {
                        return Err(PyErr::new("ValueError", "empty separator".into()));
                    }
                    text.split(sep.as_str()).map(String::from).collect()
                }
                _ => text.split_whitespace().map(String::from).collect(),
            };
            let mut items = Vec::new();
            let mut pins = Vec::new();
            for p in parts {
                let v = h.str(&p)?;
                pins.push(h.pin(v)?);
                items.push(v);
            }
            return h.list(&items);
        }
        "join" => {
            want(name, a, 1, 1)?;
            let mut parts = Vec::new();
            for x in ops::iterate(h, a[0])? {
                if h.kind(x)? != Kind::Str {
                    let t = ops::type_name(h, x)?;
                    return Err(PyErr::type_error(format!(
                        "sequence item {}: expected str instance, {t} found",
                        parts.len()
                    )));
                }
                parts.push(h.text(x)?);
            }
            parts.join(&text)
        }
        "replace" => {
            want(name, a, 2, 2)?;
            let (from, to) = (text_arg(h, a[0])?, text_arg(h, a[1])?);
            text.replace(&from, &to)
        }
        "startswith" | "endswith" | "find" | "count" | "index" => {
            want(name, a, 1, 1)?;
            let p = text_arg(h, a[0])?;
            return Ok(match name {
                "startswith" => bool_(text.starts_with(&p)),
                "endswith" => bool_(text.ends_with(&p)),
                "count" => int_bits(if p.is_empty() {
                    text.chars().count() as i64 + 1
                } else {
                    text.matches(&p).count() as i64
                }),
                _ => match text.find(&p) {
                    Some(b) => int_bits(text[..b].chars().count() as i64),
                    None if name == "find" => int_bits(-1),
                    None => return Err(PyErr::new("ValueError", "substring not found".into())),
                },
            });
        }
        "isdigit" | "isalpha" | "isspace" | "isupper" | "islower" => {
            let ok = !text.is_empty()
                && match name {
                    "isdigit" => text.chars().all(|c| c.is_ascii_digit()),
                    "isalpha" => text.chars().all(char::is_alphabetic),
                    "isspace" => text.chars().all(char::is_whitespace),
                    "isupper" => text.chars().any(char::is_uppercase) && !text.chars().any(char::is_lowercase),
                    _ => text.chars().any(char::is_lowercase) && !text.chars().any(char::is_uppercase),
                };
            return Ok(bool_(ok));
        }
        "capitalize" => {
            let mut cs = text.chars();
            match cs.next() {
                Some(c) => c.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase(),
                None => String::new(),
            }
        }
        "title" => {
            let mut out = String::new();
            let mut prev_alpha = false;
            for c in text.chars() {
                if prev_alpha {
                    out.extend(c.to_lowercase())
                } else {
                    out.extend(c.to_uppercase())
                }
                prev_alpha = c.is_alphabetic();
            }
            out
        }
        "zfill" | "center" | "ljust" | "rjust" => {
            want(name, a, 1, 2)?;
            let width = small_int(h, a[0])?.max(0) as usize;
            let fill = match a.get(1) {
                Some(&f) => text_arg(h, f)?.chars().next().unwrap_or(' '),
                None => {
                    if name == "zfill" {
                        '0'
                    } else {
                        ' '
                    }
                }
            };
            let spec = match name {
                "zfill" => format!("0{width}"),
                "center" => format!("{fill}^{width}"),
                "ljust" => format!("{fill}<{width}"),
                _ => format!("{fill}>{width}"),
            };
            if name == "zfill" {
                let n = text.chars().count();
                if n >= width {
                    text
                } else {
                    let (sign, digits) = match text.chars().next() {
                        Some(c @ ('-' | '+')) => (c.to_string(), text[1..].to_string()),
                        _ => (String::new(), text.clone()),
                    };
                    sign + &"0".repeat(width - n) + &digits
                }
            } else {
                h.format(s, &spec)?
            }
        }
        "format" => str_format(h, &text, a)?,
        _ => return Err(PyErr::new("AttributeError", format!("'str' object has no attribute '{name}'"))),
    };
    h.str(&result)
}

fn str_format(h: &mut Heap, f: &str, a: &[u64]) -> PyResult<String> {
    let mut out = String::new();
    let mut auto = 0;
    let mut chars = f.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '{' => {
                let mut field = String::new();
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                    field.push(c);
                }
                let (key, spec) = field.split_once(':').unwrap_or((&field, ""));
                let index = if key.is_empty() {
                    auto += 1;
                    auto - 1
                } else {
                    key.parse::<usize>().map_err(|_| PyErr::new("KeyError", format!("'{key}'")))?
                };
                let v = *a.get(index).ok_or_else(|| {
                    PyErr::new(
                        "IndexError",
                        format!("Replacement index {index} out of range for positional args tuple"),
                    )
                })?;
                out.push_str(&h.format(v, spec)?);
            }
            c => out.push(c),
        }
    }
    Ok(out)
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
                    None => Err(PyErr::new("KeyError", h.repr(a[0])?)),
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
