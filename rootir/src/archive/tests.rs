//! Tests of the archive codec: round trips over every opcode, format, source
//! position, constant and global kind; truncation and corruption; crafted
//! hostile inputs.

use super::layout::{MAGIC, VERSION};
use super::writer::Writer;
use super::{checksum, decode, encode};
use crate::{
    Archive, Block, BlockData, Callee, Class, ClassId, ConstBits, Constant, DataSegment, Export, Field, FieldRef,
    FileId, Format, FuncId, FuncType, Function, Global, GlobalId, Import, ImportId, Inst, InstData, Manifest, Memory,
    Method, MethodRef, Module, Opcode, Reg, SrcLoc, Type,
};

// ---- sample archive ----------------------------------------------------------

/// Source positions of every kind, with extreme values.
fn locs() -> [SrcLoc; 6] {
    [
        SrcLoc::None,
        SrcLoc::Line { file: FileId(0), line: 12, col: 3 },
        SrcLoc::Line { file: FileId(1), line: u32::MAX, col: 0 },
        SrcLoc::Offset { file: FileId(1), offset: 0x1c },
        SrcLoc::Addr(0x40_1000),
        SrcLoc::Addr(u64::MAX),
    ]
}

/// One instruction of `op`'s format, with operands derived from `n`.
fn sample_data(op: Opcode, n: u32) -> InstData {
    let r = |k: u32| Reg(n.wrapping_mul(3).wrapping_add(k));
    match op.format() {
        Format::Const => InstData::Const { op, dst: r(0), bits: u64::from(n) },
        Format::Unary => InstData::Unary { op, dst: r(0), arg: r(1) },
        Format::Binary => InstData::Binary { op, dst: r(0), lhs: r(1), rhs: r(2) },
        Format::Mov => InstData::Mov { dst: r(0), src: Reg(u32::MAX) },
        Format::Select => InstData::Select { dst: r(0), cond: r(1), if_true: r(2), if_false: r(3) },
        Format::Jump => InstData::Jump { target: Block(n) },
        Format::Branch => InstData::Branch { cond: r(0), if_true: Block(1), if_false: Block(u32::MAX) },
        Format::Switch => {
            InstData::Switch { index: r(0), targets: vec![Block(0), Block(300), Block(2)], default: Block(1) }
        }
        Format::Call => {
            InstData::Call { results: vec![r(0), r(1)], callee: Callee::Import(ImportId(1)), args: vec![r(2)] }
        }
        Format::CallIndirect => InstData::CallIndirect {
            results: vec![r(0)],
            sig: FuncType::new([Type::I32, Type::Any], [Type::F64]),
            addr: r(1),
            args: vec![r(2), r(3)],
        },
        Format::CallClosure => InstData::CallClosure {
            results: vec![r(0), r(1)],
            sig: FuncType::new([Type::Any], [Type::Ref, Type::I64]),
            closure: r(2),
            args: vec![r(3)],
        },
        Format::Return => InstData::Return { values: vec![r(0), r(1)] },
        Format::GlobalGet => InstData::GlobalGet { dst: r(0), global: GlobalId(5) },
        Format::GlobalSet => InstData::GlobalSet { global: GlobalId(2), src: r(0) },
        Format::FuncAddr => InstData::FuncAddr { dst: r(0), func: FuncId(1) },
        Format::Load => InstData::Load { op, dst: r(0), addr: r(1), offset: n * 1000 },
        Format::Store => InstData::Store { op, addr: r(0), offset: u32::MAX - n, src: r(1) },
        Format::MemorySize => InstData::MemorySize { dst: r(0) },
        Format::Unreachable => InstData::Unreachable,
        Format::Nullary => InstData::Nullary { op, dst: r(0) },
        Format::Ternary => InstData::Ternary { op, args: [r(0), r(1), Reg(u32::MAX)] },
        Format::Quinary => InstData::Quinary { op, args: [r(0), r(1), r(2), r(3), Reg(u32::MAX)] },
        Format::StrConst => InstData::StrConst { op, dst: r(0), constant: n.wrapping_mul(977) },
        Format::New => InstData::New { dst: r(0), class: ClassId(n) },
        Format::ClassTest => InstData::ClassTest { op, dst: r(0), class: ClassId(1), arg: r(1) },
        Format::FieldGet => {
            InstData::FieldGet { dst: r(0), field: FieldRef { class: ClassId(0), field: 1 }, obj: r(1) }
        }
        Format::FieldSet => {
            InstData::FieldSet { field: FieldRef { class: ClassId(u32::MAX), field: n }, obj: r(0), src: r(1) }
        }
        Format::CallMethod => InstData::CallMethod {
            op,
            results: vec![r(0)],
            method: MethodRef { class: ClassId(1), method: 0 },
            args: vec![r(1), r(2)],
        },
        Format::Throw => InstData::Throw { src: r(0) },
        Format::Catch => InstData::Catch { dst: r(0) },
    }
}

