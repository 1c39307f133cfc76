//! VMs and threads: `Vm: Send`, a VM moved to another thread, VMs in parallel, and interrupting
//! a running call from another thread.

use rootvm::{Config, InterruptHandle, TrapKind, Value, Vm};
use std::time::{Duration, Instant};

const PROGRAM: &str = "module m
export @sum
export @spin
export @deep
func @sum(r0: i64) -> i64 {
  regs r1: i64, r2: i64, r3: i32, r4: i64
b0:
  r1 = i64.const 0
  r2 = i64.const 0
  r4 = i64.const 1
  br b1
b1:
  r1 = i64.add r1, r2
  r2 = i64.add r2, r4
  r3 = i64.lt_s r2, r0
  br_if r3, b1, b2
b2:
  ret r1
}
func @spin() {
b0:
  br b0
}
func @deep(r0: i64) -> i64 {
  regs r1: i64
b0:
  r0 = call @deep(r0)
  ret r0
}
";

fn vm() -> Vm {
    let mut vm = Vm::new(Config::default());
    vm.load(rootir::text::parse(PROGRAM, "m.rir").unwrap()).unwrap();
    vm
}

#[test]
fn vm_and_interrupt_handle_are_send() {
    fn send<T: Send>() {}
    fn send_sync_clone<T: Send + Sync + Clone>() {}
    send::<Vm>();
    send_sync_clone::<InterruptHandle>();
}

#[test]
fn a_vm_moves_to_another_thread() {
    let mut vm = vm();
    assert_eq!(vm.call("m", "sum", &[Value::I64(10)]).unwrap(), vec![Value::I64(45)]);
    let vm = std::thread::spawn(move || {
        assert_eq!(vm.call("m", "sum", &[Value::I64(100)]).unwrap(), vec![Value::I64(4950)]);
        vm
    })
    .join()
    .unwrap();
    assert_eq!(vm.module_names().collect::<Vec<_>>(), ["m"]);
}

#[test]
fn four_vms_run_in_parallel() {
    let threads: Vec<_> = (0..4i64)
        .map(|i| {
            std::thread::spawn(move || {
                let mut vm = vm();
                let n = 1_000_000 + i;
                vm.call("m", "sum", &[Value::I64(n)]).unwrap()
            })
        })
        .collect();
    for (i, t) in threads.into_iter().enumerate() {
        let n = 1_000_000 + i as i64;
        assert_eq!(t.join().unwrap(), vec![Value::I64(n * (n - 1) / 2)]);
    }
}

fn interrupt_after(handle: InterruptHandle, delay: Duration) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        std::thread::sleep(delay);
        handle.interrupt();
    })
}

#[test]
fn an_endless_loop_without_fuel_is_interrupted_promptly() {
    let mut vm = vm();
    assert_eq!(vm.config().fuel, None);
    let start = Instant::now();
    let t = interrupt_after(vm.interrupt_handle(), Duration::from_millis(30));
    let trap = vm.call("m", "spin", &[]).unwrap_err();
    t.join().unwrap();
    assert_eq!(trap.kind, TrapKind::Interrupted);
    assert_eq!(trap.trace[0].function, "spin");
    assert!(start.elapsed() < Duration::from_secs(5), "took {:?}", start.elapsed());
    // The flag was consumed: the VM runs normally afterwards.
    assert_eq!(vm.call("m", "sum", &[Value::I64(4)]).unwrap(), vec![Value::I64(6)]);
}

#[test]
fn deep_recursion_is_interrupted_at_calls() {
    let mut vm = Vm::new(Config { max_call_depth: usize::MAX, max_stack_bytes: usize::MAX, ..Config::default() });
    vm.load(rootir::text::parse(PROGRAM, "m.rir").unwrap()).unwrap();
    vm.interrupt_handle().interrupt();
    let trap = vm.call("m", "deep", &[Value::I64(1)]).unwrap_err();
    assert_eq!(trap.kind, TrapKind::Interrupted);
}

#[test]
fn an_interrupt_before_a_call_stops_that_call() {
    let mut vm = vm();
    let handle = vm.interrupt_handle();
    handle.clone().interrupt();
    assert_eq!(vm.call("m", "spin", &[]).unwrap_err().kind, TrapKind::Interrupted);
}
