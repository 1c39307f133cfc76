//! A module built with [`FunctionBuilder`] that uses every opcode of the table, every
//! instruction format, every item kind and every source position kind.

use crate::{
    Callee, Class, ClassId, Constant, DataSegment, Export, Field, FieldRef, FuncId, FuncType, Function,
    FunctionBuilder, Global, GlobalId, Import, ImportId, InstData, Memory, Method, MethodRef, Module, Opcode, Reg,
    SrcLoc, Type,
};

const F32_BITS: &[u32] = &[0, 0x8000_0000, 0x3fc0_0000, 1, 0x0080_0000, 0x7f7f_ffff, 0x3dcc_cccd, 0x7f80_0000];
const F32_NANS: &[u32] = &[0xff80_0000, 0x7fc0_0000, 0xffc0_0000, 0x7fa0_0001, 0xffc0_0001];
const F64_BITS: &[u64] = &[
    0,
    0x8000_0000_0000_0000,
    0x3ff8_0000_0000_0000,
    1,
    0x7fef_ffff_ffff_ffff,
    0x3fd3_3333_3333_3334,
    0x54b2_49ad_2594_c37d,
    0xfff0_0000_0000_0000,
];
const F64_NANS: &[u64] = &[0x7ff8_0000_0000_0000, 0xfff8_0000_0000_0000, 0x7ff4_0000_0000_0001, 0xfff0_0000_0000_0001];
const INT_BITS: &[u64] = &[0, 1, u64::MAX, i64::MIN as u64, i64::MAX as u64, 0x8000_0000, 0x7fff_ffff, 0xffff_ffff];

/// Source positions of every kind, cycled through the instructions.
const LOCS: &[SrcLoc] = &[
    SrcLoc::None,
    SrcLoc::Line { file: crate::FileId(0), line: 12, col: 3 },
    SrcLoc::Line { file: crate::FileId(1), line: u32::MAX, col: 0 },
    SrcLoc::Offset { file: crate::FileId(1), offset: 0x1c },
    SrcLoc::Addr(0x40_1000),
    SrcLoc::Addr(u64::MAX),
];

/// The immediates used for a `*.const` of type `ty`.
fn immediates(ty: Type) -> Vec<u64> {
    match ty {
        Type::I32 => INT_BITS.iter().map(|&b| b & 0xffff_ffff).collect(),
        Type::F32 => F32_BITS.iter().chain(F32_NANS).map(|&b| b as u64).collect(),
        Type::F64 => F64_BITS.iter().chain(F64_NANS).copied().collect(),
        _ => INT_BITS.to_vec(),
    }
}

/// A register of type `ty` among the parameters of `ops` (i32, i64, f32, f64).
fn param_of(ty: Type) -> Reg {
    Reg(match ty {
        Type::I64 => 1,
        Type::F32 => 2,
        Type::F64 => 3,
        Type::Ref => 4,
        Type::Any => 5,
        _ => 0,
    })
}

/// Ends the current block with `data` and continues in a fresh block.
fn terminate(b: &mut FunctionBuilder, data: impl FnOnce(crate::Block) -> InstData) {
    let next = b.new_block();
    b.push(data(next));
    b.switch_to(next);
}

/// Appends one (or, for constants, several) uses of `op`.
fn emit(b: &mut FunctionBuilder, op: Opcode) {
    let typing = op.typing();
    let input = |i: usize| param_of(typing.map_or(Type::I32, |t| t.inputs[i]));
    let output = typing.and_then(|t| t.output).unwrap_or(Type::I32);
    match op.format() {
        crate::Format::Const => {
            for bits in immediates(output) {
                let dst = b.new_reg(output);
                b.push(InstData::Const { op, dst, bits });
            }
        }
        crate::Format::Unary => {
            let dst = b.new_reg(output);
            b.push(InstData::Unary { op, dst, arg: input(0) });
        }
        crate::Format::Binary => {
            let dst = b.new_reg(output);
            b.push(InstData::Binary { op, dst, lhs: input(0), rhs: input(1) });
        }
        crate::Format::Load => {
            let dst = b.new_reg(output);
            b.push(InstData::Load { op, dst, addr: input(0), offset: 0 });
            let dst = b.new_reg(output);
            b.push(InstData::Load { op, dst, addr: input(0), offset: u32::MAX });
        }
        crate::Format::Store => {
            b.push(InstData::Store { op, addr: input(0), offset: 8, src: input(1) });
            b.push(InstData::Store { op, addr: input(0), offset: 0, src: input(1) });
        }
        crate::Format::Nullary => {
            let dst = b.new_reg(output);
            b.push(InstData::Nullary { op, dst });
        }
        crate::Format::Ternary => b.push(InstData::Ternary { op, args: [input(0), input(1), input(2)] }),
        crate::Format::Quinary => {
            b.push(InstData::Quinary { op, args: [input(0), input(1), input(2), input(3), input(4)] })
        }
        crate::Format::StrConst => {
            let dst = b.new_reg(output);
            b.push(InstData::StrConst { op, dst, constant: 0 });
        }
        _ => emit_structural(b, op),
    }
}

