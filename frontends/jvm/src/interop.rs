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
use rootir::{Callee, Export, FunctionBuilder, Import, ImportId};
use std::collections::BTreeMap;

/// Gives every `static native` method a body calling the export it is bound to.
pub fn bind_natives(p: &mut Program, options: &Options) -> Result<(), String> {
    let natives: Vec<(String, String, String)> = p
        .files
        .values()
        .flat_map(|c| {
            c.methods.iter().filter(|m| m.is_native).map(|m| (c.name.clone(), m.name.clone(), m.desc.clone()))
        })
        .collect();
    for (class, name, desc) in &natives {
        let class_dotted = dotted(class);
        if natives.iter().filter(|(c, n, _)| c == class && n == name).count() > 1 {
            return Err(format!("native method {class_dotted}.{name} is overloaded; bind each name once"));
        }
        let Some(&func) = p.classes.get(class).and_then(|c| c.functions.get(&format!("{name}{desc}"))) else {
            return Err(format!("native method {class_dotted}.{name} must be static"));
        };
        let module = match options.setting(&format!("natives.{class_dotted}")) {
            Some(m) => m.to_string(),
            // `--keep-going` (a library sweep): only natives bound explicitly become imports;
            // the others keep the body that throws when called.
            None if p.lenient => continue,
            None => class_dotted.rsplit('.').next().unwrap_or(&class_dotted).to_lowercase(),
        };
        let sig = descriptor::parse_method(desc)?.sig(false);
        let import = ImportId::new(p.module.imports.len());
        let clean: String =
            format!("{module}_{name}").chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
        p.module.imports.push(Import {
            local_name: format!("native{}_{clean}", p.module.imports.len()),
            module,
            name: name.clone(),
            sig: sig.clone(),
        });
        let mut b = FunctionBuilder::new(p.module.functions[func.index()].name.clone(), sig.clone());
        let args: Vec<_> = (0..sig.params.len()).map(|i| b.param(i)).collect();
        let results = b.call(Callee::Import(import), &args, &sig.results);
        b.ret(&results);
        p.set_function(func, b.finish());
    }
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
