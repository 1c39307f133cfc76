//! Classes with several bases: C3 linearisation (CPython's `mro_implementation`), lookup of
//! class attributes along the method resolution order, and `super()` starting after a class.
//!
//! A class is `[CLASS, name, first base or none, attribute dict, mro tuple, bases tuple,
//! guard, instances made, qualified name]` (guard and instances: `guard.rs`).
//! The mro tuple holds the user classes of the MRO, the class itself first; the built-in root
//! (`object`, or the name of a built-in exception class) is not in it: it is the first base
//! that is not a class, of the class or of a class of its MRO ([`Heap::class_root`]).

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, NONE, Tag};

/// Slot of the mro tuple in a class.
const MRO: usize = 4;
/// Slot of the bases tuple in a class.
const BASES: usize = 5;
/// Slot of a class's qualified name (none: its name).
const QUALNAME: usize = 8;

impl Heap<'_, '_> {
    /// A new class named `name` whose bases are `bases`: a class, the name of a built-in
    /// exception class, none (`object`), or a tuple of those.
    pub fn make_class(&mut self, name: u64, bases: u64) -> PyResult<u64> {
        let bases = match self.kind(bases)? {
            Kind::Obj(Tag::Tuple) => self.tuple_items(bases)?,
            Kind::None => Vec::new(),
            _ => vec![bases],
        };
        let classes: Vec<u64> =
            bases.iter().copied().filter(|&b| self.kind(b).ok() == Some(Kind::Obj(Tag::Class))).collect();
        let order = self.c3(&classes)?;
        let d = self.dict()?;
        let pin = self.pin(d)?;
        let first = bases.first().copied().unwrap_or(NONE);
        let bases_t = self.tuple(&bases)?;
        let pin_b = self.pin(bases_t)?;
        let c = self.obj(Tag::Class, &[name, first, d, NONE, bases_t, NONE, NONE, NONE])?;
        let pin_c = self.pin(c)?;
        let mut all = vec![c];
        all.extend(order);
        let mro = self.tuple(&all)?;
        self.set(c, MRO, mro)?;
        if !classes.is_empty() {
            self.remember_subclass(c)?;
        }
        drop((pin, pin_b, pin_c));
        Ok(c)
    }

    /// CPython's C3 merge of the bases' MROs and the bases themselves.
    fn c3(&mut self, bases: &[u64]) -> PyResult<Vec<u64>> {
        for (i, &b) in bases.iter().enumerate() {
            if bases[..i].contains(&b) {
                let n = self.class_name(b)?;
                return Err(PyErr::type_error(format!("duplicate base class {n}")));
            }
        }
        let mut seqs: Vec<Vec<u64>> = Vec::new();
        for &b in bases {
            let m = self.get(b, MRO)?;
            seqs.push(self.tuple_items(m)?);
        }
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        let mut heads = vec![0usize; seqs.len()];
        loop {
            let mut candidate = None;
            let mut empty = true;
            for (i, s) in seqs.iter().enumerate() {
                let Some(&c) = s.get(heads[i]) else { continue };
                empty = false;
                let in_tail =
                    seqs.iter().enumerate().any(|(j, t)| t.get(heads[j] + 1..).is_some_and(|t| t.contains(&c)));
                if !in_tail {
                    candidate = Some(c);
                    break;
                }
            }
            if empty {
                return Ok(out);
            }
            let Some(c) = candidate else { return Err(self.mro_error(&seqs, &heads)) };
            out.push(c);
            for (i, s) in seqs.iter().enumerate() {
                if s.get(heads[i]) == Some(&c) {
                    heads[i] += 1;
                }
            }
        }
    }

    fn mro_error(&mut self, seqs: &[Vec<u64>], heads: &[usize]) -> PyErr {
        let mut seen = Vec::new();
        for (i, s) in seqs.iter().enumerate() {
            if let Some(&c) = s.get(heads[i])
                && !seen.contains(&c)
            {
                seen.push(c);
            }
        }
        let names: Vec<String> = seen.iter().map(|&c| self.class_name(c).unwrap_or_default()).collect();
        PyErr::type_error(format!(
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names.join(", ")
        ))
    }

    /// The name of a user class.
    pub fn class_name(&mut self, c: u64) -> PyResult<String> {
        let n = self.get(c, 1)?;
        self.text(n)
    }

    /// `c.__qualname__`: what the program set (`f.<locals>.C` for a class made inside a
    /// function), else the name.
    pub fn class_qualname(&mut self, c: u64) -> PyResult<u64> {
        match self.get(c, QUALNAME)? {
            NONE => self.get(c, 1),
            q => Ok(q),
        }
    }

    /// `c.__qualname__ = q`: CPython's TypeError unless `q` is a str.
    pub fn set_class_qualname(&mut self, c: u64, q: u64) -> PyResult<()> {
        if self.kind(q)? != Kind::Str {
            let n = self.class_name(c)?;
            let t = crate::ops::type_name(self, q)?;
            return Err(PyErr::type_error(format!("can only assign string to {n}.__qualname__, not '{t}'")));
        }
        self.set(c, QUALNAME, q)
    }

    /// The user classes of `class`'s MRO, itself first.
    pub fn mro_items(&mut self, class: u64) -> PyResult<Vec<u64>> {
        let m = self.get(class, MRO)?;
        self.tuple_items(m)
    }

