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
    let mut vm = Vm::new(Config::default());
    vm.define("std", "print_i64", |_: i64| ());
    vm.load(vec![module(file)]).unwrap_or_else(|e| panic!("{file}: {e:?}"));
    vm
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
