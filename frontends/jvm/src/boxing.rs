//! Boxing and unboxing where a lambda's interface method and its implementation disagree
//! (`Function<Integer, Integer>` implemented by `int -> int`): the conversions javac leaves to
//! `LambdaMetafactory`, done with the Java library's `valueOf` / `xxxValue` methods, and the
//! widening primitive conversions (`int` to `double` for a `ToDoubleFunction`).

use crate::classfile::MemberRef;
use crate::descriptor::JType;
use crate::lower::Method;
use crate::objects::Invoke;
use rootir::Opcode;

/// The box class of a primitive type and its unboxing method (name, descriptor).
fn box_of(t: &JType) -> Option<(&'static str, &'static str, &'static str)> {
    Some(match t {
        JType::Int => ("java/lang/Integer", "intValue", "()I"),
        JType::Short => ("java/lang/Short", "shortValue", "()S"),
        JType::Byte => ("java/lang/Byte", "byteValue", "()B"),
        JType::Float => ("java/lang/Float", "floatValue", "()F"),
        JType::Long => ("java/lang/Long", "longValue", "()J"),
        JType::Double => ("java/lang/Double", "doubleValue", "()D"),
        JType::Char => ("java/lang/Character", "charValue", "()C"),
        JType::Boolean => ("java/lang/Boolean", "booleanValue", "()Z"),
        _ => return None,
    })
}

fn call(m: &mut Method<'_>, kind: Invoke, class: &str, name: &str, desc: &str) -> Result<(), String> {
    let r = MemberRef { class: class.into(), name: name.into(), desc: desc.into() };
    m.invoke(kind, &r)
}

/// Converts the value on top of the stack from Java type `from` to `to`.
pub fn adapt(m: &mut Method<'_>, from: &JType, to: &JType) -> Result<(), String> {
    if from.ir() == to.ir() {
        return Ok(());
    }
    let primitive = |t: &JType| !matches!(t, JType::Object(_) | JType::Array(_));
    match (primitive(from), primitive(to)) {
        (false, true) => {
            let (class, name, desc) = box_of(to).ok_or_else(|| format!("unboxing to {to:?} is not supported"))?;
            // Any Number unboxes to a numeric type: call through Number where it applies.
            let class = if matches!(to, JType::Int | JType::Long | JType::Double | JType::Float) {
                "java/lang/Number"
            } else {
                class
            };
            call(m, Invoke::Virtual, class, name, desc)
        }
        (true, false) => {
            let (class, _, unbox) = box_of(from).ok_or_else(|| format!("boxing {from:?} is not supported"))?;
            let desc = format!("({})L{class};", &unbox[2..]);
            call(m, Invoke::Static, class, "valueOf", &desc)
        }
        (true, true) => {
            use rootir::Type::*;
            let op = match (from.ir(), to.ir()) {
                (I32, I64) => Opcode::I64ExtendI32S,
                (I32, F32) => Opcode::F32ConvertI32S,
                (I32, F64) => Opcode::F64ConvertI32S,
                (I64, F32) => Opcode::F32ConvertI64S,
                (I64, F64) => Opcode::F64ConvertI64S,
                (F32, F64) => Opcode::F64PromoteF32,
                _ => return Err(format!("a lambda converting {from:?} to {to:?} is not supported")),
            };
            m.e.op(op)
        }
        _ => Err(format!("a lambda converting {from:?} to {to:?} is not supported")),
    }
}
