//! The module being built: classes and their rootIR ids, fields, methods, globals, string
//! constants and imports.

use crate::classfile::ClassFile;
use crate::descriptor::{self, JType};
use rootir::{
    Callee, ClassId, Constant, FieldRef, FuncId, FuncType, Function, GlobalId, Import, ImportId, MethodRef, Module,
    Opcode, Type,
};
use std::collections::{BTreeMap, HashMap, HashSet};
use vstarr::operation::{Attr, Operation};

/// A rootIR operation that names something of the module (or has no register operand), with
/// the signature it has on the operand stack.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum NativeOp {
    /// `str.const cN`: `() -> ref`.
    StrConst(u32),
    /// `ref.null`: `() -> ref`.
    RefNull,
    /// `global.get`: `() -> T`.
    GlobalGet(GlobalId, Type),
    /// `global.set`: `(T) -> ()`.
    GlobalSet(GlobalId, Type),
    /// `obj.new C`: `() -> ref`.
    New(ClassId),
    /// `obj.instanceof C`: `(ref) -> i32`.
    InstanceOf(ClassId),
    /// `obj.cast C`: `(ref) -> ref`.
    Cast(ClassId),
    /// `obj.get`: `(ref) -> T`.
    FieldGet(FieldRef, Type),
    /// `obj.set`: `(ref, T) -> ()`.
    FieldSet(FieldRef, Type),
    /// `array.set_*`: `(ref, i32, T) -> ()`.
    ArraySet(Opcode, Type),
    /// `call.virtual`: the method's signature.
    Virtual(MethodRef, FuncType),
    /// `call.interface`: the method's signature.
    Interface(MethodRef, FuncType),
}

impl NativeOp {
    /// The operation's signature on the operand stack.
    pub fn sig(&self) -> FuncType {
        use NativeOp::*;
        match self {
            StrConst(_) | RefNull | New(_) => FuncType::new([], [Type::Ref]),
            GlobalGet(_, t) => FuncType::new([], [*t]),
            GlobalSet(_, t) => FuncType::new([*t], []),
            InstanceOf(_) => FuncType::new([Type::Ref], [Type::I32]),
            Cast(_) => FuncType::new([Type::Ref], [Type::Ref]),
            FieldGet(_, t) => FuncType::new([Type::Ref], [*t]),
            FieldSet(_, t) => FuncType::new([Type::Ref, *t], []),
            ArraySet(_, t) => FuncType::new([Type::Ref, Type::I32, *t], []),
            Virtual(_, s) | Interface(_, s) => s.clone(),
        }
    }

    /// The stack-form operation.
    pub fn operation(&self) -> Operation {
        use NativeOp::*;
        match self {
            StrConst(c) => Operation::with(Opcode::StrConst, Attr::Str(*c)),
            RefNull => Operation::new(Opcode::RefNull),
            GlobalGet(g, _) => Operation::with(Opcode::GlobalGet, Attr::Global(*g)),
            GlobalSet(g, _) => Operation::with(Opcode::GlobalSet, Attr::Global(*g)),
            New(c) => Operation::with(Opcode::ObjNew, Attr::Class(*c)),
            InstanceOf(c) => Operation::with(Opcode::ObjInstanceOf, Attr::Class(*c)),
            Cast(c) => Operation::with(Opcode::ObjCast, Attr::Class(*c)),
            FieldGet(f, _) => Operation::with(Opcode::ObjGet, Attr::Field(*f)),
            FieldSet(f, _) => Operation::with(Opcode::ObjSet, Attr::Field(*f)),
            ArraySet(op, _) => Operation::new(*op),
            Virtual(m, _) => Operation::with(Opcode::CallVirtual, Attr::Method(*m)),
            Interface(m, _) => Operation::with(Opcode::CallInterface, Attr::Method(*m)),
        }
    }
}

