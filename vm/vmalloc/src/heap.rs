//! The heap: the object table, allocation under the limit, and checked lookup.

use crate::array::{ArrayData, ElemType};
use crate::class::{ClassInfo, ClassLayout};
use crate::config::stress_from_env;
use crate::handle::MAX_GENERATION;
use crate::object::Object;
use crate::rooted::{HandleTable, Rooted};
use crate::string::GcString;
use crate::{ClassId, HeapConfig, HeapError, Ref, Roots};
use rootir::Type;
use std::sync::Arc;

/// One entry of the object table.
#[derive(Debug)]
pub(crate) struct Slot {
    /// The generation a reference to this entry must carry (bumped when the entry is freed).
    pub generation: u16,
    /// The class tag of an array (`array_class.rs`; 0 for untagged arrays and other objects).
    /// It sits in the entry's padding, so the entry stays 40 bytes.
    pub tag: u32,
    pub object: Option<Object>,
}

/// Bytes charged for every object: its table entry.
pub(crate) const HEADER_BYTES: u64 = std::mem::size_of::<Slot>() as u64;

/// Counters of the collector's work.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct GcStats {
    /// Collections run.
    pub collections: u64,
    /// Objects freed, over all collections.
    pub objects_freed: u64,
    /// Bytes freed, over all collections.
    pub bytes_freed: u64,
}

/// A garbage-collected heap: objects addressed by checked [`Ref`]s, a byte limit, and a
/// precise mark-sweep collector whose roots the caller supplies at each allocation.
pub struct Heap {
    pub(crate) slots: Vec<Slot>,
    /// Free table entries (LIFO).
    pub(crate) free: Vec<u32>,
    pub(crate) marks: Vec<u64>,
    pub(crate) mark_stack: Vec<u32>,
    pub(crate) classes: Vec<ClassInfo>,
    pub(crate) handles: Arc<HandleTable>,
    pub(crate) bytes: u64,
    pub(crate) peak: u64,
    pub(crate) next_gc: u64,
    pub(crate) live: usize,
    pub(crate) stats: GcStats,
    pub(crate) array_classes: crate::array_class::ArrayClasses,
    config: HeapConfig,
}

impl Heap {
    /// An empty heap. Stress mode is on if the config asks for it or `ROOTVM_GC_STRESS=1`.
    pub fn new(mut config: HeapConfig) -> Heap {
        config.stress |= stress_from_env();
        Heap {
            slots: Vec::new(),
            free: Vec::new(),
            marks: Vec::new(),
            mark_stack: Vec::new(),
            classes: Vec::new(),
            handles: Arc::default(),
            bytes: 0,
            peak: 0,
            next_gc: config.min_trigger_bytes.min(config.limit_bytes),
            live: 0,
            stats: GcStats::default(),
            array_classes: Default::default(),
            config,
        }
    }

    /// The configuration (with stress mode as resolved at creation).
    pub fn config(&self) -> &HeapConfig {
        &self.config
    }

    /// Bytes taken by live (or not yet collected) objects.
    pub fn bytes_in_use(&self) -> u64 {
        self.bytes
    }

    /// The most bytes ever in use.
    pub fn peak_bytes(&self) -> u64 {
        self.peak
    }

    /// Objects allocated and not yet freed.
    pub fn object_count(&self) -> usize {
        self.live
    }

    /// The collector's counters.
    pub fn stats(&self) -> GcStats {
        self.stats
    }

    /// Defines a class; instances get one zeroed slot per field.
    pub fn define_class(&mut self, layout: ClassLayout) -> Result<ClassId, HeapError> {
        let id = u32::try_from(self.classes.len()).map_err(|_| HeapError::OutOfMemory)?;
        self.classes.push(ClassInfo::new(layout));
        Ok(ClassId(id))
    }

    /// The layout of a defined class.
    pub fn class_layout(&self, class: ClassId) -> Option<&ClassLayout> {
        self.classes.get(class.0 as usize).map(|c| &c.layout)
    }

    /// Holds `r` for the host: the object stays alive until the handle is dropped.
    /// Fails if `r` is not null and not a live object.
    pub fn root(&self, r: Ref) -> Result<Rooted, HeapError> {
        if !r.is_null() {
            self.object(r)?;
        }
        Ok(Rooted::new(&self.handles, r.bits()))
    }

    /// Holds the `any` slot `bits` for the host (a reference in it stays alive until the handle
    /// is dropped). Fails if it is a reference that is not a live object.
    pub fn root_any(&self, bits: u64) -> Result<Rooted, HeapError> {
        if let Some(r) = crate::Any::from_bits(bits).as_ref()
            && !r.is_null()
        {
            self.object(r)?;
        }
        Ok(Rooted::new(&self.handles, bits))
    }

