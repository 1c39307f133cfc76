//! The Python object model over the VM heap.
//!
//! Every Python value is one `any` slot. None, bools, small ints (49 bits) and floats are
//! inline. `str` is a VM string. Every other object is an `any` array whose element 0 says
//! what it is: an inline int [`Tag`] for built-in types, or (for instances of user classes)
//! a reference to the class object.
//!
//! | object | layout |
//! |---|---|
//! | big int | `[BIG, decimal string]` |
//! | list | `[LIST, len, storage array or none]` |
//! | tuple | `[TUPLE, items...]` |
//! | dict | `[DICT, len, keys array, values array]` (insertion order, linear lookup) |
//! | function | `[FUNC, index, name, nparams, defaults tuple or none, closure tuple or none]` |
//! | cell | `[CELL, value]` |
//! | class | `[CLASS, name, base or none, attribute dict]` |
//! | instance | `[class, attribute dict]` |
//! | bound method | `[BOUND, function, self]` |
//! | built-in method | `[BMETH, self, name]` |
//! | range | `[RANGE, start, stop, step]` |
//! | iterators | `[SEQ_ITER, sequence, index]`, `[RANGE_ITER, next, stop, step]` |
//! | exception | `[EXC, class name, args tuple]` (built-in exception classes) |
//! | super proxy | `[SUPER, class, self]` |
//! | module | `[MODULE, name, attribute dict]` (`modules.rs`) |
//! | lazy iterator | `[LAZY, kind, a, b]` (`mod_iter.rs`) |
//! | bytes | `[BYTES, str of code points 0..=255]` (`bytes.rs`) |
//! | io.StringIO | `[STRINGIO, text, position]` (`mod_io.rs`) |
//! | set, frozenset | `[SET, used, fill, keys, meta, finger]` (`set.rs`) |
//! | slice | `[SLICE, start, stop, step]` (`slices.rs`) |
//! | generic alias | `[ALIAS, origin, args tuple]` (`generic.rs`) |

use crate::err::{PyErr, PyResult};
use rootvm::HostCtx;
use vmalloc::{Any, AnyValue, ElemType, Ref};

/// The type tag of a built-in heap object (element 0 of its array).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(i64)]
pub enum Tag {
    /// A big int.
    Big = 1,
    /// A list.
    List,
    /// A tuple.
    Tuple,
    /// A dict.
    Dict,
    /// A function.
    Func,
    /// A class.
    Class,
    /// A bound method.
    Bound,
    /// A method of a built-in object.
    BMeth,
    /// A range.
    Range,
    /// An iterator over a list, tuple or str.
    SeqIter,
    /// An iterator over a range.
    RangeIter,
    /// An exception of a built-in class.
    Exc,
    /// `super()`.
    Super,
    /// A built-in function used as a value.
    Builtin,
    /// A cell: a variable shared by a function and the functions nested in it.
    Cell,
    /// A module object of the runtime's library.
    Module,
    /// A lazy iterator of `itertools` (count, cycle, repeat).
    Lazy,
    /// A set.
    Set,
    /// A frozenset.
    FrozenSet,
    /// A bytes object.
    Bytes,
    /// An `io.StringIO`.
    StringIO,
    /// A request to the generated code to call a method and use its result (see `dunder.rs`).
    Pending,
    /// `staticmethod(f)`.
    StaticMethod,
    /// `classmethod(f)`.
    ClassMethod,
    /// `property(fget, fset)`.
    Property,
    /// A generator (`generators.rs`).
    Gen,
    /// A bytearray (`bytearray.rs`).
    ByteArray,
    /// A file opened for reading (`mod_file.rs`).
    File,
    /// A complex number (`complex.rs`).
    Complex,
    /// A slice object (`slices.rs`).
    Slice,
    /// A generic alias, `list[int]` (`generic.rs`).
    Alias,
}

const TAGS: [Tag; 31] = [
    Tag::Big,
    Tag::List,
    Tag::Tuple,
    Tag::Dict,
    Tag::Func,
    Tag::Class,
    Tag::Bound,
    Tag::BMeth,
    Tag::Range,
    Tag::SeqIter,
    Tag::RangeIter,
    Tag::Exc,
    Tag::Super,
    Tag::Builtin,
    Tag::Cell,
    Tag::Module,
    Tag::Lazy,
    Tag::Set,
    Tag::FrozenSet,
    Tag::Bytes,
    Tag::StringIO,
    Tag::Pending,
    Tag::StaticMethod,
    Tag::ClassMethod,
    Tag::Property,
    Tag::Gen,
    Tag::ByteArray,
    Tag::File,
    Tag::Complex,
    Tag::Slice,
    Tag::Alias,
];

