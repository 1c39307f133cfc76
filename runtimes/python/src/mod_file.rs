//! `open()`, only inside the directories the host grants: `rootc run --allow-read DIR` for
//! reading, `--allow-write DIR` for writing (and reading); anything else is CPython's
//! `PermissionError`. A file object is `[FILE, text, position, name, closed, mode]`:
//! - read modes (`r`, `rt`, `rb`): the whole file is read when it is opened, text decoded
//!   (UTF-8, universal newlines), binary kept as one code point per byte, and the reading
//!   methods are StringIO's (`mod_io.rs`), their results made bytes in binary mode;
//! - write modes (`w`, `a`, `x`, with `b` or `t`): `open` creates, truncates or checks the file,
//!   and each `write` appends its bytes to the file at once (CPython buffers them until `flush`
//!   or `close`; what the file holds afterwards is the same). `text` is unused.
//!
//! `mode` is the mode string as CPython's `f.mode` shows it (the argument in text mode, `rb`,
//! `wb`, `ab`, `xb` in binary mode). Modes with `+` are a `NotImplementedError`.

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, NONE, Tag, bool_, int_bits};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The methods of a file object.
pub(crate) const METHODS: &[&str] = &[
    "read",
    "readline",
    "readlines",
    "seek",
    "tell",
    "close",
    "__enter__",
    "__exit__",
    "readable",
    "writable",
    "write",
    "writelines",
    "flush",
];

/// Flag: binary mode (`b`): reads give bytes, writes take bytes-like objects.
const BINARY: i64 = 1;
/// Flag: opened for writing (`w`, `a`, `x`).
const WRITING: i64 = 2;

/// A parsed mode string: (the one of `r w a x`, binary).
fn parse_mode(mode: &str) -> PyResult<(char, bool)> {
    let invalid = || PyErr::new("ValueError", format!("invalid mode: '{mode}'"));
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwaxbt+".contains(c) || seen.contains(c) {
            return Err(invalid());
        }
        seen.push(c);
    }
    let kinds: Vec<char> = seen.chars().filter(|c| "rwax".contains(*c)).collect();
    if seen.contains('b') && seen.contains('t') {
        return Err(PyErr::new("ValueError", "can't have text and binary mode at once".into()));
    }
    if kinds.len() != 1 {
        return Err(PyErr::new("ValueError", "must have exactly one of create/read/write/append mode".into()));
    }
    if seen.contains('+') {
        return Err(PyErr::new(
            "NotImplementedError",
            format!("open() with mode {mode:?}: '+' modes are not supported yet"),
        ));
    }
    Ok((kinds[0], seen.contains('b')))
}

fn os_error(class: &str, errno: i32, what: &str, quoted: &str) -> PyErr {
    PyErr::new(class, format!("[Errno {errno}] {what}: {quoted}"))
}

/// Whether `path` is under one of the directories of `dirs`.
fn granted(dirs: &std::sync::Mutex<Vec<PathBuf>>, path: &Path) -> bool {
    dirs.lock().map(|d| rootvm::stdlib::inside(&d, path)).unwrap_or(false)
}

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
    let (kind, binary) = parse_mode(&mode)?;
    if let Some(&e) = a.get(3)
        && e != NONE
    {
        if binary {
            return Err(PyErr::new("ValueError", "binary mode doesn't take an encoding argument".into()));
        }
        let enc = h.text(e)?.to_lowercase().replace(['-', '_'], "");
        if enc != "utf8" {
            return Err(PyErr::new("NotImplementedError", format!("open() with encoding {enc:?}: only utf-8 here")));
        }
    }
    let quoted = crate::text::str_repr(&name);
    let path = resolve(&name);
    let writable = granted(&h.io.write_dirs, &path);
    if !(writable || kind == 'r' && granted(&h.io.read_dirs, &path)) {
        return Err(os_error("PermissionError", 13, "Permission denied", &quoted));
    }
    if path.is_dir() {
        return Err(os_error("IsADirectoryError", 21, "Is a directory", &quoted));
    }
    let shown = if binary { format!("{kind}b") } else { mode.clone() };
    let shown = h.str(&shown)?;
    let _m = h.pin(shown)?;
    if kind != 'r' {
        create(&path, kind, &quoted)?;
        let empty = h.str("")?;
        let _e = h.pin(empty)?;
        return h.obj(Tag::File, &[empty, int_bits(0), file, bool_(false), shown]);
    }
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(os_error("FileNotFoundError", 2, "No such file or directory", &quoted));
        }
        Err(e) => return Err(PyErr::new("OSError", format!("{e}: {quoted}"))),
    };
    let text = if binary { bytes.iter().map(|&b| b as char).collect() } else { decode(bytes)? };
    let t = h.str(&text)?;
    let _t = h.pin(t)?;
    h.obj(Tag::File, &[t, int_bits(0), file, bool_(false), shown])
}

