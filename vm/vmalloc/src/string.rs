//! Strings: a sequence of code points stored at the narrowest width that holds them
//! (Latin-1 bytes, 16-bit or 32-bit units, as CPython's PEP 393), plus, for strings with
//! characters above U+FFFF, the sorted positions of those characters.
//!
//! Python's view (code points: `len`, indexing) is O(1) at every width. Java's view (UTF-16
//! units: `length`, `charAt`) is O(1) for strings without astral characters and O(log a) with
//! `a` astral characters (a binary search in the position list). See `docs/gc.md`.

use crate::HeapError;
use crate::error::check_index;
use std::cmp::Ordering;

/// The code points of a string.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Units {
    /// Every code point is below U+0100.
    Latin1(Box<[u8]>),
    /// Every code point is below U+10000 (lone surrogates included, one unit each).
    Ucs2(Box<[u16]>),
    /// Some code point is U+10000 or above. `astral` lists their code-point indices, ascending.
    Ucs4 { cps: Box<[u32]>, astral: Box<[u32]> },
}

/// The contents of a string object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct GcString {
    units: Units,
}

const MAX_CODE_POINT: u32 = 0x10FFFF;

impl GcString {
    /// A string of the given code points; lone surrogates are kept as code points.
    /// Fails with `InvalidValue` for a value above U+10FFFF.
    pub fn from_code_points(cps: &[u32]) -> Result<GcString, HeapError> {
        let max = cps.iter().copied().max().unwrap_or(0);
        let units = if max > MAX_CODE_POINT {
            return Err(HeapError::InvalidValue);
        } else if max <= 0xFF {
            Units::Latin1(cps.iter().map(|&c| c as u8).collect())
        } else if max <= 0xFFFF {
            Units::Ucs2(cps.iter().map(|&c| c as u16).collect())
        } else {
            let astral = cps.iter().enumerate().filter(|(_, c)| **c > 0xFFFF).map(|(i, _)| i as u32).collect();
            Units::Ucs4 { cps: cps.into(), astral }
        };
        Ok(GcString { units })
    }

    /// A string of UTF-16 units (Java's view): a high surrogate followed by a low one is one
    /// astral code point; any other surrogate stays a lone surrogate code point.
    pub fn from_utf16(units: &[u16]) -> GcString {
        let cps: Vec<u32> = char::decode_utf16(units.iter().copied())
            .map(|r| r.map_or_else(|e| e.unpaired_surrogate() as u32, |c| c as u32))
            .collect();
        // Every value is at most U+10FFFF.
        GcString::from_code_points(&cps).unwrap_or(GcString { units: Units::Latin1(Box::new([])) })
    }

    /// A string of a Rust string's characters.
    pub fn from_str(s: &str) -> GcString {
        let cps: Vec<u32> = s.chars().map(|c| c as u32).collect();
        GcString::from_code_points(&cps).unwrap_or(GcString { units: Units::Latin1(Box::new([])) })
    }

    /// Bytes of storage beyond the object header.
    pub fn payload_bytes(&self) -> u64 {
        match &self.units {
            Units::Latin1(u) => u.len() as u64,
            Units::Ucs2(u) => 2 * u.len() as u64,
            Units::Ucs4 { cps, astral } => 4 * (cps.len() + astral.len()) as u64,
        }
    }

    /// The number of code points (Python's `len`).
    pub fn len(&self) -> usize {
        match &self.units {
            Units::Latin1(u) => u.len(),
            Units::Ucs2(u) => u.len(),
            Units::Ucs4 { cps, .. } => cps.len(),
        }
    }

    /// Code point `index` (Python's `s[i]` for `0 <= i < len`).
    pub fn code_point_at(&self, index: i64) -> Result<u32, HeapError> {
        let i = check_index(index, self.len())?;
        Ok(match &self.units {
            Units::Latin1(u) => u[i] as u32,
            Units::Ucs2(u) => u[i] as u32,
            Units::Ucs4 { cps, .. } => cps[i],
        })
    }

    /// The number of UTF-16 units (Java's `length()`).
    pub fn utf16_len(&self) -> usize {
        match &self.units {
            Units::Ucs4 { cps, astral } => cps.len() + astral.len(),
            _ => self.len(),
        }
    }

    /// UTF-16 unit `index` (Java's `charAt`).
    pub fn utf16_at(&self, index: i64) -> Result<u16, HeapError> {
        let u = check_index(index, self.utf16_len())?;
        Ok(match &self.units {
            Units::Latin1(units) => units[u] as u16,
            Units::Ucs2(units) => units[u],
            Units::Ucs4 { cps, astral } => {
                // Astral character j starts at unit astral[j] + j and takes two units.
                let starts = |j: usize| astral[j] as usize + j;
                let before = astral.partition_point_by_index(|j| starts(j) + 2 <= u);
                if before < astral.len() && starts(before) <= u {
                    let c = cps[astral[before] as usize] - 0x10000;
                    if starts(before) == u { 0xD800 | (c >> 10) as u16 } else { 0xDC00 | (c & 0x3FF) as u16 }
                } else {
                    cps[u - before] as u16
                }
            }
        })
    }

