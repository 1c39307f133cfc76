//! Translating what can be translated (`--keep-going`): classes that cannot be declared are
//! left out with a reason, and a method that cannot be translated gets a body that throws.

use crate::classes::{BUILTIN, BUILTIN_INTERFACES};
use crate::classfile::ClassFile;
use crate::descriptor;
use crate::program::{Program, dotted};
use rootir::{FuncId, Function, FunctionBuilder, InstData, Type};
use std::collections::HashMap;

/// A class left out of the translation.
pub struct Dropped {
    /// Its binary name.
    pub class: String,
    /// Its methods with bytecode (name and descriptor).
    pub methods: Vec<String>,
    /// Why it was left out.
    pub reason: String,
    /// Whether a class of the runtime replaces it (its methods the runtime's class defines
    /// count as translated: [`runtime_defines`]).
    pub replaced: bool,
}

/// Whether the runtime's own class `class` defines method `key` (name and descriptor) itself:
/// a function of the class, for `StringBuilder` an inline method or one of `RootString` taking
/// the builder first, for `PrintStream` the printing methods `intrinsics.rs` translates.
pub fn runtime_defines(p: &Program, class: &str, key: &str) -> bool {
    let Some(info) = p.classes.get(class) else { return false };
    // Its own or inherited from a runtime superclass (`RuntimeException(String, Throwable)` is
    // `Throwable`'s, as the JDK's only calls `super`).
    let _ = info;
    if p.function(class, key).is_ok() || p.method(class, key).is_ok_and(|(_, _, f)| f.is_some()) {
        return true;
    }
    let Some((name, desc)) = key.split_once('(') else { return false };
    if class == "java/lang/Object" && matches!(name, "wait" | "notify" | "notifyAll") {
        // Calls of the monitor methods go to the scheduler, or without it to `RootLib`.
        let key = format!("{name}On(Ljava/lang/Object;{desc}");
        return [crate::libcalls::THREAD, crate::libcalls::ROOT_LIB].iter().any(|c| p.function(c, &key).is_ok());
    }
    if class == "java/io/PrintStream" {
        // `intrinsics.rs` (print, println, flush) and `RootFormat` (printf, format).
        return match name {
            "print" | "println" => !desc.starts_with("[C"),
            "flush" => desc == ")V",
            "printf" | "format" => {
                p.function(crate::libcalls::ROOT_FORMAT, &format!("printf(Ljava/io/PrintStream;{desc}")).is_ok()
            }
            _ => false,
        };
    }
    if class != "java/lang/StringBuilder" {
        return false;
    }
    let r = crate::classfile::MemberRef { class: class.into(), name: name.into(), desc: format!("({desc}") };
    if crate::libcalls::stream_method(&r) {
        let key = format!("{name}(Ljava/lang/StringBuilder;{desc}");
        return p.function(crate::libcalls::ROOT_STREAMS, &key).is_ok();
    }
    if !crate::libcalls::needs_root_string(&r) {
        return crate::libcalls::INLINE_BUILDER.contains(&name);
    }
    let key = format!("{name}(Ljava/lang/StringBuilder;{}", crate::libcalls::builder_result(desc));
    p.function(crate::libcalls::ROOT_STRING, &key).is_ok()
}

/// Splits `classes` into those that can be declared and those that cannot: classes the
/// runtime models itself, classes defined twice, classes with a malformed descriptor, and
/// classes whose superclass or interfaces are missing or of the wrong kind (transitively).
pub fn prune(classes: Vec<ClassFile>) -> (Vec<ClassFile>, Vec<Dropped>) {
    let mut kinds: HashMap<String, bool> = BUILTIN.iter().map(|(n, _, _)| (n.to_string(), false)).collect();
    kinds.extend(BUILTIN_INTERFACES.iter().map(|(n, _)| (n.to_string(), true)));
    let mut dropped = Vec::new();
    let mut kept: Vec<ClassFile> = Vec::new();
    for c in classes {
        let reason = if kinds.contains_key(&c.name) {
            Some(format!("not translated: the runtime's own {} replaces it", dotted(&c.name)))
        } else {
            bad_descriptor(&c)
        };
        match reason {
            Some(reason) => {
                let mut d = drop(&c, reason);
                d.replaced = kinds.contains_key(&c.name);
                dropped.push(d);
            }
            None => {
                kinds.insert(c.name.clone(), c.is_interface);
                kept.push(c);
            }
        }
    }
    // Leaving a class out can leave out its subclasses: repeat until nothing changes.
    loop {
        let mut removed = false;
        let mut next = Vec::with_capacity(kept.len());
        for c in kept {
            match missing_parent(&c, &kinds) {
                Some(reason) => {
                    kinds.remove(&c.name);
                    dropped.push(drop(&c, reason));
                    removed = true;
                }
                None => next.push(c),
            }
        }
        kept = next;
        if !removed {
            return (kept, dropped);
        }
    }
}

fn drop(c: &ClassFile, reason: String) -> Dropped {
    let methods = c.methods.iter().filter(|m| m.code.is_some()).map(|m| format!("{}{}", m.name, m.desc)).collect();
    Dropped { class: c.name.clone(), methods, reason, replaced: false }
}

fn bad_descriptor(c: &ClassFile) -> Option<String> {
    for f in &c.fields {
        if let Err(e) = descriptor::parse_field(&f.desc) {
            return Some(format!("field {}: {e}", f.name));
        }
    }
    for m in &c.methods {
        if let Err(e) = descriptor::parse_method(&m.desc) {
            return Some(format!("method {}: {e}", m.name));
        }
    }
    None
}

/// Why `c` cannot be declared given the classes in `kinds` (name → is an interface).
fn missing_parent(c: &ClassFile, kinds: &HashMap<String, bool>) -> Option<String> {
    if let Some(s) = &c.super_name
        && !c.is_interface
    {
        match kinds.get(s) {
            None => return Some(format!("not translated: its superclass {} is not available", dotted(s))),
            Some(true) => return Some(format!("not translated: its superclass {} is an interface", dotted(s))),
            Some(false) => {}
        }
    }
    for i in &c.interfaces {
        if kinds.get(i) == Some(&false) {
            return Some(format!("not translated: it implements {}, which is a class", dotted(i)));
        }
    }
    None
}

/// A body for the reserved function `func` (a method that could not be translated, or a
/// native method nothing binds) that throws
/// `UnsupportedOperationException("rootvm could not translate NAME")`.
pub fn throwing_body(p: &mut Program, func: FuncId) -> Result<Function, String> {
    let old = &p.module.functions[func.index()];
    let (name, sig) = (old.name.clone(), old.sig.clone());
    let message = format!("rootvm could not translate {name}");
    throwing(p, name, sig, &message)
}

/// A function `name` of signature `sig` that throws `UnsupportedOperationException(message)`.
pub fn throwing(p: &mut Program, name: String, sig: rootir::FuncType, message: &str) -> Result<Function, String> {
    let class = p.class("java/lang/UnsupportedOperationException")?.id;
    let (field, _) = p.field("java/lang/Throwable", "detailMessage")?;
    let text = p.string(message);
    let mut b = FunctionBuilder::new(name, sig);
    let e = b.new_reg(Type::Ref);
    b.push(InstData::New { dst: e, class });
    let msg = b.str_const(text);
    b.push(InstData::FieldSet { field, obj: e, src: msg });
    crate::runtime::capture(p, &mut b, "java_backtrace", e)?;
    b.throw(e);
    Ok(b.finish())
}
