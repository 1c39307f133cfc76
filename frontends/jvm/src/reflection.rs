//! Reflection on members (docs/jvm.md, "Reflection"): `Class.getDeclaredMethods`,
//! `getMethod`, `getDeclaredField`, `getConstructor`, `getModifiers` and the
//! `java.lang.reflect` classes of the Java library, which call
//! `RootReflect.declared(className)`: [`declared`], a generated function returning the
//! members of the program's class of that name, each with its access flags, its parameter and
//! result class objects and the invokers `handles.rs` builds (one for a method or constructor,
//! a getter and a setter for a field).
//!
//! The access flags come from the class files ([`remember`]), kept only when an input class
//! names `java.lang.reflect` (otherwise `declared` answers null for every class).

use crate::classfile::ClassFile;
use crate::descriptor::{self, JType};
use crate::handles::{Kind, Member, invoker};
use crate::program::{Program, dotted};
use rootir::{Callee, FuncType, FunctionBuilder, Reg, Type};
use std::collections::{BTreeMap, HashSet};

/// The library class whose `declared` is [`declared`].
pub const ROOT_REFLECT: &str = "java/lang/reflect/RootReflect";

/// The bit of a class's own flags in `declared` saying it has a static initialiser.
const STATIC_INITIALISER: i32 = 0x10000;

/// The first bit of a field's flags in `declared` holding its slot + 1.
const FIELD_SLOT: u32 = 17;

/// Keeps the access flags of the input's classes when one of them uses `java.lang.reflect`.
pub fn remember(p: &mut Program, inputs: &HashSet<String>) {
    if inputs.contains(crate::reflect::CLASS) {
        // The input's own `java.lang.Class` (a sweep of `java.base`) answers reflection itself.
        return;
    }
    let uses = p.files.values().filter(|c| inputs.contains(&c.name)).any(|c| {
        c.pool.0.iter().any(|e| {
            matches!(e, classfile_parser::constant_info::ConstantInfo::Utf8(u)
                if u.utf8_string.contains("java/lang/reflect/") || u.utf8_string.contains("java/lang/annotation/"))
        })
    });
    if !uses {
        return;
    }
    let reflected: BTreeMap<String, BTreeMap<String, u16>> = p
        .files
        .values()
        .filter(|c| inputs.contains(&c.name) && p.classes.contains_key(&c.name))
        .map(|c| (c.name.clone(), c.flags.clone()))
        .collect();
    p.reflected = reflected;
}

/// The function behind `RootReflect.declared(String className)` (called from `host`): null for
/// a class the program does not have (or without reflection), else an array whose elements are
/// `Object[] {name, descriptor, Integer flags, invoker or getter, setter, Class[] parameter
/// types, Class type}`; the class's own flags are the element named "" (with bit 0x10000 when
/// it has a static initialiser, and as invoker the allocator of `serial.rs` when it has one).
pub fn declared(p: &mut Program, host: &ClassFile) -> Result<(Callee, FuncType), String> {
    let sig = FuncType::new([Type::Ref], [Type::Ref]);
    crate::runtime::cached_function(p, "$reflect_declared", sig, |f| {
        let classes = std::mem::take(&mut f.p.reflected);
        let built = declared_body(f.p, &mut f.b, host, &classes);
        f.p.reflected = classes;
        built
    })
}

/// The body of [`declared`]: one test of the name and one array per class of `classes`.
fn declared_body(
    p: &mut Program,
    b: &mut FunctionBuilder,
    host: &ClassFile,
    classes: &BTreeMap<String, BTreeMap<String, u16>>,
) -> Result<(), String> {
    let wanted = b.param(0);
    for (class, flags) in classes {
        let text = p.string(&dotted(class));
        let c = b.str_const(text);
        let hit = b.str_eq(wanted, c);
        let (yes, next) = (b.new_block(), b.new_block());
        b.br_if(hit, yes, next);
        b.switch_to(yes);
        let mut entries = Vec::new();
        let info = p.classes.get(class);
        let known = |k: &str| {
            k.is_empty()
                || k.contains('(')
                || info.is_some_and(|c| c.fields.contains_key(k) || c.statics.contains_key(k))
        };
        // The class's own entry marks a static initialiser (the default `serialVersionUID`
        // hashes it) with a bit above the access flags.
        let clinit = if flags.contains_key("<clinit>()V") { STATIC_INITIALISER } else { 0 };
        // An instance field's entry carries its slot + 1 from bit 17 (declaration order: a
        // record's canonical constructor takes the components in that order).
        let slot = |k: &str| info.and_then(|c| c.fields.get(k)).map_or(0, |(i, _)| (*i as i32 + 1) << FIELD_SLOT);
        let keys: Vec<(String, i32)> = flags
            .iter()
            .filter(|(k, _)| !k.starts_with("<clinit>") && known(k))
            .map(|(k, &v)| (k.clone(), i32::from(v) | if k.is_empty() { clinit } else { slot(k) }))
            .collect();
        for (n, (key, bits)) in keys.into_iter().enumerate() {
            let key = key.as_str();
            entries.push(entry(p, b, host, class, key, bits, n)?);
        }
        let len = b.i32_const(entries.len() as i32);
        let array = b.array_new_ref(len);
        for (i, e) in entries.into_iter().enumerate() {
            let at = b.i32_const(i as i32);
            b.array_set_ref(array, at, e);
        }
        b.ret(&[array]);
        b.switch_to(next);
    }
    let none = b.ref_null();
    b.ret(&[none]);
    Ok(())
}

