//! The meaning of the object operations (`obj.*`) and the receiver lookup of `call.virtual` and
//! `call.interface`. Safe functions over the heap and the class tables; the interpreter reads
//! and writes the registers (see `exec.rs`).

use crate::classes::VmClass;
use crate::heap_ops::trap_of;
use rootir::TrapCode;
use vmalloc::{Heap, HeapError, Ref, Roots};

/// The class tables of the VM.
#[derive(Copy, Clone)]
pub(crate) struct Classes<'a> {
    /// By VM class index.
    pub classes: &'a [VmClass],
    /// Heap class id → VM class index (`u32::MAX` for classes the VM did not define).
    pub by_heap: &'a [u32],
}

impl<'a> Classes<'a> {
    /// The VM class of instance `r`: traps on null and dead references, `ClassCast` for an object
    /// that is not an instance of a VM class.
    #[inline]
    pub fn class_of(self, heap: &Heap, r: u64) -> Result<&'a VmClass, TrapCode> {
        if r == 0 {
            return Err(TrapCode::NullReference);
        }
        let id = heap.class_of(Ref::from_bits(r)).map_err(|e| match e {
            HeapError::WrongKind { .. } => TrapCode::ClassCast,
            e => trap_of(e),
        })?;
        let index = self.by_heap.get(id.0 as usize).copied().ok_or(TrapCode::ClassCast)?;
        self.classes.get(index as usize).ok_or(TrapCode::ClassCast)
    }

    /// The VM class of `r` after checking it is an instance of `target` (or a subtype).
    #[inline]
    pub fn instance_of(self, heap: &Heap, r: u64, target: u32) -> Result<&'a VmClass, TrapCode> {
        let class = self.class_of(heap, r)?;
        if class.is_subtype_of(target, self.classes) { Ok(class) } else { Err(TrapCode::ClassCast) }
    }
}

/// `obj.new`
pub(crate) fn obj_new(heap: &mut Heap, classes: Classes<'_>, roots: &dyn Roots, c: u32) -> Result<u64, TrapCode> {
    let class = classes.classes.get(c as usize).ok_or(TrapCode::InvalidReference)?;
    heap.alloc_instance(class.heap_id, roots).map(Ref::bits).map_err(trap_of)
}

/// `obj.get`
pub(crate) fn obj_get(heap: &Heap, classes: Classes<'_>, a: u64, c: u32, slot: u32) -> Result<u64, TrapCode> {
    classes.instance_of(heap, a, c)?;
    heap.field(Ref::from_bits(a), slot).map_err(trap_of)
}

/// `obj.set`
pub(crate) fn obj_set(
    heap: &mut Heap,
    classes: Classes<'_>,
    a: u64,
    c: u32,
    slot: u32,
    v: u64,
) -> Result<(), TrapCode> {
    classes.instance_of(heap, a, c)?;
    heap.set_field(Ref::from_bits(a), slot, v).map_err(trap_of)
}

/// `obj.instanceof`: 0 for null and for objects that are not instances.
pub(crate) fn obj_instanceof(heap: &Heap, classes: Classes<'_>, a: u64, c: u32) -> Result<i32, TrapCode> {
    match classes.instance_of(heap, a, c) {
        Ok(_) => Ok(1),
        Err(TrapCode::ClassCast | TrapCode::NullReference) => Ok(0),
        Err(e) => Err(e),
    }
}

/// `obj.cast`: null passes.
pub(crate) fn obj_cast(heap: &Heap, classes: Classes<'_>, a: u64, c: u32) -> Result<u64, TrapCode> {
    match classes.instance_of(heap, a, c) {
        Ok(_) | Err(TrapCode::NullReference) => Ok(a),
        Err(e) => Err(e),
    }
}

/// The VM function `call.virtual` reaches: vtable slot `slot` of the receiver's class, after
/// checking the receiver is an instance of class `c`.
#[inline]
pub(crate) fn virtual_target(heap: &Heap, classes: Classes<'_>, recv: u64, c: u32, slot: u32) -> Result<u32, TrapCode> {
    let class = classes.instance_of(heap, recv, c)?;
    class.vtable.get(slot as usize).copied().ok_or(TrapCode::ClassCast)
}

/// The VM function `call.interface` reaches: method `m` of interface `i` in the receiver's itable.
#[inline]
pub(crate) fn interface_target(heap: &Heap, classes: Classes<'_>, recv: u64, i: u32, m: u32) -> Result<u32, TrapCode> {
    let class = classes.class_of(heap, recv)?;
    let (_, funcs) = class.itable.iter().find(|(iface, _)| *iface == i).ok_or(TrapCode::ClassCast)?;
    funcs.get(m as usize).copied().ok_or(TrapCode::ClassCast)
}
