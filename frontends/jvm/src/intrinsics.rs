//! Library methods translated inline or to runtime helpers: `System.out`/`err`, `PrintStream`,
//! `String`, `StringBuilder`, `Math`, `Integer`/`Long` parsing and formatting, `System.exit`,
//! clocks. Returns `false` for anything else (the call is then resolved in the program).

use crate::classfile::MemberRef;
use crate::descriptor::{self, JType};
use crate::lower::Method;
use crate::objects::Invoke;
use crate::program::NativeOp;
use rootir::{FuncType, Opcode, Type};
use vstarr::stack::{Imm, Shuffle};

const SB: &str = "java/lang/StringBuilder";

/// `getstatic` of a library field. Returns whether it was handled.
pub fn get_static(m: &mut Method<'_>, r: &MemberRef) -> Result<bool, String> {
    match (r.class.as_str(), r.name.as_str()) {
        ("java/lang/System", "out") => m.call_runtime("$stdout")?,
        ("java/lang/System", "err") => m.call_runtime("$stderr")?,
        // `int.class` & co: the primitive classes (reflect.rs; array components).
        (class, "TYPE") if r.desc == "Ljava/lang/Class;" && crate::reflect::library_class(m.p) => {
            let Some(name) = primitive_class(class) else { return crate::libcalls::get_static(m, r) };
            let f = crate::reflect::literal(m.p, name)?;
            m.e.call(f)?;
        }
        _ => return crate::libcalls::get_static(m, r),
    }
    Ok(true)
}

/// The primitive class whose `TYPE` box class `class` holds.
fn primitive_class(class: &str) -> Option<&'static str> {
    Some(match class {
        "java/lang/Integer" => "int",
        "java/lang/Long" => "long",
        "java/lang/Double" => "double",
        "java/lang/Float" => "float",
        "java/lang/Short" => "short",
        "java/lang/Byte" => "byte",
        "java/lang/Character" => "char",
        "java/lang/Boolean" => "boolean",
        "java/lang/Void" => "void",
        _ => return None,
    })
}

/// A library call. Returns whether it was handled.
pub fn invoke(m: &mut Method<'_>, kind: Invoke, r: &MemberRef) -> Result<bool, String> {
    if crate::libcalls::invoke(m, kind, r)? {
        return Ok(true);
    }
    let desc = descriptor::parse_method(&r.desc)?;
    let arg = desc.params.first().cloned();
    match (r.class.as_str(), r.name.as_str()) {
        // With a subclass in the program, a virtual call (or, for `super.println(x)`, a direct
        // one) of the runtime's method, which a subclass may override (print_stream.rs).
        ("java/io/PrintStream", "println" | "print")
            if crate::print_stream::subclassed(m.p)
                && crate::print_stream::is_print(&format!("{}{}", r.name, r.desc)) =>
        {
            let key = format!("{}{}", r.name, r.desc);
            if kind == Invoke::Special {
                let (_, f) = m.p.function("java/io/PrintStream", &key)?;
                m.e.call((rootir::Callee::Func(f), desc.sig(true)))?;
            } else {
                let (decl, index, _) = m.p.method("java/io/PrintStream", &key)?;
                let mref = rootir::MethodRef { class: m.p.class(&decl)?.id, method: index };
                m.native(NativeOp::Virtual(mref, desc.sig(true)))?;
            }
        }
        ("java/io/PrintStream", "println" | "print") => {
            let ln = if r.name == "println" { "ln" } else { "" };
            match arg {
                None => m.call_runtime("$println")?,
                Some(JType::Char) => m.call_runtime(&format!("$print{ln}_char"))?,
                Some(JType::Double) => m.call_runtime(&format!("$print{ln}_f64"))?,
                Some(JType::Float) => m.call_runtime(&format!("$print{ln}_f32"))?,
                // `print(char[])`: the runtime's method (runtime.rs).
                Some(JType::Array(a)) if *a == JType::Char => return Ok(false),
                Some(t) => {
                    m.to_string(&t)?;
                    m.call_runtime(&format!("$print{ln}_str"))?;
                }
            }
        }
        // A stream over an `OutputStream` flushes it: the runtime's method (print_stream.rs).
        ("java/io/PrintStream", "flush") if crate::print_stream::has_sinks(m.p) => return Ok(false),
        ("java/io/PrintStream", "flush") => m.e.shuffle(Shuffle::Pop)?,
        ("java/lang/System", "setOut" | "setErr") if r.desc == "(Ljava/io/PrintStream;)V" => {
            m.call_runtime(if r.name == "setOut" { "$set_stdout" } else { "$set_stderr" })?
        }
        ("java/lang/Object", "toString") if kind != Invoke::Special => m.call_runtime("$obj_str")?,
        ("java/lang/String", _) if !crate::libcalls::own_string_static(m, kind, r) => return string(m, r, arg),
        (SB, _) => return builder(m, r, arg),
        ("java/lang/Math", _) => return math(m, r, &desc),
        ("java/lang/Integer" | "java/lang/Long", "toString") if kind == Invoke::Static && desc.params.len() == 1 => {
            m.to_string(&desc.params[0])?
        }
        ("java/lang/System", "arraycopy") if crate::reflect::library_class(m.p) => {
            let f = crate::arrays::copy(m.p)?;
            m.e.call(f)?
        }
        ("java/lang/System", "arraycopy") => m.e.op(Opcode::ArrayCopy)?,
        ("java/lang/System", "exit") => {
            let f = m.p.host("exit", FuncType::new([Type::I32], []));
            m.e.call(f)?;
        }
        ("java/lang/System", "nanoTime" | "currentTimeMillis") => {
            let f = m.p.host("clock_ns", FuncType::new([], [Type::I64]));
            m.e.call(f)?;
            crate::libcalls::add_virtual_time(m)?;
            if r.name == "currentTimeMillis" {
                m.e.imm(Imm::i64(1_000_000));
                m.e.op(Opcode::I64DivS)?;
            }
        }
        ("java/lang/Integer", "compare") if r.desc == "(II)I" => {
            m.compare(Type::I32, Opcode::I32GtS, Opcode::I32LtS, None)?
        }
        ("java/lang/Long", "compare") if r.desc == "(JJ)I" => {
            m.compare(Type::I64, Opcode::I64GtS, Opcode::I64LtS, None)?
        }
        ("java/lang/Character", "isDigit") if r.desc == "(C)Z" => {
            m.e.i32('0' as i32);
            m.e.op(Opcode::I32Sub)?;
            m.e.i32(10);
            m.e.op(Opcode::I32LtU)?;
        }
        _ => return Ok(false),
    }
    Ok(true)
}

