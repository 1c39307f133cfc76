//! `import` and `from ... import`, and what a Python module offers other modules
//! (docs/interop.md, "Python imports").
//!
//! `import X` / `from X import a` resolves X as:
//! 0. `X.py` (or `X/__init__.py`; `X/Y.py` for `X.Y`) next to the importing script, compiled
//!    too as module `X` (returned with the script's module) and then bound as in 1;
//! 1. a module the translation was told about (`Options::externs`, which `rootc` fills from the
//!    other inputs of `link`, `pack` and `run --with`): calls `X.f(a, b)` / `a(b)` become rootIR
//!    imports `X.f(any, any) -> any`, linked directly to a Python module and through the VM's
//!    adapters to a typed one (Java, C lifted from x86); a Python module's body runs once, at
//!    the first import (its `__import__` export);
//! 2. otherwise a runtime module: `py.import_module(name)` returns a module object (or raises
//!    `ModuleNotFoundError`), whose attributes are read with `py.getattr`.
//!
//! `sys` keeps its compile-time treatment (`sys.argv`, `sys.exit`, `sys.stderr`).
//!
//! Every module exports its module-level functions (`def f(a, b)` is export `f` of signature
//! `(any, any) -> any`, which first runs the module body if nobody has yet) and `__import__() ->
//! any` (runs the body once; `__name__` is then the module's name, not `"__main__"`).

use crate::cx::{Cx, Place, R};
use crate::emit::{F_MAIN, G_GLOBALS, G_NAME, ModGen, direct_id, direct_sig};
use rootc_frontend::Options;
use rootir::{Callee, Export, FuncId, FuncType, Function, FunctionBuilder, Import, ImportId, Module, Type};
use rustpython_parser::ast::{self, Expr};
use std::collections::{BTreeMap, HashMap};
use vstarr::operation::{Attr, Operation};
use vstarr::stack::Shuffle;

/// The export that runs a Python module's body once.
pub const IMPORT_EXPORT: &str = "__import__";
/// The export that reads a Python module's global by name (`module.name` from another module).
pub const GETATTR_EXPORT: &str = "__getattr__";

/// The sibling modules of one translation, shared by the script and every sibling it compiles.
pub type Siblings = std::rc::Rc<std::cell::RefCell<SiblingState>>;

/// What [`Siblings`] holds.
#[derive(Default)]
pub struct SiblingState {
    /// Compiled sibling modules, in the order they finished.
    pub modules: Vec<Module>,
    /// Modules being compiled (an import of one of them is circular).
    compiling: Vec<String>,
    /// The diagnostics of a sibling that failed to compile.
    pub failed: Option<rootc_frontend::Diagnostics>,
}

/// What a module's imports resolved to.
#[derive(Default)]
pub struct Imports {
    /// This module's dotted name (its `__name__` when imported).
    pub module: String,
    /// The options of the translation (siblings are compiled with them).
    options: Options,
    /// The translation's sibling modules.
    siblings: Siblings,
    /// External modules: name → exports (name, number of parameters).
    externs: BTreeMap<String, Vec<(String, usize)>>,
    /// Names bound to an external module by `import X [as Y]`.
    modules: HashMap<String, String>,
    /// Names bound to an external module's export by `from X import f [as g]`.
    funcs: HashMap<String, (String, String)>,
    /// Imports of external exports: (module, export, arity) → id.
    ids: HashMap<(String, String, usize), ImportId>,
}

impl Imports {
    /// The imports of module `module` translated with `options`.
    pub fn new(module: &str, options: &Options, siblings: &Siblings) -> Imports {
        Imports {
            module: module.to_string(),
            externs: options.externs(),
            options: options.clone(),
            siblings: siblings.clone(),
            ..Default::default()
        }
    }

