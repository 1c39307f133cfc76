//! Roots: what the caller of a collection says is alive.
//!
//! The interpreter implements [`Roots`] over its frames (each frame's register window and the
//! function's register types or precomputed list of `ref`/`any` registers), globals and pending
//! exceptions. Host handles ([`crate::Rooted`]) are roots without being listed.

use rootir::Type;

/// A source of roots, visited at the start of each collection.
pub trait Roots {
    /// Reports every root slot to `tracer`.
    fn trace(&self, tracer: &mut Tracer<'_>);
}

/// No roots (only host handles keep objects alive).
impl Roots for () {
    fn trace(&self, _: &mut Tracer<'_>) {}
}

/// A closure is a root source.
impl<F: Fn(&mut Tracer<'_>)> Roots for F {
    fn trace(&self, tracer: &mut Tracer<'_>) {
        self(tracer)
    }
}

/// Receives root slots during a collection.
///
/// A slot is a `ref` or `any` register's 64 bits. Since a reference has the same bits in both
/// encodings, every method treats slots alike: a slot that holds a reference to a live object
/// marks it; anything else (null, ints, floats, forged bits) is ignored.
pub struct Tracer<'a> {
    pub(crate) mark: &'a mut dyn FnMut(u64),
}

impl Tracer<'_> {
    /// One `ref` or `any` slot.
    #[inline]
    pub fn slot(&mut self, bits: u64) {
        (self.mark)(bits)
    }

    /// Slots that all hold `ref` or `any` values.
    pub fn slots(&mut self, slots: &[u64]) {
        for &s in slots {
            (self.mark)(s);
        }
    }

    /// A register window with one type per register: `ref` and `any` registers are traced,
    /// the others skipped. Extra slots or types beyond the shorter of the two are ignored.
    pub fn typed_slots(&mut self, slots: &[u64], types: &[Type]) {
        for (&s, &t) in slots.iter().zip(types) {
            if matches!(t, Type::Ref | Type::Any) {
                (self.mark)(s);
            }
        }
    }

    /// The registers `indices` of a window (a function's precomputed `ref`/`any` registers);
    /// indices past the window are ignored.
    pub fn selected_slots(&mut self, slots: &[u64], indices: &[u16]) {
        for &i in indices {
            if let Some(&s) = slots.get(i as usize) {
                (self.mark)(s);
            }
        }
    }
}
