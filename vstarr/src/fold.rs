//! Constant folding of one operation, generated from the opcode table: it calls the very
//! functions of [`rootir::semantics`] the VM executes. Operations that would trap are not
//! folded (the trap must still happen at run time).

use crate::stack::Imm;
use rootir::Opcode;

/// The result of `op` applied to constant inputs, or `None` when `op` is not a unary or
/// binary typed operation of `rootir::semantics` (heap and memory operations never fold), the inputs do not have its types, or it traps on them.
pub fn fold(op: Opcode, args: &[Imm]) -> Option<Imm> {
    if op.is_heap() || !matches!(op.format(), rootir::Format::Unary | rootir::Format::Binary) {
        return None;
    }
    let typing = op.typing()?;
    let ty = typing.output?;
    if typing.inputs.len() != args.len() || typing.inputs.iter().zip(args).any(|(&t, a)| t != a.ty) {
        return None;
    }
    let bits: Vec<u64> = args.iter().map(|a| a.bits).collect();
    let result = rootir::semantics::eval(op, &bits)?.ok()?;
    Some(Imm { ty, bits: result })
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
