//! Guarded classes: a class whose element 6 is not none sends every attribute read and store
//! of its instances to the any hook (`vm/src/any_attr.rs`), where CPython's order applies (a
//! data descriptor of the type before the instance's dict; `__setattr__` for every store).
//!
//! The inline paths are right for instances of a class as it was when they were made: a class
//! with `__setattr__` then makes hooked instances (`layout.rs`), and a store of a property's
//! name never reaches the instance's dict. A class is guarded when that stops holding:
//! - it or a class of its MRO gains `__setattr__` or a data descriptor after an instance of it
//!   was made (of the class and every subclass made so far, which this file remembers, those
//!   with instances are guarded; a class body's assignments guard nothing);
//! - `vars(o)` hands out the dict of an instance whose class has a data descriptor (the program
//!   may store the descriptor's name in it);
//! - it has `__getattribute__` (from its first instance on, or when it gains one): every read
//!   of its instances is then a call request of `__getattribute__` ([`Heap::getattribute`]).

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, NONE, Tag};

/// Slot of the guard in a class.
const GUARD: usize = 6;
/// Slot of a class that says whether an instance of it was made.
const MADE: usize = 7;
/// Slot of the mro tuple in a class.
const MRO: usize = 4;

fn poisoned() -> PyErr {
    PyErr::new("SystemError", "class table poisoned".into())
}

impl Heap<'_, '_> {
    /// Remembers class `c` (made with a class among its bases) so that guarding a base reaches
    /// it.
    pub fn remember_subclass(&mut self, c: u64) -> PyResult<()> {
        let root = self.cx.heap().root_any(c).map_err(|_| poisoned())?;
        self.io.subclasses.lock().map_err(|_| poisoned())?.push(root);
        Ok(())
    }

    /// Whether `v` is a data descriptor: a property, or an instance whose class has `__set__`
    /// or `__delete__`.
    pub fn is_data_descriptor(&mut self, v: u64) -> PyResult<bool> {
        Ok(match self.kind(v)? {
            Kind::Obj(Tag::Property) => true,
            Kind::Inst => self.has_special(v, "__set__")? || self.has_special(v, "__delete__")?,
            _ => false,
        })
    }

    /// Class attribute `name` of `class` became `v`: guards the class and its subclasses when
    /// instances made before must now see it.
    pub fn guard_after_set(&mut self, class: u64, name: u64, v: u64) -> PyResult<()> {
        let hook =
            self.kind(name)? == Kind::Str && matches!(self.text(name)?.as_str(), "__setattr__" | "__getattribute__");
        if hook || self.is_data_descriptor(v)? {
            self.guard_with_subclasses(class)?;
        }
        Ok(())
    }

    /// `vars(o)` of instance `o`: guards its class when the class has a data descriptor.
    pub fn guard_for_vars(&mut self, o: u64) -> PyResult<()> {
        let class = self.get(o, 0)?;
        if self.has_data_descriptor(class)? {
            return self.set(class, GUARD, crate::obj::bool_(true));
        }
        Ok(())
    }

    /// Whether a class of `class`'s MRO has a data descriptor.
    fn has_data_descriptor(&mut self, class: u64) -> PyResult<bool> {
        let m = self.get(class, MRO)?;
        for i in 1..self.len(m)? {
            let c = self.get(m, i)?;
            let d = self.get(c, 3)?;
            let n = crate::obj::as_small(self.get(d, 1)?) as usize;
            for j in 0..n {
                let v = self.dict_value(d, j)?;
                if self.is_data_descriptor(v)? {
                    return Ok(true);
                }
            }
        }
        Ok(false)
    }

    /// An instance made for another class now has class `class` (`o.__class__ = class`): the
    /// class has instances from now on, and is guarded when it has `__setattr__`,
    /// `__getattribute__` or a data descriptor (the instance was not made for them).
    pub fn guard_moved_to(&mut self, class: u64) -> PyResult<()> {
        self.note_instance(class)?;
        let hooks = self.class_lookup(class, "__setattr__")?.is_some()
            || self.class_lookup(class, "__getattribute__")?.is_some();
        if hooks || self.has_data_descriptor(class)? {
            self.set(class, GUARD, crate::obj::bool_(true))?;
        }
        Ok(())
    }

    /// Guards `class` when it has `__getattribute__` (its first instance is being made).
    pub fn guard_getattribute(&mut self, class: u64) -> PyResult<()> {
        if self.class_lookup(class, "__getattribute__")?.is_some() {
            self.set(class, GUARD, crate::obj::bool_(true))?;
        }
        Ok(())
    }

    /// Whether class `c` is guarded (its instances' attributes take the full path).
    pub fn is_guarded(&mut self, c: u64) -> PyResult<bool> {
        Ok(self.get(c, GUARD)? != crate::obj::NONE)
    }

    /// The call request of `type(o).__getattribute__(o, name)` for an instance `o` of a
    /// guarded class that has a Python `__getattribute__`; when the class also has a Python
    /// `__getattr__`, of the prelude's `getattribute_or_getattr`, which calls it when
    /// `__getattribute__` raises AttributeError.
    pub fn getattribute(&mut self, o: u64, name: u64) -> PyResult<Option<PyErr>> {
        if self.kind(o)? != Kind::Inst {
            return Ok(None);
        }
        let class = self.get(o, 0)?;
        if !self.is_guarded(class)? {
            return Ok(None);
        }
        match self.class_lookup(class, "__getattribute__")? {
            Some(f) if self.kind(f)? == Kind::Obj(Tag::Func) => {
                let _f = self.pin(f)?;
                if let Some(g) = self.class_lookup(class, "__getattr__")?
                    && self.kind(g)? == Kind::Obj(Tag::Func)
                {
                    let args = self.tuple(&[f, g, o, name])?;
                    let _args = self.pin(args)?;
                    if let Some(r) = crate::prelude::request(self, "getattribute_or_getattr", args, NONE, 1)? {
                        return Ok(Some(r));
                    }
                }
                crate::dunder::request(self, f, &[o, name], 1).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// Notes that an instance of `class` is being made.
    pub fn note_instance(&mut self, class: u64) -> PyResult<()> {
        if self.get(class, MADE)? == crate::obj::NONE {
            self.set(class, MADE, crate::obj::bool_(true))?;
        }
        Ok(())
    }

    /// Guards class `c` when it has instances.
    fn guard_made(&mut self, c: u64) -> PyResult<()> {
        if self.get(c, MADE)? != crate::obj::NONE {
            self.set(c, GUARD, crate::obj::bool_(true))?;
        }
        Ok(())
    }

    /// Guards `class` and every remembered class with it in its MRO (those with instances).
    fn guard_with_subclasses(&mut self, class: u64) -> PyResult<()> {
        self.guard_made(class)?;
        let subs: Vec<u64> =
            self.io.subclasses.lock().map_err(|_| poisoned())?.iter().map(vmalloc::Rooted::bits).collect();
        for c in subs {
            let m = self.get(c, MRO)?;
            if self.tuple_items(m)?.contains(&class) {
                self.guard_made(c)?;
            }
        }
        Ok(())
    }
}
