//! rootvm-python: the Python runtime, registered with the VM as the `py` host module.
//!
//! Code from `frontend-python` keeps every Python value in an `any` register and calls these
//! host functions for everything the VM core does not define: arithmetic with Python's rules
//! and bignum promotion, comparisons, `str`/`repr`, containers (built on VM arrays, see
//! [`obj`]), attributes, the call protocol and the built-in functions. A runtime error
//! prints CPython's traceback header and last line to stderr and ends the run with exit
//! status 1 (until rootIR exceptions let the guest catch it).
//!
//! ```
//! let mut vm = rootvm::Vm::new(rootvm::Config::default());
//! rootvm_python::register(&mut vm, rootvm_python::Io::process(vec!["prog.py".into()]));
//! ```

mod any_hook;
mod assign;
mod bind;
mod builtins;
mod builtins_more;
mod bytearray;
mod bytes;
mod calls;
mod class_assign;
mod complex;
mod dict;
mod dunder;
mod err;
mod extern_buf;
mod generators;
mod generic;
mod guard;
mod hash;
mod index;
mod keyed;
mod kwargs;
mod lang;
mod layout;
mod linking;
mod math_libm;
mod math_special;
mod method_call;
mod methods;
mod mod_collections;
mod mod_file;
mod mod_io;
mod mod_iter;
mod mod_math;
mod mod_misc;
mod mod_operator;
mod mod_random;
mod modules;
mod mro;
mod num;
mod num_methods;
mod obj;
mod ops;
mod prelude;
mod reprs;
mod set;
mod set_methods;
mod sha512;
mod slices;
mod stdin;
mod str_format;
mod str_methods;
mod str_more;
mod sysexit;
mod text;
mod traceback;

pub use err::PyErr;
pub use text::float_repr;

use err::PyResult;
use num::BinOp;
use obj::{Heap, Kind, NONE, Tag, UNBOUND, bool_, float};
use ops::CmpOp;
use rootir::Type::{self, Any as A, I32, I64, Ref as R};
use rootvm::stdlib::SharedWriter;
use rootvm::{Trap, Vm};
use std::sync::{Arc, Mutex};

/// What the runtime shares between its host functions: streams, `sys.argv`, the functions'
/// addresses and the names of the program's globals.
pub struct Io {
    /// Standard output.
    pub stdout: SharedWriter,
    /// Standard error.
    pub stderr: SharedWriter,
    /// The program's arguments (`sys.argv` without the script name, which the program knows).
    pub argv: Vec<String>,
    funcs: Mutex<Vec<i32>>,
    names: Mutex<Vec<String>>,
    /// The guest's one-element `ref` array where a raised exception waits for the guest's
    /// check after the host call (0 until `py.set_exc_box`).
    exc_box: Mutex<u64>,
    /// How many Python modules have started (`py.reserve`, kind 2).
    modules: Mutex<usize>,
    /// The `random` module's generator (seeded on first use).
    random: Mutex<Option<mod_random::Mt>>,
    /// Where the exception raised last was raised, and what tracebacks need to print it.
    tracebacks: Mutex<traceback::Tracebacks>,
    /// The reprs of objects with `__repr__` given for the text being made (`reprs.rs`).
    reprs: Mutex<Vec<Vec<(vmalloc::Rooted, String)>>>,
    /// The directories `open()` may read (canonical; `--allow-read`).
    read_dirs: Mutex<Vec<std::path::PathBuf>>,
    /// The directories `open()` may write and read (canonical; `--allow-write`).
    write_dirs: Mutex<Vec<std::path::PathBuf>>,
    /// The bytearrays handed to another language's module in the call being made, with the
    /// arrays that carry their bytes (`extern_buf.rs`).
    extern_bufs: Mutex<extern_buf::Pending>,
    /// The prelude's dict of Python functions (`prelude.rs`; 0 until it registers).
    prelude: Mutex<u64>,
    /// Whether operators on instances go through the prelude's `binop` (the program mentions
    /// `NotImplemented`).
    binop: Mutex<bool>,
    /// The key and the Python hash of the dict or set operation `keyed.rs` is redoing.
    key_hash: Mutex<Option<(u64, i64)>>,
    /// The instance layouts learned per class (`layout.rs`).
    layouts: Mutex<Vec<layout::Layout>>,
    /// The classes made with a class among their bases (`guard.rs`).
    subclasses: Mutex<Vec<vmalloc::Rooted>>,
    /// Bumped whenever a class attribute is assigned or deleted: the version method calls'
    /// inline caches check (`method_call.rs`).
    class_version: std::sync::atomic::AtomicU64,
    /// The names of built-in methods the inline caches found (`method_call.rs`).
    method_names: Mutex<Vec<Arc<str>>>,
    /// Classes' `__init__` at the current class version (`method_call.rs`).
    inits: Mutex<Vec<method_call::InitEntry>>,
}

