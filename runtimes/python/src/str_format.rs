//! `str.format` (fields with indexes, attributes, items, conversions and nested specs) and
//! `%` formatting (flags, width, precision, `%(key)s` with a mapping, `%c`).

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, Tag};
use crate::ops;

/// `text.format(*a)`.
pub(crate) fn format_method(h: &mut Heap, text: &str, a: &[u64]) -> PyResult<String> {
    let mut out = String::new();
    let mut auto = 0usize;
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' && chars.get(i + 1) == Some(&'{') || c == '}' && chars.get(i + 1) == Some(&'}') {
            out.push(c);
            i += 2;
            continue;
        }
        if c == '}' {
            return Err(PyErr::new("ValueError", "Single '}' encountered in format string".into()));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        // A field: up to the matching '}' (specs may nest one level of fields).
        let mut depth = 1;
        let mut j = i + 1;
        while j < chars.len() {
            match chars[j] {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= chars.len() {
            return Err(PyErr::new("ValueError", "expected '}' before end of string".into()));
        }
        let field: String = chars[i + 1..j].iter().collect();
        out.push_str(&field_text(h, &field, a, &mut auto)?);
        i = j + 1;
    }
    Ok(out)
}

fn field_text(h: &mut Heap, field: &str, a: &[u64], auto: &mut usize) -> PyResult<String> {
    let (head, spec) = match field.find(':') {
        Some(p) => (&field[..p], &field[p + 1..]),
        None => (field, ""),
    };
    let (name, conv) = match head.find('!') {
        Some(p) => (&head[..p], Some(&head[p + 1..])),
        None => (head, None),
    };
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let index = if first.is_empty() {
        *auto += 1;
        *auto - 1
    } else {
        first.parse::<usize>().map_err(|_| PyErr::new("KeyError", format!("'{first}'")))?
    };
    let mut v = *a.get(index).ok_or_else(|| {
        PyErr::new("IndexError", format!("Replacement index {index} out of range for positional args tuple"))
    })?;
    let spec = if spec.contains('{') {
        let nested = spec.matches("{}").count();
        let s = format_method(h, spec, &a[(*auto).min(a.len())..])?;
        *auto += nested;
        s
    } else {
        spec.to_string()
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            v = h.getattr(v, &r[..end])?;
            h.keep(v)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').ok_or_else(|| PyErr::new("ValueError", "Missing ']' in format string".into()))?;
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(n) => h.int(&n.into())?,
                Err(_) => h.str(key)?,
            };
            h.keep(k)?;
            v = ops::getitem(h, v, k)?;
            rest = &r[end + 1..];
        } else {
            return Err(PyErr::new("ValueError", "Only '.' or '[' may follow ']' in format field specifier".into()));
        }
    }
    let v = match conv {
        None => v,
        Some("r") | Some("a") => {
            let s = h.repr(v)?;
            h.str(&s)?
        }
        Some("s") => {
            let s = h.str_of(v)?;
            h.str(&s)?
        }
        Some(c) => return Err(PyErr::new("ValueError", format!("Unknown conversion specifier {c}"))),
    };
    h.keep(v)?;
    if h.kind(v)? == Kind::Inst {
        // Its `__format__` or `__str__`: the prelude's `str.format` redoes the whole call.
        return Err(PyErr::new(
            "NotImplementedError",
            format!("__format__ of an object in str.format {} (not supported yet)", crate::dunder::INNER),
        ));
    }
    h.format(v, &spec)
}

