//! The inline fast paths of `any.attr_get` and `any.attr_set`: an attribute of an object laid
//! out as `[class, map]` (element 0 a reference), `map` an array of any `[4, n, keys, values,
//! ...]`, found by the identity of its name among `keys[0..n]`. Dynamic languages' runtimes
//! intern attribute names, so the name a program reads is the very string it stored; any other
//! case (no such object, a missing name, a name equal by content only) goes to the module's any
//! hook ([`crate::any_ops::slow`]), which does the full lookup.
//!
//! A store of a name the object lacks takes the entry past the last one when the runtime put
//! that very name there (its prediction of the object's next attribute, learned per class), so
//! building an object attribute by attribute needs no hook either.
//!
//! A store applies only to an object of exactly two elements: a runtime gives an object whose
//! stores must see a hook (a class with `__setattr__`) a third element, so every store of it
//! goes to the any hook while reads stay inline.
//!
//! A class (element 0, an array of any) whose element 6 is not none is *guarded*: every read
//! and store of its instances goes to the hook. A runtime guards a class when its instances
//! made earlier must see a change the inline paths cannot (a `__setattr__` or a data
//! descriptor the class gained after they were made).

use vmalloc::{Any, Heap, Ref};

/// The element 0 that marks an array of any as a *map* `[4, n, keys, values, ...]`.
const MAP_TAG: u64 = match Any::from_int(4) {
    Some(a) => a.bits(),
    None => 0,
};

/// The element of a class that guards it (see the module doc).
const GUARD: usize = 6;

/// Whether `class` (an object's element 0) is guarded: an array of any whose element 6 is not
/// none.
#[inline(always)]
fn guarded(heap: &Heap, class: u64) -> bool {
    Any::from_bits(class)
        .as_ref()
        .and_then(|c| heap.array_anys(c))
        .is_some_and(|c| c.get(GUARD).is_some_and(|&g| g != 0))
}

/// The values array and the index into it of attribute `b` of object `a`, when found; for a
/// store (`store`) only in an object of two elements.
#[inline(always)]
fn attr_slot(heap: &Heap, a: u64, b: u64, store: bool) -> Option<(Ref, usize)> {
    let o = heap.array_anys(Any::from_bits(a).as_ref()?)?;
    if o.len() < 2 || (store && o.len() != 2) || Any::from_bits(o[0]).as_int().is_some() || guarded(heap, o[0]) {
        return None;
    }
    let m = heap.array_anys(Any::from_bits(o[1]).as_ref()?)?;
    if m.len() < 4 || m[0] != MAP_TAG {
        return None;
    }
    let n = usize::try_from(Any::from_bits(m[1]).as_int()?).ok()?;
    let keys = heap.array_anys(Any::from_bits(m[2]).as_ref()?)?;
    let i = keys.get(..n)?.iter().position(|&k| k == b)?;
    Some((Any::from_bits(m[3]).as_ref()?, i))
}

/// `any.attr_get`: attribute `b` of object `a`.
#[inline(always)]
pub(crate) fn attr_get(heap: &Heap, a: u64, b: u64) -> Option<u64> {
    let (values, i) = attr_slot(heap, a, b, false)?;
    heap.array_anys(values)?.get(i).copied()
}

/// `any.attr_set`: stores `c` as attribute `b` of object `a`; false when the fast path does not
/// apply.
#[inline(always)]
pub(crate) fn attr_set(heap: &mut Heap, a: u64, b: u64, c: u64) -> bool {
    let Some((values, i)) = attr_slot(heap, a, b, true).or_else(|| predicted_slot(heap, a, b)) else { return false };
    match heap.array_anys_mut(values).and_then(|s| s.get_mut(i)) {
        Some(slot) => {
            *slot = c;
            true
        }
        None => false,
    }
}

/// The most entries a map holds without an index (the runtime builds one past it).
const SMALL_MAP: usize = 8;

