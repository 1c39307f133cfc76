//! The `Throwable` methods beyond the message (`runtime.rs` has the message, `toString` and
//! the uncaught-exception printing): causes, suppressed exceptions, the stack trace methods,
//! and the index constructors of the bounds exceptions, as rootIR built directly.
//!
//! Modelled as in JDK 17, except: the stack trace is the text of `\tat ...` lines printed by
//! the uncaught-exception handler (`getStackTrace` returns an empty array and `setStackTrace`
//! does nothing: `StackTraceElement` is not modelled), `writableStackTrace = false` still
//! records the trace, and a cause set to `null` by a constructor can be set again by
//! `initCause` (the JDK throws `IllegalStateException` then).

use crate::runtime::B;
use rootir::{FuncType, InstData, Reg, Type};

const THROWABLE: &str = "java/lang/Throwable";
const TO_STRING: &str = "toString()Ljava/lang/String;";

/// `NumberFormatException.forInputString(String, int)` (static).
pub const FOR_INPUT_STRING: &str = "forInputString(Ljava/lang/String;I)Ljava/lang/NumberFormatException;";

/// `NumberFormatException.forCharSequence(CharSequence, int, int, int)` (static).
pub const FOR_CHAR_SEQUENCE: &str = "forCharSequence(Ljava/lang/CharSequence;III)Ljava/lang/NumberFormatException;";

/// Whether `key` is one of the static factories above.
pub fn is_static(key: &str) -> bool {
    key == FOR_INPUT_STRING || key == FOR_CHAR_SEQUENCE
}

/// `printStackTrace(PrintWriter)`, which exists when the program has `PrintWriter`.
pub const PRINT_TO_WRITER: &str = "printStackTrace(Ljava/io/PrintWriter;)V";
/// The JDK's private printer over its own `Throwable$PrintStreamOrWriter` (a sweep of
/// `java.base`), which exists when the input has that class.
pub const PRINT_TO_EITHER: &str = "printStackTrace(Ljava/lang/Throwable$PrintStreamOrWriter;)V";
const EITHER: &str = "java/lang/Throwable$PrintStreamOrWriter";
/// The JDK's private `getOurStackTrace()`: the stack trace as `getStackTrace()` returns it.
pub const GET_OUR_STACK_TRACE: &str = "getOurStackTrace()[Ljava/lang/StackTraceElement;";

/// Whether `key` is a private method (a function, not a virtual method).
pub fn is_private(key: &str) -> bool {
    key == GET_OUR_STACK_TRACE || key == PRINT_TO_EITHER
}

/// The `Throwable` methods that exist only with the library classes they use: key and
/// signature.
pub fn writer_methods(p: &crate::program::Program) -> Vec<(String, FuncType)> {
    let sig = FuncType::new([Type::Ref, Type::Ref], []);
    [("java/io/PrintWriter", PRINT_TO_WRITER), (EITHER, PRINT_TO_EITHER)]
        .iter()
        .filter(|(class, _)| p.classes.contains_key(*class))
        .map(|(_, key)| (key.to_string(), sig.clone()))
        .collect()
}