/// Constants with edge values for every `*.const` opcode.
fn edge_consts() -> Vec<InstData> {
    let c = |op, bits| InstData::Const { op, dst: Reg(7), bits };
    vec![
        c(Opcode::I32Const, (-1i32).to_const_bits()),
        c(Opcode::I32Const, i32::MIN.to_const_bits()),
        c(Opcode::I32Const, i32::MAX.to_const_bits()),
        c(Opcode::I64Const, i64::MIN.to_const_bits()),
        c(Opcode::I64Const, (-2i64).to_const_bits()),
        c(Opcode::I64Const, u64::MAX),
        c(Opcode::F32Const, f32::from_bits(0x7fa0_0001).to_const_bits()),
        c(Opcode::F32Const, (-0.0f32).to_const_bits()),
        c(Opcode::F64Const, (-0.0f64).to_const_bits()),
        c(Opcode::F64Const, f64::NEG_INFINITY.to_const_bits()),
        c(Opcode::F64Const, 0x7ff4_0000_0000_0001),
    ]
}

/// A function holding every opcode of the table, spread over a few blocks.
fn every_op_function() -> Function {
    let locs = locs();
    let mut data: Vec<InstData> = Opcode::ALL.iter().enumerate().map(|(i, &op)| sample_data(op, i as u32)).collect();
    data.extend(edge_consts());
    data.push(InstData::Call { results: vec![], callee: Callee::Func(FuncId(u32::MAX)), args: vec![] });
    data.push(InstData::Switch { index: Reg(0), targets: vec![], default: Block(0) });
    let insts: Vec<Inst> =
        data.into_iter().enumerate().map(|(i, data)| Inst { data, loc: locs[i % locs.len()] }).collect();
    let handlers = [None, Some(Block(1)), Some(Block(u32::MAX)), Some(Block(0))];
    let blocks = insts
        .chunks(40)
        .enumerate()
        .map(|(i, c)| BlockData { insts: c.to_vec(), handler: handlers[i % handlers.len()] })
        .collect();
    let regs = (0..64).map(|i| Type::ALL[i % Type::ALL.len()]).collect();
    Function { name: "every_op".into(), sig: FuncType::new([Type::I32, Type::Ref], [Type::Any]), regs, blocks }
}

/// One global of every type, mutable and not, with edge initial values.
fn globals() -> Vec<Global> {
    let g = |name: &str, ty, mutable, init| Global { name: name.into(), ty, mutable, init };
    vec![
        g("a", Type::I32, false, (-1i32).to_const_bits()),
        g("b", Type::I64, true, i64::MIN.to_const_bits()),
        g("c", Type::F32, false, f32::NAN.to_const_bits()),
        g("d", Type::F64, true, (-0.0f64).to_const_bits()),
        g("e", Type::Ref, true, 0),
        g("f", Type::Any, false, 0),
    ]
}

fn full_module() -> Module {
    Module {
        name: "java/lang/Main é".into(),
        files: vec!["Main.java".into(), "".into()],
        imports: vec![
            Import {
                local_name: "print".into(),
                module: "std".into(),
                name: "print_i64".into(),
                sig: FuncType::new([Type::I64], []),
            },
            Import {
                local_name: "q".into(),
                module: "other".into(),
                name: "q".into(),
                sig: FuncType::new(Type::ALL, Type::ALL),
            },
        ],
        globals: globals(),
        constants: vec![
            Constant::Str("héllo\n\"".into()),
            Constant::Str(String::new()),
            Constant::Bytes(vec![0, 0xff, 0x80, b'a']),
            Constant::Bytes(vec![]),
        ],
        memory: Some(Memory { initial: 65536, max: u64::MAX }),
        data: vec![
            DataSegment { offset: 0x1000, bytes: b"hello\0".to_vec() },
            DataSegment { offset: 0, bytes: vec![] },
        ],
        functions: vec![every_op_function(), Function::default()],
        exports: vec![Export { name: "main".into(), func: FuncId(0) }, Export { name: "x".into(), func: FuncId(1) }],
        classes: classes(),
        any_hook: Some(Callee::Import(ImportId(1))),
    }
}