/// `fmt % args` for str.
pub(crate) fn percent(h: &mut Heap, fmt: &str, args: u64) -> PyResult<String> {
    let f: Vec<char> = fmt.chars().collect();
    let is_map = h.kind(args)? == Kind::Obj(Tag::Dict);
    let values = if h.kind(args)? == Kind::Obj(Tag::Tuple) { h.tuple_items(args)? } else { vec![args] };
    let mut next = values.into_iter();
    let mut out = String::new();
    let mut i = 0;
    while i < f.len() {
        if f[i] != '%' {
            out.push(f[i]);
            i += 1;
            continue;
        }
        i += 1;
        let mut key = None;
        if f.get(i) == Some(&'(') {
            let end = f[i..].iter().position(|&c| c == ')').map(|p| p + i);
            let Some(end) = end else { return Err(PyErr::new("ValueError", "incomplete format key".into())) };
            key = Some(f[i + 1..end].iter().collect::<String>());
            i = end + 1;
        }
        let start = i;
        while i < f.len() && "-+ #0123456789.".contains(f[i]) {
            i += 1;
        }
        let Some(&code) = f.get(i) else { return Err(PyErr::new("ValueError", "incomplete format".into())) };
        i += 1;
        if code == '%' {
            out.push('%');
            continue;
        }
        let v = match &key {
            Some(k) if is_map => {
                let kv = h.str(k)?;
                h.keep(kv)?;
                ops::getitem(h, args, kv)?
            }
            Some(_) => return Err(PyErr::type_error("format requires a mapping".into())),
            None => next.next().ok_or_else(|| PyErr::type_error("not enough arguments for format string".into()))?,
        };
        let flags: String = f[start..i - 1].iter().collect();
        out.push_str(&convert(h, &flags, code, v)?);
    }
    if !is_map && next.next().is_some() {
        return Err(PyErr::type_error("not all arguments converted during string formatting".into()));
    }
    Ok(out)
}

/// One `%` conversion: the flags map onto a format spec.
fn convert(h: &mut Heap, flags: &str, code: char, v: u64) -> PyResult<String> {
    let left = flags.contains('-');
    let zero = flags.contains('0') && !left && !flags.starts_with('.') && {
        let digits = flags.trim_start_matches(['-', '+', ' ', '#']);
        digits.starts_with('0')
    };
    let sign = if flags.contains('+') {
        "+"
    } else if flags.contains(' ') {
        " "
    } else {
        ""
    };
    let alt = if flags.contains('#') { "#" } else { "" };
    let rest = flags.trim_start_matches(['-', '+', ' ', '#', '0']);
    let align = if left { "<" } else { ">" };
    let (value, ty) = match code {
        's' | 'r' | 'a' => {
            let s = if code == 's' { h.str_of(v)? } else { h.repr(v)? };
            let sv = h.str(&s)?;
            h.keep(sv)?;
            return h.format(sv, &format!("{align}{rest}"));
        }
        'c' => {
            let s = match h.kind(v)? {
                Kind::Int(n) => char::from_u32(n as u32).map(String::from).unwrap_or_default(),
                _ => h.text(v)?,
            };
            let sv = h.str(&s)?;
            h.keep(sv)?;
            return h.format(sv, &format!("{align}{rest}"));
        }
        'i' | 'u' | 'd' => (int_value(h, v)?, 'd'),
        'x' | 'X' | 'o' => (int_value(h, v)?, code),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => (v, code),
        _ => {
            return Err(PyErr::new(
                "ValueError",
                format!("unsupported format character '{code}' (0x{:x})", code as u32),
            ));
        }
    };
    let zero = if zero { "0" } else { "" };
    let align = if left {
        "<"
    } else if zero.is_empty() {
        ">"
    } else {
        ""
    };
    let spec = format!("{align}{sign}{alt}{zero}{rest}{ty}");
    let s = h.format(value, &spec)?;
    // %o's alternate form is 0o like format's; %x's is 0x.
    Ok(s)
}

fn int_value(h: &mut Heap, v: u64) -> PyResult<u64> {
    match h.num(v)? {
        Some(crate::num::Num::Int(_)) => Ok(v),
        Some(crate::num::Num::Float(f)) => {
            let i: num_bigint::BigInt = num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default();
            let x = h.int(&i)?;
            h.keep(x)
        }
        None => {
            let t = ops::type_name(h, v)?;
            Err(PyErr::type_error(format!("%d format: a real number is required, not {t}")))
        }
    }
}