impl Io {
    /// The runtime over these streams and arguments.
    pub fn new(stdout: SharedWriter, stderr: SharedWriter, argv: Vec<String>) -> Io {
        Io {
            stdout,
            stderr,
            argv,
            funcs: Mutex::default(),
            names: Mutex::default(),
            exc_box: Mutex::default(),
            modules: Mutex::default(),
            random: Mutex::default(),
            tracebacks: Mutex::default(),
            reprs: Mutex::default(),
            layouts: Mutex::default(),
            subclasses: Mutex::default(),
            class_version: Default::default(),
            method_names: Mutex::default(),
            inits: Mutex::default(),
            read_dirs: Mutex::default(),
            write_dirs: Mutex::default(),
            extern_bufs: Mutex::default(),
            prelude: Mutex::default(),
            binop: Mutex::default(),
            key_hash: Mutex::default(),
        }
    }

    /// Lets `open()` read the files under `dirs` (those that exist; canonicalized).
    pub fn grant_read(&self, dirs: &[std::path::PathBuf]) {
        if let Ok(mut d) = self.read_dirs.lock() {
            d.extend(dirs.iter().filter_map(|p| p.canonicalize().ok()));
        }
    }

    /// Lets `open()` create, write and read the files under `dirs` (those that exist;
    /// canonicalized).
    pub fn grant_write(&self, dirs: &[std::path::PathBuf]) {
        if let Ok(mut d) = self.write_dirs.lock() {
            d.extend(dirs.iter().filter_map(|p| p.canonicalize().ok()));
        }
    }

    /// The process's streams.
    pub fn process(argv: Vec<String>) -> Io {
        let c = rootvm::stdlib::StdConfig::process(Vec::new());
        Io::new(c.stdout, c.stderr, argv)
    }
}

/// Writes `text` to a stream.
pub(crate) fn write(out: &SharedWriter, text: &str) -> PyResult<()> {
    let mut w = out.lock().map_err(|_| PyErr::new("OSError", "stream poisoned".into()))?;
    w.write_all(text.as_bytes()).map_err(|e| PyErr::new("OSError", e.to_string()))
}

type Body = fn(&mut Heap, &[u64], &mut [u64]) -> PyResult<()>;
type Body1 = fn(&mut Heap, &[u64]) -> PyResult<u64>;

/// Defines a host function with one `any` result.
pub(crate) fn def1(vm: &mut Vm, io: &Arc<Io>, name: &str, params: &[Type], body: Body1) {
    let io = io.clone();
    let sig = rootir::FuncType::new(params.to_vec(), [A]);
    let host = name.to_string();
    vm.define_with_ctx("py", name, sig, move |cx, args, out| {
        let mut h = Heap { cx, io: &io, pins: Vec::new() };
        match body(&mut h, args) {
            Ok(v) => {
                out[0] = v;
                Ok(())
            }
            Err(e) => deliver(&mut h, e, &host),
        }
    });
}

pub(crate) fn def(vm: &mut Vm, io: &Arc<Io>, name: &str, params: &[Type], results: &[Type], body: Body) {
    let io = io.clone();
    let sig = rootir::FuncType::new(params.to_vec(), results.to_vec());
    let host = name.to_string();
    vm.define_with_ctx("py", name, sig, move |cx, args, out| {
        let mut h = Heap { cx, io: &io, pins: Vec::new() };
        match body(&mut h, args, out) {
            Ok(()) => Ok(()),
            Err(e) => deliver(&mut h, e, &host),
        }
    });
}

