//! Reading and writing objects. Every operation validates its reference and indices and
//! returns an error for bad ones.

use crate::array::ElemType;
use crate::error::check_index;
use crate::object::Object;
use crate::{ClassId, Heap, HeapError, ObjectKind, Ref};
use rootir::Type;

/// The error for an object of the wrong kind.
fn wrong(expected: ObjectKind, found: &Object) -> HeapError {
    HeapError::WrongKind { expected, found: found.kind() }
}

impl Heap {
    /// The kind of the object `r` refers to.
    pub fn kind(&self, r: Ref) -> Result<ObjectKind, HeapError> {
        Ok(self.object(r)?.kind())
    }

    /// Whether `r` refers to a live object.
    pub fn is_live(&self, r: Ref) -> bool {
        self.object(r).is_ok()
    }

    /// The class of an instance.
    pub fn class_of(&self, r: Ref) -> Result<ClassId, HeapError> {
        match self.object(r)? {
            Object::Instance { class, .. } => Ok(*class),
            o => Err(wrong(ObjectKind::Instance, o)),
        }
    }

    /// Field `index` of an instance, as a register slot.
    #[inline]
    pub fn field(&self, r: Ref, index: u32) -> Result<u64, HeapError> {
        match self.object(r)? {
            Object::Instance { fields, .. } => fields.get(index as usize).copied().ok_or(HeapError::NoSuchField),
            o => Err(wrong(ObjectKind::Instance, o)),
        }
    }

    /// Sets field `index` of an instance to a register slot.
    #[inline]
    pub fn set_field(&mut self, r: Ref, index: u32, bits: u64) -> Result<(), HeapError> {
        match self.object_mut(r)? {
            Object::Instance { fields, .. } => {
                *fields.get_mut(index as usize).ok_or(HeapError::NoSuchField)? = bits;
                Ok(())
            }
            o => Err(wrong(ObjectKind::Instance, o)),
        }
    }

    /// The length of an array.
    pub fn array_len(&self, r: Ref) -> Result<u64, HeapError> {
        match self.object(r)? {
            Object::Array(a) => Ok(a.len() as u64),
            o => Err(wrong(ObjectKind::Array, o)),
        }
    }

    /// The element type of an array.
    pub fn array_elem_type(&self, r: Ref) -> Result<ElemType, HeapError> {
        match self.object(r)? {
            Object::Array(a) => Ok(a.elem_type()),
            o => Err(wrong(ObjectKind::Array, o)),
        }
    }

    /// Element `index` of an array as a register slot (`i8`/`i16` sign-extend and `u16`
    /// zero-extends to an `i32` slot; floats are their bits).
    #[inline]
    pub fn array_load(&self, r: Ref, index: i64) -> Result<u64, HeapError> {
        match self.object(r)? {
            Object::Array(a) => a.load(index),
            o => Err(wrong(ObjectKind::Array, o)),
        }
    }

    /// Stores a register slot to element `index` of an array (truncated to the element type).
    #[inline]
    pub fn array_store(&mut self, r: Ref, index: i64, bits: u64) -> Result<(), HeapError> {
        match self.object_mut(r)? {
            Object::Array(a) => a.store(index, bits),
            o => Err(wrong(ObjectKind::Array, o)),
        }
    }

    pub(crate) fn string(&self, r: Ref) -> Result<&crate::string::GcString, HeapError> {
        match self.object(r)? {
            Object::String(s) => Ok(s),
            o => Err(wrong(ObjectKind::String, o)),
        }
    }

    /// The number of code points of a string (Python's `len`). O(1).
    pub fn string_len(&self, r: Ref) -> Result<u64, HeapError> {
        Ok(self.string(r)?.len() as u64)
    }

    /// Code point `index` of a string (Python's indexing). O(1).
    pub fn string_code_point_at(&self, r: Ref, index: i64) -> Result<u32, HeapError> {
        self.string(r)?.code_point_at(index)
    }

    /// The number of UTF-16 units of a string (Java's `length()`). O(1).
    pub fn string_utf16_len(&self, r: Ref) -> Result<u64, HeapError> {
        Ok(self.string(r)?.utf16_len() as u64)
    }

    /// UTF-16 unit `index` of a string (Java's `charAt`): an astral character is two units.
    /// O(1) without astral characters, O(log a) with `a` of them.
    pub fn string_utf16_at(&self, r: Ref, index: i64) -> Result<u16, HeapError> {
        self.string(r)?.utf16_at(index)
    }

    /// The code points of a string.
    pub fn string_code_points(&self, r: Ref) -> Result<Vec<u32>, HeapError> {
        Ok(self.string(r)?.code_points().collect())
    }

    /// A string's text; lone surrogates become U+FFFD.
    pub fn string_to_string(&self, r: Ref) -> Result<String, HeapError> {
        Ok(self.string(r)?.to_string_lossy())
    }

