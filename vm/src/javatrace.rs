//! `std.java_trace(table)`: the `\tat Class.method(File.java:line)` lines HotSpot prints for a
//! Throwable, from the guest stack at the moment the Throwable is constructed.
//!
//! `table` (built by the JVM frontend) has one line per module function, by function index:
//! empty for a function that is not a Java method, else `SKIP\tNAME\tFILE\tPC:LINE PC:LINE...`
//! where `NAME` is `pkg.Class.method`, `FILE` the source file, the pairs the method's
//! LineNumberTable, and `SKIP` is `1` for the constructors of Throwable classes (HotSpot leaves
//! out the frames that build the Throwable itself). An optional fifth field holds the helpful
//! NullPointerException messages of the method's instructions, `PC:MESSAGE` entries separated by
//! U+001F, which `std.java_npe_message` reads. A line with an empty `NAME` is a hidden frame: not
//! printed, and a null-reference trap in it has no message.

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

/// The source line of bytecode offset `pc` (0 if the method has no line before it).
fn line_of(lines: &[(u32, u32)], pc: u32) -> u32 {
    lines.iter().filter(|(start, _)| *start <= pc).max_by_key(|(start, _)| *start).map_or(0, |(_, l)| *l)
}

/// The frame where a started thread of the Java library (java/lang/Thread.java) calls its `run`:
/// a thread's stack ends above it, as a JVM thread's stack ends at its `run`.
const THREAD_BOTTOM: &str = "java.lang.Thread.runAndEnd";

/// The trace text of `stack` (innermost frame first) under `table`.
pub(crate) fn trace(table: &str, stack: &[GuestFrame]) -> String {
    let methods: Vec<Option<Method<'_>>> = table.split('\n').map(parse).collect();
    // A method with an empty name is a hidden frame (the table's lambda bridges): not printed.
    let frames = stack
        .iter()
        .filter_map(|f| Some((methods.get(f.func as usize)?.as_ref()?, f.offset)))
        .filter(|(m, _)| !m.name.is_empty());
    let mut out = String::new();
    for (m, pc) in frames.skip_while(|(m, _)| m.skip).take_while(|(m, _)| m.name != THREAD_BOTTOM) {
        out.push_str(&format!("\tat {}({}:{})\n", m.name, m.file, line_of(&m.lines, pc)));
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

/// The lines HotSpot prints for the trace of an enclosed Throwable (a cause or a suppressed
/// exception) under the trace of the Throwable enclosing it: the frames not in common at the
/// end of both traces, then `\t... N more` for the N frames in common; each line after `prefix`.
pub(crate) fn enclosed(trace: &str, enclosing: &str, prefix: &str) -> String {
    let ours: Vec<&str> = trace.lines().collect();
    let theirs: Vec<&str> = enclosing.lines().collect();
    let common = ours.iter().rev().zip(theirs.iter().rev()).take_while(|(a, b)| a == b).count();
    let mut out = String::new();
    for line in &ours[..ours.len() - common] {
        out.push_str(&format!("{prefix}{line}\n"));
    }
    if common != 0 {
        out.push_str(&format!("{prefix}\t... {common} more\n"));
    }
    out
}

/// Registers `std.java_trace` (the current stack), `std.java_trap_trace` (the stack where
/// the last trap happened, for the Java exception a trap object becomes) and
/// `std.java_trace_enclosed(trace, enclosing, prefix)` ([`enclosed`]).
pub(crate) fn register(vm: &mut Vm) {
    let sig = FuncType::new([Type::Ref, Type::Ref, Type::Ref], [Type::Ref]);
    vm.define_with_ctx("std", "java_trace_enclosed", sig, |cx: &mut HostCtx<'_>, a, out| {
        let text = enclosed(&cx.string(a[0])?, &cx.string(a[1])?, &cx.string(a[2])?);
        let units: Vec<u16> = text.encode_utf16().collect();
        out[0] = cx.alloc(|h, roots| h.alloc_string_utf16(&units, roots))?;
        Ok::<(), Trap>(())
    });
    vm.define_with_ctx(
        "std",
        "java_npe_message",
        FuncType::new([Type::Ref], [Type::Ref]),
        |cx: &mut HostCtx<'_>, a, out| {
            let table = cx.string(a[0])?;
            out[0] = match npe_message(&table, cx.trap_stack()) {
                Some(text) => {
                    let units: Vec<u16> = text.encode_utf16().collect();
                    cx.alloc(|h, roots| h.alloc_string_utf16(&units, roots))?
                }
                None => vmalloc::Ref::NULL.bits(),
            };
            Ok::<(), Trap>(())
        },
    );
    for (name, at_trap) in [("java_trace", false), ("java_trap_trace", true)] {
        let sig = FuncType::new([Type::Ref], [Type::Ref]);
        vm.define_with_ctx("std", name, sig, move |cx: &mut HostCtx<'_>, a, out| {
            let table = cx.string(a[0])?;
            let text = if at_trap { trace(&table, cx.trap_stack()) } else { trace(&table, &cx.guest_stack()) };
            let units: Vec<u16> = text.encode_utf16().collect();
            out[0] = cx.alloc(|h, roots| h.alloc_string_utf16(&units, roots))?;
            Ok::<(), Trap>(())
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_are_named_with_their_lines_and_constructor_frames_are_left_out() {
        let table = "\n1\tBoom.<init>\tBoom.java\t0:3\n0\tMain.fail\tMain.java\t0:5 4:6\n0\tMain.main\tMain.java\t0:9";
        let f = |func, offset| GuestFrame { func, line: 0, col: 0, offset };
        let stack = [f(0, 0), f(1, 2), f(2, 5), f(0, 0), f(3, 1)];
        assert_eq!(trace(table, &stack), "\tat Main.fail(Main.java:6)\n\tat Main.main(Main.java:9)\n");
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
        // A hidden frame (empty name) stops the search: no message, and it is not printed.
        let hidden = format!("{table}\n0\t\t\t\t");
        assert_eq!(npe_message(&hidden, &[f(3, 0), f(1, 7)]), None);
        assert_eq!(trace(&hidden, &[f(3, 0), f(1, 7)]), "\tat Main.f(Main.java:5)\n");
    }

    #[test]
    fn an_enclosed_trace_ends_with_the_count_of_frames_in_common() {
        let outer = "\tat M.a(M.java:3)\n\tat M.main(M.java:9)\n";
        let inner = "\tat M.b(M.java:5)\n\tat M.a(M.java:2)\n\tat M.main(M.java:9)\n";
        assert_eq!(enclosed(inner, outer, "\t"), "\t\tat M.b(M.java:5)\n\t\tat M.a(M.java:2)\n\t\t... 1 more\n");
        assert_eq!(enclosed(outer, outer, ""), "\t... 2 more\n");
        assert_eq!(enclosed(inner, "", ""), inner);
    }

    #[test]
    fn a_thread_stack_ends_at_its_run_as_under_hotspot() {
        let table = "0\tMain.work\tMain.java\t0:4\n0\tjava.base/java.lang.Thread.run\tThread.java\t0:840\n\
                     0\tjava.lang.Thread.runAndEnd\tThread.java\t\n0\tjava.lang.Thread.start\tThread.java\t";
        let f = |func, offset| GuestFrame { func, line: 0, col: 0, offset };
        assert_eq!(
            trace(table, &[f(0, 0), f(1, 0), f(2, 0), f(3, 0)]),
            "\tat Main.work(Main.java:4)\n\tat java.base/java.lang.Thread.run(Thread.java:840)\n"
        );
    }
}
