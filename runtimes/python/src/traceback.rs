//! Tracebacks as CPython prints them: `Traceback (most recent call last):`, one
//! `  File "PATH", line N, in NAME` frame per Python function on the stack where the exception
//! was raised (outermost first) with the stripped source line under it, then the last line.
//!
//! The frames come from the VM's guest stack ([`rootvm::HostCtx::guest_stack`]) at the moment the
//! runtime hands an exception to the guest; `py.tb_info` (called by the module's `__init`) says
//! which module functions are Python functions and what CPython calls them. The tracebacks of
//! the exceptions raised last are kept with their objects, so a re-raise (`raise` in an
//! `except` block, `finally`) keeps the frames of the original `raise`, as in CPython, and a
//! chained exception (`raise X from Y`, `raise X` in an `except` block) prints the report of
//! the one it chains to first.

use crate::err::PyResult;
use crate::obj::Heap;

/// How many recent exceptions keep their frames (a chained traceback prints the earlier ones).
const RECENT: usize = 16;

/// The traceback state of a run.
#[derive(Default)]
pub struct Tracebacks {
    /// The script path as CPython shows it (absolute).
    path: String,
    /// Module function index → traceback name (empty: not a Python frame).
    names: Vec<String>,
    /// The exceptions raised last, newest last.
    recent: Vec<Entry>,
    /// The cause or context that the exception being raised now chains to (`raise X from Y`,
    /// `raise X` in an `except` block): the object and whether it is a direct cause.
    pending: Option<(vmalloc::Rooted, bool)>,
}

/// A raised exception's traceback.
struct Entry {
    exc: vmalloc::Rooted,
    /// The frames (line, function name), outermost first.
    frames: Vec<(u32, String)>,
    /// How many outer frames a chained report leaves out: those outside the function that
    /// caught it.
    cut: usize,
    /// What it chains to (see [`Tracebacks::pending`]).
    chain: Option<(vmalloc::Rooted, bool)>,
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

/// The Python frames of the guest stack, outermost first.
fn python_frames(h: &mut Heap) -> Vec<(u32, String)> {
    let stack = h.cx.guest_stack();
    let Ok(tb) = h.io.tracebacks.lock() else { return Vec::new() };
    stack
        .iter()
        .rev()
        .filter_map(|f| match tb.names.get(f.func as usize) {
            // Line 0: a frame of the prelude (its code has no lines) or of a stub.
            Some(name) if !name.is_empty() && f.line != 0 => Some((f.line, name.clone())),
            _ => None,
        })
        .collect()
}

/// Remembers where exception object `exc` is being raised, unless it was recorded already (a
/// re-raise keeps its original frames).
pub fn record(h: &mut Heap, exc: u64) {
    if find(h, exc).is_some() {
        return;
    }
    let frames = python_frames(h);
    let Ok(Some(rooted)) = h.pin(exc) else { return };
    if let Ok(mut tb) = h.io.tracebacks.lock() {
        let chain = tb.pending.take();
        if tb.recent.len() == RECENT {
            tb.recent.remove(0);
        }
        tb.recent.push(Entry { exc: rooted, frames, cut: 0, chain });
    }
}

/// The index in `recent` of exception `exc`'s entry.
fn find(h: &mut Heap, exc: u64) -> Option<usize> {
    let handles: Vec<vmalloc::Rooted> = {
        let tb = h.io.tracebacks.lock().ok()?;
        tb.recent.iter().map(|e| e.exc.clone()).collect()
    };
    handles.iter().rposition(|r| h.cx.heap().resolve(r).is_ok_and(|bits| bits == exc))
}

/// `raise X from Y` (`direct`) or `raise X` while handling `Y`: the next exception recorded
/// chains to `cause`.
pub fn chain_next(h: &mut Heap, cause: u64, direct: bool) -> PyResult<()> {
    let rooted = h.pin(cause)?;
    let mut tb = h.io.tracebacks.lock().map_err(|_| crate::PyErr::new("SystemError", String::new()))?;
    tb.pending = rooted.map(|r| (r, direct));
    Ok(())
}

/// An `except` clause caught `exc` (`py.exc_from`): a chained report shows its frames from
/// the catching function on.
pub fn caught(h: &mut Heap, exc: u64) {
    let Some(i) = find(h, exc) else { return };
    let depth = python_frames(h).len();
    if let Ok(mut tb) = h.io.tracebacks.lock()
        && let Some(e) = tb.recent.get_mut(i)
    {
        e.cut = depth.saturating_sub(1);
    }
}

/// The frame lines of exception `exc`'s traceback (empty if none was recorded), without the
/// `cut` outer ones when `cut`.
fn frames_of(h: &mut Heap, exc: u64, cut: bool) -> String {
    let Some(i) = find(h, exc) else { return String::new() };
    let Ok(tb) = h.io.tracebacks.lock() else { return String::new() };
    let Some(e) = tb.recent.get(i) else { return String::new() };
    let skip = if cut { e.cut.min(e.frames.len()) } else { 0 };
    let source = std::fs::read_to_string(&tb.path).unwrap_or_default();
    let lines: Vec<&str> = source.lines().collect();
    let mut out = String::new();
    for (line, name) in &e.frames[skip..] {
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

/// The frame lines of exception `exc`'s traceback (empty if none was recorded).
pub fn frames_text(h: &mut Heap, exc: u64) -> String {
    frames_of(h, exc, false)
}

/// The reports of the exceptions `exc` chains to, each followed by CPython's "The above
/// exception was the direct cause..." or "During handling..." line (empty without a chain).
pub fn chain_text(h: &mut Heap, exc: u64, depth: usize) -> String {
    let Some(i) = find(h, exc) else { return String::new() };
    let chain = {
        let Ok(tb) = h.io.tracebacks.lock() else { return String::new() };
        tb.recent.get(i).and_then(|e| e.chain.clone())
    };
    let Some((cause, direct)) = chain else { return String::new() };
    let Ok(cause) = h.cx.heap().resolve(&cause) else { return String::new() };
    let mut out = if depth < 8 { chain_text(h, cause, depth + 1) } else { String::new() };
    let last = crate::exception_of(h, cause).map(|e| e.last_line()).unwrap_or_default();
    out.push_str("Traceback (most recent call last):\n");
    out.push_str(&frames_of(h, cause, true));
    out.push_str(&last);
    out.push_str(if direct {
        "\n\nThe above exception was the direct cause of the following exception:\n\n"
    } else {
        "\n\nDuring handling of the above exception, another exception occurred:\n\n"
    });
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