/// A class with a superclass, interfaces, fields and methods; an interface; an empty class.
fn classes() -> Vec<Class> {
    let sig = FuncType::new([Type::Ref, Type::I64], [Type::F64]);
    vec![
        Class {
            name: "java/lang/Point é".into(),
            is_interface: false,
            superclass: Some(ClassId(2)),
            interfaces: vec![ClassId(1), ClassId(u32::MAX)],
            fields: Type::ALL.iter().map(|&ty| Field { name: format!("f {ty}"), ty }).collect(),
            methods: vec![Method { name: "m".into(), sig: sig.clone(), func: Some(FuncId(u32::MAX)) }],
        },
        Class {
            name: "Shape".into(),
            is_interface: true,
            methods: vec![Method { name: "m".into(), sig, func: None }],
            ..Class::default()
        },
        Class { name: String::new(), ..Class::default() },
    ]
}

fn sample_archive() -> Archive {
    let manifest = Manifest {
        entry_module: "java/lang/Main é".into(),
        entry_export: "main".into(),
        capabilities: vec!["std".into(), "clock".into()],
    };
    Archive { manifest, modules: vec![full_module(), Module::new("second")] }
}

// ---- crafting hostile input --------------------------------------------------

/// Header, whatever `body` writes, then the correct checksum.
fn sealed(body: impl FnOnce(&mut Writer)) -> Vec<u8> {
    sealed_with_version(VERSION, body)
}

fn sealed_with_version(version: u16, body: impl FnOnce(&mut Writer)) -> Vec<u8> {
    let mut w = Writer::default();
    w.raw(&MAGIC);
    w.raw(&version.to_le_bytes());
    body(&mut w);
    let crc = checksum(w.bytes());
    w.raw(&crc.to_le_bytes());
    w.finish()
}

/// A manifest and the module count.
fn prelude(w: &mut Writer, modules: u64) {
    w.str("m");
    w.str("main");
    w.len(0);
    w.varint(modules);
}

/// A module named `m`, with its items empty up to the functions, whose count and content `rest`
/// writes, and no classes.
fn module_head(w: &mut Writer, rest: impl FnOnce(&mut Writer)) {
    w.str("m");
    for _ in 0..3 {
        w.len(0); // files, imports; then memory tag NONE
    }
    for _ in 0..4 {
        w.len(0); // data, globals, constants, exports
    }
    rest(w);
    w.len(0); // classes
}

/// An archive of one module with one function of one block whose instructions `insts` writes.
fn one_block(insts: impl FnOnce(&mut Writer)) -> Vec<u8> {
    sealed(|w| {
        prelude(w, 1);
        module_head(w, |w| {
            w.len(1); // functions
            w.str("f");
            w.len(0); // params
            w.len(0); // results
            w.len(0); // regs
            w.len(1); // blocks
            w.varint(0); // no handler
            insts(w);
        });
    })
}

/// Like [`one_block`], with one instruction: opcode `code`, then what `rest` writes.
fn one_inst(code: u64, rest: fn(&mut Writer)) -> Vec<u8> {
    one_block(|w| {
        w.len(1);
        w.varint(code);
        rest(w);
    })
}

#[track_caller]
fn assert_rejects(bytes: &[u8], needle: &str) -> usize {
    match decode(bytes) {
        Ok(a) => panic!("accepted: {a:?}"),
        Err(e) => {
            assert!(e.message.contains(needle), "expected `{needle}`, got: {e}");
            assert!(e.offset <= bytes.len(), "offset {} past the end", e.offset);
            e.offset
        }
    }
}

// ---- round trips -------------------------------------------------------------

