//! Operations the VM runs inline: arithmetic, `c[k]` and `c[k] = v` become `any.*`
//! instructions whose fast path (two ints, two floats, a list and an int index) needs no host
//! call. Their slow path is the runtime's any hook, which does what the `py.*` host function of
//! the same operation does, exceptions and special methods (call requests) included, so the
//! check after them is the host call's.

use crate::cx::Cx;
use crate::host;
use rootir::Opcode;

/// The `any` operation standing in for host function `py.name`, if there is one.
fn inline_op(name: &str) -> Option<Opcode> {
    Some(match name {
        "add" => Opcode::AnyAdd,
        "sub" => Opcode::AnySub,
        "mul" => Opcode::AnyMul,
        "truediv" => Opcode::AnyTrueDiv,
        "floordiv" => Opcode::AnyFloorDiv,
        "mod" => Opcode::AnyMod,
        "pow" => Opcode::AnyPow,
        "lshift" => Opcode::AnyShl,
        "rshift" => Opcode::AnyShr,
        "and" => Opcode::AnyAnd,
        "or" => Opcode::AnyOr,
        "xor" => Opcode::AnyXor,
        "neg" => Opcode::AnyNeg,
        "getitem" => Opcode::AnyVecGet,
        "setitem" => Opcode::AnyVecSet,
        _ => return None,
    })
}

/// The in-place `any` operation of `x op= v`, for the operators whose in-place form the VM has.
fn inplace_op(name: &str) -> Option<Opcode> {
    Some(match name {
        "add" => Opcode::AnyIAdd,
        "sub" => Opcode::AnyISub,
        "mul" => Opcode::AnyIMul,
        _ => return None,
    })
}

impl Cx<'_, '_> {
    /// `py.name` on the operands on the stack: inline when the VM has the operation, else the
    /// host call.
    pub fn op_or_host(&mut self, name: &str) {
        match inline_op(name) {
            Some(op) => {
                self.f.op(op);
                self.check_answering(host::pending(name));
            }
            None => self.host(name),
        }
    }

    /// `a op= b` on the two operands on the stack, when the VM has the in-place operation;
    /// false (nothing emitted) otherwise.
    pub fn inplace_inline(&mut self, name: &str) -> bool {
        let Some(op) = inplace_op(name) else { return false };
        self.f.op(op);
        self.check_answering(host::Pending::Any);
        true
    }
}
