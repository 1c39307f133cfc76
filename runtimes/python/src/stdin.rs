//! `sys.stdin`: a module-like object `sys.stdin` whose functions read the process's standard
//! input (the same buffered reader `input()` uses); iterating it reads the remaining lines.

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, NONE};
use std::io::{BufRead, Read};

/// The methods of `sys.stdin`.
pub(crate) const FUNCS: &[&str] = &["read", "readline", "readlines"];

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