/// The text of a file's bytes: UTF-8 with universal newlines, or CPython's UnicodeDecodeError.
fn decode(bytes: Vec<u8>) -> PyResult<String> {
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        PyErr::new(
            "UnicodeDecodeError",
            format!("'utf-8' codec can't decode byte 0x{:02x} in position {at}: invalid start byte", e.as_bytes()[at]),
        )
    })?;
    Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// Makes the file of mode `w` (created or emptied), `a` (created if missing) or `x` (created;
/// CPython's FileExistsError if it exists).
fn create(path: &Path, kind: char, quoted: &str) -> PyResult<()> {
    let mut o = std::fs::OpenOptions::new();
    match kind {
        'w' => o.write(true).create(true).truncate(true),
        'a' => o.append(true).create(true),
        _ => o.write(true).create_new(true),
    };
    match o.open(path) {
        Ok(_) => Ok(()),
        Err(e) => Err(match e.kind() {
            std::io::ErrorKind::AlreadyExists => os_error("FileExistsError", 17, "File exists", quoted),
            std::io::ErrorKind::NotFound => os_error("FileNotFoundError", 2, "No such file or directory", quoted),
            std::io::ErrorKind::PermissionDenied => os_error("PermissionError", 13, "Permission denied", quoted),
            _ => PyErr::new("OSError", format!("{e}: {quoted}")),
        }),
    }
}

/// The absolute path of `name` with `.`/`..` resolved (through symlinks when it exists).
fn resolve(name: &str) -> PathBuf {
    rootvm::stdlib::resolve(name)
}

/// [`BINARY`] | [`WRITING`] of file object `f`.
fn flags(h: &mut Heap, f: u64) -> PyResult<i64> {
    let m = h.get(f, 5)?;
    let m = h.text(m)?;
    let binary = if m.contains('b') { BINARY } else { 0 };
    Ok(binary | if m.contains(['w', 'a', 'x']) { WRITING } else { 0 })
}

fn unsupported(what: &str) -> PyErr {
    PyErr::new("UnsupportedOperation", what.into())
}

/// Appends `data` to the file of file object `f`.
fn append(h: &mut Heap, f: u64, data: &[u8]) -> PyResult<()> {
    let name = h.get(f, 3)?;
    let name = h.text(name)?;
    let quoted = crate::text::str_repr(&name);
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(resolve(&name))
        .map_err(|e| PyErr::new("OSError", format!("{e}: {quoted}")))?;
    file.write_all(data).map_err(|e| PyErr::new("OSError", format!("{e}: {quoted}")))
}

