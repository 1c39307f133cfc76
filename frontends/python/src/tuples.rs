//! Tuples made and read inline, without host calls: a tuple is the `any` array
//! `[TUPLE, items...]` of the runtime (`runtimes/python/src/obj.rs`), so building one of a
//! known size is `array.new_any` and `array.set_any`, and reading item `i` of a value known to
//! be a tuple (an argument tuple, a closure, the result of `py.unpack`) is `array.get_any`.

use crate::cx::{Cx, R};
use rootir::{Opcode, Type};
use vstarr::operation::Operation;

/// The runtime's type tag of tuples (`Tag::Tuple` in `runtimes/python/src/obj.rs`); the
/// corpus test breaks if the two disagree.
pub const TUPLE_TAG: i64 = 3;

impl<'a> Cx<'_, 'a> {
    /// Pushes a tuple of the values `push` pushes, one per item (evaluated in order).
    pub fn tuple_of<T>(&mut self, items: &'a [T], mut push: impl FnMut(&mut Self, &'a T) -> R) -> R {
        let t = self.new_tuple(items.len());
        for (i, item) in items.iter().enumerate() {
            self.f.load(t);
            self.i32(i as i32 + 1);
            push(self, item)?;
            self.array_set_any();
        }
        self.f.load(t);
        self.f.op(Opcode::AnyFromRef);
        Ok(())
    }

    /// A new tuple of `n` items (all none) in a new `ref` local, which it returns.
    pub fn new_tuple(&mut self, n: usize) -> u32 {
        self.i32(n as i32 + 1);
        self.f.op(Opcode::ArrayNewAny);
        let t = self.f.temp(Type::Ref);
        self.f.store(t);
        self.f.load(t);
        self.i32(0);
        self.int(TUPLE_TAG);
        self.array_set_any();
        t
    }

    /// `array.set_any` (array, index, value on the stack).
    pub fn array_set_any(&mut self) {
        self.f.inst(Operation::new(Opcode::ArraySetAny), -3);
    }

    /// Replaces the tuple on the stack with its item `i` (the caller knows it is a tuple with
    /// more than `i` items).
    pub fn tuple_get(&mut self, i: u32) {
        self.f.op(Opcode::AnyToRef);
        self.i32(i as i32 + 1);
        self.f.op(Opcode::ArrayGetAny);
    }
}
