//! `str()`, `repr()` and format specs, as CPython 3.11 writes them.

use crate::err::{PyErr, PyResult};
use crate::num::Num;
use crate::obj::{Heap, Kind, Tag};

/// CPython's `repr(float)`: the shortest string that reads back, `1e+16` style exponents.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let s = format!("{f:?}");
    match s.split_once('e') {
        Some((mantissa, exp)) => {
            let (sign, digits) = match exp.strip_prefix('-') {
                Some(d) => ('-', d),
                None => ('+', exp),
            };
            let mantissa = mantissa.strip_suffix(".0").unwrap_or(mantissa);
            format!("{mantissa}e{sign}{digits:0>2}")
        }
        None => s,
    }
}

/// CPython's `repr(str)`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

impl Heap<'_, '_> {
    /// `str(v)`.
    pub fn str_of(&mut self, v: u64) -> PyResult<String> {
        match self.kind(v)? {
            Kind::Str => self.text(v),
            Kind::Inst if self.has_special(v, "__str__")? => Err(PyErr::new(
                "NotImplementedError",
                "__str__ of an object inside a container or format (not supported yet)".into(),
            )),
            Kind::Inst if self.is_exception(v)? => {
                let args = self.getattr(v, "args")?;
                let items = self.tuple_items(args)?;
                let class = self.get(v, 0)?;
                match items.len() {
                    0 => Ok(String::new()),
                    1 if self.exception_root(class)?.is_some_and(|r| crate::str_more::str_is_repr(&r)) => {
                        self.repr(items[0])
                    }
                    1 => self.str_of(items[0]),
                    _ => self.repr(args),
                }
            }
            Kind::Obj(Tag::Exc) => {
                let args = self.get(v, 2)?;
                let items = self.tuple_items(args)?;
                let name = self.get(v, 1)?;
                match items.len() {
                    0 => Ok(String::new()),
                    1 if crate::str_more::str_is_repr(&self.text(name)?) => self.repr(items[0]),
                    1 => self.str_of(items[0]),
                    _ => self.repr(args),
                }
            }
            _ => self.repr(v),
        }
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: u64) -> PyResult<String> {
        Ok(match self.kind(v)? {
            Kind::None => "None".into(),
            Kind::Bool(b) => if b { "True" } else { "False" }.into(),
            Kind::Int(i) => i.to_string(),
            Kind::Float(f) => float_repr(f),
            Kind::Str => str_repr(&self.text(v)?),
            Kind::Obj(Tag::Big) => {
                let s = self.get(v, 1)?;
                self.text(s)?
            }
            Kind::Obj(Tag::List) => {
                let items = self.list_items(v)?;
                let plain = format!("[{}]", self.join_reprs(&items)?);
                crate::mod_collections::repr(self, v, plain)?
            }
            Kind::Obj(Tag::Tuple) => {
                let items = self.tuple_items(v)?;
                if items.len() == 1 {
                    format!("({},)", self.repr(items[0])?)
                } else {
                    format!("({})", self.join_reprs(&items)?)
                }
            }
            Kind::Obj(Tag::Dict) => {
                let (keys, values) = self.dict_items(v)?;
                let mut parts = Vec::new();
                for (k, x) in keys.iter().zip(&values) {
                    parts.push(format!("{}: {}", self.repr(*k)?, self.repr(*x)?));
                }
                let plain = format!("{{{}}}", parts.join(", "));
                crate::mod_collections::repr(self, v, plain)?
            }
            Kind::Obj(Tag::Range) => {
                let (a, b, c) = (self.get(v, 1)?, self.get(v, 2)?, self.get(v, 3)?);
                let (a, b) = (self.repr(a)?, self.repr(b)?);
                let step = self.repr(c)?;
                if step == "1" { format!("range({a}, {b})") } else { format!("range({a}, {b}, {step})") }
            }
            Kind::Obj(Tag::Exc) => {
                let name = self.get(v, 1)?;
                let args = self.get(v, 2)?;
                let items = self.tuple_items(args)?;
                let inner = if items.len() == 1 { self.repr(items[0])? } else { self.join_reprs(&items)? };
                format!("{}({inner})", self.text(name)?)
            }
            Kind::Obj(Tag::Func) => {
                let name = self.get(v, 2)?;
                format!("<function {}>", self.text(name)?)
            }
            Kind::Obj(Tag::Class) => {
                let name = self.class_qualname(v)?;
                format!("<class '__main__.{}'>", self.text(name)?)
            }
            Kind::Obj(Tag::Builtin) => {
                let name = self.get(v, 1)?;
                let name = self.text(name)?;
                if crate::builtins::is_type_name(&name) {
                    format!("<class '{name}'>")
                } else {
                    format!("<built-in function {}>", name.rsplit('.').next().unwrap_or_default())
                }
            }
            Kind::Obj(Tag::Set | Tag::FrozenSet) => crate::set::repr(self, v)?,
            Kind::Obj(Tag::Bytes) => crate::bytes::repr(&crate::bytes::data(self, v)?),
            Kind::Obj(Tag::ByteArray) => crate::bytes::bytearray_repr(&crate::bytes::data(self, v)?),
            Kind::Obj(Tag::Complex) => crate::complex::repr(self, v)?,
            Kind::Obj(Tag::Slice) => crate::slices::repr(self, v)?,
            Kind::Obj(Tag::Alias) => crate::generic::repr(self, v)?,
            Kind::Obj(Tag::Module) => {
                let name = self.get(v, 1)?;
                format!("<module '{}' (built-in)>", self.text(name)?)
            }
            Kind::Obj(_) => "<object>".into(),
            Kind::Inst => {
                let class = self.get(v, 0)?;
                if self.class_lookup(class, "__repr__")?.is_some() {
                    return crate::reprs::given(self, v);
                }
                if self.is_exception(v)? {
                    // BaseException's repr: the class's name and the arguments.
                    let args = self.getattr(v, "args")?;
                    let items = self.tuple_items(args)?;
                    let inner = if items.len() == 1 { self.repr(items[0])? } else { self.join_reprs(&items)? };
                    return Ok(format!("{}({inner})", self.class_name(class)?));
                }
                let name = self.class_qualname(class)?;
                format!("<__main__.{} object>", self.text(name)?)
            }
        })
    }

