//! Exceptions on the heap side: the `exc.*` rows of the opcode table, and the conversions
//! between a catchable [`Trap`] and the trap object a handler receives (docs/exceptions.md).

use crate::heap_ops::{HeapCx, trap_of};
use crate::{Trap, TrapKind};
use rootir::{CALL_DEPTH_TRAP_NUMBER, TrapCode};
use vmalloc::{Heap, HeapError, Ref, Roots};

type R<T> = Result<T, TrapCode>;

/// `exc.trap_code`: the stable number of a trap object; 0 for null and other objects.
pub(crate) fn exc_trap_code(h: &mut HeapCx<'_>, a: u64) -> R<i32> {
    match h.heap.trap_code(Ref::from_bits(a)) {
        Ok(code) => Ok(code),
        Err(HeapError::NullReference | HeapError::WrongKind { .. }) => Ok(0),
        Err(e) => Err(trap_of(e)),
    }
}

/// `exc.trap_message`: the message string of a trap object; null for null and other objects.
pub(crate) fn exc_trap_message(h: &mut HeapCx<'_>, a: u64) -> R<u64> {
    match h.heap.trap_message(Ref::from_bits(a)) {
        Ok(message) => Ok(message.bits()),
        Err(HeapError::NullReference | HeapError::WrongKind { .. }) => Ok(Ref::NULL.bits()),
        Err(e) => Err(trap_of(e)),
    }
}

/// The stable number of a trap a handler may catch, or `None` if it ends the run.
pub(crate) fn catchable_number(kind: &TrapKind) -> Option<i32> {
    match kind {
        TrapKind::Code(code) if code.is_catchable() => Some(code.number()),
        TrapKind::CallDepthExceeded => Some(CALL_DEPTH_TRAP_NUMBER),
        _ => None,
    }
}

/// A trap object for a catchable trap with stable number `number`.
pub(crate) fn new_trap_object(heap: &mut Heap, roots: &dyn Roots, number: i32, trap: &Trap) -> Option<u64> {
    heap.alloc_trap(number, &trap.message, roots).ok().map(Ref::bits)
}

/// The trap that ends the run when `value` is thrown and nothing catches it: the original trap
/// for a trap object, else "uncaught exception" naming the object's class when it has one.
pub(crate) fn uncaught(heap: &Heap, class_name: impl Fn(Ref) -> Option<String>, value: u64) -> Trap {
    let r = Ref::from_bits(value);
    if let (Ok(number), Ok(message)) = (heap.trap_code(r), heap.trap_message(r)) {
        let message = heap.string_to_string(message).unwrap_or_default();
        let kind = match TrapCode::from_number(number) {
            Some(code) => TrapKind::Code(code),
            None => TrapKind::CallDepthExceeded,
        };
        return Trap::new(kind, message);
    }
    let message = match class_name(r) {
        Some(name) => format!("uncaught exception: {name}"),
        None => "uncaught exception".to_string(),
    };
    Trap::new(TrapKind::UncaughtException, message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use vmalloc::HeapConfig;

    #[test]
    fn trap_objects_round_trip_through_the_exc_ops() {
        let mut heap = Heap::new(HeapConfig::default());
        let trap = Trap::code(TrapCode::IntegerDivideByZero);
        let number = catchable_number(&trap.kind).unwrap();
        let obj = new_trap_object(&mut heap, &(), number, &trap).unwrap();
        // Held, so that GC stress mode's collection at the next allocation keeps it.
        let _held = heap.root(Ref::from_bits(obj)).unwrap();
        let mut h = HeapCx { heap: &mut heap, roots: &(), strings: &[], funcs: (0, 0) };
        assert_eq!(exc_trap_code(&mut h, obj), Ok(1));
        let msg = exc_trap_message(&mut h, obj).unwrap();
        assert_eq!(h.heap.string_to_string(Ref::from_bits(msg)).unwrap(), "integer divide by zero");
        assert_eq!(exc_trap_code(&mut h, 0), Ok(0));
        assert_eq!(exc_trap_message(&mut h, 0), Ok(0));
        let s = h.heap.alloc_string("x", &()).unwrap().bits();
        assert_eq!((exc_trap_code(&mut h, s), exc_trap_message(&mut h, s)), (Ok(0), Ok(0)));
        assert_eq!(exc_trap_code(&mut h, 0xdead_0000_0001), Err(TrapCode::InvalidReference));
        assert_eq!(uncaught(&heap, |_| None, obj), trap);
        assert_eq!(uncaught(&heap, |_| Some("Boom".into()), s).message, "uncaught exception: Boom");
    }

    #[test]
    fn only_the_documented_traps_are_catchable() {
        assert_eq!(catchable_number(&TrapKind::CallDepthExceeded), Some(CALL_DEPTH_TRAP_NUMBER));
        for kind in [TrapKind::OutOfFuel, TrapKind::Interrupted, TrapKind::Host, TrapKind::Exit(0)] {
            assert_eq!(catchable_number(&kind), None);
        }
        assert_eq!(catchable_number(&TrapKind::Code(TrapCode::Unreachable)), None);
        assert_eq!(catchable_number(&TrapKind::Code(TrapCode::NullReference)), Some(6));
    }
}
