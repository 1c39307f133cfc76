//! Exceptions through the embedding API: handlers built with the builder, uncaught exceptions as
//! `TrapKind::UncaughtException`, and a VM that keeps working after exceptions unwound its frames.

use rootir::{Block, Export, FuncId, FuncType, FunctionBuilder, Module, Type};
use rootvm::{Config, TrapKind, Value, Vm};
use std::time::{Duration, Instant};

/// `@guard(x) -> i32`: 100 / x, or -code when the division traps (the handler's trap object).
fn guard_module() -> Module {
    let mut b = FunctionBuilder::new("guard", FuncType::new([Type::I32], [Type::I32]));
    let handler = b.new_block();
    b.set_handler(Block(0), Some(handler));
    let hundred = b.i32_const(100);
    let q = b.i32_div_s(hundred, b.param(0));
    b.ret(&[q]);
    b.switch_to(handler);
    let caught = b.catch();
    let code = b.exc_trap_code(caught);
    let zero = b.i32_const(0);
    let neg = b.i32_sub(zero, code);
    b.ret(&[neg]);
    let mut thrower = FunctionBuilder::new("throw_string", FuncType::new([], []));
    let s = thrower.str_const(0);
    thrower.throw(s);
    let mut m = Module::new("m");
    m.constants.push(rootir::Constant::Str("boom".into()));
    m.functions.push(b.finish());
    m.functions.push(thrower.finish());
    m.exports.push(Export { name: "guard".into(), func: FuncId(0) });
    m.exports.push(Export { name: "throw_string".into(), func: FuncId(1) });
    m
}

#[test]
fn a_builder_made_handler_catches_a_trap_and_the_vm_keeps_working() {
    let mut vm = Vm::new(Config::default());
    vm.load(vec![guard_module()]).unwrap();
    assert_eq!(vm.call("m", "guard", &[Value::I32(0)]).unwrap(), vec![Value::I32(-1)]);
    assert_eq!(vm.call("m", "guard", &[Value::I32(7)]).unwrap(), vec![Value::I32(14)]);
    for _ in 0..1000 {
        assert_eq!(vm.call("m", "guard", &[Value::I32(0)]).unwrap(), vec![Value::I32(-1)]);
    }
}

#[test]
fn an_uncaught_throw_is_its_own_trap_kind_with_a_trace() {
    let mut vm = Vm::new(Config::default());
    vm.load(vec![guard_module()]).unwrap();
    let trap = vm.call("m", "throw_string", &[]).unwrap_err();
    assert_eq!(trap.kind, TrapKind::UncaughtException);
    assert_eq!(trap.to_string(), "trap: uncaught exception\n  at m.throw_string (b0[1])");
    assert_eq!(vm.call("m", "guard", &[Value::I32(4)]).unwrap(), vec![Value::I32(25)]);
}

#[test]
fn a_handler_that_throws_to_itself_forever_is_interrupted() {
    let text = "module m
export @spin
class E {
}
func @spin() {
  regs r0: ref, r1: ref
b0 handler b1:
  r0 = obj.new E
  throw r0
b1 handler b1:
  r1 = catch
  throw r1
}
";
    let mut vm = Vm::new(Config::default());
    vm.load(rootir::text::parse(text, "m.rir").unwrap()).unwrap();
    let handle = vm.interrupt_handle();
    let start = Instant::now();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(30));
        handle.interrupt();
    });
    let trap = vm.call("m", "spin", &[]).unwrap_err();
    t.join().unwrap();
    assert_eq!(trap.kind, TrapKind::Interrupted);
    assert!(start.elapsed() < Duration::from_secs(5), "took {:?}", start.elapsed());
}
