//! The meaning of every typed operation, as pure functions.
//!
//! Each function has the name of its row in the opcode table
//! ([`for_each_op!`](crate::for_each_op)). The VM's handlers call them, and so
//! do constant folders: one semantics, used everywhere. Functions of trapping
//! operations return `Result<_, TrapCode>`.

use crate::TrapCode;

macro_rules! int_ops {
    ($t:ty, $u:ty, $bits:literal,
     $add:ident $sub:ident $mul:ident $div_s:ident $div_u:ident $rem_s:ident $rem_u:ident
     $and:ident $or:ident $xor:ident $shl:ident $shr_s:ident $shr_u:ident $rotl:ident $rotr:ident
     $eq:ident $ne:ident $lt_s:ident $lt_u:ident $gt_s:ident $gt_u:ident $le_s:ident $le_u:ident $ge_s:ident $ge_u:ident
     $clz:ident $ctz:ident $popcnt:ident $eqz:ident $neg:ident $ext8:ident $ext16:ident) => {
        #[doc = concat!("`", stringify!($add), "`: wrapping addition.")]
        #[inline(always)]
        pub fn $add(a: $t, b: $t) -> $t {
            a.wrapping_add(b)
        }
        #[doc = concat!("`", stringify!($sub), "`: wrapping subtraction.")]
        #[inline(always)]
        pub fn $sub(a: $t, b: $t) -> $t {
            a.wrapping_sub(b)
        }
        #[doc = concat!("`", stringify!($mul), "`: wrapping multiplication.")]
        #[inline(always)]
        pub fn $mul(a: $t, b: $t) -> $t {
            a.wrapping_mul(b)
        }
        #[doc = concat!("`", stringify!($div_s), "`: signed division toward zero; MIN / -1 = MIN.")]
        #[inline(always)]
        pub fn $div_s(a: $t, b: $t) -> Result<$t, TrapCode> {
            if b == 0 { Err(TrapCode::IntegerDivideByZero) } else { Ok(a.wrapping_div(b)) }
        }
        #[doc = concat!("`", stringify!($div_u), "`: unsigned division.")]
        #[inline(always)]
        pub fn $div_u(a: $t, b: $t) -> Result<$t, TrapCode> {
            if b == 0 { Err(TrapCode::IntegerDivideByZero) } else { Ok(((a as $u) / (b as $u)) as $t) }
        }
        #[doc = concat!("`", stringify!($rem_s), "`: signed remainder (sign of the dividend); MIN % -1 = 0.")]
        #[inline(always)]
        pub fn $rem_s(a: $t, b: $t) -> Result<$t, TrapCode> {
            if b == 0 { Err(TrapCode::IntegerDivideByZero) } else { Ok(a.wrapping_rem(b)) }
        }
        #[doc = concat!("`", stringify!($rem_u), "`: unsigned remainder.")]
        #[inline(always)]
        pub fn $rem_u(a: $t, b: $t) -> Result<$t, TrapCode> {
            if b == 0 { Err(TrapCode::IntegerDivideByZero) } else { Ok(((a as $u) % (b as $u)) as $t) }
        }
        #[doc = concat!("`", stringify!($and), "`: bitwise and.")]
        #[inline(always)]
        pub fn $and(a: $t, b: $t) -> $t {
            a & b
        }
        #[doc = concat!("`", stringify!($or), "`: bitwise or.")]
        #[inline(always)]
        pub fn $or(a: $t, b: $t) -> $t {
            a | b
        }
        #[doc = concat!("`", stringify!($xor), "`: bitwise exclusive or.")]
        #[inline(always)]
        pub fn $xor(a: $t, b: $t) -> $t {
            a ^ b
        }
        #[doc = concat!("`", stringify!($shl), "`: shift left, count masked to the width.")]
        #[inline(always)]
        pub fn $shl(a: $t, b: $t) -> $t {
            a.wrapping_shl(b as u32)
        }
        #[doc = concat!("`", stringify!($shr_s), "`: arithmetic shift right, count masked.")]
        #[inline(always)]
        pub fn $shr_s(a: $t, b: $t) -> $t {
            a.wrapping_shr(b as u32)
        }
        #[doc = concat!("`", stringify!($shr_u), "`: logical shift right, count masked.")]
        #[inline(always)]
        pub fn $shr_u(a: $t, b: $t) -> $t {
            (a as $u).wrapping_shr(b as u32) as $t
        }
        #[doc = concat!("`", stringify!($rotl), "`: rotate left, count masked.")]
        #[inline(always)]
        pub fn $rotl(a: $t, b: $t) -> $t {
            a.rotate_left((b as u32) % $bits)
        }
        #[doc = concat!("`", stringify!($rotr), "`: rotate right, count masked.")]
        #[inline(always)]
        pub fn $rotr(a: $t, b: $t) -> $t {
            a.rotate_right((b as u32) % $bits)
        }
        #[doc = concat!("`", stringify!($eq), "`: equality.")]
        #[inline(always)]
        pub fn $eq(a: $t, b: $t) -> i32 {
            (a == b) as i32
        }
        #[doc = concat!("`", stringify!($ne), "`: inequality.")]
        #[inline(always)]
        pub fn $ne(a: $t, b: $t) -> i32 {
            (a != b) as i32
        }
        #[doc = concat!("`", stringify!($lt_s), "`: signed less-than.")]
        #[inline(always)]
        pub fn $lt_s(a: $t, b: $t) -> i32 {
            (a < b) as i32
        }
        #[doc = concat!("`", stringify!($lt_u), "`: unsigned less-than.")]
        #[inline(always)]
        pub fn $lt_u(a: $t, b: $t) -> i32 {
            ((a as $u) < (b as $u)) as i32
        }
        #[doc = concat!("`", stringify!($gt_s), "`: signed greater-than.")]
        #[inline(always)]
        pub fn $gt_s(a: $t, b: $t) -> i32 {
            (a > b) as i32
        }
        #[doc = concat!("`", stringify!($gt_u), "`: unsigned greater-than.")]
        #[inline(always)]
        pub fn $gt_u(a: $t, b: $t) -> i32 {
            ((a as $u) > (b as $u)) as i32
        }
        #[doc = concat!("`", stringify!($le_s), "`: signed less-or-equal.")]
        #[inline(always)]
        pub fn $le_s(a: $t, b: $t) -> i32 {
            (a <= b) as i32
        }
        #[doc = concat!("`", stringify!($le_u), "`: unsigned less-or-equal.")]
        #[inline(always)]
        pub fn $le_u(a: $t, b: $t) -> i32 {
            ((a as $u) <= (b as $u)) as i32
        }
        #[doc = concat!("`", stringify!($ge_s), "`: signed greater-or-equal.")]
        #[inline(always)]
        pub fn $ge_s(a: $t, b: $t) -> i32 {
            (a >= b) as i32
        }
        #[doc = concat!("`", stringify!($ge_u), "`: unsigned greater-or-equal.")]
        #[inline(always)]
        pub fn $ge_u(a: $t, b: $t) -> i32 {
            ((a as $u) >= (b as $u)) as i32
        }
        #[doc = concat!("`", stringify!($clz), "`: leading zero count.")]
        #[inline(always)]
        pub fn $clz(a: $t) -> $t {
            a.leading_zeros() as $t
        }
        #[doc = concat!("`", stringify!($ctz), "`: trailing zero count.")]
        #[inline(always)]
        pub fn $ctz(a: $t) -> $t {
            a.trailing_zeros() as $t
        }
        #[doc = concat!("`", stringify!($popcnt), "`: population count.")]
        #[inline(always)]
        pub fn $popcnt(a: $t) -> $t {
            a.count_ones() as $t
        }
        #[doc = concat!("`", stringify!($eqz), "`: test for zero.")]
        #[inline(always)]
        pub fn $eqz(a: $t) -> i32 {
            (a == 0) as i32
        }
        #[doc = concat!("`", stringify!($neg), "`: wrapping negation.")]
        #[inline(always)]
        pub fn $neg(a: $t) -> $t {
            a.wrapping_neg()
        }
        #[doc = concat!("`", stringify!($ext8), "`: sign-extend the low 8 bits.")]
        #[inline(always)]
        pub fn $ext8(a: $t) -> $t {
            a as i8 as $t
        }
        #[doc = concat!("`", stringify!($ext16), "`: sign-extend the low 16 bits.")]
        #[inline(always)]
        pub fn $ext16(a: $t) -> $t {
            a as i16 as $t
        }
    };
}