/// Hands a raised exception to the guest: the exception object goes into the guest's exception
/// box, which the generated code checks after the call and throws. Before the box exists (or
/// if the object cannot be made) the run ends as an uncaught exception. `host` is the host
/// function that raised (for the traceback's carets).
fn deliver(h: &mut Heap, e: PyErr, host: &str) -> Result<(), Trap> {
    let e = if e.class == reprs::NEED {
        PyErr::new("NotImplementedError", "__repr__ of an object inside a container here (not supported yet)".into())
    } else {
        e
    };
    if dunder::is_request(&e) {
        let boxed = *h.io.exc_box.lock().map_err(|_| Trap::host("exception box poisoned"))?;
        return h.set(boxed, 0, e.value.unwrap_or(NONE)).map_err(|e2| uncaught(h.io, &e2, ""));
    }
    let boxed = *h.io.exc_box.lock().map_err(|_| Trap::host("exception box poisoned"))?;
    if boxed == 0 {
        return Err(uncaught(h.io, &e, ""));
    }
    let value = match e.value {
        Some(v) => Ok(v),
        None => exc_object(h, &e),
    };
    match value {
        Ok(v) => {
            traceback::record(h, v, host);
            h.set(boxed, 0, v).map_err(|e2| uncaught(h.io, &e2, ""))
        }
        Err(e2) => Err(uncaught(h.io, &e2, "")),
    }
}

/// The exception object of a runtime error: a built-in exception with the message as its argument.
fn exc_object(h: &mut Heap, e: &PyErr) -> PyResult<u64> {
    let items = if e.message.is_empty() { Vec::new() } else { vec![h.str(&e.message)?] };
    let _pins: Vec<_> = items.iter().map(|&x| h.pin(x)).collect::<PyResult<_>>()?;
    let args = h.tuple(&items)?;
    let _a = h.pin(args)?;
    let name = h.str(&e.class)?;
    let _n = h.pin(name)?;
    h.obj(Tag::Exc, &[name, args])
}

/// Reports an uncaught exception as CPython does (`frames`: the traceback's frame lines) and
/// ends the run with status 1.
fn uncaught(io: &Io, e: &PyErr, frames: &str) -> Trap {
    if e.class == "SystemExit" {
        return Trap::exit(e.message.parse().unwrap_or(1));
    }
    let text = format!("Traceback (most recent call last):\n{frames}{}\n", e.last_line());
    if let Ok(mut w) = io.stdout.lock() {
        let _ = std::io::Write::flush(&mut *w);
    }
    let _ = write(&io.stderr, &text);
    Trap::exit(1)
}

/// Writes a prepared call's results: mode, entry-form address, arguments, value.
pub(crate) fn prepared(h: &mut Heap, p: calls::Prepared, o: &mut [u64]) -> PyResult<()> {
    let addr = if p.mode == 0 {
        0
    } else {
        let funcs = h.io.funcs.lock().map_err(|_| PyErr::new("SystemError", String::new()))?;
        funcs.get(p.func as usize).copied().unwrap_or(-1)
    };
    o[0] = p.mode as u32 as u64;
    o[1] = addr as u32 as u64;
    o[2] = p.args;
    o[3] = p.value;
    Ok(())
}

/// Registers the `py` host module on `vm`.
pub fn register(vm: &mut Vm, io: Io) {
    let io = Arc::new(io);
    lang::register_language(vm, &io);
    register_values(vm, &io);
    register_operators(vm, &io);
    register_containers(vm, &io);
    register_objects(vm, &io);
    register_builtins(vm, &io);
    linking::register(vm, &io);
    modules::register(vm, &io);
}

fn register_values(vm: &mut Vm, io: &Arc<Io>) {
    def1(vm, io, "none", &[], |_, _| Ok(NONE));
    def1(vm, io, "unbound", &[], |_, _| Ok(UNBOUND));
    def1(vm, io, "int", &[I64], |h, a| match vmalloc::Any::from_int(a[0] as i64) {
        Some(v) => Ok(v.bits()),
        None => h.int(&(a[0] as i64).into()),
    });
    def1(vm, io, "float", &[rootir::Type::F64], |_, a| Ok(float(f64::from_bits(a[0]))));
    def1(vm, io, "bool", &[I32], |_, a| Ok(bool_(a[0] as u32 != 0)));
    def1(vm, io, "ref_any", &[R], |_, a| Ok(a[0]));
    def(vm, io, "bigint", &[A], &[A], |h, a, o| {
        let t = h.text(a[0])?;
        let n: num_bigint::BigInt = t.parse().map_err(|_| PyErr::new("SystemError", "bad literal".into()))?;
        o[0] = h.int(&n)?;
        Ok(())
    });
    def(vm, io, "gname", &[I32, R], &[], |h, a, _| {
        let name = h.text(a[1])?;
        let mut names = h.io.names.lock().map_err(|_| PyErr::new("SystemError", String::new()))?;
        let i = a[0] as usize;
        if names.len() <= i {
            names.resize(i + 1, String::new());
        }
        names[i] = name;
        Ok(())
    });
    def(vm, io, "chk", &[A, I32], &[A], |h, a, o| {
        if a[0] != UNBOUND {
            o[0] = a[0];
            return Ok(());
        }
        let names = h.io.names.lock().map_err(|_| PyErr::new("SystemError", String::new()))?;
        let name = names.get(a[1] as usize).cloned().unwrap_or_default();
        Err(PyErr::new("NameError", format!("name '{name}' is not defined")))
    });
    def(vm, io, "argv", &[A], &[A], |h, a, o| {
        let mut items = vec![a[0]];
        let mut pins = Vec::new();
        for arg in h.io.argv.clone() {
            let s = h.str(&arg)?;
            pins.push(h.pin(s)?);
            items.push(s);
        }
        o[0] = h.list(&items)?;
        Ok(())
    });
}