    /// The export of `module` that a call `name(...)` with `nargs` arguments reaches: `name`
    /// itself, or the one overload `name(DESCRIPTOR)` (Java) with `nargs` parameters.
    fn export_for(&self, module: &str, name: &str, nargs: usize) -> Result<String, String> {
        let exports = &self.externs[module];
        if exports.iter().any(|(e, _)| e == name) {
            return Ok(name.to_string());
        }
        let overloads: Vec<&String> = exports
            .iter()
            .filter(|(e, n)| e.strip_prefix(name).is_some_and(|rest| rest.starts_with('(')) && *n == nargs)
            .map(|(e, _)| e)
            .collect();
        match overloads.as_slice() {
            [one] => Ok((*one).clone()),
            [] => {
                let names: Vec<&str> =
                    exports.iter().map(|(e, _)| e.as_str()).filter(|e| !e.starts_with("__")).collect();
                Err(format!(
                    "module `{module}` has no export `{name}` taking {nargs} argument(s) (its exports: {})",
                    if names.is_empty() { "none".to_string() } else { names.join(", ") }
                ))
            }
            _ => Err(format!("`{module}.{name}` with {nargs} argument(s) is ambiguous between overloads")),
        }
    }
}

impl<'a> Cx<'_, 'a> {
    /// `import X [as Y], ...`
    pub fn import_stmt(&mut self, i: &'a ast::StmtImport) -> R {
        for a in &i.names {
            let name = a.name.as_str();
            let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
            if name == "sys" {
                self.m.sys_alias = Some(bound);
                continue;
            }
            if self.linked_or_sibling(name)? {
                // `import a.b` binds `a`; `a.b.f(...)` names module `a.b`.
                let key = if a.asname.is_none() { name.to_string() } else { bound };
                self.f.imported.insert(key.split('.').next().unwrap_or(&key).to_string());
                self.run_body_of(name);
                self.m.linked.modules.insert(key, name.to_string());
                continue;
            }
            self.str_const(name);
            self.host("import_module");
            if a.asname.is_none() && name.contains('.') {
                // `import a.b` binds `a`.
                self.f.shuffle(Shuffle::Pop);
                let top = name.split('.').next().unwrap_or(name);
                self.str_const(top);
                self.host("import_module");
                self.store_name(top)?;
            } else {
                self.store_name(&bound)?;
            }
        }
        Ok(())
    }

    /// `from X import a [as b], ...`
    pub fn import_from_stmt(&mut self, i: &'a ast::StmtImportFrom) -> R {
        if i.level.is_some_and(|l| l.to_u32() > 0) {
            return self.err("relative imports are not supported yet");
        }
        let Some(module) = i.module.as_ref().map(|m| m.to_string()) else {
            return self.err("`from . import` is not supported yet");
        };
        if i.names.iter().any(|a| a.name.as_str() == "*") {
            return self.err("`from ... import *` is not supported yet");
        }
        if self.linked_or_sibling(&module)? {
            self.run_body_of(&module);
            for a in &i.names {
                let name = a.name.to_string();
                let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                let exported = self.m.linked.externs[&module]
                    .iter()
                    .any(|(e, _)| e == &name || e.starts_with(&format!("{name}(")));
                if exported {
                    self.f.imported.insert(bound.clone());
                    self.m.linked.funcs.insert(bound, (module.clone(), name));
                } else if self.has_export(&module, GETATTR_EXPORT) {
                    // Any other name of a Python module: its value now, as CPython binds it.
                    self.module_attr(&module, &name);
                    self.store_name(&bound)?;
                } else {
                    let e = self.m.linked.export_for(&module, &name, usize::MAX).err().unwrap_or_default();
                    return self.err(format!("ImportError: cannot import name '{name}' from '{module}': {e}"));
                }
            }
            return Ok(());
        }
        self.str_const(&module);
        self.host("import_module");
        let m = self.f.temp(Type::Any);
        self.f.store(m);
        for a in &i.names {
            self.f.load(m);
            self.str_const(&a.name);
            self.host("getattr");
            self.store_name(a.asname.as_ref().unwrap_or(&a.name))?;
        }
        Ok(())
    }

    /// Whether `name` is a linked module, or a sibling module (compiled now if need be).
    pub(crate) fn linked_or_sibling(&mut self, name: &str) -> R<bool> {
        if self.m.linked.externs.contains_key(name) {
            return Ok(true);
        }
        if name == crate::prelude::NAME {
            // Compiled once, committed (`prelude.rs`).
            return match crate::prelude::compiled() {
                Ok(module) => Ok(self.add_linked(name, module)),
                Err(e) => self.err(e),
            };
        }
        let Some(path) = self.sibling_path(name) else { return Ok(false) };
        if self.m.linked.siblings.borrow().compiling.iter().any(|c| c == name) || name == self.m.linked.module {
            return self.err(format!("the circular import of module `{name}` is not supported yet"));
        }
        let input = match rootc_frontend::Input::read(&path) {
            Ok(input) => input,
            Err(e) => return self.err(format!("cannot read {}: {e}", path.display())),
        };
        // A package's `__init__.py` runs before its submodule.
        if let Some((parent, _)) = name.rsplit_once('.')
            && self.linked_or_sibling(parent)?
        {
            self.run_body_of(parent);
        }
        let siblings = self.m.linked.siblings.clone();
        siblings.borrow_mut().compiling.push(self.m.linked.module.clone());
        let compiled = crate::translate_module(&input, name, &self.m.linked.options, &siblings);
        siblings.borrow_mut().compiling.pop();
        match compiled {
            Ok(module) => Ok(self.add_linked(name, module)),
            Err(d) => {
                let mut shared = siblings.borrow_mut();
                if shared.failed.is_none() {
                    shared.failed = Some(d);
                }
                drop(shared);
                self.err(format!("module `{name}` ({}) does not compile", path.display()))
            }
        }
    }

    /// Adds compiled module `name` to the translation's modules and to what this module links
    /// against; true.
    fn add_linked(&mut self, name: &str, module: Module) -> bool {
        let exports: Vec<(String, usize)> = module
            .exports
            .iter()
            .map(|e| (e.name.clone(), module.functions[e.func.index()].sig.params.len()))
            .collect();
        self.m.linked.options.add_extern(name, &exports);
        self.m.linked.externs.insert(name.to_string(), exports);
        self.m.linked.siblings.borrow_mut().modules.push(module);
        true
    }

    /// The file of sibling module `name` (dotted) next to this script, if there is one.
    fn sibling_path(&self, name: &str) -> Option<std::path::PathBuf> {
        if name.split('.').any(|part| part.is_empty() || !part.chars().all(|c| c.is_alphanumeric() || c == '_')) {
            return None;
        }
        let dir = std::path::Path::new(&self.m.path).parent()?;
        let base = name.split('.').fold(dir.to_path_buf(), |p, part| p.join(part));
        [base.with_extension("py"), base.join("__init__.py")].into_iter().find(|p| p.is_file())
    }

    /// Whether linked module `module` has export `name`.
    fn has_export(&self, module: &str, name: &str) -> bool {
        self.m.linked.externs.get(module).is_some_and(|e| e.iter().any(|(e, _)| e == name))
    }

    /// Pushes global `name` of Python module `module` (`module.__getattr__(name)`).
    fn module_attr(&mut self, module: &str, name: &str) {
        self.str_const(name);
        let id = self.m.linked_import(module, GETATTR_EXPORT, 1);
        self.f.call(Callee::Import(id), direct_sig(1));
    }

    /// Runs the body of external Python module `module` if it has one and has not run yet.
    pub(crate) fn run_body_of(&mut self, module: &str) {
        if self.has_export(module, IMPORT_EXPORT) {
            let id = self.m.linked_import(module, IMPORT_EXPORT, 0);
            self.f.call(Callee::Import(id), FuncType::new([], [Type::Any]));
            self.f.shuffle(Shuffle::Pop);
        }
    }

    /// A call of an external module's export (`X.f(...)` after `import X`, or `f(...)` after
    /// `from X import f`); false if `c` is not one.
    pub fn linked_call(&mut self, c: &'a ast::ExprCall) -> R<bool> {
        let Some((module, name)) = self.linked_target(&c.func)? else { return Ok(false) };
        if !c.keywords.is_empty() || c.args.iter().any(|a| matches!(a, Expr::Starred(_))) {
            return self.err(format!("calls of `{module}.{name}` take positional arguments only"));
        }
        let export = match self.m.linked.export_for(&module, &name, c.args.len()) {
            Ok(e) => e,
            // Another attribute of a Python module (a class, a function value): read and called.
            Err(_) if self.has_export(&module, GETATTR_EXPORT) => return Ok(false),
            Err(e) => return self.err(e),
        };
        // Another language's module (a Python module exports `__getattr__`): `bytes` cross as
        // their byte string, bytearrays as byte arrays copied back (`py.extern_arg`,
        // `py.extern_done`, docs/interop.md).
        let foreign = !self.has_export(&module, GETATTR_EXPORT);
        for a in &c.args {
            self.expr(a)?;
            if foreign {
                self.host("extern_arg");
            }
        }
        let id = self.m.linked_import(&module, &export, c.args.len());
        self.f.call(Callee::Import(id), direct_sig(c.args.len()));
        if foreign {
            // Bytearrays the callee may have written to get their bytes back.
            self.host("extern_done");
        }
        Ok(true)
    }

    /// `module.name` of a linked module: the global of a Python module (true: pushed); other
    /// modules' attributes can only be called.
    pub fn linked_attribute(&mut self, a: &'a ast::ExprAttribute) -> R<bool> {
        let Some(dotted) = dotted_name(&a.value) else { return Ok(false) };
        let Some(module) = self.linked_module(&dotted)? else { return Ok(false) };
        if !self.has_export(&module, GETATTR_EXPORT) {
            return self.err(format!("`{}.{}`: only calls of this module's functions are supported", module, a.attr));
        }
        self.module_attr(&module, &a.attr);
        Ok(true)
    }

    /// Whether `e` names a linked Python module (its attributes are read by `module_attr`).
    pub fn is_linked_module(&mut self, e: &Expr) -> R<bool> {
        let Some(dotted) = dotted_name(e) else { return Ok(false) };
        Ok(self.linked_module(&dotted)?.is_some())
    }

    fn linked_target(&mut self, func: &Expr) -> R<Option<(String, String)>> {
        match func {
            Expr::Attribute(a) => {
                let Some(dotted) = dotted_name(&a.value) else { return Ok(None) };
                Ok(self.linked_module(&dotted)?.map(|m| (m, a.attr.to_string())))
            }
            Expr::Name(n) => {
                let Some(target) = self.m.linked.funcs.get(n.id.as_str()).cloned() else { return Ok(None) };
                Ok(self.not_shadowed(n.id.as_str())?.then_some(target))
            }
            _ => Ok(None),
        }
    }

    fn linked_module(&mut self, name: &str) -> R<Option<String>> {
        let Some(module) = self.m.linked.modules.get(name).cloned() else { return Ok(None) };
        let root = name.split('.').next().unwrap_or(name);
        Ok(self.not_shadowed(root)?.then_some(module))
    }

    /// Whether `name` here is the module-level binding an import made (not a local).
    fn not_shadowed(&mut self, name: &str) -> R<bool> {
        Ok(self.f.is_module || self.f.imported.contains(name) || matches!(self.resolve(name)?, Place::Global(_)))
    }

    /// Pushes `__name__`: the module's name when it was imported, else `"__main__"`.
    pub fn dunder_name(&mut self) {
        self.f.inst(Operation::with(rootir::Opcode::GlobalGet, Attr::Global(G_NAME)), 1);
        self.f.op(rootir::Opcode::RefIsNull);
        let to_main = self.f.branch_if(u32::MAX);
        let name = self.m.linked.module.clone();
        self.str_const(&name);
        let end = self.f.jump(u32::MAX);
        self.f.depth -= 1;
        self.f.patch_here(to_main);
        self.str_const("__main__");
        self.f.patch_here(end);
    }
}

