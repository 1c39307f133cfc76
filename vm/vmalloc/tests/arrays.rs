//! Arrays of every element type: zeroed, typed loads and stores, bounds checks, huge lengths.

use vmalloc::{ElemType, Heap, HeapConfig, HeapError, ObjectKind};

#[test]
fn every_element_type_stores_loads_and_checks_bounds() {
    let mut heap = Heap::new(HeapConfig::default());
    // (element type, slot stored, slot loaded back)
    let cases: [(ElemType, u64, u64); 9] = [
        (ElemType::I8, 0x1FF, 0xFFFF_FFFF), // truncated to -1, sign-extended to an i32 slot
        (ElemType::I16, 0x1_8000, 0xFFFF_8000), // -32768
        (ElemType::U16, 0xFFFF_FFFF, 0xFFFF), // 65535, zero-extended
        (ElemType::I32, 0xFFFF_FFFF_8000_0000, 0x8000_0000), // i32::MIN as an i32 slot
        (ElemType::I64, u64::MAX, u64::MAX),
        (ElemType::F32, 1.5f32.to_bits() as u64, 1.5f32.to_bits() as u64),
        (ElemType::F64, (-2.25f64).to_bits(), (-2.25f64).to_bits()),
        (ElemType::Ref, 0, 0),
        (ElemType::Any, vmalloc::Any::TRUE.bits(), vmalloc::Any::TRUE.bits()),
    ];
    for (elem, stored, loaded) in cases {
        let a = heap.alloc_array(elem, 10, &()).unwrap();
        let root = heap.root(a).unwrap();
        assert_eq!(heap.kind(a), Ok(ObjectKind::Array));
        assert_eq!(heap.array_elem_type(a), Ok(elem));
        assert_eq!(heap.array_len(a), Ok(10));
        for i in 0..10 {
            assert_eq!(heap.array_load(a, i), Ok(0), "{elem:?} starts zeroed");
        }
        heap.array_store(a, 9, stored).unwrap();
        assert_eq!(heap.array_load(a, 9), Ok(loaded), "{elem:?}");
        for bad in [10, -1, i64::MIN, i64::MAX, 1 << 32] {
            let oob = Err(HeapError::IndexOutOfBounds { index: bad, len: 10 });
            assert_eq!(heap.array_load(a, bad), oob, "{elem:?}[{bad}]");
            assert_eq!(heap.array_store(a, bad, 1), oob.map(|_| ()));
        }
        drop(root);
    }
}

#[test]
fn empty_arrays_have_no_elements() {
    let mut heap = Heap::new(HeapConfig::default());
    for elem in ElemType::ALL {
        let a = heap.alloc_array(elem, 0, &()).unwrap();
        assert_eq!(heap.array_len(a), Ok(0));
        assert!(matches!(heap.array_load(a, 0), Err(HeapError::IndexOutOfBounds { .. })));
    }
}

#[test]
fn huge_lengths_are_out_of_memory_not_panics() {
    let mut heap = Heap::new(HeapConfig::with_limit(64 << 20));
    for elem in ElemType::ALL {
        for len in [1u64 << 40, u32::MAX as u64, u64::MAX, (64 << 20) / elem.size() + 1] {
            assert_eq!(heap.alloc_array(elem, len, &()), Err(HeapError::OutOfMemory), "{elem:?} x {len}");
        }
    }
    assert_eq!(heap.bytes_in_use(), 0);
    // With no practical limit the length cap still applies before any allocation.
    let mut unlimited = Heap::new(HeapConfig::with_limit(u64::MAX));
    assert_eq!(unlimited.alloc_array(ElemType::I64, 1 << 40, &()), Err(HeapError::OutOfMemory));
}

#[test]
fn arrays_are_not_other_kinds() {
    let mut heap = Heap::new(HeapConfig::default());
    let s = heap.alloc_string("x", &()).unwrap();
    assert_eq!(heap.array_len(s), Err(HeapError::WrongKind { expected: ObjectKind::Array, found: ObjectKind::String }));
    assert_eq!(heap.array_load(s, 0).unwrap_err(), heap.array_len(s).unwrap_err());
}
