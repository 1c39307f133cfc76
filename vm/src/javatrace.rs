//! The Java frames of a Throwable: `std.java_backtrace` captures the guest stack compactly when
//! the Throwable is filled in (function and offset of each frame, no names), and
//! `std.java_frame_names` / `std.java_frame_lines` resolve such a capture, when the program
//! first asks for its `StackTraceElement`s, into the frames HotSpot would report.
//!
//! `table` (built by the JVM frontend) has one line per module function, by function index:
//! empty for a function that is not a Java method, else `SKIP\tNAME\tFILE\tPC:LINE PC:LINE...`
//! where `NAME` is `pkg.Class.method` (`module/pkg.Class.method` for a frame printed as the
//! JDK's own), `FILE` the source file, the pairs the method's LineNumberTable, and `SKIP` is `1`
//! for the constructors and `fillInStackTrace` of Throwable classes (HotSpot leaves out the
//! frames that build the Throwable itself). An optional fifth field holds the helpful
//! NullPointerException messages of the method's instructions, `PC:MESSAGE` entries separated by
//! U+001F, which `std.java_npe_message` reads. A line with an empty `NAME` is a hidden frame: not
//! reported, and a null-reference trap in it has no message.

use crate::host::{GuestFrame, HostCtx};
use crate::{Trap, Vm};
use rootir::{FuncType, Type};

/// One Java method of the table.
struct Method<'a> {
    skip: bool,
    name: &'a str,
    file: &'a str,
    lines: Vec<(u32, u32)>,
    npe: &'a str,
}

fn parse(line: &str) -> Option<Method<'_>> {
    let mut parts = line.split('\t');
    let skip = parts.next()? == "1";
    let (name, file) = (parts.next()?, parts.next()?);
    let lines = parts
        .next()
        .unwrap_or("")
        .split(' ')
        .filter_map(|p| p.split_once(':'))
        .filter_map(|(pc, l)| Some((pc.parse().ok()?, l.parse().ok()?)))
        .collect();
    let npe = parts.next().unwrap_or("");
    Some(Method { skip, name, file, lines, npe })
}

/// The source line of bytecode offset `pc`: the line of the last line-table entry at or before
/// `pc`, -1 (HotSpot's "unknown") if there is none.
fn line_of(lines: &[(u32, u32)], pc: u32) -> i32 {
    lines.iter().filter(|(start, _)| *start <= pc).max_by_key(|(start, _)| *start).map_or(-1, |(_, l)| *l as i32)
}

/// The frame where a started thread of the Java library (java/lang/Thread.java) calls its `run`:
/// a thread's stack ends above it, as a JVM thread's stack ends at its `run`.
const THREAD_BOTTOM: &str = "java.lang.Thread.runAndEnd";

/// One frame as `StackTraceElement` holds it.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Frame<'a> {
    /// The module of a frame printed as the JDK's own (`java.base`), else `None`.
    pub module: Option<&'a str>,
    /// The class, dotted (`pkg.Outer$Inner`).
    pub class: &'a str,
    /// The method name.
    pub method: &'a str,
    /// The source file.
    pub file: &'a str,
    /// The source line, -1 if unknown.
    pub line: i32,
}

/// A table split into its lines, kept between calls: the lines are found once, and a line is
/// parsed only when a frame needs it.
#[derive(Default)]
pub(crate) struct Table {
    /// The reference of the table's string in the guest heap (a reference is never reused for
    /// another object, and strings do not change), 0 before the first load.
    bits: u64,
    text: String,
    /// The byte range of each line.
    lines: Vec<std::ops::Range<usize>>,
}

impl Table {
    /// A table of `text`.
    pub(crate) fn new(text: String) -> Table {
        let mut lines = Vec::new();
        let mut start = 0;
        for (i, _) in text.match_indices('\n') {
            lines.push(start..i);
            start = i + 1;
        }
        lines.push(start..text.len());
        Table { bits: 0, text, lines }
    }

    /// The table of guest string `bits`, read again only when it is another string.
    fn load<'t>(cache: &'t mut Table, cx: &HostCtx<'_>, bits: u64) -> Result<&'t Table, Trap> {
        if cache.bits != bits || bits == 0 {
            *cache = Table::new(cx.string(bits)?);
            cache.bits = bits;
        }
        Ok(cache)
    }

    fn method(&self, func: u32) -> Option<Method<'_>> {
        parse(&self.text[self.lines.get(func as usize)?.clone()])
    }
}

/// The frames HotSpot reports for `stack` (function index and bytecode offset, innermost frame
/// first) under `table`: Java methods only, without the hidden ones, without the leading frames
/// that build the Throwable, and ending above a started thread's bottom frame.
pub(crate) fn frames<'a>(table: &'a Table, stack: &[(u32, u32)]) -> Vec<Frame<'a>> {
    let found =
        stack.iter().filter_map(|&(func, pc)| Some((table.method(func)?, pc))).filter(|(m, _)| !m.name.is_empty());
    let mut out = Vec::new();
    for (m, pc) in found.skip_while(|(m, _)| m.skip).take_while(|(m, _)| m.name != THREAD_BOTTOM) {
        let (module, name) = match m.name.split_once('/') {
            Some((module, name)) => (Some(module), name),
            None => (None, m.name),
        };
        let (class, method) = name.rsplit_once('.').unwrap_or(("", name));
        out.push(Frame { module, class, method, file: m.file, line: line_of(&m.lines, pc) });
    }
    out
}

