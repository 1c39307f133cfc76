//! The meaning of the opcode table's `heap` rows: one function per row, of the row's name.
//!
//! Each takes a [`HeapCx`] (the heap, the roots an allocation may need, the interned string
//! constants) then the row's inputs, with `ref` and `any` as their 64-bit slots, and returns the
//! row's output or the trap. Every reference is checked by `vmalloc` on use, so forged bits give
//! [`TrapCode::InvalidReference`], never a panic. The interpreter's generated handlers call these
//! functions out of line (see `exec.rs`).

use rootir::TrapCode;
use vmalloc::{ElemType, Heap, HeapError, Ref, Roots};

pub(crate) use crate::exc_ops::{exc_trap_code, exc_trap_message};

/// What a heap operation may touch.
pub(crate) struct HeapCx<'a> {
    /// The heap.
    pub heap: &'a mut Heap,
    /// Every root of the running program, for collections an allocation triggers.
    pub roots: &'a dyn Roots,
    /// The interned string constants, by VM-wide index.
    pub strings: &'a [u64],
    /// The running function's module: VM index of its first function and its function count
    /// (function addresses from `func.addr` are relative to it).
    pub funcs: (u32, u32),
}

/// The trap a heap error becomes.
pub(crate) fn trap_of(e: HeapError) -> TrapCode {
    match e {
        HeapError::NullReference => TrapCode::NullReference,
        HeapError::InvalidReference => TrapCode::InvalidReference,
        HeapError::IndexOutOfBounds { .. } => TrapCode::IndexOutOfBounds,
        HeapError::OutOfMemory => TrapCode::OutOfMemory,
        HeapError::WrongKind { .. } | HeapError::NoSuchField | HeapError::UnknownClass | HeapError::InvalidValue => {
            TrapCode::WrongObjectKind
        }
    }
}

type R<T> = Result<T, TrapCode>;

fn r(bits: u64) -> Ref {
    Ref::from_bits(bits)
}

/// `ref.null`
pub(crate) fn ref_null(_: &mut HeapCx<'_>) -> R<u64> {
    Ok(Ref::NULL.bits())
}

/// `ref.is_null`
pub(crate) fn ref_is_null(_: &mut HeapCx<'_>, a: u64) -> R<i32> {
    Ok((a == 0) as i32)
}

/// `ref.eq`: identity (a reference has one encoding, so bit equality is object identity).
pub(crate) fn ref_eq(_: &mut HeapCx<'_>, a: u64, b: u64) -> R<i32> {
    Ok((a == b) as i32)
}

fn array_new(h: &mut HeapCx<'_>, elem: ElemType, len: i32) -> R<u64> {
    if len < 0 {
        return Err(TrapCode::NegativeArrayLength);
    }
    h.heap.alloc_array(elem, len as u64, h.roots).map(Ref::bits).map_err(trap_of)
}

/// The array `a` after checking its element type is `elem`.
fn array_of(h: &HeapCx<'_>, a: u64, elem: ElemType) -> R<Ref> {
    let a = r(a);
    if h.heap.array_elem_type(a).map_err(trap_of)? != elem {
        return Err(TrapCode::WrongObjectKind);
    }
    Ok(a)
}

macro_rules! array_ops {
    ($( $elem:ident $new:ident $get:ident $set:ident $t:ty, $from:expr, $to:expr; )*) => {
        $(
            #[doc = concat!("`", stringify!($new), "`")]
            pub(crate) fn $new(h: &mut HeapCx<'_>, len: i32) -> R<u64> {
                array_new(h, ElemType::$elem, len)
            }
            #[doc = concat!("`", stringify!($get), "`")]
            pub(crate) fn $get(h: &mut HeapCx<'_>, a: u64, i: i32) -> R<$t> {
                let a = array_of(h, a, ElemType::$elem)?;
                let slot = h.heap.array_load(a, i as i64).map_err(trap_of)?;
                Ok($from(slot))
            }
            #[doc = concat!("`", stringify!($set), "`")]
            pub(crate) fn $set(h: &mut HeapCx<'_>, a: u64, i: i32, v: $t) -> R<()> {
                let a = array_of(h, a, ElemType::$elem)?;
                h.heap.array_store(a, i as i64, $to(v)).map_err(trap_of)
            }
        )*
    };
}