/// What a value is, decoded.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Kind {
    /// None.
    None,
    /// A bool.
    Bool(bool),
    /// An inline int.
    Int(i64),
    /// A float.
    Float(f64),
    /// A str.
    Str,
    /// A built-in heap object.
    Obj(Tag),
    /// An instance of a user class.
    Inst,
}

/// The "unbound" marker a global holds before its first assignment (never a valid value).
pub const UNBOUND: u64 = 1;

/// The heap as the runtime sees it.
pub struct Heap<'c, 'a> {
    /// The host context.
    pub cx: &'c mut HostCtx<'a>,
    /// The program's streams and arguments.
    pub io: &'c crate::Io,
    /// Objects this host call made and must keep alive until it returns (see [`Heap::keep`]).
    pub pins: Vec<vmalloc::Rooted>,
}

fn heap_err(e: vmalloc::HeapError) -> PyErr {
    PyErr::new("SystemError", format!("heap: {e}"))
}

/// `None`.
pub const NONE: u64 = 0;

/// An inline bool.
pub fn bool_(b: bool) -> u64 {
    Any::from_bool(b).bits()
}

/// A float.
pub fn float(f: f64) -> u64 {
    Any::from_f64(f).bits()
}

impl<'c, 'a> Heap<'c, 'a> {
    /// Decodes `v`.
    pub fn kind(&mut self, v: u64) -> PyResult<Kind> {
        Ok(match Any::from_bits(v).decode() {
            AnyValue::None => Kind::None,
            AnyValue::Bool(b) => Kind::Bool(b),
            AnyValue::Int(i) => Kind::Int(i),
            AnyValue::Float(f) => Kind::Float(f),
            AnyValue::Ref(r) => match self.cx.heap().kind(r).map_err(heap_err)? {
                vmalloc::ObjectKind::String => Kind::Str,
                vmalloc::ObjectKind::Array => {
                    let head = self.cx.heap().array_load(r, 0).map_err(heap_err)?;
                    match Any::from_bits(head).as_int() {
                        Some(t) => Kind::Obj(TAGS.get((t - 1) as usize).copied().ok_or_else(bad_object)?),
                        None => Kind::Inst,
                    }
                }
                // The VM boxes the results of its `any` arithmetic past 49 bits.
                vmalloc::ObjectKind::Boxed => match self.cx.heap().unbox(r).map_err(heap_err)? {
                    (rootir::Type::I64, bits) => Kind::Int(bits as i64),
                    _ => return Err(bad_object()),
                },
                _ => return Err(bad_object()),
            },
            AnyValue::Invalid(_) => {
                return Err(PyErr::new(
                    "UnboundLocalError",
                    "cannot access a local variable that is not associated with a value".into(),
                ));
            }
        })
    }

    /// Element `i` of the object array `v`.
    pub fn get(&mut self, v: u64, i: usize) -> PyResult<u64> {
        self.cx.heap().array_load(Ref::from_bits(v), i as i64).map_err(heap_err)
    }

    /// Sets element `i` of the object array `v`.
    pub fn set(&mut self, v: u64, i: usize, x: u64) -> PyResult<()> {
        self.cx.heap().array_store(Ref::from_bits(v), i as i64, x).map_err(heap_err)
    }

    /// Whether two strs hold the same text (no allocation).
    pub fn str_eq(&mut self, a: u64, b: u64) -> PyResult<bool> {
        self.cx.heap().string_eq(Ref::from_bits(a), Ref::from_bits(b)).map_err(heap_err)
    }

