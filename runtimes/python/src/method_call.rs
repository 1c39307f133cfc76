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

//!
//! Each call site has an *inline cache* (`py.method`'s `ics` and `site`: four slots of the
//! module's cache array, see [`load_method_cached`]), so a monomorphic site skips the lookup.

use crate::calls::Prepared;
use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, NONE, Tag, as_small};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use vmalloc::Any;

/// `how` for a plain function of the class taking exactly the tuple `(o, args...)`: `f` is
/// its registered address (an int), which the stub `__callm` calls with no host call.
pub const DIRECT: i32 = 4;
/// `how` for a built-in method found in the cache: `f` is the index of its name in the
/// runtime's table of method names (no str to read).
pub const BUILTIN_CACHED: i32 = 5;
/// The most names the table of built-in method names holds (calls of other names are not
/// cached).
const MAX_NAMES: usize = 4096;

/// An inline int.
fn small(n: i64) -> u64 {
    Any::from_int(n).map_or(NONE, |a| a.bits())
}

/// What a cache entry is keyed by besides the class version: an instance's class, or a
/// negative int for the built-in types whose methods `py.method` calls directly.
fn receiver_key(h: &mut Heap, o: u64) -> PyResult<Option<u64>> {
    Ok(match h.kind(o)? {
        Kind::Inst => Some(h.get(o, 0)?),
        Kind::Str => Some(small(-1)),
        Kind::Obj(Tag::List) => Some(small(-2)),
        Kind::Obj(Tag::Dict) => Some(small(-3)),
        Kind::Obj(Tag::Set) => Some(small(-4)),
        _ => None,
    })
}

/// `py.method(o, key, ics, site, nargs)`: [`load_method`] through the call site's inline
/// cache, slots `site..site + 4` of the any array `ics`: `[receiver key, class version, f,
/// how]`. A hit (the same class, or the same built-in type, and no class attribute assigned
/// or deleted since, the global class version of `calls.rs`) skips the lookup in the class;
/// an instance is still checked for an attribute of its own shadowing the method (and for a
/// guarded class). A miss looks the method up and fills the entry for a plain function
/// taking exactly `nargs` arguments after `o` ([`DIRECT`]) or a built-in method
/// ([`BUILTIN_CACHED`]).
pub fn load_method_cached(h: &mut Heap, o: u64, key: u64, ics: u64, site: usize, nargs: usize) -> PyResult<(i32, u64)> {
    let Some(rk) = receiver_key(h, o)? else { return load_method(h, o, key) };
    let version = small(h.io.class_version.load(Ordering::Relaxed) as i64);
    if h.get(ics, site)? == rk && h.get(ics, site + 1)? == version {
        if h.kind(o)? == Kind::Inst {
            let d = h.get(o, 1)?;
            if has_own(h, d, key)? || h.is_guarded(rk)? {
                return Ok((0, NONE));
            }
        }
        return Ok((as_small(h.get(ics, site + 3)?) as i32, h.get(ics, site + 2)?));
    }
    let (how, f) = load_method(h, o, key)?;
    let cached = match how {
        1 => direct_address(h, f, nargs)?.map(|addr| (DIRECT, small(addr))),
        2 => builtin_index(h, o, key)?.map(|i| (BUILTIN_CACHED, small(i as i64))),
        _ => None,
    };
    let (how, f) = cached.unwrap_or((how, f));
    if how == 1 || cached.is_some() {
        let fields = [rk, version, f, small(how as i64)];
        for (i, v) in fields.into_iter().enumerate() {
            h.set(ics, site + i, v)?;
        }
    }
    Ok((how, f))
}

/// Whether dict `d` (an instance's) has a key equal to str `key`: its keys `keys[0..n]` are
/// read in place (by identity, then as strings), without the dict's general lookup.
fn has_own(h: &mut Heap, d: u64, key: u64) -> PyResult<bool> {
    let heap = h.cx.heap();
    let scan = || {
        let m = heap.array_anys(Any::from_bits(d).as_ref()?)?;
        let n = usize::try_from(Any::from_bits(*m.get(1)?).as_int()?).ok()?;
        let keys = heap.array_anys(Any::from_bits(*m.get(2)?).as_ref()?)?.get(..n)?;
        let name = Any::from_bits(key).as_ref()?;
        let same =
            |&k: &u64| k == key || Any::from_bits(k).as_ref().is_some_and(|r| heap.string_eq(r, name).unwrap_or(false));
        Some(keys.iter().any(same))
    };
    match scan() {
        Some(found) => Ok(found),
        None => Ok(h.dict_find(d, key)?.is_some()),
    }
}