array_ops! {
    I8 array_new_i8 array_get_i8 array_set_i8 i32, |s: u64| s as i32, |v: i32| v as u32 as u64;
    I16 array_new_i16 array_get_i16 array_set_i16 i32, |s: u64| s as i32, |v: i32| v as u32 as u64;
    U16 array_new_u16 array_get_u16 array_set_u16 i32, |s: u64| s as i32, |v: i32| v as u32 as u64;
    I32 array_new_i32 array_get_i32 array_set_i32 i32, |s: u64| s as i32, |v: i32| v as u32 as u64;
    I64 array_new_i64 array_get_i64 array_set_i64 i64, |s: u64| s as i64, |v: i64| v as u64;
    F32 array_new_f32 array_get_f32 array_set_f32 f32, |s: u64| f32::from_bits(s as u32), |v: f32| v.to_bits() as u64;
    F64 array_new_f64 array_get_f64 array_set_f64 f64, f64::from_bits, f64::to_bits;
    Ref array_new_ref array_get_ref array_set_ref u64, |s: u64| s, |v: u64| v;
    Any array_new_any array_get_any array_set_any u64, |s: u64| s, |v: u64| v;
}

/// `array.copy`: System.arraycopy.
pub(crate) fn array_copy(h: &mut HeapCx<'_>, src: u64, src_pos: i32, dst: u64, dst_pos: i32, len: i32) -> R<()> {
    let (from, to) = (i64::from(src_pos), i64::from(dst_pos));
    h.heap.array_copy(r(src), from, r(dst), to, i64::from(len)).map_err(trap_of)
}

/// `array.store_known`: no guest check needed for storing `v` into `a` (vmalloc's approved
/// stores).
pub(crate) fn array_store_known(h: &mut HeapCx<'_>, a: u64, v: u64) -> R<i32> {
    Ok(h.heap.array_store_known(r(a), r(v)) as i32)
}

/// `array.class`: the class tag of array `a` (null when untagged), `other` for a non-array.
pub(crate) fn array_class(h: &mut HeapCx<'_>, a: u64, other: u64) -> R<u64> {
    Ok(h.heap.array_class(r(a)).map_or(other, Ref::bits))
}

/// `array.len`
pub(crate) fn array_len(h: &mut HeapCx<'_>, a: u64) -> R<i32> {
    // Lengths are created from an `i32`, so they fit.
    h.heap.array_len(r(a)).map(|n| n as i32).map_err(trap_of)
}

/// `closure.new`: a closure of function address `addr` of the running module with environment `env`.
pub(crate) fn closure_new(h: &mut HeapCx<'_>, addr: i32, env: u64) -> R<u64> {
    let (base, count) = h.funcs;
    if addr as u32 >= count {
        return Err(TrapCode::BadFunctionAddress);
    }
    h.heap.alloc_closure(base + addr as u32, &[env], h.roots).map(Ref::bits).map_err(trap_of)
}

/// The VM function and the environment of closure `c`.
pub(crate) fn closure_parts(heap: &Heap, c: u64) -> R<(u32, u64)> {
    let c = r(c);
    let func = heap.closure_func(c).map_err(trap_of)?;
    let env = heap.closure_captured(c, 0).map_err(trap_of)?;
    Ok((func, env))
}

/// `str.const`: `index` is the VM-wide index of the interned constant.
pub(crate) fn str_const(h: &mut HeapCx<'_>, index: u64) -> R<u64> {
    h.strings.get(index as usize).copied().ok_or(TrapCode::InvalidReference)
}

/// `str.len` (UTF-16 units).
pub(crate) fn str_len(h: &mut HeapCx<'_>, s: u64) -> R<i32> {
    h.heap.string_utf16_len(r(s)).map(|n| n as i32).map_err(trap_of)
}

/// `str.len_cp` (code points).
pub(crate) fn str_len_cp(h: &mut HeapCx<'_>, s: u64) -> R<i32> {
    h.heap.string_len(r(s)).map(|n| n as i32).map_err(trap_of)
}

/// `str.unit_at`
pub(crate) fn str_unit_at(h: &mut HeapCx<'_>, s: u64, i: i32) -> R<i32> {
    h.heap.string_utf16_at(r(s), i as i64).map(i32::from).map_err(trap_of)
}

/// `str.cp_at`
pub(crate) fn str_cp_at(h: &mut HeapCx<'_>, s: u64, i: i32) -> R<i32> {
    h.heap.string_code_point_at(r(s), i as i64).map(|c| c as i32).map_err(trap_of)
}

