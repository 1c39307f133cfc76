//! `vmalloc`: the rootvm heap.
//!
//! Objects (class instances, arrays, strings, boxes, closures, host objects) live in an object
//! table and are addressed by [`Ref`]s: 64-bit checked handles (index + generation) that every
//! operation validates, so no bit pattern a guest puts in a `ref` register can reach memory
//! outside the heap. [`Any`] is the 64-bit encoding of dynamically typed values. A precise
//! mark-sweep collector frees what the caller's [`Roots`] and the host's [`Rooted`] handles do
//! not reach; a byte limit turns exhaustion into [`HeapError::OutOfMemory`].
//!
//! ```
//! use vmalloc::{ClassLayout, Heap, HeapConfig};
//! use rootir::Type;
//!
//! let mut heap = Heap::new(HeapConfig::default());
//! let node = heap.define_class(ClassLayout { name: "Node".into(), fields: vec![Type::Ref, Type::I64] }).unwrap();
//! let a = heap.alloc_instance(node, &()).unwrap();
//! let a = heap.root(a).unwrap(); // the host keeps `a` alive
//! let b = heap.alloc_instance(node, &()).unwrap();
//! heap.set_field(a.get(), 0, b.bits()).unwrap(); // a.next = b
//! heap.collect(&());
//! assert!(heap.is_live(b));
//! drop(a);
//! heap.collect(&());
//! assert!(!heap.is_live(b));
//! ```
//!
//! See `docs/gc.md` for the design and its invariants.

mod access;
mod any;
mod array;
mod array_class;
mod array_copy;
mod class;
mod collect;
mod config;
mod error;
mod handle;
mod heap;
mod object;
mod rooted;
mod roots;
mod string;
mod trap;

pub use any::{ANY_INT_MAX, ANY_INT_MIN, Any, AnyValue, add_ints};
pub use array::ElemType;
pub use class::{ClassId, ClassLayout};
pub use config::{GC_STRESS_ENV, HeapConfig};
pub use error::HeapError;
pub use handle::Ref;
pub use heap::{GcStats, Heap};
pub use object::ObjectKind;
pub use rooted::Rooted;
pub use roots::{Roots, Tracer};
pub use trap::TRAP_RESERVE_BYTES;
