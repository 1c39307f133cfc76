//! Dicts: insertion-ordered keys and values in two arrays, found through a hash index as
//! CPython's compact dict does: `[DICT, len, keys, values, index, hashes, flavor]`. `index` (an
//! i64 array, a power of two at least 3/2 of the entries) holds entry position + 1 (0 empty),
//! probed with CPython's perturbed probing; `hashes` (i64) holds each entry's hash. Removal
//! shifts the entries down and rebuilds the index. `flavor` is none for a plain dict, or what
//! `collections` makes it (see `mod_collections.rs`).
//!
//! A dict of at most [`SMALL`] entries (most instance dicts) has no index (`index` is none):
//! lookups scan the entries, comparing hashes first as the probe does, and a str key is found
//! by identity or content without hashing it. While such a dict holds only str keys, `hashes`
//! is none too (made by [`Heap::dict_hashes`] when a key of another type comes or the dict
//! grows past [`SMALL`]).

use crate::err::{PyErr, PyResult};
use crate::obj::{Heap, Kind, NONE, Tag, as_small, int_bits};
use vmalloc::{ElemType, Ref};

fn heap_err(e: vmalloc::HeapError) -> PyErr {
    PyErr::new("SystemError", format!("heap: {e}"))
}

const PERTURB_SHIFT: u32 = 5;

/// The most entries a dict holds without an index.
const SMALL: usize = 8;

impl Heap<'_, '_> {
    fn i64_array(&mut self, n: usize) -> PyResult<u64> {
        self.cx
            .alloc(|heap, roots| heap.alloc_array(ElemType::I64, n as u64, roots))
            .map_err(|_| PyErr::new("MemoryError", String::new()))
    }

    fn load_i64(&mut self, a: u64, i: usize) -> PyResult<i64> {
        self.cx.heap().array_load(Ref::from_bits(a), i as i64).map(|x| x as i64).map_err(heap_err)
    }

    fn store_i64(&mut self, a: u64, i: usize, x: i64) -> PyResult<()> {
        self.cx.heap().array_store(Ref::from_bits(a), i as i64, x as u64).map_err(heap_err)
    }

    /// A new empty dict.
    pub fn dict(&mut self) -> PyResult<u64> {
        let d = self.obj(Tag::Dict, &[int_bits(0), NONE, NONE, NONE, NONE, NONE])?;
        let _pin = self.pin(d)?;
        for (slot, n) in [(2, 4), (3, 4)] {
            let a = self.array(&vec![0; n])?;
            self.set(d, slot, a)?;
        }
        Ok(d)
    }

    /// The hashes array of a dict, made (for its current entries, all strs) if it is none.
    fn dict_hashes(&mut self, d: u64) -> PyResult<u64> {
        let hashes = self.get(d, 5)?;
        if hashes != NONE {
            return Ok(hashes);
        }
        let ks = self.get(d, 2)?;
        let cap = self.len(ks)?;
        let hashes = self.i64_array(cap)?;
        self.set(d, 5, hashes)?;
        let n = as_small(self.get(d, 1)?) as usize;
        for pos in 0..n {
            let ks = self.get(d, 2)?;
            let key = self.get(ks, pos)?;
            let hash = self.hash(key)?;
            self.store_i64(hashes, pos, hash)?;
        }
        Ok(hashes)
    }

    /// The keys of a dict with their stored hashes (none while all keys are strs).
    pub fn dict_entries(&mut self, d: u64) -> PyResult<Vec<(u64, i64)>> {
        let hashes = self.get(d, 5)?;
        if hashes == NONE {
            return Ok(Vec::new());
        }
        let keys = self.dict_items(d)?.0;
        let mut out = Vec::with_capacity(keys.len());
        for (pos, k) in keys.into_iter().enumerate() {
            out.push((k, self.load_i64(hashes, pos)?));
        }
        Ok(out)
    }