int_ops!(i32, u32, 32,
    i32_add i32_sub i32_mul i32_div_s i32_div_u i32_rem_s i32_rem_u
    i32_and i32_or i32_xor i32_shl i32_shr_s i32_shr_u i32_rotl i32_rotr
    i32_eq i32_ne i32_lt_s i32_lt_u i32_gt_s i32_gt_u i32_le_s i32_le_u i32_ge_s i32_ge_u
    i32_clz i32_ctz i32_popcnt i32_eqz i32_neg i32_extend8_s i32_extend16_s);
int_ops!(i64, u64, 64,
    i64_add i64_sub i64_mul i64_div_s i64_div_u i64_rem_s i64_rem_u
    i64_and i64_or i64_xor i64_shl i64_shr_s i64_shr_u i64_rotl i64_rotr
    i64_eq i64_ne i64_lt_s i64_lt_u i64_gt_s i64_gt_u i64_le_s i64_le_u i64_ge_s i64_ge_u
    i64_clz i64_ctz i64_popcnt i64_eqz i64_neg i64_extend8_s i64_extend16_s);

/// `i64.extend32_s`: sign-extend the low 32 bits.
#[inline(always)]
pub fn i64_extend32_s(a: i64) -> i64 {
    a as i32 as i64
}

macro_rules! float_ops {
    ($t:ty, $add:ident $sub:ident $mul:ident $div:ident $min:ident $max:ident $copysign:ident
     $eq:ident $ne:ident $lt:ident $gt:ident $le:ident $ge:ident
     $neg:ident $abs:ident $sqrt:ident $ceil:ident $floor:ident $trunc:ident $nearest:ident) => {
        #[doc = concat!("`", stringify!($add), "`: IEEE addition.")]
        #[inline(always)]
        pub fn $add(a: $t, b: $t) -> $t {
            a + b
        }
        #[doc = concat!("`", stringify!($sub), "`: IEEE subtraction.")]
        #[inline(always)]
        pub fn $sub(a: $t, b: $t) -> $t {
            a - b
        }
        #[doc = concat!("`", stringify!($mul), "`: IEEE multiplication.")]
        #[inline(always)]
        pub fn $mul(a: $t, b: $t) -> $t {
            a * b
        }
        #[doc = concat!("`", stringify!($div), "`: IEEE division.")]
        #[inline(always)]
        pub fn $div(a: $t, b: $t) -> $t {
            a / b
        }
        #[doc = concat!("`", stringify!($min), "`: minimum, NaN-propagating, -0 below +0.")]
        #[inline(always)]
        pub fn $min(a: $t, b: $t) -> $t {
            if a.is_nan() || b.is_nan() {
                <$t>::NAN
            } else if a == b {
                if a.is_sign_negative() { a } else { b }
            } else if a < b {
                a
            } else {
                b
            }
        }
        #[doc = concat!("`", stringify!($max), "`: maximum, NaN-propagating, +0 above -0.")]
        #[inline(always)]
        pub fn $max(a: $t, b: $t) -> $t {
            if a.is_nan() || b.is_nan() {
                <$t>::NAN
            } else if a == b {
                if a.is_sign_positive() { a } else { b }
            } else if a > b {
                a
            } else {
                b
            }
        }
        #[doc = concat!("`", stringify!($copysign), "`: magnitude of a, sign of b.")]
        #[inline(always)]
        pub fn $copysign(a: $t, b: $t) -> $t {
            a.copysign(b)
        }
        #[doc = concat!("`", stringify!($eq), "`: ordered equality (false with NaN).")]
        #[inline(always)]
        pub fn $eq(a: $t, b: $t) -> i32 {
            (a == b) as i32
        }
        #[doc = concat!("`", stringify!($ne), "`: inequality (true with NaN).")]
        #[inline(always)]
        pub fn $ne(a: $t, b: $t) -> i32 {
            (a != b) as i32
        }
        #[doc = concat!("`", stringify!($lt), "`: ordered less-than.")]
        #[inline(always)]
        pub fn $lt(a: $t, b: $t) -> i32 {
            (a < b) as i32
        }
        #[doc = concat!("`", stringify!($gt), "`: ordered greater-than.")]
        #[inline(always)]
        pub fn $gt(a: $t, b: $t) -> i32 {
            (a > b) as i32
        }
        #[doc = concat!("`", stringify!($le), "`: ordered less-or-equal.")]
        #[inline(always)]
        pub fn $le(a: $t, b: $t) -> i32 {
            (a <= b) as i32
        }
        #[doc = concat!("`", stringify!($ge), "`: ordered greater-or-equal.")]
        #[inline(always)]
        pub fn $ge(a: $t, b: $t) -> i32 {
            (a >= b) as i32
        }
        #[doc = concat!("`", stringify!($neg), "`: sign flip.")]
        #[inline(always)]
        pub fn $neg(a: $t) -> $t {
            -a
        }
        #[doc = concat!("`", stringify!($abs), "`: clear the sign.")]
        #[inline(always)]
        pub fn $abs(a: $t) -> $t {
            a.abs()
        }
        #[doc = concat!("`", stringify!($sqrt), "`: square root.")]
        #[inline(always)]
        pub fn $sqrt(a: $t) -> $t {
            a.sqrt()
        }
        #[doc = concat!("`", stringify!($ceil), "`: round up.")]
        #[inline(always)]
        pub fn $ceil(a: $t) -> $t {
            a.ceil()
        }
        #[doc = concat!("`", stringify!($floor), "`: round down.")]
        #[inline(always)]
        pub fn $floor(a: $t) -> $t {
            a.floor()
        }
        #[doc = concat!("`", stringify!($trunc), "`: round toward zero.")]
        #[inline(always)]
        pub fn $trunc(a: $t) -> $t {
            a.trunc()
        }
        #[doc = concat!("`", stringify!($nearest), "`: round to nearest, ties to even.")]
        #[inline(always)]
        pub fn $nearest(a: $t) -> $t {
            a.round_ties_even()
        }
    };
}

