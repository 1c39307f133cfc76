//! Arrays: one boxed slice per element type, read and written through register-slot encodings.

use crate::HeapError;
use crate::error::check_index;

/// The element type of an array.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum ElemType {
    /// Signed 8-bit (Java `byte`, raw bytes); loads sign-extend to an `i32` slot.
    I8,
    /// Signed 16-bit (Java `short`); loads sign-extend to an `i32` slot.
    I16,
    /// Unsigned 16-bit (Java `char`); loads zero-extend to an `i32` slot.
    U16,
    /// 32-bit int.
    I32,
    /// 64-bit int.
    I64,
    /// binary32.
    F32,
    /// binary64.
    F64,
    /// A reference (traced).
    Ref,
    /// An `any` value (traced when it holds a reference).
    Any,
}

impl ElemType {
    /// All element types.
    pub const ALL: [ElemType; 9] = [
        ElemType::I8,
        ElemType::I16,
        ElemType::U16,
        ElemType::I32,
        ElemType::I64,
        ElemType::F32,
        ElemType::F64,
        ElemType::Ref,
        ElemType::Any,
    ];

    /// Bytes per element.
    pub const fn size(self) -> u64 {
        match self {
            ElemType::I8 => 1,
            ElemType::I16 | ElemType::U16 => 2,
            ElemType::I32 | ElemType::F32 => 4,
            ElemType::I64 | ElemType::F64 | ElemType::Ref | ElemType::Any => 8,
        }
    }
}

/// The elements of an array.
#[derive(Debug)]
pub(crate) enum ArrayData {
    I8(Box<[i8]>),
    I16(Box<[i16]>),
    U16(Box<[u16]>),
    I32(Box<[i32]>),
    I64(Box<[i64]>),
    F32(Box<[f32]>),
    F64(Box<[f64]>),
    /// `ref` and `any` elements, as slot bits.
    Ref(Box<[u64]>),
    Any(Box<[u64]>),
}

/// A zeroed boxed slice of `len` elements, or `OutOfMemory` if the allocator refuses.
fn zeroed<T: Copy + Default>(len: usize) -> Result<Box<[T]>, HeapError> {
    let mut v = Vec::new();
    v.try_reserve_exact(len).map_err(|_| HeapError::OutOfMemory)?;
    v.resize(len, T::default());
    Ok(v.into_boxed_slice())
}

impl ArrayData {
    /// A zeroed array (null / none / 0 elements).
    pub fn new(elem: ElemType, len: usize) -> Result<ArrayData, HeapError> {
        Ok(match elem {
            ElemType::I8 => ArrayData::I8(zeroed(len)?),
            ElemType::I16 => ArrayData::I16(zeroed(len)?),
            ElemType::U16 => ArrayData::U16(zeroed(len)?),
            ElemType::I32 => ArrayData::I32(zeroed(len)?),
            ElemType::I64 => ArrayData::I64(zeroed(len)?),
            ElemType::F32 => ArrayData::F32(zeroed(len)?),
            ElemType::F64 => ArrayData::F64(zeroed(len)?),
            ElemType::Ref => ArrayData::Ref(zeroed(len)?),
            ElemType::Any => ArrayData::Any(zeroed(len)?),
        })
    }

    pub fn elem_type(&self) -> ElemType {
        match self {
            ArrayData::I8(_) => ElemType::I8,
            ArrayData::I16(_) => ElemType::I16,
            ArrayData::U16(_) => ElemType::U16,
            ArrayData::I32(_) => ElemType::I32,
            ArrayData::I64(_) => ElemType::I64,
            ArrayData::F32(_) => ElemType::F32,
            ArrayData::F64(_) => ElemType::F64,
            ArrayData::Ref(_) => ElemType::Ref,
            ArrayData::Any(_) => ElemType::Any,
        }
    }

    pub fn len(&self) -> usize {
        match self {
            ArrayData::I8(a) => a.len(),
            ArrayData::I16(a) => a.len(),
            ArrayData::U16(a) => a.len(),
            ArrayData::I32(a) => a.len(),
            ArrayData::I64(a) => a.len(),
            ArrayData::F32(a) => a.len(),
            ArrayData::F64(a) => a.len(),
            ArrayData::Ref(a) | ArrayData::Any(a) => a.len(),
        }
    }

    /// Element `index` as a register slot: small ints extended to an `i32` slot (zero-extended
    /// to 64 bits, as the interpreter keeps `i32`), floats as their bits.
    pub fn load(&self, index: i64) -> Result<u64, HeapError> {
        let i = check_index(index, self.len())?;
        Ok(match self {
            ArrayData::I8(a) => a[i] as i32 as u32 as u64,
            ArrayData::I16(a) => a[i] as i32 as u32 as u64,
            ArrayData::U16(a) => a[i] as u64,
            ArrayData::I32(a) => a[i] as u32 as u64,
            ArrayData::I64(a) => a[i] as u64,
            ArrayData::F32(a) => a[i].to_bits() as u64,
            ArrayData::F64(a) => a[i].to_bits(),
            ArrayData::Ref(a) | ArrayData::Any(a) => a[i],
        })
    }

    /// Stores a register slot to element `index`, truncating to the element type.
    pub fn store(&mut self, index: i64, slot: u64) -> Result<(), HeapError> {
        let i = check_index(index, self.len())?;
        match self {
            ArrayData::I8(a) => a[i] = slot as i8,
            ArrayData::I16(a) => a[i] = slot as i16,
            ArrayData::U16(a) => a[i] = slot as u16,
            ArrayData::I32(a) => a[i] = slot as i32,
            ArrayData::I64(a) => a[i] = slot as i64,
            ArrayData::F32(a) => a[i] = f32::from_bits(slot as u32),
            ArrayData::F64(a) => a[i] = f64::from_bits(slot),
            ArrayData::Ref(a) | ArrayData::Any(a) => a[i] = slot,
        }
        Ok(())
    }

    /// The elements that may hold references.
    pub fn traced(&self) -> &[u64] {
        match self {
            ArrayData::Ref(a) | ArrayData::Any(a) => a,
            _ => &[],
        }
    }
}