fn emit_structural(b: &mut FunctionBuilder, op: Opcode) {
    let r0 = Reg(0);
    match op {
        Opcode::Mov => {
            let dst = b.new_reg(Type::I32);
            b.mov(dst, r0);
        }
        Opcode::Select => {
            b.select(Type::F64, r0, Reg(3), Reg(3));
        }
        Opcode::Br => terminate(b, |next| InstData::Jump { target: next }),
        Opcode::BrIf => terminate(b, |next| InstData::Branch { cond: r0, if_true: next, if_false: next }),
        Opcode::BrTable => {
            terminate(b, |next| InstData::Switch { index: r0, targets: vec![], default: next });
            terminate(b, |next| InstData::Switch { index: r0, targets: vec![next, crate::Block(0)], default: next });
        }
        Opcode::Call => {
            b.call(Callee::Func(FuncId(1)), &[r0, Reg(3)], &[Type::I32, Type::F64]);
            b.call(Callee::Import(ImportId(0)), &[Reg(1)], &[]);
            b.call(Callee::Import(ImportId(1)), &[Reg(4)], &[Type::I32, Type::F64]);
        }
        Opcode::CallIndirect => {
            let addr = b.func_addr(FuncId(1));
            b.call_indirect(FuncType::new([Type::I32, Type::F64], [Type::I32, Type::F64]), addr, &[r0, Reg(3)]);
            b.call_indirect(FuncType::new([], []), addr, &[]);
            b.call_indirect(FuncType::new([], [Type::Any]), addr, &[]);
        }
        Opcode::Ret => terminate(b, |_| InstData::Return { values: vec![r0] }),
        Opcode::GlobalGet => {
            for (i, ty) in Type::ALL.into_iter().enumerate() {
                b.global_get(ty, GlobalId::new(i));
            }
        }
        Opcode::GlobalSet => b.global_set(GlobalId(1), Reg(1)),
        Opcode::FuncAddr => {
            b.func_addr(FuncId(2));
        }
        Opcode::MemorySize => {
            b.memory_size();
        }
        Opcode::Unreachable => terminate(b, |_| InstData::Unreachable),
        Opcode::ObjNew => {
            let dst = b.new_reg(Type::Ref);
            b.push(InstData::New { dst, class: ClassId(0) });
        }
        Opcode::ObjGet => {
            let dst = b.new_reg(Type::F64);
            b.push(InstData::FieldGet { dst, field: FieldRef { class: ClassId(0), field: 1 }, obj: Reg(4) });
        }
        Opcode::ObjSet => {
            b.push(InstData::FieldSet { field: FieldRef { class: ClassId(2), field: 0 }, obj: Reg(4), src: Reg(5) })
        }
        Opcode::ObjInstanceOf | Opcode::ObjCast => {
            let dst = b.new_reg(if op == Opcode::ObjCast { Type::Ref } else { Type::I32 });
            b.push(InstData::ClassTest { op, dst, class: ClassId(1), arg: Reg(4) });
        }
        Opcode::CallVirtual | Opcode::CallInterface => {
            let class = ClassId(if op == Opcode::CallVirtual { 0 } else { 1 });
            let dst = b.new_reg(Type::F64);
            let method = MethodRef { class, method: 0 };
            b.push(InstData::CallMethod { op, results: vec![dst], method, args: vec![Reg(4), Reg(1)] });
            b.push(InstData::CallMethod { op, results: vec![], method, args: vec![] });
        }
        Opcode::Throw => terminate(b, |_| InstData::Throw { src: Reg(4) }),
        Opcode::Catch => {
            // The block so far gets a handler that begins with `catch`.
            let handler = b.new_block();
            let current = b.current_block();
            b.set_handler(current, Some(handler));
            b.throw(Reg(4));
            b.switch_to(handler);
            b.catch();
        }
        Opcode::CallClosure => {
            b.call_closure(FuncType::new([Type::I32], [Type::Any]), Reg(4), &[r0]);
            b.call_closure(FuncType::new([], []), Reg(4), &[]);
        }
        other => panic!("{other} is not structural"),
    }
}

