//! Assignment targets the runtime helps with: unpacking (`a, *b, c = xs`).

use crate::err::{PyErr, PyResult};
use crate::obj::Heap;

/// The values of an unpacking assignment as a tuple, one per target: `shape` is the target count
/// in its low 16 bits and, above them, 1 + the position of the starred target (0: none), which
/// gets a list of the items left over.
pub fn unpack(h: &mut Heap, items: Vec<u64>, shape: u32) -> PyResult<u64> {
    let n = (shape & 0xffff) as usize;
    let Some(star) = (shape >> 16).checked_sub(1).map(|s| s as usize) else {
        if items.len() != n {
            let msg = if items.len() > n {
                format!("too many values to unpack (expected {n})")
            } else {
                format!("not enough values to unpack (expected {n}, got {})", items.len())
            };
            return Err(PyErr::new("ValueError", msg));
        }
        return h.tuple(&items);
    };
    let fixed = n - 1;
    if items.len() < fixed {
        let msg = format!("not enough values to unpack (expected at least {fixed}, got {})", items.len());
        return Err(PyErr::new("ValueError", msg));
    }
    let after = fixed - star;
    let rest = h.list(&items[star..items.len() - after])?;
    let _r = h.pin(rest)?;
    let mut out: Vec<u64> = items[..star].to_vec();
    out.push(rest);
    out.extend_from_slice(&items[items.len() - after..]);
    h.tuple(&out)
}
