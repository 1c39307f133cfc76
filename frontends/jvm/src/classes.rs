//! Classes → rootIR classes: ids, instance fields, static fields (module globals), methods
//! (vtables), reserved functions for every method body, and class initialisation guards.

use crate::classfile::{ClassFile, FieldDef, MethodDef};
use crate::descriptor;
use crate::program::{ClassInfo, Program, dotted};
use crate::runtime::B;
use rootir::{Callee, ClassId, FuncId, FuncType, FunctionBuilder, InstData, Opcode, Reg, Type};
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
            ("cause", "Ljava/lang/Throwable;"),
            ("stackTrace", "[Ljava/lang/StackTraceElement;"),
            ("backtrace", "Ljava/lang/Object;"),
            ("suppressed", "[Ljava/lang/Throwable;"),
            (crate::throwable::FLAGS, "I"),
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
    ("java/io/PrintStream", Some("java/lang/Object"), &[("fd", "I"), ("sink", "Ljava/lang/Object;")]),
    ("java/lang/StringBuilder", Some("java/lang/Object"), &[("value", "Ljava/lang/String;")]),
    ("java/lang/Record", Some("java/lang/Object"), &[]),
];

/// The functional interfaces of the JDK the runtime models: name, abstract methods (name,
/// descriptor). None of them has a default or static method in the JDK; the interfaces that
/// have some (`IntUnaryOperator`, `IntPredicate`, ...) are Java library classes.
pub const BUILTIN_INTERFACES: &[(&str, &[(&str, &str)])] = &[
    ("java/lang/Runnable", &[("run", "()V")]),
    ("java/lang/Comparable", &[("compareTo", "(Ljava/lang/Object;)I")]),
    ("java/util/function/IntBinaryOperator", &[("applyAsInt", "(II)I")]),
    ("java/util/function/IntFunction", &[("apply", "(I)Ljava/lang/Object;")]),
    ("java/util/function/ToIntFunction", &[("applyAsInt", "(Ljava/lang/Object;)I")]),
    ("java/util/function/IntSupplier", &[("getAsInt", "()I")]),
    ("java/util/function/LongBinaryOperator", &[("applyAsLong", "(JJ)J")]),
    ("java/util/function/DoubleBinaryOperator", &[("applyAsDouble", "(DD)D")]),
];

/// `java.io.Serializable`, a marker interface: built in unless the library or the input has one.
const SERIALIZABLE: &str = "java/io/Serializable";

/// The JDK interfaces the built-in classes implement, in the JDK's order (`getInterfaces()`);
/// each only when the program has it (the library's `CharSequence` and `Appendable` come with a
/// use). Calls through them reach the built-in classes by `RootString` (libcalls.rs).
const BUILTIN_IMPLEMENTS: &[(&str, &[&str])] = &[
    ("java/lang/Throwable", &[SERIALIZABLE]),
    (
        "java/lang/StringBuilder",
        &[SERIALIZABLE, "java/lang/Comparable", "java/lang/CharSequence", "java/lang/Appendable"],
    ),
    ("java/io/PrintStream", &["java/lang/Appendable", "java/io/Closeable"]),
];

/// Gives the built-in classes of `all` the interfaces of [`BUILTIN_IMPLEMENTS`] that `all` has.
fn builtin_implements(all: &mut [ClassFile]) {
    let present: std::collections::HashSet<String> = all.iter().map(|c| c.name.clone()).collect();
    for c in all.iter_mut() {
        if let Some((_, ifaces)) = BUILTIN_IMPLEMENTS.iter().find(|(n, _)| *n == c.name) {
            c.interfaces = ifaces.iter().filter(|i| present.contains(**i)).map(|i| i.to_string()).collect();
        }
        // A `PrintStream` that is no `OutputStream` (print_stream.rs) is still `Flushable`.
        if c.name == "java/io/PrintStream" && c.super_name.as_deref() == Some("java/lang/Object") {
            c.interfaces.extend(present.get("java/io/Flushable").cloned());
        }
    }
}

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
            is_synchronized: false,
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
    let throwable = all.iter_mut().find(|c| c.name == "java/lang/Throwable").expect("builtin");
    throwable.fields.extend(crate::throwable::STATICS.iter().map(|(n, d)| FieldDef {
        name: (*n).into(),
        desc: (*d).into(),
        is_static: true,
        constant: None,
    }));
    all.extend(BUILTIN_INTERFACES.iter().map(|(n, m)| builtin_interface(n, m)));
    if files.iter().any(|f| f.name == crate::print_stream::FILTER_OUTPUT_STREAM) {
        // With the `OutputStream` classes, the runtime's `PrintStream` is one (print_stream.rs).
        let ps = all.iter_mut().find(|c| c.name == "java/io/PrintStream").expect("builtin");
        ps.super_name = Some(crate::print_stream::FILTER_OUTPUT_STREAM.into());
    }
    if !files.iter().any(|f| f.name == SERIALIZABLE) {
        all.push(builtin_interface(SERIALIZABLE, &[]));
    }
    for f in files {
        if all.iter().any(|c| c.name == f.name) {
            return Err(format!("class {} is defined twice (or replaces a runtime class)", dotted(&f.name)));
        }
        all.push(f);
    }
    builtin_implements(&mut all);
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
        init_guard(p, c)?;
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
            .map(|(n, d)| FieldDef { name: (*n).into(), desc: (*d).into(), is_static: false, constant: None })
            .collect(),
        methods: Vec::new(),
        pool: Default::default(),
        bootstrap: Vec::new(),
        source_file: None,
        flags: Default::default(),
        annotations: Default::default(),
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

