//! Trap objects: what a handler catches when an instruction traps with a catchable trap (the
//! VM makes one holding the trap's stable number and a message string; docs/exceptions.md).

use crate::heap::HEADER_BYTES;
use crate::object::Object;
use crate::string::GcString;
use crate::{Heap, HeapError, ObjectKind, Ref, Roots};

/// Bytes charged for a trap object beyond its table entry (code and message reference).
pub(crate) const TRAP_FIELD_BYTES: u64 = 8;

/// How far above the heap limit trap objects may go, so that an out-of-memory trap can still be
/// delivered to a handler. The excess is transient: the trap objects are ordinary garbage once
/// the handler drops them, and every other allocation still obeys the limit.
pub const TRAP_RESERVE_BYTES: u64 = 4096;

/// The longest message a trap object keeps, in characters (longer ones are cut).
const MAX_MESSAGE_CHARS: usize = 256;

impl Heap {
    /// Allocates a trap object with stable number `code` and a message string (both objects at
    /// once, so no collection separates them). May exceed the limit by at most
    /// [`TRAP_RESERVE_BYTES`].
    pub fn alloc_trap(&mut self, code: i32, message: &str, roots: &dyn Roots) -> Result<Ref, HeapError> {
        let message: String = message.chars().take(MAX_MESSAGE_CHARS).collect();
        let text = GcString::from_str(&message);
        let text_size = HEADER_BYTES + std::mem::size_of::<GcString>() as u64 + text.payload_bytes();
        let trap_size = HEADER_BYTES + TRAP_FIELD_BYTES;
        let limit = self.config().limit_bytes.saturating_add(TRAP_RESERVE_BYTES);
        self.reserve_within(text_size + trap_size, roots, &[], limit)?;
        let text = self.insert(Object::String(Box::new(text)), text_size)?;
        self.insert(Object::Trap { code, message: text.bits() }, trap_size)
    }

    /// The stable number of a trap object.
    pub fn trap_code(&self, r: Ref) -> Result<i32, HeapError> {
        match self.object(r)? {
            Object::Trap { code, .. } => Ok(*code),
            o => Err(HeapError::WrongKind { expected: ObjectKind::Trap, found: o.kind() }),
        }
    }

    /// The message string of a trap object.
    pub fn trap_message(&self, r: Ref) -> Result<Ref, HeapError> {
        match self.object(r)? {
            Object::Trap { message, .. } => Ok(Ref::from_bits(*message)),
            o => Err(HeapError::WrongKind { expected: ObjectKind::Trap, found: o.kind() }),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Heap, HeapConfig, HeapError, ObjectKind, Ref};

    #[test]
    fn trap_objects_hold_code_and_message_and_keep_the_message_alive() {
        let mut heap = Heap::new(HeapConfig::default());
        let t = heap.alloc_trap(6, "null reference", &()).unwrap();
        let rooted = heap.root(t).unwrap();
        heap.collect(&());
        assert_eq!(heap.kind(t), Ok(ObjectKind::Trap));
        assert_eq!(heap.trap_code(t), Ok(6));
        let msg = heap.trap_message(t).unwrap();
        assert_eq!(heap.string_to_string(msg).unwrap(), "null reference");
        drop(rooted);
        heap.collect(&());
        assert!(!heap.is_live(t) && !heap.is_live(msg));
    }

    #[test]
    fn other_objects_are_not_trap_objects() {
        let mut heap = Heap::new(HeapConfig::default());
        let s = heap.alloc_string("x", &()).unwrap();
        assert!(matches!(heap.trap_code(s), Err(HeapError::WrongKind { .. })));
        assert_eq!(heap.trap_message(Ref::NULL), Err(HeapError::NullReference));
    }

    #[test]
    fn a_trap_object_fits_above_a_full_heap_but_not_without_bound() {
        let config = HeapConfig { limit_bytes: 1000, ..HeapConfig::default() };
        let mut heap = Heap::new(config);
        let mut held = Vec::new();
        while let Ok(a) = heap.alloc_array(crate::ElemType::I8, 100, &()) {
            held.push(heap.root(a).unwrap());
        }
        let t = heap.alloc_trap(9, "out of memory", &()).unwrap();
        assert_eq!(heap.trap_code(t), Ok(9));
        let mut extra = Vec::new();
        while let Ok(t) = heap.alloc_trap(9, "out of memory", &()) {
            extra.push(heap.root(t).unwrap());
        }
        assert!(heap.bytes_in_use() <= 1000 + super::TRAP_RESERVE_BYTES);
    }
}
