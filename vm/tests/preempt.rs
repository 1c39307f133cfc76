//! Preemption of green threads (`std.thread_preempt`): two threads that never block take turns,
//! an interrupt still stops them, and a run's preemption ends with the run.

use rootvm::{Config, TrapKind, Value, Vm};
use std::time::Duration;

const PROGRAM: &str = "module p
import @fork = std.thread_fork() -> i32
import @switch = std.thread_switch(i32)
import @preempt = std.thread_preempt(i32, i32, i32, i32)
global mut $child: i32 = 0
global mut $running: i32 = 0
global mut $ticks: i64 = 0
export @pingpong
export @arm_and_return
export @count
export @ticks

; Arms preemption (slice 10, every function preemptible), forks, and both threads spin forever.
func @pingpong() {
  regs r0: i32, r1: i32, r2: i32, r3: i32
b0:
  r0 = i32.const 10
  r1 = func.addr @tick
  r2 = i32.const 0
  r3 = i32.const 10
  call @preempt(r0, r1, r2, r3)
  r0 = call @fork()
  br_if r0, b1, b2
b1:
  global.set $child, r0
  br b2
b2:
  br b2
}

; The hook: switches to the thread that does not run.
func @tick() {
  regs r0: i32, r1: i64, r2: i64
b0:
  r1 = global.get $ticks
  r2 = i64.const 1
  r1 = i64.add r1, r2
  global.set $ticks, r1
  r0 = global.get $running
  br_if r0, b1, b2
b1:
  r0 = i32.const 0
  global.set $running, r0
  call @switch(r0)
  ret
b2:
  r0 = global.get $child
  global.set $running, r0
  call @switch(r0)
  ret
}

; Arms preemption with a slice of 1 and returns without disarming it.
func @arm_and_return() {
  regs r0: i32, r1: i32, r2: i32, r3: i32
b0:
  r0 = i32.const 1
  r1 = func.addr @tick
  r2 = i32.const 0
  r3 = i32.const 10
  call @preempt(r0, r1, r2, r3)
  ret
}

; Loops n times.
func @count(r0: i32) -> i32 {
  regs r1: i32, r2: i32, r3: i32
b0:
  r1 = i32.const 0
  r2 = i32.const 1
  br b1
b1:
  r1 = i32.add r1, r2
  r3 = i32.lt_s r1, r0
  br_if r3, b1, b2
b2:
  ret r1
}

func @ticks() -> i64 {
  regs r0: i64
b0:
  r0 = global.get $ticks
  ret r0
}
";

fn vm() -> Vm {
    let mut vm = Vm::new(Config::default());
    vm.load(rootir::text::parse(PROGRAM, "p.rir").unwrap()).unwrap();
    vm
}

fn ticks(vm: &mut Vm) -> i64 {
    match vm.call("p", "ticks", &[]).unwrap()[..] {
        [Value::I64(n)] => n,
        ref other => panic!("ticks returned {other:?}"),
    }
}

#[test]
fn threads_that_never_block_take_turns_and_stop_at_an_interrupt() {
    let mut vm = vm();
    let handle = vm.interrupt_handle();
    let watchdog = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        handle.interrupt();
    });
    let trap = vm.call("p", "pingpong", &[]).unwrap_err();
    watchdog.join().unwrap();
    assert_eq!(trap.kind, TrapKind::Interrupted);
    assert!(ticks(&mut vm) > 2, "the hook ran {} times", ticks(&mut vm));
    // The next run is not preempted: its loop never calls the hook.
    let before = ticks(&mut vm);
    assert_eq!(vm.call("p", "count", &[Value::I32(10_000)]).unwrap(), vec![Value::I32(10_000)]);
    assert_eq!(ticks(&mut vm), before);
}

#[test]
fn preemption_ends_with_the_run_that_armed_it() {
    let mut vm = vm();
    vm.call("p", "arm_and_return", &[]).unwrap();
    assert_eq!(vm.call("p", "count", &[Value::I32(1000)]).unwrap(), vec![Value::I32(1000)]);
    assert_eq!(ticks(&mut vm), 0);
}
