//! The `py` runtime's host functions this frontend calls, with their signatures (the runtime
//! crate `rootvm-python` registers them; the linker checks the two agree).

use rootir::FuncType;
use rootir::Type::{self, Any as A, F64, I32, I64, Ref as R};

const TABLE: &[(&str, &[Type], &[Type])] = &[
    ("none", &[], &[A]),
    ("unbound", &[], &[A]),
    ("int", &[I64], &[A]),
    ("float", &[F64], &[A]),
    ("bool", &[I32], &[A]),
    ("ref_any", &[R], &[A]),
    ("bigint", &[A], &[A]),
    ("gname", &[I32, R], &[]),
    ("chk", &[A, I32], &[A]),
    ("argv", &[A], &[A]),
    ("add", &[A, A], &[A]),
    ("sub", &[A, A], &[A]),
    ("mul", &[A, A], &[A]),
    ("truediv", &[A, A], &[A]),
    ("floordiv", &[A, A], &[A]),
    ("mod", &[A, A], &[A]),
    ("pow", &[A, A], &[A]),
    ("lshift", &[A, A], &[A]),
    ("rshift", &[A, A], &[A]),
    ("and", &[A, A], &[A]),
    ("or", &[A, A], &[A]),
    ("xor", &[A, A], &[A]),
    ("eq", &[A, A], &[A]),
    ("ne", &[A, A], &[A]),
    ("lt", &[A, A], &[A]),
    ("le", &[A, A], &[A]),
    ("gt", &[A, A], &[A]),
    ("ge", &[A, A], &[A]),
    ("is", &[A, A], &[A]),
    ("is_not", &[A, A], &[A]),
    ("in", &[A, A], &[A]),
    ("not_in", &[A, A], &[A]),
    ("neg", &[A], &[A]),
    ("pos", &[A], &[A]),
    ("invert", &[A], &[A]),
    ("not", &[A], &[A]),
    ("truthy", &[A], &[I32]),
    ("getitem", &[A, A], &[A]),
    ("setitem", &[A, A, A], &[]),
    ("delitem", &[A, A], &[]),
    ("slice", &[A, A, A, A], &[A]),
    ("list_new", &[], &[A]),
    ("list_append", &[A, A], &[]),
    ("tuple_new", &[I32], &[A]),
    ("tuple_set", &[A, I32, A], &[]),
    ("tuple_get", &[A, I32], &[A]),
    ("dict_new", &[], &[A]),
    ("dict_set", &[A, A, A], &[]),
    ("iter", &[A], &[A]),
    ("next", &[A], &[I32, A]),
    ("unpack", &[A, I32], &[A]),
    ("getattr", &[A, A], &[A]),
    ("setattr", &[A, A, A], &[]),
    ("reg_func", &[I32, I32], &[]),
    ("make_func", &[I32, A, I32, A], &[A]),
    ("make_class", &[A, A], &[A]),
    ("super", &[A, A], &[A]),
    ("call_prepare", &[A, A], &[I32, I32, A, A]),
    ("raise", &[A], &[]),
    ("assert_fail", &[A], &[]),
    ("builtin", &[A, A, A], &[A]),
    ("builtin_value", &[A], &[A]),
    ("format", &[A, A], &[A]),
    ("join", &[A], &[A]),
    ("exit", &[A], &[]),
    ("set_exc_box", &[R], &[]),
    ("exc_from", &[R, I32], &[A]),
    ("exc_match", &[A, A], &[I32]),
    ("uncaught", &[R, I32], &[]),
    ("dunder", &[A, I32], &[I32, A]),
    ("anyhook", &[I32, A, A], &[A]),
    ("undecorate", &[A], &[A]),
    ("list_assign", &[A, A], &[]),
    ("text", &[A, I32], &[A]),
    ("cell_new", &[A], &[A]),
    ("cell_get", &[A], &[A]),
    ("cell_set", &[A, A], &[]),
    ("set_closure", &[A, A], &[A]),
    ("tb_info", &[R], &[]),
    ("call_prepare_kw", &[A, A, A], &[I32, I32, A, A]),
    ("func_sig", &[A, A, I32, A], &[A]),
    ("args_flat", &[A, I32], &[A]),
    ("kw_merge", &[A, A], &[]),
    ("inplace", &[A, A, I32], &[A]),
    ("pending_call", &[R], &[I32, A, A]),
    ("descriptor", &[I32, A], &[A]),
    ("text_step", &[A, I32, I32], &[I32, A]),
    ("repr_put", &[A, A], &[]),
    ("set_slice", &[A, A, A, A, A], &[]),
    ("del_slice", &[A, A, A, A], &[]),
    ("gen_new", &[I32, A, A, I32, A], &[A]),
    ("gen_state", &[A], &[I32]),
    ("gen_set_state", &[A, I32], &[]),
    ("gen_save", &[A, I32, A], &[]),
    ("gen_load", &[A, I32], &[A]),
    ("gen_done", &[A], &[A]),
    ("gen_sent", &[A], &[A]),
    ("gen_value", &[A], &[I32, A]),
    ("gen_check", &[A], &[A]),
    ("pending_drain", &[R], &[A, I32]),
    ("tuple_replace", &[A, I32, A], &[A]),
];

