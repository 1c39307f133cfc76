//! `set` and `frozenset`: CPython 3.11's open-addressing table (`Objects/setobject.c`): 8 slots
//! to start, 9 linear probes then perturbed probing, resize to 4x `used` when 3/5 full,
//! dummies on removal, `set_merge`'s copies and `pop`'s finger, so a set of ints (or floats,
//! tuples of them) iterates in CPython's order. (`str` hashes are randomized in CPython, so
//! programs print sets of strings sorted.)
//!
//! Layout: `[SET or FROZENSET, used, fill, keys (any array), meta (i64 array: state and hash
//! per slot; state 0 empty, 1 active, 2 dummy), finger]`.

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, Tag, as_small, int_bits};
use crate::ops;
use vmalloc::{ElemType, Ref};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const ACTIVE: u64 = 1;
const DUMMY: u64 = 2;

fn heap_err(e: vmalloc::HeapError) -> PyErr {
    PyErr::new("SystemError", format!("heap: {e}"))
}

/// Whether `v` is a set or a frozenset.
pub(crate) fn is_set(h: &mut Heap, v: u64) -> PyResult<bool> {
    Ok(matches!(h.kind(v)?, Kind::Obj(Tag::Set | Tag::FrozenSet)))
}

fn meta(h: &mut Heap, s: u64, i: usize) -> PyResult<(u64, i64)> {
    let m = h.get(s, 4)?;
    let heap = h.cx.heap();
    let state = heap.array_load(Ref::from_bits(m), 2 * i as i64).map_err(heap_err)?;
    let hash = heap.array_load(Ref::from_bits(m), 2 * i as i64 + 1).map_err(heap_err)?;
    Ok((state, hash as i64))
}

fn set_slot(h: &mut Heap, s: u64, i: usize, state: u64, hash: i64, key: u64) -> PyResult<()> {
    let (k, m) = (h.get(s, 3)?, h.get(s, 4)?);
    h.set(k, i, key)?;
    let heap = h.cx.heap();
    heap.array_store(Ref::from_bits(m), 2 * i as i64, state).map_err(heap_err)?;
    heap.array_store(Ref::from_bits(m), 2 * i as i64 + 1, hash as u64).map_err(heap_err)
}

fn field(h: &mut Heap, s: u64, i: usize) -> PyResult<usize> {
    Ok(as_small(h.get(s, i)?) as usize)
}

fn mask(h: &mut Heap, s: u64) -> PyResult<usize> {
    let k = h.get(s, 3)?;
    Ok(h.len(k)? - 1)
}

/// Installs a fresh empty table of `size` slots.
fn new_table(h: &mut Heap, s: u64, size: usize) -> PyResult<()> {
    let keys = h.array(&vec![0; size])?;
    h.set(s, 3, keys)?;
    let meta =
        h.cx.alloc(|heap, roots| heap.alloc_array(ElemType::I64, 2 * size as u64, roots))
            .map_err(|_| PyErr::new("MemoryError", String::new()))?;
    h.set(s, 4, meta)?;
    h.set(s, 1, int_bits(0))?;
    h.set(s, 2, int_bits(0))
}

/// A new empty set (`tag` Set or FrozenSet).
pub(crate) fn empty(h: &mut Heap, tag: Tag) -> PyResult<u64> {
    let s = h.obj(tag, &[int_bits(0), int_bits(0), crate::obj::NONE, crate::obj::NONE, int_bits(0)])?;
    h.keep(s)?;
    new_table(h, s, MINSIZE)?;
    Ok(s)
}

/// A new set holding `items`, added in order.
pub(crate) fn new_set(h: &mut Heap, tag: Tag, items: &[u64]) -> PyResult<u64> {
    let s = empty(h, tag)?;
    for &x in items {
        add(h, s, x)?;
    }
    Ok(s)
}

/// Active (key, hash) entries in table order.
pub(crate) fn entries(h: &mut Heap, s: u64) -> PyResult<Vec<(u64, i64)>> {
    let n = mask(h, s)? + 1;
    let k = h.get(s, 3)?;
    let mut out = Vec::new();
    for i in 0..n {
        let (state, hash) = meta(h, s, i)?;
        if state == ACTIVE {
            out.push((h.get(k, i)?, hash));
        }
    }
    Ok(out)
}

