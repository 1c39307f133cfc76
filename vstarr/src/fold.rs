//! Constant folding of one operation, generated from the opcode table: it calls the very
//! functions of [`rootir::semantics`] the VM executes. Operations that would trap are not
//! folded (the trap must still happen at run time).

use crate::stack::Imm;
use rootir::Opcode;

/// The result of `op` applied to constant inputs, or `None` when `op` is not a unary or
/// binary typed operation, the inputs do not have its types, or it traps on them.
pub fn fold(op: Opcode, args: &[Imm]) -> Option<Imm> {
    macro_rules! value {
        (I32, $i:expr) => {
            $i.bits as u32 as i32
        };
        (I64, $i:expr) => {
            $i.bits as i64
        };
        (F32, $i:expr) => {
            f32::from_bits($i.bits as u32)
        };
        (F64, $i:expr) => {
            f64::from_bits($i.bits)
        };
    }
    macro_rules! imm {
        (I32, $v:expr) => {
            Imm::i32($v)
        };
        (I64, $v:expr) => {
            Imm::i64($v)
        };
        (F32, $v:expr) => {
            Imm::f32($v)
        };
        (F64, $v:expr) => {
            Imm::f64($v)
        };
    }
    macro_rules! folder {
        (
            typed { $( $tv:ident $tf:ident $tn:literal $tfmt:ident ( $($tin:ident),* ) -> ( $($tout:ident)? ), $ttrap:ident, $tdoc:literal; )* }
            structural { $( $sv:ident $sf:ident $sn:literal $sfmt:ident, $sdoc:literal; )* }
        ) => {
            match op {
                $( Opcode::$tv => folder!(@op $tfmt $tf ($($tin),*) ($($tout)?) $ttrap), )*
                _ => None,
            }
        };
        (@op Unary $f:ident ($a:ident) ($o:ident) pure) => {
            match args {
                [a] if a.ty == rootir::Type::$a => Some(imm!($o, rootir::semantics::$f(value!($a, a)))),
                _ => None,
            }
        };
        (@op Binary $f:ident ($a:ident, $b:ident) ($o:ident) pure) => {
            match args {
                [a, b] if a.ty == rootir::Type::$a && b.ty == rootir::Type::$b => {
                    Some(imm!($o, rootir::semantics::$f(value!($a, a), value!($b, b))))
                }
                _ => None,
            }
        };
        (@op Binary $f:ident ($a:ident, $b:ident) ($o:ident) traps) => {
            match args {
                [a, b] if a.ty == rootir::Type::$a && b.ty == rootir::Type::$b => {
                    rootir::semantics::$f(value!($a, a), value!($b, b)).ok().map(|v| imm!($o, v))
                }
                _ => None,
            }
        };
        (@op $fmt:ident $f:ident ($($a:ident),*) ($($o:ident)?) $t:ident) => {
            None
        };
    }
    rootir::for_each_op!(folder)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_with_the_table_semantics_and_keeps_traps() {
        assert_eq!(fold(Opcode::I32Add, &[Imm::i32(i32::MAX), Imm::i32(1)]), Some(Imm::i32(i32::MIN)));
        assert_eq!(fold(Opcode::I64Eq, &[Imm::i64(3), Imm::i64(3)]), Some(Imm::i32(1)));
        assert_eq!(fold(Opcode::I32DivS, &[Imm::i32(7), Imm::i32(2)]), Some(Imm::i32(3)));
        assert_eq!(fold(Opcode::I32DivS, &[Imm::i32(7), Imm::i32(0)]), None);
        assert_eq!(fold(Opcode::I32DivS, &[Imm::i32(i32::MIN), Imm::i32(-1)]), Some(Imm::i32(i32::MIN)));
        assert_eq!(fold(Opcode::F64Sqrt, &[Imm::f64(4.0)]), Some(Imm::f64(2.0)));
        assert_eq!(fold(Opcode::I32Clz, &[Imm::i32(0)]), Some(Imm::i32(32)));
        assert_eq!(fold(Opcode::I32TruncF64S, &[Imm::f64(f64::NAN)]), Some(Imm::i32(0)));
        // Wrong input types or arity, structural and memory ops: not folded.
        assert_eq!(fold(Opcode::I32Add, &[Imm::i64(1), Imm::i32(1)]), None);
        assert_eq!(fold(Opcode::I32Add, &[Imm::i32(1)]), None);
        assert_eq!(fold(Opcode::Mov, &[Imm::i32(1)]), None);
        assert_eq!(fold(Opcode::I32Load, &[Imm::i64(0)]), None);
    }
}
