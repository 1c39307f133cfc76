//! The printer's canonical layout and literals.

use super::every_op::every_op_module;
use super::parse_ok;
use crate::text::number::{format_f32, format_f64};
use crate::text::{print, print_function, print_module};
use crate::{Callee, FuncId, FuncType, FunctionBuilder, Module, SrcLoc, Type};

#[test]
fn prints_a_built_function() {
    let mut m = Module::new("demo");
    m.files.push("demo.c".into());
    let mut b = FunctionBuilder::new("add1", FuncType::new([Type::I32], [Type::I32]));
    b.set_loc(SrcLoc::Line { file: crate::FileId(0), line: 4, col: 0 });
    let one = b.i32_const(1);
    let sum = b.i32_add(b.param(0), one);
    b.set_loc(SrcLoc::None);
    let r = b.call(Callee::Func(FuncId(0)), &[sum], &[Type::I32]);
    b.ret(&r);
    m.functions.push(b.finish());
    let expected = "\
func @add1(r0: i32) -> i32 {
  regs r1: i32, r2: i32, r3: i32
b0:
  r1 = i32.const 1 at f0:4:0
  r2 = i32.add r0, r1 at f0:4:0
  r3 = call @add1(r2)
  ret r3
}
";
    assert_eq!(print_function(&m, &m.functions[0]), expected);
    assert_eq!(print_module(&m), format!("module demo\nfile f0 \"demo.c\"\n\n{expected}"));
}

#[test]
fn quotes_exactly_the_names_that_are_not_identifiers() {
    let text = print(&[every_op_module()]);
    assert!(text.starts_with("module \"every op\"\n"));
    assert!(text.contains("import @print = std.print_i64(i64)\n"));
    assert!(text.contains(
        "import @\"java/lang/Object.<init>\" = \"java.lang\".\"weird \\\"name\\\"\\n\"(ref) -> (i32, f64)\n"
    ));
    assert!(text.contains("global $\"a any\": any = none\n"));
    assert!(text.contains("export @\"two results\" as \"another name!\"\n"));
    assert!(text.contains("func @_0() {\n}\n"));
    assert!(text.contains("export @ops\n"));
}

#[test]
fn prints_strings_bytes_and_memory() {
    let text = print(&[every_op_module()]);
    assert!(text.contains("file f2 \"tab\\there \\\"q\\\" \\u{1}\"\n"), "{text}");
    assert!(text.contains("const c0 = \"hello\\n\\t\\r\\\\\\\"é€😀\\u{0}\\u{7f}\"\n"));
    assert!(text.contains("const c1 = \"\"\n"));
    assert!(text.contains("const c2 = bytes \"\\xff\\xfe"));
    assert!(text.contains("data 16 = \"\\x00\\x01"));
    assert!(text.contains(" !\\\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\]^_`abc"));
    assert!(text.contains("memory 65536 max 18446744073709551615\n"));
    assert!(text.contains("data 0 = \"\"\n"));
}

#[test]
fn prints_instruction_formats() {
    let text = print(&[every_op_module()]);
    for line in [
        " = i32.const -1",
        " = i64.const -9223372036854775808",
        " = f64.load [r1 + 4294967295]",
        "  f64.store [r1 + 8], r3",
        "  br_table r0, [], b",
        " = call @\"two results\"(r0, r3)",
        "  call @print(r1)",
        " = call_indirect (i32, f64) -> (i32, f64) r",
        "  call_indirect () r",
        " = call_indirect () -> any r",
        "  global.set $l, r1",
        " = global.get $\"a any\"",
        " = func.addr @_0",
        " = memory.size",
        "  unreachable",
        "  ret\n  r8, r9 = call",
        " at f0:12:3\n",
        " at f1:4294967295:0\n",
        " at f1+0x1c\n",
        " at 0x401000\n",
        " at 0xffffffffffffffff\n",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
}

#[test]
fn floats_print_shortest_and_nans_by_bits() {
    assert_eq!(format_f64(1.5f64.to_bits()), "1.5");
    assert_eq!(format_f64((-0.0f64).to_bits()), "-0.0");
    assert_eq!(format_f64(1e100f64.to_bits()), "1e100");
    assert_eq!(format_f64(0.1f64.to_bits()), "0.1");
    assert_eq!(format_f64(f64::INFINITY.to_bits()), "inf");
    assert_eq!(format_f64(f64::NEG_INFINITY.to_bits()), "-inf");
    assert_eq!(format_f64(0x7ff8_0000_0000_0000), "nan");
    assert_eq!(format_f64(0xfff8_0000_0000_0000), "-nan");
    assert_eq!(format_f64(0x7ff4_0000_0000_0001), "nan:0x7ff4000000000001");
    assert_eq!(format_f64(0xfff0_0000_0000_0001), "nan:0xfff0000000000001");
    assert_eq!(format_f32(0.1f32.to_bits() as u64), "0.1");
    assert_eq!(format_f32(16777216f32.to_bits() as u64), "16777216.0");
    assert_eq!(format_f32(0x7fc0_0000), "nan");
    assert_eq!(format_f32(0xffc0_0000), "-nan");
    assert_eq!(format_f32(0x7fa0_0001), "nan:0x7fa00001");
}

#[test]
fn empty_list_prints_nothing_and_print_reparses() {
    assert_eq!(print(&[]), "");
    assert!(parse_ok("").is_empty());
    assert!(parse_ok("  ; only a comment\n").is_empty());
}
