//! Method and var handles (docs/jvm.md, "Method and var handles").
//!
//! The Java library's `java.lang.invoke` (`MethodHandles.Lookup`, `MethodHandle`, `VarHandle`)
//! calls `RootHandles.find(className, name, descriptor, kind)`, which is [`find`]: a generated
//! function comparing its arguments with every member of the program's own classes and
//! returning a new *invoker* of the member, an object of a generated class implementing
//! `java.lang.invoke.RootInvoker` whose `call(Object[])` unboxes the arguments, calls the
//! member (or reads / writes the field) as the bytecode would, and boxes the result.
//!
//! A signature-polymorphic call site (`h.invokeExact(a, b)`, `vh.compareAndSet(o, x, y)`) is a
//! call of an adapter of the call site's descriptor ([`site`]): it boxes the arguments into an
//! `Object[]`, calls the handle's `$site` (which checks the type and dispatches), and unboxes
//! the result to the call site's return type.
//!
//! `int.class` (`Integer.TYPE`, ...) is the class object named `int`, marked primitive
//! ([`primitive_class`]).

use crate::classes::add_method;
use crate::classfile::{ClassFile, MemberRef, MethodDef};
use crate::descriptor::{self, JType};
use crate::emit::Emitter;
use crate::lower::Method;
use crate::objects::Invoke;
use crate::program::{NativeOp, Program, dotted};
use rootir::{Callee, FuncType, FunctionBuilder, Opcode, Type};
use std::collections::HashMap;
use vstarr::stack::{Shuffle, StackFunction};

/// The library class whose `find` is [`find`].
pub const ROOT_HANDLES: &str = "java/lang/invoke/RootHandles";
/// The interface of the generated invokers.
const INVOKER: &str = "java/lang/invoke/RootInvoker";
/// The invoker's method.
const CALL: &str = "call([Ljava/lang/Object;)Ljava/lang/Object;";
/// The class with signature-polymorphic `invoke` / `invokeExact`.
pub const METHOD_HANDLE: &str = "java/lang/invoke/MethodHandle";
/// The class with signature-polymorphic access modes.
pub const VAR_HANDLE: &str = "java/lang/invoke/VarHandle";

/// The box classes whose `TYPE` is a primitive class, and the primitive's name.
const PRIMITIVES: &[(&str, &str)] = &[
    ("java/lang/Integer", "int"),
    ("java/lang/Long", "long"),
    ("java/lang/Double", "double"),
    ("java/lang/Float", "float"),
    ("java/lang/Short", "short"),
    ("java/lang/Byte", "byte"),
    ("java/lang/Character", "char"),
    ("java/lang/Boolean", "boolean"),
    ("java/lang/Void", "void"),
];

/// The name of the primitive type of descriptor `d` (`I` is `int`).
pub fn primitive_name(d: &str) -> &'static str {
    match d {
        "Z" => "boolean",
        "B" => "byte",
        "C" => "char",
        "S" => "short",
        "I" => "int",
        "J" => "long",
        "F" => "float",
        "D" => "double",
        _ => "void",
    }
}

/// `Integer.TYPE` and the like: the class object of the primitive type. Returns whether `r`
/// was one.
pub fn primitive_class(m: &mut Method<'_>, r: &MemberRef) -> Result<bool, String> {
    let Some((_, name)) = PRIMITIVES.iter().find(|(c, _)| *c == r.class) else { return Ok(false) };
    if r.name != "TYPE" || !crate::reflect::modelled(m.p) {
        return Ok(false);
    }
    let f = crate::reflect::literal(m.p, name)?;
    m.e.call(f)?;
    Ok(true)
}

/// What a member handle does (the `kind` argument of `RootHandles.find`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Static = 0,
    Virtual = 1,
    Constructor = 2,
    Getter = 3,
    Setter = 4,
    StaticGetter = 5,
    StaticSetter = 6,
    /// `findSpecial`: an instance method called without virtual dispatch (`invokespecial`).
    Special = 7,
    /// Serialization's allocation (`serial.rs`): a new object of `class` on which only the
    /// no-argument constructor of class `name` (its first non-serializable superclass) runs.
    Allocate = 8,
}

/// One member a handle can reach.
pub(crate) struct Member {
    pub class: String,
    pub name: String,
    pub desc: String,
    pub kind: Kind,
}