fn string(m: &mut Method<'_>, r: &MemberRef, arg: Option<JType>) -> Result<bool, String> {
    match (r.name.as_str(), r.desc.as_str()) {
        ("length", "()I") => m.e.op(Opcode::StrLen)?,
        ("charAt", "(I)C") => m.call_runtime("$str_char_at")?,
        ("hashCode", "()I") => m.e.op(Opcode::StrHash)?,
        ("isEmpty", "()Z") => {
            m.e.op(Opcode::StrLen)?;
            m.e.op(Opcode::I32Eqz)?;
        }
        ("equals", "(Ljava/lang/Object;)Z") => m.call_runtime("$str_equals")?,
        ("concat", _) => m.e.op(Opcode::StrConcat)?,
        ("toString", "()Ljava/lang/String;") => {}
        ("valueOf", _) => m.to_string(arg.as_ref().ok_or("String.valueOf without an argument")?)?,
        _ => return Err(format!("String.{}{} is not supported by the runtime yet", r.name, r.desc)),
    }
    Ok(true)
}

fn builder(m: &mut Method<'_>, r: &MemberRef, arg: Option<JType>) -> Result<bool, String> {
    let (field, _) = m.p.field(SB, "value")?;
    let get = NativeOp::FieldGet(field, Type::Ref);
    let set = NativeOp::FieldSet(field, Type::Ref);
    match (r.name.as_str(), r.desc.as_str()) {
        ("<init>", "()V") => {
            let c = m.p.string("");
            m.native(NativeOp::StrConst(c))?;
            m.native(set)?;
        }
        ("<init>", "(I)V") => {
            m.e.shuffle(Shuffle::Pop)?;
            let c = m.p.string("");
            m.native(NativeOp::StrConst(c))?;
            m.native(set)?;
        }
        ("<init>", "(Ljava/lang/String;)V" | "(Ljava/lang/CharSequence;)V") => {
            m.call_runtime("$obj_str")?;
            m.native(set)?;
        }
        ("append", _) => {
            m.to_string(arg.as_ref().ok_or("append without an argument")?)?;
            let s = m.e.scratch(20, Type::Ref);
            m.e.store(s)?;
            m.e.shuffle(Shuffle::Dup)?;
            m.e.shuffle(Shuffle::Dup)?;
            m.native(get.clone())?;
            m.e.load(s);
            m.e.op(Opcode::StrConcat)?;
            m.native(set)?;
        }
        ("toString", "()Ljava/lang/String;") => m.native(get)?,
        ("length", "()I") => {
            m.native(get)?;
            m.e.op(Opcode::StrLen)?;
        }
        ("charAt", "(I)C") => {
            m.e.shuffle(Shuffle::Swap)?;
            m.native(get)?;
            m.e.shuffle(Shuffle::Swap)?;
            m.call_runtime("$sb_char_at")?;
        }
        _ => return Err(format!("StringBuilder.{}{} is not supported by the runtime yet", r.name, r.desc)),
    }
    Ok(true)
}

