//! CPython's `hash()` for the types whose hash a program can observe (through `hash(x)` or a
//! set's iteration order): ints (modulo 2**61 - 1), floats (`_Py_HashDouble`), bools and
//! tuples (xxHash-based `tuplehash`). CPython randomizes `str` hashes per process, so any
//! stable hash will do for them (here FNV-1a over the UTF-8 bytes).

use crate::err::{PyErr, PyResult};
use crate::num::Num;
use crate::obj::{Heap, Kind, Tag};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

const BITS: u32 = 61;
const MODULUS: u64 = (1 << BITS) - 1;

pub(crate) fn fix(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// The hash of an int.
pub fn int_hash(i: &BigInt) -> i64 {
    let m = (i.abs() % MODULUS).to_i64().unwrap_or(0);
    fix(if i.is_negative() { -m } else { m })
}

/// CPython's `_Py_HashDouble` (NaN hashes as 0 here; CPython uses the object's address).
pub fn float_hash(v: f64) -> i64 {
    if !v.is_finite() {
        return if v.is_nan() {
            0
        } else if v > 0.0 {
            314159
        } else {
            -314159
        };
    }
    let (mut m, mut e) = crate::mod_math::frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (BITS - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e as u32 % BITS } else { BITS - 1 - ((-1 - e) as u32 % BITS) };
    x = ((x << e) & MODULUS) | x >> (BITS - e);
    fix((x as i64).wrapping_mul(sign))
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv(x: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(x, |x, &b| (x ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

/// A stable hash of a str.
pub fn str_hash(s: &str) -> i64 {
    fix(fnv(FNV_OFFSET, s.as_bytes()) as i64)
}

/// CPython's `tuplehash` over the items' hashes.
pub fn tuple_hash(items: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for &lane in items {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (P5 ^ 3527539));
    if acc == u64::MAX { 1546275796 } else { acc as i64 }
}

impl Heap<'_, '_> {
    /// [`str_hash`] of a str, read in place (no copy of its text).
    fn str_hash_of(&mut self, v: u64) -> PyResult<i64> {
        let heap = self.cx.heap();
        let r = vmalloc::Ref::from_bits(v);
        let err = |e| PyErr::new("SystemError", format!("heap: {e}"));
        let n = heap.string_len(r).map_err(err)?;
        let (mut x, mut buf) = (FNV_OFFSET, [0u8; 4]);
        for i in 0..n {
            let c = heap.string_code_point_at(r, i as i64).map_err(err)?;
            // As `text` reads it: a lone surrogate is U+FFFD.
            let c = char::from_u32(c).unwrap_or('\u{FFFD}');
            x = fnv(x, c.encode_utf8(&mut buf).as_bytes());
        }
        Ok(fix(x as i64))
    }

    /// `hash(v)`, or `TypeError` for unhashable values.
    pub fn hash(&mut self, v: u64) -> PyResult<i64> {
        Ok(match self.kind(v)? {
            Kind::None => 0x5f3759df,
            Kind::Bool(b) => b as i64,
            Kind::Int(i) if i.unsigned_abs() < MODULUS => fix(i),
            Kind::Int(i) => int_hash(&BigInt::from(i)),
            Kind::Float(f) => float_hash(f),
            Kind::Str => self.str_hash_of(v)?,
            Kind::Obj(Tag::Bytes) => {
                let s = self.get(v, 1)?;
                let s = self.text(s)?;
                str_hash(&s)
            }
            Kind::Obj(Tag::Big) => match self.num(v)? {
                Some(Num::Int(i)) => int_hash(&i),
                _ => 0,
            },
            Kind::Obj(Tag::Complex) => match crate::complex::of(self, v)? {
                // CPython's complex_hash: hash(real) + 1000003 * hash(imag), wrapping.
                Some(c) => fix(float_hash(c.re).wrapping_add(float_hash(c.im).wrapping_mul(1_000_003))),
                None => 0,
            },
            Kind::Obj(Tag::Tuple) => {
                if let Some(hash) = crate::keyed::redone_hash(self, v)? {
                    return Ok(hash);
                }
                let mut hs = Vec::new();
                for x in self.tuple_items(v)? {
                    hs.push(self.hash(x)?);
                }
                tuple_hash(&hs)
            }
            Kind::Obj(Tag::FrozenSet) => {
                let mut hs = Vec::new();
                for x in crate::set::items(self, v)? {
                    hs.push(self.hash(x)?);
                }
                hs.sort_unstable();
                tuple_hash(&hs)
            }
            Kind::Obj(Tag::List | Tag::Dict | Tag::Set) => {
                let t = crate::ops::type_name(self, v)?;
                return Err(PyErr::type_error(format!("unhashable type: '{t}'")));
            }
            Kind::Inst => crate::keyed::inst_hash(self, v)?,
            // Identity hash for the rest (functions, classes, instances): the reference bits
            // are stable while the object lives (a moving collector would break this).
            _ => fix((v >> 4) as i64),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_match_cpython() {
        // python3 -c 'print(hash(-1), hash(2**61), hash(1.5), hash(-2.25), hash(1e300), hash((1, 2)), hash(()))'
        assert_eq!(int_hash(&BigInt::from(-1)), -2);
        assert_eq!(int_hash(&(BigInt::from(1) << 61)), 1);
        assert_eq!(float_hash(1.5), 1152921504606846977);
        assert_eq!(float_hash(-2.25), -576460752303423490);
        assert_eq!(float_hash(1e300), 1224995262755759164);
        assert_eq!(tuple_hash(&[1, 2]), -3550055125485641917);
        assert_eq!(tuple_hash(&[]), 5740354900026072187);
        assert_eq!(float_hash(3.0), 3);
    }
}
