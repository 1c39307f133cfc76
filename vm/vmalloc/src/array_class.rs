//! Array class tags: an array may carry the object that stands for its class in the guest's
//! language (a Java `Class` such as `[Ljava.lang.String;`). The tag is a `u32` in the array's
//! table entry (its padding, so entries stay 40 bytes): 0 for an untagged array, else one plus
//! an index into a table of interned class objects. Interned objects are roots of every
//! collection (a frontend's class objects live as long as the program anyway), so a tag never
//! dangles and the collector does not look at tags.
//!
//! The heap also keeps a small cache of approved stores into tagged arrays (Java's `aastore`
//! check): pairs (array tag, type key of the stored value) that the guest's own check has
//! allowed ([`Heap::approve_array_store`]). A type key names a value's dynamic type without
//! naming the object (an instance's class, a string, an array's tag or element type), and tags
//! and classes never change meaning, so an approved pair stays true for the heap's lifetime.

use crate::heap::Slot;
use crate::object::Object;
use crate::{Heap, HeapError, ObjectKind, Ref};
use std::collections::HashMap;

/// Entries of the approved-store cache (direct-mapped; a power of two).
const STORE_CACHE: usize = 256;

/// The interned class objects of array tags.
#[derive(Debug, Default)]
pub(crate) struct ArrayClasses {
    /// Tag − 1 → the class object's reference bits.
    objects: Vec<u64>,
    /// The class object's reference bits → tag.
    tags: HashMap<u64, u32>,
    /// Approved stores, (array tag, value type key), at [`store_index`]; (0, 0) is empty.
    /// Empty until the first approval.
    stores: Vec<(u32, u64)>,
}

/// The cache entry of the pair (`tag`, `key`).
fn store_index(tag: u32, key: u64) -> usize {
    let h = (u64::from(tag).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ key).wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    (h >> 56) as usize & (STORE_CACHE - 1)
}

impl ArrayClasses {
    /// Calls `f` with every interned class object (roots of a collection).
    pub fn for_each(&self, f: &mut impl FnMut(u64)) {
        self.objects.iter().for_each(|&b| f(b));
    }

    /// The tag of class object `bits`, interned on first use.
    fn intern(&mut self, bits: u64) -> Result<u32, HeapError> {
        if let Some(&t) = self.tags.get(&bits) {
            return Ok(t);
        }
        let tag = u32::try_from(self.objects.len() + 1).map_err(|_| HeapError::OutOfMemory)?;
        self.objects.try_reserve(1).map_err(|_| HeapError::OutOfMemory)?;
        self.objects.push(bits);
        self.tags.insert(bits, tag);
        Ok(tag)
    }
}

impl Heap {
    /// The live table entry of `r` (`None` for null, a dangling or a bad reference).
    #[inline(always)]
    fn live_slot(&self, r: Ref) -> Option<&Slot> {
        let (index, generation) = r.parts()?;
        self.slots.get(index as usize).filter(|s| s.generation == generation && s.object.is_some())
    }

    /// The type key of value `v`: its class for an instance, one key for every string, its tag
    /// (else its element type) for an array; `None` for null and other objects.
    #[inline(always)]
    fn store_key(&self, v: Ref) -> Option<u64> {
        let slot = self.live_slot(v)?;
        Some(match slot.object.as_ref()? {
            Object::Instance { class, .. } => (1 << 32) | u64::from(class.0),
            Object::String(_) => 2 << 32,
            Object::Array(_) if slot.tag != 0 => (3 << 32) | u64::from(slot.tag),
            Object::Array(a) => (4 << 32) | a.elem_type() as u64,
            _ => return None,
        })
    }

    /// Whether storing `v` into array `a` needs no check by the guest: `v` is null, `a` is not
    /// a tagged array (untagged, null, not an array: the store itself decides), or the pair of
    /// `a`'s tag and `v`'s type was approved ([`Heap::approve_array_store`]).
    #[inline]
    pub fn array_store_known(&self, a: Ref, v: Ref) -> bool {
        if v.is_null() {
            return true;
        }
        let tag = match self.live_slot(a) {
            Some(s) if s.tag != 0 => s.tag,
            _ => return true,
        };
        let Some(key) = self.store_key(v) else { return false };
        self.array_classes.stores.get(store_index(tag, key)) == Some(&(tag, key))
    }

    /// Records that values of `v`'s type may be stored into arrays of `a`'s class (the
    /// guest checked it); nothing for an untagged array or a value without a type key.
    pub fn approve_array_store(&mut self, a: Ref, v: Ref) -> Result<(), HeapError> {
        let tag = match self.live_slot(a) {
            Some(s) if s.tag != 0 => s.tag,
            _ => return Ok(()),
        };
        let Some(key) = self.store_key(v) else { return Ok(()) };
        let stores = &mut self.array_classes.stores;
        if stores.is_empty() {
            stores.try_reserve_exact(STORE_CACHE).map_err(|_| HeapError::OutOfMemory)?;
            stores.resize(STORE_CACHE, (0, 0));
        }
        stores[store_index(tag, key)] = (tag, key);
        Ok(())
    }

    /// The table entry of array `r` (`WrongKind` for another object).
    fn array_slot_mut(&mut self, r: Ref) -> Result<&mut Slot, HeapError> {
        let found = self.object(r)?.kind();
        if found != ObjectKind::Array {
            return Err(HeapError::WrongKind { expected: ObjectKind::Array, found });
        }
        let (index, _) = r.parts().ok_or(HeapError::InvalidReference)?;
        Ok(&mut self.slots[index as usize])
    }

