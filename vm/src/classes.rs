//! Classes at run time: heap layouts, subtype displays, vtables and itables, built once when a
//! module is loaded.
//!
//! - **Subtype test** (`obj.instanceof`, `obj.cast`, the receiver and field checks): every class
//!   has a *display*, its superclass chain root first, so `C` is an ancestor of `D` exactly when
//!   `D.display[depth(C)] == C`: one bounds check and one load.
//! - **Virtual calls**: a vtable per class, one VM function per slot. A subclass copies its
//!   superclass's vtable, overrides replace slots by method name, new methods append; so a method
//!   keeps its slot down the hierarchy and `call.virtual C.m` compiles to a fixed slot.
//! - **Interface calls**: an itable per class, a short list of `(interface, functions by the
//!   interface's method index)` over every interface the class or a superclass implements, built
//!   from the class's own vtable (so overrides are seen). `call.interface` scans it for the
//!   interface: classes implement few interfaces, and the scan is cheaper than a global
//!   interface-method numbering's hash or sparse table.

use std::collections::HashMap;

use rootir::{ClassId, Module, Type};
use vmalloc::{ClassLayout, Heap};

/// A class or interface of a loaded module.
#[derive(Debug)]
pub(crate) struct VmClass {
    /// The heap's id of its instances' layout.
    pub heap_id: vmalloc::ClassId,
    pub is_interface: bool,
    /// VM class indices of its superclass chain, root first, itself last.
    pub display: Box<[u32]>,
    /// VM function of each vtable slot.
    pub vtable: Box<[u32]>,
    /// Every interface implemented, with the VM function of each of its methods.
    pub itable: Box<[(u32, Box<[u32]>)]>,
}

impl VmClass {
    /// Whether instances of `self` are instances of class or interface `target`.
    #[inline]
    pub fn is_subtype_of(&self, target: u32, classes: &[VmClass]) -> bool {
        match classes.get(target as usize) {
            Some(t) if t.is_interface => self.itable.iter().any(|(i, _)| *i == target),
            Some(t) => self.display.get(t.display.len() - 1) == Some(&target),
            None => false,
        }
    }
}

/// How the compiler names the classes, fields and methods of one module.
#[derive(Debug, Default)]
pub(crate) struct ModuleClasses {
    /// VM index of the module's class 0.
    pub base: u32,
    /// Heap field slot of each declared field, by class then field.
    pub field_slot: Vec<Vec<u32>>,
    /// Vtable slot of each method of a class (the method index for an interface's).
    pub method_slot: Vec<Vec<u32>>,
}

/// Defines the classes of a verified module: heap layouts, displays, vtables and itables.
/// `classes` and `by_heap` (heap id → VM index) grow; `func_base` is the module's first VM function.
pub(crate) fn link_classes(
    m: &Module,
    func_base: u32,
    heap: &mut Heap,
    classes: &mut Vec<VmClass>,
    by_heap: &mut Vec<u32>,
) -> Result<ModuleClasses, vmalloc::HeapError> {
    let base = classes.len() as u32;
    let n = m.classes.len();
    // Superclasses first: order by depth (verified chains are acyclic and in range).
    let chains: Vec<Vec<ClassId>> = (0..n).map(|i| m.class_chain(ClassId::new(i)).unwrap_or_default()).collect();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| chains[i].len());
    let mut out = ModuleClasses { base, field_slot: vec![Vec::new(); n], method_slot: vec![Vec::new(); n] };
    let mut layouts: Vec<Vec<Type>> = vec![Vec::new(); n];
    let mut names: Vec<HashMap<&str, u32>> = vec![HashMap::new(); n];
    let mut built: Vec<Option<VmClass>> = (0..n).map(|_| None).collect();
    for &i in &order {
        let class = &m.classes[i];
        let sup = class.superclass.map(|s| s.index());
        let (mut fields, mut slots, mut vtable, mut display) = match sup {
            Some(s) => {
                let sc = built[s].as_ref().expect("superclasses are built first");
                (layouts[s].clone(), names[s].clone(), sc.vtable.to_vec(), sc.display.to_vec())
            }
            None => Default::default(),
        };
        display.push(base + i as u32);
        out.field_slot[i] = (0..class.fields.len()).map(|k| (fields.len() + k) as u32).collect();
        fields.extend(class.fields.iter().map(|f| f.ty));
        for (k, method) in class.methods.iter().enumerate() {
            if class.is_interface {
                out.method_slot[i].push(k as u32);
                continue;
            }
            let func = func_base + method.func.map_or(0, |f| f.0);
            let slot = match slots.get(method.name.as_str()) {
                Some(&slot) => {
                    vtable[slot as usize] = func;
                    slot
                }
                None => {
                    vtable.push(func);
                    let slot = (vtable.len() - 1) as u32;
                    slots.insert(method.name.as_str(), slot);
                    slot
                }
            };
            out.method_slot[i].push(slot);
        }
        // Every interface of the superclass chain, resolved against this class's vtable.
        let mut ifaces: Vec<ClassId> = Vec::new();
        for c in &chains[i] {
            for &iface in &m.classes[c.index()].interfaces {
                if !ifaces.contains(&iface) {
                    ifaces.push(iface);
                }
            }
        }
        let itable = ifaces
            .iter()
            .map(|&iface| {
                let funcs = m.classes[iface.index()]
                    .methods
                    .iter()
                    .map(|im| slots.get(im.name.as_str()).map_or(0, |&s| vtable[s as usize]))
                    .collect();
                (base + iface.0, funcs)
            })
            .collect();
        let heap_id = heap.define_class(ClassLayout { name: class.name.clone(), fields: fields.clone() })?;
        let index = heap_id.0 as usize;
        if by_heap.len() <= index {
            by_heap.resize(index + 1, u32::MAX);
        }
        by_heap[index] = base + i as u32;
        layouts[i] = fields;
        names[i] = slots;
        built[i] = Some(VmClass {
            heap_id,
            is_interface: class.is_interface,
            display: display.into(),
            vtable: vtable.into(),
            itable,
        });
    }
    classes.extend(built.into_iter().map(|c| c.expect("every class is built")));
    Ok(out)
}