fn register_operators(vm: &mut Vm, io: &Arc<Io>) {
    macro_rules! bin {
        ($($name:literal => $op:expr),*) => {$(
            def1(vm, io, $name, &[A, A], |h, a| dunder::binop(h, $op, a[0], a[1], false));
        )*};
    }
    bin!("add" => BinOp::Add, "sub" => BinOp::Sub, "mul" => BinOp::Mul, "truediv" => BinOp::TrueDiv,
        "floordiv" => BinOp::FloorDiv, "mod" => BinOp::Mod, "pow" => BinOp::Pow, "lshift" => BinOp::LShift,
        "rshift" => BinOp::RShift, "and" => BinOp::And, "or" => BinOp::Or, "xor" => BinOp::Xor);
    macro_rules! cmp {
        ($($name:literal => $op:expr),*) => {$(
            def1(vm, io, $name, &[A, A], |h, a| prelude::compare(h, $op, a[0], a[1]));
        )*};
    }
    cmp!("eq" => CmpOp::Eq, "ne" => CmpOp::Ne, "lt" => CmpOp::Lt, "le" => CmpOp::Le, "gt" => CmpOp::Gt,
        "ge" => CmpOp::Ge);
    def1(vm, io, "is", &[A, A], |h, a| Ok(bool_(ops::same(h, a[0], a[1])?)));
    def1(vm, io, "is_not", &[A, A], |h, a| Ok(bool_(!ops::same(h, a[0], a[1])?)));
    def1(vm, io, "in", &[A, A], |h, a| {
        let r = dunder::contains(h, a[1], a[0], false);
        Ok(bool_(prelude::retry(h, r, "in", &[a[1], a[0]], 1)?))
    });
    def1(vm, io, "not_in", &[A, A], |h, a| {
        let r = dunder::contains(h, a[1], a[0], true);
        Ok(bool_(prelude::retry(h, r, "in", &[a[1], a[0]], 2)?))
    });
    def1(vm, io, "neg", &[A], |h, a| dunder::unary(h, '-', a[0]));
    def1(vm, io, "pos", &[A], |h, a| dunder::unary(h, '+', a[0]));
    def1(vm, io, "invert", &[A], |h, a| dunder::unary(h, '~', a[0]));
    def1(vm, io, "not", &[A], |h, a| {
        for name in ["__bool__", "__len__"] {
            if let Some(r) = dunder::call_if(h, a[0], name, &[], 2)? {
                return Err(r);
            }
        }
        Ok(bool_(!ops::truthy(h, a[0])?))
    });
    def(vm, io, "truthy", &[A], &[I32], |h, a, o| {
        o[0] = dunder::truthy(h, a[0])? as u64;
        Ok(())
    });
}

