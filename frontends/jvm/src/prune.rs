//! Translating only the library methods a program reaches.
//!
//! The library classes a program needs come in whole (`library.rs`), but most of their methods
//! are never called: `RootString`, the box classes and `Class` alone have hundreds. A program's
//! own methods are all translated; a library method's body is translated only when translated
//! code reaches it, found over the rootIR already translated (so every call the frontend
//! generates itself counts, not just the bytecode's):
//! - a direct `call` or a `func.addr` of it;
//! - a `call.virtual`/`call.interface` of a method of the same name (name and descriptor) on any
//!   class (rapid type analysis by name: every override a virtual call might reach);
//! - being exported or the any hook.
//!
//! The rest get a body that traps (`unreachable`): they are in vtables, never run. Pruning is
//! off for `--keep-going` (library sweeps translate everything) and for jars without a main
//! class.

use rootir::{Callee, FuncId, FunctionBuilder, InstData, Module};
use std::collections::{HashMap, HashSet};

/// The library bodies not translated yet, and what the translated code reaches.
pub struct Reach {
    /// Function → its declared body (index into the `bodies` list of `classes::declare`).
    pending: HashMap<FuncId, usize>,
    /// Functions scanned already (by index).
    scanned: Vec<bool>,
    /// Method names called virtually so far.
    called: HashSet<String>,
}

impl Reach {
    /// Tracks `pending` (function, index in the bodies list).
    pub fn new(pending: impl IntoIterator<Item = (FuncId, usize)>) -> Reach {
        Reach { pending: pending.into_iter().collect(), scanned: Vec::new(), called: HashSet::new() }
    }

    /// Scans the functions of `module` with bodies not scanned yet and returns the bodies
    /// (indices in the bodies list) they newly reach, which are no longer pending.
    pub fn reached(&mut self, module: &Module) -> Vec<usize> {
        let mut found: Vec<FuncId> = Vec::new();
        if self.scanned.len() < module.functions.len() {
            self.scanned.resize(module.functions.len(), false);
        }
        for (i, func) in module.functions.iter().enumerate() {
            let f = FuncId::new(i);
            if self.scanned[i] || func.blocks.is_empty() || self.pending.contains_key(&f) {
                continue;
            }
            self.scanned[i] = true;
            for inst in func.blocks.iter().flat_map(|b| &b.insts) {
                match &inst.data {
                    InstData::Call { callee: Callee::Func(f), .. } | InstData::FuncAddr { func: f, .. } => {
                        found.push(*f)
                    }
                    InstData::CallMethod { method, .. } => {
                        let name = module
                            .classes
                            .get(method.class.index())
                            .and_then(|c| c.methods.get(method.method as usize))
                            .map(|m| &m.name);
                        if let Some(name) = name
                            && !self.called.contains(name)
                        {
                            self.called.insert(name.clone());
                        }
                    }
                    _ => {}
                }
            }
        }
        // Every method of a called name, of any class: classes made during translation (lambdas)
        // name default methods of the library.
        for m in module.classes.iter().flat_map(|c| &c.methods) {
            if let Some(f) = m.func
                && self.pending.contains_key(&f)
                && self.called.contains(&m.name)
            {
                found.push(f);
            }
        }
        found.extend(module.exports.iter().map(|e| e.func));
        if let Some(Callee::Func(f)) = module.any_hook {
            found.push(f);
        }
        let mut out: Vec<usize> = found.into_iter().filter_map(|f| self.pending.remove(&f)).collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The functions never reached.
    pub fn unreached(&self) -> impl Iterator<Item = FuncId> + '_ {
        self.pending.keys().copied()
    }
}

/// The body of a method never reached: it traps if called (it never is).
pub fn unreached_body(module: &Module, f: FuncId) -> rootir::Function {
    let old = &module.functions[f.index()];
    let mut b = FunctionBuilder::new(old.name.clone(), old.sig.clone());
    b.unreachable();
    b.finish()
}
