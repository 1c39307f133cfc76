//! Module-level checks on the linear memory and data segments.

use super::context::Errors;
use super::names::count;
use super::{Location, MAX_MEMORY};
use crate::Module;

/// Runs every check of this file.
pub(super) fn check(module: &Module, errs: &mut Errors) {
    check_memory_limits(module, errs);
    check_memory_max(module, errs);
    check_data_has_memory(module, errs);
    check_data_in_memory(module, errs);
}

/// The initial size is at most the maximum.
fn check_memory_limits(module: &Module, errs: &mut Errors) {
    if let Some(mem) = &module.memory
        && mem.initial > mem.max
    {
        let msg = format!("memory initial size {} is larger than its max {}", mem.initial, mem.max);
        errs.push(Location::Module, msg);
    }
}

/// The maximum is at most 4 GiB.
fn check_memory_max(module: &Module, errs: &mut Errors) {
    if let Some(mem) = &module.memory
        && mem.max > MAX_MEMORY
    {
        errs.push(Location::Module, format!("memory max {} is larger than 4 GiB ({MAX_MEMORY})", mem.max));
    }
}

/// Data segments need a memory to go to.
fn check_data_has_memory(module: &Module, errs: &mut Errors) {
    if module.memory.is_none() && !module.data.is_empty() {
        let n = count(module.data.len(), "data segment");
        errs.push(Location::Module, format!("the module has {n} but no memory"));
    }
}

/// Every data segment lies inside the memory's initial size.
fn check_data_in_memory(module: &Module, errs: &mut Errors) {
    let Some(mem) = &module.memory else { return };
    for (i, seg) in module.data.iter().enumerate() {
        let end = u64::try_from(seg.bytes.len()).ok().and_then(|len| seg.offset.checked_add(len));
        if end.is_none_or(|end| end > mem.initial) {
            let (offset, len) = (seg.offset, seg.bytes.len());
            let msg = format!(
                "data segment {i} (offset {offset}, {}) ends past the memory's initial size {}",
                count(len, "byte"),
                mem.initial
            );
            errs.push(Location::Module, msg);
        }
    }
}
