//! Array class tags: an array may carry the object that stands for its class in the guest's
//! language (a Java `Class` such as `[Ljava.lang.String;`). The tag is a `u32` in the array's
//! table entry (its padding, so entries stay 40 bytes): 0 for an untagged array, else one plus
//! an index into a table of interned class objects. Interned objects are roots of every
//! collection (a frontend's class objects live as long as the program anyway), so a tag never
//! dangles and the collector does not look at tags.

use crate::heap::Slot;
use crate::object::Object;
use crate::{Heap, HeapError, ObjectKind, Ref};
use std::collections::HashMap;

/// The interned class objects of array tags.
#[derive(Debug, Default)]
pub(crate) struct ArrayClasses {
    /// Tag − 1 → the class object's reference bits.
    objects: Vec<u64>,
    /// The class object's reference bits → tag.
    tags: HashMap<u64, u32>,
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
}
