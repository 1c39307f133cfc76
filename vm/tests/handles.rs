//! Host handles: the embedder holds guest objects through rooted handles the collector sees.
//! Results of `call_with_refs` and objects a host function keeps stay alive through collections
//! while a handle exists, and are reclaimed once it is dropped.

use rootir::{FuncType, Type};
use rootvm::{Arg, Config, Handle, Trap, TrapKind, Value, Vm};
use std::sync::{Arc, Mutex};

const MODULE: &str = "module h
import @keep = host.keep(ref)
import @give = host.give() -> ref
export @make
export @sum
export @churn
export @kept_sum
export @boxed

; A new i64 array [n, n + 1, ..., n + 9].
func @make(r0: i64) -> ref {
  regs r1: ref, r2: i32, r3: i32, r4: i32, r5: i64, r6: i32
b0:
  r2 = i32.const 10
  r1 = array.new_i64 r2
  r3 = i32.const 0
  r4 = i32.const 1
  br b1
b1:
  r5 = i64.extend_i32_s r3
  r5 = i64.add r5, r0
  array.set_i64 r1, r3, r5
  r3 = i32.add r3, r4
  r6 = i32.lt_s r3, r2
  br_if r6, b1, b2
b2:
  ret r1
}

; The sum of an i64 array's elements.
func @sum(r0: ref) -> i64 {
  regs r1: i64, r2: i32, r3: i32, r4: i32, r5: i64, r6: i32
b0:
  r1 = i64.const 0
  r2 = array.len r0
  r3 = i32.const 0
  r4 = i32.const 1
  br b1
b1:
  r5 = array.get_i64 r0, r3
  r1 = i64.add r1, r5
  r3 = i32.add r3, r4
  r6 = i32.lt_s r3, r2
  br_if r6, b1, b2
b2:
  ret r1
}

; Hands a new array to the host, drops it, allocates a lot of garbage.
func @churn(r0: i64) {
  regs r1: ref, r2: i32, r3: i32, r4: i32, r5: i32
b0:
  r1 = call @make(r0)
  call @keep(r1)
  r1 = ref.null
  r2 = i32.const 0
  r3 = i32.const 1
  r4 = i32.const 20000
  br b1
b1:
  r1 = array.new_i64 r4
  r2 = i32.add r2, r3
  r5 = i32.lt_s r2, r4
  br_if r5, b1, b2
b2:
  ret
}

; The sum of the array the host gives back.
func @kept_sum() -> i64 {
  regs r0: ref, r1: i64
b0:
  r0 = call @give()
  r1 = call @sum(r0)
  ret r1
}

; A boxed int (2^60) as an any.
func @boxed() -> any {
  regs r0: i64, r1: any
b0:
  r0 = i64.const 1152921504606846976
  r1 = any.from_i64 r0
  ret r1
}
";

/// A VM with `host.keep(ref)` (holds its argument in `slot`) and `host.give() -> ref`.
fn vm(slot: &Arc<Mutex<Option<Handle>>>, heap_limit: usize) -> Vm {
    let mut vm = Vm::new(Config { max_heap_bytes: heap_limit as u64, ..Config::default() });
    let keep = Arc::clone(slot);
    vm.define_with_ctx("host", "keep", FuncType::new([Type::Ref], []), move |cx, args, _| {
        *keep.lock().unwrap() = Some(cx.hold(args[0])?);
        Ok(())
    });
    let give = Arc::clone(slot);
    vm.define_with_ctx("host", "give", FuncType::new([], [Type::Ref]), move |cx, _, out| {
        let held = give.lock().unwrap();
        out[0] = match held.as_ref() {
            Some(h) => cx.slot(h)?,
            None => 0,
        };
        Ok(())
    });
    vm.load(rootir::text::parse(MODULE, "h.rir").expect("parses")).expect("loads");
    vm
}

fn one_ref(results: Vec<Arg>) -> Handle {
    match results.as_slice() {
        [Arg::Ref(h)] => h.clone(),
        other => panic!("expected one ref, got {other:?}"),
    }
}

#[test]
fn a_result_handle_keeps_its_object_alive_until_dropped() {
    let slot = Arc::new(Mutex::new(None));
    let mut vm = vm(&slot, 64 << 20);
    let baseline = vm.heap_objects();
    let array = one_ref(vm.call_with_refs("h", "make", &[Arg::Value(Value::I64(100))]).unwrap());
    assert!(!array.is_null());
    // Garbage, then a full collection: the held array survives.
    for _ in 0..3 {
        vm.call_with_refs("h", "make", &[Arg::Value(Value::I64(0))]).unwrap();
    }
    vm.collect_garbage();
    assert_eq!(vm.heap_objects(), baseline + 1, "only the held array is left");
    let sum = vm.call_with_refs("h", "sum", &[Arg::Ref(array.clone())]).unwrap();
    assert!(matches!(sum.as_slice(), [Arg::Value(Value::I64(1045))]), "{sum:?}");
    drop(array);
    vm.collect_garbage();
    assert_eq!(vm.heap_objects(), baseline, "dropping the handle released the array");
}

#[test]
fn an_object_a_host_function_holds_survives_collections_in_the_guest() {
    let slot = Arc::new(Mutex::new(None));
    // 20,000 arrays of 160 KB would be 3.2 GB: collections must run, and keep the held array.
    let mut vm = vm(&slot, 8 << 20);
    vm.call("h", "churn", &[Value::I64(7)]).unwrap();
    assert!(vm.gc_stats().collections > 0);
    assert_eq!(vm.call("h", "kept_sum", &[]).unwrap(), [Value::I64(115)]);
    let before = vm.heap_objects();
    // The host drops its handle, on another thread.
    let held = slot.lock().unwrap().take();
    std::thread::spawn(move || drop(held)).join().unwrap();
    vm.collect_garbage();
    assert!(vm.heap_objects() < before, "the array was reclaimed once the handle was dropped");
}

#[test]
fn handles_of_another_vm_and_wrong_argument_kinds_are_refused() {
    let slot = Arc::new(Mutex::new(None));
    let mut a = vm(&slot, 64 << 20);
    let mut b = vm(&Arc::new(Mutex::new(None)), 64 << 20);
    let from_a = one_ref(a.call_with_refs("h", "make", &[Arg::Value(Value::I64(1))]).unwrap());
    let err: Trap = b.call_with_refs("h", "sum", &[Arg::Ref(from_a.clone())]).unwrap_err();
    assert_eq!(err.kind, TrapKind::InvalidCall);
    assert!(err.message.contains("another VM"), "{}", err.message);
    let err = a.call_with_refs("h", "sum", &[Arg::Value(Value::I64(1))]).unwrap_err();
    assert!(err.message.contains("called with arguments (i64)"), "{}", err.message);
}

#[test]
fn any_results_are_held_too() {
    let slot = Arc::new(Mutex::new(None));
    let mut vm = vm(&slot, 64 << 20);
    let boxed = one_ref(vm.call_with_refs("h", "boxed", &[]).unwrap());
    let objects = vm.heap_objects();
    vm.collect_garbage();
    assert_eq!(vm.heap_objects(), objects, "the box of a held any survives");
    drop(boxed);
    vm.collect_garbage();
    assert_eq!(vm.heap_objects(), objects - 1);
}

#[test]
fn handles_are_send_and_sync() {
    fn send_sync_clone<T: Send + Sync + Clone>() {}
    send_sync_clone::<Handle>();
    fn send<T: Send>() {}
    send::<Vm>();
}
