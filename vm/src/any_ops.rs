//! The meaning of the opcode table's `dynamic` rows (the `any` operations).
//!
//! Each row has an inline **fast path**, a function of the row's name taking and returning
//! register slots: `Some(result)` when it applies, `None` to leave the fast path. The interpreter
//! runs it in the dispatch loop. The **slow path** ([`slow`]) runs out of line: it boxes ints that
//! do not fit inline, reads boxed ints, does exact `i64` arithmetic on them, and otherwise asks for
//! the module's any hook ([`Slow::Hook`]) with the operation's [`hook_op`] code. A module without
//! a hook gets the trap [`unsupported`] describes. See `docs/semantics.md` (`any`).

use crate::heap_ops::{HeapCx, trap_of};
use crate::{Trap, TrapKind};
use rootir::{Opcode, TrapCode, Type};
use vmalloc::{Any, AnyValue, ElemType, Heap, ObjectKind, Ref};

pub(crate) use crate::any_arith::{
    any_and, any_floordiv, any_iadd, any_imul, any_isub, any_mod, any_or, any_pow, any_shl, any_shr, any_truediv,
    any_truth, any_valid, any_xor,
};

/// What the slow path decided.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Slow {
    /// The result slot.
    Value(u64),
    /// Call the module's any hook with this operation code and the operands.
    Hook(i32),
    /// Call the module's any hook with this operation code, the first operand and this slot in
    /// place of the second (`any.vec_set` passes an array of its index and value).
    HookWith(i32, u64),
}

type Fast = Option<u64>;

#[inline(always)]
fn bool_slot(b: bool) -> u64 {
    Any::from_bool(b).bits()
}

/// `any.none`
#[inline(always)]
pub(crate) fn any_none() -> Fast {
    Some(Any::NONE.bits())
}

/// `any.from_i64`: inline when it fits (the slow path boxes it otherwise).
#[inline(always)]
pub(crate) fn any_from_i64(a: u64) -> Fast {
    Any::from_int(a as i64).map(Any::bits)
}

/// `any.from_f64`
#[inline(always)]
pub(crate) fn any_from_f64(a: u64) -> Fast {
    Some(Any::from_f64(f64::from_bits(a)).bits())
}

/// `any.from_bool`
#[inline(always)]
pub(crate) fn any_from_bool(a: u64) -> Fast {
    Some(bool_slot(a as u32 != 0))
}

/// `any.from_ref`: the bits are the same.
#[inline(always)]
pub(crate) fn any_from_ref(a: u64) -> Fast {
    Some(a)
}

/// `any.to_i64`: inline ints (the slow path reads boxed ones).
#[inline(always)]
pub(crate) fn any_to_i64(a: u64) -> Fast {
    Any::from_bits(a).as_int().map(|v| v as u64)
}

/// `any.to_f64`
#[inline(always)]
pub(crate) fn any_to_f64(a: u64) -> Fast {
    Any::from_bits(a).as_f64().map(f64::to_bits)
}

/// `any.to_bool`
#[inline(always)]
pub(crate) fn any_to_bool(a: u64) -> Fast {
    match Any::from_bits(a) {
        Any::TRUE => Some(1),
        Any::FALSE => Some(0),
        _ => None,
    }
}

/// `any.to_ref`
#[inline(always)]
pub(crate) fn any_to_ref(a: u64) -> Fast {
    Any::from_bits(a).as_ref().map(Ref::bits)
}

/// `any.kind`: references go to the slow path (a boxed int is an int).
#[inline(always)]
pub(crate) fn any_kind(a: u64) -> Fast {
    match Any::from_bits(a).decode() {
        AnyValue::None => Some(0),
        AnyValue::Bool(_) => Some(1),
        AnyValue::Int(_) => Some(2),
        AnyValue::Float(_) => Some(3),
        AnyValue::Ref(_) | AnyValue::Invalid(_) => None,
    }
}

