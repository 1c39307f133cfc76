//! Code generation state: the module being built (imports, constants, globals, functions)
//! and the stack-form function being written.

use crate::host;
use rootir::{Callee, FuncId, FuncType, Import, ImportId, Type};
use rustpython_parser::ast::{Expr, Stmt};
use rustpython_parser::source_code::LineIndex;
use rustpython_parser::text_size::TextSize;
use std::collections::HashMap;
use vstarr::stack::{Imm, Shuffle, StackInst};

/// Functions every module has, at fixed indices.
pub const F_CONST: FuncId = FuncId(0);
/// `$gget(i32) -> any`
pub const F_GGET: FuncId = FuncId(1);
/// `$gset(i32, any)` (generated code stores globals inline; the stub keeps its place)
#[allow(dead_code)]
pub const F_GSET: FuncId = FuncId(2);
/// `$call(any, any) -> any`
pub const F_CALL: FuncId = FuncId(3);
/// `$init()`
pub const F_INIT: FuncId = FuncId(4);
/// `__exc_take() -> ref`: the pending exception (and clears it).
pub const F_TAKE: FuncId = FuncId(5);
/// `__text(x, which) -> any`: `str(x)` (which 0) or `repr(x)` (which 1), calling the
/// instance's `__str__`/`__repr__` when its class defines one.
pub const F_TEXT: FuncId = FuncId(6);
/// `__callkw(callee, args, kwargs) -> any`: the call protocol with keyword arguments.
pub const F_CALLKW: FuncId = FuncId(7);
/// `__pending() -> any`: answers the runtime's call request in the exception box (or throws
/// the exception there).
pub const F_PENDING: FuncId = FuncId(8);
/// `__pending_next() -> (i32, any)`: answers a `__next__` request of a `for` loop.
pub const F_PENDING_NEXT: FuncId = FuncId(9);
/// `__drain(it) -> list`: runs an iterator (a generator) to the end (`drain.rs`).
pub const F_DRAIN: FuncId = FuncId(10);
/// `__callm(f, args, how) -> any`: a method call looked up by `py.method` (`method_call.rs`
/// of the runtime).
pub const F_CALLM: FuncId = FuncId(11);
/// `main() -> i32`
pub const F_MAIN: FuncId = FuncId(12);
/// The first Python function: Python function `p` is `FuncId(FIRST + 2p)` (direct form,
/// one `any` per parameter) and `FuncId(FIRST + 2p + 1)` (entry form, one argument tuple).
pub const FIRST: u32 = 13;
/// The module globals: string constants, Python globals, the exception box.
pub const G_CONSTS: rootir::GlobalId = rootir::GlobalId(0);
/// The `any` array of Python globals.
pub const G_GLOBALS: rootir::GlobalId = rootir::GlobalId(1);
/// The one-element `ref` array where the runtime leaves a raised exception.
pub const G_EXC: rootir::GlobalId = rootir::GlobalId(2);
/// Null unless the module was imported by another (then `__name__` is its name).
pub const G_NAME: rootir::GlobalId = rootir::GlobalId(3);
/// The `i32` first index of this module's functions in the runtime's function table.
pub const G_FBASE: rootir::GlobalId = rootir::GlobalId(4);
/// The `i32` first index of this module's globals in the runtime's global-name table.
pub const G_GBASE: rootir::GlobalId = rootir::GlobalId(5);
/// The `i32` number of this module among the program's Python modules (in the high bits of its
/// function addresses in the runtime's table, so a function of another module is told apart).
pub const G_MID: rootir::GlobalId = rootir::GlobalId(6);
/// The `any` array of the method calls' inline caches ([`IC_SLOTS`] slots per call site,
/// filled by the runtime's `py.method`).
pub const G_ICS: rootir::GlobalId = rootir::GlobalId(7);
/// The slots of one method-call site in the inline-cache array.
pub const IC_SLOTS: u32 = 4;
/// The bit where a module's number starts in a registered function address.
pub const MID_SHIFT: i32 = 20;

/// A compile error: byte offset and message.
pub type Error = (TextSize, String);

