//! Classes → rootIR classes: ids, instance fields, static fields (module globals), methods
//! (vtables), reserved functions for every method body, and class initialisation guards.

use crate::classfile::{ClassFile, FieldDef, MethodDef};
use crate::descriptor;
use crate::program::{ClassInfo, Program, dotted};
use rootir::{Callee, ClassId, FuncId, FuncType, FunctionBuilder, Type};
use std::collections::HashMap;

/// A built-in class: name, superclass, instance fields (name, descriptor).
pub type Builtin = (&'static str, Option<&'static str>, &'static [(&'static str, &'static str)]);

/// The runtime's built-in classes (name, superclass, instance fields): the part of `java.lang`
/// and `java.io` the frontend models itself. Their method bodies are in `runtime.rs`.
pub const BUILTIN: &[Builtin] = &[
    ("java/lang/Object", None, &[]),
    (
        "java/lang/Throwable",
        Some("java/lang/Object"),
        &[
            ("detailMessage", "Ljava/lang/String;"),
            ("stackTrace", "Ljava/lang/String;"),
            ("cause", "Ljava/lang/Throwable;"),
            ("suppressed", "[Ljava/lang/Throwable;"),
        ],
    ),
    ("java/lang/Exception", Some("java/lang/Throwable"), &[]),
    ("java/lang/Error", Some("java/lang/Throwable"), &[]),
    ("java/lang/RuntimeException", Some("java/lang/Exception"), &[]),
    ("java/lang/ArithmeticException", Some("java/lang/RuntimeException"), &[]),
    ("java/lang/IllegalArgumentException", Some("java/lang/RuntimeException"), &[]),
    ("java/lang/NumberFormatException", Some("java/lang/IllegalArgumentException"), &[]),
    ("java/lang/IllegalStateException", Some("java/lang/RuntimeException"), &[]),
    ("java/lang/NullPointerException", Some("java/lang/RuntimeException"), &[]),
    ("java/lang/IndexOutOfBoundsException", Some("java/lang/RuntimeException"), &[]),
    ("java/lang/ArrayIndexOutOfBoundsException", Some("java/lang/IndexOutOfBoundsException"), &[]),
    ("java/lang/StringIndexOutOfBoundsException", Some("java/lang/IndexOutOfBoundsException"), &[]),
    ("java/lang/ClassCastException", Some("java/lang/RuntimeException"), &[]),
    ("java/lang/NegativeArraySizeException", Some("java/lang/RuntimeException"), &[]),
    ("java/lang/UnsupportedOperationException", Some("java/lang/RuntimeException"), &[]),
    ("java/lang/VirtualMachineError", Some("java/lang/Error"), &[]),
    ("java/lang/OutOfMemoryError", Some("java/lang/VirtualMachineError"), &[]),
    ("java/lang/StackOverflowError", Some("java/lang/VirtualMachineError"), &[]),
    ("java/io/PrintStream", Some("java/lang/Object"), &[("fd", "I")]),
    ("java/lang/StringBuilder", Some("java/lang/Object"), &[("value", "Ljava/lang/String;")]),
    ("java/lang/Record", Some("java/lang/Object"), &[]),
];

/// The functional interfaces of the JDK the runtime models: name, abstract methods (name,
/// descriptor). Their default and static methods are not modelled.
pub const BUILTIN_INTERFACES: &[(&str, &[(&str, &str)])] = &[
    ("java/lang/Runnable", &[("run", "()V")]),
    ("java/lang/Comparable", &[("compareTo", "(Ljava/lang/Object;)I")]),
    ("java/util/function/IntBinaryOperator", &[("applyAsInt", "(II)I")]),
    ("java/util/function/IntUnaryOperator", &[("applyAsInt", "(I)I")]),
    ("java/util/function/IntPredicate", &[("test", "(I)Z")]),
    ("java/util/function/IntFunction", &[("apply", "(I)Ljava/lang/Object;")]),
    ("java/util/function/ToIntFunction", &[("applyAsInt", "(Ljava/lang/Object;)I")]),
    ("java/util/function/IntSupplier", &[("getAsInt", "()I")]),
    ("java/util/function/IntConsumer", &[("accept", "(I)V")]),
    ("java/util/function/LongBinaryOperator", &[("applyAsLong", "(JJ)J")]),
    ("java/util/function/LongUnaryOperator", &[("applyAsLong", "(J)J")]),
    ("java/util/function/DoubleUnaryOperator", &[("applyAsDouble", "(D)D")]),
    ("java/util/function/DoubleBinaryOperator", &[("applyAsDouble", "(DD)D")]),
];

fn builtin_interface(name: &str, methods: &[(&str, &str)]) -> ClassFile {
    let mut c = builtin_file(name, Some("java/lang/Object"), &[]);
    c.is_interface = true;
    c.methods = methods
        .iter()
        .map(|(n, d)| MethodDef {
            name: (*n).into(),
            desc: (*d).into(),
            is_static: false,
            is_abstract: true,
            is_native: false,
            is_private: false,
            code: None,
        })
        .collect();
    c
}

/// The hidden virtual method every class has: its Java name as a string.
pub const CLASS_NAME: &str = "$className()Ljava/lang/String;";

/// Declares every class (built-in and `files`) in `p`: ids, fields, globals, methods and
/// reserved functions. Returns the methods to translate: (class, method index, function).
pub fn declare(p: &mut Program, files: Vec<ClassFile>) -> Result<Vec<(String, usize, FuncId)>, String> {
    let mut all: Vec<ClassFile> = BUILTIN.iter().map(|(n, s, f)| builtin_file(n, *s, f)).collect();
    all.extend(BUILTIN_INTERFACES.iter().map(|(n, m)| builtin_interface(n, m)));
    for f in files {
        if all.iter().any(|c| c.name == f.name) {
            return Err(format!("class {} is defined twice (or replaces a runtime class)", dotted(&f.name)));
        }
        all.push(f);
    }
    for (i, c) in all.iter().enumerate() {
        p.module.classes.push(rootir::Class {
            name: dotted(&c.name),
            is_interface: c.is_interface,
            ..Default::default()
        });
        p.classes.insert(
            c.name.clone(),
            ClassInfo {
                id: ClassId::new(i),
                super_name: c.super_name.clone(),
                interfaces: c.interfaces.clone(),
                is_interface: c.is_interface,
                fields: HashMap::new(),
                statics: HashMap::new(),
                methods: HashMap::new(),
                functions: HashMap::new(),
                init_guard: None,
            },
        );
    }
    let mut bodies = Vec::new();
    for c in &all {
        link_super(p, c)?;
        declare_fields(p, c)?;
        bodies.extend(declare_methods(p, c)?);
    }
    for c in &all {
        class_name_method(p, c);
        if !c.is_interface && crate::reflect::modelled(p) {
            crate::reflect::add_get_class(p, &c.name)?;
        }
        if !c.is_interface {
            crate::clone::add(p, &c.name)?;
        }
    }
    crate::runtime::declare_builtin_methods(p)?;
    for c in &all {
        inherit_defaults(p, &c.name)?;
    }
    let mut order: Vec<&ClassFile> = all.iter().collect();
    order.sort_by_key(|c| p.chain(&c.name).len());
    for c in order {
        init_guard(p, c);
    }
    for c in all {
        p.files.insert(c.name.clone(), c);
    }
    Ok(bodies)
}

fn builtin_file(name: &str, super_name: Option<&str>, fields: &[(&str, &str)]) -> ClassFile {
    ClassFile {
        name: name.into(),
        super_name: super_name.map(Into::into),
        interfaces: Vec::new(),
        is_interface: false,
        is_abstract: false,
        fields: fields
            .iter()
            .map(|(n, d)| FieldDef { name: (*n).into(), desc: (*d).into(), is_static: false })
            .collect(),
        methods: Vec::new(),
        pool: Default::default(),
        bootstrap: Vec::new(),
        source_file: None,
    }
}

fn link_super(p: &mut Program, c: &ClassFile) -> Result<(), String> {
    let id = p.class(&c.name)?.id;
    let mut superclass = None;
    if let Some(s) = &c.super_name
        && !c.is_interface
    {
        let info = p.class(s).map_err(|e| format!("superclass of {}: {e}", dotted(&c.name)))?;
        if info.is_interface {
            return Err(format!("superclass {} of {} is an interface", dotted(s), dotted(&c.name)));
        }
        superclass = Some(info.id);
    }
    // rootIR interfaces extend nothing: a class lists every interface it implements,
    // its superinterfaces included.
    let mut interfaces = Vec::new();
    if !c.is_interface {
        for i in interface_closure(p, &c.interfaces) {
            match p.classes.get(&i) {
                Some(info) if info.is_interface => interfaces.push(info.id),
                Some(_) => return Err(format!("{} implements {}, which is a class", dotted(&c.name), dotted(&i))),
                // Library interfaces the runtime does not model (Comparable, Runnable, ...) are
                // dropped: calls through them are not supported.
                None => {}
            }
        }
    }
    let class = &mut p.module.classes[id.index()];
    class.superclass = superclass;
    class.interfaces = interfaces;
    Ok(())
}

fn declare_fields(p: &mut Program, c: &ClassFile) -> Result<(), String> {
    let id = p.class(&c.name)?.id;
    for f in &c.fields {
        let t = descriptor::parse_field(&f.desc).map_err(|e| format!("field {}.{}: {e}", dotted(&c.name), f.name))?;
        if f.is_static {
            let g = p.add_global(format!("{}.{}", dotted(&c.name), f.name), t.ir());
            p.classes.get_mut(&c.name).expect("declared").statics.insert(f.name.clone(), (g, t));
        } else {
            let fields = &mut p.module.classes[id.index()].fields;
            fields.push(rootir::Field { name: f.name.clone(), ty: t.ir() });
            let index = (fields.len() - 1) as u32;
            p.classes.get_mut(&c.name).expect("declared").fields.insert(f.name.clone(), (index, t));
        }
    }
    Ok(())
}

/// The function name of a method: `pkg.Class.name(desc)`.
pub fn function_name(class: &str, m: &MethodDef) -> String {
    format!("{}.{}{}", dotted(class), m.name, m.desc)
}

fn declare_methods(p: &mut Program, c: &ClassFile) -> Result<Vec<(String, usize, FuncId)>, String> {
    let mut bodies = Vec::new();
    for (mi, m) in c.methods.iter().enumerate() {
        let desc = descriptor::parse_method(&m.desc).map_err(|e| format!("{}.{}: {e}", dotted(&c.name), m.name))?;
        let sig = desc.sig(!m.is_static);
        let key = format!("{}{}", m.name, m.desc);
        let func = if m.code.is_some() {
            let f = p.reserve_function(function_name(&c.name, m), sig.clone());
            bodies.push((c.name.clone(), mi, f));
            p.classes.get_mut(&c.name).expect("declared").functions.insert(key.clone(), f);
            Some(f)
        } else if m.is_abstract && !c.is_interface {
            Some(abstract_stub(p, c, m, sig.clone()))
        } else if m.is_native {
            // Its body comes from the driver: a call of the export it is bound to
            // (`interop::bind`), or under `--keep-going` one that throws.
            let f = p.reserve_function(function_name(&c.name, m), sig.clone());
            p.classes.get_mut(&c.name).expect("declared").functions.insert(key.clone(), f);
            Some(f)
        } else {
            None
        };
        if m.is_static || m.name == "<init>" || m.name == "<clinit>" || (m.is_private && !c.is_interface) {
            continue;
        }
        let func = if c.is_interface { None } else { func };
        add_method(p, &c.name, key, sig, func);
    }
    Ok(bodies)
}

/// Adds a method to the rootIR class and the lookup table.
pub fn add_method(p: &mut Program, class: &str, key: String, sig: FuncType, func: Option<FuncId>) {
    let id = p.classes[class].id;
    let methods = &mut p.module.classes[id.index()].methods;
    methods.push(rootir::Method { name: key.clone(), sig, func });
    let index = (methods.len() - 1) as u32;
    p.classes.get_mut(class).expect("declared").methods.insert(key, (index, func));
}

fn abstract_stub(p: &mut Program, c: &ClassFile, m: &MethodDef, sig: FuncType) -> FuncId {
    let mut b = FunctionBuilder::new(function_name(&c.name, m), sig);
    b.unreachable();
    p.add_function(b.finish())
}

/// `interfaces` and all their superinterfaces, each once.
fn interface_closure(p: &Program, interfaces: &[String]) -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    let mut todo: Vec<String> = interfaces.to_vec();
    while let Some(i) = todo.pop() {
        if all.contains(&i) {
            continue;
        }
        if let Some(info) = p.classes.get(&i) {
            todo.extend(info.interfaces.iter().cloned());
        }
        all.push(i);
    }
    all
}

