//! `x is None` and `x is not None` inline: `any.kind` is 0 exactly for None, so the test
//! needs no host call (other `is` tests call `py.is`).

use crate::cx::{Cx, R};
use rootir::Opcode;
use rustpython_parser::ast::{self, CmpOp, Constant, Expr};

/// The operand of `x is None` / `x is not None` (and whether it is `is not`).
pub fn none_test(c: &ast::ExprCompare) -> Option<(&Expr, bool)> {
    let ([op], [Expr::Constant(k)]) = (&c.ops[..], &c.comparators[..]) else { return None };
    if !matches!(k.value, Constant::None) {
        return None;
    }
    match op {
        CmpOp::Is => Some((&c.left, false)),
        CmpOp::IsNot => Some((&c.left, true)),
        _ => None,
    }
}

impl<'a> Cx<'_, 'a> {
    /// Pushes the i32 truth of `x is None` (`negate`: `is not`).
    pub fn none_test_i32(&mut self, x: &'a Expr, negate: bool) -> R {
        self.expr(x)?;
        self.f.op(Opcode::AnyKind);
        if !negate {
            self.f.op(Opcode::I32Eqz);
        }
        Ok(())
    }
}
