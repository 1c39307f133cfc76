//! Host functions of the JVM frontend's Java library that build strings or need `libm`:
//! `Double.toString` as a string, substrings, strings from `char[]`, `%f`/`%e` digits, and the
//! `Math` functions without a rootIR op.

use crate::heap_ops::trap_of;
use crate::host::HostCtx;
use crate::{Trap, Vm};
use rootir::{FuncType, Type};

fn heap_trap(e: vmalloc::HeapError) -> Trap {
    Trap::code(trap_of(e))
}

type Unary = fn(f64) -> f64;
type Binary = fn(f64, f64) -> f64;

/// Allocates a new string of UTF-16 `units` and returns its bits.
fn new_string(cx: &mut HostCtx<'_>, units: &[u16]) -> Result<u64, Trap> {
    cx.alloc(|h, roots| h.alloc_string_utf16(units, roots))
}

/// Bytes `[off, off + len)` of `byte[]` array `array` (the guest checked the range; a bad one,
/// or anything but an array of `i8`, traps).
pub(crate) fn byte_range(heap: &vmalloc::Heap, array: u64, off: u64, len: u64) -> Result<Vec<u8>, Trap> {
    let bytes = heap
        .array_i8(vmalloc::Ref::from_bits(array))
        .ok_or_else(|| Trap::host("bulk write of something that is not a byte[]"))?;
    let (off, len) = (off as u32 as usize, len as u32 as usize);
    let part = off
        .checked_add(len)
        .and_then(|end| bytes.get(off..end))
        .ok_or_else(|| Trap::host(format!("bytes {off}..{off}+{len} of a byte[{}]", bytes.len())))?;
    Ok(part.iter().map(|&b| b as u8).collect())
}

/// `std.java_ascii_bytes(chars, off, len, bytes, at)`: copies the longest run of ASCII units
/// (below 0x80) from `char[]` `chars` at `[off, off + len)` into `byte[]` `bytes` from `at`,
/// as far as `bytes` has room; answers how many it copied (0 at a non-ASCII unit or when
/// `bytes` is full). `OutputStreamWriter`'s bulk path: one call per buffer, not per unit.
fn ascii_bytes(cx: &mut HostCtx<'_>, a: &[u64], out: &mut [u64]) -> Result<(), Trap> {
    let heap = cx.heap();
    let (off, len, at) = (a[1] as u32 as usize, a[2] as u32 as usize, a[4] as u32 as usize);
    let room = heap
        .array_i8(vmalloc::Ref::from_bits(a[3]))
        .and_then(|b| b.len().checked_sub(at))
        .ok_or_else(|| Trap::host("ascii_bytes: no byte[] with that index"))?;
    let units = heap
        .array_u16(vmalloc::Ref::from_bits(a[0]))
        .and_then(|c| off.checked_add(len).and_then(|end| c.get(off..end)))
        .ok_or_else(|| Trap::host("ascii_bytes: no char[] with that range"))?;
    let run: Vec<i8> = units.iter().take(room).take_while(|&&u| u < 0x80).map(|&u| u as i8).collect();
    let bytes = heap.array_i8_mut(vmalloc::Ref::from_bits(a[3])).expect("checked above");
    bytes[at..at + run.len()].copy_from_slice(&run);
    out[0] = run.len() as u64;
    Ok(())
}