/// Emits the body of `Throwable` method `key` (or of a bounds exception's `<init>(I)V`).
pub fn method(f: &mut B<'_>, class: &str, key: &str, this: Reg) -> Result<(), String> {
    let param = |f: &mut B<'_>, i: usize| f.b.param(i);
    match key {
        "<init>(Ljava/lang/String;Ljava/lang/Throwable;)V" | "<init>(Ljava/lang/String;Ljava/lang/Throwable;ZZ)V" => {
            let (msg, cause) = (param(f, 1), param(f, 2));
            f.field_set(THROWABLE, "detailMessage", this, msg)?;
            f.field_set(THROWABLE, "cause", this, cause)?;
            f.fill_in_stack_trace(this)?;
            f.b.ret(&[]);
        }
        "<init>(Ljava/lang/Throwable;)V" => {
            // The message is `cause.toString()`, or null without a cause.
            let cause = param(f, 1);
            f.field_set(THROWABLE, "cause", this, cause)?;
            let none = f.b.ref_is_null(cause);
            let (_, with) = f.split(none);
            f.fill_in_stack_trace(this)?;
            f.b.ret(&[]);
            f.b.switch_to(with);
            let text = f.virt("java/lang/Object", TO_STRING, &[cause], Some(Type::Ref))?.expect("result");
            f.field_set(THROWABLE, "detailMessage", this, text)?;
            f.fill_in_stack_trace(this)?;
            f.b.ret(&[]);
        }
        "getCause()Ljava/lang/Throwable;" => {
            let cause = f.field_get(THROWABLE, "cause", this, Type::Ref)?;
            f.b.ret(&[cause]);
        }
        "initCause(Ljava/lang/Throwable;)Ljava/lang/Throwable;" => {
            // The JDK's checks, in its order: a cause set already, then self-causation.
            let cause = param(f, 1);
            let old = f.field_get(THROWABLE, "cause", this, Type::Ref)?;
            let unset = f.b.ref_is_null(old);
            let (_, set) = f.split(unset);
            let same = f.b.ref_eq(cause, this);
            let (_, other) = f.split(same);
            throw_new(f, "java/lang/IllegalArgumentException", "Self-causation not permitted")?;
            f.b.switch_to(other);
            f.field_set(THROWABLE, "cause", this, cause)?;
            f.b.ret(&[this]);
            f.b.switch_to(set);
            throw_new(f, "java/lang/IllegalStateException", "Can't overwrite cause")?;
        }
        "fillInStackTrace()Ljava/lang/Throwable;" => {
            f.fill_in_stack_trace(this)?;
            f.b.ret(&[this]);
        }
        "addSuppressed(Ljava/lang/Throwable;)V" => add_suppressed(f, this)?,
        "getSuppressed()[Ljava/lang/Throwable;" => {
            let list = f.field_get(THROWABLE, "suppressed", this, Type::Ref)?;
            let none = f.b.ref_is_null(list);
            let (_, some) = f.split(none);
            let zero = f.b.i32_const(0);
            let empty = f.b.array_new_ref(zero);
            crate::arrays::tag_new(f.p, &mut f.b, empty, "[Ljava/lang/Throwable;")?;
            f.b.ret(&[empty]);
            f.b.switch_to(some);
            let len = f.b.array_len(list);
            let copy = f.b.array_new_ref(len);
            let zero = f.b.i32_const(0);
            f.b.array_copy(list, zero, copy, zero, len);
            crate::arrays::tag_new(f.p, &mut f.b, copy, "[Ljava/lang/Throwable;")?;
            f.b.ret(&[copy]);
        }
        "getStackTrace()[Ljava/lang/StackTraceElement;" | GET_OUR_STACK_TRACE => {
            let zero = f.b.i32_const(0);
            let empty = f.b.array_new_ref(zero);
            crate::arrays::tag_new(f.p, &mut f.b, empty, "[Ljava/lang/StackTraceElement;")?;
            f.b.ret(&[empty]);
        }
        "setStackTrace([Ljava/lang/StackTraceElement;)V" => f.b.ret(&[]),
        "printStackTrace(Ljava/io/PrintStream;)V" => {
            let out = param(f, 1);
            let text = f.call("$trace_text", &[this])?[0];
            f.call("$print_str", &[out, text])?;
            f.b.ret(&[]);
        }
        PRINT_TO_WRITER | PRINT_TO_EITHER => {
            // The text of `printStackTrace()`, a `println(Object)` per line as the JDK prints
            // it (so an autoflush writer flushes each line).
            let out = param(f, 1);
            let text = f.call("$trace_text", &[this])?[0];
            let class = if key == PRINT_TO_WRITER { "java/io/PrintWriter" } else { EITHER };
            print_lines(f, class, out, text)?;
        }
        "setCause(Ljava/lang/Throwable;)V" => {
            let cause = param(f, 1);
            f.field_set(THROWABLE, "cause", this, cause)?;
            f.b.ret(&[]);
        }
        FOR_INPUT_STRING => {
            // `For input string: "s"`, then ` under radix N` unless the radix is 10.
            let (s, radix) = (param(f, 0), param(f, 1));
            let head = f.str("For input string: \"");
            let text = f.call("$obj_str", &[s])?[0];
            let quote = f.str("\"");
            let msg = f.b.str_concat(head, text);
            let msg = f.b.str_concat(msg, quote);
            let id = f.p.class("java/lang/NumberFormatException")?.id;
            let e = f.b.new_reg(Type::Ref);
            f.b.push(InstData::New { dst: e, class: id });
            f.fill_in_stack_trace(e)?;
            let ten = f.b.i32_const(10);
            let decimal = f.b.i32_eq(radix, ten);
            let (_, other) = f.split(decimal);
            f.field_set(THROWABLE, "detailMessage", e, msg)?;
            f.b.ret(&[e]);
            f.b.switch_to(other);
            let under = f.str(" under radix ");
            let wide = f.b.i64_extend_i32_s(radix);
            let digits = f.b.str_from_i64(wide);
            let tail = f.b.str_concat(under, digits);
            let msg = f.b.str_concat(msg, tail);
            f.field_set(THROWABLE, "detailMessage", e, msg)?;
            f.b.ret(&[e]);
        }
        FOR_CHAR_SEQUENCE => {
            // `Error at index (error - begin) in: "s[begin, end)"`.
            let (s, begin, end, error) = (param(f, 0), param(f, 1), param(f, 2), param(f, 3));
            let text = f.call("$obj_str", &[s])?[0];
            let (callee, _) = f.p.host("java_substring", FuncType::new([Type::Ref, Type::I32, Type::I32], [Type::Ref]));
            let part = f.b.call(callee, &[text, begin, end], &[Type::Ref])[0];
            let at = f.b.i32_sub(error, begin);
            let at = f.b.i64_extend_i32_s(at);
            let digits = f.b.str_from_i64(at);
            let head = f.str("Error at index ");
            let mut msg = f.b.str_concat(head, digits);
            for piece in [f.str(" in: \""), part, f.str("\"")] {
                msg = f.b.str_concat(msg, piece);
            }
            let id = f.p.class("java/lang/NumberFormatException")?.id;
            let e = f.b.new_reg(Type::Ref);
            f.b.push(InstData::New { dst: e, class: id });
            f.field_set(THROWABLE, "detailMessage", e, msg)?;
            f.fill_in_stack_trace(e)?;
            f.b.ret(&[e]);
        }
        "<init>(J)V" => {
            // `new IndexOutOfBoundsException(5L)`: "Index out of range: 5".
            let head = f.str("Index out of range: ");
            let index = param(f, 1);
            let digits = f.b.str_from_i64(index);
            let msg = f.b.str_concat(head, digits);
            f.field_set(THROWABLE, "detailMessage", this, msg)?;
            f.fill_in_stack_trace(this)?;
            f.b.ret(&[]);
        }
        "<init>(I)V" => {
            // `new ArrayIndexOutOfBoundsException(5)`: "Array index out of range: 5"; the
            // `String` one says "String index ...", `IndexOutOfBoundsException` "Index ...".
            let head = match class {
                "java/lang/ArrayIndexOutOfBoundsException" => "Array index",
                "java/lang/StringIndexOutOfBoundsException" => "String index",
                _ => "Index",
            };
            let head = f.str(&format!("{head} out of range: "));
            let index = param(f, 1);
            let wide = f.b.i64_extend_i32_s(index);
            let digits = f.b.str_from_i64(wide);
            let msg = f.b.str_concat(head, digits);
            f.field_set(THROWABLE, "detailMessage", this, msg)?;
            f.fill_in_stack_trace(this)?;
            f.b.ret(&[]);
        }
        other => return Err(format!("internal: no Throwable method {other}")),
    }
    Ok(())
}

