//! The module model: what a `.rir` file or a `.rira` archive holds.

use crate::{Block, Callee, ClassId, FuncId, FuncType, Inst, Type};

/// A unit of code: functions, imports, exports, globals and constants.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Module {
    /// The module's name; imports name other modules by it.
    pub name: String,
    /// Source files (or units) named by source positions: `file f0 "Main.java"`.
    pub files: Vec<String>,
    /// Imported functions: `import @print = std.print_i64(i64)`.
    pub imports: Vec<Import>,
    /// Globals: `global $count: i64 = 0`.
    pub globals: Vec<Global>,
    /// The constant pool: `const c0 = "hello"`.
    pub constants: Vec<Constant>,
    /// The linear memory, if the module has one: `memory 65536 max 1048576`.
    pub memory: Option<Memory>,
    /// Bytes copied into the linear memory before any code runs: `data 4096 = "\x00\xff..."`.
    pub data: Vec<DataSegment>,
    /// Functions defined here.
    pub functions: Vec<Function>,
    /// Exported functions: `export @main`.
    pub exports: Vec<Export>,
    /// Classes and interfaces: `class Point extends Base implements Shape { field x: i32 ... }`.
    /// Static fields are module globals.
    pub classes: Vec<Class>,
    /// The slow path of this module's `any` operations: `anyhook @f`, a function or import of
    /// signature `(i32, any, any) -> any` that the VM calls when an operation's inline fast path
    /// does not apply (see `docs/semantics.md`). `None`: such operations trap.
    pub any_hook: Option<Callee>,
}

/// A class or an interface. A class has fields and methods that name functions of the module;
/// an interface has only abstract methods (a signature, no function).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Class {
    /// Its name (unique among the module's classes and interfaces).
    pub name: String,
    /// Whether this is an interface.
    pub is_interface: bool,
    /// The superclass (classes only), a class of this module.
    pub superclass: Option<ClassId>,
    /// The interfaces a class implements (interfaces of this module).
    pub interfaces: Vec<ClassId>,
    /// The fields this class declares (after its superclass's, which it inherits).
    pub fields: Vec<Field>,
    /// The methods this class declares or overrides; an interface's abstract methods.
    pub methods: Vec<Method>,
}

/// An instance field: `field x: i32`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// Its name (unique within its class).
    pub name: String,
    /// Its type.
    pub ty: Type,
}

/// A method: `method area(ref) -> f64 = @circle_area` (an interface's: no `= @f`).
/// The receiver is the first parameter, a `ref`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Method {
    /// Its name (unique within its class); a method of the same name in a superclass is overridden.
    pub name: String,
    /// Its signature, receiver included; equal to the function's.
    pub sig: FuncType,
    /// The function implementing it (`None` in interfaces).
    pub func: Option<FuncId>,
}

/// A field of a class, named as `Class.field` in `.rir`: the class that declares it and its index
/// in that class's `fields`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct FieldRef {
    /// The declaring class.
    pub class: ClassId,
    /// Index in the class's own `fields`.
    pub field: u32,
}

/// A method of a class or interface, named as `Class.method` in `.rir`: the class that declares it
/// and its index in that class's `methods`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct MethodRef {
    /// The declaring class or interface.
    pub class: ClassId,
    /// Index in its `methods`.
    pub method: u32,
}

/// An imported function: resolved at link time by module and name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    /// The local name calls use (`@print`).
    pub local_name: String,
    /// The module exporting it (`std`, or another module's name).
    pub module: String,
    /// The export's name in that module.
    pub name: String,
    /// The signature the import must have.
    pub sig: FuncType,
}

/// A global variable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Global {
    /// Its name (`$count` in text, without the `$`).
    pub name: String,
    /// Its type.
    pub ty: Type,
    /// Whether `global.set` may write it.
    pub mutable: bool,
    /// Initial value bits (as in [`crate::InstData::Const`]); 0 for `ref` and `any` (null / none).
    pub init: u64,
}

/// An entry of the constant pool.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Constant {
    /// A UTF-8 string: `const c0 = "text"`.
    Str(String),
    /// Raw bytes: `const c1 = bytes "\x00\xff"`.
    Bytes(Vec<u8>),
}

/// A module's linear memory: a bounded byte array, zero-filled, for code lifted from machine code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Memory {
    /// Size in bytes at start.
    pub initial: u64,
    /// The most it may grow to, in bytes (at least `initial`).
    pub max: u64,
}

/// Bytes placed in the linear memory at load time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataSegment {
    /// Where the bytes go.
    pub offset: u64,
    /// The bytes.
    pub bytes: Vec<u8>,
}

