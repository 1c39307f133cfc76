//! The built-in words and the stack code each one becomes (see `codegen.rs`).

use rootir::Opcode;

/// What a built-in word does.
#[derive(Copy, Clone, Debug)]
pub enum Primitive {
    /// `( a b -- a op b )`: a binary `i64` operation with an `i64` result.
    Arith(Opcode),
    /// `( a b -- flag )`: an `i64` comparison (an `i32` result) widened to 1 or 0.
    Compare(Opcode),
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
        "+" => Arith(Opcode::I64Add),
        "-" => Arith(Opcode::I64Sub),
        "*" => Arith(Opcode::I64Mul),
        "/" => Arith(Opcode::I64DivS),
        "%" | "mod" => Arith(Opcode::I64RemS),
        "and" => Arith(Opcode::I64And),
        "or" => Arith(Opcode::I64Or),
        "=" => Compare(Opcode::I64Eq),
        "<>" => Compare(Opcode::I64Ne),
        "<" => Compare(Opcode::I64LtS),
        ">" => Compare(Opcode::I64GtS),
        "<=" => Compare(Opcode::I64LeS),
        ">=" => Compare(Opcode::I64GeS),
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