/// The NullPointerException message of the null-reference trap that happened at `stack` (innermost
/// frame first): the message the table gives the trapping instruction of the innermost Java
/// method (runtime helpers without a table line are passed over); `None` if it has none.
pub(crate) fn npe_message(table: &str, stack: &[GuestFrame]) -> Option<String> {
    let lines: Vec<&str> = table.split('\n').collect();
    let (m, pc) = stack.iter().find_map(|f| Some((parse(lines.get(f.func as usize)?)?, f.offset)))?;
    let wanted = format!("{pc}:");
    m.npe.split('\u{1f}').find_map(|e| e.strip_prefix(wanted.as_str())).map(String::from)
}

/// A captured stack as `std.java_backtrace` stores it: one `i64` per frame, the function index
/// in the high half and the bytecode offset in the low half.
fn pack(stack: &[GuestFrame]) -> Vec<u64> {
    stack.iter().map(|f| (u64::from(f.func) << 32) | u64::from(f.offset)).collect()
}

/// The frames of a capture made by [`pack`] (a `long[]` of the guest heap).
fn unpack(cx: &mut HostCtx<'_>, bits: u64) -> Result<Vec<(u32, u32)>, Trap> {
    let heap = cx.heap();
    let r = vmalloc::Ref::from_bits(bits);
    let trap = |e| Trap::code(crate::heap_ops::trap_of(e));
    if r.is_null() {
        return Ok(Vec::new());
    }
    let len = heap.array_len(r).map_err(trap)?;
    (0..len as i64).map(|i| heap.array_load(r, i).map(|v| ((v >> 32) as u32, v as u32)).map_err(trap)).collect()
}

/// A new guest array of element type `elem` holding `values`.
fn new_array(cx: &mut HostCtx<'_>, elem: vmalloc::ElemType, values: &[u64]) -> Result<u64, Trap> {
    let bits = cx.alloc(|h, roots| h.alloc_array(elem, values.len() as u64, roots))?;
    let r = vmalloc::Ref::from_bits(bits);
    for (i, v) in values.iter().enumerate() {
        cx.heap().array_store(r, i as i64, *v).map_err(|e| Trap::code(crate::heap_ops::trap_of(e)))?;
    }
    Ok(bits)
}

/// A new guest string.
fn new_string(cx: &mut HostCtx<'_>, text: &str) -> Result<u64, Trap> {
    let units: Vec<u16> = text.encode_utf16().collect();
    cx.alloc(|h, roots| h.alloc_string_utf16(&units, roots))
}

/// `std.java_frame_names(table, capture)`: a `String[]` of four entries per frame (module or
/// null, class, method, file).
fn frame_names(cx: &mut HostCtx<'_>, table: &Table, capture: u64) -> Result<u64, Trap> {
    let stack = unpack(cx, capture)?;
    let found = frames(table, &stack);
    let array = new_array(cx, vmalloc::ElemType::Ref, &vec![0; found.len() * 4])?;
    // Rooted while the strings are allocated; each string is stored into it at once.
    let held = cx.hold(array)?;
    let texts = found.iter().flat_map(|f| [f.module, Some(f.class), Some(f.method), Some(f.file)]);
    for (i, text) in texts.enumerate() {
        let Some(text) = text else { continue };
        let s = new_string(cx, text)?;
        let array = vmalloc::Ref::from_bits(cx.slot(&held)?);
        cx.heap().array_store(array, i as i64, s).map_err(|e| Trap::code(crate::heap_ops::trap_of(e)))?;
    }
    cx.slot(&held)
}