/// A class that does not implement a method of one of its interfaces (its own, its
/// superclasses') gets the interface's default method as its own method (rootIR interfaces
/// have no bodies), or, in an abstract class, a stub that traps.
pub fn inherit_defaults(p: &mut Program, name: &str) -> Result<(), String> {
    if p.class(name)?.is_interface {
        return Ok(());
    }
    let direct: Vec<String> = p.chain(name).iter().flat_map(|k| p.classes[k].interfaces.clone()).collect();
    for iface in interface_closure(p, &direct) {
        let Some(info) = p.classes.get(&iface) else { continue };
        let mut wanted: Vec<(String, Option<FuncId>)> =
            info.methods.iter().map(|(k, (_, _))| (k.clone(), info.functions.get(k).copied())).collect();
        wanted.sort();
        for (key, default) in wanted {
            let implemented = p.method(name, &key).is_ok_and(|(d, _, _)| !p.classes[&d].is_interface);
            if implemented {
                continue;
            }
            let iface_id = p.classes[&iface].id;
            let index = p.classes[&iface].methods[&key].0;
            let sig = p.module.classes[iface_id.index()].methods[index as usize].sig.clone();
            let f = match default {
                Some(f) => f,
                None => {
                    let mut b = FunctionBuilder::new(format!("{}.{key}$abstract", dotted(name)), sig.clone());
                    b.unreachable();
                    p.add_function(b.finish())
                }
            };
            add_method(p, name, key, sig, Some(f));
        }
    }
    Ok(())
}

