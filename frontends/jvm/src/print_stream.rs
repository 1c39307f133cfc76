//! The `PrintStream` methods beyond `print` / `println` of one value (`intrinsics.rs`) and
//! `printf` / `format` (`RootFormat`), as rootIR built directly.
//!
//! `System.out` and `System.err` are streams of the runtime's own (field `fd` 1 or 2, written
//! by host calls): `append` (also as the `Appendable` bridges) prints and returns the stream,
//! `print(char[])` prints the characters, `write` of bytes writes them as they are,
//! `checkError` is false (writes to standard output and error are not checked), `flush`,
//! `close`, `setError` and `clearError` do nothing.
//!
//! When the program has the library's `OutputStream` classes, the runtime's `PrintStream`
//! extends `FilterOutputStream` (classes.rs) and has constructors over an `OutputStream`
//! (`fd` 0): the state of such a stream is a `java.io.RootPrintStream` in field `sink`
//! (JDK 17's behaviour: encoding, autoflush, the error flag), and every printing path of the
//! runtime, here and in `runtime.rs`, hands such a stream's text or bytes to it ([`to_sink`]).
//! Programs without those classes (hello world) get the standard streams' code only.

use crate::runtime::B;
use rootir::{Callee, FuncType, InstData, Reg, Type};

/// The library class holding the state of a stream over an `OutputStream`.
pub const ROOT_PRINT_STREAM: &str = "java/io/RootPrintStream";
/// The superclass of the runtime's `PrintStream` when the program has the `OutputStream`s.
pub const FILTER_OUTPUT_STREAM: &str = "java/io/FilterOutputStream";
const PS: &str = "java/io/PrintStream";

/// The constructors of `PrintStream` over an `OutputStream` (JDK 17's public and private ones)
/// and over a file (a name or a `File`, with a charset or not),
/// each a call of `RootPrintStream.open` with the stream first.
const CONSTRUCTORS: &[&str] = &[
    "<init>(Ljava/io/OutputStream;)V",
    "<init>(Ljava/io/OutputStream;Z)V",
    "<init>(Ljava/io/OutputStream;ZLjava/lang/String;)V",
    "<init>(Ljava/io/OutputStream;ZLjava/nio/charset/Charset;)V",
    "<init>(ZLjava/io/OutputStream;)V",
    "<init>(ZLjava/nio/charset/Charset;Ljava/io/OutputStream;)V",
    "<init>(Ljava/lang/String;)V",
    "<init>(Ljava/lang/String;Ljava/lang/String;)V",
    "<init>(Ljava/lang/String;Ljava/nio/charset/Charset;)V",
    "<init>(Ljava/io/File;)V",
    "<init>(Ljava/io/File;Ljava/lang/String;)V",
    "<init>(Ljava/io/File;Ljava/nio/charset/Charset;)V",
];
/// `PrintStream`'s private static helpers, the same static methods of `RootPrintStream`.
const STATICS: &[&str] = &[
    "requireNonNull(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/Object;",
    "toCharset(Ljava/lang/String;)Ljava/nio/charset/Charset;",
];

/// `print` and `println` of every type: virtual methods of a stream over an `OutputStream`, so
/// that a subclass overrides them (for the standard streams the call sites print directly,
/// `intrinsics.rs`, unless the program has a subclass: [`subclassed`]).
const PRINTS: &[&str] = &[
    "print(Z)V",
    "print(C)V",
    "print(I)V",
    "print(J)V",
    "print(F)V",
    "print(D)V",
    "print(Ljava/lang/String;)V",
    "print(Ljava/lang/Object;)V",
    "println()V",
    "println(Z)V",
    "println(C)V",
    "println(I)V",
    "println(J)V",
    "println(F)V",
    "println(D)V",
    "println(Ljava/lang/String;)V",
    "println(Ljava/lang/Object;)V",
];

fn sig(params: &[Type], results: &[Type]) -> FuncType {
    FuncType::new(params.to_vec(), results.to_vec())
}

/// Whether the program can make streams over an `OutputStream` (it has `RootPrintStream`).
pub fn has_sinks(p: &crate::program::Program) -> bool {
    p.classes.contains_key(ROOT_PRINT_STREAM)
}

