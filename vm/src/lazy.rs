//! Lazy compilation: a function is compiled on its first call, not at load.
//!
//! At load every module is still verified entirely (a bad function rejects the whole module
//! before any of its code runs), linked (imports, classes, string constants) and given its
//! globals and memory; each of its functions gets a *stub* in the VM's function table: the
//! frame facts the caller needs (signature, interned signature id, register count, `ref`
//! registers) and one instruction, [`Op::Compile`]. Executing it compiles the function from the
//! module's IR kept here, replaces the stub in place (callers keep calling the same table entry)
//! and goes on at the compiled code's first instruction, so later calls pay nothing.
//!
//! [`crate::Config::lazy_compile`] off compiles every function at load, as before.

use crate::classes::ModuleClasses;
use crate::code::{CompiledFunc, HandlerTable, Op, Origin};
use crate::compile::{ModuleLayout, Target, compile_function};
use rootir::{Block, FuncType, Function, Module, SrcLoc, Type};
use std::collections::HashMap;

/// What compiling a function of one loaded module needs.
pub(crate) struct LazyModule {
    /// The verified IR (the functions not compiled yet are compiled from it).
    pub module: Module,
    /// VM-wide index of the module.
    pub index: u32,
    pub func_base: u32,
    pub global_base: u32,
    pub memory: u32,
    pub str_base: u32,
    pub imports: Vec<Target>,
    pub classes: ModuleClasses,
    pub any_hook: Option<Target>,
    pub fuel: bool,
}

/// The modules whose functions compile on demand, the interned signatures, and counters.
#[derive(Default)]
pub(crate) struct Lazy {
    /// By VM module index.
    modules: Vec<LazyModule>,
    /// Interned signature ids (for `call_indirect` checks).
    signatures: HashMap<FuncType, u32>,
    /// Functions compiled so far (eagerly or on first call).
    compiled: u64,
}

impl Lazy {
    /// The interned id of `sig`.
    pub fn sig_id(&mut self, sig: &FuncType) -> u32 {
        let next = self.signatures.len() as u32;
        *self.signatures.entry(sig.clone()).or_insert(next)
    }

    /// How many functions have been compiled.
    pub fn compiled(&self) -> u64 {
        self.compiled
    }

    /// Adds a linked module (its index must be the next VM module index) and returns its
    /// table entries: compiled functions, or stubs when `lazy`.
    pub fn add(&mut self, m: LazyModule, lazy: bool) -> Vec<CompiledFunc> {
        debug_assert_eq!(m.index as usize, self.modules.len());
        self.modules.push(m);
        let index = self.modules.len() - 1;
        let count = self.modules[index].module.functions.len() as u32;
        (0..count)
            .map(|local| {
                let f = self.modules[index].func_base + local;
                if lazy { self.stub(index, local) } else { self.compile(index as u32, f) }
            })
            .collect()
    }

    /// Compiles VM function `f` of VM module `module`.
    pub fn compile(&mut self, module: u32, f: u32) -> CompiledFunc {
        let Lazy { modules, signatures, compiled } = self;
        let m = &modules[module as usize];
        let mut sig_id = |sig: &FuncType| {
            let next = signatures.len() as u32;
            *signatures.entry(sig.clone()).or_insert(next)
        };
        let mut layout = ModuleLayout {
            module: m.index,
            func_base: m.func_base,
            func_count: m.module.functions.len() as u32,
            global_base: m.global_base,
            memory: m.memory,
            str_base: m.str_base,
            imports: &m.imports,
            sig_id: &mut sig_id,
            fuel: m.fuel,
            classes: &m.classes,
            any_hook: m.any_hook,
        };
        *compiled += 1;
        compile_function(&m.module.functions[(f - m.func_base) as usize], &mut layout)
    }

    /// The stub of function `local` of the module at `index`.
    fn stub(&mut self, index: usize, local: u32) -> CompiledFunc {
        let sig_id = self.sig_id(&self.modules[index].module.functions[local as usize].sig.clone());
        let m = &self.modules[index];
        let func = &m.module.functions[local as usize];
        let ref_regs = ref_regs(func);
        let params = func.sig.params.len();
        CompiledFunc {
            name: func.name.clone(),
            module: m.index,
            sig: func.sig.clone(),
            sig_id,
            num_regs: func.regs.len(),
            code: vec![Op::Compile],
            origins: vec![Origin { block: Block::new(0), index: 0, loc: SrcLoc::None }],
            lists: Vec::new(),
            targets: Vec::new(),
            func_base: m.func_base,
            func_count: m.module.functions.len() as u32,
            memory: m.memory,
            // Until the first instruction compiles the function, the collector may see the
            // frame (a green thread spawned but not yet run): its `ref` registers hold null.
            zero_regs: ref_regs.iter().copied().filter(|&r| r as usize >= params).collect(),
            ref_regs,
            handlers: HandlerTable::default(),
            any_hook: m.any_hook,
        }
    }
}

/// The `ref` and `any` registers of `func`.
pub(crate) fn ref_regs(func: &Function) -> Vec<u16> {
    (0..func.regs.len()).filter(|&i| matches!(func.regs[i], Type::Ref | Type::Any)).map(|i| i as u16).collect()
}