/// The slot of a new attribute `b` the runtime predicted: a map without index and hashes
/// (elements 4 and 5 none), `n < 8`, and `keys[n]` (past the map's entries, where the runtime
/// put the names its instances usually get next) identical to `b`. Takes the entry: `n` grows
/// by one.
fn predicted_slot(heap: &mut Heap, a: u64, b: u64) -> Option<(Ref, usize)> {
    let o = heap.array_anys(Any::from_bits(a).as_ref()?)?;
    if o.len() != 2 || Any::from_bits(o[0]).as_int().is_some() || guarded(heap, o[0]) {
        return None;
    }
    let map = Any::from_bits(o[1]).as_ref()?;
    let m = heap.array_anys(map)?;
    if m.len() < 6 || m[0] != MAP_TAG || m[4] != 0 || m[5] != 0 {
        return None;
    }
    let n = usize::try_from(Any::from_bits(m[1]).as_int()?).ok()?;
    let (keys, values) = (Any::from_bits(m[2]).as_ref()?, Any::from_bits(m[3]).as_ref()?);
    if n >= SMALL_MAP || heap.array_anys(keys)?.get(n) != Some(&b) || heap.array_anys(values)?.len() <= n {
        return None;
    }
    let grown = Any::from_int(n as i64 + 1)?.bits();
    heap.array_anys_mut(map)?[1] = grown;
    Some((values, n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use vmalloc::{ElemType, HeapConfig, Rooted};

    fn i(v: i64) -> u64 {
        Any::from_int(v).unwrap().bits()
    }

    /// A new array of any holding `items`, kept alive by the returned handle.
    fn array(heap: &mut Heap, items: &[u64]) -> (u64, Rooted) {
        let r = heap.alloc_array(ElemType::Any, items.len() as u64, &()).unwrap();
        let keep = heap.root_any(r.bits()).unwrap();
        heap.array_anys_mut(r).unwrap().copy_from_slice(items);
        (r.bits(), keep)
    }

    #[test]
    fn attributes_are_found_by_identity_among_the_first_n_keys() {
        let mut heap = Heap::new(HeapConfig::default());
        let (class, _k0) = array(&mut heap, &[i(6)]);
        let (x, _k1) = array(&mut heap, &[]);
        let (y, _k2) = array(&mut heap, &[]);
        let (keys, _k3) = array(&mut heap, &[x, y, 0, 0]);
        let (values, _k4) = array(&mut heap, &[i(10), i(20), 0, 0]);
        let (map, _k5) = array(&mut heap, &[MAP_TAG, i(1), keys, values]);
        let (o, _k6) = array(&mut heap, &[class, map]);
        assert_eq!(attr_get(&heap, o, x), Some(i(10)));
        assert_eq!(attr_get(&heap, o, y), None, "past n");
        assert!(attr_set(&mut heap, o, x, i(11)));
        assert_eq!(attr_get(&heap, o, x), Some(i(11)));
        assert!(!attr_set(&mut heap, o, y, i(1)));
        assert_eq!(attr_get(&heap, map, x), None, "element 0 is an int: no object of a class");
        assert_eq!(attr_get(&heap, i(3), x), None);
        let (bad, _k7) = array(&mut heap, &[class, keys]);
        assert_eq!(attr_get(&heap, bad, x), None, "element 1 is no map");
        let (z, _k8) = array(&mut heap, &[]);
        let (keys2, _k9) = array(&mut heap, &[x, y, z, 0]);
        let (map2, _k10) = array(&mut heap, &[MAP_TAG, i(1), keys2, values, 0, 0]);
        let (o2, _k11) = array(&mut heap, &[class, map2]);
        assert!(!attr_set(&mut heap, o2, z, i(3)), "z is not the next predicted name");
        assert!(attr_set(&mut heap, o2, y, i(21)), "y is: it becomes entry 1");
        assert_eq!(attr_get(&heap, o2, y), Some(i(21)));
        assert!(attr_set(&mut heap, o2, z, i(31)));
        assert_eq!(heap.array_anys(Ref::from_bits(map2)).unwrap()[1], i(3));
        let (map3, _k12) = array(&mut heap, &[MAP_TAG, i(1), keys2, values, i(0), 0]);
        let (o3, _k13) = array(&mut heap, &[class, map3]);
        assert!(!attr_set(&mut heap, o3, y, i(1)), "a map with an index takes no prediction");
        let (hooked, _k14) = array(&mut heap, &[class, map, 0]);
        assert_eq!(attr_get(&heap, hooked, x), Some(i(11)), "reads of a third-element object stay inline");
        assert!(!attr_set(&mut heap, hooked, x, i(12)), "its stores go to the hook");
        let (hooked2, _k15) = array(&mut heap, &[class, map2, 0]);
        assert!(!attr_set(&mut heap, hooked2, y, i(1)), "and take no prediction");
        let (guard_class, _k16) = array(&mut heap, &[i(6), 0, 0, 0, 0, 0, i(1)]);
        let (keys4, _k17) = array(&mut heap, &[x, y, 0, 0]);
        let (map4, _k18) = array(&mut heap, &[MAP_TAG, i(1), keys4, values, 0, 0]);
        let (g, _k19) = array(&mut heap, &[guard_class, map4]);
        assert_eq!(attr_get(&heap, g, x), None, "a guarded class's instances go to the hook");
        assert!(!attr_set(&mut heap, g, x, i(1)));
        assert!(!attr_set(&mut heap, g, y, i(1)), "and take no prediction");
        heap.array_anys_mut(Ref::from_bits(guard_class)).unwrap()[6] = 0;
        assert_eq!(attr_get(&heap, g, x), Some(i(11)), "unguarded again");
    }
}
