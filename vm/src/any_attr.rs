//! The inline fast paths of `any.attr_get` and `any.attr_set`: an attribute of an object laid
//! out as `[class, map]` (element 0 a reference), `map` an array of any `[4, n, keys, values,
//! ...]`, found by the identity of its name among `keys[0..n]`. Dynamic languages' runtimes
//! intern attribute names, so the name a program reads is the very string it stored; any other
//! case (no such object, a missing name, a name equal by content only) goes to the module's any
//! hook ([`crate::any_ops::slow`]), which does the full lookup.

use vmalloc::{Any, Heap, Ref};

/// The element 0 that marks an array of any as a *map* `[4, n, keys, values, ...]`.
const MAP_TAG: u64 = match Any::from_int(4) {
    Some(a) => a.bits(),
    None => 0,
};

/// The values array and the index into it of attribute `b` of object `a`, when found.
#[inline(always)]
fn attr_slot(heap: &Heap, a: u64, b: u64) -> Option<(Ref, usize)> {
    let o = heap.array_anys(Any::from_bits(a).as_ref()?)?;
    if o.len() < 2 || Any::from_bits(o[0]).as_int().is_some() {
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
    let (values, i) = attr_slot(heap, a, b)?;
    heap.array_anys(values)?.get(i).copied()
}

/// `any.attr_set`: stores `c` as attribute `b` of object `a`; false when the fast path does not
/// apply.
#[inline(always)]
pub(crate) fn attr_set(heap: &mut Heap, a: u64, b: u64, c: u64) -> bool {
    let Some((values, i)) = attr_slot(heap, a, b) else { return false };
    match heap.array_anys_mut(values).and_then(|s| s.get_mut(i)) {
        Some(slot) => {
            *slot = c;
            true
        }
        None => false,
    }
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
    }
}