/// The initial bits of a static field's global: its numeric `ConstantValue` (javac does not
/// assign constants in `<clinit>`; a string constant is left null), else 0.
fn constant_bits(constant: Option<&crate::classfile::Loadable>) -> u64 {
    use crate::classfile::Loadable;
    match constant {
        Some(Loadable::Int(v)) => *v as u32 as u64,
        Some(Loadable::Long(v)) => *v as u64,
        Some(Loadable::Float(v)) => u64::from(v.to_bits()),
        Some(Loadable::Double(v)) => v.to_bits(),
        _ => 0,
    }
}

fn declare_fields(p: &mut Program, c: &ClassFile) -> Result<(), String> {
    let id = p.class(&c.name)?.id;
    for f in &c.fields {
        let t = descriptor::parse_field(&f.desc).map_err(|e| format!("field {}.{}: {e}", dotted(&c.name), f.name))?;
        if f.is_static {
            let g = p.add_global(format!("{}.{}", dotted(&c.name), f.name), t.ir());
            p.module.globals[g.index()].init = constant_bits(f.constant.as_ref());
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
/// class's `<clinit>`, once. Its global is 0 before, 1 once started, 2 once failed. As JLS
/// 12.4.2 says: an exception that is not an `Error` leaving the initialiser becomes an
/// `ExceptionInInitializerError` with it as the cause (an `Error` passes through), and a use of
/// a class whose initialiser failed throws `NoClassDefFoundError: Could not initialize class X`
/// (when the library has the two classes: it does when the program has a `<clinit>`).
fn init_guard(p: &mut Program, c: &ClassFile) -> Result<(), String> {
    let chain = p.chain(&c.name);
    // The runtime's classes initialise themselves when needed (`Throwable`'s statics:
    // throwable.rs), not on every use of every exception class.
    let runtime = |n: &String| BUILTIN.iter().any(|(b, _, _)| b == n);
    if !chain.iter().any(|n| !runtime(n) && p.classes[n].functions.contains_key("<clinit>()V")) {
        return Ok(());
    }
    let g = p.add_global(format!("{}.$initialized", dotted(&c.name)), Type::I32);
    let f = p.reserve_function(format!("{}.$init", dotted(&c.name)), FuncType::new([], []));
    p.classes.get_mut(&c.name).expect("declared").init_guard = Some(f);
    let checked = p.classes.contains_key(EIIE) && p.classes.contains_key(NCDFE);
    let mut b = B { b: FunctionBuilder::new(format!("{}.$init", dotted(&c.name)), FuncType::new([], [])), p };
    let (started, run) = (b.b.new_block(), b.b.new_block());
    let state = b.b.global_get(Type::I32, g);
    b.b.br_if(state, started, run);
    b.b.switch_to(started);
    if checked {
        let two = b.b.i32_const(2);
        let failed = b.b.i32_eq(state, two);
        let (_, done) = b.split(failed);
        let text = format!("Could not initialize class {}", dotted(&c.name));
        throw_new(&mut b, NCDFE, &text, None)?;
        b.b.switch_to(done);
    }
    b.b.ret(&[]);
    b.b.switch_to(run);
    let one = b.b.i32_const(1);
    b.b.global_set(g, one);
    if checked {
        let (body, handler) = (b.b.new_block(), b.b.new_block());
        b.b.br(body);
        b.b.set_handler(body, Some(handler));
        b.b.switch_to(handler);
        let caught = b.b.catch();
        let e = b.call("$java_exc", &[caught])?[0];
        let two = b.b.i32_const(2);
        b.b.global_set(g, two);
        let error = b.p.class("java/lang/Error")?.id;
        let is_error = b.b.new_reg(Type::I32);
        b.b.push(InstData::ClassTest { op: Opcode::ObjInstanceOf, dst: is_error, class: error, arg: e });
        let (_, wrap) = b.split(is_error);
        b.b.throw(e);
        b.b.switch_to(wrap);
        throw_new(&mut b, EIIE, "", Some(e))?;
        b.b.switch_to(body);
    }
    let pending: Vec<Option<FuncId>> = chain.iter().skip(1).take(1).map(|s| b.p.classes[s].init_guard).collect();
    for guard in pending.into_iter().flatten() {
        b.b.call(Callee::Func(guard), &[], &[]);
    }
    if let Some(&clinit) = b.p.classes[&c.name].functions.get("<clinit>()V").filter(|_| !runtime(&c.name)) {
        b.b.call(Callee::Func(clinit), &[], &[]);
    }
    b.b.ret(&[]);
    let func = b.b.finish();
    p.set_function(f, func);
    Ok(())
}

const EIIE: &str = "java/lang/ExceptionInInitializerError";
const NCDFE: &str = "java/lang/NoClassDefFoundError";

/// Throws a new `class` with message `text` (none if empty) and `cause`, with a stack trace.
fn throw_new(b: &mut B<'_>, class: &str, text: &str, cause: Option<Reg>) -> Result<(), String> {
    let id = b.p.class(class)?.id;
    let e = b.b.new_reg(Type::Ref);
    b.b.push(InstData::New { dst: e, class: id });
    let msg = if text.is_empty() { b.b.ref_null() } else { b.str(text) };
    b.field_set("java/lang/Throwable", "detailMessage", e, msg)?;
    if let Some(cause) = cause {
        b.field_set("java/lang/Throwable", "cause", e, cause)?;
    }
    b.fill_in_stack_trace(e)?;
    b.b.throw(e);
    Ok(())
}
