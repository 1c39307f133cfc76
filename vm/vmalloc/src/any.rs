//! The `any` encoding: a dynamically typed value in one 64-bit slot.
//!
//! | bits (hex)                                  | value                                   |
//! |---------------------------------------------|-----------------------------------------|
//! | `0`                                         | none (also the null reference)          |
//! | `2`, `3`                                    | false, true                             |
//! | `1_0000_0000 ..= FFFF_FFFF_FFFF`            | a reference (see [`crate::Ref`])        |
//! | `0002_0000_0000_0000 ..= FFF2_0000_0000_0000` | a float: `f64` bits + 2⁴⁹              |
//! | `FFFE_0000_0000_0000 ..= FFFF_FFFF_FFFF_FFFF` | an int: 49-bit two's complement        |
//!
//! Doubles are offset by 2⁴⁹ (as in JavaScriptCore) so that references keep their plain bits:
//! `ref` → `any` is free and `any` → `ref` is one comparison. NaNs are canonicalised to
//! `0x7FF8_0000_0000_0000` before encoding, so no float reaches the int range. Ints from −2⁴⁸ to
//! 2⁴⁸−1 are inline; a language runtime boxes bigger ones. Every other bit pattern decodes to
//! [`AnyValue::Invalid`] (verified code never produces one).

use crate::Ref;

const FLOAT_OFFSET: u64 = 1 << 49;
const INT_TAG: u64 = 0xFFFE_0000_0000_0000;
const INT_MASK: u64 = (1 << 49) - 1;
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

/// The smallest int stored inline in an `any` (−2⁴⁸).
pub const ANY_INT_MIN: i64 = -(1 << 48);
/// The largest int stored inline in an `any` (2⁴⁸ − 1).
pub const ANY_INT_MAX: i64 = (1 << 48) - 1;

/// A dynamically typed value, exactly as an `any` register slot holds it.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default, Debug)]
pub struct Any(u64);

/// A decoded [`Any`].
#[derive(Copy, Clone, PartialEq, Debug)]
pub enum AnyValue {
    /// Python's `None`; also what a null reference becomes.
    None,
    /// A boolean.
    Bool(bool),
    /// An inline int in `ANY_INT_MIN..=ANY_INT_MAX`.
    Int(i64),
    /// A float (NaNs are canonical).
    Float(f64),
    /// A non-null reference (validated only when dereferenced).
    Ref(Ref),
    /// A bit pattern no encoder produces.
    Invalid(u64),
}

impl Any {
    /// None.
    pub const NONE: Any = Any(0);
    /// False.
    pub const FALSE: Any = Any(2);
    /// True.
    pub const TRUE: Any = Any(3);

    /// The value whose slot encoding is `bits`.
    #[inline(always)]
    pub const fn from_bits(bits: u64) -> Any {
        Any(bits)
    }

    /// The slot encoding.
    #[inline(always)]
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// A boolean.
    #[inline(always)]
    pub const fn from_bool(b: bool) -> Any {
        if b { Any::TRUE } else { Any::FALSE }
    }

    /// An inline int, or `None` if `v` is outside `ANY_INT_MIN..=ANY_INT_MAX` (box it instead).
    #[inline(always)]
    pub const fn from_int(v: i64) -> Option<Any> {
        if v < ANY_INT_MIN || v > ANY_INT_MAX {
            return None;
        }
        Some(Any(INT_TAG | (v as u64 & INT_MASK)))
    }

    /// A float; NaNs become the canonical quiet NaN.
    #[inline(always)]
    pub fn from_f64(v: f64) -> Any {
        let bits = if v.is_nan() { CANONICAL_NAN } else { v.to_bits() };
        Any(bits.wrapping_add(FLOAT_OFFSET))
    }

    /// A reference; null becomes none. The bits are unchanged.
    #[inline(always)]
    pub const fn from_ref(r: Ref) -> Any {
        Any(r.bits())
    }

    /// Whether the value is an inline int.
    #[inline(always)]
    pub const fn is_int(self) -> bool {
        self.0 >= INT_TAG
    }

    /// Whether the value is a float.
    #[inline(always)]
    pub const fn is_float(self) -> bool {
        self.0 >= FLOAT_OFFSET && self.0 <= 0xFFF2_0000_0000_0000
    }

    /// Whether the value is a reference or none: the values an `any` → `ref` conversion accepts.
    #[inline(always)]
    pub const fn is_ref_or_none(self) -> bool {
        self.0 == 0 || (self.0 >= 1 << 32 && self.0 < 1 << 48)
    }

    /// The int, if the value is one.
    #[inline(always)]
    pub const fn as_int(self) -> Option<i64> {
        if self.is_int() { Some(((self.0 << 15) as i64) >> 15) } else { None }
    }

    /// The float, if the value is one.
    #[inline(always)]
    pub fn as_f64(self) -> Option<f64> {
        if self.is_float() { Some(f64::from_bits(self.0 - FLOAT_OFFSET)) } else { None }
    }

    /// The reference (none gives null), if the value is one.
    #[inline(always)]
    pub const fn as_ref(self) -> Option<Ref> {
        if self.is_ref_or_none() { Some(Ref::from_bits(self.0)) } else { None }
    }

    /// Decodes the value.
    pub fn decode(self) -> AnyValue {
        match self.0 {
            0 => AnyValue::None,
            2 => AnyValue::Bool(false),
            3 => AnyValue::Bool(true),
            b if b >= INT_TAG => AnyValue::Int(((b << 15) as i64) >> 15),
            b if self.is_float() => AnyValue::Float(f64::from_bits(b - FLOAT_OFFSET)),
            b if self.is_ref_or_none() => AnyValue::Ref(Ref::from_bits(b)),
            b => AnyValue::Invalid(b),
        }
    }

    /// Encodes a decoded value (`Invalid(bits)` gives `bits` back; an out-of-range `Int` gives `None`).
    pub fn encode(value: AnyValue) -> Option<Any> {
        Some(match value {
            AnyValue::None => Any::NONE,
            AnyValue::Bool(b) => Any::from_bool(b),
            AnyValue::Int(v) => return Any::from_int(v),
            AnyValue::Float(v) => Any::from_f64(v),
            AnyValue::Ref(r) => Any::from_ref(r),
            AnyValue::Invalid(bits) => Any(bits),
        })
    }
}

/// The int fast path of `any + any`: `Some` when both are inline ints and the sum stays inline.
#[inline(always)]
pub fn add_ints(a: Any, b: Any) -> Option<Any> {
    Any::from_int(a.as_int()?.checked_add(b.as_int()?)?)
}