/// Registers the `std.java_*` and `std.f64_*` functions.
pub(crate) fn register(vm: &mut Vm) {
    let to_ref = |params: &[Type]| FuncType::new(params.to_vec(), [Type::Ref]);
    let sig = FuncType::new([Type::Ref, Type::I32, Type::I32, Type::Ref, Type::I32], [Type::I32]);
    vm.define_with_ctx("std", "java_ascii_bytes", sig, ascii_bytes);
    vm.define_with_ctx("std", "java_f64_str", to_ref(&[Type::F64]), |cx, a, out| {
        let v = f64::from_bits(a[0]);
        let text = crate::stdlib::java_double(v, format!("{v:e}"));
        out[0] = new_string(cx, &text.encode_utf16().collect::<Vec<_>>())?;
        Ok(())
    });
    vm.define_with_ctx("std", "java_f32_str", to_ref(&[Type::F32]), |cx, a, out| {
        let v = f32::from_bits(a[0] as u32);
        let text = crate::stdlib::java_double(v as f64, format!("{v:e}"));
        out[0] = new_string(cx, &text.encode_utf16().collect::<Vec<_>>())?;
        Ok(())
    });
    // Units [begin, end) of a string (the caller checked the bounds; bad ones trap).
    vm.define_with_ctx("std", "java_substring", to_ref(&[Type::Ref, Type::I32, Type::I32]), |cx, a, out| {
        let r = vmalloc::Ref::from_bits(a[0]);
        let (begin, end) = (a[1] as u32 as i64, a[2] as u32 as i64);
        let len = cx.heap().string_utf16_len(r).map_err(heap_trap)? as i64;
        if begin > end || end > len {
            return Err(Trap::host(format!("substring {begin}..{end} of a string of length {len}")));
        }
        let units = (begin..end).map(|i| cx.heap().string_utf16_at(r, i)).collect::<Result<Vec<u16>, _>>();
        out[0] = new_string(cx, &units.map_err(heap_trap)?)?;
        Ok(())
    });
    // A string of the units [offset, offset + count) of a `char[]` (u16 array).
    vm.define_with_ctx("std", "java_str_of_chars", to_ref(&[Type::Ref, Type::I32, Type::I32]), |cx, a, out| {
        let r = vmalloc::Ref::from_bits(a[0]);
        let (offset, count) = (a[1] as u32 as i64, a[2] as u32 as i64);
        let units = (offset..offset + count)
            .map(|i| cx.heap().array_load(r, i).map(|b| b as u16))
            .collect::<Result<Vec<u16>, _>>();
        out[0] = new_string(cx, &units.map_err(heap_trap)?)?;
        Ok(())
    });
    // The element type of an array (Java's `instanceof int[]`, `Object[]`, ...): its index in
    // `vmalloc::ElemType::ALL` (0 i8, 1 i16, 2 u16, 3 i32, 4 i64, 5 f32, 6 f64, 7 ref, 8 any),
    // or -1 for null and for anything that is not an array.
    vm.define_with_ctx("std", "java_array_kind", FuncType::new([Type::Ref], [Type::I32]), |cx, a, out| {
        let kind = match cx.heap().array_elem_type(vmalloc::Ref::from_bits(a[0])) {
            Ok(t) => vmalloc::ElemType::ALL.iter().position(|&e| e == t).map_or(-1, |i| i as i32),
            Err(_) => -1,
        };
        out[0] = kind as u32 as u64;
        Ok(())
    });
    // The Java class object an array was tagged with (`vmalloc` array class tags, set by the
    // JVM frontend when it makes an array), or null for an untagged array, null and non-arrays.
    vm.define_with_ctx("std", "java_array_class", to_ref(&[Type::Ref]), |cx, a, out| {
        out[0] = cx.heap().array_class(vmalloc::Ref::from_bits(a[0])).map_or(0, vmalloc::Ref::bits);
        Ok(())
    });
    // Tags array `a[0]` with Java class object `a[1]` (null untags); traps on a non-array.
    let tag = FuncType::new([Type::Ref, Type::Ref], []);
    vm.define_with_ctx("std", "java_array_set_class", tag, |cx, a, _| {
        let (array, class) = (vmalloc::Ref::from_bits(a[0]), vmalloc::Ref::from_bits(a[1]));
        cx.heap().set_array_class(array, class).map_err(heap_trap)
    });
    // Records that the value `a[1]`'s type may be stored into arrays of `a[0]`'s class (the
    // JVM frontend's `aastore` check passed): `array.store_known` then answers 1 for the pair.
    let approve = FuncType::new([Type::Ref, Type::Ref], []);
    vm.define_with_ctx("std", "java_array_approve_store", approve, |cx, a, _| {
        let (array, value) = (vmalloc::Ref::from_bits(a[0]), vmalloc::Ref::from_bits(a[1]));
        cx.heap().approve_array_store(array, value).map_err(heap_trap)
    });
    // `%.Nf` (sci = 0) or `%.Ne` (sci = 1) digits of |v| as Java's Formatter gives them.
    vm.define_with_ctx("std", "java_format_f64", to_ref(&[Type::F64, Type::I32, Type::I32]), |cx, a, out| {
        let v = f64::from_bits(a[0]);
        let text = format_decimal(v.abs(), a[1] as u32 as usize, a[2] as u32 == 1);
        out[0] = new_string(cx, &text.encode_utf16().collect::<Vec<_>>())?;
        Ok(())
    });
    // The next line of standard input with its '\n' (the last line may lack it), or null at
    // the end (UTF-8, invalid bytes replaced).
    vm.define_with_ctx("std", "java_read_line", to_ref(&[]), |cx, _, out| {
        use std::io::BufRead;
        let mut line = Vec::new();
        std::io::stdin()
            .lock()
            .read_until(b'\n', &mut line)
            .map_err(|e| Trap::host(format!("reading standard input: {e}")))?;
        out[0] = if line.is_empty() {
            vmalloc::Ref::NULL.bits()
        } else {
            new_string(cx, &String::from_utf8_lossy(&line).encode_utf16().collect::<Vec<_>>())?
        };
        Ok(())
    });
    // Double.parseDouble: Java's syntax is Rust's plus surrounding whitespace, a trailing d/D/f/F
    // and "Infinity" spelled out; a bad string traps with bad number format.
    let sig = FuncType::new([Type::Ref], [Type::F64]);
    vm.define_with_ctx("std", "java_parse_f64", sig, |cx, a, out| {
        let text = cx.string(a[0])?;
        out[0] = parse_java_double(&text).ok_or(Trap::code(rootir::TrapCode::BadNumberFormat))?.to_bits();
        Ok(())
    });
    // `System.arraycopy` between arrays of one Java class (the JVM frontend's `$arraycopy`): when
    // both are arrays with one class tag, or both untagged with one element type, and the
    // range fits, copies as `array.copy` does and answers 1; else (null, a non-array, two
    // classes, a bad range) copies nothing and answers 0: the frontend's checks then decide.
    let copy = FuncType::new([Type::Ref, Type::I32, Type::Ref, Type::I32, Type::I32], [Type::I32]);
    vm.define_with_ctx("std", "java_array_copy", copy, |cx, a, out| {
        let (src, dst) = (vmalloc::Ref::from_bits(a[0]), vmalloc::Ref::from_bits(a[2]));
        let heap = cx.heap();
        let same = match (heap.array_class(src), heap.array_class(dst)) {
            (Ok(s), Ok(d)) if s == d => {
                s != vmalloc::Ref::NULL || heap.array_elem_type(src) == heap.array_elem_type(dst)
            }
            _ => false,
        };
        let at = |i: usize| i64::from(a[i] as u32 as i32);
        out[0] = u64::from(same && heap.array_copy(src, at(1), dst, at(3), at(4)).is_ok());
        Ok(())
    });
    let unary: [(&str, Unary); 15] = [
        ("f64_sin", f64::sin),
        ("f64_cos", f64::cos),
        ("f64_tan", f64::tan),
        ("f64_asin", f64::asin),
        ("f64_acos", f64::acos),
        ("f64_atan", f64::atan),
        ("f64_exp", f64::exp),
        ("f64_log", f64::ln),
        ("f64_log10", f64::log10),
        ("f64_cbrt", f64::cbrt),
        ("f64_sinh", f64::sinh),
        ("f64_cosh", f64::cosh),
        ("f64_tanh", f64::tanh),
        ("f64_expm1", f64::exp_m1),
        ("f64_log1p", f64::ln_1p),
    ];
    for (name, f) in unary {
        vm.define("std", name, f);
    }
    let binary: [(&str, Binary); 3] = [("f64_pow", java_pow), ("f64_atan2", f64::atan2), ("f64_hypot", f64::hypot)];
    for (name, f) in binary {
        vm.define("std", name, f);
    }
}