float_ops!(f32, f32_add f32_sub f32_mul f32_div f32_min f32_max f32_copysign
    f32_eq f32_ne f32_lt f32_gt f32_le f32_ge
    f32_neg f32_abs f32_sqrt f32_ceil f32_floor f32_trunc f32_nearest);
float_ops!(f64, f64_add f64_sub f64_mul f64_div f64_min f64_max f64_copysign
    f64_eq f64_ne f64_lt f64_gt f64_le f64_ge
    f64_neg f64_abs f64_sqrt f64_ceil f64_floor f64_trunc f64_nearest);

macro_rules! conversions {
    ($($name:ident($a:ident: $from:ty) -> $to:ty = $body:expr, $doc:literal;)*) => {
        $(
            #[doc = $doc]
            #[inline(always)]
            pub fn $name($a: $from) -> $to { $body }
        )*
    };
}

// Rust's float-to-int `as` saturates and maps NaN to 0: exactly Java's rule.
conversions! {
    i32_wrap_i64(a: i64) -> i32 = a as i32, "`i32.wrap_i64`: the low 32 bits.";
    i64_extend_i32_s(a: i32) -> i64 = a as i64, "`i64.extend_i32_s`: sign extension.";
    i64_extend_i32_u(a: i32) -> i64 = a as u32 as i64, "`i64.extend_i32_u`: zero extension.";
    i32_trunc_f32_s(a: f32) -> i32 = a as i32, "`i32.trunc_f32_s`: saturating, NaN to 0.";
    i32_trunc_f32_u(a: f32) -> i32 = a as u32 as i32, "`i32.trunc_f32_u`: saturating unsigned, NaN to 0.";
    i32_trunc_f64_s(a: f64) -> i32 = a as i32, "`i32.trunc_f64_s`: saturating, NaN to 0.";
    i32_trunc_f64_u(a: f64) -> i32 = a as u32 as i32, "`i32.trunc_f64_u`: saturating unsigned, NaN to 0.";
    i64_trunc_f32_s(a: f32) -> i64 = a as i64, "`i64.trunc_f32_s`: saturating, NaN to 0.";
    i64_trunc_f32_u(a: f32) -> i64 = a as u64 as i64, "`i64.trunc_f32_u`: saturating unsigned, NaN to 0.";
    i64_trunc_f64_s(a: f64) -> i64 = a as i64, "`i64.trunc_f64_s`: saturating, NaN to 0.";
    i64_trunc_f64_u(a: f64) -> i64 = a as u64 as i64, "`i64.trunc_f64_u`: saturating unsigned, NaN to 0.";
    f32_convert_i32_s(a: i32) -> f32 = a as f32, "`f32.convert_i32_s`: nearest, ties to even.";
    f32_convert_i32_u(a: i32) -> f32 = a as u32 as f32, "`f32.convert_i32_u`: nearest, ties to even.";
    f32_convert_i64_s(a: i64) -> f32 = a as f32, "`f32.convert_i64_s`: nearest, ties to even.";
    f32_convert_i64_u(a: i64) -> f32 = a as u64 as f32, "`f32.convert_i64_u`: nearest, ties to even.";
    f64_convert_i32_s(a: i32) -> f64 = a as f64, "`f64.convert_i32_s`: exact.";
    f64_convert_i32_u(a: i32) -> f64 = a as u32 as f64, "`f64.convert_i32_u`: exact.";
    f64_convert_i64_s(a: i64) -> f64 = a as f64, "`f64.convert_i64_s`: nearest, ties to even.";
    f64_convert_i64_u(a: i64) -> f64 = a as u64 as f64, "`f64.convert_i64_u`: nearest, ties to even.";
    f32_demote_f64(a: f64) -> f32 = a as f32, "`f32.demote_f64`: nearest, ties to even.";
    f64_promote_f32(a: f32) -> f64 = a as f64, "`f64.promote_f32`: exact.";
    i32_reinterpret_f32(a: f32) -> i32 = a.to_bits() as i32, "`i32.reinterpret_f32`: same bits.";
    i64_reinterpret_f64(a: f64) -> i64 = a.to_bits() as i64, "`i64.reinterpret_f64`: same bits.";
    f32_reinterpret_i32(a: i32) -> f32 = f32::from_bits(a as u32), "`f32.reinterpret_i32`: same bits.";
    f64_reinterpret_i64(a: i64) -> f64 = f64::from_bits(a as u64), "`f64.reinterpret_i64`: same bits.";
}