fn register_containers(vm: &mut Vm, io: &Arc<Io>) {
    def(vm, io, "delattr", &[A, A], &[], |h, a, _| match dunder::delattr(h, a[0], a[1])? {
        Some(r) => Err(r),
        None => h.delattr(a[0], a[1]),
    });
    def1(vm, io, "getitem", &[A, A], |h, a| match dunder::item(h, "__getitem__", a)? {
        Some(r) => Err(r),
        None => ops::getitem(h, a[0], a[1])
            .map_err(|e| index::retry(h, e, "getitem", a))
            .map_err(|e| generic::retry(h, e, a[0], a[1]))
            .map_err(|e| prelude::missing(h, e, a[0], a[1]))
            .map_err(|e| prelude::retry_err(h, e, "getitem", &[a[0], a[1]], 1)),
    });
    def(vm, io, "setitem", &[A, A, A], &[], |h, a, _| match dunder::item(h, "__setitem__", a)? {
        Some(r) => Err(r),
        None => {
            let r = ops::setitem(h, a[0], a[1], a[2]);
            let r = index::retry_result(h, r, "setitem", a);
            prelude::retry(h, r, "setitem", &[a[0], a[1], a[2]], 1)
        }
    });
    def(vm, io, "delitem", &[A, A], &[], |h, a, _| match dunder::item(h, "__delitem__", a)? {
        Some(r) => Err(r),
        None => {
            let r = ops::delitem(h, a[0], a[1]);
            let r = index::retry_result(h, r, "delitem", a);
            prelude::retry(h, r, "delitem", &[a[0], a[1]], 1)
        }
    });
    def1(vm, io, "slice", &[A, A, A, A], |h, a| slices::get(h, a[0], a[1], a[2], a[3]));
    def1(vm, io, "list_new", &[], |h, _| h.list(&[]));
    def(vm, io, "list_append", &[A, A], &[], |h, a, _| h.list_push(a[0], a[1]));
    def1(vm, io, "tuple_new", &[I32], |h, a| h.tuple(&vec![NONE; a[0] as u32 as usize]));
    def(vm, io, "tuple_set", &[A, I32, A], &[], |h, a, _| h.set(a[0], a[1] as u32 as usize + 1, a[2]));
    def1(vm, io, "tuple_get", &[A, I32], |h, a| h.get(a[0], a[1] as u32 as usize + 1));
    def1(vm, io, "dict_new", &[], |h, _| h.dict());
    def1(vm, io, "set_new", &[], |h, _| set::empty(h, Tag::Set));
    def(vm, io, "set_add", &[A, A], &[], |h, a, _| {
        let r = set::add(h, a[0], a[1]);
        prelude::retry(h, r, "set_add", &[a[0], a[1]], 1)
    });
    def1(vm, io, "set_const", &[A], |h, a| set::from_constants(h, a[0]));
    def1(vm, io, "bytes_const", &[A], |h, a| bytes::from_latin1(h, a[0]));
    def(vm, io, "dict_set", &[A, A, A], &[], |h, a, _| {
        let r = h.dict_set(a[0], a[1], a[2]);
        prelude::retry(h, r, "dict_set", &[a[0], a[1], a[2]], 1)
    });
    def1(vm, io, "complex_const", &[Type::F64, Type::F64], |h, a| {
        complex::new(h, complex::C { re: f64::from_bits(a[0]), im: f64::from_bits(a[1]) })
    });
    def1(vm, io, "iter", &[A], |h, a| match dunder::call_if(h, a[0], "__iter__", &[], 1)? {
        Some(r) => Err(r),
        // CPython's old protocol: `o[0]`, `o[1]`, ... until IndexError (the prelude's generator).
        None if h.kind(a[0])? == Kind::Inst && h.has_special(a[0], "__getitem__")? => {
            let t = h.tuple(&[a[0]])?;
            h.keep(t)?;
            match prelude::request(h, "iter_getitem", t, NONE, 1)? {
                Some(r) => Err(r),
                None => ops::iter(h, a[0]),
            }
        }
        None => ops::iter(h, a[0]),
    });
    // What a `for` loop walks itself: 1 a list, 2 a tuple, 0 anything else (never raises).
    def(vm, io, "seq_kind", &[A], &[I32], |h, a, o| {
        o[0] = match h.kind(a[0]) {
            Ok(Kind::Obj(Tag::List)) => 1,
            Ok(Kind::Obj(Tag::Tuple)) => 2,
            _ => 0,
        };
        Ok(())
    });
    def(vm, io, "next", &[A], &[I32, A], |h, a, o| {
        // Built-in iterators first; only what is not one may be a user iterator or a generator.
        let next = match ops::next(h, a[0]) {
            Ok(v) => v,
            Err(e) => match h.kind(a[0])? {
                Kind::Inst => return Err(dunder::call_if(h, a[0], "__next__", &[], 4)?.unwrap_or(e)),
                Kind::Obj(Tag::Gen) => match generators::next_request(h, a[0], 4)? {
                    Some(r) => return Err(r),
                    None => None,
                },
                _ => return Err(e),
            },
        };
        (o[0], o[1]) = match next {
            Some(v) => (1, v),
            None => (0, NONE),
        };
        Ok(())
    });
    def(vm, io, "unpack", &[A, I32], &[A], |h, a, o| {
        // A tuple of exactly the targets is its own result (tuples are immutable).
        let shape = a[1] as u32;
        if shape >> 16 == 0 && h.kind(a[0])? == Kind::Obj(Tag::Tuple) && h.len(a[0])? == shape as usize + 1 {
            o[0] = a[0];
            return Ok(());
        }
        // A generator or an object with `__iter__`: the prelude iterates it.
        if let Some(r) = prelude::unpack(h, a[0], a[1])? {
            return Err(r);
        }
        let items = ops::iterate(h, a[0])?;
        o[0] = assign::unpack(h, items, a[1] as u32)?;
        Ok(())
    });
}

