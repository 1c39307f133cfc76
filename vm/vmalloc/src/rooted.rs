//! Host handles: references the embedder holds, which keep their objects alive.

use crate::Ref;
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};

/// The slots held by host handles (0 = free), and the free list.
#[derive(Default, Debug)]
struct Entries {
    slots: Vec<u64>,
    free: Vec<u32>,
}

/// The table of references held by host handles, shared by the heap and its handles. A handle
/// may be dropped on another thread than the heap's, so the table is behind a mutex (taken once
/// per handle operation and once per collection).
#[derive(Default, Debug)]
pub(crate) struct HandleTable {
    entries: Mutex<Entries>,
}

impl HandleTable {
    fn lock(&self) -> MutexGuard<'_, Entries> {
        // A panic while holding the lock leaves the table consistent (every update is one step).
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Adds a root; returns its index.
    fn add(&self, bits: u64) -> u32 {
        let mut e = self.lock();
        if let Some(i) = e.free.pop() {
            e.slots[i as usize] = bits;
            i
        } else {
            e.slots.push(bits);
            (e.slots.len() - 1) as u32
        }
    }

    fn get(&self, index: u32) -> u64 {
        self.lock().slots.get(index as usize).copied().unwrap_or(0)
    }

    fn remove(&self, index: u32) {
        let mut e = self.lock();
        if let Some(slot) = e.slots.get_mut(index as usize) {
            *slot = 0;
            e.free.push(index);
        }
    }

    /// Calls `f` with every held reference.
    pub fn for_each(&self, mut f: impl FnMut(u64)) {
        self.lock().slots.iter().filter(|&&e| e != 0).for_each(|&e| f(e));
    }

    /// The number of live handles.
    pub fn len(&self) -> usize {
        let e = self.lock();
        e.slots.len() - e.free.len()
    }
}

/// A reference held by the host. While it exists its object stays alive (it is a root of
/// every collection), so [`Rooted::get`] never returns a dangling reference; dropping it
/// unroots the object. Cloning makes a second root. A handle is `Send + Sync` and may be
/// dropped on any thread; [`crate::Heap::resolve`] tells whether it belongs to a given heap.
///
/// A handle may also hold an `any` slot (which keeps its object alive if it is a reference).
pub struct Rooted {
    table: Arc<HandleTable>,
    index: u32,
}

impl Rooted {
    pub(crate) fn new(table: &Arc<HandleTable>, bits: u64) -> Rooted {
        Rooted { table: table.clone(), index: table.add(bits) }
    }

    /// The reference.
    pub fn get(&self) -> Ref {
        Ref::from_bits(self.table.get(self.index))
    }

    /// The slot bits held (a reference's bits, or an `any` value).
    pub fn bits(&self) -> u64 {
        self.table.get(self.index)
    }

    /// Whether the handle belongs to the heap whose handle table is `table`.
    pub(crate) fn is_of(&self, table: &Arc<HandleTable>) -> bool {
        Arc::ptr_eq(&self.table, table)
    }
}

impl Clone for Rooted {
    fn clone(&self) -> Rooted {
        Rooted::new(&self.table, self.bits())
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