fn class_name_method(p: &mut Program, c: &ClassFile) {
    if c.is_interface {
        return;
    }
    let sig = FuncType::new([Type::Ref], [Type::Ref]);
    let text = dotted(&c.name);
    let constant = p.string(&text);
    let mut b = FunctionBuilder::new(format!("{text}.$className"), sig.clone());
    let r = b.str_const(constant);
    b.ret(&[r]);
    let f = p.add_function(b.finish());
    add_method(p, &c.name, CLASS_NAME.into(), sig, Some(f));
}

/// The `<clinit>` guard of a class whose chain has one: runs the superclass's guard, then the
/// class's `<clinit>`, once.
fn init_guard(p: &mut Program, c: &ClassFile) {
    let chain = p.chain(&c.name);
    if !chain.iter().any(|n| p.classes[n].functions.contains_key("<clinit>()V")) {
        return;
    }
    let g = p.add_global(format!("{}.$initialized", dotted(&c.name)), Type::I32);
    let f = p.reserve_function(format!("{}.$init", dotted(&c.name)), FuncType::new([], []));
    p.classes.get_mut(&c.name).expect("declared").init_guard = Some(f);
    let mut b = FunctionBuilder::new(format!("{}.$init", dotted(&c.name)), FuncType::new([], []));
    let (done, run) = (b.new_block(), b.new_block());
    let state = b.global_get(Type::I32, g);
    b.br_if(state, done, run);
    b.switch_to(done);
    b.ret(&[]);
    b.switch_to(run);
    let one = b.i32_const(1);
    b.global_set(g, one);
    let pending: Vec<(String, Option<FuncId>)> =
        chain.iter().skip(1).take(1).map(|s| (s.clone(), p.classes[s].init_guard)).collect();
    for (_, guard) in pending {
        if let Some(guard) = guard {
            b.call(Callee::Func(guard), &[], &[]);
        }
    }
    if let Some(&clinit) = p.classes[&c.name].functions.get("<clinit>()V") {
        b.call(Callee::Func(clinit), &[], &[]);
    }
    b.ret(&[]);
    p.set_function(f, b.finish());
}