    /// Tags array `r` with the class object `class` (null removes the tag). The class object
    /// stays alive as long as the heap.
    pub fn set_array_class(&mut self, r: Ref, class: Ref) -> Result<(), HeapError> {
        let tag = if class.is_null() {
            0
        } else {
            self.object(class)?;
            self.array_classes.intern(class.bits())?
        };
        self.array_slot_mut(r)?.tag = tag;
        Ok(())
    }

    /// The class object array `r` was tagged with (null for an untagged array).
    pub fn array_class(&self, r: Ref) -> Result<Ref, HeapError> {
        let object = self.object(r)?;
        if !matches!(object, Object::Array(_)) {
            return Err(HeapError::WrongKind { expected: ObjectKind::Array, found: object.kind() });
        }
        let (index, _) = r.parts().ok_or(HeapError::InvalidReference)?;
        let tag = self.slots[index as usize].tag;
        Ok(match tag.checked_sub(1) {
            Some(i) => Ref::from_bits(self.array_classes.objects[i as usize]),
            None => Ref::NULL,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::{ClassLayout, ElemType, Heap, HeapConfig, HeapError, Ref};

    /// A tag survives collections (its class object is kept alive), is read back, is not
    /// carried over to an object that reuses the entry, and is refused on non-arrays.
    #[test]
    fn tags_are_kept_read_and_cleared() {
        let mut heap = Heap::new(HeapConfig::default());
        let c = heap.define_class(ClassLayout { name: "C".into(), fields: vec![] }).unwrap();
        let a = heap.alloc_array(ElemType::I32, 3, &()).unwrap();
        let a = heap.root(a).unwrap();
        // Tagged before any other allocation: only the tag keeps it (also under GC stress).
        let class = heap.alloc_instance(c, &()).unwrap();
        assert_eq!(heap.array_class(a.get()).unwrap(), Ref::NULL);
        heap.set_array_class(a.get(), class).unwrap();
        heap.collect(&());
        assert!(heap.is_live(class), "the class object of a tag is a root");
        assert_eq!(heap.array_class(a.get()).unwrap(), class);
        let other = heap.alloc_array(ElemType::Ref, 1, &()).unwrap();
        heap.set_array_class(other, class).unwrap();
        heap.collect(&());
        let again = heap.alloc_array(ElemType::Ref, 1, &()).unwrap();
        assert_eq!(heap.array_class(again).unwrap(), Ref::NULL, "a reused entry is untagged");
        assert!(matches!(heap.set_array_class(class, class), Err(HeapError::WrongKind { .. })));
        heap.set_array_class(a.get(), Ref::NULL).unwrap();
        assert_eq!(heap.array_class(a.get()).unwrap(), Ref::NULL);
    }

    /// Stores into untagged arrays and of null are known; into a tagged array only the
    /// approved pairs of (array class, value type), and a pair does not stand for another.
    #[test]
    fn approved_stores_are_known_per_array_class_and_value_type() {
        let mut heap = Heap::new(HeapConfig::default());
        let c = heap.define_class(ClassLayout { name: "C".into(), fields: vec![] }).unwrap();
        let d = heap.define_class(ClassLayout { name: "D".into(), fields: vec![] }).unwrap();
        // Every object is rooted as soon as it is made (the test also runs under GC stress).
        let mut kept = Vec::new();
        let mut keep = |heap: &mut Heap, r: Ref| {
            kept.push(heap.root(r).unwrap());
            r
        };
        let class_a = heap.alloc_instance(c, &()).unwrap();
        let class_a = keep(&mut heap, class_a);
        let class_b = heap.alloc_instance(c, &()).unwrap();
        let class_b = keep(&mut heap, class_b);
        let plain = heap.alloc_array(ElemType::Ref, 2, &()).unwrap();
        let plain = keep(&mut heap, plain);
        let a = heap.alloc_array(ElemType::Ref, 2, &()).unwrap();
        let a = keep(&mut heap, a);
        let b = heap.alloc_array(ElemType::Ref, 2, &()).unwrap();
        let b = keep(&mut heap, b);
        heap.set_array_class(a, class_a).unwrap();
        heap.set_array_class(b, class_b).unwrap();
        let x = heap.alloc_instance(c, &()).unwrap();
        let x = keep(&mut heap, x);
        let y = heap.alloc_instance(d, &()).unwrap();
        let y = keep(&mut heap, y);
        let s = heap.alloc_string("s", &()).unwrap();
        let s = keep(&mut heap, s);
        assert!(heap.array_store_known(plain, x) && heap.array_store_known(a, Ref::NULL));
        assert!(heap.array_store_known(Ref::NULL, x), "a null array: the store traps itself");
        assert!(!heap.array_store_known(a, x));
        heap.approve_array_store(a, x).unwrap();
        let x2 = heap.alloc_instance(c, &()).unwrap();
        let x2 = keep(&mut heap, x2);
        assert!(heap.array_store_known(a, x) && heap.array_store_known(a, x2), "per class, not per object");
        assert!(!heap.array_store_known(a, y) && !heap.array_store_known(b, x) && !heap.array_store_known(a, s));
        heap.approve_array_store(a, s).unwrap();
        assert!(heap.array_store_known(a, s) && !heap.array_store_known(b, s));
        assert!(!heap.array_store_known(a, b), "a tagged array value is keyed by its tag");
        heap.approve_array_store(a, b).unwrap();
        assert!(heap.array_store_known(a, b) && !heap.array_store_known(a, plain));
    }
}