/// Host functions that never raise a Python exception (no check follows their calls).
const NEVER_RAISE: &[&str] = &[
    "none",
    "unbound",
    "int",
    "float",
    "bool",
    "ref_any",
    "gname",
    "reg_func",
    "set_exc_box",
    "exc_from",
    "uncaught",
    "tuple_new",
    "tuple_set",
    "tuple_get",
    "list_new",
    "dict_new",
    "make_func",
    "make_class",
    "super",
    "argv",
    "builtin_value",
    "is",
    "is_not",
    "cell_new",
    "cell_set",
    "set_closure",
    "tb_info",
    "pending_call",
    "gen_state",
    "gen_set_state",
    "gen_save",
    "gen_load",
    "gen_done",
    "gen_sent",
    "gen_value",
    "pending_drain",
];

/// What the check after a call of `py.name` does with a call request of the runtime (a
/// special method to call, `runtimes/python/src/dunder.rs`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    /// The host function makes no requests.
    Never,
    /// The method's result replaces the host function's `any` result.
    Any,
    /// The host function has no result; the method's result is dropped.
    Drop,
    /// The truth of the method's result replaces the host function's i32 result.
    Truth,
    /// `next` of a `for` loop: `__pending_next` gives the `(has value, value)` pair, a
    /// `StopIteration` from `__next__` ending the loop.
    Next,
}

/// How a call of `py.name` answers call requests.
pub fn pending(name: &str) -> Pending {
    match name {
        "add" | "sub" | "mul" | "truediv" | "floordiv" | "mod" | "pow" | "lshift" | "rshift" | "and" | "or" | "xor"
        | "inplace" | "eq" | "ne" | "lt" | "le" | "gt" | "ge" | "in" | "not_in" | "neg" | "pos" | "invert" | "not"
        | "getitem" | "getattr" | "builtin" | "iter" => Pending::Any,
        "next" => Pending::Next,
        "setitem" | "delitem" | "setattr" => Pending::Drop,
        "truthy" => Pending::Truth,
        _ => Pending::Never,
    }
}

/// Whether a call of `py.name` may raise (and so is followed by the exception check).
pub fn may_raise(name: &str) -> bool {
    !NEVER_RAISE.contains(&name)
}

/// The signature of host function `py.name`, if the runtime has one.
pub fn signature(name: &str) -> Option<FuncType> {
    TABLE.iter().find(|(n, _, _)| *n == name).map(|(_, p, r)| FuncType::new(p.to_vec(), r.to_vec()))
}

/// The built-in functions and types the runtime implements (called as `py.builtin(name, ...)`).
pub const BUILTINS: &[&str] = &[
    "print",
    "len",
    "str",
    "repr",
    "int",
    "float",
    "bool",
    "range",
    "abs",
    "min",
    "max",
    "sum",
    "list",
    "tuple",
    "dict",
    "isinstance",
    "sorted",
    "reversed",
    "enumerate",
    "zip",
    "chr",
    "ord",
    "divmod",
    "pow",
    "round",
    "any",
    "all",
    "hex",
    "bin",
    "type",
    "iter",
    "next",
    "BaseException",
    "Exception",
    "ArithmeticError",
    "ZeroDivisionError",
    "OverflowError",
    "LookupError",
    "IndexError",
    "KeyError",
    "ValueError",
    "TypeError",
    "NameError",
    "UnboundLocalError",
    "AttributeError",
    "RuntimeError",
    "NotImplementedError",
    "RecursionError",
    "AssertionError",
    "StopIteration",
];

/// Whether `name` is a built-in exception class.
pub fn is_exception(name: &str) -> bool {
    name.ends_with("Error") || name.ends_with("Exception") || name == "StopIteration"
}