/// What a Python function's body is.
#[derive(Clone, Copy)]
pub enum Body<'a> {
    /// A `def`.
    Stmts(&'a [Stmt]),
    /// A `lambda`.
    Expr(&'a Expr),
}

/// A Python function to compile.
pub struct PyFunc<'a> {
    /// Its qualified name (`C.m`).
    pub name: String,
    /// Parameter names.
    pub params: Vec<String>,
    /// The body.
    pub body: Body<'a>,
    /// The class whose method it is (for `super()`).
    pub class: Option<String>,
    /// Hidden globals holding its default values (module-level functions called directly).
    pub default_globals: Vec<u32>,
    /// Its free variables that live in cells of enclosing functions, in closure order.
    pub freevars: Vec<String>,
    /// For the resume function of a generator function: the generator function's parameters.
    pub gen_params: Option<Vec<String>>,
}

/// The module being built.
pub struct ModGen<'a> {
    /// The source text.
    pub src: &'a str,
    /// Line starts of `src`.
    pub index: LineIndex,
    /// Imports from `py`, by name.
    pub imports: Vec<Import>,
    import_ids: HashMap<String, ImportId>,
    /// String constants.
    pub consts: Vec<String>,
    const_ids: HashMap<String, u32>,
    /// Module globals by index.
    pub globals: Vec<String>,
    global_ids: HashMap<String, u32>,
    /// Python functions by index.
    pub funcs: Vec<PyFunc<'a>>,
    /// Module-level functions that calls by name reach directly: name → Python function index.
    pub direct: HashMap<String, u32>,
    /// Module-level classes bound once by their `class` statement (calls by name pass the
    /// instance's slot in the argument tuple, `methods.rs`).
    pub classes: std::collections::HashSet<String>,
    /// Names bound at module level.
    pub module_names: std::collections::BTreeSet<String>,
    /// The name `sys` is bound to, if imported.
    pub sys_alias: Option<String>,
    /// The script path (`sys.argv[0]`).
    pub path: String,
    /// Linked modules and the names imports bound to them.
    pub linked: crate::imports::Imports,
    /// The source ranges traceback carets need (`spans.rs`).
    pub spans: std::collections::BTreeSet<String>,
    /// Whether the module body first imports the prelude (`prelude.rs`).
    pub prelude: bool,
    /// The method-call sites so far: each has [`IC_SLOTS`] slots of the inline-cache array
    /// (global [`G_ICS`], `methods.rs`).
    pub method_sites: u32,
}

impl<'a> ModGen<'a> {
    /// A module for `src`.
    pub fn new(src: &'a str, path: String) -> ModGen<'a> {
        ModGen {
            src,
            index: LineIndex::from_source_text(src),
            imports: Vec::new(),
            import_ids: HashMap::new(),
            consts: Vec::new(),
            const_ids: HashMap::new(),
            globals: Vec::new(),
            global_ids: HashMap::new(),
            funcs: Vec::new(),
            direct: HashMap::new(),
            classes: Default::default(),
            module_names: Default::default(),
            sys_alias: None,
            path,
            linked: Default::default(),
            spans: Default::default(),
            prelude: false,
            method_sites: 0,
        }
    }

    /// Line and column (1-based) of a byte offset.
    pub fn line_col(&self, at: TextSize) -> (u32, u32) {
        let loc = self.index.source_location(at, self.src);
        (loc.row.get(), loc.column.get())
    }

    /// The import of host function `py.name`.
    pub fn import(&mut self, name: &str) -> (ImportId, FuncType) {
        let sig = host::signature(name).unwrap_or_else(|| FuncType::new([], []));
        if let Some(&id) = self.import_ids.get(name) {
            return (id, sig);
        }
        let id = ImportId::new(self.imports.len());
        self.imports.push(Import {
            local_name: format!("py__{name}"),
            module: "py".into(),
            name: name.into(),
            sig: sig.clone(),
        });
        self.import_ids.insert(name.into(), id);
        (id, sig)
    }

    /// The index of a string constant.
    pub fn constant(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.const_ids.get(s) {
            return i;
        }
        self.consts.push(s.into());
        let i = (self.consts.len() - 1) as u32;
        self.const_ids.insert(s.into(), i);
        i
    }

    /// The index of a module global.
    pub fn global(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.global_ids.get(name) {
            return i;
        }
        self.globals.push(name.into());
        let i = (self.globals.len() - 1) as u32;
        self.global_ids.insert(name.into(), i);
        i
    }

    /// Adds a Python function; returns its index.
    pub fn add_func(&mut self, f: PyFunc<'a>) -> u32 {
        self.funcs.push(f);
        (self.funcs.len() - 1) as u32
    }
}

/// The direct form of Python function `p`.
pub fn direct_id(p: u32) -> FuncId {
    FuncId(FIRST + 2 * p)
}

/// The entry form of Python function `p`.
pub fn entry_id(p: u32) -> FuncId {
    FuncId(FIRST + 2 * p + 1)
}

/// An enclosing loop: where `continue` goes and the `break` jumps to patch.
pub struct Loop {
    /// The loop head.
    pub head: u32,
    /// `break` jumps.
    pub breaks: Vec<usize>,
}

/// How a `return`, `break` or `continue` leaves.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Exit {
    /// `return` (the value waits in the function's return temporary).
    Return,
    /// `break`.
    Break,
    /// `continue`.
    Continue,
}

