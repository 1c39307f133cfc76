//! `operator` (the operators as functions) and `functools.reduce`. The runtime cannot call
//! guest functions yet, so `reduce` takes a built-in callable (`operator.add`, `max`, ...);
//! a Python function gives a clear `NotImplementedError`.

use crate::err::{PyErr, PyResult};
use crate::modules::arity;
use crate::num::BinOp;
use crate::obj::{Heap, Kind, NONE, Tag, bool_};
use crate::ops::{self, CmpOp};

/// The functions of `operator`.
pub(crate) const OPERATOR: &[&str] = &[
    "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor", "neg", "pos",
    "invert", "not_", "truth", "abs", "eq", "ne", "lt", "le", "gt", "ge", "is_", "is_not", "contains", "getitem",
    "concat", "index",
];

/// The functions of `functools`.
pub(crate) const FUNCTOOLS: &[&str] = &["reduce"];

/// Calls `operator.name`.
pub(crate) fn operator(h: &mut Heap, name: &str, a: &[u64]) -> PyResult<u64> {
    let bin = match name {
        "add" | "concat" => Some(BinOp::Add),
        "sub" => Some(BinOp::Sub),
        "mul" => Some(BinOp::Mul),
        "truediv" => Some(BinOp::TrueDiv),
        "floordiv" => Some(BinOp::FloorDiv),
        "mod" => Some(BinOp::Mod),
        "pow" => Some(BinOp::Pow),
        "lshift" => Some(BinOp::LShift),
        "rshift" => Some(BinOp::RShift),
        "and_" => Some(BinOp::And),
        "or_" => Some(BinOp::Or),
        "xor" => Some(BinOp::Xor),
        _ => None,
    };
    if let Some(op) = bin {
        arity(name, a, 2, 2)?;
        return ops::binop(h, op, a[0], a[1]);
    }
    let cmp = match name {
        "eq" => Some(CmpOp::Eq),
        "ne" => Some(CmpOp::Ne),
        "lt" => Some(CmpOp::Lt),
        "le" => Some(CmpOp::Le),
        "gt" => Some(CmpOp::Gt),
        "ge" => Some(CmpOp::Ge),
        _ => None,
    };
    if let Some(op) = cmp {
        arity(name, a, 2, 2)?;
        return Ok(bool_(ops::compare_op(h, op, a[0], a[1])?));
    }
    match name {
        "neg" | "pos" | "invert" => {
            arity(name, a, 1, 1)?;
            let c = match name {
                "neg" => '-',
                "pos" => '+',
                _ => '~',
            };
            ops::unary(h, c, a[0])
        }
        "not_" | "truth" => {
            arity(name, a, 1, 1)?;
            let t = ops::truthy(h, a[0])?;
            Ok(bool_(if name == "truth" { t } else { !t }))
        }
        "abs" | "index" => {
            arity(name, a, 1, 1)?;
            let tuple = h.tuple(a)?;
            h.keep(tuple)?;
            crate::builtins::call_builtin_named(h, if name == "abs" { "abs" } else { "int" }, tuple, NONE)
        }
        "is_" | "is_not" => {
            arity(name, a, 2, 2)?;
            let same = ops::same(h, a[0], a[1])?;
            Ok(bool_(if name == "is_" { same } else { !same }))
        }
        "contains" => {
            arity(name, a, 2, 2)?;
            Ok(bool_(ops::contains(h, a[0], a[1])?))
        }
        "getitem" => {
            arity(name, a, 2, 2)?;
            ops::getitem(h, a[0], a[1])
        }
        _ => Err(PyErr::new("AttributeError", format!("module 'operator' has no attribute '{name}'"))),
    }
}

/// Calls built-in callable `f` with `args`.
fn call_builtin(h: &mut Heap, f: u64, args: &[u64]) -> PyResult<u64> {
    if h.kind(f)? != Kind::Obj(Tag::Builtin) {
        return Err(PyErr::new(
            "NotImplementedError",
            "functools.reduce with a Python function is not supported yet (pass a built-in such as operator.add)"
                .into(),
        ));
    }
    let name = h.get(f, 1)?;
    let name = h.text(name)?;
    let t = h.tuple(args)?;
    h.keep(t)?;
    crate::builtins::call_builtin_named(h, &name, t, NONE)
}

/// Calls `functools.name`.
pub(crate) fn functools(h: &mut Heap, name: &str, a: &[u64]) -> PyResult<u64> {
    match name {
        "reduce" => {
            arity(name, a, 2, 3)?;
            let items = ops::iterate(h, a[1])?;
            let mut it = items.into_iter();
            let mut acc = match a.get(2) {
                Some(&init) => init,
                None => it
                    .next()
                    .ok_or_else(|| PyErr::type_error("reduce() of empty iterable with no initial value".into()))?,
            };
            for x in it {
                acc = call_builtin(h, a[0], &[acc, x])?;
                h.keep(acc)?;
            }
            Ok(acc)
        }
        _ => Err(PyErr::new("AttributeError", format!("module 'functools' has no attribute '{name}'"))),
    }
}