macro_rules! arith {
    ($( $f:ident $int:ident $float:tt; )*) => {$(
        #[doc = concat!("`", stringify!($f), "`: two inline ints (result inline) or two floats.")]
        #[inline(always)]
        pub(crate) fn $f(a: u64, b: u64) -> Fast {
            let (x, y) = (Any::from_bits(a), Any::from_bits(b));
            if let (Some(i), Some(j)) = (x.as_int(), y.as_int()) {
                // 49-bit operands: the i64 operation cannot overflow except for mul.
                return Any::from_int(i.$int(j)?).map(Any::bits);
            }
            if let (Some(f), Some(g)) = (x.as_f64(), y.as_f64()) {
                return Some(Any::from_f64(f $float g).bits());
            }
            None
        }
    )*};
}

arith! {
    any_add checked_add +;
    any_sub checked_sub -;
    any_mul checked_mul *;
}

/// `any.neg`
#[inline(always)]
pub(crate) fn any_neg(a: u64) -> Fast {
    let x = Any::from_bits(a);
    if let Some(i) = x.as_int() {
        return Any::from_int(-i).map(Any::bits);
    }
    x.as_f64().map(|f| Any::from_f64(-f).bits())
}

macro_rules! compare {
    ($( $f:ident $cmp:tt; )*) => {$(
        #[doc = concat!("`", stringify!($f), "`: two inline ints or two floats.")]
        #[inline(always)]
        pub(crate) fn $f(a: u64, b: u64) -> Fast {
            let (x, y) = (Any::from_bits(a), Any::from_bits(b));
            if let (Some(i), Some(j)) = (x.as_int(), y.as_int()) {
                return Some(bool_slot(i $cmp j));
            }
            if let (Some(f), Some(g)) = (x.as_f64(), y.as_f64()) {
                return Some(bool_slot(f $cmp g));
            }
            None
        }
    )*};
}

compare! {
    any_lt <;
    any_le <=;
    any_gt >;
    any_ge >=;
}

/// Equality of two values of one kind among none, bool, int and float.
#[inline(always)]
fn equal(a: u64, b: u64) -> Option<bool> {
    let (x, y) = (Any::from_bits(a), Any::from_bits(b));
    if let (Some(i), Some(j)) = (x.as_int(), y.as_int()) {
        return Some(i == j);
    }
    if let (Some(f), Some(g)) = (x.as_f64(), y.as_f64()) {
        return Some(f == g);
    }
    // none is 0, the bools 2 and 3.
    if a < 4 && b < 4 && (a >= 2) == (b >= 2) && a != 1 && b != 1 {
        return Some(a == b);
    }
    None
}

/// `any.eq`
#[inline(always)]
pub(crate) fn any_eq(a: u64, b: u64) -> Fast {
    equal(a, b).map(bool_slot)
}

/// `any.ne`
#[inline(always)]
pub(crate) fn any_ne(a: u64, b: u64) -> Fast {
    equal(a, b).map(|e| bool_slot(!e))
}

/// The operation code the any hook receives for an operation that can reach it.
pub(crate) fn hook_op(op: Opcode) -> Option<i32> {
    Some(match op {
        Opcode::AnyAdd => 0,
        Opcode::AnySub => 1,
        Opcode::AnyMul => 2,
        Opcode::AnyNeg => 3,
        Opcode::AnyLt => 4,
        Opcode::AnyLe => 5,
        Opcode::AnyGt => 6,
        Opcode::AnyGe => 7,
        Opcode::AnyEq => 8,
        Opcode::AnyNe => 9,
        Opcode::AnyTrueDiv => 10,
        Opcode::AnyFloorDiv => 11,
        Opcode::AnyMod => 12,
        Opcode::AnyShl => 13,
        Opcode::AnyShr => 14,
        Opcode::AnyAnd => 15,
        Opcode::AnyOr => 16,
        Opcode::AnyXor => 17,
        Opcode::AnyPow => 18,
        Opcode::AnyIAdd => 19,
        Opcode::AnyISub => 20,
        Opcode::AnyIMul => 21,
        Opcode::AnyVecGet => 22,
        Opcode::AnyVecSet => 23,
        Opcode::AnyTruth => 24,
        Opcode::AnyAttrGet => 25,
        Opcode::AnyAttrSet => 26,
        _ => return None,
    })
}