/// An enclosing `finally` (or `with`) being compiled: the jumps of the exits that must run it.
pub struct Finally {
    /// How many loops enclosed it (a `break` of a loop inside it does not leave it).
    pub loop_depth: usize,
    /// The jumps to its landing pads and where each was going.
    pub exits: Vec<(usize, Exit)>,
}

/// The stack-form function being written.
pub struct FnGen {
    /// The code.
    pub code: Vec<StackInst>,
    /// The source offset of each instruction.
    pub offsets: Vec<TextSize>,
    /// Local types (all `any` but hidden integer temps).
    pub locals: Vec<Type>,
    /// Local variables by name.
    pub names: HashMap<String, u32>,
    /// Current stack depth.
    pub depth: i32,
    /// Deepest stack.
    pub max: i32,
    /// Enclosing loops.
    pub loops: Vec<Loop>,
    /// Enclosing `finally` clauses and `with` statements, innermost last.
    pub finallies: Vec<Finally>,
    /// For the resume function of a generator: its resume points.
    pub generator: Option<crate::generators::GenState>,
    /// How many cleanup handlers (the exceptional copy of a `finally` body) enclose the code
    /// being compiled: a `yield` there would lose the exception in flight.
    pub in_cleanup_handler: u32,
    /// The local holding the value of a `return` that runs `finally` clauses first.
    pub ret_tmp: Option<u32>,
    /// The source offset of what is being compiled.
    pub at: TextSize,
    /// Whether this is `main` (module level: names are globals, returns i32).
    pub is_module: bool,
    /// Names declared `global`.
    pub global_decls: std::collections::BTreeSet<String>,
    /// The class of the method being compiled, for `super()`.
    pub class: Option<String>,
    /// Its first parameter, for `super()`.
    pub self_param: Option<String>,
    /// How many comprehensions enclose the code being compiled (past their first iterable).
    pub in_comprehension: u32,
    /// The handler table (innermost first).
    pub handlers: Vec<vstarr::stack::Handler>,
    /// The locals holding the exceptions being handled (for a bare `raise`).
    pub caught: Vec<u32>,
    /// The locals holding their Python values, in the same order (for chaining).
    pub caught_values: Vec<u32>,
    /// Variables of this function that nested functions share: the local holding each cell.
    pub cells: HashMap<String, u32>,
    /// Free variables from enclosing functions: their index in the closure (local 0).
    pub free: Vec<String>,
    /// Locals an `import` of a linked or sibling module binds in this function.
    pub imported: std::collections::HashSet<String>,
    /// The qualified name of the Python function being compiled (empty for the module body).
    pub name: String,
    /// While a class body is compiled: the names it binds and reads, each with the hidden
    /// local mirroring its class attribute (`classes.rs`).
    pub class_shadows: HashMap<String, u32>,
}

