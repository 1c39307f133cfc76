//! Assignment targets the runtime helps with: unpacking (`a, *b, c = xs`), slice assignment
//! and deletion (`xs[i:j] = ys`, `del xs[i:j:k]`).

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, Tag};
use crate::ops::{set_list, slice_picks, type_name};

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

/// `a[lo:hi:step] = v` for a list `a`.
pub fn set_slice(h: &mut Heap, a: u64, lo: u64, hi: u64, step: u64, v: u64) -> PyResult<()> {
    let items = list_of(h, a, "does not support item assignment")?;
    let _v = h.pin(v)?;
    let new = crate::ops::iterate(h, v)?;
    let (picks, step, start) = slice_picks(items.len(), lo, hi, step)?;
    let mut out;
    if step == 1 {
        let end = picks.last().map_or(start, |&l| l + 1);
        out = items[..start].to_vec();
        out.extend_from_slice(&new);
        out.extend_from_slice(&items[end..]);
    } else {
        if new.len() != picks.len() {
            return Err(PyErr::new(
                "ValueError",
                format!("attempt to assign sequence of size {} to extended slice of size {}", new.len(), picks.len()),
            ));
        }
        out = items;
        for (&i, &x) in picks.iter().zip(&new) {
            out[i] = x;
        }
    }
    store(h, a, &out)
}

/// `del a[lo:hi:step]` for a list `a`.
pub fn del_slice(h: &mut Heap, a: u64, lo: u64, hi: u64, step: u64) -> PyResult<()> {
    let items = list_of(h, a, "does not support item deletion")?;
    let (picks, _, _) = slice_picks(items.len(), lo, hi, step)?;
    let out: Vec<u64> = items.iter().enumerate().filter(|(i, _)| !picks.contains(i)).map(|(_, &x)| x).collect();
    store(h, a, &out)
}

/// Writes back the items of list or bytearray `a`.
fn store(h: &mut Heap, a: u64, items: &[u64]) -> PyResult<()> {
    if h.kind(a)? != Kind::Obj(Tag::ByteArray) {
        return set_list(h, a, items);
    }
    let mut d = Vec::with_capacity(items.len());
    for &x in items {
        d.push(crate::bytearray::byte(h, x)?);
    }
    crate::bytearray::store(h, a, &d)
}

/// The items of list `a`, or CPython's TypeError for another type.
fn list_of(h: &mut Heap, a: u64, what: &str) -> PyResult<Vec<u64>> {
    if h.kind(a)? == Kind::Obj(Tag::ByteArray) {
        return crate::ops::iterate(h, a);
    }
    if h.kind(a)? != Kind::Obj(Tag::List) {
        let t = type_name(h, a)?;
        return Err(PyErr::type_error(format!("'{t}' object {what}")));
    }
    h.list_items(a)
}
