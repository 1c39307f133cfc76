//! The `Throwable` methods beyond the message (`runtime.rs` has the message and `toString`):
//! causes, suppressed exceptions, the stack trace and its printing, and the index constructors
//! of the bounds exceptions, as rootIR built directly (the Java parts are `RootTrace` and
//! `StackTraceElement` of the Java library).
//!
//! The stack trace is modelled as in JDK 17: filling it in (`fillInStackTrace`, which every
//! constructor calls virtually) captures the guest stack compactly into the field `backtrace`
//! (`std.java_backtrace`: function and bytecode offset per frame); the `StackTraceElement`s are
//! built from it the first time they are asked for (`getStackTrace`, printing) and kept in
//! `stackTrace`, which `setStackTrace` replaces. The field [`FLAGS`] says what the JDK encodes
//! with its sentinels (a trace that is not writable, suppression disabled), so a Throwable built
//! without a constructor (the runtime's own exceptions) is an ordinary one. The JDK's private
//! statics ([`STATICS`]) are set by the runtime's `Throwable.<clinit>`, run when first needed.
//!
//! Not modelled: a cause set to `null` by a constructor can be set again by `initCause` (the
//! JDK throws `IllegalStateException` then).

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

/// The JDK's private `printEnclosedStackTrace` (a sweep of `java.base`), which exists when the
/// input has `Throwable$PrintStreamOrWriter` and `java.util.Set`.
pub const PRINT_ENCLOSED: &str = "printEnclosedStackTrace(Ljava/lang/Throwable$PrintStreamOrWriter;\
                                  [Ljava/lang/StackTraceElement;Ljava/lang/String;Ljava/lang/String;Ljava/util/Set;)V";
const SET: &str = "java/util/Set";

/// `Throwable`'s class initialiser: sets [`STATICS`].
pub const CLINIT: &str = "<clinit>()V";

/// The Java library class with the Java half of the stack traces (`lib/src/java/lang/RootTrace.java`).
pub const ROOT_TRACE: &str = "java/lang/RootTrace";
const STE_ARRAY: &str = "[Ljava/lang/StackTraceElement;";
const FILL: &str = "fillInStackTrace()Ljava/lang/Throwable;";

/// The instance field (`int`) with the Throwable's flags: [`NOT_WRITABLE`], [`NO_SUPPRESSION`].
pub const FLAGS: &str = "$flags";
/// Flag: the stack trace is not writable (the JDK's `stackTrace == null`): never filled in or set.
pub const NOT_WRITABLE: i32 = 1;
/// Flag: suppression is disabled (the JDK's `suppressedExceptions == null`).
pub const NO_SUPPRESSION: i32 = 2;

/// The JDK's private statics of `Throwable` (name, descriptor), globals set by [`CLINIT`]:
/// empty arrays (`getStackTrace` and `getSuppressed` of none return them or a copy, as the
/// JDK's do) and `Collections.emptyList()` when the program has `Collections` (else null).
pub const STATICS: &[(&str, &str)] = &[
    ("UNASSIGNED_STACK", STE_ARRAY),
    ("SUPPRESSED_SENTINEL", "Ljava/util/List;"),
    ("EMPTY_THROWABLE_ARRAY", "[Ljava/lang/Throwable;"),
];

/// Whether `key` is a private method (a function, not a virtual method).
pub fn is_private(key: &str) -> bool {
    key == GET_OUR_STACK_TRACE || key == PRINT_TO_EITHER || key == PRINT_ENCLOSED
}

/// The `Throwable` methods that exist only with the library classes they use: key and
/// signature.
pub fn writer_methods(p: &crate::program::Program) -> Vec<(String, FuncType)> {
    let sig = FuncType::new([Type::Ref, Type::Ref], []);
    let mut out: Vec<(String, FuncType)> = [("java/io/PrintWriter", PRINT_TO_WRITER), (EITHER, PRINT_TO_EITHER)]
        .iter()
        .filter(|(class, _)| p.classes.contains_key(*class))
        .map(|(_, key)| (key.to_string(), sig.clone()))
        .collect();
    if p.classes.contains_key(EITHER) && p.classes.contains_key(SET) {
        out.push((PRINT_ENCLOSED.to_string(), FuncType::new([Type::Ref; 6], [])));
    }
    out
}