fn register_objects(vm: &mut Vm, io: &Arc<Io>) {
    def(vm, io, "getattr", &[A, A], &[A], |h, a, o| {
        if let Some(r) = h.getattribute(a[0], a[1])? {
            return Err(r);
        }
        o[0] = match h.instance_attr(a[0], a[1])? {
            Some(v) => v,
            None => {
                let name = h.text(a[1])?;
                h.getattr(a[0], &name)?
            }
        };
        Ok(())
    });
    def(vm, io, "setattr", &[A, A, A], &[], |h, a, _| match dunder::property_set(h, a[0], a[1], a[2])? {
        Some(r) => Err(r),
        None => h.setattr(a[0], a[1], a[2]),
    });
    def(vm, io, "reg_func", &[I32, I32], &[], |h, a, _| {
        let mut funcs = h.io.funcs.lock().map_err(|_| PyErr::new("SystemError", String::new()))?;
        let i = a[0] as u32 as usize;
        if funcs.len() <= i {
            funcs.resize(i + 1, -1);
        }
        funcs[i] = a[1] as i32;
        Ok(())
    });
    def(vm, io, "make_func", &[I32, A, I32, A], &[A], |h, a, o| {
        o[0] = h.make_func(a[0] as i32, a[1], a[2] as i32, a[3])?;
        Ok(())
    });
    def1(vm, io, "make_class", &[A, A], |h, a| h.make_class(a[0], a[1]));
    def1(vm, io, "super", &[A, A], |h, a| h.obj(Tag::Super, &[a[0], a[1]]));
    def(vm, io, "call_prepare", &[A, A], &[I32, I32, A, A], |h, a, o| {
        let p = h.call_prepare(a[0], a[1])?;
        prepared(h, p, o)
    });
    def(vm, io, "method", &[A, A, A, I32, I32], &[I32, A], |h, a, o| {
        let (how, f) =
            method_call::load_method_cached(h, a[0], a[1], a[2], a[3] as u32 as usize, a[4] as u32 as usize)?;
        o[0] = how as u32 as u64;
        o[1] = f;
        Ok(())
    });
    def(vm, io, "call_prepare_m", &[A, A, I32], &[I32, I32, A, A], |h, a, o| {
        let p = method_call::call_prepare_m(h, a[0], a[1], a[2] as i32)?;
        prepared(h, p, o)
    });
    def(vm, io, "raise", &[A], &[], |h, a, _| Err(raise_value(h, a[0])?));
    // `raise X from Y` (kind 1), `raise X` while handling `Y` (kind 2).
    def(vm, io, "raise_chained", &[A, A, I32], &[], |h, a, _| {
        let e = raise_value(h, a[0])?;
        if a[1] != NONE && e.value != Some(a[1]) {
            traceback::chain_next(h, a[1], a[2] == 1)?;
        }
        Err(e)
    });
    def(vm, io, "dunder", &[A, I32], &[I32, A], |h, a, o| {
        let method = match h.kind(a[0])? {
            Kind::Inst => {
                let class = h.get(a[0], 0)?;
                let mut found = None;
                for name in if a[1] == 0 { &["__str__", "__repr__"][..] } else { &["__repr__"][..] } {
                    if let Some(f) = h.class_lookup(class, name)? {
                        found = Some(f);
                        break;
                    }
                }
                match found {
                    Some(f) => Some(h.obj(Tag::Bound, &[f, a[0]])?),
                    None => None,
                }
            }
            _ => None,
        };
        (o[0], o[1]) = match method {
            Some(m) => (1, m),
            None => (0, NONE),
        };
        Ok(())
    });
    def(vm, io, "list_assign", &[A, A], &[], |h, a, _| {
        if h.kind(a[1])? != Kind::Obj(Tag::List) {
            let t = ops::type_name(h, a[1])?;
            return Err(PyErr::new(
                "AttributeError",
                format!("'{t}' object has no attribute 'sort' taking keywords here"),
            ));
        }
        let items = h.list_items(a[0])?;
        ops::set_list(h, a[1], &items)
    });
    // A raised exception or a call request leaves the unbound marker as the result: the
    // generated code tests it (`any.valid`) before it looks at the exception box.
    // Its errors are delivered as those of the host function the operation stands for (the
    // traceback's carets follow from it).
    let shared = io.clone();
    let sig = rootir::FuncType::new([I32, A, A], [A]);
    vm.define_with_ctx("py", "anyhook", sig, move |cx, a, o| {
        let mut h = Heap { cx, io: &shared, pins: Vec::new() };
        o[0] = UNBOUND;
        match any_hook::answer(&mut h, a) {
            Ok(v) => {
                o[0] = v;
                Ok(())
            }
            Err(e) => deliver(&mut h, e, any_hook::host_name(a[0] as u32)),
        }
    });
    def1(vm, io, "undecorate", &[A], |h, a| {
        let mut items = Vec::new();
        for t in h.list_items(a[0])? {
            items.push(h.get(t, 3)?);
        }
        h.list(&items)
    });
    def1(vm, io, "text", &[A, I32], |h, a| {
        let s = if a[1] == 0 { h.str_of(a[0])? } else { h.repr(a[0])? };
        if h.kind(a[0])? == Kind::Str && a[1] == 0 {
            return Ok(a[0]);
        }
        h.str(&s)
    });
    def1(vm, io, "cell_new", &[A], |h, a| h.obj(Tag::Cell, &[a[0]]));
    def1(vm, io, "cell_get", &[A], |h, a| {
        let v = h.get(a[0], 1)?;
        if v == UNBOUND {
            return Err(PyErr::new("NameError", "cannot access free variable before assignment".into()));
        }
        Ok(v)
    });
    def(vm, io, "cell_set", &[A, A], &[], |h, a, _| h.set(a[0], 1, a[1]));
    def1(vm, io, "set_closure", &[A, A], |h, a| {
        h.set(a[0], 5, a[1])?;
        Ok(a[0])
    });
    def(vm, io, "set_exc_box", &[R], &[], |h, a, _| {
        *h.io.exc_box.lock().map_err(|_| PyErr::new("SystemError", String::new()))? = a[0];
        Ok(())
    });
    def1(vm, io, "exc_from", &[R, I32], |h, a| exc_from(h, a[0], a[1] as i32));
    def(vm, io, "exc_match", &[A, A], &[I32], |h, a, o| {
        o[0] = builtins::exc_matches(h, a[0], a[1])? as u64;
        Ok(())
    });
    let shared = io.clone();
    let sig = rootir::FuncType::new([R, I32], []);
    vm.define_with_ctx("py", "uncaught", sig, move |cx, a, _| {
        let mut h = Heap { cx, io: &shared, pins: Vec::new() };
        if a[1] == 0
            && let Ok(Some(status)) = sysexit::status(&mut h, a[0])
        {
            return Err(Trap::exit(status));
        }
        let frames = traceback::frames_text(&mut h, a[0]);
        let chain = traceback::chain_text(&mut h, a[0], 0);
        if !chain.is_empty() {
            let _ = write(&shared.stderr, &chain);
        }
        let e = exc_from(&mut h, a[0], a[1] as i32).and_then(|v| exception_of(&mut h, v));
        Err(uncaught(&shared, &e.unwrap_or_else(|e| e), &frames))
    });
    def(vm, io, "assert_fail", &[A], &[], |h, a, _| {
        let message = if a[0] == NONE { String::new() } else { h.str_of(a[0])? };
        Err(PyErr::new("AssertionError", message))
    });
}