/// The members of the program's own classes (not the library's, not lambda classes), in a
/// fixed order.
fn members(p: &Program) -> Vec<Member> {
    let mut out = Vec::new();
    for (class, info) in &p.classes {
        if class.starts_with("java/") || class.contains("$$") {
            continue;
        }
        let mut push = |key: &str, kind: Kind| {
            let (name, desc) = key.split_at(key.find('(').unwrap_or(key.len()));
            out.push(Member { class: class.clone(), name: name.into(), desc: desc.into(), kind });
        };
        for (key, f) in &info.functions {
            let params = descriptor::parse_method(&key[key.find('(').unwrap_or(0)..]).map(|d| d.params.len());
            let kind = match key.split('(').next() {
                Some("<clinit>") => continue,
                Some("<init>") => Kind::Constructor,
                _ if params == Ok(p.module.functions[f.index()].sig.params.len()) => Kind::Static,
                _ => Kind::Virtual,
            };
            push(key, kind);
            if kind == Kind::Virtual {
                push(key, Kind::Special);
            }
        }
        for key in info.methods.keys().filter(|k| !info.functions.contains_key(*k) && !k.starts_with('$')) {
            push(key, Kind::Virtual);
        }
        for (name, (_, t)) in &info.fields {
            out.push(Member { class: class.clone(), name: name.clone(), desc: t.descriptor(), kind: Kind::Getter });
            out.push(Member { class: class.clone(), name: name.clone(), desc: t.descriptor(), kind: Kind::Setter });
        }
        for (name, (_, t)) in &info.statics {
            let (get, set) = (Kind::StaticGetter, Kind::StaticSetter);
            out.push(Member { class: class.clone(), name: name.clone(), desc: t.descriptor(), kind: get });
            out.push(Member { class: class.clone(), name: name.clone(), desc: t.descriptor(), kind: set });
        }
    }
    out.extend(crate::libreflect::handle_members(p));
    out.sort_by(|a, b| (&a.class, &a.name, &a.desc, a.kind as u8).cmp(&(&b.class, &b.name, &b.desc, b.kind as u8)));
    out
}

/// The function behind `RootHandles.find(String className, String name, String desc, int
/// kind)` (called from `host`): a new invoker of the member, or null. Members whose invoker cannot be built (a
/// type the boxing does not cover) are left out: `find` answers null for them.
pub fn find(p: &mut Program, host: &ClassFile) -> Result<(Callee, FuncType), String> {
    const KEY: &str = "$handle_find";
    if let Some((f, s)) = p.runtime.get(KEY) {
        return Ok((Callee::Func(*f), s.clone()));
    }
    let sig = FuncType::new([Type::Ref, Type::Ref, Type::Ref, Type::I32], [Type::Ref]);
    let f = p.reserve_function(KEY.to_string(), sig.clone());
    p.runtime.insert(KEY.into(), (f, sig.clone()));
    let mut b = FunctionBuilder::new(KEY, sig.clone());
    let (class, name, desc, kind) = (b.param(0), b.param(1), b.param(2), b.param(3));
    for (n, member) in members(p).into_iter().enumerate() {
        let invoker_class = format!("{}$$Handle${n}", member.class);
        let Ok(factory) = invoker(p, host, &member, &invoker_class) else { continue };
        let tests = [(class, dotted(&member.class)), (name, member.name.clone()), (desc, member.desc.clone())];
        let miss = b.new_block();
        for (reg, text) in tests {
            let c = p.string(&text);
            let c = b.str_const(c);
            let hit = b.str_eq(reg, c);
            let next = b.new_block();
            b.br_if(hit, next, miss);
            b.switch_to(next);
        }
        let k = b.i32_const(member.kind as i32);
        let hit = b.i32_eq(kind, k);
        let yes = b.new_block();
        b.br_if(hit, yes, miss);
        b.switch_to(yes);
        let r = b.call(Callee::Func(factory), &[], &[Type::Ref]);
        b.ret(&r);
        b.switch_to(miss);
    }
    let none = b.ref_null();
    b.ret(&[none]);
    p.set_function(f, b.finish());
    Ok((Callee::Func(f), sig))
}