/// The source-level symbol of an operation, for messages.
fn symbol(op: Opcode) -> &'static str {
    match op {
        Opcode::AnyAdd | Opcode::AnyIAdd => "+",
        Opcode::AnySub | Opcode::AnyNeg | Opcode::AnyISub => "-",
        Opcode::AnyMul | Opcode::AnyIMul => "*",
        Opcode::AnyTrueDiv => "/",
        Opcode::AnyFloorDiv => "//",
        Opcode::AnyMod => "%",
        Opcode::AnyShl => "<<",
        Opcode::AnyShr => ">>",
        Opcode::AnyAnd => "&",
        Opcode::AnyOr => "|",
        Opcode::AnyXor => "^",
        Opcode::AnyPow => "**",
        Opcode::AnyVecGet | Opcode::AnyVecSet => "[]",
        Opcode::AnyAttrGet | Opcode::AnyAttrSet => ".",
        Opcode::AnyLt => "<",
        Opcode::AnyLe => "<=",
        Opcode::AnyGt => ">",
        Opcode::AnyGe => ">=",
        Opcode::AnyEq => "==",
        Opcode::AnyNe => "!=",
        _ => "?",
    }
}

/// The int an `any` holds, inline or boxed.
fn int_of(heap: &Heap, a: u64) -> Option<i64> {
    let x = Any::from_bits(a);
    if let Some(i) = x.as_int() {
        return Some(i);
    }
    match heap.unbox(x.as_ref()?) {
        Ok((Type::I64, bits)) => Some(bits as i64),
        _ => None,
    }
}

/// The name of the kind of an `any`, for messages (`int`, `float`, `str`, ...).
pub(crate) fn kind_name(heap: &Heap, a: u64) -> &'static str {
    match Any::from_bits(a).decode() {
        AnyValue::None => "none",
        AnyValue::Bool(_) => "bool",
        AnyValue::Int(_) => "int",
        AnyValue::Float(_) => "float",
        AnyValue::Invalid(_) => "invalid value",
        AnyValue::Ref(r) => match heap.kind(r) {
            Ok(ObjectKind::Boxed) if int_of(heap, a).is_some() => "int",
            Ok(ObjectKind::Boxed) => "box",
            Ok(ObjectKind::Instance) => "object",
            Ok(ObjectKind::Array) => "array",
            Ok(ObjectKind::String) => "str",
            Ok(ObjectKind::Closure) => "closure",
            Ok(ObjectKind::Host) => "host object",
            Ok(ObjectKind::Trap) => "trap",
            Err(_) => "invalid reference",
        },
    }
}

/// An int as an `any`: inline, or a new box.
fn box_int(h: &mut HeapCx<'_>, v: i64) -> Result<u64, Trap> {
    match Any::from_int(v) {
        Some(x) => Ok(x.bits()),
        None => h.heap.alloc_boxed(Type::I64, v as u64, h.roots).map(Ref::bits).map_err(|e| Trap::code(trap_of(e))),
    }
}

fn wrong_kind(h: &HeapCx<'_>, op: Opcode, expected: &str, a: u64) -> Trap {
    let found = kind_name(h.heap, a);
    Trap::new(TrapKind::Code(TrapCode::AnyType), format!("{op}: expected {expected}, found {found}"))
}

