//! Host handles: references the embedder holds, which keep their objects alive.

use crate::Ref;
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

/// The table of references held by host handles, shared by the heap and its handles.
#[derive(Default, Debug)]
pub(crate) struct HandleTable {
    entries: RefCell<Vec<u64>>,
    free: RefCell<Vec<u32>>,
}

impl HandleTable {
    /// Adds a root; returns its index.
    fn add(&self, r: Ref) -> u32 {
        let mut entries = self.entries.borrow_mut();
        if let Some(i) = self.free.borrow_mut().pop() {
            entries[i as usize] = r.bits();
            i
        } else {
            entries.push(r.bits());
            (entries.len() - 1) as u32
        }
    }

    fn get(&self, index: u32) -> Ref {
        Ref::from_bits(self.entries.borrow().get(index as usize).copied().unwrap_or(0))
    }

    fn remove(&self, index: u32) {
        if let Some(e) = self.entries.borrow_mut().get_mut(index as usize) {
            *e = 0;
            self.free.borrow_mut().push(index);
        }
    }

    /// Calls `f` with every held reference.
    pub fn for_each(&self, mut f: impl FnMut(u64)) {
        self.entries.borrow().iter().filter(|&&e| e != 0).for_each(|&e| f(e));
    }

    /// The number of live handles.
    pub fn len(&self) -> usize {
        self.entries.borrow().len() - self.free.borrow().len()
    }
}

/// A reference held by the host. While it exists its object stays alive (it is a root of
/// every collection), so [`Rooted::get`] never returns a dangling reference; dropping it
/// unroots the object. Cloning makes a second root.
pub struct Rooted {
    table: Rc<HandleTable>,
    index: u32,
}

impl Rooted {
    pub(crate) fn new(table: &Rc<HandleTable>, r: Ref) -> Rooted {
        Rooted { table: table.clone(), index: table.add(r) }
    }

    /// The reference.
    pub fn get(&self) -> Ref {
        self.table.get(self.index)
    }
}

impl Clone for Rooted {
    fn clone(&self) -> Rooted {
        Rooted::new(&self.table, self.get())
    }
}

impl Drop for Rooted {
    fn drop(&mut self) {
        self.table.remove(self.index);
    }
}

impl fmt::Debug for Rooted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Rooted({:?})", self.get())
    }
}
