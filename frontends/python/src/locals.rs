//! `vars()` and `locals()` without arguments in a function: a new dict of the function's
//! variables that are bound where it is called (parameters and locals in the order of their
//! slots, then the variables shared with nested functions, then the enclosing functions'
//! variables it uses), as CPython's `locals()` snapshot.

use crate::cx::{Cx, R};
use rootir::{Opcode, Type};

impl<'a> Cx<'_, 'a> {
    /// Pushes the dict of the bound variables of the function being compiled.
    pub(crate) fn locals_dict(&mut self) -> R {
        if self.f.is_module {
            return self.err("`vars()` and `locals()` at module level are not supported yet");
        }
        let mut slots: Vec<(&String, &u32)> = self.f.names.iter().filter(|(n, _)| !n.starts_with(['<', '.'])).collect();
        slots.sort_by_key(|&(_, &l)| l);
        let mut names: Vec<String> = slots.into_iter().map(|(n, _)| n.clone()).collect();
        let mut cells: Vec<(&String, &u32)> = self.f.cells.iter().collect();
        cells.sort_by_key(|&(_, &l)| l);
        for (n, _) in cells {
            if !names.contains(n) && !n.starts_with('<') {
                names.push(n.clone());
            }
        }
        for n in &self.f.free {
            if !names.contains(n) {
                names.push(n.clone());
            }
        }
        self.host("dict_new");
        let d = self.f.temp(Type::Any);
        self.f.store(d);
        let v = self.f.temp(Type::Any);
        for name in names {
            self.load_name(&name)?;
            self.f.store(v);
            self.f.load(v);
            self.f.op(Opcode::AnyValid);
            self.f.op(Opcode::I32Eqz);
            let unbound = self.f.branch_if(u32::MAX);
            self.f.load(d);
            self.str_const(&name);
            self.f.load(v);
            self.host("dict_set");
            self.f.patch_here(unbound);
        }
        self.f.load(d);
        Ok(())
    }
}