/// Calls `println(Object)` of `out` (a `class`) with each line of `text` (without its
/// `\n`); returns.
fn print_lines(f: &mut B<'_>, class: &str, out: Reg, text: Reg) -> Result<(), String> {
    let len = f.b.str_len(text);
    let start = f.b.new_reg(Type::I32);
    let zero = f.b.i32_const(0);
    f.b.mov(start, zero);
    let (substring, _) = f.p.host("java_substring", FuncType::new([Type::Ref, Type::I32, Type::I32], [Type::Ref]));
    f.count_up(zero, len, |f, i| {
        let unit = f.b.str_unit_at(text, i);
        let nl = f.b.i32_const(10);
        let is_nl = f.b.i32_eq(unit, nl);
        let (_, other) = f.split(is_nl);
        let line = f.b.call(substring, &[text, start, i], &[Type::Ref])[0];
        f.virt(class, "println(Ljava/lang/Object;)V", &[out, line], None)?;
        let one = f.b.i32_const(1);
        let after = f.b.i32_add(i, one);
        f.b.mov(start, after);
        f.b.br(other);
        f.b.switch_to(other);
        Ok(())
    })?;
    f.b.ret(&[]);
    Ok(())
}

/// `addSuppressed(e)`: appends to the array of suppressed exceptions (a new array each time),
/// after the JDK's checks for self-suppression and null.
fn add_suppressed(f: &mut B<'_>, this: Reg) -> Result<(), String> {
    let e = f.b.param(1);
    let same = f.b.ref_eq(e, this);
    let (_, other) = f.split(same);
    throw_new(f, "java/lang/IllegalArgumentException", "Self-suppression not permitted")?;
    f.b.switch_to(other);
    let null = f.b.ref_is_null(e);
    let (_, ok) = f.split(null);
    throw_new(f, "java/lang/NullPointerException", "Cannot suppress a null exception.")?;
    f.b.switch_to(ok);
    let old = f.field_get(THROWABLE, "suppressed", this, Type::Ref)?;
    let none = f.b.ref_is_null(old);
    let (_, grow) = f.split(none);
    let one = f.b.i32_const(1);
    let first = f.b.array_new_ref(one);
    let zero = f.b.i32_const(0);
    f.b.array_set_ref(first, zero, e);
    f.field_set(THROWABLE, "suppressed", this, first)?;
    f.b.ret(&[]);
    f.b.switch_to(grow);
    let len = f.b.array_len(old);
    let one = f.b.i32_const(1);
    let bigger = f.b.i32_add(len, one);
    let list = f.b.array_new_ref(bigger);
    let zero = f.b.i32_const(0);
    f.b.array_copy(old, zero, list, zero, len);
    f.b.array_set_ref(list, len, e);
    f.field_set(THROWABLE, "suppressed", this, list)?;
    f.b.ret(&[]);
    Ok(())
}