/// The bytes `[addr, addr + N)` of `mem`, or a trap if any is out of bounds.
#[inline(always)]
fn bytes_at<const N: usize>(mem: &[u8], addr: u64) -> Result<[u8; N], TrapCode> {
    let start = usize::try_from(addr).map_err(|_| TrapCode::MemoryOutOfBounds)?;
    match mem.get(start..start.wrapping_add(N)) {
        Some(b) if start.checked_add(N).is_some() => Ok(b.try_into().expect("slice of length N")),
        _ => Err(TrapCode::MemoryOutOfBounds),
    }
}

/// Writes `bytes` at `addr`, or traps if any byte is out of bounds.
#[inline(always)]
fn put_bytes<const N: usize>(mem: &mut [u8], addr: u64, bytes: [u8; N]) -> Result<(), TrapCode> {
    let start = usize::try_from(addr).map_err(|_| TrapCode::MemoryOutOfBounds)?;
    let end = start.checked_add(N).ok_or(TrapCode::MemoryOutOfBounds)?;
    mem.get_mut(start..end).ok_or(TrapCode::MemoryOutOfBounds)?.copy_from_slice(&bytes);
    Ok(())
}

/// The effective address of a memory access: `base + offset`, trapping on overflow.
#[inline(always)]
pub fn effective_address(base: i64, offset: u32) -> Result<u64, TrapCode> {
    (base as u64).checked_add(offset as u64).ok_or(TrapCode::MemoryOutOfBounds)
}