/// Registers `std.java_backtrace()` (the current stack, packed), `std.java_trap_backtrace()`
/// (the stack where the last trap happened, for the Java exception a trap object becomes),
/// `std.java_frame_names(table, capture)`, `std.java_frame_lines(table, capture)` (an `int[]`,
/// one line per frame) and `std.java_npe_message(table)`.
pub(crate) fn register(vm: &mut Vm) {
    for (name, at_trap) in [("java_backtrace", false), ("java_trap_backtrace", true)] {
        vm.define_with_ctx("std", name, FuncType::new([], [Type::Ref]), move |cx: &mut HostCtx<'_>, _, out| {
            let packed = if at_trap { pack(cx.trap_stack()) } else { pack(&cx.guest_stack()) };
            out[0] = new_array(cx, vmalloc::ElemType::I64, &packed)?;
            Ok::<(), Trap>(())
        });
    }
    let sig = FuncType::new([Type::Ref, Type::Ref], [Type::Ref]);
    let mut cache = Table::default();
    vm.define_with_ctx("std", "java_frame_names", sig.clone(), move |cx: &mut HostCtx<'_>, a, out| {
        let table = Table::load(&mut cache, cx, a[0])?;
        out[0] = frame_names(cx, table, a[1])?;
        Ok::<(), Trap>(())
    });
    let mut cache = Table::default();
    vm.define_with_ctx("std", "java_frame_lines", sig, move |cx: &mut HostCtx<'_>, a, out| {
        let table = Table::load(&mut cache, cx, a[0])?;
        let stack = unpack(cx, a[1])?;
        let lines: Vec<u64> = frames(table, &stack).iter().map(|f| f.line as u32 as u64).collect();
        out[0] = new_array(cx, vmalloc::ElemType::I32, &lines)?;
        Ok::<(), Trap>(())
    });
    vm.define_with_ctx(
        "std",
        "java_npe_message",
        FuncType::new([Type::Ref], [Type::Ref]),
        |cx: &mut HostCtx<'_>, a, out| {
            let table = cx.string(a[0])?;
            out[0] = match npe_message(&table, cx.trap_stack()) {
                Some(text) => new_string(cx, &text)?,
                None => vmalloc::Ref::NULL.bits(),
            };
            Ok::<(), Trap>(())
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame<'a>(class: &'a str, method: &'a str, file: &'a str, line: i32) -> Frame<'a> {
        Frame { module: None, class, method, file, line }
    }

    #[test]
    fn frames_are_named_with_their_lines_and_constructor_frames_are_left_out() {
        let table = "\n1\tBoom.<init>\tBoom.java\t0:3\n0\tMain.fail\tMain.java\t0:5 4:6\n0\tMain.main\tMain.java\t0:9";
        let stack = [(0, 0), (1, 2), (2, 5), (0, 0), (3, 1)];
        assert_eq!(
            frames(&Table::new(table.to_string()), &stack),
            [frame("Main", "fail", "Main.java", 6), frame("Main", "main", "Main.java", 9)]
        );
    }

    #[test]
    fn a_method_without_a_line_table_or_a_line_before_the_offset_has_line_minus_one() {
        let table = "0\tp.Q$R.run\tQ.java\t\n0\tMain.main\tMain.java\t4:9";
        assert_eq!(
            frames(&Table::new(table.to_string()), &[(0, 7), (1, 5), (1, 2)]),
            [
                frame("p.Q$R", "run", "Q.java", -1),
                frame("Main", "main", "Main.java", 9),
                frame("Main", "main", "Main.java", -1)
            ]
        );
    }

    #[test]
    fn the_npe_message_is_the_trapping_instruction_s_of_the_innermost_java_method() {
        let table = "\n0\tMain.f\tMain.java\t0:5\t3:Cannot read field \"x\"\u{1f}7:Cannot invoke \"String.length()\"\n0\tMain.main\tMain.java\t0:9";
        let f = |func, offset| GuestFrame { func, line: 0, col: 0, offset };
        // A runtime helper (no table line) is passed over; the caller's call instruction decides.
        assert_eq!(
            npe_message(table, &[f(0, 2), f(1, 7), f(2, 1)]).as_deref(),
            Some("Cannot invoke \"String.length()\"")
        );
        assert_eq!(npe_message(table, &[f(1, 3)]).as_deref(), Some("Cannot read field \"x\""));
        assert_eq!(npe_message(table, &[f(1, 4), f(2, 1)]), None);
        assert_eq!(npe_message(table, &[f(2, 1)]), None);
        // A hidden frame (empty name) stops the search: no message, and it is not reported.
        let hidden = format!("{table}\n0\t\t\t\t");
        assert_eq!(npe_message(&hidden, &[f(3, 0), f(1, 7)]), None);
        assert_eq!(frames(&Table::new(hidden.clone()), &[(3, 0), (1, 7)]), [frame("Main", "f", "Main.java", 5)]);
    }

    #[test]
    fn a_thread_stack_ends_at_its_run_as_under_hotspot() {
        let table = "0\tMain.work\tMain.java\t0:4\n0\tjava.base/java.lang.Thread.run\tThread.java\t0:840\n\
                     0\tjava.lang.Thread.runAndEnd\tThread.java\t\n0\tjava.lang.Thread.start\tThread.java\t";
        let run = Frame {
            module: Some("java.base"),
            class: "java.lang.Thread",
            method: "run",
            file: "Thread.java",
            line: 840,
        };
        assert_eq!(
            frames(&Table::new(table.to_string()), &[(0, 0), (1, 0), (2, 0), (3, 0)]),
            [frame("Main", "work", "Main.java", 4), run]
        );
    }

    #[test]
    fn a_capture_packs_function_and_offset() {
        let f = |func, offset| GuestFrame { func, line: 0, col: 0, offset };
        assert_eq!(pack(&[f(3, 7), f(u32::MAX, u32::MAX)]), [(3 << 32) | 7, u64::MAX]);
    }
}