/// The slow path of dynamic operation `op` on the operand slots `a`, `b` and `c` (0 when absent),
/// run after its fast path returned `None`.
pub(crate) fn slow(op: Opcode, a: u64, b: u64, c: u64, h: &mut HeapCx<'_>) -> Result<Slow, Trap> {
    let int2 = |h: &HeapCx<'_>| int_of(h.heap, a).zip(int_of(h.heap, b));
    let value = match op {
        Opcode::AnyFromI64 => box_int(h, a as i64)?,
        Opcode::AnyToI64 => int_of(h.heap, a).ok_or_else(|| wrong_kind(h, op, "an int", a))? as u64,
        Opcode::AnyToF64 => return Err(wrong_kind(h, op, "a float", a)),
        Opcode::AnyToBool => return Err(wrong_kind(h, op, "a bool", a)),
        Opcode::AnyToRef => return Err(wrong_kind(h, op, "a reference or none", a)),
        Opcode::AnyKind => {
            if int_of(h.heap, a).is_some() {
                2
            } else {
                4
            }
        }
        Opcode::AnyAdd | Opcode::AnySub | Opcode::AnyMul => {
            let exact = int2(h).and_then(|(i, j)| match op {
                Opcode::AnyAdd => i.checked_add(j),
                Opcode::AnySub => i.checked_sub(j),
                _ => i.checked_mul(j),
            });
            match exact {
                Some(v) => box_int(h, v)?,
                None => return Ok(Slow::Hook(hook_op(op).unwrap_or(-1))),
            }
        }
        Opcode::AnyNeg => match int_of(h.heap, a).and_then(i64::checked_neg) {
            Some(v) => box_int(h, v)?,
            None => return Ok(Slow::Hook(3)),
        },
        Opcode::AnyVecSet | Opcode::AnyAttrSet => {
            let pair = h.heap.alloc_array(ElemType::Any, 2, h.roots).map_err(|e| Trap::code(trap_of(e)))?;
            if let Some(slots) = h.heap.array_anys_mut(pair) {
                slots.copy_from_slice(&[b, c]);
            }
            return Ok(Slow::HookWith(hook_op(op).unwrap_or(-1), pair.bits()));
        }
        Opcode::AnyLt | Opcode::AnyLe | Opcode::AnyGt | Opcode::AnyGe | Opcode::AnyEq | Opcode::AnyNe => {
            let Some((i, j)) = int2(h) else { return Ok(Slow::Hook(hook_op(op).unwrap_or(-1))) };
            bool_slot(match op {
                Opcode::AnyLt => i < j,
                Opcode::AnyLe => i <= j,
                Opcode::AnyGt => i > j,
                Opcode::AnyGe => i >= j,
                Opcode::AnyEq => i == j,
                _ => i != j,
            })
        }
        _ => return hook_op(op).map(Slow::Hook).ok_or_else(|| Trap::code(TrapCode::AnyType)),
    };
    Ok(Slow::Value(value))
}