/// One element of the array (see [`declared`]) for member `key` of `class`.
fn entry(
    p: &mut Program,
    b: &mut FunctionBuilder,
    host: &ClassFile,
    class: &str,
    key: &str,
    bits: i32,
    n: usize,
) -> Result<Reg, String> {
    let (name, desc) = key.split_at(key.find('(').unwrap_or(key.len()));
    let is_static = bits & 0x0008 != 0;
    let field_type = if key.is_empty() || desc.starts_with('(') {
        None
    } else {
        let info = p.classes.get(class);
        info.and_then(|c| {
            c.fields.get(name).map(|(_, t)| t.clone()).or_else(|| c.statics.get(name).map(|(_, t)| t.clone()))
        })
    };
    let mut invokers = Vec::new();
    let wanted = key.is_empty() || crate::serial::wants_invoker(p, class, name, desc, is_static);
    let (params, ret): (Vec<JType>, Option<JType>) = if key.is_empty() {
        if let Some(member) = crate::serial::allocator(p, class) {
            invokers.push(invoker(p, host, &member, &format!("{class}$$Reflect${n}")).ok());
        }
        (Vec::new(), None)
    } else if let Some(t) = &field_type {
        let kinds = if is_static { [Kind::StaticGetter, Kind::StaticSetter] } else { [Kind::Getter, Kind::Setter] };
        for (i, kind) in kinds.into_iter().enumerate().filter(|_| wanted) {
            let member = Member { class: class.into(), name: name.into(), desc: t.descriptor(), kind };
            invokers.push(invoker(p, host, &member, &format!("{class}$$Reflect${n}${i}")).ok());
        }
        (Vec::new(), Some(t.clone()))
    } else {
        let d = descriptor::parse_method(desc)?;
        let kind = match name {
            "<init>" => Kind::Constructor,
            _ if is_static => Kind::Static,
            _ => Kind::Virtual,
        };
        if wanted {
            let member = Member { class: class.into(), name: name.into(), desc: desc.into(), kind };
            invokers.push(invoker(p, host, &member, &format!("{class}$$Reflect${n}")).ok());
        }
        (d.params, d.ret)
    };
    let len = b.i32_const(7);
    let e = b.array_new_ref(len);
    let name_c = p.string(name);
    let name_r = b.str_const(name_c);
    let desc_c = p.string(desc);
    let desc_r = b.str_const(desc_c);
    let (_, value_of) = p.function("java/lang/Integer", "valueOf(I)Ljava/lang/Integer;")?;
    let raw = b.i32_const(bits);
    let boxed = b.call(Callee::Func(value_of), &[raw], &[Type::Ref])[0];
    let mut slots = vec![name_r, desc_r, boxed];
    for i in 0..2 {
        let r = match invokers.get(i).copied().flatten() {
            Some(factory) => b.call(Callee::Func(factory), &[], &[Type::Ref])[0],
            None => b.ref_null(),
        };
        slots.push(r);
    }
    let count = b.i32_const(params.len() as i32);
    let types = b.array_new_ref(count);
    for (i, t) in params.iter().enumerate() {
        let c = class_of(p, b, Some(t))?;
        let at = b.i32_const(i as i32);
        b.array_set_ref(types, at, c);
    }
    // A `Class[]`, so the library's `(Class<?>[])` cast holds (`arrays.rs`).
    crate::arrays::tag_new(p, b, types, "[Ljava/lang/Class;")?;
    slots.push(types);
    let r = if key.is_empty() || name == "<init>" { b.ref_null() } else { class_of(p, b, ret.as_ref())? };
    slots.push(r);
    for (i, v) in slots.into_iter().enumerate() {
        let at = b.i32_const(i as i32);
        b.array_set_ref(e, at, v);
    }
    Ok(e)
}

/// The class object of a Java type (`void` for none).
fn class_of(p: &mut Program, b: &mut FunctionBuilder, t: Option<&JType>) -> Result<Reg, String> {
    let name = match t.map(JType::descriptor) {
        None => "void".to_string(),
        Some(d) if d.starts_with('[') => d,
        Some(d) if d.starts_with('L') => d[1..d.len() - 1].to_string(),
        Some(d) => crate::handles::primitive_name(&d).to_string(),
    };
    let (callee, _) = crate::reflect::literal(p, &name)?;
    Ok(b.call(callee, &[], &[Type::Ref])[0])
}