/// `a.b.c` as a dotted name, if the expression is a chain of attributes of a name.
fn dotted_name(e: &Expr) -> Option<String> {
    match e {
        Expr::Name(n) => Some(n.id.to_string()),
        Expr::Attribute(a) => Some(format!("{}.{}", dotted_name(&a.value)?, a.attr)),
        _ => None,
    }
}

impl ModGen<'_> {
    /// The import of export `name` of external module `module` with `nargs` `any` parameters.
    fn linked_import(&mut self, module: &str, name: &str, nargs: usize) -> ImportId {
        let key = (module.to_string(), name.to_string(), nargs);
        if let Some(&id) = self.linked.ids.get(&key) {
            return id;
        }
        let id = ImportId::new(self.imports.len());
        let clean: String =
            format!("{module}_{name}").chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
        let sig = if name == IMPORT_EXPORT { FuncType::new([], [Type::Any]) } else { direct_sig(nargs) };
        self.imports.push(Import {
            local_name: format!("x{}__{clean}", self.imports.len()),
            module: module.to_string(),
            name: name.to_string(),
            sig,
        });
        self.linked.ids.insert(key, id);
        id
    }
}

/// Adds `__import__` and an export of every module-level function called by name (besides
/// `main` and `__*` names) to `module`, whose functions are complete.
pub fn add_exports(m: &mut ModGen<'_>, module: &mut Module) {
    debug_assert_eq!(module.functions.len() as u32, crate::emit::FIRST + 2 * m.funcs.len() as u32);
    module.functions.push(crate::stubs::dispatch());
    let (exit, exit_sig) = m.import("exit");
    let run_once = FuncId::new(module.functions.len());
    module.functions.push(import_function(exit, exit_sig));
    module.exports.push(Export { name: IMPORT_EXPORT.into(), func: run_once });
    let getattr = getattr_function(m, module, run_once);
    module.exports.push(Export { name: GETATTR_EXPORT.into(), func: FuncId::new(module.functions.len()) });
    module.functions.push(getattr);
    let mut direct: Vec<(&String, &u32)> = m.direct.iter().collect();
    direct.sort();
    for (name, &p) in direct {
        if name == "main" || name.starts_with("__") {
            continue;
        }
        let n = m.funcs[p as usize].params.len();
        let mut b = FunctionBuilder::new(format!("{name}__export"), direct_sig(n));
        b.call(Callee::Func(run_once), &[], &[Type::Any]);
        let args: Vec<_> = (0..n).map(|i| b.param(i)).collect();
        let r = b.call(Callee::Func(direct_id(p)), &args, &[Type::Any]);
        b.ret(&r);
        module.exports.push(Export { name: name.clone(), func: FuncId::new(module.functions.len()) });
        module.functions.push(b.finish());
    }
    module.imports = m.imports.clone();
}

