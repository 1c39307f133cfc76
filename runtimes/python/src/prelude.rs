//! The prelude: built-ins that must call Python code (`map(lambda ...)`, `functools.reduce`,
//! `sorted` of objects with `__lt__`, `x in xs` of objects with `__eq__` ...) are written in
//! Python (`frontends/python/src/prelude/*.py`), compiled with the program and linked as module
//! `__rootvm_prelude__`. Its body hands the runtime a dict of its functions
//! (`_rootvm.register(table)`); the dict stays alive as a global of that module.
//!
//! When a host function the program called directly meets such a case, it answers with a call
//! request (`dunder.rs`) of the prelude function `table[name](args, kw)` instead of a result:
//! the guest runs the Python version and its result stands in for the host function's. The
//! common paths (built-in callables, ints, strs) never look at the prelude.

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, NONE, Tag, bool_};
use crate::ops::CmpOp;

/// The functions of module `_rootvm` (see [`call`]).
pub(crate) const ROOTVM: &[&str] = &[
    "register",
    "is_notimpl",
    "unpack",
    "make_class",
    "setattr",
    "has",
    "hash_peers",
    "keyed",
    "own",
    "delattr",
    "class_dict",
    "tuple_hash",
];

/// The prelude's helpers in module `_rootvm`: `register(table)` remembers the prelude's dict
/// of functions; `is_notimpl(v)` says whether `v` is `NotImplemented`; `unpack(items, shape)`
/// is `py.unpack` of a list; `make_class(name, attrs)` makes a class with these attributes;
/// `setattr(o, name, v)`; `has(class, name)` says whether the class has (or inherits) it;
/// `tuple_hash(hashes)` is CPython's hash of a tuple whose items hash to `hashes`.
pub(crate) fn call(h: &mut Heap, name: &str, args: &[u64]) -> PyResult<u64> {
    match (name, args) {
        ("unpack", &[items, shape]) => {
            let items = h.list_items(items)?;
            return crate::assign::unpack(h, items, crate::obj::as_small(shape) as u32);
        }
        ("has", &[class, attr]) => {
            let attr = h.text(attr)?;
            let found = h.kind(class)? == Kind::Obj(Tag::Class) && h.class_lookup(class, &attr)?.is_some();
            return Ok(bool_(found));
        }
        ("hash_peers", &[c, hash]) => {
            let hash = crate::builtins::small_int(h, hash)?;
            return crate::keyed::peers(h, c, hash);
        }
        ("keyed", &[op, hash, args]) => {
            let hash = crate::builtins::small_int(h, hash)?;
            return crate::keyed::run(h, op, hash, args);
        }
        ("own", &[class, attr]) => {
            let own = h.kind(class)? == Kind::Obj(Tag::Class) && {
                let d = h.get(class, 3)?;
                h.dict_find(d, attr)?.is_some()
            };
            return Ok(bool_(own));
        }
        ("class_dict", &[class]) if h.kind(class)? == Kind::Obj(Tag::Class) => return h.get(class, 3),
        ("tuple_hash", &[hashes]) => {
            let mut hs = Vec::new();
            for x in h.list_items(hashes)? {
                hs.push(crate::builtins::small_int(h, x)?);
            }
            return h.int(&num_bigint::BigInt::from(crate::hash::tuple_hash(&hs)));
        }
        ("delattr", &[o, attr]) => {
            h.delattr(o, attr)?;
            return Ok(NONE);
        }
        ("setattr", &[o, attr, v]) => {
            h.setattr(o, attr, v)?;
            return Ok(NONE);
        }
        ("make_class", &[class_name, attrs, base]) => {
            let class = h.make_class(class_name, base)?;
            let _c = h.pin(class)?;
            let d = h.get(class, 3)?;
            let (ks, vs) = h.dict_items(attrs)?;
            for (k, v) in ks.into_iter().zip(vs) {
                h.dict_set(d, k, v)?;
            }
            return Ok(class);
        }
        _ => {}
    }
    let [v] = args[..] else { return Err(PyErr::type_error(format!("_rootvm.{name}() takes one argument"))) };
    if name == "is_notimpl" {
        let yes = matches!(vmalloc::Any::from_bits(v).as_ref(), Some(r) if !r.is_null())
            && h.kind(v)? == Kind::Obj(Tag::Builtin)
            && {
                let n = h.get(v, 1)?;
                h.text(n)? == "NotImplemented"
            };
        return Ok(bool_(yes));
    }
    *h.io.prelude.lock().map_err(|_| PyErr::new("SystemError", String::new()))? = v;
    Ok(NONE)
}

