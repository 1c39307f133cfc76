//! Instance layouts learned per class: the attribute names instances of a class get, in the
//! order they get them (`self.x = ...; self.y = ...` in `__init__`). A new instance's dict is
//! made with these names already past its entries (its `keys` array beyond `n`), where the VM's
//! `any.attr_set` finds the name a store adds next and takes the entry inline (see
//! `vm/src/any_attr.rs`), so building an object needs no host call per attribute.
//!
//! A name is learned only from a store the full path did (`any.attr_set`'s hook): the class had
//! no property of that name then. Assigning or deleting any class attribute forgets every layout,
//! so a property added later is never skipped for instances made after it. The dict is a plain
//! dict: its entries, order and `n` are exactly those of the attributes set.
//!
//! An instance of a class with `__setattr__` (own or inherited, when the instance is made) is
//! `[class, dict, None]`: the VM's `any.attr_set` stores inline only in objects of two elements,
//! so each of its stores reaches the hook. Whether a class has one is kept with its layout.

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, NONE};
use vmalloc::Rooted;

/// The most classes with a layout (the oldest is forgotten past it).
const MAX_CLASSES: usize = 64;

/// The most names of a layout (a dict of more entries gets an index, which takes no
/// prediction).
const MAX_NAMES: usize = 8;

/// The layout of one class.
pub struct Layout {
    class: Rooted,
    names: Vec<Rooted>,
    hooked: bool,
}

fn poisoned() -> PyErr {
    PyErr::new("SystemError", "layout table poisoned".into())
}

impl Heap<'_, '_> {
    /// Records that a store the full path did added `key` as entry `pos` of the dict of instance
    /// `o`.
    pub fn layout_learn(&mut self, o: u64, key: u64, pos: usize) -> PyResult<()> {
        if pos >= MAX_NAMES || self.kind(o)? != Kind::Inst || self.kind(key)? != Kind::Str {
            return Ok(());
        }
        let class = self.get(o, 0)?;
        if self.has_setattr(class)? {
            return Ok(());
        }
        let mut layouts = self.io.layouts.lock().map_err(|_| poisoned())?;
        let Some(at) = layouts.iter().position(|l| l.class.bits() == class) else { return Ok(()) };
        let names = &mut layouts[at].names;
        if names.get(pos).is_some_and(|n| n.bits() == key) {
            return Ok(());
        }
        if names.len() >= pos {
            names.truncate(pos);
            names.push(self.cx.heap().root_any(key).map_err(|_| poisoned())?);
        }
        Ok(())
    }

    /// Forgets every layout (a class attribute changed) and bumps the class version, which
    /// empties the method calls' inline caches (`method_call.rs`).
    pub fn layout_forget(&mut self) -> PyResult<()> {
        self.io.class_version.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.io.layouts.lock().map_err(|_| poisoned())?.clear();
        Ok(())
    }

    /// Whether `class` has `__setattr__` (remembered with its layout, which this makes). Called
    /// for every new instance.
    fn has_setattr(&mut self, class: u64) -> PyResult<bool> {
        {
            let layouts = self.io.layouts.lock().map_err(|_| poisoned())?;
            if let Some(l) = layouts.iter().find(|l| l.class.bits() == class) {
                return Ok(l.hooked);
            }
        }
        // The first instance of the class since the table was last cleared: every instance is
        // made after this, so this is where the class learns that it has instances.
        self.note_instance(class)?;
        self.guard_getattribute(class)?;
        let hooked = self.class_lookup(class, "__setattr__")?.is_some();
        let root = self.cx.heap().root_any(class).map_err(|_| poisoned())?;
        let mut layouts = self.io.layouts.lock().map_err(|_| poisoned())?;
        if layouts.len() >= MAX_CLASSES {
            layouts.remove(0);
        }
        layouts.push(Layout { class: root, names: Vec::new(), hooked });
        Ok(hooked)
    }

    /// A new instance of `class` with dict `d`: `[class, d]`, or `[class, d, None]` when the
    /// class has `__setattr__` (its stores must not be inline).
    pub fn new_instance_with(&mut self, class: u64, d: u64) -> PyResult<u64> {
        if self.has_setattr(class)? { self.array(&[class, d, NONE]) } else { self.array(&[class, d]) }
    }

    /// A new instance of `class`, its dict empty with the class's learned names past its
    /// entries.
    pub fn new_instance(&mut self, class: u64) -> PyResult<u64> {
        let d = self.instance_dict(class)?;
        let _d = self.pin(d)?;
        self.new_instance_with(class, d)
    }

    /// A new empty dict for an instance of `class`, its learned names past its entries.
    fn instance_dict(&mut self, class: u64) -> PyResult<u64> {
        let names: Vec<u64> = {
            let layouts = self.io.layouts.lock().map_err(|_| poisoned())?;
            match layouts.iter().find(|l| l.class.bits() == class) {
                Some(l) if !l.hooked => l.names.iter().map(Rooted::bits).collect(),
                _ => Vec::new(),
            }
        };
        let d = self.dict()?;
        if names.is_empty() {
            return Ok(d);
        }
        let ks = self.get(d, 2)?;
        if names.len() <= self.len(ks)? {
            for (i, &k) in names.iter().enumerate() {
                self.set(ks, i, k)?;
            }
            return Ok(d);
        }
        let _d = self.pin(d)?;
        let ks = self.array(&names)?;
        self.set(d, 2, ks)?;
        let vs = self.array(&vec![0; names.len()])?;
        self.set(d, 3, vs)?;
        Ok(d)
    }
}