/// `str.concat`
pub(crate) fn str_concat(h: &mut HeapCx<'_>, a: u64, b: u64) -> R<u64> {
    let len = h.heap.string_len(r(a)).map_err(trap_of)? + h.heap.string_len(r(b)).map_err(trap_of)?;
    if len > i32::MAX as u64 {
        return Err(TrapCode::OutOfMemory);
    }
    h.heap.alloc_string_concat(r(a), r(b), h.roots).map(Ref::bits).map_err(trap_of)
}

/// `str.eq`
pub(crate) fn str_eq(h: &mut HeapCx<'_>, a: u64, b: u64) -> R<i32> {
    h.heap.string_eq(r(a), r(b)).map(i32::from).map_err(trap_of)
}

/// `str.cmp`: the order of the code points (-1, 0 or 1).
pub(crate) fn str_cmp(h: &mut HeapCx<'_>, a: u64, b: u64) -> R<i32> {
    h.heap.string_cmp(r(a), r(b)).map(|o| o as i32).map_err(trap_of)
}

/// `str.hash`: Java's `String.hashCode` over the UTF-16 units.
pub(crate) fn str_hash(h: &mut HeapCx<'_>, s: u64) -> R<i32> {
    h.heap.string_java_hash(r(s)).map_err(trap_of)
}

fn new_string(h: &mut HeapCx<'_>, text: &str) -> R<u64> {
    h.heap.alloc_string(text, h.roots).map(Ref::bits).map_err(trap_of)
}

/// `str.from_i64`
pub(crate) fn str_from_i64(h: &mut HeapCx<'_>, v: i64) -> R<u64> {
    new_string(h, &v.to_string())
}

/// `str.from_unit`: a one-unit string of the low 16 bits of `u`.
pub(crate) fn str_from_unit(h: &mut HeapCx<'_>, u: i32) -> R<u64> {
    h.heap.alloc_string_utf16(&[u as u16], h.roots).map(Ref::bits).map_err(trap_of)
}

/// `str.from_f64`: Rust's `{:?}` (shortest round-trip digits, `.0` on integral values).
pub(crate) fn str_from_f64(h: &mut HeapCx<'_>, v: f64) -> R<u64> {
    new_string(h, &format!("{v:?}"))
}

/// `str.to_i64`: `[+-]?[0-9]+`, in range.
pub(crate) fn str_to_i64(h: &mut HeapCx<'_>, s: u64) -> R<i64> {
    let text = h.heap.string_to_string(r(s)).map_err(trap_of)?;
    parse_i64(&text).ok_or(TrapCode::BadNumberFormat)
}

/// Parses an optionally signed run of ASCII digits that fits an `i64`.
fn parse_i64(text: &str) -> Option<i64> {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use vmalloc::HeapConfig;

    fn with_heap<T>(f: impl FnOnce(&mut HeapCx<'_>) -> T) -> T {
        let mut heap = Heap::new(HeapConfig::default());
        let mut cx = HeapCx { heap: &mut heap, roots: &(), strings: &[], funcs: (0, 0) };
        f(&mut cx)
    }

    #[test]
    fn number_parsing_is_strict() {
        assert_eq!(parse_i64("-42"), Some(-42));
        assert_eq!(parse_i64("+7"), Some(7));
        assert_eq!(parse_i64("9223372036854775807"), Some(i64::MAX));
        for bad in ["", "-", " 1", "1 ", "9223372036854775808", "1_000", "0x10", "١"] {
            assert_eq!(parse_i64(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn forged_and_wrong_kind_references_trap() {
        with_heap(|h| {
            assert_eq!(array_len(h, 0), Err(TrapCode::NullReference));
            assert_eq!(array_len(h, 0xdead_beef_0000_0001), Err(TrapCode::InvalidReference));
            assert_eq!(str_len(h, 1 << 32), Err(TrapCode::InvalidReference));
            let a = array_new_i8(h, 3).unwrap();
            assert_eq!(str_len(h, a), Err(TrapCode::WrongObjectKind));
            assert_eq!(array_get_i32(h, a, 0), Err(TrapCode::WrongObjectKind));
            assert_eq!(array_new_i32(h, -1), Err(TrapCode::NegativeArrayLength));
            assert_eq!(str_const(h, 5), Err(TrapCode::InvalidReference));
        });
    }

    #[test]
    fn hash_matches_java() {
        with_heap(|h| {
            let s = new_string(h, "hello").unwrap();
            assert_eq!(str_hash(h, s), Ok(99_162_322));
            // "😀".hashCode() in Java: units d83d de00.
            let s = new_string(h, "😀").unwrap();
            assert_eq!(str_hash(h, s), Ok(0xd83d * 31 + 0xde00));
        });
    }
}