/// The Python exception of a caught value: the object itself, or for a VM trap object (trap
/// `code` != 0) the built-in exception CPython raises in that case.
fn exc_from(h: &mut Heap, r: u64, code: i32) -> PyResult<u64> {
    if code == 0 {
        traceback::caught(h, r);
        return Ok(r);
    }
    let (class, message) = match code {
        100 => ("RecursionError", "maximum recursion depth exceeded".to_string()),
        9 => ("MemoryError", String::new()),
        1 => ("ZeroDivisionError", "division by zero".to_string()),
        7 => ("IndexError", "index out of range".to_string()),
        _ => ("SystemError", format!("rootvm trap {code}")),
    };
    exc_object(h, &PyErr::new(class, message))
}

/// The exception a `raise v` statement raises.
pub(crate) fn exception_of(h: &mut Heap, v: u64) -> PyResult<PyErr> {
    match h.kind(v)? {
        Kind::Obj(Tag::Exc) => {
            let n = h.get(v, 1)?;
            Ok(PyErr::new(&h.text(n)?, h.str_of(v)?))
        }
        Kind::Obj(Tag::Builtin) => {
            let n = h.get(v, 1)?;
            Ok(PyErr::new(&h.text(n)?, String::new()))
        }
        Kind::Inst => {
            let class = h.get(v, 0)?;
            if h.exception_root(class)?.is_none() {
                return Err(PyErr::type_error("exceptions must derive from BaseException".into()));
            }
            let n = h.class_qualname(class)?;
            let name = h.text(n)?;
            let args = h.getattr(v, "args")?;
            let items = h.tuple_items(args)?;
            let message = match items.len() {
                0 => String::new(),
                1 if h.exception_root(class)?.is_some_and(|r| str_more::str_is_repr(&r)) => h.repr(items[0])?,
                1 => h.str_of(items[0])?,
                _ => h.repr(args)?,
            };
            Ok(PyErr::new(&name, message))
        }
        Kind::Obj(Tag::Class) => {
            let n = h.class_qualname(v)?;
            Ok(PyErr::new(&h.text(n)?, String::new()))
        }
        _ => Err(PyErr::type_error("exceptions must derive from BaseException".into())),
    }
}

