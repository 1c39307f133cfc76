//! Lambdas and method references (`invokedynamic` through `LambdaMetafactory`): each call site
//! gets a class implementing the functional interface, with one field per captured value, the
//! interface method (loads the captures, then its arguments, then calls the implementation
//! method), and a factory function the call site calls with the captured values.

use crate::classes::{CLASS_NAME, add_method};
use crate::classfile::{ClassFile, MethodDef};
use crate::descriptor::{self, JType};
use crate::emit::Emitter;
use crate::lower::Method;
use crate::objects::Invoke;
use crate::program::{ClassInfo, NativeOp, Program, dotted};
use classfile_parser::constant_info::ConstantInfo;
use rootir::{Callee, FuncId, FuncType, FunctionBuilder, Type};
use std::collections::HashMap;
use vstarr::stack::{Shuffle, StackFunction, StackInst};

/// The factory of the lambda class of call site `index` (an InvokeDynamic constant) of
/// `class`, built once: its callee and signature (captured values → the object).
pub fn factory(
    p: &mut Program,
    class: &ClassFile,
    index: u16,
    name: &str,
    desc: &str,
    args: &[u16],
) -> Result<(Callee, FuncType), String> {
    let key = (class.name.clone(), index);
    // A call site's constant can be shared by several call sites: build (or fail) once.
    if let Some(done) = p.lambdas.get(&key) {
        return done.clone().map(|(f, s)| (Callee::Func(f), s));
    }
    let site = descriptor::parse_method(desc)?;
    let Some(JType::Object(iface)) = site.ret.clone() else {
        return Err("lambda call site does not return an interface".into());
    };
    let info = p.class(&iface)?;
    if !info.is_interface {
        return Err(format!("lambda of {}, which is not an interface", dotted(&iface)));
    }
    let (sam_desc, handle) = match args {
        [sam, handle, _instantiated] => (method_type(class, *sam)?, *handle),
        _ => return Err("LambdaMetafactory with unexpected arguments".into()),
    };
    let lambda = format!("{}$$Lambda${}", class.name, index);
    let captures: Vec<Type> = site.params.iter().map(JType::ir).collect();
    declare_class(p, &lambda, "java/lang/Object", &iface, &site.params)?;
    let sam_sig = descriptor::parse_method(&sam_desc)?.sig(true);
    let body = match sam_body(p, class, &lambda, &captures, &sam_desc, handle) {
        Ok(body) => body,
        Err(e) => {
            // The class is declared already: give it a method that traps, so the module stays
            // valid when the call site's method is replaced (`--keep-going`).
            let mut b = FunctionBuilder::new(format!("{}.{name}$untranslated", dotted(&lambda)), sam_sig.clone());
            b.unreachable();
            let f = p.add_function(b.finish());
            add_method(p, &lambda, format!("{name}{sam_desc}"), sam_sig, Some(f));
            class_name(p, &lambda)?;
            crate::classes::inherit_defaults(p, &lambda)?;
            p.lambdas.insert(key, Err(e.clone()));
            return Err(e);
        }
    };
    let f = p.add_function(body);
    add_method(p, &lambda, format!("{name}{sam_desc}"), sam_sig, Some(f));
    class_name(p, &lambda)?;
    crate::classes::inherit_defaults(p, &lambda)?;
    let (factory, sig) = factory_function(p, &lambda, &captures)?;
    p.lambdas.insert(key, Ok((factory, sig.clone())));
    Ok((Callee::Func(factory), sig))
}

fn method_type(class: &ClassFile, index: u16) -> Result<String, String> {
    match class.pool.get(index)? {
        ConstantInfo::MethodType(t) => class.pool.utf8(t.descriptor_index),
        other => Err(format!("expected a method type, found {other:?}")),
    }
}

/// Declares class `name`, extending `superclass` and implementing `iface` (and its
/// superinterfaces), with one field per captured value.
pub(crate) fn declare_class(
    p: &mut Program,
    name: &str,
    superclass: &str,
    iface: &str,
    captures: &[JType],
) -> Result<(), String> {
    let object = p.class(superclass)?.id;
    let mut interfaces = vec![p.class(iface)?.id];
    let mut todo = p.class(iface)?.interfaces.clone();
    while let Some(i) = todo.pop() {
        if let Some(info) = p.classes.get(&i) {
            interfaces.push(info.id);
            todo.extend(info.interfaces.iter().cloned());
        }
    }
    let fields =
        captures.iter().enumerate().map(|(i, t)| rootir::Field { name: format!("cap{i}"), ty: t.ir() }).collect();
    p.module.classes.push(rootir::Class {
        name: dotted(name),
        is_interface: false,
        superclass: Some(object),
        interfaces,
        fields,
        methods: Vec::new(),
    });
    let id = rootir::ClassId::new(p.module.classes.len() - 1);
    let field_map = captures.iter().enumerate().map(|(i, t)| (format!("cap{i}"), (i as u32, t.clone()))).collect();
    p.classes.insert(
        name.to_string(),
        ClassInfo {
            id,
            super_name: Some(superclass.into()),
            interfaces: vec![iface.to_string()],
            is_interface: false,
            fields: field_map,
            statics: HashMap::new(),
            methods: HashMap::new(),
            functions: HashMap::new(),
            init_guard: None,
        },
    );
    Ok(())
}