    /// The keys and values of a dict, in insertion order.
    pub fn dict_items(&mut self, d: u64) -> PyResult<(Vec<u64>, Vec<u64>)> {
        let n = as_small(self.get(d, 1)?) as usize;
        let (ks, vs) = (self.get(d, 2)?, self.get(d, 3)?);
        let keys = (0..n).map(|i| self.get(ks, i)).collect::<PyResult<_>>()?;
        let values = (0..n).map(|i| self.get(vs, i)).collect::<PyResult<_>>()?;
        Ok((keys, values))
    }

    /// The position of key `k`.
    pub fn dict_find(&mut self, d: u64, k: u64) -> PyResult<Option<usize>> {
        // Small dicts (instance attributes, looked up with interned names) first try identity;
        // a str key missing from them is then compared by content, without hashing (only a
        // str equals a str).
        if let Some(found) = self.dict_find_small(d, k)? {
            return Ok(found);
        }
        let hash = self.hash(k)?;
        self.dict_probe(d, k, hash).map(|(found, _)| found)
    }

    /// Finds `k` in a dict of at most [`SMALL`] entries without hashing it: by identity, then
    /// (for a str `k`) by content. None when the dict is bigger or `k` is absent and not a str.
    fn dict_find_small(&mut self, d: u64, k: u64) -> PyResult<Option<Option<usize>>> {
        let n = as_small(self.get(d, 1)?) as usize;
        if n > SMALL {
            return Ok(None);
        }
        let ks = self.get(d, 2)?;
        for i in 0..n {
            if self.get(ks, i)? == k {
                return Ok(Some(Some(i)));
            }
        }
        if self.kind(k)? != Kind::Str {
            return Ok(None);
        }
        for i in 0..n {
            let key = self.get(ks, i)?;
            if self.kind(key)? == Kind::Str && self.str_eq(key, k)? {
                return Ok(Some(Some(i)));
            }
        }
        Ok(Some(None))
    }

    /// Probes the index for `k`: its position if present, and the empty index slot where the
    /// probe ended.
    fn dict_probe(&mut self, d: u64, k: u64, hash: i64) -> PyResult<(Option<usize>, usize)> {
        let (index, hashes, ks) = (self.get(d, 4)?, self.get(d, 5)?, self.get(d, 2)?);
        if index == NONE {
            if hashes == NONE {
                // Only str keys, and `k` is no str (`dict_find_small` answers those): absent.
                return Ok((None, 0));
            }
            let n = as_small(self.get(d, 1)?) as usize;
            for pos in 0..n {
                if self.load_i64(hashes, pos)? == hash {
                    let key = self.get(ks, pos)?;
                    if key == k || crate::keyed::key_equal(self, key, k)? {
                        return Ok((Some(pos), 0));
                    }
                }
            }
            return Ok((None, 0));
        }
        let mask = self.len(index)? - 1;
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            let slot = self.load_i64(index, i)?;
            if slot == 0 {
                return Ok((None, i));
            }
            let pos = (slot - 1) as usize;
            if self.load_i64(hashes, pos)? == hash {
                let key = self.get(ks, pos)?;
                if key == k || crate::keyed::key_equal(self, key, k)? {
                    return Ok((Some(pos), i));
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb as usize + 1) & mask;
        }
    }

    /// The value at position `i`.
    pub fn dict_value(&mut self, d: u64, i: usize) -> PyResult<u64> {
        let vs = self.get(d, 3)?;
        self.get(vs, i)
    }