/// The items of a set in iteration order.
pub(crate) fn items(h: &mut Heap, s: u64) -> PyResult<Vec<u64>> {
    Ok(entries(h, s)?.into_iter().map(|(k, _)| k).collect())
}

/// The slot holding `key`, if present (`set_lookkey`).
fn lookup(h: &mut Heap, s: u64, key: u64, hash: i64) -> PyResult<Option<usize>> {
    let mask = mask(h, s)?;
    let mut perturb = hash as u64;
    let mut i = hash as u64 as usize & mask;
    let k = h.get(s, 3)?;
    loop {
        let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
        for j in i..=i + probes {
            let (state, eh) = meta(h, s, j)?;
            if state == 0 {
                return Ok(None);
            }
            if state == ACTIVE && eh == hash {
                let other = h.get(k, j)?;
                if other == key || crate::keyed::key_equal(h, other, key)? {
                    return Ok(Some(j));
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb as usize) & mask;
    }
}

/// `set_add_entry`: adds `key` unless present; resizes when 3/5 full.
fn add_entry(h: &mut Heap, s: u64, key: u64, hash: i64) -> PyResult<()> {
    let mask = mask(h, s)?;
    let mut perturb = hash as u64;
    let mut i = hash as u64 as usize & mask;
    let k = h.get(s, 3)?;
    let mut freeslot = None;
    let slot = 'search: loop {
        let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
        for j in i..=i + probes {
            let (state, eh) = meta(h, s, j)?;
            if state == 0 {
                break 'search j;
            }
            if state == ACTIVE && eh == hash {
                let other = h.get(k, j)?;
                if other == key || crate::keyed::key_equal(h, other, key)? {
                    return Ok(());
                }
            } else if state == DUMMY && freeslot.is_none() {
                freeslot = Some(j);
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb as usize) & mask;
    };
    let used = field(h, s, 1)? + 1;
    h.set(s, 1, int_bits(used as i64))?;
    if let Some(f) = freeslot {
        return set_slot(h, s, f, ACTIVE, hash, key);
    }
    set_slot(h, s, slot, ACTIVE, hash, key)?;
    let fill = field(h, s, 2)? + 1;
    h.set(s, 2, int_bits(fill as i64))?;
    if fill * 5 < mask * 3 {
        return Ok(());
    }
    resize(h, s, if used > 50000 { used * 2 } else { used * 4 })
}

/// `set_insert_clean`: into a table without dummies or equal keys.
fn insert_clean(h: &mut Heap, s: u64, key: u64, hash: i64) -> PyResult<()> {
    let mask = mask(h, s)?;
    let mut perturb = hash as u64;
    let mut i = hash as u64 as usize & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
        for j in i..=i + probes {
            if meta(h, s, j)?.0 == 0 {
                return set_slot(h, s, j, ACTIVE, hash, key);
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb as usize) & mask;
    }
}

/// `set_table_resize(so, minused)`.
fn resize(h: &mut Heap, s: u64, minused: usize) -> PyResult<()> {
    let mut size = MINSIZE;
    while size <= minused {
        size <<= 1;
    }
    let old = entries(h, s)?;
    let (ok, om) = (h.get(s, 3)?, h.get(s, 4)?);
    let _pins = (h.pin(ok)?, h.pin(om)?);
    new_table(h, s, size)?;
    for &(key, hash) in &old {
        insert_clean(h, s, key, hash)?;
    }
    h.set(s, 1, int_bits(old.len() as i64))?;
    h.set(s, 2, int_bits(old.len() as i64))
}

/// `s.add(x)`.
pub(crate) fn add(h: &mut Heap, s: u64, x: u64) -> PyResult<()> {
    let hash = h.hash(x)?;
    add_entry(h, s, x, hash)
}

/// Whether `x` is in set `s`.
pub(crate) fn contains(h: &mut Heap, s: u64, x: u64) -> PyResult<bool> {
    let hash = match h.hash(x) {
        Ok(v) => v,
        Err(_) if is_set(h, x)? => {
            let t = h.keep(x)?;
            let f = copy(h, t, Tag::FrozenSet)?;
            h.hash(f)?
        }
        Err(e) => return Err(e),
    };
    Ok(lookup(h, s, x, hash)?.is_some())
}

/// Removes `x`; whether it was there.
pub(crate) fn discard(h: &mut Heap, s: u64, x: u64) -> PyResult<bool> {
    let hash = h.hash(x)?;
    match lookup(h, s, x, hash)? {
        Some(i) => {
            set_slot(h, s, i, DUMMY, -1, crate::obj::NONE)?;
            let used = field(h, s, 1)? - 1;
            h.set(s, 1, int_bits(used as i64))?;
            Ok(true)
        }
        None => Ok(false),
    }
}

/// `set.pop()` with CPython's finger.
pub(crate) fn pop(h: &mut Heap, s: u64) -> PyResult<u64> {
    if field(h, s, 1)? == 0 {
        return Err(crate::str_more::key_error_text(h, "pop from an empty set"));
    }
    let mask = mask(h, s)?;
    let mut i = field(h, s, 5)? & mask;
    while meta(h, s, i)?.0 != ACTIVE {
        i = if i == mask { 0 } else { i + 1 };
    }
    let k = h.get(s, 3)?;
    let key = h.get(k, i)?;
    h.keep(key)?;
    set_slot(h, s, i, DUMMY, -1, crate::obj::NONE)?;
    let used = field(h, s, 1)? - 1;
    h.set(s, 1, int_bits(used as i64))?;
    h.set(s, 5, int_bits(i as i64 + 1))?;
    Ok(key)
}

/// The number of items.
pub(crate) fn len(h: &mut Heap, s: u64) -> PyResult<usize> {
    field(h, s, 1)
}

/// `set_update_internal(s, other)`: `set_merge` for sets, else one add per item.
pub(crate) fn update(h: &mut Heap, s: u64, other: u64) -> PyResult<()> {
    if !is_set(h, other)? {
        if h.kind(other)? == Kind::Obj(Tag::Dict) {
            let n = ops::len(h, other)?;
            let (fill, used, mask) = (field(h, s, 2)?, field(h, s, 1)?, mask(h, s)?);
            if (fill + n) * 5 >= mask * 3 {
                resize(h, s, (used + n) * 2)?;
            }
        }
        for x in ops::iterate(h, other)? {
            add(h, s, x)?;
        }
        return Ok(());
    }
    let other_used = field(h, other, 1)?;
    if other == s || other_used == 0 {
        return Ok(());
    }
    let (fill, used, m) = (field(h, s, 2)?, field(h, s, 1)?, mask(h, s)?);
    if (fill + other_used) * 5 >= m * 3 {
        resize(h, s, (used + other_used) * 2)?;
    }
    let (fill, m) = (field(h, s, 2)?, mask(h, s)?);
    let other_mask = mask(h, other)?;
    let other_fill = field(h, other, 2)?;
    if fill == 0 && m == other_mask && other_fill == other_used {
        // Same size, no dummies: copy the table slot for slot.
        let ok = h.get(other, 3)?;
        for i in 0..=m {
            let (state, hash) = meta(h, other, i)?;
            if state == ACTIVE {
                let key = h.get(ok, i)?;
                set_slot(h, s, i, ACTIVE, hash, key)?;
            }
        }
    } else if fill == 0 {
        for (key, hash) in entries(h, other)? {
            insert_clean(h, s, key, hash)?;
        }
    } else {
        for (key, hash) in entries(h, other)? {
            add_entry(h, s, key, hash)?;
        }
        return Ok(());
    }
    h.set(s, 1, int_bits(other_used as i64))?;
    h.set(s, 2, int_bits(other_used as i64))
}

/// A copy of set `s` as a `tag` set (`make_new_set(type, s)`).
pub(crate) fn copy(h: &mut Heap, s: u64, tag: Tag) -> PyResult<u64> {
    let out = empty(h, tag)?;
    update(h, out, s)?;
    Ok(out)
}

/// A new set from any iterable (`set(x)`).
pub(crate) fn from_iterable(h: &mut Heap, tag: Tag, x: u64) -> PyResult<u64> {
    let out = empty(h, tag)?;
    update(h, out, x)?;
    Ok(out)
}

/// A set display of three or more constants, made as CPython 3.11 makes it: the compiler
/// folds the items (a tuple) into a frozenset constant, and `BUILD_SET 0; SET_UPDATE` merges
/// that frozenset into a new set (so the order is the merge's, not one add per item).
pub(crate) fn from_constants(h: &mut Heap, items: u64) -> PyResult<u64> {
    let f = from_iterable(h, Tag::FrozenSet, items)?;
    h.keep(f)?;
    copy(h, f, Tag::Set)
}

/// Gives `s` the table of `other` (`set_swap_bodies`, `other` is then dropped).
pub(crate) fn take_body(h: &mut Heap, s: u64, other: u64) -> PyResult<()> {
    for i in 1..=4 {
        let v = h.get(other, i)?;
        h.set(s, i, v)?;
    }
    Ok(())
}

/// The tag of the result of an operation on `s` (the type of the left operand).
fn tag_of(h: &mut Heap, s: u64) -> PyResult<Tag> {
    Ok(if h.kind(s)? == Kind::Obj(Tag::FrozenSet) { Tag::FrozenSet } else { Tag::Set })
}

/// `a | b`.
pub(crate) fn union(h: &mut Heap, a: u64, b: u64) -> PyResult<u64> {
    let tag = tag_of(h, a)?;
    let out = copy(h, a, tag)?;
    update(h, out, b)?;
    Ok(out)
}

/// `a & b` (`set_intersection`: iterates the smaller set).
pub(crate) fn intersection(h: &mut Heap, a: u64, b: u64) -> PyResult<u64> {
    let tag = tag_of(h, a)?;
    let out = empty(h, tag)?;
    if is_set(h, b)? {
        let (mut big, mut small) = (a, b);
        if len(h, small)? > len(h, big)? {
            std::mem::swap(&mut big, &mut small);
        }
        for (key, hash) in entries(h, small)? {
            if lookup(h, big, key, hash)?.is_some() {
                add_entry(h, out, key, hash)?;
            }
        }
    } else {
        for x in ops::iterate(h, b)? {
            if contains(h, a, x)? {
                add(h, out, x)?;
            }
        }
    }
    Ok(out)
}

/// `a - b` (`set_difference`).
pub(crate) fn difference(h: &mut Heap, a: u64, b: u64) -> PyResult<u64> {
    let tag = tag_of(h, a)?;
    let other_size = if is_set(h, b)? || h.kind(b)? == Kind::Obj(Tag::Dict) { Some(ops::len(h, b)?) } else { None };
    let la = len(h, a)?;
    if other_size.is_none_or(|n| (la >> 2) > n) {
        let out = copy(h, a, tag)?;
        for x in ops::iterate(h, b)? {
            discard(h, out, x)?;
        }
        return Ok(out);
    }
    let out = empty(h, tag)?;
    for (key, hash) in entries(h, a)? {
        if !ops::contains(h, b, key)? {
            add_entry(h, out, key, hash)?;
        }
    }
    Ok(out)
}

/// `s ^= other` (`set_symmetric_difference_update`).
pub(crate) fn symmetric_update(h: &mut Heap, s: u64, other: u64) -> PyResult<()> {
    let other = if is_set(h, other)? { other } else { from_iterable(h, Tag::Set, other)? };
    for (key, _) in entries(h, other)? {
        if !discard(h, s, key)? {
            add(h, s, key)?;
        }
    }
    Ok(())
}

/// `a ^ b` (`set_symmetric_difference`).
pub(crate) fn symmetric_difference(h: &mut Heap, a: u64, b: u64) -> PyResult<u64> {
    let tag = tag_of(h, a)?;
    let out = from_iterable(h, tag, b)?;
    symmetric_update(h, out, a)?;
    Ok(out)
}

/// Whether every item of `a` is in `b`.
pub(crate) fn subset(h: &mut Heap, a: u64, b: u64) -> PyResult<bool> {
    for x in items(h, a)? {
        if !ops::contains(h, b, x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `repr` of a set.
pub(crate) fn repr(h: &mut Heap, s: u64) -> PyResult<String> {
    let frozen = h.kind(s)? == Kind::Obj(Tag::FrozenSet);
    let xs = items(h, s)?;
    let parts: Vec<String> = xs.iter().map(|&x| h.repr(x)).collect::<PyResult<_>>()?;
    Ok(match (frozen, parts.is_empty()) {
        (false, true) => "set()".into(),
        (true, true) => "frozenset()".into(),
        (false, false) => format!("{{{}}}", parts.join(", ")),
        (true, false) => format!("frozenset({{{}}})", parts.join(", ")),
    })
}