macro_rules! loads {
    ($($name:ident: $n:literal $raw:ty => $t:ty, $doc:literal;)*) => {
        $(
            #[doc = $doc]
            #[inline(always)]
            pub fn $name(mem: &[u8], addr: u64) -> Result<$t, TrapCode> {
                Ok(<$raw>::from_le_bytes(bytes_at::<$n>(mem, addr)?) as $t)
            }
        )*
    };
}

loads! {
    i32_load: 4 i32 => i32, "`i32.load`: 4 bytes, little-endian.";
    i32_load8_s: 1 i8 => i32, "`i32.load8_s`: 1 byte, sign-extended.";
    i32_load8_u: 1 u8 => i32, "`i32.load8_u`: 1 byte, zero-extended.";
    i32_load16_s: 2 i16 => i32, "`i32.load16_s`: 2 bytes, sign-extended.";
    i32_load16_u: 2 u16 => i32, "`i32.load16_u`: 2 bytes, zero-extended.";
    i64_load: 8 i64 => i64, "`i64.load`: 8 bytes, little-endian.";
    i64_load8_s: 1 i8 => i64, "`i64.load8_s`: 1 byte, sign-extended.";
    i64_load8_u: 1 u8 => i64, "`i64.load8_u`: 1 byte, zero-extended.";
    i64_load16_s: 2 i16 => i64, "`i64.load16_s`: 2 bytes, sign-extended.";
    i64_load16_u: 2 u16 => i64, "`i64.load16_u`: 2 bytes, zero-extended.";
    i64_load32_s: 4 i32 => i64, "`i64.load32_s`: 4 bytes, sign-extended.";
    i64_load32_u: 4 u32 => i64, "`i64.load32_u`: 4 bytes, zero-extended.";
}