/// `Double.parseDouble`'s reading of `text`, or `None` if Java would throw.
fn parse_java_double(text: &str) -> Option<f64> {
    let t = text.trim_matches(|c: char| c <= ' ');
    let t = t.strip_suffix(['d', 'D', 'f', 'F']).unwrap_or(t);
    let (sign, body) = match t.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, t.strip_prefix('+').unwrap_or(t)),
    };
    match body {
        "Infinity" => return Some(sign * f64::INFINITY),
        "NaN" => return Some(f64::NAN),
        _ => {}
    }
    let ok =
        !body.is_empty() && body.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'));
    if !ok {
        return None;
    }
    body.parse::<f64>().ok().map(|v| sign * v)
}

/// `Math.pow`: Rust's `powf` except that Java gives NaN for `pow(±1, ±Infinity)` and `pow(1, NaN)`.
fn java_pow(a: f64, b: f64) -> f64 {
    if b.is_nan() || (a.abs() == 1.0 && b.is_infinite()) {
        return if b == 0.0 { 1.0 } else { f64::NAN };
    }
    a.powf(b)
}

/// The digits of `v >= 0` with `precision` digits after the point, rounded HALF_UP from its
/// shortest decimal form (what `Double.toString` shows), as `java.util.Formatter` does; in
/// scientific form `d.ddde+XX` when `sci`.
pub(crate) fn format_decimal(v: f64, precision: usize, sci: bool) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return "Infinity".into();
    }
    let shortest = format!("{v:e}");
    let (mantissa, exp) = shortest.split_once('e').unwrap_or((&shortest, "0"));
    let mut exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).map(|d| d - b'0').collect();
    if v == 0.0 {
        digits = vec![0];
        exp = 0;
    }
    // Digit i has weight 10^(exp - i). Keep the digits down to weight 10^-precision (fixed) or
    // precision digits after the first (scientific).
    let keep = if sci { precision as i64 + 1 } else { exp + 1 + precision as i64 };
    if keep < 0 {
        digits = vec![0];
        exp = -(precision as i64) - 1;
    } else {
        let keep = keep as usize;
        if digits.len() > keep {
            let up = digits[keep] >= 5;
            digits.truncate(keep);
            if up {
                let mut i = keep;
                loop {
                    if i == 0 {
                        digits.insert(0, 1);
                        exp += 1;
                        if sci {
                            digits.pop();
                        }
                        break;
                    }
                    i -= 1;
                    if digits[i] == 9 {
                        digits[i] = 0;
                    } else {
                        digits[i] += 1;
                        break;
                    }
                }
            }
        }
    }
    let digit = |i: i64| -> char {
        if i >= 0 && (i as usize) < digits.len() { (b'0' + digits[i as usize]) as char } else { '0' }
    };
    if sci {
        let mut s = String::new();
        s.push(digit(0));
        if precision > 0 {
            s.push('.');
            (1..=precision as i64).for_each(|i| s.push(digit(i)));
        }
        let e = if v == 0.0 { 0 } else { exp };
        s.push_str(&format!("e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs()));
        return s;
    }
    // Fixed: integer part = weights 10^exp .. 10^0.
    let mut s = String::new();
    if exp < 0 {
        s.push('0');
    } else {
        (0..=exp).for_each(|i| s.push(digit(i)));
    }
    if precision > 0 {
        s.push('.');
        (1..=precision as i64).for_each(|k| s.push(digit(exp + k)));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::format_decimal;

    #[test]
    fn fixed_and_scientific_round_half_up_on_the_shortest_digits() {
        assert_eq!(format_decimal(0.125, 2, false), "0.13");
        assert_eq!(format_decimal(2.675, 2, false), "2.68");
        assert_eq!(format_decimal(1e20, 2, false), "100000000000000000000.00");
        assert_eq!(format_decimal(9.999, 2, false), "10.00");
        assert_eq!(format_decimal(0.0, 3, false), "0.000");
        assert_eq!(format_decimal(0.004, 2, false), "0.00");
        assert_eq!(format_decimal(0.005, 2, false), "0.01");
        assert_eq!(format_decimal(3.0, 0, false), "3");
        assert_eq!(format_decimal(12345.678, 2, true), "1.23e+04");
        assert_eq!(format_decimal(9.99, 1, true), "1.0e+01");
        assert_eq!(format_decimal(0.0, 2, true), "0.00e+00");
    }

    #[test]
    fn parse_double_takes_java_syntax() {
        use super::parse_java_double as p;
        assert_eq!(p(" 1.5 "), Some(1.5));
        assert_eq!(p("-2e3"), Some(-2000.0));
        assert_eq!(p("3d"), Some(3.0));
        assert_eq!(p("-Infinity"), Some(f64::NEG_INFINITY));
        assert!(p("NaN").is_some_and(f64::is_nan));
        assert_eq!(p("inf"), None);
        assert_eq!(p("1,5"), None);
        assert_eq!(p(""), None);
    }
}
