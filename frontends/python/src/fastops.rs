//! Operations the VM runs inline: arithmetic, `c[k]`, `c[k] = v`, `o.a` and `o.a = v` become
//! `any.*` instructions whose fast path (two ints, two floats, a list and an int index, an
//! attribute already in an instance's dict) needs no host call. Their slow path is the runtime's any hook, which does what the `py.*` host function of
//! the same operation does, exceptions and special methods (call requests) included, so the
//! check after them is the host call's.

use crate::cx::{Cx, R};
use crate::host;
use rootir::{Callee, FuncType, Opcode, Type};
use rustpython_parser::ast::{self, Expr};
use vstarr::stack::Shuffle;

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
        "getattr" => Opcode::AnyAttrGet,
        "setattr" => Opcode::AnyAttrSet,
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

impl<'a> Cx<'_, 'a> {
    /// `py.name` on the operands on the stack: inline when the VM has the operation, else the
    /// host call.
    pub fn op_or_host(&mut self, name: &str) {
        match inline_op(name) {
            Some(op) => {
                self.f.op(op);
                match host::pending(name) {
                    host::Pending::Any => self.check_any_result(),
                    pending => self.check_answering(pending),
                }
            }
            None => self.host(name),
        }
    }

    /// The check after an `any` operation with a result: the any hook answers a raised exception
    /// or a call request with the unbound marker, so only an invalid result needs the look at
    /// the exception box.
    pub fn check_any_result(&mut self) {
        self.f.shuffle(Shuffle::Dup);
        self.f.op(Opcode::AnyValid);
        let valid = self.f.branch_if(u32::MAX);
        self.check_answering(host::Pending::Any);
        self.f.patch_here(valid);
    }

    /// `a op= b` on the two operands on the stack, when the VM has the in-place operation;
    /// false (nothing emitted) otherwise.
    pub fn inplace_inline(&mut self, name: &str) -> bool {
        let Some(op) = inplace_op(name) else { return false };
        self.f.op(op);
        self.check_any_result();
        true
    }

    /// The truth (i32) of the `any` on the stack: `any.truth`, inline for none, bools, ints and
    /// floats; a special method's result (`__bool__`, `__len__`) goes through `py.truthy`.
    pub fn truth(&mut self) {
        self.f.op(Opcode::AnyTruth);
        self.f.shuffle(Shuffle::Dup);
        self.f.op(Opcode::AnyValid);
        let skip = self.f.branch_if(u32::MAX);
        self.f.shuffle(Shuffle::Pop);
        self.f.call(Callee::Func(crate::emit::F_PENDING), FuncType::new([], [Type::Any]));
        self.host("truthy");
        let end = self.f.jump(u32::MAX);
        self.f.patch_here(skip);
        self.f.op(Opcode::AnyToBool);
        self.f.patch_here(end);
    }

    /// `a, b = x, y` (a display of as many plain items as there are plain targets) without the
    /// tuple: the values are evaluated left to right into temporaries, then stored left to right,
    /// as CPython's build-then-unpack does. False (nothing emitted) for other shapes.
    pub fn parallel_assign<'e>(&mut self, target: &'e Expr, value: &'e Expr) -> R<bool>
    where
        'e: 'a,
    {
        let (Expr::Tuple(ast::ExprTuple { elts: ts, .. }) | Expr::List(ast::ExprList { elts: ts, .. })) = target else {
            return Ok(false);
        };
        let Expr::Tuple(ast::ExprTuple { elts: vs, .. }) = value else { return Ok(false) };
        let starred = |xs: &[Expr]| xs.iter().any(|x| matches!(x, Expr::Starred(_)));
        if ts.len() != vs.len() || starred(ts) || starred(vs) {
            return Ok(false);
        }
        let mut temps = Vec::new();
        for v in vs {
            self.expr(v)?;
            let t = self.f.temp(Type::Any);
            self.f.store(t);
            temps.push(t);
        }
        for (t, target) in temps.into_iter().zip(ts) {
            self.f.load(t);
            self.store_target(target)?;
        }
        Ok(true)
    }
}
