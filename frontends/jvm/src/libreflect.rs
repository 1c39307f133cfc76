//! Reflection and method handles on the library's classes (docs/jvm.md, "Reflection" and
//! "Method and var handles"): `String.class.getMethod("length")`,
//! `lookup.findStatic(Math.class, "max", ..)`, `List.class.getMethod("size").invoke(list)`.
//!
//! A program pays only for the classes it reflects on: when an input class uses
//! `java.lang.reflect` or `MethodHandles`, every library class whose *class literal*
//! (`ldc C`) appears in an input method, and the library supertypes of such a class, have their
//! public members recorded ([`remember`], in `Program::reflected` beside the input's classes),
//! so `RootReflect.declared` (reflection.rs) answers them and `RootHandles.find` (handles.rs,
//! [`handle_members`]) finds them. `String` (a VM string, no class file) answers the instance
//! methods of `RootString` (the static methods taking the string first, `libcalls.rs`), the
//! inline ones, and `valueOf` / `copyValueOf` / `join`.

use crate::classfile::{ClassFile, Loadable};
use crate::handles::{Kind, Member};
use crate::program::Program;
use classfile_parser::code_attribute::Instruction as I;
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// `ACC_PUBLIC`.
const PUBLIC: u16 = 0x0001;
/// `ACC_STATIC`.
const STATIC: u16 = 0x0008;
/// `String`'s inline methods (`intrinsics.rs`, `libcalls::INLINE_STRING`) with their flags.
const STRING_INLINE: &[(&str, u16)] = &[
    ("length()I", PUBLIC),
    ("charAt(I)C", PUBLIC),
    ("hashCode()I", PUBLIC),
    ("isEmpty()Z", PUBLIC),
    ("equals(Ljava/lang/Object;)Z", PUBLIC),
    ("concat(Ljava/lang/String;)Ljava/lang/String;", PUBLIC),
    ("toString()Ljava/lang/String;", PUBLIC),
    ("valueOf(Ljava/lang/Object;)Ljava/lang/String;", PUBLIC | STATIC),
    ("valueOf(I)Ljava/lang/String;", PUBLIC | STATIC),
    ("valueOf(J)Ljava/lang/String;", PUBLIC | STATIC),
    ("valueOf(C)Ljava/lang/String;", PUBLIC | STATIC),
    ("valueOf(Z)Ljava/lang/String;", PUBLIC | STATIC),
    ("valueOf(D)Ljava/lang/String;", PUBLIC | STATIC),
    ("valueOf(F)Ljava/lang/String;", PUBLIC | STATIC),
];
/// `java.lang.Object`'s members with JDK 17's access flags (the runtime's `Object` has no class
/// file): every class reaches them by `getMethods()` / `getMethod("hashCode")`.
const OBJECT_MEMBERS: &[(&str, u16)] = &[
    ("", 0x0021),
    ("<init>()V", PUBLIC),
    ("getClass()Ljava/lang/Class;", 0x0111),
    ("hashCode()I", 0x0101),
    ("equals(Ljava/lang/Object;)Z", PUBLIC),
    ("clone()Ljava/lang/Object;", 0x0104),
    ("toString()Ljava/lang/String;", PUBLIC),
    ("notify()V", 0x0111),
    ("notifyAll()V", 0x0111),
    ("wait()V", 0x0011),
    ("wait(J)V", 0x0111),
    ("wait(JI)V", 0x0011),
    ("finalize()V", 0x0004),
];
/// `StringBuilder`'s inline methods and constructors (`intrinsics.rs`), public.
const BUILDER_INLINE: &[&str] = &[
    "<init>()V",
    "<init>(I)V",
    "<init>(Ljava/lang/String;)V",
    "<init>(Ljava/lang/CharSequence;)V",
    "append(Z)Ljava/lang/StringBuilder;",
    "append(C)Ljava/lang/StringBuilder;",
    "append(I)Ljava/lang/StringBuilder;",
    "append(J)Ljava/lang/StringBuilder;",
    "append(F)Ljava/lang/StringBuilder;",
    "append(D)Ljava/lang/StringBuilder;",
    "append(Ljava/lang/String;)Ljava/lang/StringBuilder;",
    "append(Ljava/lang/Object;)Ljava/lang/StringBuilder;",
    "append(Ljava/lang/CharSequence;)Ljava/lang/StringBuilder;",
    "toString()Ljava/lang/String;",
    "length()I",
    "charAt(I)C",
];
/// `StringBuilder`'s binary name.
const BUILDER: &str = "java/lang/StringBuilder";
/// `java.lang.Object`'s binary name.
const OBJECT: &str = "java/lang/Object";
/// Static methods of `String` that `RootString` defines with the same descriptor.
const STRING_STATICS: &[&str] = &["valueOf", "copyValueOf", "join"];
/// `String`'s binary name.
const STRING: &str = "java/lang/String";