/// Throws a new exception of built-in class `class` with message `text` (and a stack trace).
fn throw_new(f: &mut B<'_>, class: &str, text: &str) -> Result<(), String> {
    let id = f.p.class(class)?.id;
    let e = f.b.new_reg(Type::Ref);
    f.b.push(InstData::New { dst: e, class: id });
    let msg = f.str(text);
    f.field_set(THROWABLE, "detailMessage", e, msg)?;
    f.fill_in_stack_trace(e)?;
    f.b.throw(e);
    Ok(())
}

/// The runtime functions that build the text `printStackTrace` prints, as JDK 17's
/// `Throwable.printStackTrace` and `printEnclosedStackTrace` build it: `toString()` and the
/// recorded `\tat` lines, then each suppressed exception (`Suppressed: `, one tab deeper) and
/// the cause (`Caused by: `), each with only the frames not in common with the trace that
/// encloses it and `... N more`. `box` is a one-element array holding the exceptions printed
/// so far (a list of two-element arrays `[exception, rest]`), HotSpot's `dejaVu` set: one met
/// again prints as `[CIRCULAR REFERENCE: ...]`.
pub const TRACE_FUNCTIONS: &[&str] =
    &["$trace_text", "$trace_enclosed", "$trace_suppressed", "$trace_seen", "$trace_of"];

/// The signature of trace function `name` (one of [`TRACE_FUNCTIONS`]).
pub fn trace_sig(name: &str) -> (Vec<Type>, Vec<Type>) {
    use Type::*;
    match name {
        "$trace_text" | "$trace_of" => (vec![Ref], vec![Ref]),
        "$trace_enclosed" => (vec![Ref, Ref, Ref, Ref, Ref], vec![Ref]),
        "$trace_suppressed" => (vec![Ref, I32, Ref, Ref, Ref], vec![Ref]),
        _ => (vec![Ref, Ref], vec![I32]),
    }
}