#[test]
fn sample_covers_every_opcode_format_loc_constant_and_global_type() {
    let f = every_op_function();
    let ops: Vec<Opcode> = f.blocks.iter().flat_map(|b| &b.insts).map(|i| i.data.opcode()).collect();
    for op in Opcode::ALL {
        assert!(ops.contains(op), "{op} missing");
    }
    let locs: Vec<SrcLoc> = f.blocks.iter().flat_map(|b| &b.insts).map(|i| i.loc).collect();
    assert!(locs.iter().any(|l| matches!(l, SrcLoc::Line { .. })));
    assert!(locs.iter().any(|l| matches!(l, SrcLoc::Offset { .. })));
    assert!(locs.iter().any(|l| matches!(l, SrcLoc::Addr(_))));
    let tys: Vec<Type> = globals().iter().map(|g| g.ty).collect();
    assert_eq!(tys, Type::ALL);
}

#[test]
fn encode_then_decode_gives_the_archive_back() {
    let archive = sample_archive();
    let bytes = encode(&archive);
    assert_eq!(decode(&bytes), Ok(archive));
}

#[test]
fn decode_then_encode_gives_the_bytes_back() {
    let bytes = encode(&sample_archive());
    assert_eq!(encode(&decode(&bytes).unwrap()), bytes);
}

#[test]
fn each_opcode_round_trips_alone() {
    for (i, &op) in Opcode::ALL.iter().enumerate() {
        let mut m = Module::new("m");
        let inst = Inst { data: sample_data(op, i as u32), loc: SrcLoc::None };
        m.functions
            .push(Function { blocks: vec![BlockData { insts: vec![inst], handler: None }], ..Function::default() });
        let archive = Archive::from_modules(vec![m], "main");
        assert_eq!(decode(&encode(&archive)).as_ref(), Ok(&archive), "{op}");
    }
}

#[test]
fn a_small_archive_has_the_documented_bytes() {
    let mut f = Function {
        name: "main".into(),
        sig: FuncType::new([], [Type::I32]),
        regs: vec![Type::I32],
        ..Function::default()
    };
    let insts = vec![
        Inst::new(InstData::Const { op: Opcode::I32Const, dst: Reg(0), bits: (-1i32).to_const_bits() }),
        Inst {
            data: InstData::Return { values: vec![Reg(0)] },
            loc: SrcLoc::Line { file: FileId(0), line: 3, col: 7 },
        },
    ];
    f.blocks.push(BlockData { insts, handler: None });
    let mut m = Module::new("m");
    m.functions.push(f);
    m.exports.push(Export { name: "main".into(), func: FuncId(0) });
    let bytes = encode(&Archive::from_modules(vec![m], "main"));
    let mut ret = Writer::default();
    ret.varint(Opcode::Ret.code().into()); // 207 in the current table: cf 01
    #[rustfmt::skip]
    let head: &[u8] = &[
        b'R', b'I', b'R', b'A', 6, 0,           // magic, version 6
        1, b'm', 4, b'm', b'a', b'i', b'n', 0,  // manifest: entry module, entry export, no capabilities
        1,                                      // one module
        1, b'm', 0, 0, 0, 0, 0, 0,              // name; files, imports, memory, data, globals, constants: none
        1, 4, b'm', b'a', b'i', b'n', 0,        // exports: "main" -> func 0
        1, 4, b'm', b'a', b'i', b'n',           // one function "main"
        0, 1, 0,                                // () -> (i32)
        1, 0,                                   // registers: r0: i32
        1, 0, 2,                                // one block: no handler, two instructions
        0, 0, 1, 0,                             // i32.const r0, zigzag(-1) = 1; no position
    ];
    let tail: &[u8] = &[1, 0, 1, 0, 3, 7, 0, 0]; // after the opcode of ret: [r0]; at f0:3:7; no classes, no any hook
    let body = [head, ret.bytes(), tail].concat();
    assert_eq!(&bytes[..bytes.len() - 4], body);
    assert_eq!(bytes[bytes.len() - 4..], checksum(&body).to_le_bytes());
}

// ---- damaged input -----------------------------------------------------------

#[test]
fn every_truncation_fails() {
    let bytes = encode(&sample_archive());
    for len in 0..bytes.len() {
        let err = decode(&bytes[..len]).expect_err("truncated archive accepted");
        assert!(err.offset <= len, "len {len}: {err}");
    }
}

