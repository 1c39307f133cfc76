//! The embedding API: host functions, loading and linking, calls, limits and traps.

use rootvm::{Config, LoadError, Trap, TrapKind, Value, Vm};
use std::sync::{Arc, Mutex};

fn modules(text: &str) -> Vec<rootir::Module> {
    rootir::text::parse(text, "test.rir").expect("test module parses")
}

const ADDER: &str = "module m
import @add3 = env.add3(i64, i64, i64) -> i64
import @pair = env.pair(i32) -> (i32, f64)
export @go
export @twice

func @go(r0: i64) -> i64 {
  regs r1: i64, r2: i32, r3: f64, r4: i32
b0:
  r1 = call @add3(r0, r0, r0)
  r4 = i32.wrap_i64 r1
  r2, r3 = call @pair(r4)
  r1 = i64.extend_i32_s r2
  ret r1
}

func @twice(r0: i32) -> i32 {
  regs r1: i32
b0:
  r1 = i32.add r0, r0
  ret r1
}
";

fn adder_vm() -> Vm {
    let mut vm = Vm::new(Config::default());
    vm.define("env", "add3", |a: i64, b: i64, c: i64| a + b + c);
    vm.define("env", "pair", |x: i32| (x + 1, x as f64 / 2.0));
    vm
}

#[test]
fn host_functions_of_several_arities_and_results_are_called_with_typed_values() {
    let mut vm = adder_vm();
    vm.load(modules(ADDER)).unwrap();
    assert_eq!(vm.call("m", "go", &[Value::I64(5)]).unwrap(), vec![Value::I64(16)]);
}

#[test]
fn a_failing_host_function_traps_with_its_name_and_the_guest_trace() {
    let mut vm = Vm::new(Config::default());
    vm.define("env", "add3", |_: i64, _: i64, _: i64| -> Result<i64, Trap> { Err(Trap::host("no")) });
    vm.define("env", "pair", |x: i32| (x, 0.0f64));
    vm.load(modules(ADDER)).unwrap();
    let trap = vm.call("m", "go", &[Value::I64(1)]).unwrap_err();
    assert_eq!(trap.kind, TrapKind::Host);
    assert_eq!(trap.message, "env.add3: no");
    assert_eq!(trap.trace.len(), 1);
    assert_eq!((trap.trace[0].module.as_str(), trap.trace[0].function.as_str()), ("m", "go"));
    assert_eq!(trap.trace[0].position, "b0[0]");
}

#[test]
fn imports_must_resolve_with_the_declared_signature() {
    let mut vm = Vm::new(Config::default());
    let err = vm.load(modules(ADDER)).unwrap_err();
    assert!(matches!(&err, LoadError::UnresolvedImport { from, name, .. } if from == "env" && name == "add3"), "{err}");

    vm.define("env", "add3", |a: i64, _: i64| a);
    vm.define("env", "pair", |x: i32| (x, 0.0f64));
    let err = vm.load(modules(ADDER)).unwrap_err();
    assert_eq!(err.to_string(), "module `m` imports `env.add3` as (i64, i64, i64) -> i64, but it is (i64, i64) -> i64");
}

#[test]
fn a_failed_load_loads_nothing_and_the_vm_stays_usable() {
    let mut vm = adder_vm();
    let bad = "module bad\nimport @f = nowhere.f()\nexport @g\n\nfunc @g() {\nb0:\n  ret\n}\n";
    assert!(vm.load(modules(bad)).is_err());
    assert_eq!(vm.module_names().count(), 0);
    vm.load(modules(ADDER)).unwrap();
    assert_eq!(vm.call("m", "twice", &[Value::I32(21)]).unwrap(), vec![Value::I32(42)]);
    assert!(matches!(vm.load(modules(ADDER)), Err(LoadError::DuplicateModule(name)) if name == "m"));
}

#[test]
fn unverifiable_modules_are_rejected_with_every_error() {
    let text =
        "module v\nexport @f\n\nfunc @f(r0: i32) -> i64 {\n  regs r1: i64\nb0:\n  r1 = i64.add r0, r0\n  ret r0\n}\n";
    let err = Vm::new(Config::default()).load(modules(text)).unwrap_err();
    let LoadError::Verify(errors) = &err else { panic!("expected verify errors, got {err}") };
    assert!(errors.len() >= 2, "{err}");
}