    fn join_reprs(&mut self, items: &[u64]) -> PyResult<String> {
        let parts: Vec<String> = items.iter().map(|&x| self.repr(x)).collect::<PyResult<_>>()?;
        Ok(parts.join(", "))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: u64, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            return self.str_of(v);
        }
        if crate::complex::is(self, v)? {
            return crate::complex::format(self, v, spec);
        }
        let spec = Spec::parse(spec).ok_or_else(|| PyErr::new("ValueError", "Invalid format specifier".into()))?;
        let body = match (self.num(v)?, self.kind(v)?) {
            (_, Kind::Str) => {
                let s = self.text(v)?;
                if !matches!(spec.ty, None | Some('s')) {
                    return Err(bad_code(spec.ty, "str"));
                }
                match spec.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                }
            }
            (Some(n), _) => format_number(&n, &spec)?,
            _ => self.str_of(v)?,
        };
        let numeric = self.num(v)?.is_some();
        Ok(spec.pad(body, numeric))
    }
}

fn bad_code(ty: Option<char>, what: &str) -> PyErr {
    PyErr::new("ValueError", format!("Unknown format code '{}' for object of type '{what}'", ty.unwrap_or(' ')))
}

/// A parsed format spec `[[fill]align][sign][0][width][,][.precision][type]`.
struct Spec {
    fill: char,
    align: Option<char>,
    sign: char,
    zero: bool,
    width: usize,
    alt: bool,
    group: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

impl Spec {
    fn parse(s: &str) -> Option<Spec> {
        let c: Vec<char> = s.chars().collect();
        let mut i = 0;
        let mut spec = Spec {
            fill: ' ',
            align: None,
            sign: '-',
            zero: false,
            width: 0,
            alt: false,
            group: None,
            precision: None,
            ty: None,
        };
        let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
        if c.len() >= 2 && is_align(c[1]) {
            spec.fill = c[0];
            spec.align = Some(c[1]);
            i = 2;
        } else if !c.is_empty() && is_align(c[0]) {
            spec.align = Some(c[0]);
            i = 1;
        }
        if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
            spec.sign = c[i];
            i += 1;
        }
        if i < c.len() && c[i] == '#' {
            spec.alt = true;
            i += 1;
        }
        if i < c.len() && c[i] == '0' {
            spec.zero = true;
            i += 1;
        }
        let start = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        spec.width = c[start..i].iter().collect::<String>().parse().unwrap_or(0);
        if i < c.len() && matches!(c[i], ',' | '_') {
            spec.group = Some(c[i]);
            i += 1;
        }
        if i < c.len() && c[i] == '.' {
            i += 1;
            let start = i;
            while i < c.len() && c[i].is_ascii_digit() {
                i += 1;
            }
            spec.precision = Some(c[start..i].iter().collect::<String>().parse().ok()?);
        }
        if i < c.len() {
            spec.ty = Some(c[i]);
            i += 1;
        }
        (i == c.len()).then_some(spec)
    }

    fn pad(&self, body: String, numeric: bool) -> String {
        let len = body.chars().count();
        if len >= self.width {
            return body;
        }
        let n = self.width - len;
        let align = self.align.unwrap_or(if self.zero && numeric {
            '='
        } else if numeric {
            '>'
        } else {
            '<'
        });
        let fill = if self.zero && self.align.is_none() { '0' } else { self.fill };
        let rep = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
        match align {
            '<' => body + &rep(n),
            '^' => rep(n / 2) + &body + &rep(n - n / 2),
            '=' => {
                let (mut sign, mut digits) = match body.chars().next() {
                    Some(c @ ('-' | '+' | ' ')) => (c.to_string(), body[1..].to_string()),
                    _ => (String::new(), body),
                };
                if self.alt && ["0x", "0X", "0o", "0b"].iter().any(|p| digits.starts_with(p)) {
                    sign.push_str(&digits[..2]);
                    digits = digits[2..].to_string();
                }
                sign + &rep(n) + &digits
            }
            _ => rep(n) + &body,
        }
    }
}

