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
//!
//! Caret lines (`~~~^^^`, CPython 3.11) come from the frontend's table of source ranges (the
//! end of `py.tb_info`'s text, see `frontends/python/src/spans.rs`): a frame's position is the
//! start of the expression whose instruction it is in; the kind of that expression is a call
//! for outer frames and follows from the host function that raised for the innermost one.

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
    /// Source ranges by start (line, column): the expressions starting there.
    spans: std::collections::HashMap<(u32, u32), Vec<Span>>,
}

/// A raised exception's traceback.
struct Entry {
    exc: vmalloc::Rooted,
    /// The Python frames, outermost first.
    frames: Vec<Frame>,
    /// How many outer frames a chained report leaves out: those outside the function that
    /// caught it.
    cut: usize,
    /// What it chains to (see [`Tracebacks::pending`]).
    chain: Option<(vmalloc::Rooted, bool)>,
}

/// A Python frame of a traceback.
struct Frame {
    line: u32,
    col: u32,
    name: String,
    /// The kind of expression its current instruction belongs to (`spans.rs`'s letters; `!`
    /// for any but a call).
    kind: Option<char>,
}

/// An expression's range: where it ends, its kind and its operator anchors (`spans.rs`).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Span {
    end_line: u32,
    end_col: u32,
    kind: char,
    a: u32,
    b: u32,
}

/// Records `py.tb_info(info)`: the script path, then one name per module function.
pub fn set_info(h: &mut Heap, info: u64) -> PyResult<()> {
    let text = h.text(info)?;
    let mut lines = text.split('\n');
    let path = lines.next().unwrap_or_default();
    let absolute = abspath(path);
    let mut tb = h.io.tracebacks.lock().map_err(|_| crate::PyErr::new("SystemError", String::new()))?;
    tb.path = absolute;
    tb.names = lines.by_ref().take_while(|l| *l != "#spans").map(str::to_string).collect();
    tb.spans.clear();
    for l in lines {
        let f: Vec<&str> = l.split(' ').collect();
        let n = |i: usize| f.get(i).and_then(|x| x.parse::<u32>().ok()).unwrap_or(0);
        let kind = f.get(4).and_then(|k| k.chars().next()).unwrap_or('O');
        let span = Span { end_line: n(2), end_col: n(3), kind, a: n(5), b: n(6) };
        tb.spans.entry((n(0), n(1))).or_default().push(span);
    }
    Ok(())
}

/// The name `py.tb_info` gives the stubs that call special methods (`__pending`, `__pending_next`).
const PENDING: &str = "#pending";

/// The kind of expression (`spans.rs`'s letters) whose instruction calls host function `host`.
fn host_kind(host: &str) -> Option<char> {
    Some(match host {
        "getitem" | "setitem" | "delitem" => 'S',
        "add" | "sub" | "mul" | "truediv" | "floordiv" | "mod" | "pow" | "lshift" | "rshift" | "and" | "or" | "xor" => {
            'B'
        }
        "call_prepare" | "call_prepare_kw" | "builtin" => 'C',
        "getattr" => 'A',
        "assert_fail" => 'T',
        "eq" | "ne" | "lt" | "le" | "gt" | "ge" | "in" | "not_in" | "neg" | "pos" | "invert" | "anyhook" => 'O',
        _ => return None,
    })
}

/// The Python frames of the guest stack, outermost first, with the kind of expression each is
/// in (the innermost one's from `host`, the host function that raised).
fn python_frames(h: &mut Heap, host: &str) -> Vec<Frame> {
    let stack = h.cx.guest_stack();
    let Ok(tb) = h.io.tracebacks.lock() else { return Vec::new() };
    let outermost_first: Vec<_> = stack.iter().rev().collect();
    let name_of = |func: u32| tb.names.get(func as usize).map(String::as_str).unwrap_or("");
    let mut frames: Vec<Frame> = Vec::new();
    for (k, f) in outermost_first.iter().enumerate() {
        let name = name_of(f.func);
        // Line 0: a frame of the prelude (its code has no lines) or of a stub.
        if name.is_empty() || name.starts_with('#') || f.line == 0 {
            continue;
        }
        // What this frame is calling: a special method through `__pending` (an operator), a
        // function (a call), or nothing (the innermost frame: the host function that raised).
        let kind = match outermost_first.get(k + 1) {
            Some(callee) if name_of(callee.func) == PENDING => Some('!'),
            Some(_) => Some('C'),
            None => host_kind(host),
        };
        frames.push(Frame { line: f.line, col: f.col, name: name.to_string(), kind });
    }
    frames
}

/// Remembers where exception object `exc` is being raised (by host function `host`), unless it
/// was recorded already (a re-raise keeps its original frames).
pub fn record(h: &mut Heap, exc: u64, host: &str) {
    if find(h, exc).is_some() {
        return;
    }
    let frames = python_frames(h, host);
    let Ok(Some(rooted)) = h.pin(exc) else { return };
    if let Ok(mut tb) = h.io.tracebacks.lock() {
        let chain = tb.pending.take();
        if tb.recent.len() == RECENT {
            tb.recent.remove(0);
        }
        tb.recent.push(Entry { exc: rooted, frames, cut: 0, chain });
    }
}