/// Whether `key` is one of `PrintStream`'s static helpers.
pub fn is_static(key: &str) -> bool {
    STATICS.contains(&key)
}

/// The `PrintStream` methods that exist only with streams over an `OutputStream`: key and
/// signature (the constructors and static helpers above).
pub fn sink_methods(p: &crate::program::Program) -> Result<Vec<(String, FuncType)>, String> {
    if !has_sinks(p) {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for key in CONSTRUCTORS.iter().chain(STATICS).chain(PRINTS) {
        let desc = &key[key.find('(').expect("a descriptor")..];
        let sig = crate::descriptor::parse_method(desc)?.sig(!is_static(key));
        out.push((key.to_string(), sig));
    }
    Ok(out)
}

/// Whether the program has a subclass of `PrintStream` (then `print` / `println` calls dispatch
/// virtually, and the base class's methods call the overridable ones as JDK 17's do).
pub fn subclassed(p: &crate::program::Program) -> bool {
    has_sinks(p) && p.classes.values().any(|c| c.super_name.as_deref() == Some(PS))
}

/// Whether `key` is one of the `print` / `println` methods ([`PRINTS`]).
pub fn is_print(key: &str) -> bool {
    PRINTS.contains(&key)
}

/// For a stream over an `OutputStream` (`fd` 0, when the program has such streams): calls
/// method `key` of its `RootPrintStream` with `args` and returns what it returns. Continues,
/// for the standard streams, in a new block.
pub(crate) fn to_sink(f: &mut B<'_>, ps: Reg, key: &str, args: &[Reg]) -> Result<(), String> {
    if !has_sinks(f.p) {
        return Ok(());
    }
    let fd = f.field_get(PS, "fd", ps, Type::I32)?;
    let is_sink = f.b.i32_eqz(fd);
    let (_, standard) = f.split(is_sink);
    let sink = f.field_get(PS, "sink", ps, Type::Ref)?;
    let (_, func) = f.p.function(ROOT_PRINT_STREAM, key)?;
    let results = f.p.module.functions[func.index()].sig.results.clone();
    let all: Vec<Reg> = std::iter::once(sink).chain(args.iter().copied()).collect();
    let out = f.b.call(Callee::Func(func), &all, &results);
    f.b.ret(&out);
    f.b.switch_to(standard);
    Ok(())
}

/// The number of parameters of method `key` (with the receiver unless `is_static`).
fn param_count(key: &str, is_static: bool) -> Result<usize, String> {
    let desc = crate::descriptor::parse_method(&key[key.find('(').unwrap_or(0)..])?;
    Ok(desc.params.len() + usize::from(!is_static))
}

/// A call of `RootPrintStream`'s static method `key` with the parameters of the function being
/// built, from `first` on; returns its results.
fn static_call(f: &mut B<'_>, key: &str, first: Reg, n: usize) -> Result<Vec<Reg>, String> {
    let (_, func) = f.p.function(ROOT_PRINT_STREAM, key)?;
    let results = f.p.module.functions[func.index()].sig.results.clone();
    let mut args = vec![first];
    args.extend((1..n).map(|i| f.b.param(i)));
    Ok(f.b.call(Callee::Func(func), &args, &results))
}

/// Emits the body of `PrintStream` method `key` of stream `this`.
pub fn method(f: &mut B<'_>, key: &str, this: Reg) -> Result<(), String> {
    use Type::*;
    match key {
        "checkError()Z" => {
            to_sink(f, this, key, &[])?;
            let zero = f.b.i32_const(0);
            f.b.ret(&[zero]);
        }
        "close()V" | "ensureOpen()V" | "flush()V" | "setError()V" | "clearError()V" => {
            to_sink(f, this, key, &[])?;
            f.b.ret(&[]);
        }
        _ if key.starts_with("<init>") => {
            // `RootPrintStream.open(this, args...)`, kept in `sink` (`fd` stays 0).
            let n = param_count(key, false)?;
            let open = format!("open(Ljava/io/PrintStream;{}", &key[7..key.len() - 1]) + "Ljava/io/RootPrintStream;";
            let sink = static_call(f, &open, this, n)?[0];
            f.field_set(PS, "sink", this, sink)?;
            f.b.ret(&[]);
        }
        _ if is_static(key) => {
            let n = param_count(key, true)?;
            let out = static_call(f, key, this, n)?;
            f.b.ret(&out);
        }
        _ if is_print(key) => print(f, key, this)?,
        // `append` is `print` (JDK 17: the overridable one).
        "append(C)Ljava/io/PrintStream;" | "append(C)Ljava/lang/Appendable;" => {
            let c = f.b.param(1);
            print_through(f, this, "print(C)V", "$print_char", c)?;
            f.b.ret(&[this]);
        }
        "append(Ljava/lang/CharSequence;)Ljava/io/PrintStream;"
        | "append(Ljava/lang/CharSequence;)Ljava/lang/Appendable;" => {
            let text = f.b.param(1);
            let text = f.call("$obj_str", &[text])?[0];
            print_through(f, this, "print(Ljava/lang/String;)V", "$print_str", text)?;
            f.b.ret(&[this]);
        }
        "write(Ljava/lang/String;)V" => {
            let text = f.b.param(1);
            f.call("$print_str", &[this, text])?;
            f.b.ret(&[]);
        }
        "writeln(Ljava/lang/String;)V" => {
            let text = f.b.param(1);
            f.call("$println_str", &[this, text])?;
            f.b.ret(&[]);
        }
        "newLine()V" => {
            f.call("$println", &[this])?;
            f.b.ret(&[]);
        }
        "append(Ljava/lang/CharSequence;II)Ljava/io/PrintStream;"
        | "append(Ljava/lang/CharSequence;II)Ljava/lang/Appendable;" => {
            let (cs, start, end) = (f.b.param(1), f.b.param(2), f.b.param(3));
            let text = f.call("$obj_str", &[cs])?[0];
            let (callee, _) = f.p.host("java_substring", sig(&[Ref, I32, I32], &[Ref]));
            let part = f.b.call(callee, &[text, start, end], &[Ref])[0];
            print_through(f, this, "print(Ljava/lang/String;)V", "$print_str", part)?;
            f.b.ret(&[this]);
        }
        "print([C)V" | "write([C)V" | "println([C)V" | "writeln([C)V" => {
            let chars = f.b.param(1);
            if key == "println([C)V" {
                subclass_println(f, this, "print([C)V", chars, false)?;
            }
            let zero = f.b.i32_const(0);
            let len = f.b.array_len(chars);
            let (callee, _) = f.p.host("java_str_of_chars", sig(&[Ref, I32, I32], &[Ref]));
            let text = f.b.call(callee, &[chars, zero, len], &[Ref])[0];
            let print =
                if key.starts_with("print(") || key.starts_with("write(") { "$print_str" } else { "$println_str" };
            f.call(print, &[this, text])?;
            f.b.ret(&[]);
        }
        "write(I)V" => {
            let byte = f.b.param(1);
            to_sink(f, this, key, &[byte])?;
            put_byte(f, this, byte)?;
            f.b.ret(&[]);
        }
        "write([B)V" | "writeBytes([B)V" => {
            let bytes = f.b.param(1);
            let zero = f.b.i32_const(0);
            let len = f.b.array_len(bytes);
            if subclassed(f.p) {
                // JDK 17: `this.write(buf, 0, buf.length)`, which a subclass may override.
                f.virt(PS, "write([BII)V", &[this, bytes, zero, len], None)?;
                f.b.ret(&[]);
                return Ok(());
            }
            to_sink(f, this, "write([BII)V", &[bytes, zero, len])?;
            write_bytes(f, this, bytes, zero, len)?;
        }
        "write([BII)V" => {
            let (bytes, off, len) = (f.b.param(1), f.b.param(2), f.b.param(3));
            to_sink(f, this, key, &[bytes, off, len])?;
            write_bytes(f, this, bytes, off, len)?;
        }
        other => return Err(format!("internal: no PrintStream method {other}")),
    }
    Ok(())
}

/// Prints `value` with `PrintStream` method `key` of `ps`: a virtual call when the program has
/// subclasses (JDK 17's methods call the overridable `print`), else the runtime's `helper`.
fn print_through(f: &mut B<'_>, ps: Reg, key: &str, helper: &str, value: Reg) -> Result<(), String> {
    if subclassed(f.p) {
        f.virt(PS, key, &[ps, value], None)?;
    } else {
        f.call(helper, &[ps, value])?;
    }
    Ok(())
}

/// The body of `print(x)` / `println(x)` ([`PRINTS`]) of stream `this`. `print(x)` writes the
/// text (a stream over an `OutputStream` encodes it into its own, overridable,
/// `write(byte[], int, int)`: `RootPrintStream`). `println(x)` of a `PrintStream` writes the
/// text and a newline at once; of a subclass it is `print(x)` (`print(String)` for an `Object`,
/// after `String.valueOf`) and then a newline, as JDK 17's `println` tests
/// `getClass() == PrintStream.class`.
fn print(f: &mut B<'_>, key: &str, this: Reg) -> Result<(), String> {
    let desc = crate::descriptor::parse_method(&key[key.find('(').unwrap_or(0)..])?;
    let ln = key.starts_with("println");
    let Some(t) = desc.params.first() else {
        f.call("$println", &[this])?;
        f.b.ret(&[]);
        return Ok(());
    };
    let value = f.b.param(1);
    if ln {
        // `println(Object)` prints `String.valueOf(x)` with `print(String)`.
        let to_text = matches!(t, crate::descriptor::JType::Object(_));
        let print_key =
            if to_text { "print(Ljava/lang/String;)V".to_string() } else { key.replacen("println", "print", 1) };
        subclass_println(f, this, &print_key, value, to_text)?;
    }
    use crate::descriptor::JType;
    let suffix = if ln { "ln" } else { "" };
    match t {
        JType::Char => f.call(&format!("$print{suffix}_char"), &[this, value])?,
        JType::Double => f.call(&format!("$print{suffix}_f64"), &[this, value])?,
        JType::Float => f.call(&format!("$print{suffix}_f32"), &[this, value])?,
        _ => {
            let text = match t {
                JType::Boolean => f.call("$bool_str", &[value])?[0],
                JType::Int => {
                    let wide = f.b.i64_extend_i32_s(value);
                    f.b.str_from_i64(wide)
                }
                JType::Long => f.b.str_from_i64(value),
                _ => value,
            };
            f.call(&format!("$print{suffix}_str"), &[this, text])?
        }
    };
    f.b.ret(&[]);
    Ok(())
}

/// `println(x)` of a subclass (when the program has one): `print_key` (virtual) of `value`
/// (`String.valueOf(value)` when `to_text`), then a newline; returns. Continues, for a
/// `PrintStream` itself, in a new block.
fn subclass_println(f: &mut B<'_>, this: Reg, print_key: &str, value: Reg, to_text: bool) -> Result<(), String> {
    if !subclassed(f.p) {
        return Ok(());
    }
    let subs: Vec<rootir::ClassId> =
        f.p.classes.values().filter(|c| c.super_name.as_deref() == Some(PS)).map(|c| c.id).collect();
    let mut is_sub = f.b.i32_const(0);
    for class in subs {
        let hit = f.b.new_reg(Type::I32);
        f.b.push(InstData::ClassTest { op: rootir::Opcode::ObjInstanceOf, dst: hit, class, arg: this });
        is_sub = f.b.i32_or(is_sub, hit);
    }
    let (_, exact) = f.split(is_sub);
    let arg = if to_text { f.call("$obj_str", &[value])?[0] } else { value };
    f.virt(PS, print_key, &[this, arg], None)?;
    f.call("$println", &[this])?;
    f.b.ret(&[]);
    f.b.switch_to(exact);
    Ok(())
}

/// Writes byte `byte` (its low 8 bits) to the stream of `ps` as it is.
fn put_byte(f: &mut B<'_>, ps: Reg, byte: Reg) -> Result<(), String> {
    let fd = f.field_get("java/io/PrintStream", "fd", ps, Type::I32)?;
    let two = f.b.i32_const(2);
    let is_err = f.b.i32_eq(fd, two);
    let (_, out) = f.split(is_err);
    let done = f.b.new_block();
    f.host("eput_byte", &[Type::I32], &[byte]);
    f.b.br(done);
    f.b.switch_to(out);
    f.host("put_byte", &[Type::I32], &[byte]);
    f.b.br(done);
    f.b.switch_to(done);
    Ok(())
}

/// Writes bytes `[off, off + len)` of array `bytes`, after the checks of `System.arraycopy`,
/// which the JDK's buffered standard streams make (`ArrayIndexOutOfBoundsException` worded as
/// it words them), in one host call (`std.java_write_bytes`); returns.
fn write_bytes(f: &mut B<'_>, ps: Reg, bytes: Reg, off: Reg, len: Reg) -> Result<(), String> {
    let n = f.b.array_len(bytes);
    let zero = f.b.i32_const(0);
    let end = f.b.i32_add(off, len);
    let bad_off = f.b.i32_lt_s(off, zero);
    let (_, off_ok) = f.split(bad_off);
    throw_bounds(f, &[Err("arraycopy: source index "), Ok(off), Err(" out of bounds for byte["), Ok(n), Err("]")])?;
    f.b.switch_to(off_ok);
    let bad_len = f.b.i32_lt_s(len, zero);
    let (_, len_ok) = f.split(bad_len);
    throw_bounds(f, &[Err("arraycopy: length "), Ok(len), Err(" is negative")])?;
    f.b.switch_to(len_ok);
    let room = f.b.i32_sub(n, off);
    let too_long = f.b.i32_gt_s(len, room);
    let (_, ok) = f.split(too_long);
    throw_bounds(
        f,
        &[Err("arraycopy: last source index "), Ok(end), Err(" out of bounds for byte["), Ok(n), Err("]")],
    )?;
    f.b.switch_to(ok);
    let fd = f.field_get(PS, "fd", ps, Type::I32)?;
    f.host("java_write_bytes", &[Type::I32, Type::Ref, Type::I32, Type::I32], &[fd, bytes, off, len]);
    f.b.ret(&[]);
    Ok(())
}

/// Throws `ArrayIndexOutOfBoundsException` whose message is `parts` (texts and `int`s).
fn throw_bounds(f: &mut B<'_>, parts: &[Result<Reg, &str>]) -> Result<(), String> {
    let mut msg = f.str("");
    for part in parts {
        let piece = match *part {
            Ok(v) => {
                let wide = f.b.i64_extend_i32_s(v);
                f.b.str_from_i64(wide)
            }
            Err(text) => f.str(text),
        };
        msg = f.b.str_concat(msg, piece);
    }
    let id = f.p.class("java/lang/ArrayIndexOutOfBoundsException")?.id;
    let e = f.b.new_reg(Type::Ref);
    f.b.push(InstData::New { dst: e, class: id });
    f.field_set("java/lang/Throwable", "detailMessage", e, msg)?;
    f.fill_in_stack_trace(e)?;
    f.b.throw(e);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::Program;

    /// Without the library's streams the runtime's `PrintStream` is the standard streams' only
    /// (no constructors, a subclass of `Object`); a program constructing one over an
    /// `OutputStream` gets `RootPrintStream`, the constructors and the static helpers, and
    /// `PrintStream` extends `FilterOutputStream`.
    #[test]
    fn constructors_exist_only_with_the_stream_classes() {
        let mut p = Program::new("plain");
        crate::classes::declare(&mut p, Vec::new()).expect("declares the runtime's classes");
        assert!(!has_sinks(&p));
        assert!(p.function(PS, CONSTRUCTORS[1]).is_err());
        assert_eq!(p.classes[PS].super_name.as_deref(), Some("java/lang/Object"));

        let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/java/classes/IoStreams/IoStreams.class");
        let class = crate::classfile::parse(&std::fs::read(corpus).expect("corpus class")).expect("parses");
        let classes = crate::library::with_library(vec![class], true).expect("adds the library");
        let mut p = Program::new("streams");
        crate::classes::declare(&mut p, classes).expect("declares");
        assert!(has_sinks(&p));
        assert_eq!(p.classes[PS].super_name.as_deref(), Some(FILTER_OUTPUT_STREAM));
        for key in CONSTRUCTORS.iter().chain(STATICS) {
            assert!(p.function(PS, key).is_ok(), "{key}");
        }
        assert!(p.method(PS, "requireNonNull(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/Object;").is_err());
        for key in ["flush()V", "close()V", "checkError()Z", "setError()V", "write([BII)V"] {
            assert!(p.method(PS, key).is_ok(), "{key}");
        }
    }
}
