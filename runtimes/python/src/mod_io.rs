//! `io.StringIO`: `[STRINGIO, text, position]` (position in code points). `print(file=buf)`
//! writes into it.

use crate::err::{PyErr, PyResult};
use crate::modules::arity;
use crate::obj::{Heap, Kind, NONE, Tag, as_small, int_bits};

/// The functions (types) of `io`.
pub(crate) const FUNCS: &[&str] = &["StringIO"];

/// The methods of a StringIO.
pub(crate) const METHODS: &[&str] =
    &["write", "getvalue", "read", "readline", "readlines", "seek", "tell", "close", "truncate"];

/// Calls `io.name`.
pub(crate) fn call(h: &mut Heap, name: &str, a: &[u64]) -> PyResult<u64> {
    match name {
        "StringIO" => {
            arity(name, a, 0, 1)?;
            let init = match a.first() {
                Some(&v) if v != NONE => v,
                _ => h.str("")?,
            };
            h.keep(init)?;
            h.obj(Tag::StringIO, &[init, int_bits(0)])
        }
        _ => Err(PyErr::new("AttributeError", format!("module 'io' has no attribute '{name}'"))),
    }
}

/// Writes `text` at the position (overwriting, then extending) and moves past it.
pub(crate) fn write(h: &mut Heap, o: u64, text: &str) -> PyResult<()> {
    let cur = h.get(o, 1)?;
    let mut chars: Vec<char> = h.text(cur)?.chars().collect();
    let pos = as_small(h.get(o, 2)?) as usize;
    if pos > chars.len() {
        chars.resize(pos, '\0');
    }
    let new: Vec<char> = text.chars().collect();
    let end = (pos + new.len()).min(chars.len());
    chars.splice(pos..end, new.iter().copied());
    let s: String = chars.into_iter().collect();
    let v = h.str(&s)?;
    h.set(o, 1, v)?;
    h.set(o, 2, int_bits((pos + new.len()) as i64))
}

fn rest(h: &mut Heap, o: u64) -> PyResult<(Vec<char>, usize)> {
    let cur = h.get(o, 1)?;
    let chars: Vec<char> = h.text(cur)?.chars().collect();
    let pos = (as_small(h.get(o, 2)?) as usize).min(chars.len());
    Ok((chars, pos))
}

fn readline(h: &mut Heap, o: u64) -> PyResult<String> {
    let (chars, pos) = rest(h, o)?;
    let end = chars[pos..].iter().position(|&c| c == '\n').map(|i| pos + i + 1).unwrap_or(chars.len());
    h.set(o, 2, int_bits(end as i64))?;
    Ok(chars[pos..end].iter().collect())
}

/// The remaining lines (for iteration and `readlines`).
pub(crate) fn lines(h: &mut Heap, o: u64) -> PyResult<Vec<u64>> {
    let mut out = Vec::new();
    loop {
        let line = readline(h, o)?;
        if line.is_empty() {
            return Ok(out);
        }
        let v = h.str(&line)?;
        out.push(h.keep(v)?);
    }
}

/// Calls method `name` of StringIO `o`.
pub(crate) fn method(h: &mut Heap, o: u64, name: &str, a: &[u64]) -> PyResult<u64> {
    match name {
        "write" => {
            arity(name, a, 1, 1)?;
            if h.kind(a[0])? != Kind::Str {
                let t = crate::ops::type_name(h, a[0])?;
                return Err(PyErr::type_error(format!("string argument expected, got '{t}'")));
            }
            let text = h.text(a[0])?;
            write(h, o, &text)?;
            Ok(int_bits(text.chars().count() as i64))
        }
        "getvalue" => h.get(o, 1),
        "read" => {
            let (chars, pos) = rest(h, o)?;
            let n = match a.first() {
                Some(&v) if v != NONE && as_small(v) >= 0 => as_small(v) as usize,
                _ => chars.len() - pos,
            };
            let end = (pos + n).min(chars.len());
            h.set(o, 2, int_bits(end as i64))?;
            let s: String = chars[pos..end].iter().collect();
            h.str(&s)
        }
        "readline" => {
            let s = readline(h, o)?;
            h.str(&s)
        }
        "readlines" => {
            let items = lines(h, o)?;
            h.list(&items)
        }
        "seek" => {
            arity(name, a, 1, 2)?;
            let p = crate::builtins::small_int(h, a[0])?;
            if p < 0 {
                return Err(PyErr::new("ValueError", format!("Negative seek position {p}")));
            }
            h.set(o, 2, int_bits(p))?;
            Ok(int_bits(p))
        }
        "tell" => h.get(o, 2),
        "truncate" => {
            let (chars, pos) = rest(h, o)?;
            let size = match a.first() {
                Some(&v) if v != NONE => crate::builtins::small_int(h, v)?.max(0) as usize,
                _ => pos,
            };
            let s: String = chars.iter().take(size).collect();
            let v = h.str(&s)?;
            h.set(o, 1, v)?;
            Ok(int_bits(size.min(chars.len()) as i64))
        }
        _ => Ok(NONE),
    }
}