/// [`record`] for an exception raised as the innermost Python frame ends (a generator's
/// `RuntimeError` of PEP 479): that frame is left out.
pub fn record_outer(h: &mut Heap, exc: u64) {
    record(h, exc, "");
    let Some(i) = find(h, exc) else { return };
    if let Ok(mut tb) = h.io.tracebacks.lock()
        && let Some(e) = tb.recent.get_mut(i)
    {
        e.frames.pop();
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
    let depth = python_frames(h, "").len();
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
    for f in &e.frames[skip..] {
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", tb.path, f.line, f.name));
        let Some(text) = (f.line as usize).checked_sub(1).and_then(|i| lines.get(i)) else { continue };
        if text.trim().is_empty() {
            continue;
        }
        // CPython strips the indentation only: trailing blanks stay.
        out.push_str(&format!("    {}\n", text.trim_start()));
        let span = f.kind.and_then(|k| span_of(&tb.spans, f, k));
        if let Some(carets) = span.and_then(|s| caret_line(text, f.line, f.col, &s)) {
            out.push_str(&carets);
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

/// The range of frame `f`'s expression of kind `k`, if the table places it without doubt.
fn span_of(spans: &std::collections::HashMap<(u32, u32), Vec<Span>>, f: &Frame, k: char) -> Option<Span> {
    let all = spans.get(&(f.line, f.col))?;
    if k == 'T' {
        // An assert's test: the widest expression starting there (not a boolean operation,
        // where CPython points at the operand that failed).
        return all.iter().max_by_key(|s| (s.end_line, s.end_col)).filter(|s| s.kind != 'X').copied();
    }
    // '!': a special method called for an operator, a subscript, an attribute.
    let mut of_kind = all.iter().filter(|s| if k == '!' { !matches!(s.kind, 'C' | 'X') } else { s.kind == k });
    match (of_kind.next(), of_kind.next()) {
        (Some(s), None) => Some(*s),
        _ => None,
    }
}

/// CPython 3.11's caret line for an expression starting at (`line`, `col`) of source line
/// `text` with range `s`, or `None` where CPython prints none (the range is the whole line and
/// has no operator anchors).
fn caret_line(text: &str, line: u32, col: u32, s: &Span) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let start = (col as usize).checked_sub(1)?;
    let end = if s.end_line == line { (s.end_col as usize).checked_sub(1)? } else { chars.len() };
    if start >= end || end > chars.len() {
        return None;
    }
    let indent = chars.iter().take_while(|c| c.is_whitespace()).count();
    let stripped_len = chars.len() - indent;
    let anchors = if s.end_line != line || s.a == 0 || s.b == 0 {
        None
    } else {
        let (a, b) = (s.a as usize - 1, s.b as usize - 1);
        match s.kind {
            'B' => operator_anchors(&chars, a, b),
            'S' => Some((a, b + 1)),
            _ => None,
        }
    };
    if anchors.is_none() && end - start == stripped_len {
        return None;
    }
    let mut out = format!("    {}", " ".repeat(start.checked_sub(indent)?));
    for i in start..end {
        out.push(match anchors {
            Some((l, r)) if i < l || i >= r => '~',
            _ => '^',
        });
    }
    out.push('\n');
    Some(out)
}

/// The operator's columns `[l, r)` between a binary operation's left operand (ending at `from`)
/// and its right operand (starting at `to`): whitespace and closing parentheses skipped, two
/// characters for `//`, `**`, `<<`, `>>`.
fn operator_anchors(chars: &[char], from: usize, to: usize) -> Option<(usize, usize)> {
    let mut found = None;
    for i in from..to.min(chars.len()) {
        if chars[i].is_whitespace() {
            continue;
        }
        let two = i + 1 < to && chars.get(i + 1).is_some_and(|c| !c.is_whitespace());
        found = Some((i, if two { i + 2 } else { i + 1 }));
        if chars[i] == ')' && i + 1 < to {
            continue;
        }
        break;
    }
    found
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

#[cfg(test)]
mod tests {
    use super::*;

    fn span(end_col: u32, kind: char, a: u32, b: u32) -> Span {
        Span { end_line: 1, end_col, kind, a, b }
    }

    #[test]
    fn carets_as_cpython_draws_them() {
        // `(total - 1) // parts`: operands `~`, the two-character operator `^`.
        let line = "    return scale * 2 + (total - 1) // parts";
        let s = span(44, 'B', 34, 38);
        assert_eq!(caret_line(line, 1, 24, &s).as_deref(), Some("                       ~~~~~~~~~~~~^^~~~~~~\n"));
        // A call spanning the whole stripped line has no caret line; a subscript always has one.
        assert_eq!(caret_line("    f(x)", 1, 5, &span(9, 'C', 0, 0)), None);
        assert_eq!(caret_line("d[k]", 1, 1, &span(5, 'S', 2, 4)).as_deref(), Some("    ~^^^\n"));
        assert_eq!(operator_anchors(&"a ** b".chars().collect::<Vec<_>>(), 1, 5), Some((2, 4)));
    }
}