/// `f32.load`: 4 bytes as an f32.
#[inline(always)]
pub fn f32_load(mem: &[u8], addr: u64) -> Result<f32, TrapCode> {
    Ok(f32::from_le_bytes(bytes_at::<4>(mem, addr)?))
}

/// `f64.load`: 8 bytes as an f64.
#[inline(always)]
pub fn f64_load(mem: &[u8], addr: u64) -> Result<f64, TrapCode> {
    Ok(f64::from_le_bytes(bytes_at::<8>(mem, addr)?))
}

macro_rules! stores {
    ($($name:ident($t:ty) as $raw:ty, $doc:literal;)*) => {
        $(
            #[doc = $doc]
            #[inline(always)]
            pub fn $name(mem: &mut [u8], addr: u64, value: $t) -> Result<(), TrapCode> {
                put_bytes(mem, addr, (value as $raw).to_le_bytes())
            }
        )*
    };
}

stores! {
    i32_store(i32) as i32, "`i32.store`: 4 bytes, little-endian.";
    i32_store8(i32) as u8, "`i32.store8`: the low byte.";
    i32_store16(i32) as u16, "`i32.store16`: the low 2 bytes.";
    i64_store(i64) as i64, "`i64.store`: 8 bytes, little-endian.";
    i64_store8(i64) as u8, "`i64.store8`: the low byte.";
    i64_store16(i64) as u16, "`i64.store16`: the low 2 bytes.";
    i64_store32(i64) as u32, "`i64.store32`: the low 4 bytes.";
}