/// An exported function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Export {
    /// The name other modules and hosts use.
    pub name: String,
    /// The function exported.
    pub func: FuncId,
}

/// A function: typed registers and basic blocks. Parameters are registers `r0..rN`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Function {
    /// Its name (`@fib` in text, without the `@`).
    pub name: String,
    /// Its signature.
    pub sig: FuncType,
    /// The type of every register; the first `sig.params.len()` are the parameters.
    pub regs: Vec<Type>,
    /// Basic blocks; `b0` is the entry.
    pub blocks: Vec<BlockData>,
}

/// A basic block: instructions, the last of which (and only it) is a terminator.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct BlockData {
    /// The instructions.
    pub insts: Vec<Inst>,
    /// The handler block: where an instruction of this block that throws (or traps with a
    /// catchable trap) transfers control, with the registers as they were before that
    /// instruction. The handler begins with `rN = catch`. `None`: the exception unwinds to the
    /// caller. Text form: `b3 handler b7:` (docs/exceptions.md).
    pub handler: Option<Block>,
}

impl Module {
    /// An empty module with a name.
    pub fn new(name: impl Into<String>) -> Module {
        Module { name: name.into(), ..Module::default() }
    }

    /// The function with the given name.
    pub fn func_by_name(&self, name: &str) -> Option<FuncId> {
        self.functions.iter().position(|f| f.name == name).map(FuncId::new)
    }

    /// The function exported under `name`.
    pub fn export(&self, name: &str) -> Option<FuncId> {
        self.exports.iter().find(|e| e.name == name).map(|e| e.func)
    }

    /// The function with the given id, if it exists.
    pub fn func(&self, id: FuncId) -> Option<&Function> {
        self.functions.get(id.index())
    }

    /// The class with the given id, if it exists.
    pub fn class(&self, id: ClassId) -> Option<&Class> {
        self.classes.get(id.index())
    }

    /// `id` then its superclasses, nearest first; `None` if a superclass is missing or the chain
    /// has a cycle. Never loops: the chain is at most as long as the class table.
    pub fn class_chain(&self, id: ClassId) -> Option<Vec<ClassId>> {
        let mut chain = vec![id];
        let mut cur = self.class(id)?;
        while let Some(sup) = cur.superclass {
            if chain.len() > self.classes.len() || chain.contains(&sup) {
                return None;
            }
            cur = self.class(sup)?;
            chain.push(sup);
        }
        Some(chain)
    }

    /// The method named `name` that an instance of `id` runs: declared by `id` or inherited from
    /// its nearest superclass declaring it.
    pub fn find_method(&self, id: ClassId, name: &str) -> Option<(ClassId, &Method)> {
        self.class_chain(id)?
            .into_iter()
            .find_map(|c| self.class(c)?.methods.iter().find(|m| m.name == name).map(|m| (c, m)))
    }

    /// The field a [`FieldRef`] names, if it exists.
    pub fn field(&self, f: FieldRef) -> Option<&Field> {
        self.class(f.class)?.fields.get(f.field as usize)
    }

    /// The method a [`MethodRef`] names, if it exists.
    pub fn method(&self, m: MethodRef) -> Option<&Method> {
        self.class(m.class)?.methods.get(m.method as usize)
    }
}

impl Function {
    /// Number of instructions in all blocks.
    pub fn inst_count(&self) -> usize {
        self.blocks.iter().map(|b| b.insts.len()).sum()
    }
}

/// What a `.rira` archive holds: a manifest and one or more modules.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Archive {
    /// Entry point and capabilities.
    pub manifest: Manifest,
    /// The modules, the entry module first.
    pub modules: Vec<Module>,
}

/// The manifest of an archive.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Manifest {
    /// The module holding the entry point.
    pub entry_module: String,
    /// The export run by `rootc run` (default `main`).
    pub entry_export: String,
    /// Host modules the program needs (e.g. `std`).
    pub capabilities: Vec<String>,
}

impl Archive {
    /// An archive of `modules` whose entry is export `entry` of the first module and
    /// whose capabilities are the modules imported but not defined in the archive.
    pub fn from_modules(modules: Vec<Module>, entry: &str) -> Archive {
        let defined: Vec<&str> = modules.iter().map(|m| m.name.as_str()).collect();
        let mut capabilities: Vec<String> = modules
            .iter()
            .flat_map(|m| m.imports.iter().map(|i| i.module.clone()))
            .filter(|m| !defined.contains(&m.as_str()))
            .collect();
        capabilities.sort();
        capabilities.dedup();
        let entry_module = modules.first().map(|m| m.name.clone()).unwrap_or_default();
        Archive { manifest: Manifest { entry_module, entry_export: entry.to_string(), capabilities }, modules }
    }
}