    /// The slot bits `handle` holds, if it is a handle of this heap (`InvalidReference` for a
    /// handle of another heap).
    pub fn resolve(&self, handle: &Rooted) -> Result<u64, HeapError> {
        if handle.is_of(&self.handles) { Ok(handle.bits()) } else { Err(HeapError::InvalidReference) }
    }

    /// The number of host handles alive.
    pub fn handle_count(&self) -> usize {
        self.handles.len()
    }

    /// The live object `r` refers to.
    #[inline]
    pub(crate) fn object(&self, r: Ref) -> Result<&Object, HeapError> {
        let (index, generation) =
            r.parts().ok_or(if r.is_null() { HeapError::NullReference } else { HeapError::InvalidReference })?;
        match self.slots.get(index as usize) {
            Some(Slot { generation: g, object: Some(o), .. }) if *g == generation => Ok(o),
            _ => Err(HeapError::InvalidReference),
        }
    }

    /// The live object `r` refers to, mutably.
    #[inline]
    pub(crate) fn object_mut(&mut self, r: Ref) -> Result<&mut Object, HeapError> {
        let (index, generation) =
            r.parts().ok_or(if r.is_null() { HeapError::NullReference } else { HeapError::InvalidReference })?;
        match self.slots.get_mut(index as usize) {
            Some(Slot { generation: g, object: Some(o), .. }) if *g == generation => Ok(o),
            _ => Err(HeapError::InvalidReference),
        }
    }

    /// Makes room for `size` bytes, collecting first if the trigger or the limit says so.
    /// `extra` are slots (the new object's initial contents) kept alive by this collection.
    fn reserve(&mut self, size: u64, roots: &dyn Roots, extra: &[u64]) -> Result<(), HeapError> {
        self.reserve_within(size, roots, extra, self.config.limit_bytes)
    }

    /// [`Heap::reserve`] against `limit` rather than the configured limit (trap objects may use
    /// a small reserve above it, see `trap.rs`).
    pub(crate) fn reserve_within(
        &mut self,
        size: u64,
        roots: &dyn Roots,
        extra: &[u64],
        limit: u64,
    ) -> Result<(), HeapError> {
        if size > limit {
            return Err(HeapError::OutOfMemory);
        }
        let needed = self.bytes.saturating_add(size);
        if self.config.stress || needed > self.next_gc {
            self.collect_with(roots, extra);
        }
        if self.bytes.saturating_add(size) > limit {
            return Err(HeapError::OutOfMemory);
        }
        Ok(())
    }

    /// Puts an object of `size` bytes (already reserved) into the table.
    pub(crate) fn insert(&mut self, object: Object, size: u64) -> Result<Ref, HeapError> {
        let index = match self.free.pop() {
            Some(i) => {
                let slot = &mut self.slots[i as usize];
                slot.object = Some(object);
                slot.tag = 0;
                i
            }
            None => {
                let i = u32::try_from(self.slots.len()).map_err(|_| HeapError::OutOfMemory)?;
                self.slots.try_reserve(1).map_err(|_| HeapError::OutOfMemory)?;
                self.slots.push(Slot { generation: 1, tag: 0, object: Some(object) });
                i
            }
        };
        self.bytes += size;
        self.peak = self.peak.max(self.bytes);
        self.live += 1;
        Ok(Ref::new(index, self.slots[index as usize].generation))
    }

    /// Frees table entry `index` (which holds an object of `size` bytes).
    pub(crate) fn release(&mut self, index: usize, size: u64) {
        let slot = &mut self.slots[index];
        slot.object = None;
        slot.tag = 0;
        self.bytes -= size;
        self.live -= 1;
        if slot.generation < MAX_GENERATION {
            slot.generation += 1;
            self.free.push(index as u32);
        }
        // An entry at the last generation is retired, so no reference is ever reused.
    }

    /// Allocates an instance of `class` with zeroed fields (null, none, 0).
    pub fn alloc_instance(&mut self, class: ClassId, roots: &dyn Roots) -> Result<Ref, HeapError> {
        let n = self.classes.get(class.0 as usize).ok_or(HeapError::UnknownClass)?.layout.fields.len();
        let size = HEADER_BYTES + 8 * n as u64;
        self.reserve(size, roots, &[])?;
        let object = Object::Instance { class, fields: vec![0; n].into_boxed_slice() };
        self.insert(object, size)
    }

