//! The embedding side of interop: strings made and read by the host, marshalling adapters and
//! their refusals through `Vm::load`, and file-reading grants (docs/interop.md).

use rootir::{FuncType, Type};
use rootvm::marshal::{Allocator, plan};
use rootvm::stdlib::{StdConfig, grant_read};
use rootvm::{Arg, Config, LoadError, TrapKind, Value, Vm};
use std::sync::{Arc, Mutex};

fn parse(text: &str) -> Vec<rootir::Module> {
    rootir::text::parse(text, "test.rir").expect("parses")
}

const TYPED: &str = "module lib
const c0 = \"hello, \"
export @greet
export @neg

func @greet(r0: ref) -> ref {
  regs r1: ref
b0:
  r1 = str.const c0
  r0 = str.concat r1, r0
  ret r0
}

func @neg(r0: i32) -> i32 {
b0:
  r0 = i32.neg r0
  ret r0
}
";

const DYNAMIC: &str = "module py
import @greet = lib.greet(any) -> any
import @neg = lib.neg(any) -> any
export @greet_any
export @neg_any

func @greet_any(r0: any) -> any {
b0:
  r0 = call @greet(r0)
  ret r0
}

func @neg_any(r0: i64) -> i64 {
  regs r1: any
b0:
  r1 = any.from_i64 r0
  r1 = call @neg(r1)
  r0 = any.to_i64 r1
  ret r0
}
";

#[test]
fn host_strings_cross_a_marshalled_call_both_ways() {
    let mut vm = Vm::new(Config::default());
    vm.load(parse(&format!("{TYPED}\n{DYNAMIC}"))).expect("adapters link");
    let name = vm.new_string("wörld").expect("string");
    let out = vm.call_with_refs("py", "greet_any", &[Arg::Ref(name)]).expect("call");
    let [Arg::Ref(result)] = &out[..] else { panic!("one ref result: {out:?}") };
    assert_eq!(vm.string_of(result).expect("a string"), "hello, wörld");
    assert_eq!(vm.call("py", "neg_any", &[Value::I64(5)]).unwrap(), vec![Value::I64(-5)]);
    let trap = vm.call("py", "neg_any", &[Value::I64(1 << 40)]).unwrap_err();
    assert_eq!(trap.kind, TrapKind::Host);
    assert!(trap.message.contains("OverflowError") && trap.message.contains("lib.neg"), "{}", trap.message);
}

#[test]
fn string_of_refuses_a_handle_of_another_vm() {
    let mut vm = Vm::new(Config::default());
    vm.load(parse(TYPED)).unwrap();
    let s = vm.new_string("x").unwrap();
    assert_eq!(vm.string_of(&s).unwrap(), "x");
    let other = Vm::new(Config::default());
    assert!(other.string_of(&s).is_err(), "a handle of another VM");
}

#[test]
fn unbridgeable_differences_are_refused_at_load_naming_both_sides() {
    let bad = DYNAMIC
        .replace("lib.neg(any) -> any", "lib.neg(any, any) -> any")
        .replace("call @neg(r1)", "call @neg(r1, r1)");
    let mut vm = Vm::new(Config::default());
    let err = vm.load(parse(&format!("{TYPED}\n{bad}"))).unwrap_err();
    assert!(matches!(err, LoadError::Marshal { .. }), "{err:?}");
    let text = err.to_string();
    assert!(
        text.contains("module `py` imports `lib.neg` as (any, any) -> any") && text.contains("(i32) -> i32"),
        "{text}"
    );
    assert_eq!(vm.module_names().count(), 0, "nothing is loaded after a refusal");
}

#[test]
fn plan_states_each_rule() {
    let sig = |p: &[Type], r: &[Type]| FuncType::new(p.to_vec(), r.to_vec());
    let none = Allocator::default();
    let (i64_, any, f32_, r) = (Type::I64, Type::Any, Type::F32, Type::Ref);
    assert_eq!(plan(&sig(&[i64_], &[i64_]), &sig(&[i64_], &[i64_]), none), Ok(false));
    assert_eq!(plan(&sig(&[any], &[any]), &sig(&[i64_], &[i64_]), none), Ok(true));
    assert_eq!(plan(&sig(&[any], &[any]), &sig(&[any], &[]), none), Ok(true));
    assert!(plan(&sig(&[any], &[any]), &sig(&[f32_], &[f32_]), none).is_err());
    assert!(plan(&sig(&[r], &[i64_]), &sig(&[i64_, i64_], &[i64_]), none).unwrap_err().contains("malloc"));
    let alloc = Allocator { malloc: true, ..Allocator::default() };
    assert_eq!(plan(&sig(&[r], &[i64_]), &sig(&[i64_, i64_], &[i64_]), alloc), Ok(true));
}

#[test]
fn file_reading_exists_only_when_granted() {
    let reader = "module r\nimport @open = std.file_open(ref) -> i32\nexport @main\n\nfunc @main() -> i32 {\n  regs r0: i32\nb0:\n  r0 = i32.const 0\n  ret r0\n}\n";
    let sink = || -> rootvm::stdlib::SharedWriter { Arc::new(Mutex::new(std::io::sink())) };
    let std_config = || StdConfig { args: Vec::new(), stdout: sink(), stderr: sink() };
    let mut vm = Vm::new(Config::default());
    rootvm::stdlib::register(&mut vm, std_config());
    let err = vm.load(parse(reader)).unwrap_err().to_string();
    assert!(err.contains("imports `std.file_open`"), "{err}");
    let mut vm = Vm::new(Config::default());
    rootvm::stdlib::register(&mut vm, std_config());
    grant_read(&mut vm, &[std::env::temp_dir()]).expect("grant");
    vm.load(parse(reader)).expect("links with the grant");
    assert!(grant_read(&mut vm, &["/no/such/dir".into()]).is_err());
}