    /// The code points, in order.
    pub fn code_points(&self) -> impl Iterator<Item = u32> + '_ {
        (0..self.len()).map(move |i| match &self.units {
            Units::Latin1(u) => u[i] as u32,
            Units::Ucs2(u) => u[i] as u32,
            Units::Ucs4 { cps, .. } => cps[i],
        })
    }

    /// The concatenation of `self` and `other`, built from their stored units (no decoding to
    /// a code-point vector). Both inputs are at their narrowest width, so the wider of the two
    /// widths is the narrowest for the result.
    pub fn concat(&self, other: &GcString) -> GcString {
        let len = self.len() + other.len();
        let units = match (&self.units, &other.units) {
            (Units::Latin1(a), Units::Latin1(b)) => Units::Latin1([&a[..], &b[..]].concat().into()),
            (Units::Ucs4 { .. }, _) | (_, Units::Ucs4 { .. }) => {
                let mut cps = Vec::with_capacity(len);
                self.extend_units(&mut cps, |c| c);
                other.extend_units(&mut cps, |c| c);
                let shift = self.len() as u32;
                let astral = self.astral().iter().copied().chain(other.astral().iter().map(|i| i + shift)).collect();
                Units::Ucs4 { cps: cps.into(), astral }
            }
            _ => {
                let mut units = Vec::with_capacity(len);
                self.extend_units(&mut units, |c| c as u16);
                other.extend_units(&mut units, |c| c as u16);
                Units::Ucs2(units.into())
            }
        };
        GcString { units }
    }

    /// Appends the code points to `out`; `from_ucs4` converts a code point of a UCS-4 string
    /// (the caller picks a unit type that holds every code point).
    fn extend_units<T: Copy + From<u8> + From<u16>>(&self, out: &mut Vec<T>, from_ucs4: fn(u32) -> T) {
        match &self.units {
            Units::Latin1(u) => out.extend(u.iter().map(|&b| T::from(b))),
            Units::Ucs2(u) => out.extend(u.iter().map(|&c| T::from(c))),
            Units::Ucs4 { cps, .. } => out.extend(cps.iter().map(|&c| from_ucs4(c))),
        }
    }

    /// The code-point indices of the characters above U+FFFF, ascending.
    fn astral(&self) -> &[u32] {
        match &self.units {
            Units::Ucs4 { astral, .. } => astral,
            _ => &[],
        }
    }

    /// Lexicographic order of the code points (lone surrogates by their value).
    pub fn cmp_code_points(&self, other: &GcString) -> Ordering {
        match (&self.units, &other.units) {
            (Units::Latin1(a), Units::Latin1(b)) => a.cmp(b),
            (Units::Ucs2(a), Units::Ucs2(b)) => a.cmp(b),
            (Units::Ucs4 { cps: a, .. }, Units::Ucs4 { cps: b, .. }) => a.cmp(b),
            _ => self.code_points().cmp(other.code_points()),
        }
    }

    /// Java's `String.hashCode`: `h = 31 * h + unit` over the UTF-16 units (a lone surrogate
    /// is one unit, an astral character two).
    pub fn java_hash(&self) -> i32 {
        let step = |h: i32, u: u16| h.wrapping_mul(31).wrapping_add(i32::from(u));
        match &self.units {
            Units::Latin1(u) => u.iter().fold(0, |h, &b| step(h, u16::from(b))),
            Units::Ucs2(u) => u.iter().fold(0, |h, &c| step(h, c)),
            Units::Ucs4 { cps, .. } => cps.iter().fold(0, |h, &c| match c.checked_sub(0x10000) {
                Some(c) => step(step(h, 0xD800 | (c >> 10) as u16), 0xDC00 | (c & 0x3FF) as u16),
                None => step(h, c as u16),
            }),
        }
    }

    /// The string as Rust text; lone surrogates become U+FFFD.
    pub fn to_string_lossy(&self) -> String {
        self.code_points().map(|c| char::from_u32(c).unwrap_or('\u{FFFD}')).collect()
    }
}

/// `partition_point` over indices `0..len` of a slice, with a predicate on the index.
trait PartitionByIndex {
    fn partition_point_by_index(&self, pred: impl Fn(usize) -> bool) -> usize;
}

impl PartitionByIndex for [u32] {
    fn partition_point_by_index(&self, pred: impl Fn(usize) -> bool) -> usize {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if pred(mid) { lo = mid + 1 } else { hi = mid }
        }
        lo
    }
}
