//! `System.arraycopy`: copying a range of one array into another (or the same) array.

use crate::array::ArrayData;
use crate::object::Object;
use crate::{Heap, HeapError, ObjectKind, Ref};

/// Checks `pos..pos + len` against an array of length `array_len`.
fn check_range(pos: i64, len: i64, array_len: u64) -> Result<usize, HeapError> {
    let end = pos.checked_add(len).unwrap_or(i64::MAX);
    if pos < 0 || len < 0 || end as u64 > array_len {
        let index = if pos < 0 || len < 0 { pos.min(len) } else { end };
        return Err(HeapError::IndexOutOfBounds { index, len: array_len });
    }
    Ok(pos as usize)
}

impl ArrayData {
    /// Copies `n` elements from `src[from..]` to `self[to..]` (both ranges checked, same element type).
    fn copy_from(&mut self, src: &ArrayData, from: usize, to: usize, n: usize) {
        macro_rules! copy {
            ($($v:ident),*) => {
                match (self, src) {
                    $( (ArrayData::$v(d), ArrayData::$v(s)) => d[to..to + n].copy_from_slice(&s[from..from + n]), )*
                    _ => {}
                }
            };
        }
        copy!(I8, I16, U16, I32, I64, F32, F64, Ref, Any)
    }

    /// Copies `n` elements from `self[from..]` to `self[to..]` as if through a temporary array.
    fn copy_within(&mut self, from: usize, to: usize, n: usize) {
        macro_rules! copy {
            ($($v:ident),*) => {
                match self {
                    $( ArrayData::$v(a) => a.copy_within(from..from + n, to), )*
                }
            };
        }
        copy!(I8, I16, U16, I32, I64, F32, F64, Ref, Any)
    }
}

impl Heap {
    /// Copies `len` elements of array `src` from index `src_pos` to array `dst` from index
    /// `dst_pos`, like Java's `System.arraycopy`: overlapping ranges of one array are copied as
    /// if through a temporary array. Both arrays must have the same element type (else
    /// `WrongKind`); negative positions or length, or a range past either end, give
    /// `IndexOutOfBounds`. On error nothing is copied.
    pub fn array_copy(&mut self, src: Ref, src_pos: i64, dst: Ref, dst_pos: i64, len: i64) -> Result<(), HeapError> {
        let (src_elem, src_len) = (self.array_elem_type(src)?, self.array_len(src)?);
        let (dst_elem, dst_len) = (self.array_elem_type(dst)?, self.array_len(dst)?);
        if src_elem != dst_elem {
            return Err(HeapError::WrongKind { expected: ObjectKind::Array, found: ObjectKind::Array });
        }
        let from = check_range(src_pos, len, src_len)?;
        let to = check_range(dst_pos, len, dst_len)?;
        let n = len as usize;
        if n == 0 {
            return Ok(());
        }
        if src == dst {
            if let Object::Array(a) = self.object_mut(dst)? {
                a.copy_within(from, to, n);
            }
            return Ok(());
        }
        // Two distinct live arrays: take the source out of its table entry while copying.
        let (index, _) = src.parts().ok_or(HeapError::InvalidReference)?;
        let taken = self.slots[index as usize].object.take();
        if let (Some(Object::Array(s)), Ok(Object::Array(d))) = (&taken, self.object_mut(dst)) {
            d.copy_from(s, from, to, n);
        }
        self.slots[index as usize].object = taken;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::{ElemType, Heap, HeapConfig, HeapError};

    #[test]
    fn copies_like_system_arraycopy() {
        let mut heap = Heap::new(HeapConfig::default());
        for elem in ElemType::ALL {
            // Held, so that GC stress mode's collections keep them.
            let held_a = heap.alloc_array(elem, 6, &()).unwrap();
            let held_a = heap.root(held_a).unwrap();
            let held_b = heap.alloc_array(elem, 6, &()).unwrap();
            let held_b = heap.root(held_b).unwrap();
            let (a, b) = (held_a.get(), held_b.get());
            for i in 0..6 {
                heap.array_store(a, i, (i + 1) as u64).unwrap();
            }
            let read = |heap: &Heap, r| (0..6).map(|i| heap.array_load(r, i).unwrap()).collect::<Vec<_>>();
            heap.array_copy(a, 1, b, 3, 3).unwrap();
            assert_eq!(read(&heap, b), [0, 0, 0, 2, 3, 4], "{elem:?}");
            heap.array_copy(a, 0, a, 2, 4).unwrap();
            assert_eq!(read(&heap, a), [1, 2, 1, 2, 3, 4], "{elem:?} forward overlap");
            heap.array_copy(a, 2, a, 0, 4).unwrap();
            assert_eq!(read(&heap, a), [1, 2, 3, 4, 3, 4], "{elem:?} backward overlap");
            for (sp, dp, n) in [(-1, 0, 1), (0, -1, 1), (0, 0, -1), (4, 0, 3), (0, 4, 3), (0, 0, i64::MAX)] {
                let e = heap.array_copy(a, sp, b, dp, n).unwrap_err();
                assert!(matches!(e, HeapError::IndexOutOfBounds { .. }), "{elem:?} {sp} {dp} {n}");
            }
            assert_eq!(read(&heap, b), [0, 0, 0, 2, 3, 4], "a failed copy copies nothing");
            heap.array_copy(a, 6, b, 6, 0).unwrap();
            drop((held_a, held_b));
        }
        let held_i8s = heap.alloc_array(ElemType::I8, 2, &()).unwrap();
        let held_i8s = heap.root(held_i8s).unwrap();
        let held_i16s = heap.alloc_array(ElemType::I16, 2, &()).unwrap();
        let held_i16s = heap.root(held_i16s).unwrap();
        let (i8s, i16s) = (held_i8s.get(), held_i16s.get());
        assert!(matches!(heap.array_copy(i8s, 0, i16s, 0, 1), Err(HeapError::WrongKind { .. })));
        let s = heap.alloc_string("ab", &()).unwrap();
        assert!(matches!(heap.array_copy(s, 0, i8s, 0, 1), Err(HeapError::WrongKind { .. })));
        assert_eq!(heap.array_copy(crate::Ref::NULL, 0, i8s, 0, 1), Err(HeapError::NullReference));
    }
}
