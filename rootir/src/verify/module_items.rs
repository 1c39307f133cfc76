//! Module-level checks on names, imports, exports and globals.

use std::collections::HashSet;

use super::context::Errors;
use super::names::{count, show};
use super::{Location, MAX_SIG_TYPES};
use crate::{Callee, FuncType, Module, Type};

/// Runs every check of this file.
pub(super) fn check(module: &Module, errs: &mut Errors) {
    check_function_names(module, errs);
    check_global_names(module, errs);
    check_export_names(module, errs);
    check_export_targets(module, errs);
    check_import_names(module, errs);
    check_import_sigs(module, errs);
    check_global_inits(module, errs);
    check_any_hook(module, errs);
}

/// The `anyhook` names a function or import of signature `(i32, any, any) -> any`.
fn check_any_hook(module: &Module, errs: &mut Errors) {
    let Some(hook) = module.any_hook else { return };
    let sig = match hook {
        Callee::Func(f) => module.func(f).map(|f| &f.sig),
        Callee::Import(i) => module.imports.get(i.index()).map(|i| &i.sig),
    };
    let expected = FuncType::new([Type::I32, Type::Any, Type::Any], [Type::Any]);
    match sig {
        None => errs.push(Location::Module, format!("anyhook names {hook:?}, which does not exist")),
        Some(sig) if *sig != expected => {
            errs.push(Location::Module, format!("anyhook must have signature {expected}, found {sig}"))
        }
        Some(_) => {}
    }
}

/// What is wrong with the size of a signature: one message per list that is too long.
pub(super) fn sig_size_problems(sig: &FuncType) -> Vec<String> {
    let mut out = Vec::new();
    for (n, noun) in [(sig.params.len(), "parameter"), (sig.results.len(), "result")] {
        if n > MAX_SIG_TYPES {
            out.push(format!("has {}, more than the limit of {MAX_SIG_TYPES}", count(n, noun)));
        }
    }
    out
}

/// Imports and functions share one namespace; each name appears once.
fn check_function_names(module: &Module, errs: &mut Errors) {
    let mut seen = HashSet::new();
    let names = module.imports.iter().map(|i| &i.local_name).chain(module.functions.iter().map(|f| &f.name));
    for name in names {
        if !seen.insert(name.as_str()) {
            errs.push(Location::Module, format!("duplicate function name {}", show("@", name)));
        }
    }
}

/// Each global name appears once.
fn check_global_names(module: &Module, errs: &mut Errors) {
    let mut seen = HashSet::new();
    for global in &module.globals {
        if !seen.insert(global.name.as_str()) {
            errs.push(Location::Module, format!("duplicate global name {}", show("$", &global.name)));
        }
    }
}

/// Each export name appears once.
fn check_export_names(module: &Module, errs: &mut Errors) {
    let mut seen = HashSet::new();
    for export in &module.exports {
        if !seen.insert(export.name.as_str()) {
            errs.push(Location::Module, format!("duplicate export name {}", show("", &export.name)));
        }
    }
}

/// Every export names a function of the module.
fn check_export_targets(module: &Module, errs: &mut Errors) {
    for export in &module.exports {
        if module.func(export.func).is_none() {
            let n = count(module.functions.len(), "function");
            let msg = format!(
                "export {} names {}, which does not exist (the module has {n})",
                show("", &export.name),
                export.func
            );
            errs.push(Location::Module, msg);
        }
    }
}

/// Every import names a module and an export (neither empty).
fn check_import_names(module: &Module, errs: &mut Errors) {
    for import in &module.imports {
        let local = show("@", &import.local_name);
        if import.module.is_empty() {
            errs.push(Location::Module, format!("import {local} has an empty module name"));
        }
        if import.name.is_empty() {
            errs.push(Location::Module, format!("import {local} has an empty export name"));
        }
    }
}

/// Import signatures are not absurdly long.
fn check_import_sigs(module: &Module, errs: &mut Errors) {
    for import in &module.imports {
        for problem in sig_size_problems(&import.sig) {
            errs.push(Location::Module, format!("import {} {problem}", show("@", &import.local_name)));
        }
    }
}

/// A global's initial bits fit its type: 32 bits for `i32`/`f32`, 0 for `ref`/`any`.
fn check_global_inits(module: &Module, errs: &mut Errors) {
    for global in &module.globals {
        let name = show("$", &global.name);
        let (ty, init) = (global.ty, global.init);
        match ty {
            Type::I32 | Type::F32 if init > u64::from(u32::MAX) => {
                let msg = format!("global {name}: {ty} init {init:#x} does not fit in 32 bits");
                errs.push(Location::Module, msg);
            }
            Type::Ref | Type::Any if init != 0 => {
                let msg = format!("global {name}: {ty} init must be 0 (null / none), found {init:#x}");
                errs.push(Location::Module, msg);
            }
            _ => {}
        }
    }
}
