//! References: checked handles into the object table.
//!
//! A reference is 64 bits, as a `ref` register slot holds it. `0` is null. A non-null
//! reference is `generation << 32 | index`: `index` picks an entry of the object table and
//! `generation` (1..=65,535) must match that entry's current generation. The top 16 bits are
//! always zero, so a reference also fits the `any` encoding unchanged (see [`crate::Any`]).
//! Any other bit pattern is *invalid*: dereferencing it is an error, never undefined behaviour.

use std::fmt;

/// The highest generation an object-table entry can have; an entry that reaches it is retired.
pub(crate) const MAX_GENERATION: u16 = u16::MAX;

/// A nullable reference to a heap object, exactly as a `ref` register slot holds it.
///
/// Any 64-bit value can be turned into a `Ref` ([`Ref::from_bits`]); the heap validates it on
/// every use, so a forged reference yields [`crate::HeapError::InvalidReference`].
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Ref(u64);

impl Ref {
    /// The null reference (all bits zero).
    pub const NULL: Ref = Ref(0);

    /// The reference whose slot encoding is `bits` (not validated: the heap checks it on use).
    #[inline(always)]
    pub const fn from_bits(bits: u64) -> Ref {
        Ref(bits)
    }

    /// The slot encoding of the reference.
    #[inline(always)]
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// Whether this is the null reference.
    #[inline(always)]
    pub const fn is_null(self) -> bool {
        self.0 == 0
    }

    /// The reference to table entry `index` at `generation` (which is at least 1).
    #[inline(always)]
    pub(crate) const fn new(index: u32, generation: u16) -> Ref {
        Ref(((generation as u64) << 32) | index as u64)
    }

    /// The table index and generation, if the bits have the shape of a non-null reference.
    #[inline(always)]
    pub(crate) const fn parts(self) -> Option<(u32, u16)> {
        let generation = (self.0 >> 32) as u16;
        if self.0 >> 48 != 0 || generation == 0 {
            return None;
        }
        Some((self.0 as u32, generation))
    }
}

impl fmt::Debug for Ref {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.parts() {
            _ if self.is_null() => f.write_str("null"),
            Some((index, generation)) => write!(f, "ref#{index}.{generation}"),
            None => write!(f, "ref(invalid {:#x})", self.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_round_trip_and_reject_malformed_bits() {
        let r = Ref::new(7, 3);
        assert_eq!(r.parts(), Some((7, 3)));
        assert_eq!(Ref::NULL.parts(), None);
        assert_eq!(Ref::from_bits(5).parts(), None, "generation 0 is never valid");
        assert_eq!(Ref::from_bits(1 << 48 | 1 << 32).parts(), None, "high bits must be zero");
        assert_eq!(format!("{:?}", Ref::NULL), "null");
        assert_eq!(format!("{r:?}"), "ref#7.3");
    }
}
