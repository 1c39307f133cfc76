//! The `any` encoding: round trips, disjoint ranges, and total decoding.

use vmalloc::{ANY_INT_MAX, ANY_INT_MIN, Any, AnyValue, Ref, add_ints};

/// A small deterministic generator (xorshift64*).
fn rng(mut state: u64) -> impl FnMut() -> u64 {
    move || {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

#[test]
fn constants_decode_to_themselves() {
    assert_eq!(Any::NONE.bits(), 0);
    assert_eq!(Any::NONE.decode(), AnyValue::None);
    assert_eq!(Any::FALSE.decode(), AnyValue::Bool(false));
    assert_eq!(Any::TRUE.decode(), AnyValue::Bool(true));
    assert_eq!(Any::from_bool(true), Any::TRUE);
    assert_eq!(Any::from_ref(Ref::NULL), Any::NONE, "null and none share the encoding");
    assert_eq!(Any::NONE.as_ref(), Some(Ref::NULL));
}

#[test]
fn ints_round_trip_at_every_edge() {
    let mut next = rng(1);
    let mut values = vec![0, 1, -1, 2, -2, ANY_INT_MIN, ANY_INT_MAX, ANY_INT_MIN + 1, ANY_INT_MAX - 1, i32::MIN as i64];
    values.extend((0..10_000).map(|_| ((next() as i64) << 15) >> 15));
    for v in values {
        let a = Any::from_int(v).unwrap();
        assert!(a.is_int() && !a.is_float() && !a.is_ref_or_none(), "{v}");
        assert_eq!(a.as_int(), Some(v));
        assert_eq!(a.decode(), AnyValue::Int(v));
        assert_eq!(Any::encode(AnyValue::Int(v)), Some(a));
    }
    for v in [ANY_INT_MAX + 1, ANY_INT_MIN - 1, i64::MAX, i64::MIN] {
        assert_eq!(Any::from_int(v), None, "{v} needs a box");
    }
}

#[test]
fn floats_round_trip_bit_exactly_except_nan_payloads() {
    let mut next = rng(2);
    let mut values = vec![
        0.0,
        -0.0,
        1.0,
        -1.5,
        f64::MIN_POSITIVE,
        -f64::MIN_POSITIVE,
        f64::from_bits(1),
        f64::from_bits(0x8000_0000_0000_0001),
        f64::MAX,
        f64::MIN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::EPSILON,
    ];
    values.extend((0..10_000).map(|_| f64::from_bits(next())).filter(|f| !f.is_nan()));
    for v in values {
        let a = Any::from_f64(v);
        assert!(a.is_float() && !a.is_int() && !a.is_ref_or_none(), "{v}");
        assert_eq!(a.as_f64().unwrap().to_bits(), v.to_bits());
        assert_eq!(Any::encode(a.decode()), Some(a));
    }
    for nan in [f64::NAN, -f64::NAN, f64::from_bits(0x7FF0_0000_0000_0001), f64::from_bits(u64::MAX)] {
        let a = Any::from_f64(nan);
        assert!(a.is_float());
        assert_eq!(a.as_f64().unwrap().to_bits(), 0x7FF8_0000_0000_0000);
    }
}

#[test]
fn references_keep_their_bits() {
    for bits in [1u64 << 32, (1 << 32) | 7, (0xFFFF << 32) | 0xFFFF_FFFF, (5 << 32) | 12345] {
        let r = Ref::from_bits(bits);
        let a = Any::from_ref(r);
        assert_eq!(a.bits(), bits);
        assert_eq!(a.decode(), AnyValue::Ref(r));
        assert_eq!(a.as_ref(), Some(r));
        assert!(!a.is_int() && !a.is_float());
    }
}

#[test]
fn every_bit_pattern_decodes_to_one_class_and_reencodes_to_itself() {
    let mut next = rng(3);
    let mut patterns: Vec<u64> = (0..100_000).map(|_| next()).collect();
    // Boundaries of every range.
    for b in [0u64, 1, 2, 3, 4, (1 << 32) - 1, 1 << 32, (1 << 48) - 1, 1 << 48, (1 << 49) - 1, 1 << 49] {
        patterns.extend([b, b.wrapping_add(1), b.wrapping_sub(1)]);
    }
    for b in [0xFFF2_0000_0000_0000u64, 0xFFFE_0000_0000_0000, u64::MAX] {
        patterns.extend([b, b.wrapping_add(1), b.wrapping_sub(1)]);
    }
    for bits in patterns {
        let a = Any::from_bits(bits);
        let classes = [a.is_int(), a.is_float(), a.is_ref_or_none(), matches!(bits, 2 | 3)];
        assert!(classes.iter().filter(|c| **c).count() <= 1, "{bits:#x} is in two classes");
        let decoded = a.decode();
        assert_eq!(matches!(decoded, AnyValue::Invalid(_)), !classes.iter().any(|c| *c), "{bits:#x}");
        match decoded {
            // Bit patterns in the float range that are NaNs other than the canonical one are
            // never produced; they decode to a NaN, which re-encodes canonically.
            AnyValue::Float(f) if f.is_nan() => assert_eq!(Any::encode(decoded), Some(Any::from_f64(f64::NAN))),
            _ => assert_eq!(Any::encode(decoded), Some(a), "{bits:#x}"),
        }
    }
}

#[test]
fn int_fast_path_adds_and_detects_overflow() {
    let a = |v| Any::from_int(v).unwrap();
    assert_eq!(add_ints(a(2), a(40)), Some(a(42)));
    assert_eq!(add_ints(a(-5), a(3)), Some(a(-2)));
    assert_eq!(add_ints(a(ANY_INT_MAX), a(1)), None);
    assert_eq!(add_ints(a(ANY_INT_MIN), a(-1)), None);
    assert_eq!(add_ints(a(1), Any::from_f64(1.0)), None);
}
