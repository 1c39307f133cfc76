//! Lazy compilation (`lazy.rs`): functions compile on their first call, a function never called
//! is never compiled, verification still covers the whole module at load, and every way into a
//! function (direct, recursive, indirect, virtual, from another green thread, from the host)
//! reaches a compiled body.

use rootvm::{Config, LoadError, TrapKind, Value, Vm};

fn load(text: &str, lazy: bool) -> Vm {
    let mut vm = Vm::new(Config { lazy_compile: lazy, ..Config::default() });
    vm.load(rootir::text::parse(text, "m.rir").expect("parses")).expect("loads");
    vm
}

const CALLS: &str = "module m
export @main
export @unused
func @main(r0: i64) -> i64 {
  regs r1: i64
b0:
  r1 = call @used(r0)
  ret r1
}
func @used(r0: i64) -> i64 {
  regs r1: i64
b0:
  r1 = i64.add r0, r0
  ret r1
}
func @unused(r0: i64) -> i64 {
  regs r1: i64
b0:
  r1 = i64.mul r0, r0
  ret r1
}
func @never(r0: i64) -> i64 {
b0:
  ret r0
}
";

#[test]
fn a_function_never_called_is_never_compiled() {
    let mut vm = load(CALLS, true);
    assert_eq!(vm.function_count(), 4);
    assert_eq!(vm.compiled_functions(), 0, "nothing compiles at load");
    assert_eq!(vm.call("m", "main", &[Value::I64(21)]).unwrap(), vec![Value::I64(42)]);
    assert_eq!(vm.compiled_functions(), 2, "main and used");
    assert_eq!(vm.call("m", "main", &[Value::I64(5)]).unwrap(), vec![Value::I64(10)]);
    assert_eq!(vm.compiled_functions(), 2, "a compiled function is not compiled again");
    assert_eq!(vm.call("m", "unused", &[Value::I64(5)]).unwrap(), vec![Value::I64(25)]);
    assert_eq!(vm.compiled_functions(), 3, "`never` stays a stub");
}

#[test]
fn eager_compilation_compiles_everything_at_load() {
    let mut vm = load(CALLS, false);
    assert_eq!(vm.compiled_functions(), 4);
    assert_eq!(vm.call("m", "main", &[Value::I64(21)]).unwrap(), vec![Value::I64(42)]);
    assert_eq!(vm.compiled_functions(), 4);
}

#[test]
fn a_bad_function_rejects_the_module_at_load_even_if_never_called() {
    // `@bad` adds an i32 to an i64: the verifier rejects it though nothing calls it.
    let text = "module m
export @main
func @main() -> i64 {
  regs r0: i64
b0:
  r0 = i64.const 1
  ret r0
}
func @bad(r0: i64, r1: i32) -> i64 {
  regs r2: i64
b0:
  r2 = i64.add r0, r1
  ret r2
}
";
    let mut vm = Vm::new(Config::default());
    let err = vm.load(rootir::text::parse(text, "m.rir").expect("parses")).unwrap_err();
    assert!(matches!(err, LoadError::Verify(_)), "{err}");
    assert!(err.to_string().contains("bad"), "the error names the function: {err}");
    assert_eq!(vm.module_names().count(), 0, "nothing is loaded");
    assert_eq!(vm.compiled_functions(), 0);
}

const RECURSION: &str = "module m
export @fib
export @is_even
func @fib(r0: i64) -> i64 {
  regs r1: i64, r2: i32, r3: i64, r4: i64
b0:
  r1 = i64.const 2
  r2 = i64.lt_s r0, r1
  br_if r2, b1, b2
b1:
  ret r0
b2:
  r1 = i64.const 1
  r3 = i64.sub r0, r1
  r3 = call @fib(r3)
  r1 = i64.const 2
  r4 = i64.sub r0, r1
  r4 = call @fib(r4)
  r3 = i64.add r3, r4
  ret r3
}
func @is_even(r0: i64) -> i32 {
  regs r1: i64, r2: i32
b0:
  r2 = i64.eqz r0
  br_if r2, b1, b2
b1:
  r2 = i32.const 1
  ret r2
b2:
  r1 = i64.const 1
  r1 = i64.sub r0, r1
  r2 = call @is_odd(r1)
  ret r2
}
func @is_odd(r0: i64) -> i32 {
  regs r1: i64, r2: i32
b0:
  r2 = i64.eqz r0
  br_if r2, b1, b2
b1:
  r2 = i32.const 0
  ret r2
b2:
  r1 = i64.const 1
  r1 = i64.sub r0, r1
  r2 = call @is_even(r1)
  ret r2
}
";