/// Emits the body of trace function `name` (one of [`TRACE_FUNCTIONS`]).
pub fn trace_function(f: &mut B<'_>, name: &str) -> Result<(), String> {
    let p = |f: &mut B<'_>, i: usize| f.b.param(i);
    match name {
        "$trace_text" => {
            let e = p(f, 0);
            let one = f.b.i32_const(1);
            let boxed = f.b.array_new_ref(one);
            let none = f.b.ref_null();
            let cell = cons(f, e, none);
            let zero = f.b.i32_const(0);
            f.b.array_set_ref(boxed, zero, cell);
            let head = f.virt("java/lang/Object", TO_STRING, &[e], Some(Type::Ref))?.expect("result");
            let nl = f.str("\n");
            let head = f.b.str_concat(head, nl);
            let empty = f.str("");
            let text = tail(f, e, head, empty, boxed, None)?;
            f.b.ret(&[text]);
        }
        "$trace_enclosed" => {
            // Empty for a null `e` (no cause).
            let (e, enclosing, caption, prefix, boxed) = (p(f, 0), p(f, 1), p(f, 2), p(f, 3), p(f, 4));
            let null = f.b.ref_is_null(e);
            let (_, some) = f.split(null);
            let empty = f.str("");
            f.b.ret(&[empty]);
            f.b.switch_to(some);
            let zero = f.b.i32_const(0);
            let list = f.b.array_get_ref(boxed, zero);
            let seen = f.call("$trace_seen", &[list, e])?[0];
            let (_, fresh) = f.split(seen);
            let text = f.virt("java/lang/Object", TO_STRING, &[e], Some(Type::Ref))?.expect("result");
            let open = f.str("[CIRCULAR REFERENCE: ");
            let close = f.str("]\n");
            let line = concat(f, &[prefix, caption, open, text, close]);
            f.b.ret(&[line]);
            f.b.switch_to(fresh);
            let cell = cons(f, e, list);
            let zero = f.b.i32_const(0);
            f.b.array_set_ref(boxed, zero, cell);
            let text = f.virt("java/lang/Object", TO_STRING, &[e], Some(Type::Ref))?.expect("result");
            let nl = f.str("\n");
            let head = concat(f, &[prefix, caption, text, nl]);
            let text = tail(f, e, head, prefix, boxed, Some(enclosing))?;
            f.b.ret(&[text]);
        }
        "$trace_suppressed" => {
            // Element `i` on of the suppressed array, each under `trace`.
            let (list, i, trace, prefix, boxed) = (p(f, 0), p(f, 1), p(f, 2), p(f, 3), p(f, 4));
            let empty = f.str("");
            let none = f.b.ref_is_null(list);
            let (_, some) = f.split(none);
            f.b.ret(&[empty]);
            f.b.switch_to(some);
            let len = f.b.array_len(list);
            let done = f.b.i32_ge_s(i, len);
            let (_, more) = f.split(done);
            f.b.ret(&[empty]);
            f.b.switch_to(more);
            let e = f.b.array_get_ref(list, i);
            let caption = f.str("Suppressed: ");
            let first = f.call("$trace_enclosed", &[e, trace, caption, prefix, boxed])?[0];
            let one = f.b.i32_const(1);
            let next = f.b.i32_add(i, one);
            let rest = f.call("$trace_suppressed", &[list, next, trace, prefix, boxed])?[0];
            let text = f.b.str_concat(first, rest);
            f.b.ret(&[text]);
        }
        "$trace_seen" => {
            // Whether `e` is in the list of `[exception, rest]` cells.
            let (list, e) = (p(f, 0), p(f, 1));
            let end = f.b.ref_is_null(list);
            let (_, walk) = f.split(end);
            let no = f.b.i32_const(0);
            f.b.ret(&[no]);
            f.b.switch_to(walk);
            let zero = f.b.i32_const(0);
            let first = f.b.array_get_ref(list, zero);
            let hit = f.b.ref_eq(first, e);
            let (_, next) = f.split(hit);
            let yes = f.b.i32_const(1);
            f.b.ret(&[yes]);
            f.b.switch_to(next);
            let one = f.b.i32_const(1);
            let rest = f.b.array_get_ref(list, one);
            let found = f.call("$trace_seen", &[rest, e])?[0];
            f.b.ret(&[found]);
        }
        _ => {
            // The recorded `\tat` lines of `e`, empty if none were recorded.
            let e = p(f, 0);
            let trace = f.field_get(THROWABLE, "stackTrace", e, Type::Ref)?;
            let none = f.b.ref_is_null(trace);
            let (_, some) = f.split(none);
            let empty = f.str("");
            f.b.ret(&[empty]);
            f.b.switch_to(some);
            f.b.ret(&[trace]);
        }
    }
    Ok(())
}

