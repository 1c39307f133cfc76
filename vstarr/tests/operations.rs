//! Operations that name module entities (objects, fields, methods, globals, memory, arrays,
//! strings, indirect calls) translate and run: the `corpus/stack` files with a module section
//! are translated in their module and their `main` runs on the VM. The expected values follow
//! from the opcode table's semantics (written next to each case).

use rootir::Module;
use rootvm::{Config, Value, Vm};

/// The module of a `.stk` file of `corpus/stack`, every stack function translated and exported.
fn module(file: &str) -> Module {
    let path = format!("{}/../corpus/stack/{file}", env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(&path).expect("read");
    let parsed = vstarr::text::parse_file(&src).unwrap_or_else(|e| panic!("{file}: {e}"));
    let mut m = parsed.module.clone();
    for (i, f) in parsed.funcs.iter().enumerate() {
        let at = parsed.first + i;
        m.functions[at] = vstarr::translate_in(f, &parsed.module).unwrap_or_else(|e| panic!("{file}: {e}"));
        m.exports.push(rootir::Export { name: f.name.clone(), func: rootir::FuncId::new(at) });
    }
    m
}

fn vm(file: &str) -> Vm {
    load(module(file))
}

fn load(m: Module) -> Vm {
    let mut vm = Vm::new(Config::default());
    vm.define("std", "print_i64", |_: i64| ());
    vm.load(vec![m]).unwrap_or_else(|e| panic!("{e:?}"));
    vm
}

/// `module(file)` with every stack function taken register → stack → register: the handler
/// tables survive (checked here) and the result runs the same (checked by the callers).
fn round_trip(file: &str) -> Module {
    let mut m = module(file);
    let env = m.clone();
    let mut with_handlers = 0;
    for f in &mut m.functions {
        let stack = vstarr::to_stack(&env, f).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(stack.handlers.is_empty(), f.blocks.iter().all(|b| b.handler.is_none()), "{}", f.name);
        with_handlers += usize::from(!stack.handlers.is_empty());
        *f = vstarr::translate_in(&stack, &env).unwrap_or_else(|e| panic!("{e}"));
    }
    assert!(with_handlers > 0 || !file.starts_with("exc"));
    m
}

#[test]
fn objects_fields_casts_and_null_locals_run() {
    let mut vm = vm("objects.stk");
    // make(5) sets x = 5 and tag = 3; sum adds them.
    assert_eq!(vm.call("t", "main", &[Value::I64(5)]).expect("runs"), [Value::I64(8)]);
    // A ref local starts null.
    assert_eq!(vm.call("t", "null_local", &[]).expect("runs"), [Value::I32(1)]);
}

#[test]
fn methods_imports_and_indirect_calls_run() {
    let mut vm = vm("calls_methods.stk");
    // Side 3: area 9 by call.virtual plus 9 by call.interface, printed, then doubled through
    // func.addr and call_indirect.
    assert_eq!(vm.call("t", "main", &[Value::I64(3)]).expect("runs"), [Value::I64(36)]);
}

#[test]
fn memory_globals_and_select_run() {
    let mut vm = vm("memory_globals.stk");
    // store_load(100, -5) = -5; bump(7) twice: 7 + 65536, then 14 + 65536 (memory.size).
    assert_eq!(vm.call("t", "main", &[Value::I64(7)]).expect("runs"), [Value::I64(-5 + 65_543 + 65_550)]);
    assert_eq!(
        vm.call("t", "pick", &[Value::I32(0), Value::F64(1.5), Value::F64(2.5)]).expect("runs"),
        [Value::F64(2.5)]
    );
    assert_eq!(
        vm.call("t", "pick", &[Value::I32(1), Value::F64(1.5), Value::F64(2.5)]).expect("runs"),
        [Value::F64(1.5)]
    );
    // An unused load still traps out of bounds.
    let trap = vm.call("t", "store_load", &[Value::I64(65_530), Value::I32(1)]).expect_err("traps");
    assert!(format!("{trap:?}").contains("Bounds"), "{trap:?}");
}

#[test]
fn arrays_strings_and_unreachable_run() {
    let mut vm = vm("arrays_strings.stk");
    // arrays(3) = 42 + 3; strings = 5 units + 'é' (233); never(0) is null (1).
    assert_eq!(vm.call("t", "main", &[Value::I32(3)]).expect("runs"), [Value::I32(45 + 238 + 1)]);
    let trap = vm.call("t", "arrays", &[Value::I32(0)]).expect_err("index 0 of an empty array");
    assert!(format!("{trap:?}").contains("Bounds"), "{trap:?}");
    let trap = vm.call("t", "never", &[Value::I32(1)]).expect_err("unreachable");
    assert!(format!("{trap:?}").contains("Unreachable"), "{trap:?}");
}

#[test]
fn exception_handlers_run() {
    exception_cases(vm("exceptions.stk"));
    exception_cases(load(round_trip("exceptions.stk")));
}

fn exception_cases(mut vm: Vm) {
    let call = |vm: &mut Vm, f: &str, args: &[i32]| {
        let args: Vec<Value> = args.iter().map(|&a| Value::I32(a)).collect();
        vm.call("t", f, &args)
    };
    // A caught division by zero: -1 - trap code 1.
    assert_eq!(call(&mut vm, "safe_div", &[7, 2]).expect("runs"), [Value::I32(3)]);
    assert_eq!(call(&mut vm, "safe_div", &[7, 0]).expect("runs"), [Value::I32(-2)]);
    // The handler sees the value stored last before the raising instruction.
    assert_eq!(call(&mut vm, "progress", &[0]).expect("runs"), [Value::I32(10)]);
    assert_eq!(call(&mut vm, "progress", &[1]).expect("runs"), [Value::I32(20)]);
    assert_eq!(call(&mut vm, "progress", &[5]).expect("runs"), [Value::I32(30)]);
    // Nested: the inner handler takes Oops (code 7) and rethrows the trap object to the
    // outer one (100 + code 1).
    assert_eq!(call(&mut vm, "classify", &[1]).expect("runs"), [Value::I32(7)]);
    assert_eq!(call(&mut vm, "classify", &[0]).expect("runs"), [Value::I32(101)]);
    // Finally on both paths; the exceptional one rethrows: the run ends with the original trap.
    assert_eq!(call(&mut vm, "with_finally", &[2]).expect("runs"), [Value::I32(5)]);
    let trap = call(&mut vm, "with_finally", &[0]).expect_err("rethrown");
    assert!(trap.message.contains("divide by zero"), "{trap:?}");
    assert_eq!(call(&mut vm, "runs", &[]).expect("runs"), [Value::I32(2)]);
    // A loop whose body has a handler: -50 - 100 + 1000 (i = 2 traps) + 100 + 50.
    assert_eq!(call(&mut vm, "loop", &[5]).expect("runs"), [Value::I32(1000)]);
    // Handler code also reached normally (with null: code 0) and by a caught trap (code 1).
    assert_eq!(call(&mut vm, "shared", &[0]).expect("runs"), [Value::I32(0)]);
    assert_eq!(call(&mut vm, "shared", &[1]).expect("runs"), [Value::I32(1)]);
}
