//! Arguments of calls to another language's module (docs/interop.md, "From the `any` side"):
//! `py.extern_arg(v)` hands a `bytes` object over as its str of byte code points (copied into a
//! lifted module's memory, not back), and a `bytearray` as a new `i8` array of its bytes, which
//! the VM's marshalling copies in and, after the call, back out of the callee's memory;
//! `py.extern_done()`, called after every such call, writes each of those arrays back into its
//! bytearray, so a C function filling a buffer is seen by the Python caller.

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, Tag};
use crate::{Io, def, def1};
use rootir::Type::Any as A;
use rootvm::Vm;
use std::sync::Arc;
use vmalloc::{ElemType, Ref};

/// The (array, bytearray) pairs of the call being made.
pub(crate) type Pending = Vec<(vmalloc::Rooted, vmalloc::Rooted)>;

fn poisoned() -> PyErr {
    PyErr::new("SystemError", "extern buffers poisoned".into())
}

fn heap_err(e: vmalloc::HeapError) -> PyErr {
    PyErr::new("SystemError", format!("{e:?}"))
}

/// Registers `py.extern_arg(any) -> any` and `py.extern_done()`.
pub(crate) fn register(vm: &mut Vm, io: &Arc<Io>) {
    def1(vm, io, "extern_arg", &[A], |h, a| match h.kind(a[0])? {
        Kind::Obj(Tag::Bytes) => h.get(a[0], 1),
        Kind::Obj(Tag::ByteArray) => buffer_of(h, a[0]),
        _ => Ok(a[0]),
    });
    def(vm, io, "extern_done", &[], &[], |h, _, _| write_back(h));
}

/// A new `i8` array holding bytearray `b`'s bytes, remembered for [`write_back`].
fn buffer_of(h: &mut Heap, b: u64) -> PyResult<u64> {
    let data = crate::bytes::data(h, b)?;
    let arr =
        h.cx.alloc(|heap, roots| heap.alloc_array(ElemType::I8, data.len() as u64, roots))
            .map_err(|_| PyErr::new("MemoryError", String::new()))?;
    let r = Ref::from_bits(arr);
    for (i, &byte) in data.iter().enumerate() {
        h.cx.heap().array_store(r, i as i64, u64::from(byte)).map_err(heap_err)?;
    }
    let (Some(pa), Some(pb)) = (h.pin(arr)?, h.pin(b)?) else {
        return Err(PyErr::new("SystemError", "extern_arg of a non-reference".into()));
    };
    h.io.extern_bufs.lock().map_err(|_| poisoned())?.push((pa, pb));
    Ok(arr)
}

/// Copies every remembered array back into its bytearray and forgets them.
fn write_back(h: &mut Heap) -> PyResult<()> {
    let pending: Pending = std::mem::take(&mut *h.io.extern_bufs.lock().map_err(|_| poisoned())?);
    for (arr, b) in pending {
        let arr = h.cx.heap().resolve(&arr).map_err(heap_err)?;
        let b = h.cx.heap().resolve(&b).map_err(heap_err)?;
        let r = Ref::from_bits(arr);
        let n = h.cx.heap().array_len(r).map_err(heap_err)?;
        let mut text = String::with_capacity(n as usize);
        for i in 0..n {
            let byte = h.cx.heap().array_load(r, i as i64).map_err(heap_err)? as u8;
            text.push(char::from(byte));
        }
        let s = h.str(&text)?;
        h.set(b, 1, s)?;
    }
    Ok(())
}
