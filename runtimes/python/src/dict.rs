//! Dicts: insertion-ordered keys and values in two arrays (linear lookup in this first slice).

use crate::err::PyResult;
use crate::obj::{Heap, Tag, as_small, int_bits};
use crate::ops::equal;

impl Heap<'_, '_> {
    /// A new empty dict.
    pub fn dict(&mut self) -> PyResult<u64> {
        let keys = self.array(&[0; 4])?;
        let pin = self.pin(keys)?;
        let values = self.array(&[0; 4])?;
        let pin2 = self.pin(values)?;
        let d = self.obj(Tag::Dict, &[int_bits(0), keys, values]);
        drop((pin, pin2));
        d
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
        let n = as_small(self.get(d, 1)?) as usize;
        let ks = self.get(d, 2)?;
        for i in 0..n {
            let key = self.get(ks, i)?;
            if key == k || equal(self, key, k)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// The value at position `i`.
    pub fn dict_value(&mut self, d: u64, i: usize) -> PyResult<u64> {
        let vs = self.get(d, 3)?;
        self.get(vs, i)
    }

    /// `d[k] = v`.
    pub fn dict_set(&mut self, d: u64, k: u64, v: u64) -> PyResult<()> {
        if let Some(i) = self.dict_find(d, k)? {
            let vs = self.get(d, 3)?;
            return self.set(vs, i, v);
        }
        let n = as_small(self.get(d, 1)?) as usize;
        let (mut ks, mut vs) = (self.get(d, 2)?, self.get(d, 3)?);
        if n == self.len(ks)? {
            let (mut keys, mut values) = self.dict_items(d)?;
            keys.resize(n * 2, 0);
            values.resize(n * 2, 0);
            let pins = (self.pin(k)?, self.pin(v)?);
            ks = self.array(&keys)?;
            self.set(d, 2, ks)?;
            vs = self.array(&values)?;
            self.set(d, 3, vs)?;
            drop(pins);
        }
        self.set(ks, n, k)?;
        self.set(vs, n, v)?;
        self.set(d, 1, int_bits(n as i64 + 1))
    }

    /// Removes the entry at position `i`.
    pub fn dict_remove(&mut self, d: u64, i: usize) -> PyResult<()> {
        let n = as_small(self.get(d, 1)?) as usize;
        let (ks, vs) = (self.get(d, 2)?, self.get(d, 3)?);
        for j in i..n - 1 {
            let (k, v) = (self.get(ks, j + 1)?, self.get(vs, j + 1)?);
            self.set(ks, j, k)?;
            self.set(vs, j, v)?;
        }
        self.set(ks, n - 1, 0)?;
        self.set(vs, n - 1, 0)?;
        self.set(d, 1, int_bits(n as i64 - 1))
    }
}