fn math(m: &mut Method<'_>, r: &MemberRef, desc: &descriptor::MethodDesc) -> Result<bool, String> {
    let t = desc.params.first().map(JType::ir);
    let unary = |op| -> Option<Opcode> { Some(op) };
    let op = match (r.name.as_str(), t) {
        ("sqrt", Some(Type::F64)) => unary(Opcode::F64Sqrt),
        ("floor", Some(Type::F64)) => unary(Opcode::F64Floor),
        ("ceil", Some(Type::F64)) => unary(Opcode::F64Ceil),
        ("abs", Some(Type::F64)) => unary(Opcode::F64Abs),
        ("abs", Some(Type::F32)) => unary(Opcode::F32Abs),
        ("max", Some(Type::F64)) => unary(Opcode::F64Max),
        ("min", Some(Type::F64)) => unary(Opcode::F64Min),
        ("max", Some(Type::F32)) => unary(Opcode::F32Max),
        ("min", Some(Type::F32)) => unary(Opcode::F32Min),
        _ => None,
    };
    if let Some(op) = op {
        m.e.op(op)?;
        return Ok(true);
    }
    match (r.name.as_str(), t) {
        ("abs", Some(ty @ (Type::I32 | Type::I64))) => int_abs(m, ty)?,
        ("max" | "min", Some(ty @ (Type::I32 | Type::I64))) => int_min_max(m, ty, r.name == "max")?,
        // The rest is in the Java library's `java.lang.Math`.
        _ => return Ok(false),
    }
    Ok(true)
}

/// `(x ^ (x >> w)) - (x >> w)` with `w` the width minus one.
fn int_abs(m: &mut Method<'_>, ty: Type) -> Result<(), String> {
    let (shift, xor, sub, bits) = if ty == Type::I32 {
        (Opcode::I32ShrS, Opcode::I32Xor, Opcode::I32Sub, Imm::i32(31))
    } else {
        (Opcode::I64ShrS, Opcode::I64Xor, Opcode::I64Sub, Imm::i64(63))
    };
    let x = m.e.scratch(30, ty);
    let s = m.e.scratch(31, ty);
    m.e.store(x)?;
    m.e.load(x);
    m.e.imm(bits);
    m.e.op(shift)?;
    m.e.store(s)?;
    m.e.load(x);
    m.e.load(s);
    m.e.op(xor)?;
    m.e.load(s);
    m.e.op(sub)
}

/// `min(a, b) = b ^ ((a ^ b) & -(a < b))`, `max(a, b) = a ^ ((a ^ b) & -(a < b))`.
fn int_min_max(m: &mut Method<'_>, ty: Type, max: bool) -> Result<(), String> {
    let wide = ty == Type::I64;
    let (xor, and, lt, neg) = if wide {
        (Opcode::I64Xor, Opcode::I64And, Opcode::I64LtS, Opcode::I64Neg)
    } else {
        (Opcode::I32Xor, Opcode::I32And, Opcode::I32LtS, Opcode::I32Neg)
    };
    let b = m.e.scratch(32, ty);
    let a = m.e.scratch(33, ty);
    m.e.store(b)?;
    m.e.store(a)?;
    m.e.load(if max { a } else { b });
    m.e.load(a);
    m.e.load(b);
    m.e.op(xor)?;
    m.e.load(a);
    m.e.load(b);
    m.e.op(lt)?;
    if wide {
        m.e.op(Opcode::I64ExtendI32U)?;
    }
    m.e.op(neg)?;
    m.e.op(and)?;
    m.e.op(xor)
}
