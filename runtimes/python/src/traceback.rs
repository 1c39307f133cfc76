//! Tracebacks as CPython prints them: `Traceback (most recent call last):`, one
//! `  File "PATH", line N, in NAME` frame per Python function on the stack where the exception
//! was raised (outermost first) with the stripped source line under it, then the last line.
//!
//! The frames come from the VM's guest stack ([`rootvm::HostCtx::guest_stack`]) at the moment the
//! runtime hands an exception to the guest; `py.tb_info` (called by the module's `__init`) says
//! which module functions are Python functions and what CPython calls them. The traceback of
//! the exception raised last is kept with its object, so a re-raise (`raise` in an `except`
//! block, `finally`) keeps the frames of the original `raise`, as in CPython.

use crate::err::PyResult;
use crate::obj::Heap;

/// The traceback state of a run.
#[derive(Default)]
pub struct Tracebacks {
    /// The script path as CPython shows it (absolute).
    path: String,
    /// Module function index → traceback name (empty: not a Python frame).
    names: Vec<String>,
    /// The exception raised last and its frames (line, function name), outermost first.
    last: Option<(vmalloc::Rooted, Vec<(u32, String)>)>,
}

/// Records `py.tb_info(info)`: the script path, then one name per module function.
pub fn set_info(h: &mut Heap, info: u64) -> PyResult<()> {
    let text = h.text(info)?;
    let mut lines = text.split('\n');
    let path = lines.next().unwrap_or_default();
    let absolute = abspath(path);
    let mut tb = h.io.tracebacks.lock().map_err(|_| crate::PyErr::new("SystemError", String::new()))?;
    tb.path = absolute;
    tb.names = lines.map(str::to_string).collect();
    Ok(())
}

/// Remembers where exception object `exc` is being raised, unless it is the exception raised
/// last (a re-raise keeps its original frames).
pub fn record(h: &mut Heap, exc: u64) {
    let Ok(same) = is_last(h, exc) else { return };
    if same {
        return;
    }
    let stack = h.cx.guest_stack();
    let Ok(tb) = h.io.tracebacks.lock() else { return };
    let frames: Vec<(u32, String)> = stack
        .iter()
        .rev()
        .filter_map(|f| match tb.names.get(f.func as usize) {
            // Line 0: a frame of the prelude (its code has no lines) or of a stub.
            Some(name) if !name.is_empty() && f.line != 0 => Some((f.line, name.clone())),
            _ => None,
        })
        .collect();
    drop(tb);
    let Ok(Some(rooted)) = h.pin(exc) else { return };
    if let Ok(mut tb) = h.io.tracebacks.lock() {
        tb.last = Some((rooted, frames));
    }
}

/// Whether `exc` is the exception whose frames were recorded last.
fn is_last(h: &mut Heap, exc: u64) -> PyResult<bool> {
    let tb = h.io.tracebacks.lock().map_err(|_| crate::PyErr::new("SystemError", String::new()))?;
    let Some((rooted, _)) = &tb.last else { return Ok(false) };
    let rooted = rooted.clone();
    drop(tb);
    Ok(h.cx.heap().resolve(&rooted).is_ok_and(|bits| bits == exc))
}

/// The frame lines of exception `exc`'s traceback (empty if none was recorded).
pub fn frames_text(h: &mut Heap, exc: u64) -> String {
    if !is_last(h, exc).unwrap_or(false) {
        return String::new();
    }
    let Ok(tb) = h.io.tracebacks.lock() else { return String::new() };
    let Some((_, frames)) = &tb.last else { return String::new() };
    let source = std::fs::read_to_string(&tb.path).unwrap_or_default();
    let lines: Vec<&str> = source.lines().collect();
    let mut out = String::new();
    for (line, name) in frames {
        out.push_str(&format!("  File \"{}\", line {line}, in {name}\n", tb.path));
        if let Some(text) = (*line as usize).checked_sub(1).and_then(|i| lines.get(i)) {
            let text = text.trim();
            if !text.is_empty() {
                out.push_str(&format!("    {text}\n"));
            }
        }
    }
    out
}

/// `os.path.abspath(path)`: joined to the working directory and normalized lexically (`.` and
/// `..` components removed, symbolic links not resolved), as CPython shows the script's path.
fn abspath(path: &str) -> String {
    use std::path::Component;
    let Ok(joined) = std::path::absolute(path) else { return path.to_string() };
    let mut out = std::path::PathBuf::new();
    for c in joined.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out.display().to_string()
}
