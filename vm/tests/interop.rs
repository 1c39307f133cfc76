//! The embedding side of interop: strings made and read by the host, marshalling adapters and
//! their refusals through `Vm::load`, and file-reading and -writing grants (docs/interop.md).

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

/// A module whose `@create(path, append) -> fd` writes "hi" and closes (fd < 0: the error code).
const WRITER: &str = "module w
import @fcreate = std.file_create(ref, i32) -> i32
import @put = std.file_put_byte(i32, i32) -> i32
import @close = std.file_wclose(i32) -> i32
export @create

func @create(r0: ref, r1: i32) -> i32 {
  regs r2: i32, r3: i32, r4: i32
b0:
  r2 = call @fcreate(r0, r1)
  r3 = i32.const 0
  r4 = i32.lt_s r2, r3
  br_if r4, b2, b1
b1:
  r3 = i32.const 104
  r3 = call @put(r2, r3)
  r3 = i32.const 105
  r3 = call @put(r2, r3)
  r3 = call @close(r2)
  br b2
b2:
  ret r2
}
";

#[test]
fn file_writing_stays_inside_the_write_grant() {
    let dir = std::env::temp_dir().join(format!("rootvm-stdwrite-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("granted")).expect("scratch");
    let granted = rootvm::stdlib::canonical_dirs(&[dir.join("granted")], "--allow-write").expect("a directory");
    let sink = || -> rootvm::stdlib::SharedWriter { Arc::new(Mutex::new(std::io::sink())) };
    let new_vm = || {
        let mut vm = Vm::new(Config::default());
        rootvm::stdlib::register(&mut vm, StdConfig { args: Vec::new(), stdout: sink(), stderr: sink() });
        vm
    };
    let create = |vm: &mut Vm, path: &std::path::Path, append: i32| -> i32 {
        let s = vm.new_string(path.to_str().expect("utf-8")).expect("string");
        let out = vm.call_with_refs("w", "create", &[Arg::Ref(s), Arg::Value(Value::I32(append))]).expect("call");
        let [Arg::Value(Value::I32(fd))] = out[..] else { panic!("one i32: {out:?}") };
        fd
    };
    let mut vm = new_vm();
    vm.load(parse(WRITER)).expect("links without a grant");
    let file = dir.join("granted/a.txt");
    assert_eq!(create(&mut vm, &file, 0), -1, "no grant: denied");
    let mut vm = new_vm();
    rootvm::stdlib::grant_write(&mut vm, granted, Vec::new());
    vm.load(parse(WRITER)).expect("links");
    assert!(create(&mut vm, &file, 0) >= 0);
    assert!(create(&mut vm, &file, 1) >= 0);
    assert_eq!(std::fs::read_to_string(&file).expect("written"), "hihi");
    assert!(create(&mut vm, &file, 0) >= 0, "truncates");
    assert_eq!(std::fs::read_to_string(&file).expect("written"), "hi");
    assert_eq!(create(&mut vm, &dir.join("granted/../escape.txt"), 0), -1, "`..` out of the grant");
    assert_eq!(create(&mut vm, &dir.join("granted/no/such.txt"), 0), -2);
    assert_eq!(create(&mut vm, &dir.join("granted"), 0), -3);
    assert!(!dir.join("escape.txt").exists());
    std::fs::remove_dir_all(&dir).expect("remove the scratch directory");
}

/// `@write(off, len)` writes bytes [off, off + len) of the byte[] "hi\n" with one
/// `std.java_write_bytes` to stdout; `@ascii(off, len, at)` copies units [off, off + len) of
/// the char[] "a\u{e9}b" into a byte[3] of zeros from `at` with `std.java_ascii_bytes`, then
/// writes that byte[] and returns the count.
const BULK: &str = "module b
import @write_bytes = std.java_write_bytes(i32, ref, i32, i32)
import @ascii_bytes = std.java_ascii_bytes(ref, i32, i32, ref, i32) -> i32
export @write
export @ascii

func @hi() -> ref {
  regs r0: ref, r1: i32, r2: i32
b0:
  r1 = i32.const 3
  r0 = array.new_i8 r1
  r1 = i32.const 0
  r2 = i32.const 104
  array.set_i8 r0, r1, r2
  r1 = i32.const 1
  r2 = i32.const 105
  array.set_i8 r0, r1, r2
  r1 = i32.const 2
  r2 = i32.const 10
  array.set_i8 r0, r1, r2
  ret r0
}

func @write(r0: i32, r1: i32) -> i32 {
  regs r2: ref, r3: i32
b0:
  r2 = call @hi()
  r3 = i32.const 1
  call @write_bytes(r3, r2, r0, r1)
  ret r3
}

func @ascii(r0: i32, r1: i32, r2: i32) -> i32 {
  regs r3: ref, r4: ref, r5: i32, r6: i32
b0:
  r5 = i32.const 3
  r3 = array.new_u16 r5
  r4 = array.new_i8 r5
  r5 = i32.const 0
  r6 = i32.const 97
  array.set_u16 r3, r5, r6
  r5 = i32.const 1
  r6 = i32.const 233
  array.set_u16 r3, r5, r6
  r5 = i32.const 2
  r6 = i32.const 98
  array.set_u16 r3, r5, r6
  r6 = call @ascii_bytes(r3, r0, r1, r4, r2)
  r5 = i32.const 1
  r0 = i32.const 0
  r1 = i32.const 3
  call @write_bytes(r5, r4, r0, r1)
  ret r6
}
";

#[test]
fn bulk_byte_writes_and_ascii_copies_check_their_ranges() {
    let out: Arc<Mutex<Vec<u8>>> = Arc::new(Mutex::new(Vec::new()));
    let mut vm = Vm::new(Config::default());
    let stdout: rootvm::stdlib::SharedWriter = out.clone();
    let sink: rootvm::stdlib::SharedWriter = Arc::new(Mutex::new(std::io::sink()));
    rootvm::stdlib::register(&mut vm, StdConfig { args: Vec::new(), stdout, stderr: sink });
    vm.load(parse(BULK)).expect("links");
    let i = |v: i32| Value::I32(v);
    let take = || std::mem::take(&mut *out.lock().expect("output"));
    vm.call("b", "write", &[i(0), i(3)]).expect("the whole array");
    vm.call("b", "write", &[i(1), i(1)]).expect("one byte");
    vm.call("b", "write", &[i(3), i(0)]).expect("nothing, at the end");
    assert_eq!(take(), b"hi\ni");
    for (off, len) in [(2, 2), (4, 0), (-1, 1), (0, -1), (i32::MAX, 2)] {
        let err = vm.call("b", "write", &[i(off), i(len)]).unwrap_err().to_string();
        assert!(err.contains("bytes") || err.contains("byte[]"), "{off}, {len}: {err}");
    }
    assert_eq!(take(), b"");
    // Stops at the non-ASCII unit and where the byte[] ends.
    assert_eq!(vm.call("b", "ascii", &[i(0), i(3), i(0)]).expect("copies"), [i(1)]);
    assert_eq!(take(), b"a\0\0");
    assert_eq!(vm.call("b", "ascii", &[i(2), i(1), i(1)]).expect("copies"), [i(1)]);
    assert_eq!(take(), b"\0b\0");
    assert_eq!(vm.call("b", "ascii", &[i(1), i(2), i(0)]).expect("copies"), [i(0)]);
    assert_eq!(vm.call("b", "ascii", &[i(0), i(3), i(3)]).expect("no room"), [i(0)]);
    take();
    for (off, len, at) in [(0, 4, 0), (0, 1, 4), (-1, 1, 0), (i32::MAX, 2, 0)] {
        let err = vm.call("b", "ascii", &[i(off), i(len), i(at)]).unwrap_err().to_string();
        assert!(err.contains("ascii_bytes"), "{off}, {len}, {at}: {err}");
    }
}
