//! The heap through the VM: deep structures, reclaimed memory, string constants at load and the
//! host's view of strings.

use rootir::{FuncType, Type};
use rootvm::{Config, Trap, Value, Vm};

fn load(text: &str, config: Config) -> Vm {
    let modules = rootir::text::parse(text, "t.rir").expect("parses");
    let mut vm = Vm::new(config);
    vm.load(modules).expect("loads");
    vm
}

/// `@deep(n)` builds an n-deep list of `[next]` ref arrays, allocates 200,000 garbage arrays,
/// then returns the list's length by walking it.
const DEEP: &str = "module d
export @deep

func @deep(r0: i32) -> i32 {
  regs r1: i32, r2: i32, r3: ref, r4: ref, r5: i32, r6: i32
b0:
  r1 = i32.const 0
  r2 = i32.const 1
  r3 = ref.null
  r5 = i32.const 0
  br b1
b1:
  r4 = array.new_ref r2
  array.set_ref r4, r1, r3
  r3 = mov r4
  r5 = i32.add r5, r2
  r6 = i32.lt_s r5, r0
  br_if r6, b1, b2
b2:
  r5 = i32.const 0
  r0 = i32.const 200000
  br b3
b3:
  r4 = array.new_i64 r2
  r5 = i32.add r5, r2
  r6 = i32.lt_s r5, r0
  br_if r6, b3, b4
b4:
  r5 = i32.const 0
  br b5
b5:
  r3 = array.get_ref r3, r1
  r5 = i32.add r5, r2
  r6 = ref.is_null r3
  br_if r6, b6, b5
b6:
  ret r5
}
";

#[test]
fn a_100000_deep_list_survives_collections_and_memory_is_reclaimed() {
    if std::env::var_os("ROOTVM_GC_STRESS").is_some() {
        return; // quadratic under stress: the corpus has a 10,000-deep list for that mode
    }
    // 100,000 nodes of 48 bytes live (4.8 MB) in an 8 MB heap, plus 200,000 garbage arrays.
    let mut vm = load(DEEP, Config { max_heap_bytes: 8 << 20, ..Config::default() });
    assert_eq!(vm.call("d", "deep", &[Value::I32(100_000)]).unwrap(), vec![Value::I32(100_000)]);
    assert!(vm.gc_stats().collections > 0, "the garbage loop collects");
    assert!(vm.heap_bytes() <= 8 << 20);
    // Ten more runs allocate 10 x (4.8 MB + 9.6 MB) in all; the list of each dies when it returns.
    for _ in 0..10 {
        assert_eq!(vm.call("d", "deep", &[Value::I32(100_000)]).unwrap(), vec![Value::I32(100_000)]);
    }
    assert!(vm.heap_bytes() <= 8 << 20);
}

#[test]
fn host_functions_read_strings_through_the_context() {
    let text = "module s
import @len = env.utf8_len(ref) -> i64
const c0 = \"h\u{e9}\u{1f600}\"
export @main

func @main() -> i64 {
  regs r0: ref, r1: i64
b0:
  r0 = str.const c0
  r1 = call @len(r0)
  ret r1
}
";
    let modules = rootir::text::parse(text, "t.rir").expect("parses");
    let mut vm = Vm::new(Config::default());
    vm.define_with_ctx("env", "utf8_len", FuncType::new([Type::Ref], [Type::I64]), |cx, args, out| {
        out[0] = cx.string(args[0])?.len() as u64;
        Ok(())
    });
    vm.load(modules).expect("loads");
    assert_eq!(vm.call("s", "main", &[]).unwrap(), vec![Value::I64(1 + 2 + 4)]);
}

#[test]
fn host_string_access_checks_the_reference() {
    let text = "module s
import @len = env.utf8_len(ref) -> i64
export @main

func @main() -> i64 {
  regs r0: ref, r1: i64
b0:
  r0 = ref.null
  r1 = call @len(r0)
  ret r1
}
";
    let modules = rootir::text::parse(text, "t.rir").expect("parses");
    let mut vm = Vm::new(Config::default());
    vm.define_with_ctx("env", "utf8_len", FuncType::new([Type::Ref], [Type::I64]), |cx, args, out| {
        out[0] = cx.string(args[0])?.len() as u64;
        Ok(())
    });
    vm.load(modules).expect("loads");
    let trap: Trap = vm.call("s", "main", &[]).unwrap_err();
    assert!(trap.message.contains("null reference"), "{}", trap.message);
}

#[test]
fn string_constants_beyond_the_heap_limit_fail_the_load() {
    let big = "x".repeat(10_000);
    let text = format!("module s\nconst c0 = \"{big}\"\n");
    let modules = rootir::text::parse(&text, "t.rir").expect("parses");
    let mut vm = Vm::new(Config { max_heap_bytes: 1000, ..Config::default() });
    let err = vm.load(modules).unwrap_err().to_string();
    assert!(err.contains("do not fit in the heap limit"), "{err}");
    assert_eq!(vm.module_names().count(), 0, "nothing is loaded");
}
