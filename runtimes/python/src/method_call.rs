//! Method calls `o.name(args)` without a bound method (CPython's `LOAD_METHOD` and
//! `CALL`): `py.method` looks the method up before the arguments are evaluated, and the
//! generated code builds one argument tuple whose item 0 is `o`, which `py.call_prepare_m`
//! (through the stub `__callm`) uses as it is for a function found on the class.
//!
//! `py.method(o, name) -> (how, f)`:
//! - 1: `f` is a plain function of `o`'s class (not shadowed by the instance's dict): call it
//!   with the tuple `(o, args...)`;
//! - 2: `o` is a list, dict, set or str and `name` one of its built-in methods: `f` is the
//!   name, called with `o` and the args, no method object;
//! - 3 ([`SLOT_FREE`], made by the generated code for calls of a module-level class by
//!   name): item 0 of the tuple is free; a class with a plain `__init__` gets its new
//!   instance there, so the tuple is `__init__`'s argument tuple as it is;
//! - 0: anything else; the generated code then reads the attribute with `py.getattr`
//!   (which raises CPython's AttributeError or calls a property) and `py.call_prepare_m`
//!   calls it with the tuple minus item 0.

use crate::calls::Prepared;
use crate::err::PyResult;
use crate::obj::{Heap, Kind, NONE, Tag, as_small};

/// `py.method(o, key)`: how to call method `key` of `o` (see the module documentation).
/// Never raises: anything unusual is case 0, the generic path.
pub fn load_method(h: &mut Heap, o: u64, key: u64) -> PyResult<(i32, u64)> {
    match h.kind(o)? {
        Kind::Inst => {
            let d = h.get(o, 1)?;
            if h.dict_find(d, key)?.is_some() {
                return Ok((0, NONE));
            }
            let class = h.get(o, 0)?;
            if h.is_guarded(class)? {
                return Ok((0, NONE));
            }
            match h.mro_find(class, key, NONE)? {
                Some(v) if h.kind(v)? == Kind::Obj(Tag::Func) => Ok((1, v)),
                _ => Ok((0, NONE)),
            }
        }
        Kind::Str | Kind::Obj(Tag::List | Tag::Dict | Tag::Set) => {
            let name = h.text(key)?;
            let plain = !crate::generators::consumes_whole(&name) && crate::builtins::has_method(h, o, &name)?;
            Ok(if plain { (2, key) } else { (0, NONE) })
        }
        _ => Ok((0, NONE)),
    }
}

/// `py.call_prepare_m(f, args, how)`: sets up the call of a method that `py.method` looked up
/// (`how`, `f`; `args` is the tuple `(o, args...)`).
pub fn call_prepare_m(h: &mut Heap, f: u64, args: u64, how: i32) -> PyResult<Prepared> {
    match how {
        1 => h.call_prepare(f, args),
        2 => {
            let items = h.tuple_items(args)?;
            let name = h.text(f)?;
            match crate::builtins::call_method(h, items[0], &name, &items[1..]) {
                Ok(value) => Ok(Prepared { mode: 0, func: 0, args, value }),
                // A special method needed inside it (`sort` of objects with `__lt__`): the
                // prelude redoes the call.
                Err(e) => {
                    let key = format!("{}.{name}", crate::ops::type_name(h, items[0])?);
                    Err(crate::prelude::retry_err(h, e, &key, &items, 1))
                }
            }
        }
        SLOT_FREE => construct(h, f, args),
        _ => {
            let items = h.tuple_items(args)?;
            let rest = h.tuple(&items[1..])?;
            h.keep(rest)?;
            h.call_prepare(f, rest)
        }
    }
}

/// `how` of a call whose tuple's item 0 is free (see the module documentation).
pub const SLOT_FREE: i32 = 3;

/// `f(args...)` with item 0 of `args` free: a class whose `__init__` is a plain function
/// makes its instance and calls `__init__` with `args` (the instance in item 0) when the
/// arguments match its parameters; any other callee (and a mismatch, for CPython's
/// TypeError) gets the tuple without item 0.
fn construct(h: &mut Heap, f: u64, args: u64) -> PyResult<Prepared> {
    if h.kind(f)? == Kind::Obj(Tag::Class)
        && let Some(init) = h.class_lookup(f, "__init__")?
        && h.kind(init)? == Kind::Obj(Tag::Func)
        && crate::bind::is_plain(h, init)?
        && as_small(h.get(init, 3)?) as usize == h.len(args)? - 1
    {
        let _init = h.pin(init)?;
        let inst = h.new_instance(f)?;
        let _inst = h.pin(inst)?;
        h.set(args, 1, inst)?;
        let p = h.call_prepare(init, args)?;
        return Ok(Prepared { mode: 2, value: inst, ..p });
    }
    let items = h.tuple_items(args)?;
    let rest = h.tuple(&items[1..])?;
    h.keep(rest)?;
    h.call_prepare(f, rest)
}