/// `f32.store`: an f32's 4 bytes.
#[inline(always)]
pub fn f32_store(mem: &mut [u8], addr: u64, value: f32) -> Result<(), TrapCode> {
    put_bytes(mem, addr, value.to_le_bytes())
}

/// `f64.store`: an f64's 8 bytes.
#[inline(always)]
pub fn f64_store(mem: &mut [u8], addr: u64, value: f64) -> Result<(), TrapCode> {
    put_bytes(mem, addr, value.to_le_bytes())
}

/// Applies a register-only typed operation (format `Unary` or `Binary`, marked `pure` or
/// `traps` in the table) to register slots, with the slot convention of
/// [`crate::InstData::Const`] (`i32` and `f32` in the low 32 bits). `None` when `op` is not such
/// an operation or `args` has the wrong length; the inner `Err` is the operation's trap.
///
/// This is the table's semantics at the granularity of slots, for constant folders and
/// reference interpreters: generated from [`for_each_op!`](crate::for_each_op), calling the
/// functions above.
pub fn eval(op: crate::Opcode, args: &[u64]) -> Option<Result<u64, TrapCode>> {
    macro_rules! slot {
        (I32, $v:expr) => {
            $v as u32 as u64
        };
        (I64, $v:expr) => {
            $v as u64
        };
        (F32, $v:expr) => {
            $v.to_bits() as u64
        };
        (F64, $v:expr) => {
            $v.to_bits()
        };
    }
    macro_rules! value {
        (I32, $s:expr) => {
            $s as u32 as i32
        };
        (I64, $s:expr) => {
            $s as i64
        };
        (F32, $s:expr) => {
            f32::from_bits($s as u32)
        };
        (F64, $s:expr) => {
            f64::from_bits($s)
        };
    }
    macro_rules! evaluator {
        (
            typed { $( $tv:ident $tf:ident $tn:literal $tfmt:ident ( $($tin:ident),* ) -> ( $($tout:ident)? ), $ttrap:ident, $tdoc:literal; )* }
            $($rest:tt)*
        ) => {
            match op {
                $( crate::Opcode::$tv => evaluator!(@op $tfmt $tf ($($tin),*) ($($tout)?) $ttrap), )*
                _ => None,
            }
        };
        (@op Unary $f:ident ($a:ident) ($o:ident) pure) => {
            match args {
                &[a] => Some(Ok(slot!($o, $f(value!($a, a))))),
                _ => None,
            }
        };
        (@op Binary $f:ident ($a:ident, $b:ident) ($o:ident) pure) => {
            match args {
                &[a, b] => Some(Ok(slot!($o, $f(value!($a, a), value!($b, b))))),
                _ => None,
            }
        };
        (@op Binary $f:ident ($a:ident, $b:ident) ($o:ident) traps) => {
            match args {
                &[a, b] => Some($f(value!($a, a), value!($b, b)).map(|v| slot!($o, v))),
                _ => None,
            }
        };
        (@op $fmt:ident $f:ident ($($a:ident),*) ($($o:ident)?) $t:ident) => {
            None
        };
    }
    crate::for_each_op!(evaluator)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_edge_cases_follow_the_documented_rules() {
        assert_eq!(i32_add(i32::MAX, 1), i32::MIN);
        assert_eq!(i32_div_s(i32::MIN, -1), Ok(i32::MIN));
        assert_eq!(i32_rem_s(i32::MIN, -1), Ok(0));
        assert_eq!(i64_div_s(7, 0), Err(TrapCode::IntegerDivideByZero));
        assert_eq!(i32_rem_u(7, 0), Err(TrapCode::IntegerDivideByZero));
        assert_eq!(i32_div_u(-1, 2), Ok(i32::MAX));
        assert_eq!(i32_rem_s(-7, 2), Ok(-1));
        assert_eq!(i32_shl(1, 33), 2);
        assert_eq!(i64_shr_u(-1, 127), 1);
        assert_eq!(i32_shr_s(-8, 1), -4);
        assert_eq!(i32_rotl(i32::MIN, 1), 1);
        assert_eq!(i64_rotr(1, -1), 2);
        assert_eq!(i32_clz(0), 32);
        assert_eq!(i64_ctz(0), 64);
        assert_eq!(i32_lt_u(-1, 0), 0);
        assert_eq!(i32_lt_s(-1, 0), 1);
        assert_eq!(i32_extend8_s(0x80), -128);
        assert_eq!(i64_extend32_s(0xffff_ffff), -1);
    }

    #[test]
    fn float_conversions_saturate_and_map_nan_to_zero() {
        assert_eq!(i32_trunc_f64_s(f64::NAN), 0);
        assert_eq!(i32_trunc_f64_s(1e300), i32::MAX);
        assert_eq!(i32_trunc_f64_s(-1e300), i32::MIN);
        assert_eq!(i32_trunc_f32_u(-5.0), 0);
        assert_eq!(i64_trunc_f64_u(f64::INFINITY), -1);
        assert_eq!(i32_trunc_f64_s(-2.9), -2);
        assert_eq!(f32_convert_i64_u(-1), 18446744073709551615.0f32);
    }

    #[test]
    fn float_min_max_and_comparisons_handle_nan_and_signed_zero() {
        assert!(f64_min(f64::NAN, 1.0).is_nan());
        assert!(f32_max(1.0, f32::NAN).is_nan());
        assert!(f64_min(0.0, -0.0).is_sign_negative());
        assert!(f64_max(-0.0, 0.0).is_sign_positive());
        assert_eq!(f64_eq(f64::NAN, f64::NAN), 0);
        assert_eq!(f64_ne(f64::NAN, f64::NAN), 1);
        assert_eq!(f32_lt(f32::NAN, 1.0), 0);
        assert_eq!(f64_nearest(2.5), 2.0);
        assert_eq!(f64_nearest(-3.5), -4.0);
    }

    #[test]
    fn eval_applies_register_only_operations_to_slots() {
        use crate::Opcode;
        assert_eq!(eval(Opcode::I32Add, &[i32::MAX as u32 as u64, 1]), Some(Ok(i32::MIN as u32 as u64)));
        assert_eq!(eval(Opcode::I64DivS, &[7, 0]), Some(Err(TrapCode::IntegerDivideByZero)));
        assert_eq!(eval(Opcode::F64Sqrt, &[4.0f64.to_bits()]), Some(Ok(2.0f64.to_bits())));
        assert_eq!(eval(Opcode::I32Add, &[1]), None);
        assert_eq!(eval(Opcode::Mov, &[1]), None);
        assert_eq!(eval(Opcode::I32Load, &[0]), None);
        assert_eq!(eval(Opcode::StrLen, &[0]), None);
    }

    #[test]
    fn memory_accesses_are_little_endian_and_bounds_checked() {
        let mut mem = vec![0u8; 8];
        i32_store(&mut mem, 4, -2).unwrap();
        assert_eq!(mem[4..], [0xfe, 0xff, 0xff, 0xff]);
        assert_eq!(i32_load8_u(&mem, 4), Ok(0xfe));
        assert_eq!(i64_load16_s(&mem, 4), Ok(-2));
        assert_eq!(i32_load(&mem, 5), Err(TrapCode::MemoryOutOfBounds));
        assert_eq!(i64_store(&mut mem, 1, 0), Err(TrapCode::MemoryOutOfBounds));
        assert_eq!(f64_load(&mem, u64::MAX), Err(TrapCode::MemoryOutOfBounds));
        assert_eq!(effective_address(-1, 1), Err(TrapCode::MemoryOutOfBounds));
        assert_eq!(effective_address(8, 4), Ok(12));
    }
}