/// The prelude function `name`, if the prelude is linked and has it.
fn lookup(h: &mut Heap, name: &str) -> PyResult<Option<u64>> {
    let table = *h.io.prelude.lock().map_err(|_| PyErr::new("SystemError", String::new()))?;
    if table == 0 {
        return Ok(None);
    }
    let key = h.str(name)?;
    let _k = h.pin(key)?;
    match h.dict_find(table, key)? {
        Some(i) => h.dict_value(table, i).map(Some),
        None => Ok(None),
    }
}

/// A call request of prelude function `name` with the argument tuple `args` and the keyword
/// dict `kw` (none: no keywords); `None` without a prelude (or without `name` in it).
pub(crate) fn request(h: &mut Heap, name: &str, args: u64, kw: u64, mode: i64) -> PyResult<Option<PyErr>> {
    let Some(f) = lookup(h, name)? else { return Ok(None) };
    let _f = h.pin(f)?;
    crate::dunder::request(h, f, &[args, kw], mode).map(Some)
}

/// Whether `v` needs the Python versions: a Python function, bound method, class, instance
/// (a callable or iterable of the program) or generator.
pub(crate) fn is_python(h: &mut Heap, v: u64) -> PyResult<bool> {
    if !matches!(vmalloc::Any::from_bits(v).as_ref(), Some(r) if !r.is_null()) {
        return Ok(false);
    }
    Ok(matches!(
        h.kind(v)?,
        Kind::Inst | Kind::Obj(Tag::Func | Tag::Bound | Tag::Class | Tag::Gen | Tag::StaticMethod | Tag::ClassMethod)
    ))
}