/// `__getattr__(name) -> any`: runs the body if need be, then reads the module global `name`
/// (`py.module_attr`, AttributeError if there is none).
fn getattr_function(m: &mut ModGen<'_>, module: &mut Module, run_once: FuncId) -> Function {
    let (attr, attr_sig) = m.import("module_attr");
    let (ref_any, _) = m.import("ref_any");
    module.constants.push(rootir::Constant::Str(m.linked.module.clone()));
    let own_name = (module.constants.len() - 1) as u32;
    let mut b = FunctionBuilder::new(GETATTR_EXPORT, direct_sig(1));
    b.call(Callee::Func(run_once), &[], &[Type::Any]);
    let name = b.param(0);
    let globals = b.global_get(Type::Ref, G_GLOBALS);
    let base = b.global_get(Type::I32, crate::emit::G_GBASE);
    let text = b.str_const(own_name);
    let module_name = b.call(Callee::Import(ref_any), &[text], &[Type::Any])[0];
    let r = b.call(Callee::Import(attr), &[globals, base, name, module_name], &attr_sig.results);
    crate::stubs::check(&mut b);
    b.ret(&r);
    b.finish()
}

/// `__import__() -> any`: unless the module's globals exist (its body has started), marks the
/// module as imported and runs its body; an uncaught exception there (reported by the body)
/// ends the run with status 1, as CPython's does.
fn import_function(exit: ImportId, exit_sig: FuncType) -> Function {
    let mut b = FunctionBuilder::new(IMPORT_EXPORT, FuncType::new([], [Type::Any]));
    let globals = b.global_get(Type::Ref, G_GLOBALS);
    let fresh = b.ref_is_null(globals);
    let (run, failed, done) = (b.new_block(), b.new_block(), b.new_block());
    b.br_if(fresh, run, done);
    b.switch_to(run);
    let zero = b.i32_const(0);
    let marker = b.array_new_ref(zero);
    b.global_set(G_NAME, marker);
    let status = b.call(Callee::Func(F_MAIN), &[], &[Type::I32])[0];
    b.br_if(status, failed, done);
    b.switch_to(failed);
    let wide = b.i64_extend_i32_s(status);
    let code = b.any_from_i64(wide);
    b.call(Callee::Import(exit), &[code], &exit_sig.results);
    b.unreachable();
    b.switch_to(done);
    let none = b.any_none();
    b.ret(&[none]);
    b.finish()
}
