//! Forged references: any 64 bits in a `ref` or `any` slot must give an error, never a panic
//! or an access outside the heap.

use rootir::Type;
use vmalloc::{ClassLayout, ElemType, Heap, HeapConfig, HeapError, Ref, Tracer};

fn rng(mut state: u64) -> impl FnMut() -> u64 {
    move || {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

#[test]
fn a_hundred_thousand_random_references_are_rejected() {
    let mut heap = Heap::new(HeapConfig::default());
    let class = heap.define_class(ClassLayout { name: "C".into(), fields: vec![Type::Ref] }).unwrap();
    // Each object is rooted as soon as it exists (the next allocation may collect).
    let mut roots = Vec::new();
    let r = heap.alloc_instance(class, &()).unwrap();
    roots.push(heap.root(r).unwrap());
    let r = heap.alloc_array(ElemType::I32, 4, &()).unwrap();
    roots.push(heap.root(r).unwrap());
    let r = heap.alloc_string("s", &()).unwrap();
    roots.push(heap.root(r).unwrap());
    let r = heap.alloc_closure(0, &[], &()).unwrap();
    roots.push(heap.root(r).unwrap());
    let r = heap.alloc_host(0, &()).unwrap();
    roots.push(heap.root(r).unwrap());
    let live: Vec<Ref> = roots.iter().map(|r| r.get()).collect();
    let freed = heap.alloc_host(0, &()).unwrap();
    heap.collect(&());
    let mut next = rng(0x5EED);
    let mut forged: Vec<u64> = (0..100_000).map(|_| next()).collect();
    // Also near misses: right shape but wrong generation, index past the table, stale.
    forged.extend([freed.bits(), live[0].bits() + (1 << 32), (1 << 32) | 1_000_000, 1, u64::MAX, 1 << 48]);
    for (k, &bits) in forged.iter().enumerate() {
        let r = Ref::from_bits(bits);
        if live.contains(&r) {
            continue;
        }
        let expected = if bits == 0 { HeapError::NullReference } else { HeapError::InvalidReference };
        assert_eq!(heap.kind(r), Err(expected), "{bits:#x}");
        assert_eq!(heap.field(r, 0), Err(expected));
        assert_eq!(heap.set_field(r, 0, bits), Err(expected));
        assert_eq!(heap.array_load(r, 0), Err(expected));
        assert_eq!(heap.array_store(r, 0, bits), Err(expected));
        assert_eq!(heap.array_len(r), Err(expected));
        assert_eq!(heap.string_utf16_at(r, 0), Err(expected));
        assert_eq!(heap.closure_func(r), Err(expected));
        assert_eq!(heap.host_payload(r), Err(expected));
        assert_eq!(heap.unbox(r), Err(expected));
        assert!(!heap.is_live(r));
        // Forged bits stored into traced slots, and passed as roots, are ignored by the collector.
        heap.set_field(live[0], 0, bits).unwrap();
        if k % 10_000 == 0 {
            heap.collect(&|t: &mut Tracer<'_>| t.slots(&forged[k..(k + 100).min(forged.len())]));
        }
    }
    heap.collect(&|t: &mut Tracer<'_>| t.slots(&forged));
    assert_eq!(heap.object_count(), live.len());
    drop(roots);
}