/// A class of the program as rootIR sees it.
#[derive(Clone, Debug)]
pub struct ClassInfo {
    /// Its id in the module.
    pub id: ClassId,
    /// The superclass's binary name.
    pub super_name: Option<String>,
    /// Implemented interfaces.
    pub interfaces: Vec<String>,
    /// Whether it is an interface.
    pub is_interface: bool,
    /// Instance fields it declares: name → (index, type).
    pub fields: HashMap<String, (u32, JType)>,
    /// Static fields it declares: name → (global, type).
    pub statics: HashMap<String, (GlobalId, JType)>,
    /// Methods it declares: `name+desc` → (index in the rootIR class, function if it has a body).
    pub methods: HashMap<String, (u32, Option<FuncId>)>,
    /// Static methods and constructors: `name+desc` → function.
    pub functions: HashMap<String, FuncId>,
    /// The class initialisation guard, when the class or a superclass has `<clinit>`.
    pub init_guard: Option<FuncId>,
}

/// The module under construction and every lookup table the translation needs.
pub struct Program {
    /// The module.
    pub module: Module,
    /// The classes by binary name (application, runtime and synthetic ones).
    pub classes: BTreeMap<String, ClassInfo>,
    /// The parsed class files of the application and the runtime, by binary name.
    pub files: BTreeMap<String, ClassFile>,
    strings: HashMap<String, u32>,
    /// Lambda factories by call site (class, InvokeDynamic constant), or why there is none.
    pub lambdas: HashMap<(String, u16), Result<(FuncId, FuncType), String>>,
    /// Runtime helper functions built so far, by name.
    pub runtime: HashMap<String, (FuncId, FuncType)>,
    /// The globals holding `System.out` and `System.err` once made (`runtime.rs`).
    pub std_streams: [Option<GlobalId>; 2],
    /// The access flags of the input's classes and members, when the input uses reflection
    /// (`reflection.rs`): class → `ClassFile::flags`.
    pub reflected: BTreeMap<String, BTreeMap<String, u16>>,
    /// The annotations of the program's classes, parsed when the input asks for annotations
    /// (`annotations.rs`).
    pub annotated: crate::annotations::Annotated,
    /// The classes recorded in [`Program::reflected`] for serialization (`serial.rs`).
    pub serial: BTreeMap<String, crate::serial::SerialClass>,
    imports: HashMap<String, ImportId>,
    global_names: HashSet<String>,
    /// The constant holding the stack-trace table `std.java_frame_names` reads (see `trace.rs`).
    trace_table: Option<u32>,
    /// The functions (addresses) of the input's classes: the green threads' scheduler preempts
    /// only these (`libcalls.rs`, `threadPreempt`).
    pub preemptible: std::ops::Range<u32>,
}

impl Program {
    /// An empty program building a module called `name`.
    pub fn new(name: &str) -> Program {
        Program {
            module: Module::new(name),
            classes: BTreeMap::new(),
            files: BTreeMap::new(),
            strings: HashMap::new(),
            runtime: HashMap::new(),
            std_streams: [None; 2],
            reflected: BTreeMap::new(),
            annotated: Default::default(),
            serial: BTreeMap::new(),
            lambdas: HashMap::new(),
            imports: HashMap::new(),
            global_names: HashSet::new(),
            trace_table: None,
            preemptible: 0..0,
        }
    }

    /// The constant index of the stack-trace table (filled in by `trace::fill_table`).
    pub fn trace_table(&mut self) -> u32 {
        *self.trace_table.get_or_insert_with(|| {
            self.module.constants.push(Constant::Str(String::new()));
            self.module.constants.len() as u32 - 1
        })
    }

    /// The constant-pool index of a string literal (added once).
    pub fn string(&mut self, text: &str) -> u32 {
        if let Some(&c) = self.strings.get(text) {
            return c;
        }
        let c = self.module.constants.len() as u32;
        self.module.constants.push(Constant::Str(text.to_string()));
        self.strings.insert(text.to_string(), c);
        c
    }

    /// An import of a `std` host function (added once).
    pub fn host(&mut self, name: &str, sig: FuncType) -> (Callee, FuncType) {
        if let Some(&i) = self.imports.get(name) {
            return (Callee::Import(i), sig);
        }
        let id = ImportId::new(self.module.imports.len());
        self.module.imports.push(Import {
            local_name: format!("std_{name}"),
            module: "std".into(),
            name: name.into(),
            sig: sig.clone(),
        });
        self.imports.insert(name.to_string(), id);
        (Callee::Import(id), sig)
    }