#[test]
fn every_single_byte_corruption_fails() {
    let bytes = encode(&sample_archive());
    for i in 0..bytes.len() {
        for mask in [0x01, 0x80, 0xff] {
            let mut bad = bytes.clone();
            bad[i] ^= mask;
            assert!(decode(&bad).is_err(), "byte {i} ^ {mask:#x} accepted");
        }
    }
}

#[test]
fn corruptions_with_a_fixed_checksum_never_panic_and_stay_canonical() {
    let bytes = encode(&sample_archive());
    let body_end = bytes.len() - 4;
    for i in 6..body_end {
        for mask in [0x01, 0xff] {
            let mut bad = bytes[..body_end].to_vec();
            bad[i] ^= mask;
            bad.extend_from_slice(&checksum(&bad).to_le_bytes());
            if let Ok(archive) = decode(&bad) {
                assert_eq!(encode(&archive), bad, "byte {i} ^ {mask:#x}: accepted but not canonical");
            }
        }
    }
}

// ---- hostile input with a correct checksum ------------------------------------

#[test]
fn huge_counts_fail_before_allocating() {
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (sealed(|w| prelude(w, u64::MAX)), "modules: count"),
        (sealed(|w| w.varint(1 << 40)), "entry module name: count"),
        (sealed(|w| prelude(w, 1) /* then nothing */), "modules: count 1 cannot fit"),
        (
            sealed(|w| {
                prelude(w, 1);
                module_head(w, |w| w.varint(1 << 60));
            }),
            "functions: count",
        ),
        (one_block(|w| w.varint(u64::MAX >> 1)), "instructions: count"),
        (
            one_block(|w| {
                w.len(1);
                w.varint(Opcode::Ret.code().into());
                w.varint(1 << 50);
            }),
            "registers: count",
        ),
    ];
    for (bytes, needle) in cases {
        assert_rejects(&bytes, needle);
    }
}

#[test]
fn version_mismatch_is_a_clear_error() {
    let bytes = sealed_with_version(1, |w| prelude(w, 0));
    assert_eq!(assert_rejects(&bytes, "unsupported format version 1 (this decoder reads version 6)"), 4);
}

#[test]
fn bad_envelopes_are_rejected() {
    assert_rejects(b"", "truncated");
    assert_rejects(b"RIR", "truncated");
    assert_rejects(b"\x7fELF\x02\x01\x01\x00\x00\x00", "bad magic");
    let mut bytes = encode(&sample_archive());
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    assert_rejects(&bytes, "checksum mismatch");
}

#[test]
fn structural_errors_are_rejected() {
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (sealed(|w| prelude(w, 0)), "at least one module"),
        (
            sealed(|w| {
                prelude(w, 1);
                module_head(w, |w| w.len(0));
                w.u8(0);
                w.u8(0);
            }),
            "1 trailing bytes",
        ),
        (
            sealed(|w| {
                w.len(2);
                w.raw(&[0xc3, 0x28]);
            }),
            "invalid UTF-8",
        ),
        (
            sealed(|w| {
                w.raw(&[0x80; 11]);
            }),
            "overflows 64 bits",
        ),
        (
            sealed(|w| {
                w.raw(&[0x81, 0x00]);
            }),
            "shortest form",
        ),
        (one_inst(60_000, |_| {}), "unknown opcode 60000"),
        (one_inst(1 << 20, |_| {}), "unknown opcode"),
        (one_inst(Opcode::Unreachable.code().into(), |w| w.u8(9)), "unknown source position tag 9"),
        (one_inst(Opcode::I32Const.code().into(), |w| w.raw(&[0, 0x80, 0x80, 0x80, 0x80, 0x10])), "is not an i32"),
        (one_inst(Opcode::Br.code().into(), |w| w.varint(1 << 33)), "does not fit in 32 bits"),
        (one_inst(Opcode::Call.code().into(), |w| w.raw(&[0, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01])), "callee index"),
        (
            sealed(|w| {
                prelude(w, 1);
                module_head(w, |w| {
                    w.len(1);
                    w.str("f");
                    w.len(0);
                    w.len(0);
                    w.len(0);
                    w.len(1);
                    w.varint(1 << 40); // handler index + 1
                });
            }),
            "handler block 1099511627775 does not fit in 32 bits",
        ),
    ];
    for (bytes, needle) in cases {
        assert_rejects(&bytes, needle);
    }
}

