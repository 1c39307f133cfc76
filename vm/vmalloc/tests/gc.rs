//! The collector: reachability, cycles, deep graphs, bounded memory, the limit, stress mode,
//! root sources and host handles.

use rootir::Type;
use vmalloc::{Any, ClassId, ClassLayout, ElemType, Heap, HeapConfig, HeapError, ObjectKind, Ref, Tracer};

/// A class `Node { next: ref, value: i64 }`.
fn node_class(heap: &mut Heap) -> ClassId {
    heap.define_class(ClassLayout { name: "Node".into(), fields: vec![Type::Ref, Type::I64] }).unwrap()
}

/// `n` fresh strings, each kept alive until all exist (allocation may collect), then unrooted.
fn strings(heap: &mut Heap, n: usize) -> Vec<Ref> {
    let mut held = Vec::new();
    for i in 0..n {
        let s = heap.alloc_string(&i.to_string(), &()).unwrap();
        held.push(heap.root(s).unwrap());
    }
    held.iter().map(|h| h.get()).collect()
}

#[test]
fn unreachable_objects_are_freed_and_reachable_ones_kept() {
    let mut heap = Heap::new(HeapConfig::default());
    let node = node_class(&mut heap);
    let kept = heap.alloc_instance(node, &()).unwrap();
    let child = heap.alloc_instance(node, &|t: &mut Tracer<'_>| t.slot(kept.bits())).unwrap();
    heap.set_field(kept, 0, child.bits()).unwrap();
    heap.set_field(child, 1, 42).unwrap();
    let garbage = heap.alloc_string("garbage", &|t: &mut Tracer<'_>| t.slot(kept.bits())).unwrap();
    heap.collect(&|t: &mut Tracer<'_>| t.slot(kept.bits()));
    assert!(heap.is_live(kept) && heap.is_live(child));
    assert_eq!(heap.field(child, 1), Ok(42));
    assert!(!heap.is_live(garbage));
    assert_eq!(heap.string_len(garbage), Err(HeapError::InvalidReference), "stale references are detected");
    heap.collect(&());
    assert_eq!(heap.object_count(), 0);
    assert_eq!(heap.bytes_in_use(), 0);
}

#[test]
fn cycles_are_collected() {
    let mut heap = Heap::new(HeapConfig::default());
    let node = node_class(&mut heap);
    let a = heap.alloc_instance(node, &()).unwrap();
    let b = heap.alloc_instance(node, &|t: &mut Tracer<'_>| t.slot(a.bits())).unwrap();
    heap.set_field(a, 0, b.bits()).unwrap();
    heap.set_field(b, 0, a.bits()).unwrap();
    // A self-loop and a cycle through an `any` array and a closure.
    let arr = heap.alloc_array(ElemType::Any, 1, &|t: &mut Tracer<'_>| t.slots(&[a.bits(), b.bits()])).unwrap();
    let clo = heap.alloc_closure(7, &[arr.bits()], &|t: &mut Tracer<'_>| t.slots(&[a.bits(), b.bits()])).unwrap();
    heap.array_store(arr, 0, clo.bits()).unwrap();
    heap.collect(&|t: &mut Tracer<'_>| t.slot(a.bits()));
    assert_eq!(heap.object_count(), 2, "a and b live, the array-closure cycle is freed");
    heap.collect(&());
    assert_eq!(heap.object_count(), 0);
}

#[test]
fn a_million_long_list_is_marked_and_freed_without_recursion() {
    let mut heap = Heap::new(HeapConfig::default());
    let node = node_class(&mut heap);
    // Under ROOTVM_GC_STRESS=1 every allocation marks the whole list: keep that quadratic run short.
    let n = if heap.config().stress { 3_000 } else { 1_000_000 };
    let mut head = Ref::NULL;
    for i in 0..n {
        let n = heap.alloc_instance(node, &|t: &mut Tracer<'_>| t.slot(head.bits())).unwrap();
        heap.set_field(n, 0, head.bits()).unwrap();
        heap.set_field(n, 1, i).unwrap();
        head = n;
    }
    heap.collect(&|t: &mut Tracer<'_>| t.slot(head.bits()));
    assert_eq!(heap.object_count(), n as usize);
    // Walk it to check nothing was lost.
    let (mut len, mut r) = (0, head);
    while !r.is_null() {
        len += 1;
        r = Ref::from_bits(heap.field(r, 0).unwrap());
    }
    assert_eq!(len, n);
    heap.collect(&());
    assert_eq!(heap.object_count(), 0);
    assert_eq!(heap.bytes_in_use(), 0);
}

#[test]
fn allocating_a_gibibyte_in_a_64_mib_heap_stays_bounded() {
    const LIMIT: u64 = 64 << 20;
    let mut heap = Heap::new(HeapConfig::with_limit(LIMIT));
    // A window of 64 arrays (about 512 KiB) stays live; everything else becomes garbage.
    let window = heap.alloc_array(ElemType::Ref, 64, &()).unwrap();
    let window = heap.root(window).unwrap();
    let mut total = 0u64;
    let mut i = 0i64;
    while total < 1 << 30 {
        let a = heap.alloc_array(ElemType::I64, 1024, &()).unwrap();
        heap.array_store(a, 1023, i as u64).unwrap();
        heap.array_store(window.get(), i % 64, a.bits()).unwrap();
        total += 8 * 1024;
        i += 1;
        assert!(heap.bytes_in_use() <= LIMIT, "{} bytes in use", heap.bytes_in_use());
    }
    assert!(heap.peak_bytes() <= LIMIT);
    assert!(heap.stats().collections > 10);
    // The window still holds the last 64 arrays, intact.
    for k in 0..64 {
        let a = Ref::from_bits(heap.array_load(window.get(), (i - 1 - k) % 64).unwrap());
        assert_eq!(heap.array_load(a, 1023), Ok((i - 1 - k) as u64));
    }
}

#[test]
fn exhausting_the_limit_is_an_error_and_the_heap_stays_usable() {
    let mut heap = Heap::new(HeapConfig::with_limit(1 << 20));
    let list = heap.alloc_array(ElemType::Ref, 1000, &()).unwrap();
    let list = heap.root(list).unwrap();
    let mut result = Ok(());
    for i in 0..1000 {
        match heap.alloc_array(ElemType::I8, 10_000, &()) {
            Ok(a) => heap.array_store(list.get(), i, a.bits()).unwrap(),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    assert_eq!(result, Err(HeapError::OutOfMemory));
    assert!(heap.bytes_in_use() <= 1 << 20);
    // Dropping what the program held frees the memory again.
    drop(list);
    assert!(heap.alloc_array(ElemType::I8, 500_000, &()).is_ok());
    assert_eq!(heap.alloc_array(ElemType::I8, 2 << 20, &()), Err(HeapError::OutOfMemory));
}

#[test]
fn stress_mode_collects_at_every_allocation_and_keeps_what_is_rooted() {
    let mut heap = Heap::new(HeapConfig { stress: true, ..HeapConfig::default() });
    assert!(heap.config().stress);
    let node = node_class(&mut heap);
    let mut head = Ref::NULL;
    for i in 0..2000 {
        let n = heap.alloc_instance(node, &|t: &mut Tracer<'_>| t.slot(head.bits())).unwrap();
        heap.set_field(n, 0, head.bits()).unwrap();
        heap.set_field(n, 1, i).unwrap();
        head = n;
        // Garbage in between.
        heap.alloc_string("tmp", &|t: &mut Tracer<'_>| t.slot(head.bits())).unwrap();
    }
    assert_eq!(heap.stats().collections, 4000);
    assert_eq!(heap.object_count(), 2001, "the list and the last string");
    let mut sum = 0;
    let mut r = head;
    while !r.is_null() {
        sum += heap.field(r, 1).unwrap();
        r = Ref::from_bits(heap.field(r, 0).unwrap());
    }
    assert_eq!(sum, (0..2000).sum::<u64>());
}

#[test]
fn allocation_arguments_survive_the_collection_they_trigger() {
    let mut heap = Heap::new(HeapConfig { stress: true, ..HeapConfig::default() });
    let s = heap.alloc_string("captured", &()).unwrap();
    let clo = heap.alloc_closure(3, &[s.bits(), Any::from_int(5).unwrap().bits()], &()).unwrap();
    assert_eq!(heap.string_to_string(s).unwrap(), "captured");
    let boxed = heap.alloc_boxed(Type::Ref, clo.bits(), &()).unwrap();
    assert!(heap.is_live(clo) && heap.is_live(s));
    assert_eq!(heap.unbox(boxed), Ok((Type::Ref, clo.bits())));
    assert_eq!(heap.closure_func(clo), Ok(3));
    assert_eq!(heap.closure_captured(clo, 0), Ok(s.bits()));
    assert_eq!(heap.closure_captured(clo, 2), Err(HeapError::IndexOutOfBounds { index: 2, len: 2 }));
    // A boxed i64 whose bits look like a reference is not traced.
    let fake = heap.alloc_boxed(Type::I64, s.bits(), &|t: &mut Tracer<'_>| t.slot(boxed.bits())).unwrap();
    heap.collect(&|t: &mut Tracer<'_>| t.slot(fake.bits()));
    assert!(!heap.is_live(s));
}

#[test]
fn frames_are_traced_by_register_types_only() {
    let mut heap = Heap::new(HeapConfig::default());
    let [a, b, c, d] = strings(&mut heap, 4)[..] else { unreachable!() };
    // A frame: r0: i64 holding a's bits (not a root), r1: ref b, r2: any c, r3: f64.
    let frame = [a.bits(), b.bits(), c.bits(), d.bits()];
    let types = [Type::I64, Type::Ref, Type::Any, Type::F64];
    heap.collect(&|t: &mut Tracer<'_>| t.typed_slots(&frame, &types));
    assert_eq!([a, b, c, d].map(|r| heap.is_live(r)), [false, true, true, false]);
    // The precomputed-index form; indices past the window are ignored.
    heap.collect(&|t: &mut Tracer<'_>| t.selected_slots(&frame, &[2, 99]));
    assert_eq!([b, c].map(|r| heap.is_live(r)), [false, true]);
}

#[test]
fn instances_trace_only_ref_and_any_fields() {
    let mut heap = Heap::new(HeapConfig::default());
    let layout = ClassLayout { name: "Mixed".into(), fields: vec![Type::I64, Type::Ref, Type::Any, Type::F64] };
    let class = heap.define_class(layout.clone()).unwrap();
    assert_eq!(heap.class_layout(class), Some(&layout));
    let obj = heap.alloc_instance(class, &()).unwrap();
    let obj = heap.root(obj).unwrap();
    let s = strings(&mut heap, 4);
    for (i, r) in s.iter().enumerate() {
        heap.set_field(obj.get(), i as u32, r.bits()).unwrap();
    }
    heap.collect(&());
    assert_eq!(s.iter().map(|&r| heap.is_live(r)).collect::<Vec<_>>(), [false, true, true, false]);
    assert_eq!(heap.class_of(obj.get()), Ok(class));
    assert_eq!(heap.field(obj.get(), 4), Err(HeapError::NoSuchField));
    assert_eq!(heap.alloc_instance(ClassId(99), &()), Err(HeapError::UnknownClass));
}

#[test]
fn host_handles_keep_objects_alive_until_dropped() {
    let mut heap = Heap::new(HeapConfig::default());
    let h = heap.alloc_host(0xDEAD, &()).unwrap();
    let rooted = heap.root(h).unwrap();
    let second = rooted.clone();
    assert_eq!(heap.handle_count(), 2);
    drop(rooted);
    heap.collect(&());
    assert_eq!(heap.host_payload(second.get()), Ok(0xDEAD));
    assert_eq!(heap.kind(second.get()), Ok(ObjectKind::Host));
    drop(second);
    assert_eq!(heap.handle_count(), 0);
    heap.collect(&());
    assert!(!heap.is_live(h));
    assert_eq!(heap.root(h).unwrap_err(), HeapError::InvalidReference, "dead objects cannot be rooted");
    assert!(heap.root(Ref::NULL).is_ok());
}

#[test]
fn reused_table_entries_get_new_generations() {
    let mut heap = Heap::new(HeapConfig::default());
    let mut seen = std::collections::HashSet::new();
    for _ in 0..70_000 {
        let r = heap.alloc_host(1, &()).unwrap();
        assert!(seen.insert(r), "a reference was handed out twice: {r:?}");
        heap.collect(&());
        assert_eq!(heap.host_payload(r), Err(HeapError::InvalidReference));
    }
}
