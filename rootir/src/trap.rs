//! Trap codes defined by rootIR semantics.

use std::fmt;

/// Why an instruction trapped. The VM adds its own limits (fuel, call depth)
/// on top of these; these are the ones the IR's semantics define.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum TrapCode {
    /// Integer division or remainder by zero.
    IntegerDivideByZero,
    /// An `unreachable` instruction was executed.
    Unreachable,
    /// `call_indirect` on a value that is not a function address.
    BadFunctionAddress,
    /// `call_indirect` on a function whose signature differs from the expected one.
    SignatureMismatch,
    /// A load or store outside the module's linear memory.
    MemoryOutOfBounds,
    /// A heap operation on a null reference.
    NullReference,
    /// An array or string index outside `0..len`.
    IndexOutOfBounds,
    /// `array.new_*` with a negative length.
    NegativeArrayLength,
    /// An allocation would exceed the heap limit even after a collection.
    OutOfMemory,
    /// A `ref` that is not a reference to a live object (forged or stale bits).
    InvalidReference,
    /// `str.to_i64` on text that is not a decimal integer in range.
    BadNumberFormat,
    /// A heap operation on an object of the wrong kind (`str.len` on an array, `array.get_i32` on an `i8` array).
    WrongObjectKind,
    /// `obj.cast` of an object that is not an instance of the class, or a field access or method
    /// call on an object of another class (or not an instance at all).
    ClassCast,
    /// An `any` operation on values its fast path does not handle, in a module without an
    /// `anyhook`; or a checked `any.to_*` of a value of another kind.
    AnyType,
}

impl TrapCode {
    /// A short human-readable description.
    pub fn message(self) -> &'static str {
        match self {
            TrapCode::IntegerDivideByZero => "integer divide by zero",
            TrapCode::Unreachable => "unreachable executed",
            TrapCode::BadFunctionAddress => "call_indirect: no function at this address",
            TrapCode::SignatureMismatch => "call_indirect: signature mismatch",
            TrapCode::MemoryOutOfBounds => "memory access out of bounds",
            TrapCode::NullReference => "null reference",
            TrapCode::IndexOutOfBounds => "index out of bounds",
            TrapCode::NegativeArrayLength => "negative array length",
            TrapCode::OutOfMemory => "out of memory: heap limit reached",
            TrapCode::InvalidReference => "invalid reference",
            TrapCode::BadNumberFormat => "bad number format",
            TrapCode::WrongObjectKind => "object of the wrong kind for this operation",
            TrapCode::ClassCast => "class cast: object is not an instance of the class",
            TrapCode::AnyType => "any: value of the wrong kind for this operation",
        }
    }
}

/// The stable number `exc.trap_code` gives a trap object made from the VM's call-depth trap
/// (a VM limit rather than a [`TrapCode`]); see [`TrapCode::number`].
pub const CALL_DEPTH_TRAP_NUMBER: i32 = 100;

impl TrapCode {
    /// The stable number of the trap, as `exc.trap_code` returns it for a trap object
    /// (docs/exceptions.md). Numbers never change; new traps get new numbers.
    pub fn number(self) -> i32 {
        match self {
            TrapCode::IntegerDivideByZero => 1,
            TrapCode::Unreachable => 2,
            TrapCode::BadFunctionAddress => 3,
            TrapCode::SignatureMismatch => 4,
            TrapCode::MemoryOutOfBounds => 5,
            TrapCode::NullReference => 6,
            TrapCode::IndexOutOfBounds => 7,
            TrapCode::NegativeArrayLength => 8,
            TrapCode::OutOfMemory => 9,
            TrapCode::InvalidReference => 10,
            TrapCode::BadNumberFormat => 11,
            TrapCode::WrongObjectKind => 12,
            TrapCode::ClassCast => 13,
            TrapCode::AnyType => 14,
        }
    }

    /// The trap with the given stable number.
    pub fn from_number(number: i32) -> Option<TrapCode> {
        TrapCode::ALL.iter().copied().find(|c| c.number() == number)
    }

    /// Whether a handler can catch the trap: null reference, index out of bounds, division by
    /// zero, class cast, out of memory, negative array length, bad number format and `any` kind
    /// errors. The others
    /// (`unreachable`, bad `call_indirect`, linear-memory bounds, forged references, wrong object
    /// kinds) mean broken code and end the run.
    pub fn is_catchable(self) -> bool {
        matches!(
            self,
            TrapCode::IntegerDivideByZero
                | TrapCode::NullReference
                | TrapCode::IndexOutOfBounds
                | TrapCode::NegativeArrayLength
                | TrapCode::OutOfMemory
                | TrapCode::ClassCast
                | TrapCode::BadNumberFormat
                | TrapCode::AnyType
        )
    }

    /// Every trap code.
    pub const ALL: [TrapCode; 14] = [
        TrapCode::IntegerDivideByZero,
        TrapCode::Unreachable,
        TrapCode::BadFunctionAddress,
        TrapCode::SignatureMismatch,
        TrapCode::MemoryOutOfBounds,
        TrapCode::NullReference,
        TrapCode::IndexOutOfBounds,
        TrapCode::NegativeArrayLength,
        TrapCode::OutOfMemory,
        TrapCode::InvalidReference,
        TrapCode::BadNumberFormat,
        TrapCode::WrongObjectKind,
        TrapCode::ClassCast,
        TrapCode::AnyType,
    ];
}

impl fmt::Display for TrapCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for TrapCode {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_stable_and_unique() {
        let numbers: Vec<i32> = TrapCode::ALL.iter().map(|c| c.number()).collect();
        assert_eq!(numbers, (1..=14).collect::<Vec<_>>());
        for c in TrapCode::ALL {
            assert_eq!(TrapCode::from_number(c.number()), Some(c));
        }
        assert_eq!(TrapCode::from_number(0), None);
        assert_eq!(TrapCode::from_number(CALL_DEPTH_TRAP_NUMBER), None);
    }
}
