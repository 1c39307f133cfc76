//! Values crossing between the host and the guest.

use rootir::Type;
use std::fmt;

/// A typed number passed to or returned from guest code.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Value {
    /// An `i32`.
    I32(i32),
    /// An `i64`.
    I64(i64),
    /// An `f32`.
    F32(f32),
    /// An `f64`.
    F64(f64),
}

impl Value {
    /// The value's type.
    pub fn ty(self) -> Type {
        match self {
            Value::I32(_) => Type::I32,
            Value::I64(_) => Type::I64,
            Value::F32(_) => Type::F32,
            Value::F64(_) => Type::F64,
        }
    }

    /// The register-slot encoding of the value.
    pub fn to_slot(self) -> u64 {
        match self {
            Value::I32(v) => v.to_slot(),
            Value::I64(v) => v.to_slot(),
            Value::F32(v) => v.to_slot(),
            Value::F64(v) => v.to_slot(),
        }
    }

    /// Decodes a register slot of type `ty` (`ref` and `any` slots read as their raw `i64` bits).
    pub fn from_slot(ty: Type, slot: u64) -> Value {
        match ty {
            Type::I32 => Value::I32(i32::from_slot(slot)),
            Type::F32 => Value::F32(f32::from_slot(slot)),
            Type::F64 => Value::F64(f64::from_slot(slot)),
            Type::I64 | Type::Ref | Type::Any => Value::I64(i64::from_slot(slot)),
        }
    }

    /// Parses `text` as a value of type `ty`, as the `.rir` text form writes immediates: signed
    /// decimal integers, or `0x` hex giving the bits (`0xffffffff` is `-1i32`); floats as Rust
    /// parses them (`1.5`, `-0.0`, `1e100`, `inf`, `NaN`).
    pub fn parse(ty: Type, text: &str) -> Result<Value, String> {
        let bad = || format!("`{text}` is not a valid {ty}");
        match ty {
            Type::I32 => parse_int(text, 32).map(|v| Value::I32(v as i32)).ok_or_else(bad),
            Type::I64 => parse_int(text, 64).map(|v| Value::I64(v as i64)).ok_or_else(bad),
            Type::F32 => text.parse::<f32>().map(Value::F32).map_err(|_| bad()),
            Type::F64 => text.parse::<f64>().map(Value::F64).map_err(|_| bad()),
            Type::Ref | Type::Any => Err(format!("values of type {ty} cannot be given on the command line")),
        }
    }
}

/// A signed decimal that fits `bits` as a signed number, or `0x` hex that fits `bits` as bits.
fn parse_int(text: &str, bits: u32) -> Option<i128> {
    if let Some(hex) = text.strip_prefix("0x") {
        if hex.is_empty() || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let v = u128::from_str_radix(hex, 16).ok()?;
        return (v >> bits == 0).then_some(v as i128);
    }
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v: i128 = text.parse().ok()?;
    let limit = 1i128 << (bits - 1);
    (-limit..limit).contains(&v).then_some(v)
}

/// Prints integers in decimal and floats in Rust's shortest round-trip form (`1.0`, `0.1`, `1e100`, `NaN`, `inf`).
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::I32(v) => write!(f, "{v}"),
            Value::I64(v) => write!(f, "{v}"),
            Value::F32(v) => write!(f, "{v:?}"),
            Value::F64(v) => write!(f, "{v:?}"),
        }
    }
}

/// A guest reference (or `any` value) held by the host: while the handle exists, the object stays
/// alive through every collection; dropping it (on any thread) releases it. The host never holds
/// a bare reference that could dangle. `Send + Sync + Clone` (a clone is a second root).
#[derive(Clone, Debug)]
pub struct Handle(pub(crate) vmalloc::Rooted);

impl Handle {
    /// Whether the handle holds null (or, for an `any`, none).
    pub fn is_null(&self) -> bool {
        self.0.bits() == 0
    }

    /// The slot bits held: a reference's bits or an `any` value (see `docs/gc.md`), as a host
    /// function registered with [`crate::Vm::define_with_ctx`] sees `ref` and `any` arguments.
    pub fn bits(&self) -> u64 {
        self.0.bits()
    }
}

/// An argument or result of [`crate::Vm::call_with_refs`]: a number, or a `ref` / `any` value
/// held through a [`Handle`].
#[derive(Clone, Debug)]
pub enum Arg {
    /// An `i32`, `i64`, `f32` or `f64`.
    Value(Value),
    /// A `ref` or `any` value.
    Ref(Handle),
}

/// A Rust type that maps to one rootIR number type; host functions take and return these.
pub trait HostValue: Copy + Send + 'static {
    /// The rootIR type.
    const TYPE: Type;
    /// Reads the value from a register slot.
    fn from_slot(slot: u64) -> Self;
    /// Encodes the value as a register slot.
    fn to_slot(self) -> u64;
}

impl HostValue for i32 {
    const TYPE: Type = Type::I32;
    #[inline(always)]
    fn from_slot(slot: u64) -> Self {
        slot as u32 as i32
    }
    #[inline(always)]
    fn to_slot(self) -> u64 {
        self as u32 as u64
    }
}

impl HostValue for i64 {
    const TYPE: Type = Type::I64;
    #[inline(always)]
    fn from_slot(slot: u64) -> Self {
        slot as i64
    }
    #[inline(always)]
    fn to_slot(self) -> u64 {
        self as u64
    }
}

/// Raw 64-bit slots: an `i64` whose bits are read as unsigned.
impl HostValue for u64 {
    const TYPE: Type = Type::I64;
    #[inline(always)]
    fn from_slot(slot: u64) -> Self {
        slot
    }
    #[inline(always)]
    fn to_slot(self) -> u64 {
        self
    }
}

impl HostValue for f32 {
    const TYPE: Type = Type::F32;
    #[inline(always)]
    fn from_slot(slot: u64) -> Self {
        f32::from_bits(slot as u32)
    }
    #[inline(always)]
    fn to_slot(self) -> u64 {
        self.to_bits() as u64
    }
}

impl HostValue for f64 {
    const TYPE: Type = Type::F64;
    #[inline(always)]
    fn from_slot(slot: u64) -> Self {
        f64::from_bits(slot)
    }
    #[inline(always)]
    fn to_slot(self) -> u64 {
        self.to_bits()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_through_slots() {
        for v in [Value::I32(-5), Value::I64(i64::MIN), Value::F32(-0.5), Value::F64(1e300)] {
            assert_eq!(Value::from_slot(v.ty(), v.to_slot()), v);
        }
    }

    #[test]
    fn parses_command_line_values_by_type() {
        assert_eq!(Value::parse(Type::I32, "-12"), Ok(Value::I32(-12)));
        assert_eq!(Value::parse(Type::I32, "0xffffffff"), Ok(Value::I32(-1)));
        assert_eq!(Value::parse(Type::I32, "0x100000000"), Err("`0x100000000` is not a valid i32".into()));
        assert_eq!(Value::parse(Type::I32, "2147483648"), Err("`2147483648` is not a valid i32".into()));
        assert_eq!(Value::parse(Type::I32, "-2147483648"), Ok(Value::I32(i32::MIN)));
        assert_eq!(Value::parse(Type::I64, "0x10"), Ok(Value::I64(16)));
        assert_eq!(Value::parse(Type::F64, "2.5"), Ok(Value::F64(2.5)));
        assert!(Value::parse(Type::I32, "12a").is_err());
        assert!(Value::parse(Type::I32, "").is_err());
    }
}