/// Declares `name`, the invoker class of `member`, and returns its factory (`() -> ref`).
pub(crate) fn invoker(
    p: &mut Program,
    host: &ClassFile,
    member: &Member,
    name: &str,
) -> Result<rootir::FuncId, String> {
    let body = invoker_body(p, host, member, &format!("{}.call", dotted(name)))?;
    crate::lambda::declare_class(p, name, "java/lang/Object", INVOKER, &[])?;
    let f = p.add_function(body);
    add_method(p, name, CALL.into(), FuncType::new([Type::Ref, Type::Ref], [Type::Ref]), Some(f));
    crate::lambda::class_name(p, name)?;
    let (factory, _) = crate::lambda::factory_function(p, name, &[])?;
    Ok(factory)
}

/// `Object call(Object[] args)` of the invoker of `member`.
fn invoker_body(p: &mut Program, host: &ClassFile, member: &Member, name: &str) -> Result<rootir::Function, String> {
    let sig = FuncType::new([Type::Ref, Type::Ref], [Type::Ref]);
    let def = synthetic(CALL);
    let mut m = Method {
        p,
        class: host,
        def: &def,
        desc: descriptor::parse_method("([Ljava/lang/Object;)Ljava/lang/Object;")?,
        e: Emitter::new(&sig.params, &[0, 1]),
        results: vec![Type::Ref],
        fused: HashMap::new(),
    };
    let object = JType::Object("java/lang/Object".into());
    let target = MemberRef { class: member.class.clone(), name: member.name.clone(), desc: member.desc.clone() };
    let receiver = JType::Object(member.class.clone());
    let result = match member.kind {
        Kind::Static | Kind::Virtual | Kind::Constructor | Kind::Special => {
            let d = descriptor::parse_method(&member.desc)?;
            let mut first = 0;
            match member.kind {
                Kind::Virtual | Kind::Special => {
                    argument(&mut m, 0, &receiver)?;
                    first = 1;
                }
                Kind::Constructor => {
                    let c = m.p.class(&member.class)?.id;
                    m.native(NativeOp::New(c))?;
                    m.e.shuffle(Shuffle::Dup)?;
                }
                _ => {}
            }
            for (i, t) in d.params.iter().enumerate() {
                argument(&mut m, first + i as i32, t)?;
            }
            let kind = match member.kind {
                Kind::Static => Invoke::Static,
                Kind::Constructor | Kind::Special => Invoke::Special,
                _ if m.p.classes.get(&member.class).is_some_and(|c| c.is_interface) => Invoke::Interface,
                _ => Invoke::Virtual,
            };
            m.invoke(kind, &target)?;
            if member.kind == Kind::Constructor { Some(receiver) } else { d.ret }
        }
        Kind::Allocate => {
            let c = m.p.class(&member.class)?.id;
            m.native(NativeOp::New(c))?;
            m.e.shuffle(Shuffle::Dup)?;
            let init = MemberRef { class: member.name.clone(), name: "<init>".into(), desc: "()V".into() };
            m.invoke(Invoke::Special, &init)?;
            Some(receiver)
        }
        Kind::Getter | Kind::Setter => {
            let (field, t) = m.p.field(&member.class, &member.name)?;
            argument(&mut m, 0, &receiver)?;
            if member.kind == Kind::Getter {
                m.native(NativeOp::FieldGet(field, t.ir()))?;
                Some(t)
            } else {
                argument(&mut m, 1, &t)?;
                m.native(NativeOp::FieldSet(field, t.ir()))?;
                None
            }
        }
        Kind::StaticGetter | Kind::StaticSetter => {
            let (owner, g, t) = m.p.static_field(&member.class, &member.name)?;
            m.init_guard(&owner)?;
            if member.kind == Kind::StaticGetter {
                m.native(NativeOp::GlobalGet(g, t.ir()))?;
                Some(t)
            } else {
                argument(&mut m, 0, &t)?;
                m.native(NativeOp::GlobalSet(g, t.ir()))?;
                None
            }
        }
    };
    match result {
        Some(t) => crate::boxing::adapt(&mut m, &t, &object)?,
        None => m.native(NativeOp::RefNull)?,
    }
    finish(m, name.to_string(), sig)
}

/// Pushes `args[i]` converted to `t` (unboxed for a primitive).
fn argument(m: &mut Method<'_>, i: i32, t: &JType) -> Result<(), String> {
    m.e.load(1);
    m.e.i32(i);
    m.e.op(Opcode::ArrayGetRef)?;
    crate::boxing::adapt(m, &JType::Object("java/lang/Object".into()), t)
}