    /// Allocates a zeroed array of `len` elements. A length whose size overflows or exceeds
    /// the limit gives `OutOfMemory`.
    pub fn alloc_array(&mut self, elem: ElemType, len: u64, roots: &dyn Roots) -> Result<Ref, HeapError> {
        let size = array_bytes(elem, len).ok_or(HeapError::OutOfMemory)?;
        let len = usize::try_from(len).map_err(|_| HeapError::OutOfMemory)?;
        self.reserve(size, roots, &[])?;
        let data = ArrayData::new(elem, len)?;
        self.insert(Object::Array(data), size)
    }

    /// Allocates a string of a Rust string's characters.
    pub fn alloc_string(&mut self, s: &str, roots: &dyn Roots) -> Result<Ref, HeapError> {
        self.alloc_gc_string(GcString::from_str(s), roots)
    }

    /// Allocates a string from UTF-16 units (Java's view); see [`Heap::string_utf16_at`].
    pub fn alloc_string_utf16(&mut self, units: &[u16], roots: &dyn Roots) -> Result<Ref, HeapError> {
        self.alloc_gc_string(GcString::from_utf16(units), roots)
    }

    /// Allocates a string from code points (Python's view; lone surrogates allowed).
    /// A value above U+10FFFF gives `InvalidValue`.
    pub fn alloc_string_code_points(&mut self, cps: &[u32], roots: &dyn Roots) -> Result<Ref, HeapError> {
        self.alloc_gc_string(GcString::from_code_points(cps)?, roots)
    }

    /// Allocates the concatenation of strings `a` and `b` (copying their stored units).
    pub fn alloc_string_concat(&mut self, a: Ref, b: Ref, roots: &dyn Roots) -> Result<Ref, HeapError> {
        let s = self.string(a)?.concat(self.string(b)?);
        self.alloc_gc_string(s, roots)
    }

    fn alloc_gc_string(&mut self, s: GcString, roots: &dyn Roots) -> Result<Ref, HeapError> {
        let size = HEADER_BYTES + std::mem::size_of::<GcString>() as u64 + s.payload_bytes();
        self.reserve(size, roots, &[])?;
        self.insert(Object::String(Box::new(s)), size)
    }

    /// Allocates a box holding a value of type `ty` in its slot encoding (traced if `ty` is
    /// `ref` or `any`).
    pub fn alloc_boxed(&mut self, ty: Type, bits: u64, roots: &dyn Roots) -> Result<Ref, HeapError> {
        let keep = [bits];
        let traced = matches!(ty, Type::Ref | Type::Any);
        self.reserve(HEADER_BYTES, roots, if traced { &keep } else { &[] })?;
        self.insert(Object::Boxed { ty, bits }, HEADER_BYTES)
    }

    /// Allocates a closure of function `func` capturing `captured` (`any` slots; they stay
    /// alive through any collection this allocation runs).
    pub fn alloc_closure(&mut self, func: u32, captured: &[u64], roots: &dyn Roots) -> Result<Ref, HeapError> {
        let size = (captured.len() as u64).checked_mul(8).and_then(|b| b.checked_add(HEADER_BYTES));
        let size = size.ok_or(HeapError::OutOfMemory)?;
        self.reserve(size, roots, captured)?;
        self.insert(Object::Closure { func, captured: captured.into() }, size)
    }

    /// Allocates an opaque host object carrying the host's `payload` (e.g. an index into a
    /// host-side table).
    pub fn alloc_host(&mut self, payload: u64, roots: &dyn Roots) -> Result<Ref, HeapError> {
        self.reserve(HEADER_BYTES, roots, &[])?;
        self.insert(Object::Host { payload }, HEADER_BYTES)
    }
}

/// Bytes of an array object, if they fit in a `u64` and the length in a `u32`.
fn array_bytes(elem: ElemType, len: u64) -> Option<u64> {
    if len > u32::MAX as u64 {
        return None;
    }
    len.checked_mul(elem.size())?.checked_add(HEADER_BYTES)
}

/// Bytes charged for `object` (the same figure its allocation reserved).
pub(crate) fn object_bytes(object: &Object) -> u64 {
    HEADER_BYTES
        + match object {
            Object::Instance { fields, .. } => 8 * fields.len() as u64,
            Object::Array(a) => a.elem_type().size() * a.len() as u64,
            Object::String(s) => std::mem::size_of::<GcString>() as u64 + s.payload_bytes(),
            Object::Closure { captured, .. } => 8 * captured.len() as u64,
            Object::Boxed { .. } | Object::Host { .. } => 0,
            Object::Trap { .. } => crate::trap::TRAP_FIELD_BYTES,
        }
}

#[cfg(test)]
mod tests {
    /// The per-object charge `docs/gc.md` quotes.
    #[test]
    fn table_entries_are_40_bytes() {
        assert_eq!(super::HEADER_BYTES, 40);
    }
}
