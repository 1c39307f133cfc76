//! The built-in words and the rootIR each one becomes.

use rootir::{FunctionBuilder, Reg};

/// A builder method for a binary operation (`FunctionBuilder::i64_add`, ...).
pub type BinaryFn = fn(&mut FunctionBuilder, Reg, Reg) -> Reg;

/// What a built-in word does.
#[derive(Copy, Clone, Debug)]
pub enum Primitive {
    /// `( a b -- a op b )` with an `i64` result.
    Arith(BinaryFn),
    /// `( a b -- flag )`: an `i32` comparison widened to 1 or 0.
    Compare(BinaryFn),
    /// `( a -- flag )`: 1 if `a` is 0, else 0.
    ZeroEq,
    /// `( a -- -a )`
    Negate,
    /// `( a -- a a )`
    Dup,
    /// `( a -- )`
    Drop,
    /// `( a b -- b a )`
    Swap,
    /// `( a b -- a b a )`
    Over,
    /// `( a b c -- b c a )`
    Rot,
    /// `( a -- )`: prints `a` and a line break (`std.print_i64`).
    Print,
    /// `( c -- )`: writes the character with code `c` (`std.put_char`).
    Emit,
    /// `( -- )`: writes a line break.
    Cr,
}

/// The words that structure code instead of computing: `if else then begin until`.
pub const CONTROL: &[&str] = &["if", "else", "then", "begin", "until"];

/// The built-in word `name`, if it is one (control words excepted).
pub fn lookup(name: &str) -> Option<Primitive> {
    use Primitive::*;
    Some(match name {
        "+" => Arith(FunctionBuilder::i64_add),
        "-" => Arith(FunctionBuilder::i64_sub),
        "*" => Arith(FunctionBuilder::i64_mul),
        "/" => Arith(FunctionBuilder::i64_div_s),
        "%" | "mod" => Arith(FunctionBuilder::i64_rem_s),
        "and" => Arith(FunctionBuilder::i64_and),
        "or" => Arith(FunctionBuilder::i64_or),
        "=" => Compare(FunctionBuilder::i64_eq),
        "<>" => Compare(FunctionBuilder::i64_ne),
        "<" => Compare(FunctionBuilder::i64_lt_s),
        ">" => Compare(FunctionBuilder::i64_gt_s),
        "<=" => Compare(FunctionBuilder::i64_le_s),
        ">=" => Compare(FunctionBuilder::i64_ge_s),
        "0=" => ZeroEq,
        "negate" => Negate,
        "dup" => Dup,
        "drop" => Drop,
        "swap" => Swap,
        "over" => Over,
        "rot" => Rot,
        "print" | "." => Print,
        "emit" => Emit,
        "cr" => Cr,
        _ => return None,
    })
}

impl Primitive {
    /// How many values the word needs on the stack.
    pub fn needs(self) -> usize {
        use Primitive::*;
        match self {
            Cr => 0,
            ZeroEq | Negate | Dup | Drop | Print | Emit => 1,
            Arith(_) | Compare(_) | Swap | Over => 2,
            Rot => 3,
        }
    }
}

/// Whether `name` is built in (a primitive or a control word), so it cannot be redefined.
pub fn is_primitive(name: &str) -> bool {
    lookup(name).is_some() || CONTROL.contains(&name) || matches!(name, ":" | ";")
}
