//! Module-level checks of class and interface declarations.

use std::collections::HashSet;

use super::context::Errors;
use super::names::{count, count_classes, show};
use super::{Location, module_items::sig_size_problems};
use crate::{Class, ClassId, Module, Type};

/// Runs every check of this file.
pub(super) fn check(module: &Module, errs: &mut Errors) {
    check_class_names(module, errs);
    for (i, class) in module.classes.iter().enumerate() {
        let id = ClassId::new(i);
        check_superclass(module, id, class, errs);
        check_interfaces(module, class, errs);
        check_member_names(class, errs);
        check_methods(module, class, errs);
        check_overrides(module, id, class, errs);
        check_implements(module, id, class, errs);
    }
}

fn err(errs: &mut Errors, class: &Class, msg: String) {
    let kind = if class.is_interface { "interface" } else { "class" };
    errs.push(Location::Module, format!("{kind} {}: {msg}", show("", &class.name)));
}

/// Each class or interface name appears once (they share one namespace).
fn check_class_names(module: &Module, errs: &mut Errors) {
    let mut seen = HashSet::new();
    for class in &module.classes {
        if !seen.insert(class.name.as_str()) {
            errs.push(Location::Module, format!("duplicate class name {}", show("", &class.name)));
        }
    }
}

/// A class's superclass is a class of the module and the chain has no cycle; an interface has none.
fn check_superclass(module: &Module, id: ClassId, class: &Class, errs: &mut Errors) {
    let Some(sup) = class.superclass else { return };
    if class.is_interface {
        return err(errs, class, "an interface has no superclass".into());
    }
    match module.class(sup) {
        None => {
            let n = count_classes(module.classes.len());
            err(errs, class, format!("superclass {sup} does not exist (the module has {n})"))
        }
        Some(s) if s.is_interface => err(errs, class, format!("superclass {} is an interface", show("", &s.name))),
        Some(_) if module.class_chain(id).is_none() => err(errs, class, "its superclass chain has a cycle".into()),
        Some(_) => {}
    }
}

/// Every implemented interface exists and is an interface; interfaces implement nothing.
fn check_interfaces(module: &Module, class: &Class, errs: &mut Errors) {
    if class.is_interface && !class.interfaces.is_empty() {
        return err(errs, class, "an interface implements no interfaces".into());
    }
    for &iface in &class.interfaces {
        match module.class(iface) {
            None => {
                let n = count_classes(module.classes.len());
                err(errs, class, format!("interface {iface} does not exist (the module has {n})"))
            }
            Some(i) if !i.is_interface => {
                err(errs, class, format!("{} is a class, not an interface", show("", &i.name)))
            }
            Some(_) => {}
        }
    }
}

/// Field names and method names are unique within a class; interfaces have no fields.
fn check_member_names(class: &Class, errs: &mut Errors) {
    if class.is_interface && !class.fields.is_empty() {
        err(errs, class, "an interface has no fields".into());
    }
    let mut seen = HashSet::new();
    for field in &class.fields {
        if !seen.insert(field.name.as_str()) {
            err(errs, class, format!("duplicate field {}", show("", &field.name)));
        }
    }
    let mut seen = HashSet::new();
    for method in &class.methods {
        if !seen.insert(method.name.as_str()) {
            err(errs, class, format!("duplicate method {}", show("", &method.name)));
        }
    }
}

/// A method takes a `ref` receiver first; a class's method names an existing function of the
/// same signature; an interface's method names none.
fn check_methods(module: &Module, class: &Class, errs: &mut Errors) {
    for method in &class.methods {
        let name = show("", &method.name);
        for problem in sig_size_problems(&method.sig) {
            err(errs, class, format!("method {name} signature {problem}"));
        }
        if method.sig.params.first() != Some(&Type::Ref) {
            err(errs, class, format!("method {name} must take a ref receiver as its first parameter"));
        }
        match (class.is_interface, method.func) {
            (true, Some(_)) => err(errs, class, format!("interface method {name} cannot name a function")),
            (true, None) => {}
            (false, None) => err(errs, class, format!("method {name} names no function")),
            (false, Some(f)) => match module.func(f) {
                None => {
                    let n = count(module.functions.len(), "function");
                    err(errs, class, format!("method {name} names {f}, which does not exist (the module has {n})"))
                }
                Some(func) if func.sig != method.sig => err(
                    errs,
                    class,
                    format!("method {name} is {} but {} is {}", method.sig, show("@", &func.name), func.sig),
                ),
                Some(_) => {}
            },
        }
    }
}

/// A method overriding one of a superclass has the same signature.
fn check_overrides(module: &Module, id: ClassId, class: &Class, errs: &mut Errors) {
    let Some(sup) = class.superclass else { return };
    if class.is_interface || module.class_chain(id).is_none() {
        return;
    }
    for method in &class.methods {
        if let Some((owner, overridden)) = module.find_method(sup, &method.name)
            && overridden.sig != method.sig
        {
            let owner = module.class(owner).map_or("?", |c| c.name.as_str());
            err(
                errs,
                class,
                format!(
                    "method {} is {} but overrides {}.{} of type {}",
                    show("", &method.name),
                    method.sig,
                    show("", owner),
                    show("", &method.name),
                    overridden.sig
                ),
            );
        }
    }
}

/// A class implements every method of each interface it lists (by name, with the same signature,
/// declared by the class or inherited).
fn check_implements(module: &Module, id: ClassId, class: &Class, errs: &mut Errors) {
    if class.is_interface || module.class_chain(id).is_none() {
        return;
    }
    for &iface in &class.interfaces {
        let Some(i) = module.class(iface).filter(|i| i.is_interface) else { continue };
        for m in &i.methods {
            let full = format!("{}.{}", show("", &i.name), show("", &m.name));
            match module.find_method(id, &m.name) {
                None => err(errs, class, format!("does not implement {full}")),
                Some((_, found)) if found.sig != m.sig => {
                    err(errs, class, format!("implements {full} as {}, but the interface says {}", found.sig, m.sig))
                }
                Some(_) => {}
            }
        }
    }
}