    /// Whether str `v` is `text` (no allocation).
    pub fn str_is(&mut self, v: u64, text: &str) -> PyResult<bool> {
        let heap = self.cx.heap();
        let r = Ref::from_bits(v);
        if heap.string_len(r).map_err(heap_err)? != text.chars().count() as u64 {
            return Ok(false);
        }
        for (i, c) in text.chars().enumerate() {
            if heap.string_code_point_at(r, i as i64).map_err(heap_err)? != c as u32 {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The length of an array.
    pub fn len(&mut self, v: u64) -> PyResult<usize> {
        self.cx.heap().array_len(Ref::from_bits(v)).map(|n| n as usize).map_err(heap_err)
    }

    /// A new `any` array holding `items`, which stay alive during the allocation.
    pub fn array(&mut self, items: &[u64]) -> PyResult<u64> {
        let heap = self.cx.heap();
        let mut pins = Vec::new();
        for &x in items {
            if let Some(r) = Any::from_bits(x).as_ref()
                && !r.is_null()
            {
                pins.push(heap.root(r).map_err(heap_err)?);
            }
        }
        let arr = self
            .cx
            .alloc(|h, roots| h.alloc_array(ElemType::Any, items.len() as u64, roots))
            .map_err(|_| PyErr::new("MemoryError", String::new()))?;
        // A new array is all none (0): only the other items are stored.
        for (i, &x) in items.iter().enumerate() {
            if x != NONE {
                self.set(arr, i, x)?;
            }
        }
        drop(pins);
        Ok(arr)
    }

    /// A new tagged object `[tag, items...]`.
    pub fn obj(&mut self, tag: Tag, items: &[u64]) -> PyResult<u64> {
        let mut all = Vec::with_capacity(items.len() + 1);
        all.push(int_bits(tag as i64));
        all.extend_from_slice(items);
        self.array(&all)
    }

    /// A new str.
    pub fn str(&mut self, s: &str) -> PyResult<u64> {
        self.cx.alloc(|h, roots| h.alloc_string(s, roots)).map_err(|_| PyErr::new("MemoryError", String::new()))
    }

    /// The text of a str.
    pub fn text(&mut self, v: u64) -> PyResult<String> {
        self.cx.heap().string_to_string(Ref::from_bits(v)).map_err(heap_err)
    }

    /// The items of a tuple.
    pub fn tuple_items(&mut self, t: u64) -> PyResult<Vec<u64>> {
        let n = self.len(t)?;
        (1..n).map(|i| self.get(t, i)).collect()
    }

    /// A new tuple.
    pub fn tuple(&mut self, items: &[u64]) -> PyResult<u64> {
        self.obj(Tag::Tuple, items)
    }

    /// The items of a list.
    pub fn list_items(&mut self, l: u64) -> PyResult<Vec<u64>> {
        let n = as_small(self.get(l, 1)?) as usize;
        let storage = self.get(l, 2)?;
        (0..n).map(|i| self.get(storage, i)).collect()
    }

    /// A new list.
    pub fn list(&mut self, items: &[u64]) -> PyResult<u64> {
        let storage = self.array(items)?;
        let pin = self.pin(storage)?;
        let l = self.obj(Tag::List, &[int_bits(items.len() as i64), storage]);
        drop(pin);
        l
    }

    /// Keeps `v` alive until the host call returns (for new objects handed between helpers).
    pub fn keep(&mut self, v: u64) -> PyResult<u64> {
        if let Some(p) = self.pin(v)? {
            self.pins.push(p);
        }
        Ok(v)
    }

    /// Keeps `v` alive until the handle is dropped.
    pub fn pin(&mut self, v: u64) -> PyResult<Option<vmalloc::Rooted>> {
        match Any::from_bits(v).as_ref() {
            Some(r) if !r.is_null() => Ok(Some(self.cx.heap().root(r).map_err(heap_err)?)),
            _ => Ok(None),
        }
    }

    /// Appends to a list.
    pub fn list_push(&mut self, l: u64, x: u64) -> PyResult<()> {
        let n = as_small(self.get(l, 1)?) as usize;
        let storage = self.get(l, 2)?;
        let cap = self.len(storage)?;
        let storage = if n == cap {
            let mut items: Vec<u64> = (0..n).map(|i| self.get(storage, i)).collect::<PyResult<_>>()?;
            items.push(x);
            items.resize((n * 2).max(4), NONE);
            let pins: Vec<_> = [l, x].iter().map(|&v| self.pin(v)).collect::<PyResult<_>>()?;
            let s = self.array(&items)?;
            drop(pins);
            self.set(l, 2, s)?;
            s
        } else {
            storage
        };
        self.set(storage, n, x)?;
        self.set(l, 1, int_bits(n as i64 + 1))
    }
}

/// The bits of an inline int (callers keep `v` in range).
pub fn int_bits(v: i64) -> u64 {
    Any::from_int(v).map(|a| a.bits()).unwrap_or(0)
}

/// The inline int of `v` (0 if it is none).
pub fn as_small(v: u64) -> i64 {
    Any::from_bits(v).as_int().unwrap_or(0)
}

fn bad_object() -> PyErr {
    PyErr::new("SystemError", "not a Python object".into())
}