/// `head`, then the trace lines of `e` (all of them without `enclosing`, else those not in
/// common with the enclosing trace, each after `prefix`), its suppressed exceptions and cause.
fn tail(f: &mut B<'_>, e: Reg, head: Reg, prefix: Reg, boxed: Reg, enclosing: Option<Reg>) -> Result<Reg, String> {
    let trace = f.call("$trace_of", &[e])?[0];
    let lines = match enclosing {
        None => trace,
        Some(outer) => {
            let (callee, _) = f.p.host("java_trace_enclosed", FuncType::new([Type::Ref; 3], [Type::Ref]));
            f.b.call(callee, &[trace, outer, prefix], &[Type::Ref])[0]
        }
    };
    let text = f.b.str_concat(head, lines);
    let tab = f.str("\t");
    let deeper = f.b.str_concat(prefix, tab);
    let list = f.field_get(THROWABLE, "suppressed", e, Type::Ref)?;
    let zero = f.b.i32_const(0);
    let suppressed = f.call("$trace_suppressed", &[list, zero, trace, deeper, boxed])?[0];
    let text = f.b.str_concat(text, suppressed);
    let cause = f.virt(THROWABLE, "getCause()Ljava/lang/Throwable;", &[e], Some(Type::Ref))?.expect("result");
    let caption = f.str("Caused by: ");
    let caused = f.call("$trace_enclosed", &[cause, trace, caption, prefix, boxed])?[0];
    Ok(f.b.str_concat(text, caused))
}

/// A new two-element array `[first, rest]`.
fn cons(f: &mut B<'_>, first: Reg, rest: Reg) -> Reg {
    let two = f.b.i32_const(2);
    let cell = f.b.array_new_ref(two);
    let zero = f.b.i32_const(0);
    f.b.array_set_ref(cell, zero, first);
    let one = f.b.i32_const(1);
    f.b.array_set_ref(cell, one, rest);
    cell
}

/// The concatenation of `parts`.
fn concat(f: &mut B<'_>, parts: &[Reg]) -> Reg {
    let mut s = parts[0];
    for part in &parts[1..] {
        s = f.b.str_concat(s, *part);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The factories of `NumberFormatException` are static functions of the class (not
    /// virtual methods), the bounds constructors and `setCause` are there, and all verify.
    #[test]
    fn factories_and_constructors_are_declared_and_verify() {
        let mut p = crate::program::Program::new("throwable");
        crate::classes::declare(&mut p, Vec::new()).expect("declares the runtime's classes");
        let nfe = "java/lang/NumberFormatException";
        for key in [FOR_INPUT_STRING, FOR_CHAR_SEQUENCE] {
            assert!(is_static(key));
            assert!(p.function(nfe, key).is_ok(), "{key}");
            assert!(p.method(nfe, key).is_err(), "{key} is not virtual");
        }
        let ioobe = "java/lang/IndexOutOfBoundsException";
        assert!(p.function(ioobe, "<init>(I)V").is_ok() && p.function(ioobe, "<init>(J)V").is_ok());
        assert!(p.method(THROWABLE, "setCause(Ljava/lang/Throwable;)V").is_ok());
        for key in ["write([BII)V", "writeBytes([B)V", "append(C)Ljava/lang/Appendable;"] {
            assert!(p.method("java/io/PrintStream", key).is_ok(), "{key}");
        }
        rootir::verify::verify_module(&p.module).expect("verifies");
    }
}