/// `@ops`: every opcode, with source positions cycling through every kind.
fn ops_function() -> Function {
    let sig = FuncType::new([Type::I32, Type::I64, Type::F32, Type::F64, Type::Ref, Type::Any], [Type::I32]);
    let mut b = FunctionBuilder::new("ops", sig);
    for (i, &op) in Opcode::ALL.iter().enumerate() {
        b.set_loc(LOCS[i % LOCS.len()]);
        emit(&mut b, op);
    }
    b.ret(&[Reg(0)]);
    b.finish()
}

/// `@"two results"`: two results; its block has instructions after `ret` (invalid, but it must
/// still print and parse back), an empty block, and registers of every type.
fn two_results() -> Function {
    let mut b = FunctionBuilder::new("two results", FuncType::new([Type::I32, Type::F64], [Type::I32, Type::F64]));
    for ty in Type::ALL {
        b.new_reg(ty);
    }
    b.ret(&[]);
    b.call(Callee::Func(FuncId(1)), &[Reg(0), Reg(1)], &[Type::I32, Type::F64]);
    b.ret(&[Reg(0), Reg(1)]);
    b.new_block();
    b.finish()
}

fn globals() -> Vec<Global> {
    let g = |name: &str, ty, mutable, init| Global { name: name.to_string(), ty, mutable, init };
    vec![
        g("i", Type::I32, false, 0xffff_ffff),
        g("l", Type::I64, true, i64::MIN as u64),
        g("f", Type::F32, false, 0x7fa0_0001),
        g("d", Type::F64, true, (-0.0f64).to_bits()),
        g("r", Type::Ref, true, 0),
        g("a any", Type::Any, false, 0),
    ]
}

/// The module: two files, two imports, memory, data, globals of every type, constants, exports.
pub(super) fn every_op_module() -> Module {
    let mut m = Module::new("every op");
    m.files = vec!["a.c".into(), "Main.main([Ljava/lang/String;)V".into(), "tab\there \"q\" \u{1}".into()];
    m.imports = vec![
        Import {
            local_name: "print".into(),
            module: "std".into(),
            name: "print_i64".into(),
            sig: FuncType::new([Type::I64], []),
        },
        Import {
            local_name: "java/lang/Object.<init>".into(),
            module: "java.lang".into(),
            name: "weird \"name\"\n".into(),
            sig: FuncType::new([Type::Ref], [Type::I32, Type::F64]),
        },
    ];
    m.any_hook = Some(Callee::Import(ImportId(1)));
    m.memory = Some(Memory { initial: 65536, max: u64::MAX });
    m.data = vec![DataSegment { offset: 16, bytes: (0..=255).collect() }, DataSegment { offset: 0, bytes: vec![] }];
    m.globals = globals();
    m.constants = vec![
        Constant::Str("hello\n\t\r\\\"é€😀\u{0}\u{7f}".into()),
        Constant::Str(String::new()),
        Constant::Bytes((0..=255).rev().collect()),
    ];
    let empty = Function { name: "_0".into(), ..Function::default() };
    m.functions = vec![ops_function(), two_results(), empty];
    let sig = FuncType::new([Type::Ref, Type::I64], [Type::F64]);
    m.classes = vec![
        Class {
            name: "java/lang/Point".into(),
            superclass: Some(ClassId(2)),
            interfaces: vec![ClassId(1)],
            fields: vec![Field { name: "x".into(), ty: Type::I32 }, Field { name: "y z".into(), ty: Type::F64 }],
            methods: vec![Method { name: "<m>".into(), sig: sig.clone(), func: Some(FuncId(1)) }],
            ..Class::default()
        },
        Class {
            name: "Shape".into(),
            is_interface: true,
            methods: vec![Method { name: "area".into(), sig, func: None }],
            ..Class::default()
        },
        Class { name: "Base".into(), fields: vec![Field { name: "any".into(), ty: Type::Any }], ..Class::default() },
    ];
    m.exports = vec![
        Export { name: "ops".into(), func: FuncId(0) },
        Export { name: "another name!".into(), func: FuncId(1) },
        Export { name: "x".into(), func: FuncId(2) },
    ];
    m
}

#[test]
fn uses_every_opcode() {
    let m = every_op_module();
    let used: std::collections::HashSet<Opcode> =
        m.functions.iter().flat_map(|f| &f.blocks).flat_map(|b| &b.insts).map(|i| i.data.opcode()).collect();
    for &op in Opcode::ALL {
        assert!(used.contains(&op), "{op} not used");
    }
}
