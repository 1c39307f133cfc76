//! What several Python modules in one VM share (docs/interop.md, "Python imports"): each
//! module's `__init` reserves its own ranges of the function table (`py.reg_func`,
//! `py.make_func`) and of the global-name table (`py.gname`, `py.chk`) with `py.reserve`, and
//! takes the exception box the first module made (`py.exc_box`), so a raised exception lands
//! where the module running at the time looks for it.

use crate::err::PyErr;
use crate::obj::UNBOUND;
use crate::{Io, def, def1};
use rootir::Type::{Any as A, I32, Ref as R};
use rootvm::Vm;
use std::sync::Arc;

/// Registers `py.reserve(kind, n) -> base` (kind 0: function slots, 1: global names, 2: the
/// next module number, from 1), `py.exc_box() -> ref` (the current exception box, or null) and
/// `py.module_attr(globals, base, name, module) -> value`: the module global called `name`, for
/// another module's `module.name` (AttributeError if it has none, or it is unbound).
pub(crate) fn register(vm: &mut Vm, io: &Arc<Io>) {
    def(vm, io, "reserve", &[I32, I32], &[I32], |h, a, o| {
        let n = a[1] as u32 as usize;
        let poisoned = || PyErr::new("SystemError", String::new());
        let base = if a[0] as u32 == 2 {
            let mut modules = h.io.modules.lock().map_err(|_| poisoned())?;
            *modules += 1;
            *modules
        } else if a[0] as u32 == 0 {
            let mut funcs = h.io.funcs.lock().map_err(|_| poisoned())?;
            let base = funcs.len();
            funcs.resize(base + n, -1);
            base
        } else {
            let mut names = h.io.names.lock().map_err(|_| poisoned())?;
            let base = names.len();
            names.resize(base + n, String::new());
            base
        };
        o[0] = u64::from(u32::try_from(base).map_err(|_| PyErr::new("MemoryError", String::new()))?);
        Ok(())
    });
    def1(vm, io, "module_attr", &[R, I32, A, A], |h, a| {
        let wanted = h.text(a[2])?;
        let base = a[1] as u32 as usize;
        let n = h.len(a[0])?;
        let names: Vec<String> = {
            let names = h.io.names.lock().map_err(|_| PyErr::new("SystemError", String::new()))?;
            names.iter().skip(base).take(n).cloned().collect()
        };
        if let Some(i) = names.iter().position(|name| *name == wanted) {
            let v = h.get(a[0], i)?;
            if v != UNBOUND {
                return Ok(v);
            }
        }
        let module = h.text(a[3])?;
        Err(PyErr::new("AttributeError", format!("module '{module}' has no attribute '{wanted}'")))
    });
    // `py.extern_arg` and `py.extern_done`: bytes and bytearrays handed to another language's
    // module (`extern_buf.rs`).
    crate::extern_buf::register(vm, io);
    def(vm, io, "exc_box", &[], &[R], |h, _, o| {
        o[0] = *h.io.exc_box.lock().map_err(|_| PyErr::new("SystemError", String::new()))?;
        Ok(())
    });
}