/// Records the public members of the library classes the input reflects on (see the module
/// documentation).
pub fn remember(p: &mut Program, inputs: &HashSet<String>) {
    if inputs.contains(crate::reflect::CLASS) {
        return;
    }
    let input_files: Vec<&ClassFile> = p.files.values().filter(|c| inputs.contains(&c.name)).collect();
    let uses = input_files.iter().any(|c| {
        c.pool.0.iter().any(|e| {
            matches!(e, classfile_parser::constant_info::ConstantInfo::Utf8(u)
                if u.utf8_string.contains("java/lang/reflect/") || u.utf8_string.contains("java/lang/invoke/MethodHandles"))
        })
    });
    if !uses {
        return;
    }
    let mut wanted = BTreeSet::new();
    for c in &input_files {
        for code in c.methods.iter().filter_map(|m| m.code.as_ref()) {
            for (_, inst) in &code.insts {
                let index = match inst {
                    I::Ldc(n) => u16::from(*n),
                    I::LdcW(n) => *n,
                    _ => continue,
                };
                let name = match c.pool.loadable(index) {
                    Ok(Loadable::Class(name)) => name,
                    // A library class's name in a string (`Class.forName("java.util.ArrayList")`).
                    Ok(Loadable::Str(text)) if text.starts_with("java.") => text.replace('.', "/"),
                    _ => continue,
                };
                if !name.starts_with('[') && !inputs.contains(&name) {
                    wanted.insert(name);
                }
            }
        }
    }
    // A `StringBuilder` the program makes (`sb.getClass().getMethod("length")`).
    if input_files.iter().any(|c| (1..=c.pool.0.len() as u16).any(|k| c.pool.class_name(k).is_ok_and(|n| n == BUILDER)))
    {
        wanted.insert(BUILDER.to_string());
    }
    // Every class inherits `Object`'s public methods.
    if !inputs.contains(OBJECT) {
        p.reflected.insert(OBJECT.into(), OBJECT_MEMBERS.iter().map(|(k, v)| (k.to_string(), *v)).collect());
    }
    let mut todo: Vec<String> = wanted.into_iter().collect();
    let mut found = BTreeMap::new();
    while let Some(name) = todo.pop() {
        if found.contains_key(&name) || p.reflected.contains_key(&name) {
            continue;
        }
        let flags = if name == STRING {
            string_flags(p)
        } else if name == BUILDER {
            builder_flags(p)
        } else if let Some(file) = p.files.get(&name) {
            todo.extend(file.super_name.iter().cloned());
            todo.extend(file.interfaces.iter().cloned());
            file.flags.iter().filter(|(k, v)| k.is_empty() || *v & PUBLIC != 0).map(|(k, v)| (k.clone(), *v)).collect()
        } else {
            continue;
        };
        found.insert(name, flags);
    }
    p.reflected.extend(found);
}

/// The public members of `String`: see the module documentation.
fn string_flags(p: &Program) -> BTreeMap<String, u16> {
    let mut out: BTreeMap<String, u16> = STRING_INLINE.iter().map(|(k, v)| (k.to_string(), *v)).collect();
    out.insert(String::new(), PUBLIC | 0x0010);
    let Some(root) = p.files.get(crate::libcalls::ROOT_STRING) else { return out };
    for m in root.methods.iter().filter(|m| m.is_static && !m.is_private && m.name != "<clinit>") {
        if let Some(rest) = m.desc.strip_prefix("(Ljava/lang/String;") {
            out.entry(format!("{}({rest}", m.name)).or_insert(PUBLIC);
        } else if STRING_STATICS.contains(&m.name.as_str()) {
            out.entry(format!("{}{}", m.name, m.desc)).or_insert(PUBLIC | STATIC);
        }
    }
    out
}

