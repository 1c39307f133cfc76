//! A stand-in `py.import_module` until the runtime's module objects land (branch `pylib`
//! replaces this file): the frontend handles `sys` at compile time and binds linked modules
//! itself, so every module reaching the runtime is one it does not have.

use crate::err::PyErr;
use crate::{Io, def1};
use rootir::Type::Any as A;
use rootvm::Vm;
use std::sync::Arc;

/// Registers `py.import_module(name) -> module`, which raises `ModuleNotFoundError`.
pub(crate) fn register(vm: &mut Vm, io: &Arc<Io>) {
    def1(vm, io, "import_module", &[A], |h, a| {
        let name = h.text(a[0])?;
        Err(PyErr::new("ModuleNotFoundError", format!("No module named '{name}'")))
    });
}