#[test]
fn unknown_tags_and_codes_are_rejected() {
    let module_with = |items: fn(&mut Writer)| {
        sealed(move |w| {
            prelude(w, 1);
            w.str("m");
            items(w);
            w.raw(&[0; 16]); // room, so that counts pass their size check
        })
    };
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (
            module_with(|w| {
                w.len(0);
                w.len(0);
                w.u8(7);
            }),
            "unknown memory tag 7",
        ),
        (
            module_with(|w| {
                w.len(0);
                w.len(1);
                w.str("i");
                w.str("std");
                w.str("p");
                w.len(1);
                w.u8(6);
            }),
            "unknown type code 6",
        ),
        (
            module_with(|w| {
                w.len(0);
                w.len(0);
                w.u8(0);
                w.len(0);
                w.len(1);
                w.str("g");
                w.ty(Type::I32);
                w.u8(2);
                w.u8(0);
            }),
            "unknown global flags",
        ),
        (
            module_with(|w| {
                w.len(0);
                w.len(0);
                w.u8(0);
                w.len(0);
                w.len(0);
                w.len(1);
                w.u8(2);
                w.len(0);
            }),
            "unknown constant tag 2",
        ),
    ];
    for (bytes, needle) in cases {
        assert_rejects(&bytes, needle);
    }
}

#[test]
fn typed_ops_in_the_table_have_an_immediate_kind_when_const() {
    for &op in Opcode::ALL {
        if op.format() == Format::Const {
            assert!(op.typing().and_then(|t| t.output).is_some(), "{op} has no result type");
        }
    }
}

/// Opcode codes are positions in the table, so inserting an opcode anywhere
/// but at the end changes the codes of archives already written. Version 2
/// added the heap operations (which moved the structural opcodes); version 4
/// added block handlers, the exception, `any`, `array.copy`, closure operations and `str.from_unit` (which
/// moved them again); version 5 added the typed `any` operations of Python (arithmetic, vectors,
/// `any.attr_get`/`any.attr_set`), which moved them once more; version 6 appended
/// `array.store_known` and `array.class` (the JVM's `aastore` and `getClass`) to the typed
/// operations, which moved the structural ones again.
#[test]
fn opcode_codes_of_format_version_6_are_unchanged() {
    const V6_OPCODES: usize = 266;
    const V6_FINGERPRINT: u32 = 0x76c5_3702;
    assert_eq!(VERSION, 6, "a new format version needs a new pin");
    assert!(Opcode::ALL.len() >= V6_OPCODES, "opcodes were removed: bump archive::VERSION");
    let names: Vec<&str> = Opcode::ALL[..V6_OPCODES].iter().map(|op| op.name()).collect();
    assert_eq!(
        checksum(names.join("\n").as_bytes()),
        V6_FINGERPRINT,
        "the codes of existing opcodes changed: add new opcodes at the end of the table, or bump archive::VERSION"
    );
}

/// Each count is checked against the bytes left divided by the fewest bytes an
/// item takes, so preallocating never costs more than this per input byte
/// (string contents cost one byte per byte).
#[test]
fn preallocation_is_bounded_per_input_byte() {
    use super::layout::min_len;
    use std::mem::size_of;
    let items = [
        ("module", size_of::<Module>(), min_len::MODULE),
        ("import", size_of::<Import>(), min_len::IMPORT),
        ("data segment", size_of::<DataSegment>(), min_len::DATA),
        ("global", size_of::<Global>(), min_len::GLOBAL),
        ("constant", size_of::<Constant>(), min_len::CONSTANT),
        ("export", size_of::<Export>(), min_len::EXPORT),
        ("function", size_of::<Function>(), min_len::FUNCTION),
        ("class", size_of::<Class>(), min_len::CLASS),
        ("field", size_of::<Field>(), min_len::FIELD),
        ("method", size_of::<Method>(), min_len::METHOD),
        ("block", size_of::<BlockData>(), min_len::BLOCK),
        ("instruction", size_of::<Inst>(), min_len::INST),
        ("string", size_of::<String>(), min_len::STRING),
        ("type", size_of::<Type>(), min_len::TYPE),
        ("register", size_of::<Reg>(), min_len::INDEX),
    ];
    for (what, size, min) in items {
        assert!(size.div_ceil(min) <= 64, "{what}: {size} bytes per {min} input bytes");
    }
}
