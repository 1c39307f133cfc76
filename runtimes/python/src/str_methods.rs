//! The methods of `str`, with CPython's argument forms (`split(sep, maxsplit)`,
//! `find(sub, start, end)`, `startswith(tuple)`, ...). Positions are in code points.

use crate::builtins::small_int;
use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, NONE, bool_, int_bits};
use crate::ops;

/// The methods of `str`.
pub(crate) const NAMES: &[&str] = &[
    "upper",
    "lower",
    "casefold",
    "swapcase",
    "capitalize",
    "title",
    "strip",
    "lstrip",
    "rstrip",
    "split",
    "rsplit",
    "splitlines",
    "join",
    "replace",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "startswith",
    "endswith",
    "isdigit",
    "isdecimal",
    "isnumeric",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "istitle",
    "isidentifier",
    "isascii",
    "zfill",
    "center",
    "ljust",
    "rjust",
    "partition",
    "rpartition",
    "expandtabs",
    "format",
    "removeprefix",
    "removesuffix",
    "encode",
    "translate",
];

fn want(name: &str, a: &[u64], lo: usize, hi: usize) -> PyResult<()> {
    if a.len() < lo || a.len() > hi {
        let expect = if lo == hi { format!("exactly {lo}") } else { format!("at most {hi}") };
        let plural = if hi == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!("{name}() takes {expect} argument{plural} ({} given)", a.len())));
    }
    Ok(())
}

fn text_arg(h: &mut Heap, v: u64) -> PyResult<String> {
    if h.kind(v)? != Kind::Str {
        let t = ops::type_name(h, v)?;
        return Err(PyErr::type_error(format!("must be str, not {t}")));
    }
    h.text(v)
}

fn str_list(h: &mut Heap, parts: Vec<String>) -> PyResult<u64> {
    let mut items = Vec::with_capacity(parts.len());
    for p in parts {
        let v = h.str(&p)?;
        items.push(h.keep(v)?);
    }
    h.list(&items)
}

/// The code-point range `[start, end)` of optional slice arguments (negative from the end).
fn bounds(h: &mut Heap, a: &[u64], n: usize) -> PyResult<(usize, usize)> {
    let get = |h: &mut Heap, i: usize, default: i64| -> PyResult<i64> {
        match a.get(i) {
            Some(&v) if v != NONE => small_int(h, v),
            _ => Ok(default),
        }
    };
    let fix = |x: i64| if x < 0 { (x + n as i64).max(0) as usize } else { (x as usize).min(n) };
    Ok((fix(get(h, 0, 0)?), fix(get(h, 1, n as i64)?)))
}

