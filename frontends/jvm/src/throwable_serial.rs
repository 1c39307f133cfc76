//! `Throwable`'s serialization hooks (docs/jvm.md, "Serialization"): the runtime's `Throwable`
//! defines the JDK's private `writeObject`, `readObject` and `validateSuppressedExceptionsList`
//! when the program has the classes they use (the object streams; a sweep of `java.base` has
//! its own). The fields are read and set here; the stream work is Java,
//! `java.lang.RootSerialHooks` (which uses only the JDK's public serialization API, so it
//! works over `java.base`'s own streams too).

use crate::runtime::B;
use rootir::{FuncType, Reg, Type};

/// The Java half.
pub const HELPER: &str = "java/lang/RootSerialHooks";
const THROWABLE: &str = "java/lang/Throwable";
const WRITE: &str = "writeObject(Ljava/io/ObjectOutputStream;)V";
const READ: &str = "readObject(Ljava/io/ObjectInputStream;)V";
const VALIDATE: &str = "validateSuppressedExceptionsList(Ljava/util/List;)I";
/// Each hook, the class it needs besides [`HELPER`], and whether it returns an `int`.
const HOOKS: [(&str, &str, bool); 3] = [
    (WRITE, "java/io/ObjectOutputStream", false),
    (READ, "java/io/ObjectInputStream", false),
    (VALIDATE, "java/util/List", true),
];

/// Whether `key` is one of the hooks (private: a function, not a virtual method).
pub fn is_hook(key: &str) -> bool {
    HOOKS.iter().any(|(k, _, _)| *k == key)
}

/// The hooks the program can have: key and signature.
pub fn methods(p: &crate::program::Program) -> Vec<(String, FuncType)> {
    if !p.classes.contains_key(HELPER) {
        return Vec::new();
    }
    HOOKS
        .iter()
        .filter(|(_, class, _)| p.classes.contains_key(*class))
        .map(|(key, _, int)| {
            (key.to_string(), FuncType::new([Type::Ref, Type::Ref], if *int { vec![Type::I32] } else { vec![] }))
        })
        .collect()
}

/// Emits the body of hook `key`.
pub fn method(f: &mut B<'_>, key: &str, this: Reg) -> Result<(), String> {
    let arg = f.b.param(1);
    match key {
        WRITE => {
            // `getOurStackTrace()`, then the fields, as the JDK's `defaultWriteObject` writes them.
            let trace = f.call("$our_trace", &[this])?[0];
            let cause = f.field_get(THROWABLE, "cause", this, Type::Ref)?;
            let message = f.field_get(THROWABLE, "detailMessage", this, Type::Ref)?;
            let suppressed = f.field_get(THROWABLE, "suppressed", this, Type::Ref)?;
            let desc = "(Ljava/lang/Throwable;Ljava/io/ObjectOutputStream;Ljava/lang/Throwable;Ljava/lang/String;\
                        [Ljava/lang/StackTraceElement;[Ljava/lang/Throwable;)V";
            helper(f, &format!("write{desc}"), &[this, arg, cause, message, trace, suppressed], None)?;
            f.b.ret(&[]);
        }
        READ => {
            let desc = "(Ljava/lang/Throwable;Ljava/io/ObjectInputStream;)[Ljava/lang/Object;";
            let values = helper(f, &format!("read{desc}"), &[this, arg], Some(Type::Ref))?.expect("result");
            for (i, field) in ["cause", "detailMessage", "stackTrace", "suppressed"].into_iter().enumerate() {
                let at = f.b.i32_const(i as i32);
                let v = f.b.array_get_ref(values, at);
                f.field_set(THROWABLE, field, this, v)?;
            }
            let none = f.b.ref_null();
            f.field_set(THROWABLE, "backtrace", this, none)?;
            f.b.ret(&[]);
        }
        _ => {
            let desc = "(Ljava/util/List;)I";
            let size = helper(f, &format!("validateSuppressed{desc}"), &[arg], Some(Type::I32))?.expect("result");
            f.b.ret(&[size]);
        }
    }
    Ok(())
}

/// Calls static method `key` of [`HELPER`].
fn helper(f: &mut B<'_>, key: &str, args: &[Reg], result: Option<Type>) -> Result<Option<Reg>, String> {
    let (_, func) = f.p.function(HELPER, key)?;
    Ok(f.b.call(rootir::Callee::Func(func), args, &result.into_iter().collect::<Vec<_>>()).first().copied())
}