/// The trap of an operation that needs the any hook in a module that has none.
pub(crate) fn unsupported(heap: &Heap, op: Opcode, a: u64, b: u64) -> Trap {
    let sym = symbol(op);
    let (ka, kb) = (kind_name(heap, a), kind_name(heap, b));
    let message = match op {
        Opcode::AnyNeg => format!("bad operand type for unary {sym}: '{ka}' (the module has no anyhook)"),
        _ if int_of(heap, a).is_some() && int_of(heap, b).is_some() => {
            format!("integer overflow in {sym} (the module has no anyhook)")
        }
        _ => format!("unsupported operand types for {sym}: '{ka}' and '{kb}' (the module has no anyhook)"),
    };
    Trap::new(TrapKind::Code(TrapCode::AnyType), message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use vmalloc::{ANY_INT_MAX, ANY_INT_MIN, HeapConfig};

    fn int(v: i64) -> u64 {
        Any::from_int(v).unwrap().bits()
    }

    fn float(v: f64) -> u64 {
        Any::from_f64(v).bits()
    }

    fn slow_ab(op: Opcode, a: u64, b: u64, h: &mut HeapCx<'_>) -> Result<Slow, Trap> {
        slow(op, a, b, 0, h)
    }

    #[test]
    fn fast_paths_cover_ints_and_floats_and_leave_everything_else() {
        assert_eq!(any_add(int(2), int(3)), Some(int(5)));
        assert_eq!(any_add(int(ANY_INT_MAX), int(1)), None, "leaves the inline range");
        assert_eq!(any_sub(int(ANY_INT_MIN), int(1)), None);
        assert_eq!(any_mul(int(1 << 40), int(1 << 40)), None);
        assert_eq!(any_mul(int(-7), int(6)), Some(int(-42)));
        assert_eq!(any_add(float(0.5), float(0.25)), Some(float(0.75)));
        assert_eq!(any_add(int(1), float(0.5)), None, "mixed kinds go to the hook");
        assert_eq!(any_neg(int(ANY_INT_MIN)), None);
        assert_eq!(any_neg(float(1.5)), Some(float(-1.5)));
        assert_eq!(any_lt(int(-1), int(0)), Some(Any::TRUE.bits()));
        assert_eq!(any_ge(float(f64::NAN), float(0.0)), Some(Any::FALSE.bits()));
        assert_eq!(any_eq(float(f64::NAN), float(f64::NAN)), Some(Any::FALSE.bits()));
        assert_eq!(any_ne(float(f64::NAN), float(f64::NAN)), Some(Any::TRUE.bits()));
        assert_eq!(any_eq(0, 0), Some(Any::TRUE.bits()));
        assert_eq!(any_eq(Any::TRUE.bits(), Any::FALSE.bits()), Some(Any::FALSE.bits()));
        assert_eq!(any_eq(0, Any::FALSE.bits()), None, "none and bool are different kinds");
        assert_eq!(any_eq(int(1), Any::TRUE.bits()), None);
        assert_eq!(any_to_bool(int(1)), None);
        assert_eq!(any_to_ref(0), Some(0));
        assert_eq!(any_to_ref(int(0)), None);
        assert_eq!(any_kind(float(1.0)), Some(3));
    }

    #[test]
    fn slow_path_boxes_big_ints_and_does_exact_i64_arithmetic() {
        let mut heap = Heap::new(HeapConfig::default());
        let mut h = HeapCx { heap: &mut heap, roots: &(), strings: &[], funcs: (0, 0) };
        let Ok(Slow::Value(big)) = slow_ab(Opcode::AnyFromI64, i64::MAX as u64, 0, &mut h) else { panic!() };
        assert!(Any::from_bits(big).as_ref().is_some(), "a boxed int is a reference");
        // No roots here: keep the box alive through the collections GC stress mode runs.
        let _held = h.heap.root_any(big).unwrap();
        assert_eq!(slow_ab(Opcode::AnyToI64, big, 0, &mut h), Ok(Slow::Value(i64::MAX as u64)));
        assert_eq!(slow_ab(Opcode::AnyKind, big, 0, &mut h), Ok(Slow::Value(2)));
        assert_eq!(slow_ab(Opcode::AnyAdd, big, int(1), &mut h), Ok(Slow::Hook(0)), "i64 overflow");
        let Ok(Slow::Value(less)) = slow_ab(Opcode::AnyFromI64, (i64::MAX - 5) as u64, 0, &mut h) else { panic!() };
        let Ok(Slow::Value(v)) = slow_ab(Opcode::AnySub, big, less, &mut h) else { panic!() };
        assert_eq!(v, int(5), "results that fit are inline again");
        assert_eq!(slow_ab(Opcode::AnyLt, int(1), big, &mut h), Ok(Slow::Value(Any::TRUE.bits())));
        assert_eq!(slow_ab(Opcode::AnyAdd, int(1), float(1.0), &mut h), Ok(Slow::Hook(0)));
        let t = slow_ab(Opcode::AnyToI64, float(1.0), 0, &mut h).unwrap_err();
        assert_eq!(t.message, "any.to_i64: expected an int, found float");
        let t = unsupported(h.heap, Opcode::AnyAdd, int(1), 0);
        assert_eq!(t.message, "unsupported operand types for +: 'int' and 'none' (the module has no anyhook)");
    }
}
