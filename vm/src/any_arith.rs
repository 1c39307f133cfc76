//! The inline fast paths of the `any` operations appended for dynamic languages' data paths:
//! division, modulo, shifts, bit operations, powers, the in-place forms and vector access.
//!
//! Each returns `Some(result)` when its fast path applies and `None` to leave it; their slow path
//! is the module's any hook ([`crate::any_ops::slow`]). The vector operations read the heap, so
//! the interpreter runs them with its own arms (`exec.rs`), through [`vec_get`] and [`vec_set`].

use vmalloc::{Any, Heap, Ref};

type Fast = Option<u64>;

/// The element 0 that marks an array of any as a *vector* `[2, n, items]`.
const VEC_TAG: u64 = match Any::from_int(2) {
    Some(a) => a.bits(),
    None => 0,
};

#[inline(always)]
fn ints(a: u64, b: u64) -> Option<(i64, i64)> {
    Any::from_bits(a).as_int().zip(Any::from_bits(b).as_int())
}

#[inline(always)]
fn int(v: i64) -> Fast {
    Any::from_int(v).map(Any::bits)
}

/// An int or a float as a float (inline ints are exact in an f64).
#[inline(always)]
fn number(a: u64) -> Option<f64> {
    let x = Any::from_bits(a);
    x.as_f64().or_else(|| x.as_int().map(|i| i as f64))
}

/// `any.truediv`
#[inline(always)]
pub(crate) fn any_truediv(a: u64, b: u64) -> Fast {
    let (x, y) = (number(a)?, number(b)?);
    if y == 0.0 {
        return None;
    }
    Some(Any::from_f64(x / y).bits())
}

/// `any.floordiv`
#[inline(always)]
pub(crate) fn any_floordiv(a: u64, b: u64) -> Fast {
    let (x, y) = ints(a, b)?;
    if y == 0 {
        return None;
    }
    let q = x / y;
    int(if (x % y != 0) && ((x < 0) != (y < 0)) { q - 1 } else { q })
}

/// `any.mod`
#[inline(always)]
pub(crate) fn any_mod(a: u64, b: u64) -> Fast {
    let (x, y) = ints(a, b)?;
    if y == 0 {
        return None;
    }
    let r = x % y;
    int(if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r })
}

/// `any.shl`
#[inline(always)]
pub(crate) fn any_shl(a: u64, b: u64) -> Fast {
    let (x, y) = ints(a, b)?;
    if !(0..64).contains(&y) {
        return None;
    }
    let wide = (x as i128) << y;
    int(i64::try_from(wide).ok()?)
}

/// `any.shr`
#[inline(always)]
pub(crate) fn any_shr(a: u64, b: u64) -> Fast {
    let (x, y) = ints(a, b)?;
    if y < 0 {
        return None;
    }
    int(x >> y.min(63))
}

macro_rules! bitwise {
    ($( $f:ident $op:tt; )*) => {$(
        #[doc = concat!("`", stringify!($f), "`: two inline ints.")]
        #[inline(always)]
        pub(crate) fn $f(a: u64, b: u64) -> Fast {
            let (x, y) = ints(a, b)?;
            int(x $op y)
        }
    )*};
}

bitwise! {
    any_and &;
    any_or |;
    any_xor ^;
}

/// `any.pow`
#[inline(always)]
pub(crate) fn any_pow(a: u64, b: u64) -> Fast {
    let (x, y) = (Any::from_bits(a).as_f64()?, Any::from_bits(b).as_f64()?);
    if !(x > 0.0 && x.is_finite() && y.is_finite()) {
        return None;
    }
    let r = x.powf(y);
    r.is_finite().then(|| Any::from_f64(r).bits())
}

/// `any.iadd`
#[inline(always)]
pub(crate) fn any_iadd(a: u64, b: u64) -> Fast {
    crate::any_ops::any_add(a, b)
}

/// `any.isub`
#[inline(always)]
pub(crate) fn any_isub(a: u64, b: u64) -> Fast {
    crate::any_ops::any_sub(a, b)
}

/// `any.imul`
#[inline(always)]
pub(crate) fn any_imul(a: u64, b: u64) -> Fast {
    crate::any_ops::any_mul(a, b)
}

/// `any.truth`
#[inline(always)]
pub(crate) fn any_truth(a: u64) -> Fast {
    let x = Any::from_bits(a);
    let t = match a {
        0 => false,
        _ if x == Any::FALSE || x == Any::TRUE => return Some(a),
        _ => match (x.as_int(), x.as_f64()) {
            (Some(i), _) => i != 0,
            (_, Some(f)) => f != 0.0,
            _ => return None,
        },
    };
    Some(Any::from_bool(t).bits())
}

/// `any.valid`
#[inline(always)]
pub(crate) fn any_valid(a: u64) -> Fast {
    let x = Any::from_bits(a);
    let valid = a == 0 || x == Any::FALSE || x == Any::TRUE || x.is_int() || x.is_float() || x.is_ref_or_none();
    Some(valid as u64)
}

/// The items array and the index into it of element `b` of vector `a`, when both are valid.
#[inline(always)]
fn vec_slot(heap: &Heap, a: u64, b: u64) -> Option<(Ref, usize)> {
    let i = Any::from_bits(b).as_int()?;
    let v = heap.array_anys(Any::from_bits(a).as_ref()?)?;
    if v.len() < 3 || v[0] != VEC_TAG {
        return None;
    }
    let n = Any::from_bits(v[1]).as_int()?;
    let i = if i < 0 { i + n } else { i };
    if !(0..n).contains(&i) {
        return None;
    }
    Some((Any::from_bits(v[2]).as_ref()?, i as usize))
}