impl FnGen {
    /// A function with `nparams` `any` parameters.
    pub fn new(params: &[String], is_module: bool) -> FnGen {
        let mut g = FnGen {
            code: Vec::new(),
            offsets: Vec::new(),
            locals: vec![Type::Any; params.len()],
            names: HashMap::new(),
            depth: 0,
            max: 0,
            loops: Vec::new(),
            finallies: Vec::new(),
            generator: None,
            in_cleanup_handler: 0,
            ret_tmp: None,
            at: TextSize::default(),
            is_module,
            global_decls: Default::default(),
            class: None,
            self_param: None,
            in_comprehension: 0,
            handlers: Vec::new(),
            caught: Vec::new(),
            caught_values: Vec::new(),
            cells: HashMap::new(),
            free: Vec::new(),
            imported: Default::default(),
            name: String::new(),
            class_shadows: HashMap::new(),
        };
        for (i, p) in params.iter().enumerate() {
            g.names.insert(p.clone(), i as u32);
        }
        g
    }

    /// A new hidden local.
    pub fn temp(&mut self, ty: Type) -> u32 {
        self.locals.push(ty);
        (self.locals.len() - 1) as u32
    }

    /// The local of a named variable, created on first use.
    pub fn local(&mut self, name: &str) -> u32 {
        if let Some(&l) = self.names.get(name) {
            return l;
        }
        let l = self.temp(Type::Any);
        self.names.insert(name.into(), l);
        l
    }

    /// The index the next instruction gets.
    pub fn here(&self) -> u32 {
        self.code.len() as u32
    }

    fn emit(&mut self, inst: StackInst, delta: i32) {
        self.code.push(inst);
        self.offsets.push(self.at);
        self.depth += delta;
        self.max = self.max.max(self.depth);
    }

    /// Pushes a constant.
    pub fn push(&mut self, imm: Imm) {
        self.emit(StackInst::Push(imm), 1);
    }

    /// Pushes a local.
    pub fn load(&mut self, l: u32) {
        self.emit(StackInst::Load(l), 1);
    }

    /// Pops into a local.
    pub fn store(&mut self, l: u32) {
        self.emit(StackInst::Store(l), -1);
    }

    /// A shuffle.
    pub fn shuffle(&mut self, s: Shuffle) {
        let (pops, pushes) = s.pattern();
        self.emit(StackInst::Shuffle(s), pushes.len() as i32 - pops as i32);
    }

    /// Any operation with its stack effect.
    pub fn inst(&mut self, op: vstarr::operation::Operation, delta: i32) {
        self.emit(StackInst::Inst(op), delta);
    }

    /// Throws the `ref` on top (control does not continue).
    pub fn throw(&mut self) {
        self.inst(vstarr::operation::Operation::new(rootir::Opcode::Throw), -1);
    }

    /// A typed rootIR operation.
    pub fn op(&mut self, op: rootir::Opcode) {
        let (inputs, outputs) =
            op.typing().map(|t| (t.inputs.len() as i32, t.output.is_some() as i32)).unwrap_or((0, 1));
        self.emit(StackInst::Op(op), outputs - inputs);
    }

    /// A call.
    pub fn call(&mut self, callee: Callee, sig: FuncType) {
        let delta = sig.results.len() as i32 - sig.params.len() as i32;
        self.emit(StackInst::Call { callee, sig }, delta);
    }

    /// A jump (to be patched when `target` is `u32::MAX`).
    pub fn jump(&mut self, target: u32) -> usize {
        self.emit(StackInst::Jump(target), 0);
        self.code.len() - 1
    }

    /// Pops an i32 and branches when it is not zero.
    pub fn branch_if(&mut self, target: u32) -> usize {
        self.emit(StackInst::BranchIf(target), -1);
        self.code.len() - 1
    }

    /// Points jump or branch `at` to the next instruction.
    pub fn patch_here(&mut self, at: usize) {
        let here = self.here();
        self.patch(at, here);
    }

    /// Points jump or branch `at` to `target`.
    pub fn patch(&mut self, at: usize, target: u32) {
        match &mut self.code[at] {
            StackInst::Jump(t) | StackInst::BranchIf(t) => *t = target,
            _ => {}
        }
    }

    /// Returns the value on top.
    pub fn ret(&mut self) {
        self.emit(StackInst::Return, 0);
        self.depth = 0;
    }
}

/// The signature of a Python function's direct form.
pub fn direct_sig(nparams: usize) -> FuncType {
    FuncType::new(vec![Type::Any; nparams], [Type::Any])
}
