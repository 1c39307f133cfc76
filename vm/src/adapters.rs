//! Load-time insertion of marshalling adapters (see [`crate::marshal`]): finds the imports that
//! need one, builds the adapter modules, registers their refusal host functions and relinks the
//! imports to them.

use crate::marshal::{self, Allocator, Crossing};
use crate::{LoadError, Trap, Vm};
use rootir::{FuncType, Module, Type};

/// The batch with its adapter modules, and which adapter modules run in which callee's memory
/// (adapter module name, callee module name).
pub(crate) type Adapted = (Vec<Module>, Vec<(String, String)>);

/// Links imports that differ from their export only by `any` ⇄ typed to generated adapters
/// (see [`crate::marshal`]), and refuses those that differ otherwise.
pub(crate) fn insert(vm: &mut Vm, modules: Vec<Module>) -> Result<Adapted, LoadError> {
    let adapters = format!("interop#{}", vm.module_names().count());
    let sites = sites(vm, &modules)?;
    Ok(build(vm, modules, sites, &adapters))
}

/// An import needing an adapter: its module's index in the batch, the import, the export's
/// signature and allocator.
type Site = (usize, rootir::Import, FuncType, Allocator);

/// The imports of `modules` that need an adapter; an error for the first one no rule bridges.
fn sites(vm: &Vm, modules: &[Module]) -> Result<Vec<Site>, LoadError> {
    let export_sig = |batch: &[Module], module: &str, name: &str| -> Option<FuncType> {
        if let Some(m) = batch.iter().find(|m| m.name == module) {
            let e = m.exports.iter().find(|e| e.name == name)?;
            return m.functions.get(e.func.index()).map(|f| f.sig.clone());
        }
        vm.export_signature(module, name).cloned()
    };
    let mut sites = Vec::new();
    for (mi, m) in modules.iter().enumerate() {
        for imp in &m.imports {
            let Some(sig) = export_sig(modules, &imp.module, &imp.name) else { continue };
            let alloc = Allocator::of(|name| export_sig(modules, &imp.module, name));
            match marshal::plan(&imp.sig, &sig, alloc) {
                Ok(false) => {}
                Ok(true) => sites.push((mi, imp.clone(), sig, alloc)),
                // Typed-to-typed differences of the same arity keep the plain signature error.
                Err(_)
                    if imp.sig.params.len() == sig.params.len()
                        && !imp
                            .sig
                            .params
                            .iter()
                            .chain(&imp.sig.results)
                            .chain(&sig.params)
                            .chain(&sig.results)
                            .any(|&t| t == Type::Any) => {}
                Err(reason) => {
                    return Err(LoadError::Marshal {
                        module: m.name.clone(),
                        from: imp.module.clone(),
                        name: imp.name.clone(),
                        expected: Box::new(imp.sig.clone()),
                        found: Box::new(sig),
                        reason,
                    });
                }
            }
        }
    }
    Ok(sites)
}

/// Builds the adapter modules for `sites`, registers their refusals on `vm` and relinks the
/// imports; returns the modules and the adapter modules that run in a callee's memory.
fn build(vm: &mut Vm, mut modules: Vec<Module>, sites: Vec<Site>, adapters: &str) -> Adapted {
    let mut adapter_modules = Vec::new();
    let mut memory_aliases = Vec::new();
    // Adapters that copy bytes get a module of their own, which runs in the callee's memory.
    let (bytes, plain): (Vec<_>, Vec<_>) =
        sites.into_iter().partition(|(_, imp, sig, alloc)| marshal::copies_bytes(&imp.sig, sig, *alloc));
    let mut groups: Vec<(String, Vec<_>)> =
        bytes.into_iter().enumerate().map(|(k, site)| (format!("{adapters}.bytes{k}"), vec![site])).collect();
    if !plain.is_empty() {
        groups.push((adapters.to_string(), plain));
    }
    for (name, group) in groups {
        let crossings: Vec<Crossing<'_>> = group
            .iter()
            .map(|(mi, imp, sig, alloc)| Crossing {
                importer: &modules[*mi].name,
                import: imp,
                export_sig: sig,
                alloc: *alloc,
            })
            .collect();
        let (mut adapter, refusals) = marshal::adapter_module(&name, &crossings);
        let refusal_module = marshal::refusal_module(&name);
        for r in refusals {
            let rname = r.name.clone();
            vm.define(&refusal_module, &rname, move |value: i64| -> Result<(), Trap> {
                Err(Trap::host(marshal::refusal_message(&r, value)))
            });
        }
        if name != adapters {
            marshal::register_helpers(vm, &refusal_module);
            adapter.memory = Some(rootir::Memory { initial: 0, max: 0 });
            memory_aliases.push((name.clone(), group[0].1.module.clone()));
        }
        for (k, (mi, imp, _, _)) in group.iter().enumerate() {
            let site = modules[*mi].imports.iter_mut().find(|i| *i == imp);
            if let Some(site) = site {
                site.module = name.clone();
                site.name = format!("a{k}");
            }
        }
        adapter_modules.push(adapter);
    }
    modules.extend(adapter_modules);
    (modules, memory_aliases)
}
