//! The native form: register views, flags that nobody reads, memory, branches.

use rootir::{Opcode, Type};
use rootvm::Value;
use vstarr::native::{self, Flag, Loc, NativeFunction, NativeInst::*};
use vstarr::stack::Imm;

const RAX: Loc = Loc::reg64(0);
const RCX: Loc = Loc::reg64(1);

fn func(params: Vec<Loc>, results: Vec<Loc>, code: Vec<vstarr::native::NativeInst>) -> NativeFunction {
    NativeFunction { name: "f".into(), params, results, temps: vec![Type::I64], code, unit: None }
}

/// Runs `f` in a module with a 64 KiB memory.
fn run(f: &NativeFunction, args: &[Value]) -> Result<Vec<Value>, String> {
    let translated = native::translate(f).map_err(|e| e.to_string())?;
    let mut m = rootir::Module::new("m");
    m.memory = Some(rootir::Memory { initial: 65536, max: 65536 });
    m.functions.push(translated);
    m.exports.push(rootir::Export { name: "f".into(), func: rootir::FuncId(0) });
    let mut vm = rootvm::Vm::new(rootvm::Config::default());
    vm.load(vec![m]).map_err(|e| e.to_string())?;
    vm.call("m", "f", args).map_err(|t| t.to_string())
}

#[test]
fn a_32_bit_write_zero_extends_and_narrow_writes_merge() {
    // rax = param; eax = 5 → 5; then al = 0x7f, ah = 0x12 merge.
    let zero_ext = func(vec![RAX], vec![RAX], vec![Push(Imm::i32(5)), Write(Loc::reg(0, 32)), Return]);
    assert_eq!(run(&zero_ext, &[Value::I64(-1)]).unwrap(), [Value::I64(5)]);
    let merge = func(
        vec![RAX],
        vec![RAX],
        vec![
            Push(Imm::i32(0x7f)),
            Write(Loc::reg(0, 8)),
            Push(Imm::i32(0x12)),
            Write(Loc::Gpr { reg: 0, lo: 8, width: 8 }),
            Push(Imm::i32(0xbeef)),
            Write(Loc::reg(0, 16)),
            Read(Loc::Gpr { reg: 0, lo: 8, width: 8 }),
            Write(Loc::reg(0, 8)),
            Return,
        ],
    );
    // 0x1122334455667788 → ax = 0xbeef → al = ah = 0xbe.
    assert_eq!(run(&merge, &[Value::I64(0x1122334455667788)]).unwrap(), [Value::I64(0x112233445566bebe)]);
}

#[test]
fn narrow_reads_are_zero_extended() {
    let f = func(vec![RAX], vec![RCX], vec![Read(Loc::reg(0, 16)), Op(Opcode::I64ExtendI32U), Write(RCX), Return]);
    assert_eq!(run(&f, &[Value::I64(-2)]).unwrap(), [Value::I64(0xfffe)]);
}

#[test]
fn flags_nobody_reads_are_removed() {
    // rax = rax + rcx, computing all flags; only the sum is returned.
    let mut code = vec![Read(RAX), Read(RCX), Op(Opcode::I64Add), Write(RAX)];
    for f in Flag::ALL {
        code.extend([Read(RAX), Op(Opcode::I64Eqz), Write(Loc::Flag(f))]);
    }
    code.push(Return);
    let f = func(vec![RAX, RCX], vec![RAX], code);
    let translated = native::translate(&f).unwrap();
    assert_eq!(translated.inst_count(), 2, "{translated:?}"); // add, ret
    assert_eq!(run(&f, &[Value::I64(40), Value::I64(2)]).unwrap(), [Value::I64(42)]);
}

#[test]
fn a_flag_read_by_a_branch_survives() {
    // if rax == 0 { rcx = 1 } else { rcx = 2 }
    let f = func(
        vec![RAX],
        vec![RCX],
        vec![
            Read(RAX),
            Op(Opcode::I64Eqz),
            Write(Loc::Flag(Flag::Zf)),
            Read(Loc::Flag(Flag::Zf)),
            BranchIf(8),
            Push(Imm::i64(2)),
            Write(RCX),
            Return,
            Push(Imm::i64(1)),
            Write(RCX),
            Return,
        ],
    );
    assert_eq!(run(&f, &[Value::I64(0)]).unwrap(), [Value::I64(1)]);
    assert_eq!(run(&f, &[Value::I64(9)]).unwrap(), [Value::I64(2)]);
}

#[test]
fn memory_stores_and_loads_and_traps_out_of_bounds() {
    // [rax + 8] = rcx; rcx = [rax + 8] as a byte
    let f = func(
        vec![RAX, RCX],
        vec![RCX],
        vec![
            Read(RAX),
            Read(RCX),
            Mem { op: Opcode::I64Store, offset: 8 },
            Read(RAX),
            Mem { op: Opcode::I64Load8U, offset: 8 },
            Write(RCX),
            Return,
        ],
    );
    assert_eq!(run(&f, &[Value::I64(100), Value::I64(0x1234)]).unwrap(), [Value::I64(0x34)]);
    let err = run(&f, &[Value::I64(65536), Value::I64(1)]).unwrap_err();
    assert!(err.contains("out of bounds"), "{err}");
}

#[test]
fn trap_and_bad_locations_are_reported() {
    let f = func(vec![], vec![], vec![Trap]);
    assert!(run(&f, &[]).unwrap_err().contains("unreachable"));
    let bad = func(vec![], vec![], vec![Read(Loc::Gpr { reg: 16, lo: 0, width: 64 }), Return]);
    assert!(native::translate(&bad).unwrap_err().to_string().contains("bad register view"));
    let view_param = func(vec![Loc::reg(0, 32)], vec![], vec![Return]);
    assert!(native::lower(&view_param).is_err());
    let far = func(vec![], vec![], vec![Jump(7)]);
    assert!(native::translate(&far).unwrap_err().to_string().contains("past the end"));
    let not_mem = func(vec![], vec![], vec![Mem { op: Opcode::I64Add, offset: 0 }, Return]);
    assert!(native::translate(&not_mem).is_err());
}
