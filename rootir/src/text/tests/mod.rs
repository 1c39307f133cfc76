//! Tests of the text form: printing, parsing, round trips, errors and a no-panic fuzz loop.

mod errors;
mod every_op;
mod fuzz;
mod parse;
mod print;
mod roundtrip;

/// A canonical text with every kind of module item, forward references and source positions.
pub(super) const SAMPLE: &str = r#"module fib
file f0 "fib.c"
file f1 "Main.main([Ljava/lang/String;)V"
import @print = std.print_i64(i64)
import @"java/lang/Object.<init>" = "java.lang".Object(ref) -> (i32, f64)
memory 65536 max 1048576
data 16 = "hi\x00\xff\\\""
global mut $calls: i64 = 0
global $pi: f64 = 3.141592653589793
global $"odd name": f32 = nan:0x7fa00001
global $r: ref = null
global mut $a: any = none
const c0 = "fib\n\u{7}\"é"
const c1 = bytes "\x00\xffabc"
export @main
export @fib as fibonacci

func @fib(r0: i32) -> i32 {
  regs r1: i32, r2: i32, r3: i32, r4: i32, r5: i32, r6: i32, r7: i32
b0:
  r1 = i32.const 2
  r2 = i32.lt_s r0, r1 at f0:3:7
  br_if r2, b1, b2
b1:
  ret r0
b2:
  r3 = i32.const -1
  r4 = i32.add r0, r3 at f1+0x1c
  r5 = call @fib(r4) at 0x401000
  r6 = i32.add r4, r3
  r7 = call @fib(r6)
  r7 = i32.add r5, r7
  ret r7
}

func @main() {
  regs r0: i32, r1: i32, r2: i64, r3: i64
b0:
  r0 = i32.const 20
  r1 = call @fib(r0)
  r2 = i64.extend_i32_s r1
  r3 = global.get $calls
  global.set $calls, r2
  call @print(r2)
  ret
}
"#;

/// Parses text that must be valid.
pub(super) fn parse_ok(src: &str) -> Vec<crate::Module> {
    match super::parse(src, "test.rir") {
        Ok(modules) => modules,
        Err(e) => panic!("unexpected parse error:\n{e}"),
    }
}
