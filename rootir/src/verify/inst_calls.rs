//! Checks of direct and indirect calls.

use super::context::InstCx;
use super::module_items::sig_size_problems;
use super::names::{count, show};
use crate::{Callee, FuncType, Reg, Type};

/// The callee's name and signature, reporting it if it does not exist.
fn callee_sig<'m>(cx: &mut InstCx<'m>, callee: Callee) -> Option<(&'m str, &'m FuncType)> {
    let module = cx.module;
    let found = match callee {
        Callee::Func(id) => module.func(id).map(|f| (f.name.as_str(), &f.sig)),
        Callee::Import(id) => module.imports.get(id.index()).map(|i| (i.local_name.as_str(), &i.sig)),
    };
    if found.is_none() {
        let (id, n) = match callee {
            Callee::Func(id) => (id.to_string(), count(module.functions.len(), "function")),
            Callee::Import(id) => (id.to_string(), count(module.imports.len(), "import")),
        };
        cx.error(format!("call target {id} does not exist (the module has {n})"));
    }
    found
}

/// Arguments and result registers match the signature, in count and in type.
fn check_against_sig(cx: &mut InstCx<'_>, what: &str, sig: &FuncType, results: &[Reg], args: &[Reg]) {
    cx.expect_types(format_args!("{what}"), "argument", args, &sig.params);
    cx.expect_types(format_args!("{what}"), "result", results, &sig.results);
}

/// `call` names an existing function or import and matches its signature.
pub(super) fn check_call(cx: &mut InstCx<'_>, results: &[Reg], callee: Callee, args: &[Reg]) {
    if let Some((name, sig)) = callee_sig(cx, callee) {
        check_against_sig(cx, &format!("call {}", show("@", name)), sig, results, args);
    }
}

/// `call.closure` has a `ref` closure, a signature that stays sane with the environment added, and
/// matches it.
pub(super) fn check_call_closure(cx: &mut InstCx<'_>, results: &[Reg], sig: &FuncType, closure: Reg, args: &[Reg]) {
    cx.expect_type(format_args!("call.closure closure"), closure, Type::Ref);
    let mut with_env = sig.clone();
    with_env.params.insert(0, Type::Ref);
    for problem in sig_size_problems(&with_env) {
        cx.error(format!("call.closure signature (with the environment) {problem}"));
    }
    check_against_sig(cx, "call.closure", sig, results, args);
}

/// `call_indirect` has an `i32` address, a sane signature, and matches it.
pub(super) fn check_call_indirect(cx: &mut InstCx<'_>, results: &[Reg], sig: &FuncType, addr: Reg, args: &[Reg]) {
    cx.expect_type(format_args!("call_indirect address"), addr, Type::I32);
    for problem in sig_size_problems(sig) {
        cx.error(format!("call_indirect signature {problem}"));
    }
    check_against_sig(cx, "call_indirect", sig, results, args);
}
