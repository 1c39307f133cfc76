//! `SystemExit` as CPython has it: `sys.exit(x)` raises `SystemExit(x)`, an ordinary exception
//! (caught by `except SystemExit`/`BaseException`, running `finally` blocks); uncaught, it ends
//! the run silently with status 0 for no argument or None, the int for an int, and status 1
//! after printing any other argument to stderr.

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, NONE, Tag};

/// The `SystemExit` exception `sys.exit(code)` raises (`code` absent: no argument).
pub(crate) fn raise(h: &mut Heap, code: Option<u64>) -> PyErr {
    let made = (|| -> PyResult<u64> {
        let items: Vec<u64> = code.into_iter().collect();
        let args = h.tuple(&items)?;
        let _a = h.pin(args)?;
        let name = h.str("SystemExit")?;
        let _n = h.pin(name)?;
        let e = h.obj(Tag::Exc, &[name, args])?;
        h.keep(e)
    })();
    match made {
        Ok(e) => PyErr { class: "SystemExit".into(), message: String::new(), value: Some(e) },
        Err(e) => e,
    }
}

/// The exit status for an uncaught exception `v`, if it is a `SystemExit` (printing a
/// non-int argument to stderr, as CPython does).
pub(crate) fn status(h: &mut Heap, v: u64) -> PyResult<Option<i32>> {
    let is_exit = match h.kind(v)? {
        Kind::Obj(Tag::Exc) => {
            let n = h.get(v, 1)?;
            h.text(n)? == "SystemExit"
        }
        Kind::Inst => {
            let class = h.get(v, 0)?;
            h.exception_root(class)?.as_deref() == Some("SystemExit")
        }
        _ => false,
    };
    if !is_exit {
        return Ok(None);
    }
    let code = code(h, v)?;
    Ok(Some(match h.kind(code)? {
        Kind::None => 0,
        Kind::Int(i) => i as i32,
        Kind::Bool(b) => b as i32,
        _ => {
            let s = h.str_of(code)?;
            crate::write(&h.io.stderr, &format!("{s}\n"))?;
            1
        }
    }))
}

/// `e.code` of a `SystemExit`: its one argument, the argument tuple if several, else None.
pub(crate) fn code(h: &mut Heap, v: u64) -> PyResult<u64> {
    let args = h.getattr(v, "args")?;
    let items = h.tuple_items(args)?;
    Ok(match items.len() {
        0 => NONE,
        1 => items[0],
        _ => args,
    })
}
