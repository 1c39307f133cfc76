//! `open()` for reading text files, only inside the directories the host grants
//! (`rootc run --allow-read DIR`); anything else is CPython's `PermissionError`. A file object
//! is `[FILE, text, position, name, closed]`: the whole file is read and decoded (UTF-8,
//! universal newlines) when it is opened, and the reading methods are StringIO's (`mod_io.rs`).

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, NONE, Tag, bool_, int_bits};
use std::path::{Path, PathBuf};

/// The methods of a file object.
pub(crate) const METHODS: &[&str] =
    &["read", "readline", "readlines", "seek", "tell", "close", "__enter__", "__exit__", "readable", "writable"];

/// `open(file, mode='r', buffering=-1, encoding=None, ...)` with the arguments placed.
pub(crate) fn open(h: &mut Heap, a: &[u64]) -> PyResult<u64> {
    let Some(&file) = a.first() else {
        return Err(PyErr::type_error("open() missing required argument 'file' (pos 1)".into()));
    };
    if h.kind(file)? != Kind::Str {
        let t = crate::ops::type_name(h, file)?;
        return Err(PyErr::type_error(format!("expected str, bytes or os.PathLike object, not {t}")));
    }
    let name = h.text(file)?;
    let mode = match a.get(1) {
        Some(&m) if m != NONE => h.text(m)?,
        _ => "r".into(),
    };
    if let Some(&e) = a.get(3)
        && e != NONE
    {
        let enc = h.text(e)?.to_lowercase().replace(['-', '_'], "");
        if enc != "utf8" {
            return Err(PyErr::new("NotImplementedError", format!("open() with encoding {enc:?}: only utf-8 here")));
        }
    }
    let quoted = crate::text::str_repr(&name);
    if mode.contains(['w', 'a', 'x', '+']) {
        return Err(PyErr::new("PermissionError", format!("[Errno 13] Permission denied: {quoted}")));
    }
    if mode.contains('b') || !mode.chars().all(|c| "rt".contains(c)) {
        return Err(PyErr::new("NotImplementedError", format!("open() with mode {mode:?}: only text reading here")));
    }
    let dirs = h.io.read_dirs.lock().map(|d| d.clone()).unwrap_or_default();
    let path = resolve(&name);
    if !dirs.iter().any(|d| path.starts_with(d)) {
        return Err(PyErr::new("PermissionError", format!("[Errno 13] Permission denied: {quoted}")));
    }
    if path.is_dir() {
        return Err(PyErr::new("IsADirectoryError", format!("[Errno 21] Is a directory: {quoted}")));
    }
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(PyErr::new("FileNotFoundError", format!("[Errno 2] No such file or directory: {quoted}")));
        }
        Err(e) => return Err(PyErr::new("OSError", format!("{e}: {quoted}"))),
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        PyErr::new(
            "UnicodeDecodeError",
            format!("'utf-8' codec can't decode byte 0x{:02x} in position {at}: invalid start byte", e.as_bytes()[at]),
        )
    })?;
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let t = h.str(&text)?;
    let _t = h.pin(t)?;
    h.obj(Tag::File, &[t, int_bits(0), file, bool_(false)])
}

/// The absolute path of `name` with `.`/`..` resolved (through symlinks when it exists).
fn resolve(name: &str) -> PathBuf {
    let p = Path::new(name);
    if let Ok(real) = p.canonicalize() {
        return real;
    }
    let abs = std::env::current_dir().map(|c| c.join(p)).unwrap_or_else(|_| p.to_path_buf());
    // A missing file: resolve its directory, keep its name.
    match (abs.parent().and_then(|d| d.canonicalize().ok()), abs.file_name()) {
        (Some(dir), Some(f)) => dir.join(f),
        _ => abs,
    }
}

/// Calls method `name` of file object `f`.
pub(crate) fn method(h: &mut Heap, f: u64, name: &str, a: &[u64]) -> PyResult<u64> {
    match name {
        "close" | "__exit__" => {
            h.set(f, 4, bool_(true))?;
            return Ok(if name == "close" { NONE } else { bool_(false) });
        }
        "readable" => return Ok(bool_(true)),
        "writable" => return Ok(bool_(false)),
        _ => {}
    }
    if h.get(f, 4)? == bool_(true) {
        return Err(PyErr::new("ValueError", "I/O operation on closed file.".into()));
    }
    match name {
        "__enter__" => Ok(f),
        _ => crate::mod_io::method(h, f, name, a),
    }
}

/// The attributes of a file object (`name`, `closed`, `mode`).
pub(crate) fn getattr(h: &mut Heap, f: u64, name: &str) -> PyResult<Option<u64>> {
    Ok(match name {
        "name" => Some(h.get(f, 3)?),
        "closed" => Some(h.get(f, 4)?),
        "mode" => Some(h.str("r")?),
        _ => None,
    })
}

/// The remaining lines of file `f` (iteration).
pub(crate) fn lines(h: &mut Heap, f: u64) -> PyResult<Vec<u64>> {
    if h.get(f, 4)? == bool_(true) {
        return Err(PyErr::new("ValueError", "I/O operation on closed file.".into()));
    }
    crate::mod_io::lines(h, f)
}