    /// The attribute `key` (a str) of the first class of `class`'s MRO after `after` (none:
    /// from the start) that defines it, with that class.
    pub fn mro_find(&mut self, class: u64, key: u64, after: u64) -> PyResult<Option<u64>> {
        let m = self.get(class, MRO)?;
        let n = self.len(m)?;
        let mut i = 1;
        if after != NONE {
            while i < n && self.get(m, i)? != after {
                i += 1;
            }
            i += 1;
        }
        while i < n {
            let c = self.get(m, i)?;
            let d = self.get(c, 3)?;
            if let Some(j) = self.dict_find(d, key)? {
                return self.dict_value(d, j).map(Some);
            }
            i += 1;
        }
        Ok(None)
    }

    /// [`Self::mro_find`] of a name given as text (class dicts hold str keys only and are
    /// small: compared by content, no new str).
    pub fn mro_find_name(&mut self, class: u64, name: &str) -> PyResult<Option<u64>> {
        let m = self.get(class, MRO)?;
        let n = self.len(m)?;
        for i in 1..n {
            let c = self.get(m, i)?;
            let d = self.get(c, 3)?;
            let len = crate::obj::as_small(self.get(d, 1)?) as usize;
            let ks = self.get(d, 2)?;
            for j in 0..len {
                let k = self.get(ks, j)?;
                if self.kind(k)? == Kind::Str && self.str_is(k, name)? {
                    return Ok(Some(self.dict_value(d, j)?));
                }
            }
        }
        Ok(None)
    }

    /// Whether user class `sup` is in the MRO of user class `sub`.
    pub fn class_derives(&mut self, sub: u64, sup: u64) -> PyResult<bool> {
        Ok(self.mro_items(sub)?.contains(&sup))
    }

    /// The built-in root of a user class: the first base of a class of its MRO that is not a
    /// class (the name of a built-in exception class or a built-in type), or none.
    pub fn class_root(&mut self, class: u64) -> PyResult<u64> {
        for c in self.mro_items(class)? {
            let b = self.get(c, BASES)?;
            for x in self.tuple_items(b)? {
                if !matches!(self.kind(x)?, Kind::Obj(Tag::Class) | Kind::None) {
                    return Ok(x);
                }
            }
        }
        Ok(NONE)
    }

    /// `super(class, this).name`: looked up after `class` in the MRO of `this` (an instance,
    /// or a class for class methods).
    pub fn super_attr(&mut self, class: u64, this: u64, name: &str) -> PyResult<Option<u64>> {
        let inst = self.kind(this)? == Kind::Inst;
        let own = if inst { self.get(this, 0)? } else { this };
        if self.kind(own)? != Kind::Obj(Tag::Class) {
            return Ok(None);
        }
        let key = self.str(name)?;
        let _k = self.pin(key)?;
        match self.mro_find(own, key, class)? {
            Some(v) => self.bind_attr(v, inst.then_some(this), own).map(Some),
            None => Ok(None),
        }
    }

    /// `C.__mro__`: the classes of the MRO, then `object`.
    pub fn mro_tuple(&mut self, class: u64) -> PyResult<u64> {
        let mut items = self.mro_items(class)?;
        let root = self.class_root(class)?;
        let mut name = match self.kind(root)? {
            Kind::Str => self.text(root)?,
            _ => "object".to_string(),
        };
        loop {
            let v = crate::builtins::builtin_value(self, &name)?;
            items.push(self.keep(v)?);
            match crate::calls::EXCEPTIONS.iter().find(|(n, _)| *n == name) {
                Some((_, base)) if !base.is_empty() => name = base.to_string(),
                _ if name != "object" => name = "object".into(),
                _ => break,
            }
        }
        self.tuple(&items)
    }

    /// `C.__bases__`: the bases as written (`object` for none).
    pub fn bases_of(&mut self, class: u64) -> PyResult<u64> {
        let b = self.get(class, BASES)?;
        let mut items = Vec::new();
        for x in self.tuple_items(b)? {
            let v = match self.kind(x)? {
                Kind::Str => {
                    let n = self.text(x)?;
                    crate::builtins::builtin_value(self, &n)?
                }
                Kind::None => crate::builtins::builtin_value(self, "object")?,
                _ => x,
            };
            items.push(self.keep(v)?);
        }
        if items.is_empty() {
            let v = crate::builtins::builtin_value(self, "object")?;
            items.push(self.keep(v)?);
        }
        self.tuple(&items)
    }

    /// `py.class_done(cls)` after a class body: CPython's `__set_name__` of the attributes that
    /// have it and `__init_subclass__` of the first base defining it, through the prelude's
    /// `class_done(cls, init_subclass)`.
    pub fn class_done(&mut self, cls: u64) -> PyResult<()> {
        let key = self.str("__init_subclass__")?;
        let _k = self.pin(key)?;
        let mut init = self.mro_find(cls, key, cls)?.unwrap_or(NONE);
        if matches!(self.kind(init)?, Kind::Obj(Tag::ClassMethod | Tag::StaticMethod)) {
            init = self.get(init, 1)?;
        }
        let d = self.get(cls, 3)?;
        let mut set_name = false;
        for v in self.dict_items(d)?.1 {
            set_name = set_name || (self.kind(v)? == Kind::Inst && self.has_special(v, "__set_name__")?);
        }
        if init == NONE && !set_name {
            return Ok(());
        }
        let _i = self.pin(init)?;
        let args = self.tuple(&[cls, init])?;
        self.keep(args)?;
        match crate::prelude::request(self, "class_done", args, NONE, 1)? {
            Some(r) => Err(r),
            None => Ok(()),
        }
    }
}