/// The hidden `$className()` (and `$class()`, with a `java.lang.Class`) of a lambda class.
pub(crate) fn class_name(p: &mut Program, lambda: &str) -> Result<(), String> {
    if crate::reflect::modelled(p) {
        crate::reflect::add_get_class(p, lambda)?;
    }
    let sig = FuncType::new([Type::Ref], [Type::Ref]);
    let c = p.string(&dotted(lambda));
    let mut b = FunctionBuilder::new(format!("{}.$className", dotted(lambda)), sig.clone());
    let r = b.str_const(c);
    b.ret(&[r]);
    let f = p.add_function(b.finish());
    add_method(p, lambda, CLASS_NAME.into(), sig, Some(f));
    Ok(())
}

/// The interface method: captures, then the arguments, then the implementation (called as
/// the bytecode would: library methods go through the intrinsics).
fn sam_body(
    p: &mut Program,
    class: &ClassFile,
    lambda: &str,
    captures: &[Type],
    sam_desc: &str,
    handle: u16,
) -> Result<rootir::Function, String> {
    let ConstantInfo::MethodHandle(h) = class.pool.get(handle)? else {
        return Err("lambda implementation is not a method handle".into());
    };
    let target = class.pool.member(h.reference_index)?;
    let impl_desc = descriptor::parse_method(&target.desc)?;
    let sam = descriptor::parse_method(sam_desc)?;
    let sig = sam.sig(true);
    let id = p.class(lambda)?.id;
    let kind = match h.reference_kind {
        5 => Invoke::Virtual,
        6 => Invoke::Static,
        7 | 8 => Invoke::Special,
        9 => Invoke::Interface,
        k => return Err(format!("method handle kind {k} in a lambda is not supported")),
    };
    let receiver = matches!(h.reference_kind, 5 | 7 | 9);
    let wanted: Vec<JType> = receiver
        .then(|| JType::Object("java/lang/Object".into()))
        .into_iter()
        .chain(impl_desc.params.iter().cloned())
        .collect();
    if wanted.len() != captures.len() + sam.params.len() || captures.iter().zip(&wanted).any(|(c, w)| *c != w.ir()) {
        return Err(format!("lambda {}.{}: captures and parameters disagree", dotted(&target.class), target.name));
    }
    let def = MethodDef {
        name: target.name.clone(),
        desc: sam_desc.to_string(),
        is_static: false,
        is_abstract: false,
        is_native: false,
        is_private: false,
        is_synchronized: false,
        code: None,
    };
    let slots: Vec<u32> = (0..sig.params.len() as u32).collect();
    let results = sig.results.clone();
    let mut m =
        Method { p, class, def: &def, desc: sam, e: Emitter::new(&sig.params, &slots), results, fused: HashMap::new() };
    if h.reference_kind == 8 {
        let c = m.p.class(&target.class)?.id;
        m.native(NativeOp::New(c))?;
        m.e.shuffle(Shuffle::Dup)?;
    }
    for (i, &ty) in captures.iter().enumerate() {
        m.e.load(0);
        m.native(NativeOp::FieldGet(rootir::FieldRef { class: id, field: i as u32 }, ty))?;
    }
    for i in 0..m.desc.params.len() {
        m.e.load(i as u32 + 1);
        let from = m.desc.params[i].clone();
        crate::boxing::adapt(&mut m, &from, &wanted[captures.len() + i])?;
    }
    m.invoke(kind, &target)?;
    let want = m.results.clone();
    match (&impl_desc.ret, &m.desc.ret.clone()) {
        (Some(_), None) => m.e.shuffle(Shuffle::Pop)?,
        (Some(from), Some(to)) => crate::boxing::adapt(&mut m, from, to)?,
        _ => {}
    }
    if m.e.stack != want {
        return Err("lambda result and interface method result disagree".into());
    }
    m.e.ret(&want)?;
    let mut e = m.e;
    for inst in &mut e.code {
        crate::lower::retarget(inst, &HashMap::new())?;
    }
    let func = StackFunction {
        name: format!("{}.{}", dotted(lambda), target.name),
        sig,
        locals: e.locals,
        max_stack: e.max_stack.max(1) as u32,
        code: e.code,
        unit: None,
        handlers: Vec::new(),
    };
    vstarr::translate_in(&func, &p.module).map_err(|e| e.to_string())
}

/// `(captures) -> ref`: a new lambda object holding the captured values.
pub(crate) fn factory_function(p: &mut Program, lambda: &str, captures: &[Type]) -> Result<(FuncId, FuncType), String> {
    let sig = FuncType::new(captures.to_vec(), [Type::Ref]);
    let id = p.class(lambda)?.id;
    let obj = captures.len() as u32;
    let mut code = vec![StackInst::Inst(NativeOp::New(id).operation()), StackInst::Store(obj)];
    for (i, &ty) in captures.iter().enumerate() {
        code.push(StackInst::Load(obj));
        code.push(StackInst::Load(i as u32));
        code.push(StackInst::Inst(NativeOp::FieldSet(rootir::FieldRef { class: id, field: i as u32 }, ty).operation()));
    }
    code.push(StackInst::Load(obj));
    code.push(StackInst::Return);
    let mut locals = captures.to_vec();
    locals.push(Type::Ref);
    let func = StackFunction {
        name: format!("{}.$new", dotted(lambda)),
        sig: sig.clone(),
        locals,
        max_stack: 2,
        code,
        unit: None,
        handlers: Vec::new(),
    };
    let f = vstarr::translate_in(&func, &p.module).map_err(|e| e.to_string())?;
    Ok((p.add_function(f), sig))
}
