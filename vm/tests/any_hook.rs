//! The any hook as a host function: a module's `anyhook` may name an import, which the VM calls
//! directly (no guest frame) when an `any` operation leaves its fast path.

use rootir::{FuncType, Type};
use rootvm::{Config, Value, Vm};
use std::sync::{Arc, Mutex};

const MODULE: &str = "module m
import @rt = rt.any_op(i32, any, any) -> any
export @mixed
export @fast
anyhook @rt

; 2 + 0.5: an int and a float, which the core leaves to the hook.
func @mixed() -> f64 {
  regs r0: any, r1: any, r2: i64, r3: f64
b0:
  r2 = i64.const 2
  r0 = any.from_i64 r2
  r3 = f64.const 0.5
  r1 = any.from_f64 r3
  r0 = any.add r0, r1
  r3 = any.to_f64 r0
  ret r3
}

; 2 + 3 on the fast path: the hook is not called.
func @fast() -> i64 {
  regs r0: any, r1: any, r2: i64
b0:
  r2 = i64.const 2
  r0 = any.from_i64 r2
  r2 = i64.const 3
  r1 = any.from_i64 r2
  r0 = any.add r0, r1
  r2 = any.to_i64 r0
  ret r2
}
";

#[test]
fn an_imported_hook_promotes_mixed_operands() {
    let calls = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&calls);
    let mut vm = Vm::new(Config::default());
    let sig = FuncType::new([Type::I32, Type::Any, Type::Any], [Type::Any]);
    vm.define_with_ctx("rt", "any_op", sig, move |_, args, out| {
        seen.lock().unwrap().push(args[0] as u32 as i32);
        // Python's rule for int + float: promote the int (here the runtime's own decoding).
        let a = vmalloc::Any::from_bits(args[1]);
        let b = vmalloc::Any::from_bits(args[2]);
        let x = a.as_int().map(|i| i as f64).or(a.as_f64()).unwrap_or(f64::NAN);
        let y = b.as_int().map(|i| i as f64).or(b.as_f64()).unwrap_or(f64::NAN);
        out[0] = vmalloc::Any::from_f64(x + y).bits();
        Ok(())
    });
    vm.load(rootir::text::parse(MODULE, "m.rir").expect("parses")).expect("loads");
    assert_eq!(vm.call("m", "mixed", &[]).unwrap(), [Value::F64(2.5)]);
    assert_eq!(vm.call("m", "fast", &[]).unwrap(), [Value::I64(5)]);
    assert_eq!(*calls.lock().unwrap(), [0], "one call, for the add of the mixed operands");
}