/// `any.vec_get`: element `b` of vector `a`.
#[inline(always)]
pub(crate) fn vec_get(heap: &Heap, a: u64, b: u64) -> Fast {
    let (items, i) = vec_slot(heap, a, b)?;
    heap.array_anys(items)?.get(i).copied()
}

/// `any.vec_set`: stores `c` at element `b` of vector `a`; false when the fast path does not apply.
#[inline(always)]
pub(crate) fn vec_set(heap: &mut Heap, a: u64, b: u64, c: u64) -> bool {
    let Some((items, i)) = vec_slot(heap, a, b) else { return false };
    match heap.array_anys_mut(items).and_then(|s| s.get_mut(i)) {
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
    use vmalloc::{ElemType, HeapConfig};

    fn i(v: i64) -> u64 {
        Any::from_int(v).unwrap().bits()
    }

    fn f(v: f64) -> u64 {
        Any::from_f64(v).bits()
    }

    #[test]
    fn division_and_modulo_floor_like_python() {
        assert_eq!(any_floordiv(i(7), i(2)), Some(i(3)));
        assert_eq!(any_floordiv(i(-7), i(2)), Some(i(-4)));
        assert_eq!(any_floordiv(i(7), i(-2)), Some(i(-4)));
        assert_eq!(any_floordiv(i(7), i(0)), None);
        assert_eq!(any_mod(i(-7), i(3)), Some(i(2)));
        assert_eq!(any_mod(i(7), i(-3)), Some(i(-2)));
        assert_eq!(any_mod(i(6), i(-3)), Some(i(0)));
        assert_eq!(any_truediv(i(1), i(4)), Some(f(0.25)));
        assert_eq!(any_truediv(f(1.0), i(0)), None);
        assert_eq!(any_truediv(Any::TRUE.bits(), i(1)), None, "bools go to the hook");
    }

    #[test]
    fn shifts_bits_and_powers() {
        assert_eq!(any_shl(i(3), i(4)), Some(i(48)));
        assert_eq!(any_shl(i(1), i(48)), None, "leaves the inline range");
        assert_eq!(any_shl(i(1), i(-1)), None);
        assert_eq!(any_shr(i(-9), i(1)), Some(i(-5)));
        assert_eq!(any_shr(i(5), i(1000)), Some(i(0)));
        assert_eq!(any_xor(i(6), i(3)), Some(i(5)));
        assert_eq!(any_and(i(-1), i(12)), Some(i(12)));
        assert_eq!(any_or(i(8), i(1)), Some(i(9)));
        assert_eq!(any_pow(f(4.0), f(0.5)), Some(f(2.0)));
        assert_eq!(any_pow(f(-4.0), f(0.5)), None);
        assert_eq!(any_pow(f(10.0), f(400.0)), None, "overflow goes to the hook");
        assert_eq!(any_iadd(i(1), i(2)), Some(i(3)));
        assert_eq!(any_truth(0), Some(Any::FALSE.bits()));
        assert_eq!(any_valid(1), Some(0), "the marker of an unbound variable");
        assert_eq!(any_valid(0), Some(1));
        assert_eq!(any_valid(i(-1)), Some(1));
        assert_eq!(any_valid(f(0.5)), Some(1));
        assert_eq!(any_truth(i(0)), Some(Any::FALSE.bits()));
        assert_eq!(any_truth(i(-3)), Some(Any::TRUE.bits()));
        assert_eq!(any_truth(f(-0.0)), Some(Any::FALSE.bits()));
        assert_eq!(any_truth(f(f64::NAN)), Some(Any::TRUE.bits()));
        assert_eq!(any_truth(Any::TRUE.bits()), Some(Any::TRUE.bits()));
    }

    #[test]
    fn vectors_index_from_both_ends_and_leave_everything_else() {
        let mut heap = Heap::new(HeapConfig::default());
        let items = heap.alloc_array(ElemType::Any, 4, &()).unwrap();
        let _keep_items = heap.root_any(items.bits()).unwrap();
        let v = heap.alloc_array(ElemType::Any, 3, &()).unwrap();
        let _keep_v = heap.root_any(v.bits()).unwrap();
        let slots = heap.array_anys_mut(v).unwrap();
        slots.copy_from_slice(&[VEC_TAG, i(2), items.bits()]);
        assert!(vec_set(&mut heap, v.bits(), i(1), f(1.5)));
        assert!(vec_set(&mut heap, v.bits(), i(-2), i(7)));
        assert_eq!(vec_get(&heap, v.bits(), i(0)), Some(i(7)));
        assert_eq!(vec_get(&heap, v.bits(), i(-1)), Some(f(1.5)));
        assert_eq!(vec_get(&heap, v.bits(), i(2)), None, "past the length, inside the storage");
        assert_eq!(vec_get(&heap, v.bits(), i(-3)), None);
        assert_eq!(vec_get(&heap, v.bits(), Any::TRUE.bits()), None);
        assert_eq!(vec_get(&heap, items.bits(), i(0)), None, "not a vector");
        assert_eq!(vec_get(&heap, i(3), i(0)), None);
        assert!(!vec_set(&mut heap, v.bits(), i(5), i(0)));
    }
}
