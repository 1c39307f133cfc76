//! `sys.stdin`, `sys.stdout`, `sys.stderr`: module-like objects (`sys.stdin` ...) whose
//! functions read the process's standard input (the same buffered reader `input()` uses;
//! iterating it reads the remaining lines) or write to the program's streams (`print(file=)`
//! takes them too).

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, NONE};
use std::io::{BufRead, Read};

/// The methods of `sys.stdin`.
pub(crate) const FUNCS: &[&str] = &["read", "readline", "readlines"];
/// The methods of `sys.stdout` and `sys.stderr`.
pub(crate) const OUT_FUNCS: &[&str] = &["write", "writelines", "flush"];

/// Calls `sys.stdout.name` (`sys.stderr.name` if `err`).
pub(crate) fn call_out(h: &mut Heap, err: bool, name: &str, a: &[u64]) -> PyResult<u64> {
    let stream = if err { &h.io.stderr } else { &h.io.stdout };
    match name {
        "write" => {
            crate::modules::arity(name, a, 1, 1)?;
            if h.kind(a[0])? != crate::obj::Kind::Str {
                let t = crate::ops::type_name(h, a[0])?;
                return Err(PyErr::type_error(format!("write() argument must be str, not {t}")));
            }
            let text = h.text(a[0])?;
            crate::write(stream, &text)?;
            Ok(crate::obj::int_bits(text.chars().count() as i64))
        }
        "writelines" => {
            crate::modules::arity(name, a, 1, 1)?;
            for line in crate::ops::iterate(h, a[0])? {
                let text = h.text(line)?;
                crate::write(stream, &text)?;
            }
            Ok(NONE)
        }
        _ => {
            if let Ok(mut w) = stream.lock() {
                let _ = std::io::Write::flush(&mut *w);
            }
            Ok(NONE)
        }
    }
}

/// Which stream module object `m` is: 1 for `sys.stdout`, 2 for `sys.stderr`, else 0.
pub(crate) fn out_stream(h: &mut Heap, m: u64) -> PyResult<i64> {
    let n = h.get(m, 1)?;
    Ok(match h.text(n)?.as_str() {
        "sys.stdout" => 1,
        "sys.stderr" => 2,
        _ => 0,
    })
}

fn io_err(e: std::io::Error) -> PyErr {
    PyErr::new("OSError", e.to_string())
}

/// Reads one line (with its newline; empty at the end of input).
fn read_line() -> PyResult<String> {
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).map_err(io_err)?;
    Ok(line)
}

/// Calls `sys.stdin.name`.
pub(crate) fn call(h: &mut Heap, name: &str, a: &[u64]) -> PyResult<u64> {
    match name {
        "read" => {
            let mut s = String::new();
            match a.first() {
                Some(&n) if n != NONE && crate::builtins::small_int(h, n)? >= 0 => {
                    let n = crate::builtins::small_int(h, n)? as u64;
                    // Reads n characters: bytes until that many code points are complete.
                    let mut bytes = Vec::new();
                    let mut stdin = std::io::stdin().lock();
                    while String::from_utf8_lossy(&bytes).chars().count() < n as usize {
                        let mut b = [0u8];
                        if stdin.read(&mut b).map_err(io_err)? == 0 {
                            break;
                        }
                        bytes.push(b[0]);
                    }
                    s = String::from_utf8_lossy(&bytes).into_owned();
                }
                _ => {
                    std::io::stdin().lock().read_to_string(&mut s).map_err(io_err)?;
                }
            }
            h.str(&s)
        }
        "readline" => {
            let line = read_line()?;
            h.str(&line)
        }
        "readlines" => {
            let items = lines(h)?;
            h.list(&items)
        }
        _ => Err(PyErr::new("AttributeError", format!("'_io.TextIOWrapper' object has no attribute '{name}'"))),
    }
}

/// The remaining lines of standard input, as strs.
pub(crate) fn lines(h: &mut Heap) -> PyResult<Vec<u64>> {
    let mut out = Vec::new();
    loop {
        let line = read_line()?;
        if line.is_empty() {
            return Ok(out);
        }
        let v = h.str(&line)?;
        out.push(h.keep(v)?);
    }
}

/// The next line of standard input, or `None` at its end.
pub(crate) fn next_line(h: &mut Heap) -> PyResult<Option<u64>> {
    let line = read_line()?;
    if line.is_empty() { Ok(None) } else { h.str(&line).map(Some) }
}

/// Whether module object `m` is `sys.stdin`.
pub(crate) fn is_stdin(h: &mut Heap, m: u64) -> PyResult<bool> {
    let n = h.get(m, 1)?;
    Ok(h.text(n)? == "sys.stdin")
}
