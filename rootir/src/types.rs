//! Value types and function signatures.

use std::fmt;

/// The type of a register, parameter, result or global.
///
/// Every register of a function has exactly one type for the whole function;
/// the verifier checks every use against it.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Type {
    /// 32-bit integer (signedness is chosen by the operation).
    I32 = 0,
    /// 64-bit integer (signedness is chosen by the operation).
    I64 = 1,
    /// IEEE 754 binary32.
    F32 = 2,
    /// IEEE 754 binary64.
    F64 = 3,
    /// A nullable reference to a heap object (array, string, ...); see the `heap` rows of the opcode table.
    Ref = 4,
    /// A dynamically typed value (none, bool, int, float or a reference).
    Any = 5,
}

impl Type {
    /// All types, in encoding order.
    pub const ALL: [Type; 6] = [Type::I32, Type::I64, Type::F32, Type::F64, Type::Ref, Type::Any];

    /// The `.rir` spelling of the type.
    pub fn name(self) -> &'static str {
        match self {
            Type::I32 => "i32",
            Type::I64 => "i64",
            Type::F32 => "f32",
            Type::F64 => "f64",
            Type::Ref => "ref",
            Type::Any => "any",
        }
    }

    /// Parses the `.rir` spelling of a type.
    pub fn from_name(name: &str) -> Option<Type> {
        Type::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The binary code of the type (its index in [`Type::ALL`]).
    pub fn code(self) -> u8 {
        self as u8
    }

    /// The type with the given binary code.
    pub fn from_code(code: u8) -> Option<Type> {
        Type::ALL.get(code as usize).copied()
    }

    /// Whether values of this type are numbers (`i32 i64 f32 f64`).
    pub fn is_numeric(self) -> bool {
        matches!(self, Type::I32 | Type::I64 | Type::F32 | Type::F64)
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The Rust type that holds a value of a rootIR type, by the `Type` variant's name:
/// `rust_type!(I32)` is `i32`; `ref` and `any` values are their raw 64-bit slot (`u64`).
/// Used where the opcode table is expanded into code.
#[macro_export]
macro_rules! rust_type {
    (I32) => {
        i32
    };
    (I64) => {
        i64
    };
    (F32) => {
        f32
    };
    (F64) => {
        f64
    };
    (Ref) => {
        u64
    };
    (Any) => {
        u64
    };
}

/// A function signature: parameter types and result types.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct FuncType {
    /// Parameter types, in order.
    pub params: Vec<Type>,
    /// Result types, in order.
    pub results: Vec<Type>,
}

impl FuncType {
    /// A signature from parameter and result types.
    pub fn new(params: impl Into<Vec<Type>>, results: impl Into<Vec<Type>>) -> FuncType {
        FuncType { params: params.into(), results: results.into() }
    }
}

/// Prints `(i32, i64) -> i32`, `() -> (i32, f64)` or `(i32)`: the `.rir` syntax.
impl fmt::Display for FuncType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(")?;
        write_type_list(f, &self.params)?;
        f.write_str(")")?;
        write_results(f, &self.results)
    }
}

/// Writes `t1, t2, ...`.
pub(crate) fn write_type_list(f: &mut impl fmt::Write, types: &[Type]) -> fmt::Result {
    for (i, t) in types.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        f.write_str(t.name())?;
    }
    Ok(())
}

/// Writes the result part of a signature: nothing, ` -> t` or ` -> (t1, t2)`.
pub(crate) fn write_results(f: &mut impl fmt::Write, results: &[Type]) -> fmt::Result {
    match results {
        [] => Ok(()),
        [one] => write!(f, " -> {one}"),
        many => {
            f.write_str(" -> (")?;
            write_type_list(f, many)?;
            f.write_str(")")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names_and_codes_round_trip() {
        for t in Type::ALL {
            assert_eq!(Type::from_name(t.name()), Some(t));
            assert_eq!(Type::from_code(t.code()), Some(t));
        }
        assert_eq!(Type::from_name("i16"), None);
        assert_eq!(Type::from_code(6), None);
    }

    #[test]
    fn signatures_print_in_rir_syntax() {
        assert_eq!(FuncType::new([Type::I32, Type::I64], [Type::I32]).to_string(), "(i32, i64) -> i32");
        assert_eq!(FuncType::new([], [Type::I32, Type::F64]).to_string(), "() -> (i32, f64)");
        assert_eq!(FuncType::new([Type::F32], []).to_string(), "(f32)");
    }
}