    /// Appends a function and returns its id.
    pub fn add_function(&mut self, f: Function) -> FuncId {
        self.module.functions.push(f);
        FuncId::new(self.module.functions.len() - 1)
    }

    /// Reserves a function slot (filled later with [`Program::set_function`]).
    pub fn reserve_function(&mut self, name: String, sig: FuncType) -> FuncId {
        self.add_function(Function { name, sig, ..Default::default() })
    }

    /// Fills a reserved function slot.
    pub fn set_function(&mut self, id: FuncId, f: Function) {
        self.module.functions[id.index()] = f;
    }

    /// Adds a global and returns its id. A name taken already (a runtime global and a
    /// library's static field of the same name) gets a `$N` suffix.
    pub fn add_global(&mut self, name: String, ty: Type) -> GlobalId {
        let mut unique = name.clone();
        let mut n = 1;
        while !self.global_names.insert(unique.clone()) {
            n += 1;
            unique = format!("{name}${n}");
        }
        self.module.globals.push(rootir::Global { name: unique, ty, mutable: true, init: 0 });
        GlobalId::new(self.module.globals.len() - 1)
    }

    /// The class named `name`.
    pub fn class(&self, name: &str) -> Result<&ClassInfo, String> {
        self.classes
            .get(name)
            .ok_or_else(|| format!("class {} is not available (not in the input nor in the runtime)", dotted(name)))
    }

    /// The superclass chain of `name`, itself first.
    pub fn chain(&self, name: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut at = Some(name.to_string());
        while let Some(n) = at {
            at = self.classes.get(&n).and_then(|c| c.super_name.clone());
            out.push(n);
            if out.len() > 256 {
                break;
            }
        }
        out
    }

    /// Resolves an instance field: the declaring class's field and the field's type.
    pub fn field(&self, class: &str, name: &str) -> Result<(FieldRef, JType), String> {
        for c in self.chain(class) {
            let info = self.class(&c)?;
            if let Some((i, t)) = info.fields.get(name) {
                return Ok((FieldRef { class: info.id, field: *i }, t.clone()));
            }
        }
        Err(format!("no field {name} in {}", dotted(class)))
    }

    /// Resolves a static field: the class declaring it, its global and its type.
    pub fn static_field(&self, class: &str, name: &str) -> Result<(String, GlobalId, JType), String> {
        let mut todo = vec![class.to_string()];
        while let Some(c) = todo.pop() {
            let Ok(info) = self.class(&c) else { continue };
            if let Some((g, t)) = info.statics.get(name) {
                return Ok((c, *g, t.clone()));
            }
            todo.extend(info.interfaces.iter().cloned());
            todo.extend(info.super_name.iter().cloned());
        }
        Err(format!("no static field {name} in {}", dotted(class)))
    }

    /// Resolves a method by `name+desc` through the superclass chain, then the interfaces:
    /// the class declaring it and its entry.
    pub fn method(&self, class: &str, key: &str) -> Result<(String, u32, Option<FuncId>), String> {
        let mut todo = vec![class.to_string()];
        let mut seen = Vec::new();
        while !todo.is_empty() {
            let c = todo.remove(0);
            if seen.contains(&c) {
                continue;
            }
            seen.push(c.clone());
            let info = self.class(&c)?;
            if let Some(&(i, f)) = info.methods.get(key) {
                return Ok((c, i, f));
            }
            todo.extend(info.super_name.iter().cloned());
            todo.extend(info.interfaces.iter().cloned());
        }
        Err(format!("no method {key} in {}", dotted(class)))
    }

    /// Resolves a static method or constructor by `name+desc` through the superclass chain.
    pub fn function(&self, class: &str, key: &str) -> Result<(String, FuncId), String> {
        for c in self.chain(class) {
            if let Some(&f) = self.class(&c)?.functions.get(key) {
                return Ok((c, f));
            }
        }
        Err(format!("no method {key} in {}", dotted(class)))
    }

    /// The rootIR type of a field descriptor.
    pub fn field_type(desc: &str) -> Result<JType, String> {
        descriptor::parse_field(desc)
    }
}

/// `java/lang/String` as Java prints it: `java.lang.String`.
pub fn dotted(name: &str) -> String {
    name.replace('/', ".")
}
