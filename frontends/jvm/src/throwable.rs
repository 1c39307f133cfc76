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
use rootir::{InstData, Reg, Type};

const THROWABLE: &str = "java/lang/Throwable";
const TO_STRING: &str = "toString()Ljava/lang/String;";

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
            f.b.ret(&[empty]);
            f.b.switch_to(some);
            let len = f.b.array_len(list);
            let copy = f.b.array_new_ref(len);
            let zero = f.b.i32_const(0);
            f.b.array_copy(list, zero, copy, zero, len);
            f.b.ret(&[copy]);
        }
        "getStackTrace()[Ljava/lang/StackTraceElement;" => {
            let zero = f.b.i32_const(0);
            let empty = f.b.array_new_ref(zero);
            f.b.ret(&[empty]);
        }
        "setStackTrace([Ljava/lang/StackTraceElement;)V" => f.b.ret(&[]),
        "printStackTrace(Ljava/io/PrintStream;)V" => {
            let out = param(f, 1);
            let text = f.virt("java/lang/Object", TO_STRING, &[this], Some(Type::Ref))?.expect("result");
            f.call("$println_str", &[out, text])?;
            let trace = f.field_get(THROWABLE, "stackTrace", this, Type::Ref)?;
            let none = f.b.ref_is_null(trace);
            let (_, print) = f.split(none);
            f.b.ret(&[]);
            f.b.switch_to(print);
            f.call("$print_str", &[out, trace])?;
            f.b.ret(&[]);
        }
        "<init>(I)V" => {
            // `new ArrayIndexOutOfBoundsException(5)`: "Array index out of range: 5".
            let head = if class == "java/lang/ArrayIndexOutOfBoundsException" { "Array" } else { "String" };
            let head = f.str(&format!("{head} index out of range: "));
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
