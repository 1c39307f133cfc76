//! Java and the other modules of a program (docs/interop.md, "Java `native` methods"):
//!
//! - a `static native` method `m` of class `a.b.C` calls export `m` of module `c` (the class's
//!   simple name in lower case), or of the module `--set natives.a.b.C=MODULE` names, with the
//!   method's own signature; the VM's adapters bridge an `any` export (Python);
//! - the non-private static methods of the main class (besides `main`) are exports, named
//!   `NAME` when the name is unique among them, else `NAME(DESCRIPTOR)`; each runs the class's
//!   initialiser first.

use crate::classfile::ClassFile;
use crate::descriptor;
use crate::program::{Program, dotted};
use rootc_frontend::Options;
use rootir::{Callee, Export, FuncId, FunctionBuilder, Import, ImportId};
use std::collections::BTreeMap;

/// A `native` method of a class being translated, with its reserved function.
pub struct Native {
    class: String,
    name: String,
    desc: String,
    is_static: bool,
    func: FuncId,
}

impl Native {
    /// The reserved function of the method (no body yet).
    pub fn func(&self) -> FuncId {
        self.func
    }

    /// The module `--set natives.a.b.C=MODULE` binds it to, if any.
    pub fn explicit_module(&self, options: &Options) -> Option<String> {
        options.setting(&format!("natives.{}", dotted(&self.class))).map(str::to_string)
    }

    /// The module it binds to by default: the class's simple name in lower case.
    pub fn default_module(&self) -> String {
        let dotted = dotted(&self.class);
        dotted.rsplit('.').next().unwrap_or(&dotted).to_lowercase()
    }
}

/// Every `native` method of the classes being translated.
pub fn natives(p: &Program) -> Vec<Native> {
    let mut out = Vec::new();
    for c in p.files.values() {
        for m in c.methods.iter().filter(|m| m.is_native) {
            let func = p.classes.get(&c.name).and_then(|i| i.functions.get(&format!("{}{}", m.name, m.desc)));
            if let Some(&func) = func {
                let (class, name, desc) = (c.name.clone(), m.name.clone(), m.desc.clone());
                out.push(Native { class, name, desc, is_static: m.is_static, func });
            }
        }
    }
    out
}

/// Gives native method `n` a body calling export `n.name` of `module`, with the method's own
/// signature. The method must be static and its name not overloaded among the natives of its
/// class (`all`).
pub fn bind(p: &mut Program, all: &[Native], n: &Native, module: String) -> Result<(), String> {
    let class_dotted = dotted(&n.class);
    if all.iter().filter(|o| o.class == n.class && o.name == n.name).count() > 1 {
        return Err(format!("native method {class_dotted}.{} is overloaded; bind each name once", n.name));
    }
    if !n.is_static {
        return Err(format!("native method {class_dotted}.{} must be static", n.name));
    }
    let sig = descriptor::parse_method(&n.desc)?.sig(false);
    let import = ImportId::new(p.module.imports.len());
    let clean: String =
        format!("{module}_{}", n.name).chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    p.module.imports.push(Import {
        local_name: format!("native{}_{clean}", p.module.imports.len()),
        module,
        name: n.name.clone(),
        sig: sig.clone(),
    });
    let mut b = FunctionBuilder::new(p.module.functions[n.func.index()].name.clone(), sig.clone());
    let args: Vec<_> = (0..sig.params.len()).map(|i| b.param(i)).collect();
    let results = b.call(Callee::Import(import), &args, &sig.results);
    b.ret(&results);
    p.set_function(n.func, b.finish());
    Ok(())
}

/// Exports the static methods of `main_class` (see the module documentation); returns how many.
pub fn add_exports(p: &mut Program, files: &BTreeMap<String, ClassFile>, main_class: &str) -> Result<usize, String> {
    let Some(file) = files.get(main_class) else { return Ok(0) };
    let methods: Vec<_> = file
        .methods
        .iter()
        .filter(|m| m.is_static && !m.is_private && !m.name.starts_with('<') && m.name != "main")
        .collect();
    let info = p.class(main_class)?;
    let guard = info.init_guard;
    let mut exports = Vec::new();
    for m in &methods {
        let Some(&func) = info.functions.get(&format!("{}{}", m.name, m.desc)) else { continue };
        let unique = methods.iter().filter(|o| o.name == m.name).count() == 1;
        let name = if unique { m.name.clone() } else { format!("{}{}", m.name, m.desc) };
        exports.push((name, func));
    }
    for (name, func) in &exports {
        let sig = p.module.functions[func.index()].sig.clone();
        let mut b = FunctionBuilder::new(format!("{}.{name}$export", dotted(main_class)), sig.clone());
        if let Some(g) = guard {
            b.call(Callee::Func(g), &[], &[]);
        }
        let args: Vec<_> = (0..sig.params.len()).map(|i| b.param(i)).collect();
        let results = b.call(Callee::Func(*func), &args, &sig.results);
        b.ret(&results);
        let id = p.add_function(b.finish());
        p.module.exports.push(Export { name: name.clone(), func: id });
    }
    Ok(exports.len())
}