/// The registered address of plain function `f` when it takes exactly `nargs + 1` positional
/// arguments and has no closure (the call then passes the tuple as it is, as `fill_args`).
fn direct_address(h: &mut Heap, f: u64, nargs: usize) -> PyResult<Option<i64>> {
    if h.get(f, 5)? != NONE || as_small(h.get(f, 3)?) as usize != nargs + 1 || !crate::bind::is_plain(h, f)? {
        return Ok(None);
    }
    let index = as_small(h.get(f, 1)?) as usize;
    let funcs = h.io.funcs.lock().map_err(|_| PyErr::new("SystemError", String::new()))?;
    Ok(funcs.get(index).copied().filter(|&a| a >= 0).map(i64::from))
}

/// The index of built-in method `key` of `o` in the runtime's table of names, unless the
/// method is one of the extra methods of a special list or dict (a deque, a `Counter`),
/// which other objects of the type lack.
fn builtin_index(h: &mut Heap, o: u64, key: u64) -> PyResult<Option<usize>> {
    let name = h.text(key)?;
    if crate::mod_collections::extra_methods(h, o)?.contains(&name.as_str()) {
        return Ok(None);
    }
    let mut names = h.io.method_names.lock().map_err(|_| PyErr::new("SystemError", String::new()))?;
    if let Some(i) = names.iter().position(|n| **n == *name) {
        return Ok(Some(i));
    }
    if names.len() >= MAX_NAMES {
        return Ok(None);
    }
    names.push(name.into());
    Ok(Some(names.len() - 1))
}

/// The name of cached built-in method `i` ([`builtin_index`]).
fn builtin_name(h: &mut Heap, i: u64) -> PyResult<Arc<str>> {
    let names = h.io.method_names.lock().map_err(|_| PyErr::new("SystemError", String::new()))?;
    names.get(as_small(i) as usize).cloned().ok_or_else(|| PyErr::new("SystemError", "bad method cache".into()))
}

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
        2 | BUILTIN_CACHED => {
            let items = h.tuple_items(args)?;
            let name: Arc<str> = if how == 2 { h.text(f)?.into() } else { builtin_name(h, f)? };
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
        && let Some(init) = init_of(h, f)?
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

/// The most classes whose `__init__` [`init_of`] remembers.
const MAX_INITS: usize = 32;

/// `class.__init__` (along the MRO), remembered per class until a class attribute changes
/// (the class version of [`load_method_cached`]).
fn init_of(h: &mut Heap, class: u64) -> PyResult<Option<u64>> {
    let version = h.io.class_version.load(Ordering::Relaxed);
    {
        let inits = h.io.inits.lock().map_err(|_| PyErr::new("SystemError", String::new()))?;
        if let Some(e) = inits.iter().find(|e| e.class.bits() == class && e.version == version) {
            return Ok(e.init.as_ref().map(vmalloc::Rooted::bits));
        }
    }
    let init = h.class_lookup(class, "__init__")?;
    let heap = h.cx.heap();
    let root = |v: u64| heap.root_any(v).map_err(|_| PyErr::new("SystemError", String::new()));
    let entry = InitEntry { class: root(class)?, version, init: init.map(root).transpose()? };
    let mut inits = h.io.inits.lock().map_err(|_| PyErr::new("SystemError", String::new()))?;
    inits.retain(|e| e.version == version && e.class.bits() != class);
    if inits.len() >= MAX_INITS {
        inits.remove(0);
    }
    inits.push(entry);
    Ok(init)
}

/// A class's `__init__` as [`init_of`] found it at a class version.
pub struct InitEntry {
    class: vmalloc::Rooted,
    version: u64,
    init: Option<vmalloc::Rooted>,
}