#[test]
fn recursion_and_mutual_recursion_through_the_lazy_path() {
    for lazy in [true, false] {
        let mut vm = load(RECURSION, lazy);
        assert_eq!(vm.call("m", "fib", &[Value::I64(20)]).unwrap(), vec![Value::I64(6765)]);
        assert_eq!(vm.compiled_functions(), if lazy { 1 } else { 3 });
        assert_eq!(vm.call("m", "is_even", &[Value::I64(101)]).unwrap(), vec![Value::I32(0)]);
        assert_eq!(vm.call("m", "is_even", &[Value::I64(1000)]).unwrap(), vec![Value::I32(1)]);
        assert_eq!(vm.compiled_functions(), 3);
    }
}

#[test]
fn indirect_calls_reach_stubs_and_check_their_signatures() {
    let text = "module m
export @main
export @wrong
func @main(r0: i32) -> i64 {
  regs r1: i64
b0:
  r1 = i64.const 7
  r1 = call_indirect (i64) -> i64 r0(r1)
  ret r1
}
func @wrong(r0: i32) -> i32 {
  regs r1: i32
b0:
  r1 = call_indirect (i32) -> i32 r0(r0)
  ret r1
}
func @triple(r0: i64) -> i64 {
  regs r1: i64
b0:
  r1 = i64.add r0, r0
  r1 = i64.add r1, r0
  ret r1
}
";
    let mut vm = load(text, true);
    assert_eq!(vm.call("m", "main", &[Value::I32(2)]).unwrap(), vec![Value::I64(21)]);
    // A stub carries its signature: a mismatched indirect call to an uncompiled function traps.
    let mut vm = load(text, true);
    let trap = vm.call("m", "wrong", &[Value::I32(2)]).unwrap_err();
    assert_eq!(trap.kind, TrapKind::Code(rootir::TrapCode::SignatureMismatch), "{trap}");
    assert_eq!(vm.compiled_functions(), 1, "the mismatched callee is not compiled");
}

#[test]
fn green_threads_call_functions_not_compiled_yet() {
    // Both threads call @work (and through it @step), each for the first time after the fork;
    // they take turns, so @work is entered from the second thread while the first is suspended.
    let text = "module m
import @fork = std.thread_fork() -> i32
import @switch = std.thread_switch(i32)
import @end = std.thread_end(i32)
export @main
global mut $total: i64 = 0
func @main() -> i64 {
  regs r0: i32, r1: i64, r2: i32, r3: i64
b0:
  r2 = i32.const 0
  r0 = call @fork()
  br_if r0, b1, b2
b1:
  r1 = i64.const 100
  r1 = call @work(r1)
  call @switch(r0)
  r3 = global.get $total
  r1 = i64.add r1, r3
  ret r1
b2:
  r1 = i64.const 1000
  r1 = call @work(r1)
  global.set $total, r1
  call @end(r2)
  ret r1
}
func @work(r0: i64) -> i64 {
  regs r1: i64
b0:
  r1 = call @step(r0)
  r1 = call @step(r1)
  ret r1
}
func @step(r0: i64) -> i64 {
  regs r1: i64
b0:
  r1 = i64.const 1
  r1 = i64.add r0, r1
  ret r1
}
";
    let mut vm = load(text, true);
    assert_eq!(vm.call("m", "main", &[]).unwrap(), vec![Value::I64(102 + 1002)]);
    assert_eq!(vm.compiled_functions(), 3);
}

#[test]
fn a_trap_in_a_lazily_compiled_function_has_its_trace() {
    let text = "module m
export @main
func @main() -> i32 {
  regs r0: i32
b0:
  r0 = call @boom()
  ret r0
}
func @boom() -> i32 {
  regs r0: i32, r1: i32
b0:
  r0 = i32.const 1
  r1 = i32.const 0
  r0 = i32.div_s r0, r1
  ret r0
}
";
    let mut vm = load(text, true);
    let trap = vm.call("m", "main", &[]).unwrap_err();
    let names: Vec<&str> = trap.trace.iter().map(|f| f.function.as_str()).collect();
    assert_eq!(names, ["boom", "main"], "{trap}");
    assert_eq!(trap.trace[0].position, "b0[2]", "{trap}");
}

#[test]
fn host_functions_call_back_into_functions_compiled_on_demand() {
    // A host function runs between two guest calls; the second reaches a function first called
    // after the host returned.
    let text = "module m
import @twice = env.twice(i64) -> i64
export @main
func @main(r0: i64) -> i64 {
  regs r1: i64
b0:
  r1 = call @twice(r0)
  r1 = call @inc(r1)
  ret r1
}
func @inc(r0: i64) -> i64 {
  regs r1: i64
b0:
  r1 = i64.const 1
  r1 = i64.add r0, r1
  ret r1
}
";
    let mut vm = Vm::new(Config::default());
    vm.define("env", "twice", |x: i64| x * 2);
    vm.load(rootir::text::parse(text, "m.rir").unwrap()).unwrap();
    assert_eq!(vm.call("m", "main", &[Value::I64(20)]).unwrap(), vec![Value::I64(41)]);
    assert_eq!(vm.compiled_functions(), 2);
}
