//! Modules the runtime implements natively: `py.import_module(name)` returns a module object
//! `[MODULE, name, attribute dict]` whose attributes are read with `py.getattr`. A module
//! function is a built-in function object named `module.function`; calling it reaches
//! [`call`], which dispatches on the module.

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, NONE, Tag, float};
use crate::{Io, def1};
use rootir::Type::Any as A;
use rootvm::Vm;
use std::sync::Arc;

/// A module attribute: a function or a constant.
pub(crate) enum Attr {
    /// A function `module.name`.
    Func(&'static str),
    /// A float constant.
    Float(&'static str, f64),
    /// A str constant.
    Str(&'static str, &'static str),
    /// An int constant.
    Int(&'static str, i64),
    /// A module object of the runtime (`sys.stdin`).
    Module(&'static str, &'static str),
}

/// The attributes of module `name`, or `None` if the runtime does not have it.
fn attributes(name: &str) -> Option<Vec<Attr>> {
    Some(match name {
        "math" => crate::mod_math::ATTRS
            .iter()
            .chain(crate::math_special::NAMES)
            .map(|&f| Attr::Func(f))
            .chain(crate::mod_math::constants())
            .collect(),
        "random" => crate::mod_random::FUNCS.iter().map(|&f| Attr::Func(f)).collect(),
        "string" => crate::mod_misc::string_constants(),
        "time" => crate::mod_misc::TIME.iter().map(|&f| Attr::Func(f)).collect(),
        "bisect" => crate::mod_misc::BISECT.iter().map(|&f| Attr::Func(f)).collect(),
        "heapq" => crate::mod_misc::HEAPQ.iter().map(|&f| Attr::Func(f)).collect(),
        "copy" => crate::mod_misc::COPY.iter().map(|&f| Attr::Func(f)).collect(),
        "itertools" => {
            crate::mod_iter::FUNCS.iter().chain(&prelude_funcs("itertools")).map(|&f| Attr::Func(f)).collect()
        }
        "collections" => {
            crate::mod_collections::FUNCS.iter().chain(&prelude_funcs("collections")).map(|&f| Attr::Func(f)).collect()
        }
        "sys" => vec![
            Attr::Func("exit"),
            Attr::Func("getrecursionlimit"),
            Attr::Func("setrecursionlimit"),
            Attr::Int("maxsize", i64::MAX),
            Attr::Module("stdout", "sys.stdout"),
            Attr::Module("stderr", "sys.stderr"),
            Attr::Str("platform", "linux"),
            Attr::Str("byteorder", "little"),
            Attr::Module("stdin", "sys.stdin"),
        ],
        "sys.stdin" => crate::stdin::FUNCS.iter().map(|&f| Attr::Func(f)).collect(),
        "sys.stdout" | "sys.stderr" => crate::stdin::OUT_FUNCS.iter().map(|&f| Attr::Func(f)).collect(),
        "io" => crate::mod_io::FUNCS.iter().map(|&f| Attr::Func(f)).collect(),
        "operator" => crate::mod_operator::OPERATOR.iter().map(|&f| Attr::Func(f)).collect(),
        "functools" => {
            crate::mod_operator::FUNCTOOLS.iter().chain(&prelude_funcs("functools")).map(|&f| Attr::Func(f)).collect()
        }
        "dataclasses" => prelude_funcs("dataclasses").into_iter().map(Attr::Func).collect(),
        "typing" => prelude_funcs("typing").into_iter().map(Attr::Func).collect(),
        "_rootvm" => crate::prelude::ROOTVM.iter().map(|&f| Attr::Func(f)).collect(),
        "asyncio" => prelude_funcs("asyncio").into_iter().map(Attr::Func).collect(),
        "cmath" => crate::complex::CMATH
            .iter()
            .map(|&f| Attr::Func(f))
            .chain([Attr::Float("pi", std::f64::consts::PI), Attr::Float("e", std::f64::consts::E)])
            .collect(),
        _ => return None,
    })
}

/// The functions of module `module` that the prelude implements (`prelude.rs`).
fn prelude_funcs(module: &str) -> Vec<&'static str> {
    crate::prelude::module_funcs(module).collect()
}

/// Registers `py.import_module(name) -> module`.
pub(crate) fn register(vm: &mut Vm, io: &Arc<Io>) {
    def1(vm, io, "import_module", &[A], |h, a| {
        let name = h.text(a[0])?;
        import(h, &name)
    });
}

/// The module object of `name`, or `ModuleNotFoundError`.
pub(crate) fn import(h: &mut Heap, name: &str) -> PyResult<u64> {
    let Some(attrs) = attributes(name) else {
        return Err(PyErr::new("ModuleNotFoundError", format!("No module named '{name}'")));
    };
    let d = h.dict()?;
    h.keep(d)?;
    for attr in attrs {
        let (key, value) = match attr {
            Attr::Func(f) => {
                let full = h.str(&format!("{name}.{f}"))?;
                h.keep(full)?;
                (f, h.obj(Tag::Builtin, &[full, crate::obj::int_bits(0)])?)
            }
            Attr::Float(k, x) => (k, float(x)),
            Attr::Str(k, s) => (k, h.str(s)?),
            Attr::Int(k, i) => (k, h.int(&i.into())?),
            Attr::Module(k, m) => (k, import(h, m)?),
        };
        h.keep(value)?;
        let k = h.str(key)?;
        h.keep(k)?;
        h.dict_set(d, k, value)?;
    }
    let n = h.str(name)?;
    h.keep(n)?;
    h.obj(Tag::Module, &[n, d])
}

/// `m.name` for a module object.
pub(crate) fn getattr(h: &mut Heap, m: u64, name: &str) -> PyResult<u64> {
    if name == "__name__" {
        return h.get(m, 1);
    }
    let d = h.get(m, 2)?;
    let key = h.str(name)?;
    h.keep(key)?;
    match h.dict_find(d, key)? {
        Some(i) => h.dict_value(d, i),
        None => {
            let n = h.get(m, 1)?;
            let n = h.text(n)?;
            Err(PyErr::new("AttributeError", format!("module '{n}' has no attribute '{name}'")))
        }
    }
}

/// Calls module function `full` (`module.function`) with positional `args` and keywords `kw`.
pub(crate) fn call(h: &mut Heap, full: &str, args: &[u64], kw: u64) -> PyResult<u64> {
    let (module, name) = full.split_once('.').unwrap_or((full, ""));
    let kw = keywords(h, kw)?;
    match module {
        "math" => crate::mod_math::call(h, name, args),
        "random" => crate::mod_random::call(h, name, args),
        "itertools" => crate::mod_iter::call(h, name, args, &kw),
        "collections" => crate::mod_collections::call(h, name, args, &kw),
        "operator" => crate::mod_operator::operator(h, name, args),
        "io" => crate::mod_io::call(h, name, args),
        "sys" if name.starts_with("stdin.") => crate::stdin::call(h, &name["stdin.".len()..], args),
        "sys" if name.starts_with("stdout.") || name.starts_with("stderr.") => {
            crate::stdin::call_out(h, name.starts_with("stderr."), &name[7..], args)
        }
        "sys" => sys(h, name, args),
        "functools" => crate::mod_operator::functools(h, name, args),
        "_rootvm" => crate::prelude::call(h, name, args),
        "cmath" => crate::complex::cmath(h, name, args),
        _ => crate::mod_misc::call(h, module, name, args, &kw),
    }
}

/// The keyword arguments of a call as (name, value) pairs.
fn keywords(h: &mut Heap, kw: u64) -> PyResult<Vec<(String, u64)>> {
    if kw == NONE {
        return Ok(Vec::new());
    }
    let (ks, vs) = h.dict_items(kw)?;
    ks.into_iter().zip(vs).map(|(k, v)| Ok((h.text(k)?, v))).collect()
}

/// Checks the number of positional arguments of `module.name`.
pub(crate) fn arity(name: &str, args: &[u64], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        let expect = if min == max { format!("{min}") } else { format!("{min} to {max}") };
        return Err(PyErr::type_error(format!(
            "{name}() takes {expect} positional argument{} but {} were given",
            if max == 1 { "" } else { "s" },
            args.len()
        )));
    }
    Ok(())
}

/// `v` as a float (ints converted), or `TypeError` naming the type.
pub(crate) fn as_float(h: &mut Heap, v: u64) -> PyResult<f64> {
    match h.num(v)? {
        Some(n) => crate::num::to_f64(&n),
        None => {
            let t = crate::ops::type_name(h, v)?;
            Err(PyErr::type_error(format!("must be real number, not {t}")))
        }
    }
}

/// The functions of the runtime's `sys` (reached by `from sys import ...`; `import sys` is
/// the frontend's compile-time name, which has `argv` too).
fn sys(h: &mut Heap, name: &str, a: &[u64]) -> PyResult<u64> {
    match name {
        "exit" => Err(crate::sysexit::raise(h, a.first().copied())),
        "getrecursionlimit" => Ok(crate::obj::int_bits(1000)),
        _ => Ok(NONE),
    }
}