/// `f.write(x)`: the number of characters (text) or bytes (binary) written.
fn write(h: &mut Heap, f: u64, x: u64) -> PyResult<u64> {
    let fl = flags(h, f)?;
    if fl & WRITING == 0 {
        return Err(unsupported("not writable"));
    }
    let kind = h.kind(x)?;
    if fl & BINARY != 0 {
        if !matches!(kind, Kind::Obj(Tag::Bytes | Tag::ByteArray)) {
            let t = crate::ops::type_name(h, x)?;
            return Err(PyErr::type_error(format!("a bytes-like object is required, not '{t}'")));
        }
        let data = crate::bytes::data(h, x)?;
        append(h, f, &data)?;
        return Ok(int_bits(data.len() as i64));
    }
    if kind != Kind::Str {
        let t = crate::ops::type_name(h, x)?;
        return Err(PyErr::type_error(format!("write() argument must be str, not {t}")));
    }
    let text = h.text(x)?;
    append(h, f, text.as_bytes())?;
    Ok(int_bits(text.chars().count() as i64))
}

/// `print(..., file=f)`: writes `text` to file object `f`.
pub(crate) fn print_to(h: &mut Heap, f: u64, text: &str) -> PyResult<()> {
    let s = h.str(text)?;
    let _s = h.pin(s)?;
    check_open(h, f)?;
    write(h, f, s).map(|_| ())
}

fn check_open(h: &mut Heap, f: u64) -> PyResult<()> {
    if h.get(f, 4)? == bool_(true) {
        return Err(PyErr::new("ValueError", "I/O operation on closed file.".into()));
    }
    Ok(())
}

/// Calls method `name` of file object `f`.
pub(crate) fn method(h: &mut Heap, f: u64, name: &str, a: &[u64]) -> PyResult<u64> {
    let fl = flags(h, f)?;
    match name {
        "close" | "__exit__" => {
            h.set(f, 4, bool_(true))?;
            return Ok(if name == "close" { NONE } else { bool_(false) });
        }
        "readable" => return Ok(bool_(fl & WRITING == 0)),
        "writable" => return Ok(bool_(fl & WRITING != 0)),
        _ => {}
    }
    check_open(h, f)?;
    match name {
        "__enter__" => Ok(f),
        "flush" => Ok(NONE),
        "write" => {
            crate::modules::arity(name, a, 1, 1)?;
            write(h, f, a[0])
        }
        "writelines" => {
            crate::modules::arity(name, a, 1, 1)?;
            for x in crate::ops::iterate(h, a[0])? {
                write(h, f, x)?;
            }
            Ok(NONE)
        }
        _ if fl & WRITING != 0 => Err(unsupported("not readable")),
        "read" | "readline" if fl & BINARY != 0 => {
            let s = crate::mod_io::method(h, f, name, a)?;
            crate::bytes::from_latin1(h, s)
        }
        "readlines" if fl & BINARY != 0 => {
            let items = lines(h, f)?;
            h.list(&items)
        }
        _ => crate::mod_io::method(h, f, name, a),
    }
}

/// The attributes of a file object (`name`, `closed`, `mode`).
pub(crate) fn getattr(h: &mut Heap, f: u64, name: &str) -> PyResult<Option<u64>> {
    Ok(match name {
        "name" => Some(h.get(f, 3)?),
        "closed" => Some(h.get(f, 4)?),
        "mode" => Some(h.get(f, 5)?),
        _ => None,
    })
}

/// CPython's type name of file object `f`.
pub(crate) fn type_name(h: &mut Heap, f: u64) -> PyResult<&'static str> {
    let fl = flags(h, f)?;
    Ok(match (fl & WRITING != 0, fl & BINARY != 0) {
        (_, false) => "TextIOWrapper",
        (false, true) => "BufferedReader",
        (true, true) => "BufferedWriter",
    })
}

/// The remaining lines of file `f` (iteration).
pub(crate) fn lines(h: &mut Heap, f: u64) -> PyResult<Vec<u64>> {
    check_open(h, f)?;
    let fl = flags(h, f)?;
    if fl & WRITING != 0 {
        return Err(unsupported("not readable"));
    }
    let mut items = crate::mod_io::lines(h, f)?;
    if fl & BINARY != 0 {
        for v in items.iter_mut() {
            *v = crate::bytes::from_latin1(h, *v)?;
            h.keep(*v)?;
        }
    }
    Ok(items)
}