#[test]
fn modules_link_to_exports_of_modules_loaded_before() {
    let mut vm = adder_vm();
    vm.load(modules(ADDER)).unwrap();
    let user = "module user\nimport @twice = m.twice(i32) -> i32\nexport @quad\n\nfunc @quad(r0: i32) -> i32 {\n  regs r1: i32\nb0:\n  r1 = call @twice(r0)\n  r1 = call @twice(r1)\n  ret r1\n}\n";
    vm.load(modules(user)).unwrap();
    assert_eq!(vm.call("user", "quad", &[Value::I32(3)]).unwrap(), vec![Value::I32(12)]);
}

#[test]
fn calls_with_a_wrong_export_or_arguments_are_invalid_calls() {
    let mut vm = adder_vm();
    vm.load(modules(ADDER)).unwrap();
    assert_eq!(vm.call("m", "nope", &[]).unwrap_err().kind, TrapKind::InvalidCall);
    assert_eq!(vm.call("m", "twice", &[Value::I64(1)]).unwrap_err().kind, TrapKind::InvalidCall);
    assert_eq!(vm.call("m", "twice", &[]).unwrap_err().kind, TrapKind::InvalidCall);
}

const RECURSE: &str = "module r\nexport @depth\nexport @spin\n\nfunc @depth(r0: i32) -> i32 {\n  regs r1: i32, r2: i32\nb0:\n  br_if r0, b1, b2\nb1:\n  r1 = i32.const 1\n  r2 = i32.sub r0, r1\n  r2 = call @depth(r2)\n  r2 = i32.add r2, r1\n  ret r2\nb2:\n  ret r0\n}\n\nfunc @spin() {\nb0:\n  br b0\n}\n";

#[test]
fn deep_guest_recursion_does_not_use_the_host_stack() {
    let config = Config { max_call_depth: 1_000_001, ..Config::default() };
    let mut vm = Vm::new(config);
    vm.load(modules(RECURSE)).unwrap();
    assert_eq!(vm.call("r", "depth", &[Value::I32(1_000_000)]).unwrap(), vec![Value::I32(1_000_000)]);
}

#[test]
fn limits_trap_by_name_and_the_vm_can_be_called_again() {
    let mut vm = Vm::new(Config { fuel: Some(50_000), max_call_depth: 100, ..Config::default() });
    vm.load(modules(RECURSE)).unwrap();
    let trap = vm.call("r", "spin", &[]).unwrap_err();
    assert_eq!(trap.kind, TrapKind::OutOfFuel);
    let trap = vm.call("r", "depth", &[Value::I32(100)]).unwrap_err();
    assert_eq!(trap.kind, TrapKind::CallDepthExceeded);
    assert_eq!(trap.trace.len(), 100);
    assert_eq!(vm.call("r", "depth", &[Value::I32(99)]).unwrap(), vec![Value::I32(99)]);
}

#[test]
fn std_prints_to_the_writer_the_embedder_gives() {
    let out = Arc::new(Mutex::new(Vec::new()));
    let mut vm = Vm::new(Config::default());
    let config = rootvm::stdlib::StdConfig {
        args: vec!["x".into()],
        stdout: out.clone(),
        stderr: Arc::new(Mutex::new(std::io::sink())),
    };
    rootvm::stdlib::register(&mut vm, config);
    let text = "module p\nimport @n = std.arg_count() -> i32\nimport @p = std.print_f64(f64)\nexport @main\n\nfunc @main() -> i32 {\n  regs r0: i32, r1: f64\nb0:\n  r0 = call @n()\n  r1 = f64.convert_i32_s r0\n  call @p(r1)\n  ret r0\n}\n";
    vm.load(modules(text)).unwrap();
    assert_eq!(vm.call("p", "main", &[]).unwrap(), vec![Value::I32(1)]);
    assert_eq!(String::from_utf8(out.lock().unwrap().clone()).unwrap(), "1.0\n");
}