    /// `d[k] = v`.
    pub fn dict_set(&mut self, d: u64, k: u64, v: u64) -> PyResult<()> {
        // A small dict has no index; a str key it lacks needs no probe.
        let small = self.dict_find_small(d, k)?;
        let hash = match small {
            Some(Some(_)) => 0,
            _ => self.hash(k)?,
        };
        let (found, slot) = match small {
            Some(Some(i)) => (Some(i), 0),
            Some(None) => (None, 0),
            None => self.dict_probe(d, k, hash)?,
        };
        if let Some(i) = found {
            let vs = self.get(d, 3)?;
            return self.set(vs, i, v);
        }
        let n = as_small(self.get(d, 1)?) as usize;
        let ks = self.get(d, 2)?;
        let mut hashes = self.get(d, 5)?;
        let is_str = self.kind(k)? == Kind::Str;
        let full = n == self.len(ks)?;
        // Callers may hold `d` (a new dict), `k` and `v` unrooted: keep them alive wherever this
        // allocates (growing, making hashes or an index).
        let _pins = if full || (hashes == NONE && !is_str) || n >= SMALL {
            Some((self.pin(d)?, self.pin(k)?, self.pin(v)?))
        } else {
            None
        };
        if full {
            self.dict_grow(d, n * 2, k, v)?;
            hashes = self.get(d, 5)?;
        }
        if hashes == NONE && !is_str {
            hashes = self.dict_hashes(d)?;
        }
        let (ks, vs, index) = (self.get(d, 2)?, self.get(d, 3)?, self.get(d, 4)?);
        self.set(ks, n, k)?;
        self.set(vs, n, v)?;
        if hashes != NONE {
            self.store_i64(hashes, n, hash)?;
        }
        self.set(d, 1, int_bits(n as i64 + 1))?;
        if index == NONE {
            if n < SMALL { Ok(()) } else { self.dict_reindex(d) }
        } else if (n + 1) * 3 > self.len(index)? * 2 {
            self.dict_reindex(d)
        } else {
            self.store_i64(index, slot, n as i64 + 1)
        }
    }

    /// Gives the entry arrays room for `cap` entries (`k` and `v` stay alive meanwhile).
    fn dict_grow(&mut self, d: u64, cap: usize, k: u64, v: u64) -> PyResult<()> {
        let n = as_small(self.get(d, 1)?) as usize;
        let (mut keys, mut values) = self.dict_items(d)?;
        keys.resize(cap, 0);
        values.resize(cap, 0);
        let _pins = (self.pin(k)?, self.pin(v)?);
        let ks = self.array(&keys)?;
        self.set(d, 2, ks)?;
        let vs = self.array(&values)?;
        self.set(d, 3, vs)?;
        let old = self.get(d, 5)?;
        if old == NONE {
            return Ok(());
        }
        let _old = self.pin(old)?;
        let hashes = self.i64_array(cap)?;
        for i in 0..n {
            let x = self.load_i64(old, i)?;
            self.store_i64(hashes, i, x)?;
        }
        self.set(d, 5, hashes)
    }

    /// Rebuilds the index for the current entries (size: a power of two >= 3/2 entries; none
    /// for a small dict).
    fn dict_reindex(&mut self, d: u64) -> PyResult<()> {
        let n = as_small(self.get(d, 1)?) as usize;
        if n <= SMALL {
            return self.set(d, 4, NONE);
        }
        let mut size = 8;
        while size * 2 < n * 3 + 3 {
            size *= 2;
        }
        let index = self.i64_array(size)?;
        self.set(d, 4, index)?;
        let hashes = self.dict_hashes(d)?;
        for pos in 0..n {
            let hash = self.load_i64(hashes, pos)?;
            let mut perturb = hash as u64;
            let mut i = hash as u64 as usize & (size - 1);
            while self.load_i64(index, i)? != 0 {
                perturb >>= PERTURB_SHIFT;
                i = (i * 5 + perturb as usize + 1) & (size - 1);
            }
            self.store_i64(index, i, pos as i64 + 1)?;
        }
        Ok(())
    }

    /// Removes the entry at position `i`.
    pub fn dict_remove(&mut self, d: u64, i: usize) -> PyResult<()> {
        let n = as_small(self.get(d, 1)?) as usize;
        let (ks, vs, hs) = (self.get(d, 2)?, self.get(d, 3)?, self.get(d, 5)?);
        for j in i..n - 1 {
            let (k, v) = (self.get(ks, j + 1)?, self.get(vs, j + 1)?);
            self.set(ks, j, k)?;
            self.set(vs, j, v)?;
            if hs != NONE {
                let hash = self.load_i64(hs, j + 1)?;
                self.store_i64(hs, j, hash)?;
            }
        }
        self.set(ks, n - 1, 0)?;
        self.set(vs, n - 1, 0)?;
        self.set(d, 1, int_bits(n as i64 - 1))?;
        self.dict_reindex(d)
    }
}