/// The methods that need `RootTrace` (the Java library is there whenever the program has a
/// class).
const JAVA_HALF: &[&str] = &[
    "printStackTrace()V",
    "printStackTrace(Ljava/io/PrintStream;)V",
    "getStackTrace()[Ljava/lang/StackTraceElement;",
    "setStackTrace([Ljava/lang/StackTraceElement;)V",
    GET_OUR_STACK_TRACE,
    PRINT_TO_WRITER,
    PRINT_TO_EITHER,
    PRINT_ENCLOSED,
];

/// Calls `fillInStackTrace()` of `this` virtually, as the JDK's constructors do (an override
/// decides).
fn fill_virtual(f: &mut B<'_>, this: Reg) -> Result<(), String> {
    f.virt(THROWABLE, FILL, &[this], Some(Type::Ref))?;
    Ok(())
}

/// Whether flag `flag` of Throwable `this` is set (an `i32`, 0 or not).
fn flag(f: &mut B<'_>, this: Reg, flag: i32) -> Result<Reg, String> {
    let flags = f.field_get(THROWABLE, FLAGS, this, Type::I32)?;
    let bit = f.b.i32_const(flag);
    Ok(f.b.i32_and(flags, bit))
}

/// Calls static method `key` of `RootTrace`.
fn root_trace(f: &mut B<'_>, key: &str, args: &[Reg], result: Option<Type>) -> Result<Option<Reg>, String> {
    let (_, func) = f.p.function(ROOT_TRACE, key)?;
    Ok(f.b.call(rootir::Callee::Func(func), args, &result.into_iter().collect::<Vec<_>>()).first().copied())
}

/// The global of static `name` of [`STATICS`].
fn static_global(f: &mut B<'_>, name: &str) -> Result<Reg, String> {
    let (_, g, _) = f.p.static_field(THROWABLE, name)?;
    f.call("$throwable_statics", &[])?;
    Ok(f.b.global_get(Type::Ref, g))
}

