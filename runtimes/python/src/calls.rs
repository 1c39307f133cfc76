//! Functions, classes, instances, attributes and the call protocol.

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, NONE, Tag, as_small, int_bits};
use crate::ops::type_name;

/// The built-in exception classes, each with its base.
pub const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("ValueError", "Exception"),
    ("TypeError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("AttributeError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("AssertionError", "Exception"),
    ("StopIteration", "Exception"),
    ("MemoryError", "Exception"),
    ("SystemError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("EOFError", "Exception"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("SystemExit", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("FileExistsError", "OSError"),
    ("UnsupportedOperation", "OSError"),
    ("StopAsyncIteration", "Exception"),
];

/// How the guest finishes a call that [`call_prepare`] set up.
pub struct Prepared {
    /// 0: `value` is the result; 1: call function `func` with `args`, its result is the
    /// result; 2: the same, but `value` (the new instance) is the result.
    pub mode: i32,
    /// The function index to call (modes 1 and 2).
    pub func: i32,
    /// The argument tuple, exactly the callee's parameters.
    pub args: u64,
    /// The result (modes 0 and 2).
    pub value: u64,
}

impl Heap<'_, '_> {
    /// `o.key` for an instance, looked up with the str `key` itself (no new string; attribute
    /// names are the module's interned constants, so most comparisons are identities).
    /// `None` when the slow path must decide.
    pub fn instance_attr(&mut self, o: u64, key: u64) -> PyResult<Option<u64>> {
        if self.kind(o)? != Kind::Inst {
            return Ok(None);
        }
        let class = self.get(o, 0)?;
        let found = self.mro_find(class, key, NONE)?;
        if let Some(v) = found
            && self.is_data_descriptor(v)?
        {
            return self.bind_attr(v, Some(o), class).map(Some);
        }
        let d = self.get(o, 1)?;
        if let Some(i) = self.dict_find(d, key)? {
            return self.dict_value(d, i).map(Some);
        }
        match found {
            Some(v) => self.bind_attr(v, Some(o), class).map(Some),
            None => Ok(None),
        }
    }

    /// `getattr(o, name)`.
    pub fn getattr(&mut self, o: u64, name: &str) -> PyResult<u64> {
        match self.kind(o)? {
            Kind::Inst => {
                let class = self.get(o, 0)?;
                let found = self.class_lookup(class, name)?;
                if let Some(v) = found
                    && self.is_data_descriptor(v)?
                {
                    return self.bind_attr(v, Some(o), class);
                }
                let d = self.get(o, 1)?;
                let key = self.str(name)?;
                if let Some(i) = self.dict_find(d, key)? {
                    return self.dict_value(d, i);
                }
                match found {
                    Some(v) => self.bind_attr(v, Some(o), class),
                    None if name == "args" && self.is_exception_class(class)? => self.tuple(&[]),
                    None if name == "__class__" => Ok(class),
                    None => match self.class_lookup(class, "__getattr__")? {
                        Some(f) if self.kind(f)? == Kind::Obj(Tag::Func) => {
                            Err(crate::dunder::request(self, f, &[o, key], 1)?)
                        }
                        _ => Err(self.no_attr(o, name)),
                    },
                }
            }
            Kind::Obj(Tag::Class) if name == "__qualname__" => self.class_qualname(o),
            Kind::Obj(Tag::Class) => match self.class_lookup(o, name)? {
                Some(v) => self.bind_attr(v, None, o),
                None if name == "__name__" => self.get(o, 1),
                None if name == "__mro__" => self.mro_tuple(o),
                None if name == "__bases__" => self.bases_of(o),
                None if name == "mro" => self.builtin_method(o, "mro"),
                None => Err(self.no_attr(o, name)),
            },
            Kind::Obj(Tag::Super) => {
                let (class, this) = (self.get(o, 1)?, self.get(o, 2)?);
                match self.super_attr(class, this, name)? {
                    Some(v) => Ok(v),
                    None if name == "__init__" => self.builtin_method(this, "__object_init__"),
                    None if name == "__setattr__" || name == "__delattr__" || name == "__getattribute__" => {
                        self.builtin_method(this, &format!("__object_{}", &name[2..]))
                    }
                    None => Err(self.no_attr(o, name)),
                }
            }
            Kind::Obj(Tag::Exc) if name == "args" => self.get(o, 2),
            Kind::Obj(Tag::Exc) if name == "value" && type_name(self, o)? == "StopIteration" => {
                let args = self.get(o, 2)?;
                if self.len(args)? > 1 { self.get(args, 1) } else { Ok(NONE) }
            }
            Kind::Obj(Tag::Exc) if name == "code" => crate::sysexit::code(self, o),
            Kind::Obj(Tag::File) if let Some(v) = crate::mod_file::getattr(self, o, name)? => Ok(v),
            Kind::Obj(Tag::Complex) if let Some(v) = crate::complex::getattr(self, o, name)? => Ok(v),
            Kind::Obj(Tag::Slice) if let Some(v) = crate::slices::getattr(self, o, name)? => Ok(v),
            Kind::Obj(Tag::Alias) if let Some(v) = crate::generic::getattr(self, o, name)? => Ok(v),
            Kind::Obj(Tag::Module) => crate::modules::getattr(self, o, name),
            Kind::Obj(Tag::Builtin) if let Some(m) = crate::num_methods::class_attr(self, o, name)? => Ok(m),
            Kind::Obj(Tag::Builtin) if name == "__name__" => {
                let n = self.get(o, 1)?;
                let full = self.text(n)?;
                self.str(full.rsplit('.').next().unwrap_or_default())
            }
            Kind::Obj(Tag::Func) if name == "__name__" || name == "__qualname__" => {
                let q = self.get(o, 2)?;
                if name == "__qualname__" {
                    return Ok(q);
                }
                let q = self.text(q)?;
                self.str(q.rsplit('.').next().unwrap_or_default())
            }
            _ => {
                if crate::builtins::has_method(self, o, name)? {
                    self.builtin_method(o, name)
                } else {
                    Err(self.no_attr(o, name))
                }
            }
        }
    }

    pub(crate) fn builtin_method(&mut self, o: u64, name: &str) -> PyResult<u64> {
        let n = self.str(name)?;
        let pin = self.pin(n)?;
        let m = self.obj(Tag::BMeth, &[o, n]);
        drop(pin);
        m
    }

    fn no_attr(&mut self, o: u64, name: &str) -> PyErr {
        let t = type_name(self, o).unwrap_or_default();
        if self.kind(o).ok() == Some(Kind::Obj(Tag::Class)) {
            return PyErr::new("AttributeError", format!("type object '{t}' has no attribute '{name}'"));
        }
        PyErr::new("AttributeError", format!("'{t}' object has no attribute '{name}'"))
    }

    /// `o.name = v`.
    pub fn setattr(&mut self, o: u64, name: u64, v: u64) -> PyResult<()> {
        match self.kind(o)? {
            _ if self.is_class_attr(name)? => self.set_class_of(o, v),
            Kind::Inst => {
                let d = self.get(o, 1)?;
                self.dict_set(d, name, v)
            }
            Kind::Obj(Tag::Class) if self.kind(name)? == Kind::Str && self.str_is(name, "__qualname__")? => {
                self.set_class_qualname(o, v)
            }
            Kind::Obj(Tag::Class) => {
                self.layout_forget()?;
                let d = self.get(o, 3)?;
                self.dict_set(d, name, v)?;
                self.guard_after_set(o, name, v)
            }
            _ => {
                let t = type_name(self, o)?;
                let n = self.text(name)?;
                Err(PyErr::new("AttributeError", format!("'{t}' object has no attribute '{n}'")))
            }
        }
    }

    /// `del o.name`: removes the attribute from an instance's or a class's own dict.
    pub fn delattr(&mut self, o: u64, name: u64) -> PyResult<()> {
        let d = match self.kind(o)? {
            Kind::Inst if self.is_class_attr(name)? => return Err(crate::class_assign::cannot_delete()),
            Kind::Inst => self.get(o, 1)?,
            Kind::Obj(Tag::Class) => {
                self.layout_forget()?;
                self.get(o, 3)?
            }
            _ => NONE,
        };
        if d != NONE
            && let Some(i) = self.dict_find(d, name)?
        {
            return self.dict_remove(d, i);
        }
        let n = self.text(name)?;
        Err(self.no_attr(o, &n))
    }

    /// Class attribute `v` as seen through instance `o` (none: through the class `class`
    /// itself): functions bind to the instance, static methods unwrap, class methods bind to
    /// the class, and a property's getter is called (a call request, see `dunder.rs`).
    pub(crate) fn bind_attr(&mut self, v: u64, o: Option<u64>, class: u64) -> PyResult<u64> {
        match (self.kind(v)?, o) {
            (Kind::Obj(Tag::Func), Some(o)) => self.obj(Tag::Bound, &[v, o]),
            (Kind::Obj(Tag::StaticMethod), _) => self.get(v, 1),
            (Kind::Obj(Tag::ClassMethod), _) => {
                let f = self.get(v, 1)?;
                self.obj(Tag::Bound, &[f, class])
            }
            (Kind::Inst, _) if self.has_special(v, "__get__")? => {
                let this = o.unwrap_or(NONE);
                match crate::dunder::call_if(self, v, "__get__", &[this, class], 1)? {
                    Some(r) => Err(r),
                    None => Ok(v),
                }
            }
            (Kind::Obj(Tag::Property), Some(o)) => {
                let fget = self.get(v, 1)?;
                if fget == NONE {
                    return Err(PyErr::new("AttributeError", "unreadable attribute".into()));
                }
                Err(crate::dunder::request(self, fget, &[o], 1)?)
            }
            _ => Ok(v),
        }
    }

    /// Looks `name` up in a class and its bases (along the MRO).
    pub fn class_lookup(&mut self, class: u64, name: &str) -> PyResult<Option<u64>> {
        if self.kind(class)? != Kind::Obj(Tag::Class) {
            return Ok(None);
        }
        self.mro_find_name(class, name)
    }

    /// [`Self::class_lookup`] with the name as a str.
    pub fn class_lookup_key(&mut self, class: u64, key: u64) -> PyResult<Option<u64>> {
        if self.kind(class)? != Kind::Obj(Tag::Class) {
            return Ok(None);
        }
        self.mro_find(class, key, NONE)
    }

    /// The name of the built-in exception class at the root of a user class, if any.
    pub fn exception_root(&mut self, class: u64) -> PyResult<Option<String>> {
        let class = if self.kind(class)? == Kind::Obj(Tag::Class) { self.class_root(class)? } else { class };
        match self.kind(class)? {
            Kind::Str => Ok(Some(self.text(class)?)),
            _ => Ok(None),
        }
    }

    /// Whether the class of instance `v` defines (or inherits) method `name`.
    pub fn has_special(&mut self, v: u64, name: &str) -> PyResult<bool> {
        let class = self.get(v, 0)?;
        Ok(self.class_lookup(class, name)?.is_some())
    }

    /// Whether instance `v` is of a user class derived from a built-in exception.
    pub fn is_exception(&mut self, v: u64) -> PyResult<bool> {
        let class = self.get(v, 0)?;
        self.is_exception_class(class)
    }

    fn is_exception_class(&mut self, class: u64) -> PyResult<bool> {
        Ok(self.exception_root(class)?.is_some())
    }

    /// Sets up a call of `callee` with the positional arguments of tuple `args`.
    pub fn call_prepare(&mut self, callee: u64, args: u64) -> PyResult<Prepared> {
        self.call_prepare_kw(callee, args, NONE)
    }

    /// Sets up a call of `callee` with the positional arguments of tuple `args` and the
    /// keyword arguments of dict `kw` (none: no keyword arguments).
    pub fn call_prepare_kw(&mut self, callee: u64, args: u64, kw: u64) -> PyResult<Prepared> {
        match self.kind(callee)? {
            Kind::Obj(Tag::Func) => {
                let args = self.fill_args(callee, args, &[], kw)?;
                Ok(Prepared { mode: 1, func: as_small(self.get(callee, 1)?) as i32, args, value: NONE })
            }
            Kind::Obj(Tag::Bound) => {
                let (f, this) = (self.get(callee, 1)?, self.get(callee, 2)?);
                let args = self.fill_args(f, args, &[this], kw)?;
                Ok(Prepared { mode: 1, func: as_small(self.get(f, 1)?) as i32, args, value: NONE })
            }
            Kind::Obj(Tag::Class) => {
                let inst = self.new_instance(callee)?;
                let _pin = self.pin(inst)?;
                match self.class_lookup(callee, "__init__")? {
                    Some(init) if self.kind(init)? == Kind::Obj(Tag::Func) => {
                        let args = self.fill_args(init, args, &[inst], kw)?;
                        Ok(Prepared { mode: 2, func: as_small(self.get(init, 1)?) as i32, args, value: inst })
                    }
                    _ => {
                        if kw != NONE && !self.dict_items(kw)?.0.is_empty() {
                            let n = self.get(callee, 1)?;
                            let n = self.text(n)?;
                            return Err(PyErr::type_error(format!("{n}() takes no keyword arguments")));
                        }
                        if self.is_exception_class(callee)? {
                            let key = self.str("args")?;
                            let _k = self.pin(key)?;
                            let d = self.get(inst, 1)?;
                            self.dict_set(d, key, args)?;
                        } else if self.len(args)? > 1 {
                            let n = self.get(callee, 1)?;
                            let n = self.text(n)?;
                            return Err(PyErr::type_error(format!("{n}() takes no arguments")));
                        }
                        Ok(Prepared { mode: 0, func: 0, args, value: inst })
                    }
                }
            }
            Kind::Obj(Tag::BMeth) => {
                let (this, name) = (self.get(callee, 1)?, self.get(callee, 2)?);
                let name = self.text(name)?;
                if crate::generators::consumes_whole(&name)
                    && let Some(r) = crate::generators::drain_request(self, callee, args, kw)?
                {
                    return Err(r);
                }
                let mut items = self.tuple_items(args)?;
                if kw != NONE && !self.dict_items(kw)?.0.is_empty() {
                    items = crate::kwargs::method_args(self, &name, items, kw)?;
                }
                match crate::builtins::call_method(self, this, &name, &items) {
                    Ok(value) => Ok(Prepared { mode: 0, func: 0, args, value }),
                    Err(e) => {
                        let key = format!("{}.{name}", type_name(self, this)?);
                        let all: Vec<u64> = std::iter::once(this).chain(items).collect();
                        Err(crate::prelude::retry_err(self, e, &key, &all, 1))
                    }
                }
            }
            Kind::Obj(Tag::Builtin) => {
                let name = self.get(callee, 1)?;
                let name = self.text(name)?;
                if let Some(r) = crate::prelude::before_call(self, &name, args, kw)? {
                    return Err(r);
                }
                let value = crate::builtins::call_builtin_named(self, &name, args, kw)
                    .map_err(|e| crate::prelude::after_error(self, e, &name, args, kw, 1))?;
                Ok(Prepared { mode: 0, func: 0, args, value })
            }
            Kind::Inst if let Some(m) = crate::dunder::method(self, callee, "__call__")? => {
                let _m = self.pin(m)?;
                self.call_prepare_kw(m, args, kw)
            }
            Kind::Obj(Tag::StaticMethod) => {
                let f = self.get(callee, 1)?;
                self.call_prepare_kw(f, args, kw)
            }
            _ => {
                let t = type_name(self, callee)?;
                Err(PyErr::type_error(format!("'{t}' object is not callable")))
            }
        }
    }

    /// The full argument tuple for function `f`: `first`, then `args`, then defaults (keyword
    /// arguments `kw` and signatures beyond positional parameters: [`crate::bind`]).
    fn fill_args(&mut self, f: u64, args: u64, first: &[u64], kw: u64) -> PyResult<u64> {
        // The common case: exactly the parameters, positionally, and no closure.
        if kw == NONE
            && first.is_empty()
            && self.get(f, 5)? == NONE
            && as_small(self.get(f, 3)?) as usize + 1 == self.len(args)?
            && crate::bind::is_plain(self, f)?
        {
            return Ok(args);
        }
        let defaults = self.get(f, 4)?;
        if kw != NONE || !crate::bind::is_plain(self, f)? {
            let sig = match crate::bind::sig_of(self, f)? {
                Some(s) => s,
                None => crate::bind::Sig {
                    names: Vec::new(),
                    npos: as_small(self.get(f, 3)?) as usize,
                    varargs: false,
                    kwargs: false,
                    kwdefaults: Vec::new(),
                },
            };
            let name = self.get(f, 2)?;
            let name = self.text(name)?;
            let mut items = first.to_vec();
            items.extend(self.tuple_items(args)?);
            let defaults = if defaults == NONE { Vec::new() } else { self.tuple_items(defaults)? };
            let mut out = crate::bind::bind(self, &name, &sig, items, kw, &defaults)?;
            let closure = self.get(f, 5)?;
            if closure != NONE {
                out.insert(0, closure);
            }
            return self.tuple(&out);
        }
        let nparams = as_small(self.get(f, 3)?) as usize;
        let mut items = first.to_vec();
        items.extend(self.tuple_items(args)?);
        let defaults = if defaults == NONE { Vec::new() } else { self.tuple_items(defaults)? };
        let required = nparams - defaults.len().min(nparams);
        if items.len() < required || items.len() > nparams {
            let name = self.get(f, 2)?;
            let name = self.text(name)?;
            // CPython counts `self` of a method (and of `__init__`) in the numbers.
            let (given, max, min) = (items.len(), nparams, required);
            let plural = |n: usize| if n == 1 { "" } else { "s" };
            let message = if items.len() < required {
                let missing = required - items.len();
                format!("{name}() missing {missing} required positional argument{}", plural(missing))
            } else {
                let takes = if min == max { format!("{max}") } else { format!("from {min} to {max}") };
                let were = if given == 1 { "was" } else { "were" };
                format!("{name}() takes {takes} positional argument{} but {given} {were} given", plural(max))
            };
            return Err(PyErr::type_error(message));
        }
        let missing = nparams - items.len();
        items.extend(defaults[defaults.len() - missing..].iter().copied());
        let closure = self.get(f, 5)?;
        if closure != NONE {
            items.insert(0, closure);
        } else if items.len() == self.tuple_items(args)?.len() && first.is_empty() {
            return Ok(args);
        }
        self.tuple(&items)
    }

    /// A new function object.
    pub fn make_func(&mut self, index: i32, name: u64, nparams: i32, defaults: u64) -> PyResult<u64> {
        self.obj(Tag::Func, &[int_bits(index as i64), name, int_bits(nparams as i64), defaults, NONE, NONE, NONE, NONE])
    }
}