/// Inserts `sep` every `every` digits of the integer part.
fn group(digits: &str, sep: char, every: usize) -> String {
    let end =
        if every == 4 { digits.len() } else { digits.find(|c: char| !c.is_ascii_digit()).unwrap_or(digits.len()) };
    let (int, frac) = digits.split_at(end);
    let mut out = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(ch);
    }
    out + frac
}

fn format_number(n: &Num, spec: &Spec) -> PyResult<String> {
    let (negative, digits) = match (n, spec.ty) {
        (Num::Int(i), None | Some('d') | Some('n')) => (i.sign() == num_bigint::Sign::Minus, i.magnitude().to_string()),
        (Num::Int(i), Some('x')) => (i.sign() == num_bigint::Sign::Minus, i.magnitude().to_str_radix(16)),
        (Num::Int(i), Some('X')) => {
            (i.sign() == num_bigint::Sign::Minus, i.magnitude().to_str_radix(16).to_uppercase())
        }
        (Num::Int(i), Some('o')) => (i.sign() == num_bigint::Sign::Minus, i.magnitude().to_str_radix(8)),
        (Num::Int(i), Some('b')) => (i.sign() == num_bigint::Sign::Minus, i.magnitude().to_str_radix(2)),
        (Num::Int(_), Some('c' | 's')) | (Num::Float(_), Some('d' | 'x' | 'X' | 'o' | 'b' | 'c' | 's')) => {
            return Err(bad_code(spec.ty, if matches!(n, Num::Int(_)) { "int" } else { "float" }));
        }
        (n, ty) => {
            let f = crate::num::to_f64(n)?;
            let p = spec.precision.unwrap_or(6);
            let body = match ty {
                Some('f' | 'F') => format!("{:.*}", p, f.abs()),
                Some('e' | 'E') => exp_format(f.abs(), p),
                Some('%') => format!("{:.*}%", p, f.abs() * 100.0),
                Some('g' | 'G') | None if spec.precision.is_some() || ty.is_some() => general(f.abs(), p),
                None => float_repr(f.abs()),
                _ => return Err(bad_code(ty, "float")),
            };
            let body = if f.is_nan() { "nan".into() } else { body };
            (f.is_sign_negative() && !f.is_nan(), body)
        }
    };
    let every = if matches!(spec.ty, Some('x' | 'X' | 'o' | 'b')) { 4 } else { 3 };
    let digits = match spec.group {
        Some(sep) => group(&digits, sep, every),
        None => digits,
    };
    let prefix = match (spec.alt, spec.ty) {
        (true, Some('x')) => "0x",
        (true, Some('X')) => "0X",
        (true, Some('o')) => "0o",
        (true, Some('b')) => "0b",
        _ => "",
    };
    let digits = format!("{prefix}{digits}");
    let sign = match (negative, spec.sign) {
        (true, _) => "-",
        (false, '+') => "+",
        (false, ' ') => " ",
        _ => "",
    };
    Ok(format!("{sign}{digits}"))
}

fn exp_format(f: f64, p: usize) -> String {
    let s = format!("{:.*e}", p, f);
    match s.split_once('e') {
        Some((m, e)) => {
            let (sign, d) = match e.strip_prefix('-') {
                Some(d) => ('-', d),
                None => ('+', e),
            };
            format!("{m}e{sign}{d:0>2}")
        }
        None => s,
    }
}

fn general(f: f64, p: usize) -> String {
    let p = p.max(1);
    if f == 0.0 {
        return "0".into();
    }
    let exp = f.abs().log10().floor() as i32;
    let e = format!("{:.*e}", p - 1, f);
    let exp = e.split_once('e').and_then(|(_, x)| x.parse::<i32>().ok()).unwrap_or(exp);
    if exp < -4 || exp >= p as i32 {
        let s = exp_format(f, p - 1);
        let (m, rest) = s.split_once('e').unwrap_or((&s, ""));
        let m = if m.contains('.') { m.trim_end_matches('0').trim_end_matches('.') } else { m };
        format!("{m}e{rest}")
    } else {
        let s = format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, f);
        if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_repr_matches_cpython() {
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1.5e-7), "1.5e-07");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(1e15), "1000000000000000.0");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(1.2345678901234568e17), "1.2345678901234568e+17");
    }

    #[test]
    fn general_format() {
        assert_eq!(general(1.23456, 3), "1.23");
        assert_eq!(general(1234567.0, 3), "1.23e+06");
    }
}