/// `text.split(sep, maxsplit)` / `rsplit` as CPython splits.
fn split(text: &str, sep: Option<&str>, max: i64, right: bool) -> Vec<String> {
    let max = if max < 0 { usize::MAX } else { max as usize };
    match sep {
        Some(sep) => {
            if right {
                let mut v: Vec<String> = text.rsplitn(max.saturating_add(1), sep).map(String::from).collect();
                v.reverse();
                v
            } else {
                text.splitn(max.saturating_add(1), sep).map(String::from).collect()
            }
        }
        None => {
            let chars: Vec<char> = if right { text.chars().rev().collect() } else { text.chars().collect() };
            let mut out = Vec::new();
            let mut i = 0;
            loop {
                while i < chars.len() && chars[i].is_whitespace() {
                    i += 1;
                }
                if i >= chars.len() {
                    break;
                }
                if out.len() == max {
                    let mut rest: String = chars[i..].iter().collect();
                    if right {
                        rest = rest.chars().rev().collect();
                    }
                    out.push(rest);
                    break;
                }
                let start = i;
                while i < chars.len() && !chars[i].is_whitespace() {
                    i += 1;
                }
                let word: String =
                    if right { chars[start..i].iter().rev().collect() } else { chars[start..i].iter().collect() };
                out.push(word);
            }
            if right {
                out.reverse();
            }
            out
        }
    }
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn splitlines(text: &str, keep: bool) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        if is_line_break(chars[i]) {
            let mut end = i + 1;
            if chars[i] == '\r' && chars.get(i + 1) == Some(&'\n') {
                end += 1;
            }
            out.push(chars[start..if keep { end } else { i }].iter().collect());
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < chars.len() {
        out.push(chars[start..].iter().collect());
    }
    out
}

fn title(text: &str) -> String {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in text.chars() {
        if prev_cased {
            out.extend(c.to_lowercase())
        } else {
            out.extend(c.to_uppercase())
        }
        prev_cased = c.is_lowercase() || c.is_uppercase();
    }
    out
}

fn istitle(text: &str) -> bool {
    let (mut prev_cased, mut any) = (false, false);
    for c in text.chars() {
        if c.is_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    any
}

fn expandtabs(text: &str, size: usize) -> String {
    let mut out = String::new();
    let mut col = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(' ', n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

fn predicate(name: &str, text: &str) -> bool {
    let all = |f: fn(char) -> bool| !text.is_empty() && text.chars().all(f);
    match name {
        "isdigit" | "isdecimal" => all(|c| c.is_ascii_digit()),
        "isnumeric" => all(char::is_numeric),
        "isalpha" => all(char::is_alphabetic),
        "isalnum" => all(char::is_alphanumeric),
        "isspace" => all(char::is_whitespace),
        "isascii" => text.is_ascii(),
        "isupper" => text.chars().any(char::is_uppercase) && !text.chars().any(char::is_lowercase),
        "islower" => text.chars().any(char::is_lowercase) && !text.chars().any(char::is_uppercase),
        "istitle" => istitle(text),
        _ => {
            let mut cs = text.chars();
            cs.next().is_some_and(|c| c == '_' || c.is_alphabetic()) && cs.all(|c| c == '_' || c.is_alphanumeric())
        }
    }
}

/// Calls method `name` of str `s`.
pub(crate) fn call(h: &mut Heap, s: u64, name: &str, a: &[u64]) -> PyResult<u64> {
    let text = h.text(s)?;
    let result: String = match name {
        "upper" | "lower" | "casefold" | "swapcase" | "capitalize" | "title" => {
            want(name, a, 0, 0)?;
            match name {
                "upper" => text.to_uppercase(),
                "lower" => text.to_lowercase(),
                "casefold" => text.to_lowercase().replace('ß', "ss"),
                "swapcase" => text
                    .chars()
                    .flat_map(|c| {
                        if c.is_uppercase() { c.to_lowercase().collect::<Vec<_>>() } else { c.to_uppercase().collect() }
                    })
                    .collect(),
                "capitalize" => {
                    let mut cs = text.chars();
                    match cs.next() {
                        Some(c) => c.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase(),
                        None => String::new(),
                    }
                }
                _ => title(&text),
            }
        }
        n if n.starts_with("is") => {
            want(name, a, 0, 0)?;
            return Ok(bool_(predicate(name, &text)));
        }
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
        "split" | "rsplit" => {
            want(name, a, 0, 2)?;
            let sep = match a.first() {
                Some(&v) if v != NONE => Some(text_arg(h, v)?),
                _ => None,
            };
            if sep.as_deref() == Some("") {
                return Err(PyErr::new("ValueError", "empty separator".into()));
            }
            let max = match a.get(1) {
                Some(&v) => small_int(h, v)?,
                None => -1,
            };
            let parts = split(&text, sep.as_deref(), max, name == "rsplit");
            return str_list(h, parts);
        }
        "splitlines" => {
            want(name, a, 0, 1)?;
            let keep = match a.first() {
                Some(&v) => ops::truthy(h, v)?,
                None => false,
            };
            return str_list(h, splitlines(&text, keep));
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
            want(name, a, 2, 3)?;
            let (from, to) = (text_arg(h, a[0])?, text_arg(h, a[1])?);
            match a.get(2) {
                Some(&n) if small_int(h, n)? >= 0 => {
                    let n = small_int(h, n)? as usize;
                    if from.is_empty() {
                        let mut out = String::new();
                        for (i, c) in text.chars().enumerate() {
                            if i < n {
                                out.push_str(&to);
                            }
                            out.push(c);
                        }
                        if n > text.chars().count() {
                            out.push_str(&to);
                        }
                        out
                    } else {
                        text.replacen(&from, &to, n)
                    }
                }
                _ => text.replace(&from, &to),
            }
        }
        "find" | "rfind" | "index" | "rindex" | "count" => {
            want(name, a, 1, 3)?;
            let sub: Vec<char> = text_arg(h, a[0])?.chars().collect();
            let chars: Vec<char> = text.chars().collect();
            let (start, end) = bounds(h, &a[1..], chars.len())?;
            let hay = if start <= end { &chars[start..end] } else { &chars[0..0] };
            if name == "count" {
                if start > end {
                    return Ok(int_bits(0));
                }
                if sub.is_empty() {
                    return Ok(int_bits(hay.len() as i64 + 1));
                }
                let (mut n, mut i) = (0, 0);
                while i + sub.len() <= hay.len() {
                    if hay[i..i + sub.len()] == sub[..] {
                        n += 1;
                        i += sub.len();
                    } else {
                        i += 1;
                    }
                }
                return Ok(int_bits(n));
            }
            let found = if start > end || sub.len() > hay.len() {
                None
            } else {
                let mut positions = 0..=hay.len() - sub.len();
                let hit = |&i: &usize| hay[i..i + sub.len()] == sub[..];
                if name.starts_with('r') { positions.rev().find(hit) } else { positions.find(hit) }
            };
            return match found {
                Some(i) => Ok(int_bits((i + start) as i64)),
                None if name.contains("find") => Ok(int_bits(-1)),
                None => Err(PyErr::new("ValueError", "substring not found".into())),
            };
        }
        "startswith" | "endswith" => {
            want(name, a, 1, 3)?;
            let chars: Vec<char> = text.chars().collect();
            let (start, end) = bounds(h, &a[1..], chars.len())?;
            let part: String = if start <= end { chars[start..end].iter().collect() } else { String::new() };
            let options =
                if h.kind(a[0])? == Kind::Obj(crate::obj::Tag::Tuple) { h.tuple_items(a[0])? } else { vec![a[0]] };
            for o in options {
                let p = text_arg(h, o)?;
                let hit = if name == "startswith" { part.starts_with(&p) } else { part.ends_with(&p) };
                if hit && start <= end {
                    return Ok(bool_(true));
                }
            }
            return Ok(bool_(false));
        }
        "zfill" => {
            want(name, a, 1, 1)?;
            let width = small_int(h, a[0])?.max(0) as usize;
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
        }
        "center" | "ljust" | "rjust" => {
            want(name, a, 1, 2)?;
            let width = small_int(h, a[0])?.max(0) as usize;
            let fill = match a.get(1) {
                Some(&f) => {
                    let f = text_arg(h, f)?;
                    let mut cs = f.chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => c,
                        _ => {
                            return Err(PyErr::type_error(
                                "The fill character must be exactly one character long".into(),
                            ));
                        }
                    }
                }
                None => ' ',
            };
            let n = text.chars().count();
            if n >= width {
                text
            } else {
                let pad = width - n;
                let rep = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
                match name {
                    // CPython's centering puts the odd space on the left when width is odd.
                    "center" => {
                        let left = pad / 2 + (pad & width & 1);
                        rep(left) + &text + &rep(pad - left)
                    }
                    "ljust" => text + &rep(pad),
                    _ => rep(pad) + &text,
                }
            }
        }
        "partition" | "rpartition" => {
            want(name, a, 1, 1)?;
            let sep = text_arg(h, a[0])?;
            if sep.is_empty() {
                return Err(PyErr::new("ValueError", "empty separator".into()));
            }
            let found = if name == "partition" { text.find(&sep) } else { text.rfind(&sep) };
            let parts = match found {
                Some(i) => [text[..i].to_string(), sep.clone(), text[i + sep.len()..].to_string()],
                None if name == "partition" => [text.clone(), String::new(), String::new()],
                None => [String::new(), String::new(), text.clone()],
            };
            let mut items = Vec::new();
            for p in parts {
                let v = h.str(&p)?;
                items.push(h.keep(v)?);
            }
            return h.tuple(&items);
        }
        "expandtabs" => {
            want(name, a, 0, 1)?;
            let size = match a.first() {
                Some(&v) => small_int(h, v)?.max(0) as usize,
                None => 8,
            };
            expandtabs(&text, size)
        }
        "removeprefix" => {
            want(name, a, 1, 1)?;
            let p = text_arg(h, a[0])?;
            text.strip_prefix(p.as_str()).unwrap_or(&text).to_string()
        }
        "removesuffix" => {
            want(name, a, 1, 1)?;
            let p = text_arg(h, a[0])?;
            text.strip_suffix(p.as_str()).unwrap_or(&text).to_string()
        }
        "format" => crate::str_format::format_method(h, &text, a)?,
        "translate" => {
            want(name, a, 1, 1)?;
            crate::str_more::translate(h, &text, a[0])?
        }
        "encode" => return crate::str_more::encode(h, &text, a),
        _ => return Err(PyErr::new("AttributeError", format!("'str' object has no attribute '{name}'"))),
    };
    h.str(&result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_like_cpython() {
        assert_eq!(split("  a b  c ", None, 1, false), ["a", "b  c "]);
        assert_eq!(split("  a b  c ", None, 1, true), ["  a b", "c"]);
        assert_eq!(split("a,b,c", Some(","), 1, true), ["a,b", "c"]);
        assert_eq!(splitlines("a\r\nb\rc\n", true), ["a\r\n", "b\r", "c\n"]);
        assert_eq!(expandtabs("a\tbc\td", 4), "a   bc  d");
        assert!(istitle("Hello World") && !istitle("Hello world"));
    }
}