    /// Whether two strings hold the same code points.
    pub fn string_eq(&self, a: Ref, b: Ref) -> Result<bool, HeapError> {
        Ok(self.string(a)? == self.string(b)?)
    }

    /// The lexicographic order of two strings' code points.
    pub fn string_cmp(&self, a: Ref, b: Ref) -> Result<std::cmp::Ordering, HeapError> {
        Ok(self.string(a)?.cmp_code_points(self.string(b)?))
    }

    /// Java's `String.hashCode` of a string (over its UTF-16 units).
    pub fn string_java_hash(&self, r: Ref) -> Result<i32, HeapError> {
        Ok(self.string(r)?.java_hash())
    }

    /// The type and slot bits of a boxed value.
    pub fn unbox(&self, r: Ref) -> Result<(Type, u64), HeapError> {
        match self.object(r)? {
            Object::Boxed { ty, bits } => Ok((*ty, *bits)),
            o => Err(wrong(ObjectKind::Boxed, o)),
        }
    }

    /// The function of a closure.
    pub fn closure_func(&self, r: Ref) -> Result<u32, HeapError> {
        match self.object(r)? {
            Object::Closure { func, .. } => Ok(*func),
            o => Err(wrong(ObjectKind::Closure, o)),
        }
    }

    /// The number of values a closure captured.
    pub fn closure_captured_len(&self, r: Ref) -> Result<u64, HeapError> {
        match self.object(r)? {
            Object::Closure { captured, .. } => Ok(captured.len() as u64),
            o => Err(wrong(ObjectKind::Closure, o)),
        }
    }

    /// Captured value `index` of a closure (an `any` slot).
    pub fn closure_captured(&self, r: Ref, index: i64) -> Result<u64, HeapError> {
        match self.object(r)? {
            Object::Closure { captured, .. } => Ok(captured[check_index(index, captured.len())?]),
            o => Err(wrong(ObjectKind::Closure, o)),
        }
    }

    /// Replaces captured value `index` of a closure.
    pub fn set_closure_captured(&mut self, r: Ref, index: i64, bits: u64) -> Result<(), HeapError> {
        match self.object_mut(r)? {
            Object::Closure { captured, .. } => {
                captured[check_index(index, captured.len())?] = bits;
                Ok(())
            }
            o => Err(wrong(ObjectKind::Closure, o)),
        }
    }

    /// The payload of a host object.
    pub fn host_payload(&self, r: Ref) -> Result<u64, HeapError> {
        match self.object(r)? {
            Object::Host { payload } => Ok(*payload),
            o => Err(wrong(ObjectKind::Host, o)),
        }
    }
}

/// Typed views of arrays for the interpreter's inline fast paths: `None` for anything but a live
/// array of that element type (the caller then takes the checked path, which reports why).
macro_rules! array_views {
    ($( $get:ident $get_mut:ident $variant:ident $t:ty; )*) => {
        impl Heap {
            $(
                #[doc = concat!("The elements of `r` if it is a live `", stringify!($variant), "` array.")]
                #[inline(always)]
                pub fn $get(&self, r: Ref) -> Option<&[$t]> {
                    match self.object(r) {
                        Ok(Object::Array(crate::array::ArrayData::$variant(a))) => Some(a),
                        _ => None,
                    }
                }

                #[doc = concat!("The elements of `r`, mutably, if it is a live `", stringify!($variant), "` array.")]
                #[inline(always)]
                pub fn $get_mut(&mut self, r: Ref) -> Option<&mut [$t]> {
                    match self.object_mut(r) {
                        Ok(Object::Array(crate::array::ArrayData::$variant(a))) => Some(a),
                        _ => None,
                    }
                }
            )*
        }
    };
}

array_views! {
    array_i8 array_i8_mut I8 i8;
    array_i16 array_i16_mut I16 i16;
    array_u16 array_u16_mut U16 u16;
    array_i32 array_i32_mut I32 i32;
    array_i64 array_i64_mut I64 i64;
    array_f64 array_f64_mut F64 f64;
    array_refs array_refs_mut Ref u64;
    array_anys array_anys_mut Any u64;
}

impl Heap {
    /// The class and fields of `r` if it is a live instance (the interpreter's inline field
    /// access; anything else takes the checked path).
    #[inline(always)]
    pub fn instance_fields(&self, r: Ref) -> Option<(ClassId, &[u64])> {
        match self.object(r) {
            Ok(Object::Instance { class, fields }) => Some((*class, fields)),
            _ => None,
        }
    }

    /// The class and fields of `r`, mutably, if it is a live instance.
    #[inline(always)]
    pub fn instance_fields_mut(&mut self, r: Ref) -> Option<(ClassId, &mut [u64])> {
        match self.object_mut(r) {
            Ok(Object::Instance { class, fields }) => Some((*class, fields)),
            _ => None,
        }
    }
}