/// The public members of `StringBuilder` (the runtime's class, no class file): its inline
/// methods and `RootString`'s static methods taking the builder first (`libcalls.rs`).
fn builder_flags(p: &Program) -> BTreeMap<String, u16> {
    let mut out: BTreeMap<String, u16> = BUILDER_INLINE.iter().map(|k| (k.to_string(), PUBLIC)).collect();
    out.insert(String::new(), PUBLIC | 0x0010);
    let Some(root) = p.files.get(crate::libcalls::ROOT_STRING) else { return out };
    // `writeObject`/`readObject` are the builder's private serialization hooks (`serial.rs`),
    // not public members (and they name the object streams, which come in only by use).
    let public = |m: &&crate::classfile::MethodDef| {
        m.is_static && !m.is_private && !matches!(m.name.as_str(), "writeObject" | "readObject")
    };
    for m in root.methods.iter().filter(public) {
        if let Some(rest) = m.desc.strip_prefix("(Ljava/lang/StringBuilder;") {
            out.entry(format!("{}({rest}", m.name)).or_insert(PUBLIC);
        }
    }
    out
}

/// The members of the recorded library classes that method handles can find: each class's
/// public methods, constructors and fields, and the public instance methods it inherits from
/// its recorded library supertypes (found on the class, as `findVirtual` finds them).
pub(crate) fn handle_members(p: &Program) -> Vec<Member> {
    let mut out = Vec::new();
    for (class, flags) in p.reflected.iter().filter(|(c, _)| c.starts_with("java/")) {
        let info = p.classes.get(class);
        let mut seen = HashSet::new();
        for (key, bits) in flags.iter().filter(|(k, _)| !k.is_empty()) {
            let Some(at) = key.find('(') else {
                out.extend(field_members(info, class, key, *bits));
                continue;
            };
            let (name, desc) = key.split_at(at);
            let kind = match name {
                "<clinit>" => continue,
                "<init>" => Kind::Constructor,
                _ if bits & STATIC != 0 => Kind::Static,
                _ => Kind::Virtual,
            };
            if kind == Kind::Constructor && info.is_none_or(|c| c.is_interface) {
                continue;
            }
            seen.insert(key.clone());
            out.push(Member { class: class.clone(), name: name.into(), desc: desc.into(), kind });
        }
        for sup in supertypes(p, class) {
            for (key, bits) in &p.reflected[&sup] {
                let Some(at) = key.find('(') else { continue };
                if bits & STATIC != 0 || key.starts_with('<') || !seen.insert(key.clone()) {
                    continue;
                }
                let (name, desc) = key.split_at(at);
                out.push(Member { class: class.clone(), name: name.into(), desc: desc.into(), kind: Kind::Virtual });
            }
        }
    }
    out
}

/// The getter and (unless the field is final) setter of public field `name` of `class`.
fn field_members(info: Option<&crate::program::ClassInfo>, class: &str, name: &str, bits: u16) -> Vec<Member> {
    let Some(info) = info else { return Vec::new() };
    let (desc, kinds) = match (info.fields.get(name), info.statics.get(name)) {
        (Some((_, t)), _) => (t.descriptor(), [Kind::Getter, Kind::Setter]),
        (None, Some((_, t))) => (t.descriptor(), [Kind::StaticGetter, Kind::StaticSetter]),
        (None, None) => return Vec::new(),
    };
    let writable = bits & 0x0010 == 0;
    kinds
        .into_iter()
        .filter(|k| writable || matches!(k, Kind::Getter | Kind::StaticGetter))
        .map(|kind| Member { class: class.into(), name: name.into(), desc: desc.clone(), kind })
        .collect()
}

/// The recorded supertypes of `class` (superclasses, then interfaces), nearest first.
fn supertypes(p: &Program, class: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut todo = vec![class.to_string()];
    while !todo.is_empty() {
        let c = todo.remove(0);
        let Some(info) = p.classes.get(&c) else { continue };
        for s in info.super_name.iter().chain(&info.interfaces) {
            if !out.contains(s) && p.reflected.contains_key(s) {
                out.push(s.clone());
            }
            todo.push(s.clone());
        }
        if out.len() > 256 || todo.len() > 4096 {
            break;
        }
    }
    out
}
