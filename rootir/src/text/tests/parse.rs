//! What the parser builds from valid text.

use super::{SAMPLE, parse_ok};
use crate::text::number::{Width, parse_float};
use crate::{Callee, Constant, FuncId, GlobalId, ImportId, InstData, Reg, SrcLoc, Type};

#[test]
fn sample_resolves_names_and_forward_references() {
    let m = &parse_ok(SAMPLE)[0];
    assert_eq!(m.name, "fib");
    assert_eq!(m.files, ["fib.c", "Main.main([Ljava/lang/String;)V"]);
    assert_eq!(m.imports[1].local_name, "java/lang/Object.<init>");
    assert_eq!(m.imports[1].module, "java.lang");
    assert_eq!(m.exports[0].func, FuncId(1));
    assert_eq!(m.exports[1].name, "fibonacci");
    assert_eq!(m.exports[1].func, FuncId(0));
    assert_eq!(m.constants[0], Constant::Str("fib\n\u{7}\"é".into()));
    assert_eq!(m.constants[1], Constant::Bytes(vec![0, 0xff, b'a', b'b', b'c']));
    assert_eq!(m.data[0].bytes, b"hi\x00\xff\\\"");
    assert_eq!(m.globals[2].init, 0x7fa0_0001);
    let main = &m.functions[1];
    assert_eq!(main.regs, [Type::I32, Type::I32, Type::I64, Type::I64]);
    let insts = &main.blocks[0].insts;
    assert_eq!(
        insts[1].data,
        InstData::Call { results: vec![Reg(1)], callee: Callee::Func(FuncId(0)), args: vec![Reg(0)] }
    );
    assert_eq!(insts[3].data, InstData::GlobalGet { dst: Reg(3), global: GlobalId(0) });
    assert_eq!(
        insts[5].data,
        InstData::Call { results: vec![], callee: Callee::Import(ImportId(0)), args: vec![Reg(2)] }
    );
    let fib = &m.functions[0];
    assert_eq!(fib.blocks[0].insts[1].loc, SrcLoc::Line { file: crate::FileId(0), line: 3, col: 7 });
    assert_eq!(fib.blocks[2].insts[1].loc, SrcLoc::Offset { file: crate::FileId(1), offset: 0x1c });
    assert_eq!(fib.blocks[2].insts[2].loc, SrcLoc::Addr(0x40_1000));
}

#[test]
fn items_may_come_in_any_order() {
    let src = "module m
func @main() { b0: r0 = global.get $g call @later() ret }
export @main
global $g: i32 = 0x7fffffff
func @later() { b0: ret }
file f0 \"x\"";
    let src = src.replace("func @main() {", "func @main() { regs r0: i32");
    let m = &parse_ok(&src)[0];
    assert_eq!(m.exports[0].func, FuncId(0));
    assert_eq!(m.globals[0].init, 0x7fff_ffff);
    let call = &m.functions[0].blocks[0].insts[1].data;
    assert_eq!(call, &InstData::Call { results: vec![], callee: Callee::Func(FuncId(1)), args: vec![] });
}

#[test]
fn integers_accept_hex_bits_and_signed_decimal() {
    let src = "module m func @f() { regs r0: i32, r1: i32, r2: i64, r3: i64 b0:
  r0 = i32.const 0xffffffff r1 = i32.const -2147483648 r2 = i64.const 0x8000000000000000
  r3 = i64.const -9223372036854775808 ret }";
    let m = &parse_ok(src)[0];
    let bits: Vec<u64> = m.functions[0].blocks[0].insts[..4]
        .iter()
        .map(|i| match i.data {
            InstData::Const { bits, .. } => bits,
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(bits, [0xffff_ffff, 0x8000_0000, 1 << 63, 1 << 63]);
}

#[test]
fn f32_literals_are_parsed_as_f32_not_via_f64() {
    // Rounding this decimal to f64 first lands exactly between two f32s (double rounding).
    let text = "1.00000017881393432617187499";
    let direct = text.parse::<f32>().unwrap().to_bits() as u64;
    let via_f64 = (text.parse::<f64>().unwrap() as f32).to_bits() as u64;
    assert_ne!(direct, via_f64);
    assert_eq!(parse_float(text, Width::F32), Ok(direct));
}

#[test]
fn float_literal_forms() {
    let f64_of = |s: &str| parse_float(s, Width::F64).map(f64::from_bits);
    assert_eq!(f64_of("1"), Ok(1.0));
    assert_eq!(f64_of("-0.0").map(f64::to_bits), Ok((-0.0f64).to_bits()));
    assert_eq!(f64_of("2.5e-8"), Ok(2.5e-8));
    assert_eq!(f64_of("1E+3"), Ok(1000.0));
    assert_eq!(f64_of("-inf"), Ok(f64::NEG_INFINITY));
    assert_eq!(parse_float("-nan", Width::F64), Ok(0xfff8_0000_0000_0000));
    assert_eq!(parse_float("nan", Width::F32), Ok(0x7fc0_0000));
    for bad in ["1.", ".5", "1e", "0x10", "infinity", "NaN", "+1", "1.5.5", "1e400"] {
        assert!(parse_float(bad, Width::F64).is_err(), "{bad}");
    }
    assert!(parse_float("1e39", Width::F32).is_err());
}

#[test]
fn ret_stops_before_the_results_of_a_following_instruction() {
    let src = "module m func @g() -> (i32, i32) { b0: ret }
func @f() { regs r0: i32, r1: i32 b0: ret r0, r1 = call @g() ret r0 }";
    let f = &parse_ok(src)[0].functions[1];
    let insts = &f.blocks[0].insts;
    assert_eq!(insts.len(), 3);
    assert_eq!(insts[0].data, InstData::Return { values: vec![] });
    assert_eq!(insts[2].data, InstData::Return { values: vec![Reg(0)] });
}

#[test]
fn optional_spellings() {
    let src = "module m data 0x10 = bytes \"\\u{e9}\" func @f() -> () { regs r0: i64, r1: i32 b0:
  r1 = i32.load [r0 + 0] r1 = i32.load [r0 + 0x10] ret }";
    let m = &parse_ok(src)[0];
    assert_eq!(m.data[0].offset, 16);
    assert_eq!(m.data[0].bytes, "é".as_bytes());
    assert!(m.functions[0].sig.results.is_empty());
    let insts = &m.functions[0].blocks[0].insts;
    assert!(matches!(insts[0].data, InstData::Load { offset: 0, .. }));
    assert!(matches!(insts[1].data, InstData::Load { offset: 16, .. }));
}