/// A method declaration for a generated body.
fn synthetic(key: &str) -> MethodDef {
    let (name, desc) = key.split_at(key.find('(').unwrap_or(key.len()));
    MethodDef {
        name: name.into(),
        desc: desc.into(),
        is_static: false,
        is_abstract: false,
        is_native: false,
        is_private: false,
        is_synchronized: false,
        code: None,
    }
}

/// Returns the value on the stack and translates the stack form to a function.
fn finish(mut m: Method<'_>, name: String, sig: FuncType) -> Result<rootir::Function, String> {
    let want = m.results.clone();
    if m.e.stack != want {
        return Err(format!("internal: {name} leaves {:?}", m.e.stack));
    }
    m.e.ret(&want)?;
    let mut e = m.e;
    for inst in &mut e.code {
        crate::lower::retarget(inst, &HashMap::new())?;
    }
    let func = StackFunction {
        name,
        sig,
        locals: e.locals,
        max_stack: e.max_stack.max(1) as u32,
        code: e.code,
        unit: None,
        handlers: Vec::new(),
    };
    vstarr::translate_in(&func, &m.p.module).map_err(|e| e.to_string())
}

/// A signature-polymorphic call of `MethodHandle.invoke` / `invokeExact` or of a `VarHandle`
/// access mode: a call of the adapter of the call site (built once per class, name and
/// descriptor). Other signature-polymorphic methods (`invokeBasic`, `linkTo*`) are not
/// modelled: `None`.
pub fn site(m: &mut Method<'_>, r: &MemberRef) -> Result<Option<()>, String> {
    let method_handle = r.class == METHOD_HANDLE && matches!(r.name.as_str(), "invoke" | "invokeExact");
    if !(method_handle || r.class == VAR_HANDLE) {
        return Ok(None);
    }
    let site_desc = if method_handle {
        "(Ljava/lang/String;Z[Ljava/lang/Object;)Ljava/lang/Object;"
    } else {
        "(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/Object;"
    };
    if m.p.method(&r.class, &format!("$site{site_desc}")).is_err() {
        return Ok(None);
    }
    let key = format!("$handle_site:{}.{}{}", r.class, r.name, r.desc);
    let d = descriptor::parse_method(&r.desc)?;
    let sig = d.sig(true);
    let f = match m.p.runtime.get(&key) {
        Some((f, _)) => *f,
        None => {
            let def = synthetic(&format!("{}{}", r.name, r.desc));
            let slots: Vec<u32> = (0..sig.params.len() as u32).collect();
            let mut a = Method {
                p: &mut *m.p,
                class: m.class,
                def: &def,
                desc: d.clone(),
                e: Emitter::new(&sig.params, &slots),
                results: sig.results.clone(),
                fused: HashMap::new(),
            };
            a.e.load(0);
            let text = a.p.string(if method_handle { &r.desc } else { &r.name });
            a.native(NativeOp::StrConst(text))?;
            if method_handle {
                a.e.i32(i32::from(r.name == "invokeExact"));
            }
            a.e.i32(d.params.len() as i32);
            a.e.op(Opcode::ArrayNewRef)?;
            let object = JType::Object("java/lang/Object".into());
            for (i, t) in d.params.iter().enumerate() {
                a.e.shuffle(Shuffle::Dup)?;
                a.e.i32(i as i32);
                a.e.load(i as u32 + 1);
                crate::boxing::adapt(&mut a, t, &object)?;
                a.native(NativeOp::ArraySet(Opcode::ArraySetRef, Type::Ref))?;
            }
            let call = MemberRef { class: r.class.clone(), name: "$site".into(), desc: site_desc.into() };
            a.invoke(Invoke::Virtual, &call)?;
            match &d.ret {
                None => a.e.shuffle(Shuffle::Pop)?,
                Some(t) => crate::boxing::adapt(&mut a, &object, t)?,
            }
            let name = format!("{}.{}{}$site", dotted(&r.class), r.name, r.desc);
            let body = finish(a, name, sig.clone())?;
            let f = m.p.add_function(body);
            m.p.runtime.insert(key, (f, sig.clone()));
            f
        }
    };
    m.e.call((Callee::Func(f), sig))?;
    Ok(Some(()))
}