/// Whether any positional argument of tuple `args` or value of keyword dict `kw` is Python.
pub(crate) fn any_python(h: &mut Heap, args: u64, kw: u64) -> PyResult<bool> {
    let mut values = h.tuple_items(args)?;
    if kw != NONE {
        values.extend(h.dict_items(kw)?.1);
    }
    for v in values {
        if is_python(h, v)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Built-ins (`name`) and module functions (`module.name`) that the prelude takes over when
/// an argument is Python (see [`is_python`]).
const WITH_PYTHON: &[&str] = &[
    "zip",
    "enumerate",
    "any",
    "all",
    "sorted",
    "min",
    "max",
    "functools.reduce",
    "itertools.accumulate",
    "itertools.groupby",
];

/// Functions that mutate a list while they compare (so they must not start natively and fail
/// half way): the prelude takes over when the item or the list's ends involve an instance.
const WITH_OBJECTS: &[&str] = &[
    "sum",
    "heapq.heappush",
    "heapq.heappop",
    "heapq.heapify",
    "heapq.heapreplace",
    "heapq.heappushpop",
    "bisect.bisect_left",
    "bisect.bisect_right",
    "bisect.bisect",
    "bisect.insort_left",
    "bisect.insort_right",
    "bisect.insort",
];

/// Whether `v` is an instance, a tuple holding one, or a list whose first or last item
/// involves one (lists are assumed to hold items of one shape).
fn involves_instance(h: &mut Heap, v: u64, depth: u32) -> PyResult<bool> {
    if depth > 3 || !matches!(vmalloc::Any::from_bits(v).as_ref(), Some(r) if !r.is_null()) {
        return Ok(false);
    }
    let items = match h.kind(v)? {
        Kind::Inst => return Ok(true),
        Kind::Obj(Tag::Tuple) => h.tuple_items(v)?,
        Kind::Obj(Tag::List) => {
            let items = h.list_items(v)?;
            items.first().into_iter().chain(items.last()).copied().collect()
        }
        _ => return Ok(false),
    };
    for x in items {
        if involves_instance(h, x, depth + 1)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Module functions the prelude always implements.
const ALWAYS: &[&str] = &[
    "memoryview",
    "_rootvm_async_gen",
    "collections.namedtuple",
    "typing.NamedTuple",
    "dataclasses.dataclass",
    "dataclasses.field",
    "dataclasses.fields",
    "dataclasses.asdict",
    "dataclasses.astuple",
    "dataclasses.replace",
    "map",
    "filter",
    "functools.partial",
    "functools.lru_cache",
    "functools.cache",
    "functools.cmp_to_key",
    "functools.wraps",
    "functools.total_ordering",
    "itertools.starmap",
    "itertools.takewhile",
    "itertools.dropwhile",
    "itertools.filterfalse",
    "asyncio.run",
    "asyncio.sleep",
    "asyncio.create_task",
    "asyncio.gather",
    "asyncio.Queue",
];

/// Whether module `module` has the prelude function `name` (for `import`).
pub(crate) fn module_funcs(module: &str) -> impl Iterator<Item = &'static str> {
    ALWAYS.iter().filter_map(move |f| f.strip_prefix(module)?.strip_prefix('.'))
}

/// Before built-in `name` (or `module.name`) runs: a request of its Python version when the
/// prelude must do the job.
pub(crate) fn before_call(h: &mut Heap, name: &str, args: u64, kw: u64) -> PyResult<Option<PyErr>> {
    let objects = WITH_OBJECTS.contains(&name) && {
        let mut found = false;
        for x in h.tuple_items(args)?.into_iter().take(2) {
            found = found || involves_instance(h, x, 0)?;
        }
        found
    };
    // `accumulate(xs, f)`, `groupby(xs, key)`: the runtime's versions take no function.
    // `min`/`max` with keywords (`key=`, `default=`): the prelude's are the only ones.
    let function = (matches!(name, "itertools.accumulate" | "itertools.groupby") && (h.len(args)? > 1 || kw != NONE))
        || (matches!(name, "min" | "max") && kw != NONE);
    if objects || function || ALWAYS.contains(&name) || (WITH_PYTHON.contains(&name) && any_python(h, args, kw)?) {
        if let Some(r) = request(h, name, args, kw, 1)? {
            return Ok(Some(r));
        }
        if ALWAYS.contains(&name) || function {
            return Err(PyErr::new("NotImplementedError", format!("{name}() needs the Python prelude")));
        }
    }
    Ok(None)
}

/// Whether `e` is the error of a special method met inside a built-in operation
/// ([`crate::dunder::inner_special`]).
pub(crate) fn is_inner(e: &PyErr) -> bool {
    e.class == "NotImplementedError" && e.message.contains(crate::dunder::INNER)
}

/// After built-in `name` failed with `e`: the Python version's request if `e` is a special
/// method inside the operation and the prelude has `name`, else `e`.
pub(crate) fn after_error(h: &mut Heap, e: PyErr, name: &str, args: u64, kw: u64, mode: i64) -> PyErr {
    if !is_inner(&e) {
        return e;
    }
    if crate::keyed::is_needs_hash(&e) && crate::keyed::is_keyed_op(name) {
        return keyed_request(h, e, name, args, mode);
    }
    match request(h, name, args, kw, mode) {
        Ok(Some(r)) => r,
        Ok(None) => e,
        Err(e2) => e2,
    }
}

/// The prelude's `keyed(op, args...)` for built-in `name` that met an instance with a Python
/// `__hash__` (`keyed.rs`).
fn keyed_request(h: &mut Heap, e: PyErr, name: &str, args: u64, mode: i64) -> PyErr {
    let all = (|| {
        let op = h.str(name)?;
        let _o = h.pin(op)?;
        let mut items = vec![op];
        items.extend(h.tuple_items(args)?);
        let t = h.tuple(&items)?;
        h.keep(t)
    })();
    match all.and_then(|t| request(h, "keyed", t, NONE, mode)) {
        Ok(Some(r)) => r,
        Ok(None) => e,
        Err(e2) => e2,
    }
}

/// [`after_error`] for a result.
pub(crate) fn retry<T>(h: &mut Heap, r: PyResult<T>, name: &str, args: &[u64], mode: i64) -> PyResult<T> {
    r.map_err(|e| retry_err(h, e, name, args, mode))
}

/// [`after_error`] with the positional arguments as a slice.
pub(crate) fn retry_err(h: &mut Heap, e: PyErr, name: &str, args: &[u64], mode: i64) -> PyErr {
    if !is_inner(&e) {
        return e;
    }
    let t = match h.tuple(args) {
        Ok(t) => t,
        Err(e2) => return e2,
    };
    // The lookup of `name` allocates: `t` must stay alive.
    match h.pin(t) {
        Ok(_t) => after_error(h, e, name, t, NONE, mode),
        Err(e2) => e2,
    }
}

/// The words of [`factory_error`].
const FACTORY: &str = "the default_factory of a defaultdict";

/// The error of `d[k]` for a missing key of a defaultdict whose factory is Python code: the
/// host function the program called (`py.getitem`) turns it into a request ([`missing`]).
pub(crate) fn factory_error() -> PyErr {
    PyErr::new("NotImplementedError", format!("{FACTORY} {} (not supported yet)", crate::dunder::INNER))
}

/// `py.getitem(d, k)` failed with `e`: the prelude's `defaultdict.__missing__(d, k)` if `e` is
/// [`factory_error`].
pub(crate) fn missing(h: &mut Heap, e: PyErr, d: u64, k: u64) -> PyErr {
    if !e.message.starts_with(FACTORY) {
        return e;
    }
    match crate::mod_collections::default_factory(h, d) {
        Ok(factory) => retry_err(h, e, "defaultdict.__missing__", &[d, k, factory], 1),
        Err(e2) => e2,
    }
}

/// `a op b` (`dunder::compare`), through the prelude's `eq`/`lt`/... when containers hold
/// objects with special methods (`!=` is `not eq`).
pub(crate) fn compare(h: &mut Heap, op: CmpOp, a: u64, b: u64) -> PyResult<u64> {
    let r = crate::dunder::compare(h, op, a, b);
    let (name, mode) = match op {
        CmpOp::Eq => ("eq", 1),
        CmpOp::Ne => ("eq", 2),
        CmpOp::Lt => ("lt", 1),
        CmpOp::Le => ("le", 1),
        CmpOp::Gt => ("gt", 1),
        CmpOp::Ge => ("ge", 1),
    };
    Ok(bool_(retry(h, r, name, &[a, b], mode)?))
}

/// `py.unpack(v, shape)` of a generator or an instance: a request of the prelude's `unpack`,
/// which iterates it in Python and hands the items to `_rootvm.unpack`.
pub(crate) fn unpack(h: &mut Heap, v: u64, shape: u64) -> PyResult<Option<PyErr>> {
    if !is_python(h, v)? || !matches!(h.kind(v)?, Kind::Inst | Kind::Obj(Tag::Gen)) {
        return Ok(None);
    }
    let t = h.tuple(&[v, crate::obj::int_bits(shape as u32 as i64)])?;
    let _t = h.pin(t)?;
    request(h, "unpack", t, NONE, 1)
}

/// Operators on instances go through the prelude's `binop` from now on.
pub(crate) fn use_binop(h: &mut Heap) -> PyResult<()> {
    *h.io.binop.lock().map_err(|_| PyErr::new("SystemError", String::new()))? = true;
    Ok(())
}

/// `a op b` where a special method may return `NotImplemented`: a request of the prelude's
/// `binop(a, b, in-place method, method, reflected method, symbol)`, which tries them in
/// turn; `None` when the program never mentions `NotImplemented` or no method applies.
pub(crate) fn binop(
    h: &mut Heap,
    a: u64,
    b: u64,
    names: [Option<&str>; 3],
    symbol: &str,
    mode: i64,
) -> PyResult<Option<PyErr>> {
    if !*h.io.binop.lock().map_err(|_| PyErr::new("SystemError", String::new()))? {
        return Ok(None);
    }
    let same_class = h.kind(a)? == Kind::Inst && h.kind(b)? == Kind::Inst && h.get(a, 0)? == h.get(b, 0)?;
    let mut methods = Vec::new();
    let mut pins = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let (this, skip) = if i == 2 { (b, same_class) } else { (a, false) };
        let m = match name {
            Some(n) if !skip => crate::dunder::method(h, this, n)?.unwrap_or(NONE),
            _ => NONE,
        };
        pins.push(h.pin(m)?);
        methods.push(m);
    }
    if methods.iter().all(|&m| m == NONE) {
        return Ok(None);
    }
    let s = h.str(symbol)?;
    pins.push(h.pin(s)?);
    let t = h.tuple(&[a, b, methods[0], methods[1], methods[2], s])?;
    pins.push(h.pin(t)?);
    request(h, "binop", t, NONE, mode)
}
