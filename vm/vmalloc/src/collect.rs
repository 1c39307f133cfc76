//! The collector: iterative mark from the roots, then a sweep of the object table.
//!
//! Marking uses an explicit stack of table indices, so the depth of the object graph never
//! touches the Rust stack. Objects do not move; freed table entries go on a free list with
//! their generation bumped, so stale references are detected.

use crate::heap::{Slot, object_bytes};
use crate::{Heap, Ref, Roots, Tracer};

/// Marks the object `bits` refers to, if it is a reference to a live object not yet marked.
#[inline]
fn mark(slots: &[Slot], marks: &mut [u64], stack: &mut Vec<u32>, bits: u64) {
    let Some((index, generation)) = Ref::from_bits(bits).parts() else { return };
    let i = index as usize;
    match slots.get(i) {
        Some(Slot { generation: g, object: Some(_), .. }) if *g == generation => {}
        _ => return,
    }
    let (word, bit) = (i / 64, 1u64 << (i % 64));
    if marks[word] & bit == 0 {
        marks[word] |= bit;
        stack.push(index);
    }
}

impl Heap {
    /// Runs a full collection: everything not reachable from `roots` or a host handle is freed.
    pub fn collect(&mut self, roots: &dyn Roots) {
        self.collect_with(roots, &[]);
    }

    /// A collection with `extra` root slots.
    pub(crate) fn collect_with(&mut self, roots: &dyn Roots, extra: &[u64]) {
        let mut stack = std::mem::take(&mut self.mark_stack);
        let mut marks = std::mem::take(&mut self.marks);
        marks.clear();
        marks.resize(self.slots.len().div_ceil(64), 0);
        {
            let slots = &self.slots;
            let mut mark_root = |bits: u64| mark(slots, &mut marks, &mut stack, bits);
            roots.trace(&mut Tracer { mark: &mut mark_root });
            extra.iter().for_each(|&b| mark_root(b));
            self.handles.for_each(&mut mark_root);
            self.array_classes.for_each(&mut mark_root);
        }
        while let Some(index) = stack.pop() {
            if let Some(object) = &self.slots[index as usize].object {
                object.for_each_traced(&self.classes, |b| mark(&self.slots, &mut marks, &mut stack, b));
            }
        }
        self.sweep(&marks);
        self.marks = marks;
        self.mark_stack = stack;
        self.stats.collections += 1;
        let config = self.config();
        self.next_gc = self.bytes.saturating_mul(2).max(config.min_trigger_bytes).min(config.limit_bytes);
    }

    /// Frees every unmarked object.
    fn sweep(&mut self, marks: &[u64]) {
        for i in 0..self.slots.len() {
            if marks[i / 64] & (1 << (i % 64)) != 0 {
                continue;
            }
            if let Some(object) = &self.slots[i].object {
                let size = object_bytes(object);
                self.release(i, size);
                self.stats.objects_freed += 1;
                self.stats.bytes_freed += size;
            }
        }
    }
}