/// Emits the body of `Throwable` method `key` (or of a bounds exception's `<init>(I)V`).
pub fn method(f: &mut B<'_>, class: &str, key: &str, this: Reg) -> Result<(), String> {
    let param = |f: &mut B<'_>, i: usize| f.b.param(i);
    if JAVA_HALF.contains(&key) && !f.p.classes.contains_key(ROOT_TRACE) {
        // Without any class of the program (and so of the library) nothing can call them.
        f.b.unreachable();
        return Ok(());
    }
    match key {
        "printStackTrace()V" => {
            f.call("$stack_trace", &[this])?;
            f.b.ret(&[]);
        }
        "<init>(Ljava/lang/String;Ljava/lang/Throwable;)V" => {
            let (msg, cause) = (param(f, 1), param(f, 2));
            fill_virtual(f, this)?;
            f.field_set(THROWABLE, "detailMessage", this, msg)?;
            f.field_set(THROWABLE, "cause", this, cause)?;
            f.b.ret(&[]);
        }
        "<init>(Ljava/lang/String;Ljava/lang/Throwable;ZZ)V" => {
            // `enableSuppression`, `writableStackTrace`: the flags say what is off.
            let (msg, cause, suppression, writable) = (param(f, 1), param(f, 2), param(f, 3), param(f, 4));
            let no_suppression = f.b.i32_eqz(suppression);
            let not_writable = f.b.i32_eqz(writable);
            let two = f.b.i32_const(NO_SUPPRESSION);
            let bit = f.b.i32_mul(no_suppression, two);
            let flags = f.b.i32_or(bit, not_writable);
            f.field_set(THROWABLE, FLAGS, this, flags)?;
            let (_, after) = f.split(writable);
            fill_virtual(f, this)?;
            f.b.br(after);
            f.b.switch_to(after);
            f.field_set(THROWABLE, "detailMessage", this, msg)?;
            f.field_set(THROWABLE, "cause", this, cause)?;
            f.b.ret(&[]);
        }
        "<init>(Ljava/lang/Throwable;)V" => {
            // The message is `cause.toString()`, or null without a cause.
            let cause = param(f, 1);
            fill_virtual(f, this)?;
            f.field_set(THROWABLE, "cause", this, cause)?;
            let none = f.b.ref_is_null(cause);
            let (_, with) = f.split(none);
            f.b.ret(&[]);
            f.b.switch_to(with);
            let text = f.virt("java/lang/Object", TO_STRING, &[cause], Some(Type::Ref))?.expect("result");
            f.field_set(THROWABLE, "detailMessage", this, text)?;
            f.b.ret(&[]);
        }
        "<init>()V" | "<init>(Ljava/lang/String;)V" => {
            fill_virtual(f, this)?;
            if key != "<init>()V" {
                let msg = param(f, 1);
                f.field_set(THROWABLE, "detailMessage", this, msg)?;
            }
            f.b.ret(&[]);
        }
        CLINIT => {
            for (name, desc) in [STATICS[0], STATICS[2]] {
                let zero = f.b.i32_const(0);
                let empty = f.b.array_new_ref(zero);
                crate::arrays::tag_new(f.p, &mut f.b, empty, desc)?;
                let (_, g, _) = f.p.static_field(THROWABLE, name)?;
                f.b.global_set(g, empty);
            }
            if let Ok((_, empty_list)) = f.p.function("java/util/Collections", "emptyList()Ljava/util/List;") {
                let list = f.b.call(rootir::Callee::Func(empty_list), &[], &[Type::Ref])[0];
                let (_, g, _) = f.p.static_field(THROWABLE, STATICS[1].0)?;
                f.b.global_set(g, list);
            }
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
        FILL => {
            // A new capture, unless the trace is not writable.
            let fixed = flag(f, this, NOT_WRITABLE)?;
            let (_, writable) = f.split(fixed);
            f.b.ret(&[this]);
            f.b.switch_to(writable);
            f.fill_in_stack_trace(this)?;
            let none = f.b.ref_null();
            f.field_set(THROWABLE, "stackTrace", this, none)?;
            f.b.ret(&[this]);
        }
        "addSuppressed(Ljava/lang/Throwable;)V" => add_suppressed(f, this)?,
        "getSuppressed()[Ljava/lang/Throwable;" => {
            let list = f.field_get(THROWABLE, "suppressed", this, Type::Ref)?;
            let none = f.b.ref_is_null(list);
            let (_, some) = f.split(none);
            let empty = static_global(f, "EMPTY_THROWABLE_ARRAY")?;
            f.b.ret(&[empty]);
            f.b.switch_to(some);
            let len = f.b.array_len(list);
            let copy = f.b.array_new_ref(len);
            let zero = f.b.i32_const(0);
            f.b.array_copy(list, zero, copy, zero, len);
            crate::arrays::tag_new(f.p, &mut f.b, copy, "[Ljava/lang/Throwable;")?;
            f.b.ret(&[copy]);
        }
        GET_OUR_STACK_TRACE => {
            let trace = f.call("$our_trace", &[this])?[0];
            f.b.ret(&[trace]);
        }
        "getStackTrace()[Ljava/lang/StackTraceElement;" => {
            // A copy, as the JDK's.
            let trace = f.call("$our_trace", &[this])?[0];
            let len = f.b.array_len(trace);
            let copy = f.b.array_new_ref(len);
            let zero = f.b.i32_const(0);
            f.b.array_copy(trace, zero, copy, zero, len);
            crate::arrays::tag_new(f.p, &mut f.b, copy, STE_ARRAY)?;
            f.b.ret(&[copy]);
        }
        "setStackTrace([Ljava/lang/StackTraceElement;)V" => {
            // The JDK's checks (a null array or element), then nothing if not writable.
            let trace = param(f, 1);
            let copy = root_trace(
                f,
                "checkedCopy([Ljava/lang/StackTraceElement;)[Ljava/lang/StackTraceElement;",
                &[trace],
                Some(Type::Ref),
            )?;
            let fixed = flag(f, this, NOT_WRITABLE)?;
            let (_, writable) = f.split(fixed);
            f.b.ret(&[]);
            f.b.switch_to(writable);
            f.field_set(THROWABLE, "stackTrace", this, copy.expect("result"))?;
            let none = f.b.ref_null();
            f.field_set(THROWABLE, "backtrace", this, none)?;
            f.b.ret(&[]);
        }
        PRINT_ENCLOSED => print_enclosed(f, this)?,
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
    let disabled = flag(f, this, NO_SUPPRESSION)?;
    let (_, enabled) = f.split(disabled);
    f.b.ret(&[]);
    f.b.switch_to(enabled);
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

/// `printEnclosedStackTrace(s, enclosingTrace, caption, prefix, dejaVu)` of the JDK's
/// `Throwable` (called by nothing of the runtime's: it exists for the input's code): the
/// circular-reference line if `dejaVu` has this exception already, else this exception added to
/// it and `RootTrace`'s text of it (whose own record of the exceptions met starts with this one)
/// printed a line at a time.
fn print_enclosed(f: &mut B<'_>, this: Reg) -> Result<(), String> {
    let (out, enclosing, caption, prefix, seen) =
        (f.b.param(1), f.b.param(2), f.b.param(3), f.b.param(4), f.b.param(5));
    let met = interface(f, "contains(Ljava/lang/Object;)Z", &[seen, this], Type::I32)?;
    let (_, fresh) = f.split(met);
    let text = f.virt("java/lang/Object", TO_STRING, &[this], Some(Type::Ref))?.expect("result");
    let open = f.str("[CIRCULAR REFERENCE: ");
    let close = f.str("]\n");
    let mut line = prefix;
    for part in [caption, open, text, close] {
        line = f.b.str_concat(line, part);
    }
    print_lines(f, EITHER, out, line)?;
    f.b.switch_to(fresh);
    interface(f, "add(Ljava/lang/Object;)Z", &[seen, this], Type::I32)?;
    let key = "enclosedText(Ljava/lang/Throwable;[Ljava/lang/StackTraceElement;Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;";
    let text = root_trace(f, key, &[this, enclosing, caption, prefix], Some(Type::Ref))?.expect("result");
    print_lines(f, EITHER, out, text)
}

/// Calls interface method `key` of `java.util.Set`.
fn interface(f: &mut B<'_>, key: &str, args: &[Reg], result: Type) -> Result<Reg, String> {
    let (decl, index, _) = f.p.method(SET, key)?;
    let method = rootir::MethodRef { class: f.p.class(&decl)?.id, method: index };
    let dst = f.b.new_reg(result);
    f.b.push(InstData::CallMethod {
        op: rootir::Opcode::CallInterface,
        results: vec![dst],
        method,
        args: args.to_vec(),
    });
    Ok(dst)
}

/// The runtime functions of the stack traces: `$trace_text` (what `printStackTrace` prints),
/// `$our_trace` (the JDK's `getOurStackTrace`: the elements, built from the capture on first
/// use) and `$throwable_statics` (runs `Throwable.<clinit>` unless it ran).
pub const TRACE_FUNCTIONS: &[&str] = &["$trace_text", "$our_trace", "$throwable_statics"];

/// The signature of trace function `name` (one of [`TRACE_FUNCTIONS`]).
pub fn trace_sig(name: &str) -> (Vec<Type>, Vec<Type>) {
    match name {
        "$throwable_statics" => (vec![], vec![]),
        _ => (vec![Type::Ref], vec![Type::Ref]),
    }
}

/// Emits the body of trace function `name` (one of [`TRACE_FUNCTIONS`]).
pub fn trace_function(f: &mut B<'_>, name: &str) -> Result<(), String> {
    match name {
        "$trace_text" => {
            let e = f.b.param(0);
            let text = root_trace(f, "text(Ljava/lang/Throwable;)Ljava/lang/String;", &[e], Some(Type::Ref))?;
            f.b.ret(&[text.expect("result")]);
        }
        "$our_trace" => {
            let e = f.b.param(0);
            let trace = f.field_get(THROWABLE, "stackTrace", e, Type::Ref)?;
            let none = f.b.ref_is_null(trace);
            let (_, built) = f.split(none);
            let capture = f.field_get(THROWABLE, "backtrace", e, Type::Ref)?;
            let uncaptured = f.b.ref_is_null(capture);
            let (_, captured) = f.split(uncaptured);
            let empty = static_global(f, "UNASSIGNED_STACK")?;
            f.b.ret(&[empty]);
            f.b.switch_to(captured);
            let c = f.p.trace_table();
            let table = f.b.str_const(c);
            let sig = FuncType::new([Type::Ref, Type::Ref], [Type::Ref]);
            let (names, _) = f.p.host("java_frame_names", sig.clone());
            let names = f.b.call(names, &[table, capture], &[Type::Ref])[0];
            let (lines, _) = f.p.host("java_frame_lines", sig);
            let lines = f.b.call(lines, &[table, capture], &[Type::Ref])[0];
            let key = "elements([Ljava/lang/String;[I)[Ljava/lang/StackTraceElement;";
            let elements = root_trace(f, key, &[names, lines], Some(Type::Ref))?.expect("result");
            f.field_set(THROWABLE, "stackTrace", e, elements)?;
            let none = f.b.ref_null();
            f.field_set(THROWABLE, "backtrace", e, none)?;
            f.b.ret(&[elements]);
            f.b.switch_to(built);
            f.b.ret(&[trace]);
        }
        _ => {
            let (_, g, _) = f.p.static_field(THROWABLE, STATICS[0].0)?;
            let set = f.b.global_get(Type::Ref, g);
            let unset = f.b.ref_is_null(set);
            let (_, done) = f.split(unset);
            let (_, clinit) = f.p.function(THROWABLE, CLINIT)?;
            f.b.call(rootir::Callee::Func(clinit), &[], &[]);
            f.b.br(done);
            f.b.switch_to(done);
            f.b.ret(&[]);
        }
    }
    Ok(())
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

    fn class(name: &str, is_interface: bool, methods: &[(&str, &str)]) -> crate::classfile::ClassFile {
        let method = |(name, desc): &(&str, &str)| crate::classfile::MethodDef {
            name: (*name).into(),
            desc: (*desc).into(),
            is_static: false,
            is_abstract: true,
            is_native: false,
            is_private: false,
            is_synchronized: false,
            code: None,
        };
        crate::classfile::ClassFile {
            name: name.into(),
            super_name: Some("java/lang/Object".into()),
            interfaces: Vec::new(),
            is_interface,
            is_abstract: true,
            fields: Vec::new(),
            methods: methods.iter().map(method).collect(),
            pool: Default::default(),
            bootstrap: Vec::new(),
            source_file: None,
            flags: Default::default(),
            annotations: Default::default(),
        }
    }

    /// The runtime's `Throwable` has the JDK's private statics, a `<clinit>` (a function, not a
    /// virtual method) and its flags field; with the classes of a `java.base` sweep it also has
    /// the JDK's private `printEnclosedStackTrace` (the sweep counts both as translated).
    #[test]
    fn the_jdk_s_statics_clinit_and_enclosed_printer_are_there() {
        let mut p = crate::program::Program::new("throwable");
        crate::classes::declare(&mut p, Vec::new()).expect("declares the runtime's classes");
        assert!(p.function(THROWABLE, CLINIT).is_ok() && p.method(THROWABLE, CLINIT).is_err());
        for (name, _) in STATICS {
            assert!(p.static_field(THROWABLE, name).is_ok(), "{name}");
        }
        assert!(p.field(THROWABLE, FLAGS).is_ok() && p.field(THROWABLE, "backtrace").is_ok());
        assert!(p.function(THROWABLE, PRINT_ENCLOSED).is_err(), "only with the sweep's classes");
        assert!(p.classes[THROWABLE].init_guard.is_none(), "no initialisation guard");

        let mut p = crate::program::Program::new("sweep");
        let set = class(SET, true, &[("contains", "(Ljava/lang/Object;)Z"), ("add", "(Ljava/lang/Object;)Z")]);
        let either = class(EITHER, false, &[("println", "(Ljava/lang/Object;)V")]);
        crate::classes::declare(&mut p, vec![set, either]).expect("declares");
        assert!(p.function(THROWABLE, PRINT_ENCLOSED).is_ok());
        assert!(crate::sweep::runtime_defines(&p, THROWABLE, PRINT_ENCLOSED));
        assert!(crate::sweep::runtime_defines(&p, THROWABLE, CLINIT));
    }
}
