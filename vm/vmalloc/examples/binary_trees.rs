//! Allocates binary trees as the binary-trees benchmark does (depth 16 by default) straight on
//! the heap, and reports time, collections and peak bytes. Run with
//! `cargo run --release -p vmalloc --example binary_trees [depth]`.

use rootir::Type;
use std::time::Instant;
use vmalloc::{ClassId, ClassLayout, Heap, HeapConfig, HeapError, Ref, Tracer};

/// Builds a tree of `depth`; `keep` are the slots that must survive (the caller's registers).
fn build(heap: &mut Heap, node: ClassId, depth: u32) -> Result<Ref, HeapError> {
    if depth == 0 {
        return heap.alloc_instance(node, &());
    }
    let left = build(heap, node, depth - 1)?;
    let left_root = heap.root(left)?;
    let right = build(heap, node, depth - 1)?;
    let parent = heap.alloc_instance(node, &|t: &mut Tracer<'_>| t.slot(right.bits()))?;
    heap.set_field(parent, 0, left_root.get().bits())?;
    heap.set_field(parent, 1, right.bits())?;
    Ok(parent)
}

fn check(heap: &Heap, r: Ref) -> Result<u64, HeapError> {
    let left = Ref::from_bits(heap.field(r, 0)?);
    if left.is_null() {
        return Ok(1);
    }
    Ok(1 + check(heap, left)? + check(heap, Ref::from_bits(heap.field(r, 1)?))?)
}

fn main() -> Result<(), HeapError> {
    let max_depth: u32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(16).max(6);
    let mut heap = Heap::new(HeapConfig::default());
    let node = heap.define_class(ClassLayout { name: "Node".into(), fields: vec![Type::Ref, Type::Ref] })?;
    let start = Instant::now();

    let stretch = build(&mut heap, node, max_depth + 1)?;
    println!("stretch tree of depth {}\t check: {}", max_depth + 1, check(&heap, stretch)?);

    let long_lived = build(&mut heap, node, max_depth)?;
    let long_lived = heap.root(long_lived)?;
    for depth in (4..=max_depth).step_by(2) {
        let iterations = 1u64 << (max_depth - depth + 4);
        let mut sum = 0;
        for _ in 0..iterations {
            let t = build(&mut heap, node, depth)?;
            sum += check(&heap, t)?;
        }
        println!("{iterations}\t trees of depth {depth}\t check: {sum}");
    }
    println!("long lived tree of depth {max_depth}\t check: {}", check(&heap, long_lived.get())?);

    let elapsed = start.elapsed();
    let stats = heap.stats();
    eprintln!(
        "time {:.3} s, {} collections, {} objects freed, peak {:.1} MiB in use",
        elapsed.as_secs_f64(),
        stats.collections,
        stats.objects_freed,
        heap.peak_bytes() as f64 / (1 << 20) as f64
    );
    Ok(())
}