/// The exception `raise v` raises (`v` an exception object or class).
pub(crate) fn raise_value(h: &mut Heap, v: u64) -> PyResult<PyErr> {
    let mut e = exception_of(h, v)?;
    e.value = Some(match h.kind(v)? {
        Kind::Obj(Tag::Builtin) | Kind::Obj(Tag::Class) => {
            let empty = h.tuple(&[])?;
            h.keep(empty)?;
            let p = h.call_prepare(v, empty)?;
            if p.mode != 0 {
                return Err(PyErr::type_error(
                    "exception classes with __init__ must be instantiated in `raise`".into(),
                ));
            }
            p.value
        }
        _ => v,
    });
    Ok(e)
}

/// [`index::retry`] of built-in `name` called with argument tuple `args`.
fn builtin_index_retry(h: &mut Heap, e: PyErr, name: &str, args: u64) -> PyErr {
    match h.tuple_items(args) {
        Ok(items) => index::retry(h, e, name, &items),
        Err(e2) => e2,
    }
}

fn register_builtins(vm: &mut Vm, io: &Arc<Io>) {
    def(vm, io, "builtin", &[A, A, A], &[A], |h, a, o| {
        let name = h.text(a[0])?;
        if let Some(r) = dunder::builtin(h, &name, a[1])? {
            return Err(r);
        }
        if let Some(r) = prelude::before_call(h, &name, a[1], a[2])? {
            return Err(r);
        }
        if generators::consumes_whole(&name) && generators::has_gen(h, a[1])? {
            let f = builtins::builtin_value(h, &name)?;
            if let Some(r) = generators::drain_request(h, f, a[1], a[2])? {
                return Err(r);
            }
        }
        o[0] = builtins::call_builtin_named(h, &name, a[1], a[2])
            .map_err(|e| builtin_index_retry(h, e, &name, a[1]))
            .map_err(|e| prelude::after_error(h, e, &name, a[1], a[2], 1))?;
        Ok(())
    });
    def(vm, io, "builtin_value", &[A], &[A], |h, a, o| {
        let name = h.text(a[0])?;
        if name == "NotImplemented" {
            prelude::use_binop(h)?;
        }
        o[0] = builtins::builtin_value(h, &name)?;
        Ok(())
    });
    def(vm, io, "format", &[A, A], &[A], |h, a, o| {
        if let Some(r) = dunder::call_if(h, a[0], "__format__", &[a[1]], 1)? {
            return Err(r);
        }
        let spec = h.text(a[1])?;
        let s = h.format(a[0], &spec)?;
        o[0] = h.str(&s)?;
        Ok(())
    });
    def(vm, io, "join", &[A], &[A], |h, a, o| {
        let mut s = String::new();
        for x in h.tuple_items(a[0])? {
            s.push_str(&h.str_of(x)?);
        }
        o[0] = h.str(&s)?;
        Ok(())
    });
    def(vm, io, "exit", &[A], &[], |h, a, _| Err(sysexit::raise(h, (a[0] != NONE).then_some(a[0]))));
}
