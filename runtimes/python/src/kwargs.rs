//! Keyword arguments of built-in methods and functions: each accepted name has a position and
//! a default, so a call with keywords becomes the positional call the methods already take
//! (`"a b".split(maxsplit=1)` is `split(None, 1)`).

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, NONE, bool_, int_bits};

/// A parameter's default.
#[derive(Clone, Copy)]
enum Dflt {
    None,
    Int(i64),
    Bool(bool),
    Str(&'static str),
    /// No default: the argument must be given.
    Required,
}

use Dflt as D;

/// Methods of built-in objects and the classes' methods (`int.from_bytes`) that take keywords.
const METHODS: &[(&str, &[(&str, Dflt)])] = &[
    ("split", &[("sep", D::None), ("maxsplit", D::Int(-1))]),
    ("rsplit", &[("sep", D::None), ("maxsplit", D::Int(-1))]),
    ("splitlines", &[("keepends", D::Bool(false))]),
    ("encode", &[("encoding", D::Str("utf-8")), ("errors", D::Str("strict"))]),
    ("decode", &[("encoding", D::Str("utf-8")), ("errors", D::Str("strict"))]),
    ("expandtabs", &[("tabsize", D::Int(8))]),
    ("to_bytes", &[("length", D::Int(1)), ("byteorder", D::Str("big")), ("signed", D::Bool(false))]),
    ("from_bytes", &[("bytes", D::Required), ("byteorder", D::Str("big")), ("signed", D::Bool(false))]),
    ("most_common", &[("n", D::None)]),
];

/// Built-in functions that take keywords beyond those `call_builtin_named` reads itself.
const FUNCTIONS: &[(&str, &[(&str, Dflt)])] = &[
    ("int", &[("x", D::Required), ("base", D::Int(10))]),
    ("bytes", &[("source", D::Required), ("encoding", D::Str("utf-8")), ("errors", D::Str("strict"))]),
    ("bytearray", &[("source", D::Required), ("encoding", D::Str("utf-8")), ("errors", D::Str("strict"))]),
    ("str", &[("object", D::Str("")), ("encoding", D::Str("utf-8")), ("errors", D::Str("strict"))]),
    ("round", &[("number", D::Required), ("ndigits", D::None)]),
    ("pow", &[("base", D::Required), ("exp", D::Required), ("mod", D::None)]),
    (
        "open",
        &[
            ("file", D::Required),
            ("mode", D::Str("r")),
            ("buffering", D::Int(-1)),
            ("encoding", D::None),
            ("errors", D::None),
            ("newline", D::None),
        ],
    ),
];

/// The positional arguments of method `name` called with `args` and keywords `kw` (a dict).
pub(crate) fn method_args(h: &mut Heap, name: &str, args: Vec<u64>, kw: u64) -> PyResult<Vec<u64>> {
    let short = name.rsplit('.').next().unwrap_or(name);
    match METHODS.iter().find(|(n, _)| *n == short) {
        Some((_, params)) => place(h, short, params, args, kw),
        None => Err(PyErr::type_error(format!("{short}() takes no keyword arguments"))),
    }
}

/// For built-in function `name` with keywords: its positional arguments, if it is one of
/// [`FUNCTIONS`].
pub(crate) fn function_args(h: &mut Heap, name: &str, args: &[u64], kw: u64) -> PyResult<Option<Vec<u64>>> {
    match FUNCTIONS.iter().find(|(n, _)| *n == name) {
        Some((_, params)) => place(h, name, params, args.to_vec(), kw).map(Some),
        None => Ok(None),
    }
}

/// Puts keyword arguments at their parameters' positions, filling gaps with defaults.
fn place(h: &mut Heap, name: &str, params: &[(&str, Dflt)], mut args: Vec<u64>, kw: u64) -> PyResult<Vec<u64>> {
    if args.len() > params.len() {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {} arguments ({} given)",
            params.len(),
            args.len()
        )));
    }
    let mut slots: Vec<Option<u64>> = args.drain(..).map(Some).collect();
    slots.resize(params.len(), None);
    if kw != NONE {
        let (ks, vs) = h.dict_items(kw)?;
        for (k, v) in ks.into_iter().zip(vs) {
            let key = h.text(k)?;
            let Some(i) = params.iter().position(|(p, _)| *p == key) else {
                return Err(PyErr::type_error(format!("'{key}' is an invalid keyword argument for {name}()")));
            };
            if slots[i].is_some() {
                return Err(PyErr::type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )));
            }
            slots[i] = Some(v);
        }
    }
    // Trailing parameters nobody gave stay absent, so methods see their usual arity.
    while slots.last().is_some_and(|s| s.is_none()) {
        slots.pop();
    }
    let mut out = Vec::with_capacity(slots.len());
    for (i, s) in slots.into_iter().enumerate() {
        out.push(match (s, params[i].1) {
            (Some(v), _) => v,
            (None, D::None) => NONE,
            (None, D::Int(n)) => int_bits(n),
            (None, D::Bool(b)) => bool_(b),
            (None, D::Str(t)) => {
                let v = h.str(t)?;
                h.keep(v)?
            }
            (None, D::Required) => {
                let p = params[i].0;
                return Err(PyErr::type_error(format!("{name}() missing required argument '{p}' (pos {})", i + 1)));
            }
        });
    }
    Ok(out)
}
