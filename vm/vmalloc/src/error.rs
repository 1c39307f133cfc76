//! Errors of heap operations. Each is a value the interpreter turns into a trap or a guest
//! exception; none is ever a panic.

use crate::ObjectKind;
use std::fmt;

/// Why a heap operation failed.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum HeapError {
    /// The reference is null.
    NullReference,
    /// The bits are not a reference to a live object ("invalid reference").
    InvalidReference,
    /// The object is not of the kind the operation needs.
    WrongKind {
        /// The kind the operation needs.
        expected: ObjectKind,
        /// The object's kind.
        found: ObjectKind,
    },
    /// An array, string or capture index outside `0..len`.
    IndexOutOfBounds {
        /// The index asked for.
        index: i64,
        /// The length.
        len: u64,
    },
    /// A field index outside the class's fields.
    NoSuchField,
    /// A class id that was never defined.
    UnknownClass,
    /// A value that cannot be stored here (e.g. a code point above U+10FFFF).
    InvalidValue,
    /// The heap limit would be exceeded even after a collection.
    OutOfMemory,
}

impl fmt::Display for HeapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeapError::NullReference => f.write_str("null reference"),
            HeapError::InvalidReference => f.write_str("invalid reference"),
            HeapError::WrongKind { expected, found } => write!(f, "expected {expected:?}, found {found:?}"),
            HeapError::IndexOutOfBounds { index, len } => write!(f, "index {index} out of bounds for length {len}"),
            HeapError::NoSuchField => f.write_str("no such field"),
            HeapError::UnknownClass => f.write_str("unknown class"),
            HeapError::InvalidValue => f.write_str("invalid value"),
            HeapError::OutOfMemory => f.write_str("out of memory"),
        }
    }
}

impl std::error::Error for HeapError {}

/// Checks `index` against `len` and converts it to a `usize`.
#[inline(always)]
pub(crate) fn check_index(index: i64, len: usize) -> Result<usize, HeapError> {
    if index >= 0 && (index as u64) < len as u64 {
        Ok(index as usize)
    } else {
        Err(HeapError::IndexOutOfBounds { index, len: len as u64 })
    }
}
