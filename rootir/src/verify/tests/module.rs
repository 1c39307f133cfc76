//! Tests of module-level checks: names, exports, imports, globals, memory, data.

use super::{errors, expect_one, valid};
use crate::verify::Location;
use crate::{DataSegment, Export, FuncId, FuncType, Global, Import, Memory, Module, Type};

fn import(local: &str, module: &str, name: &str, sig: FuncType) -> Import {
    Import { local_name: local.into(), module: module.into(), name: name.into(), sig }
}

#[test]
fn duplicate_function_names_are_rejected() {
    let mut m = valid();
    m.functions[1].name = "add1".into();
    m.exports.clear();
    expect_one(&m, Location::Module, "duplicate function name @add1");
}

#[test]
fn imports_share_the_function_namespace() {
    let mut m = valid();
    m.imports.push(import("add1", "std", "x", FuncType::default()));
    expect_one(&m, Location::Module, "duplicate function name @add1");
}

#[test]
fn duplicate_global_names_are_rejected() {
    let mut m = valid();
    m.globals[2].name = "count".into();
    expect_one(&m, Location::Module, "duplicate global name $count");
}

#[test]
fn duplicate_export_names_are_rejected() {
    let mut m = valid();
    m.exports.push(Export { name: "a.b".into(), func: FuncId(0) });
    m.exports.push(Export { name: "a.b".into(), func: FuncId(1) });
    expect_one(&m, Location::Module, "duplicate export name \"a.b\"");
}

#[test]
fn exports_of_missing_functions_are_rejected() {
    let mut m = valid();
    m.exports[1].func = FuncId(u32::MAX);
    expect_one(
        &m,
        Location::Module,
        "export inc names func4294967295, which does not exist (the module has 2 functions)",
    );
}

#[test]
fn imports_need_a_module_name() {
    let mut m = valid();
    m.imports[0].module.clear();
    expect_one(&m, Location::Module, "import @print has an empty module name");
}

#[test]
fn imports_need_an_export_name() {
    let mut m = valid();
    m.imports[0].name.clear();
    expect_one(&m, Location::Module, "import @print has an empty export name");
}

#[test]
fn import_signatures_have_bounded_length() {
    let mut m = valid();
    m.imports.push(import("big", "std", "big", FuncType::new(vec![Type::I32; 65_536], vec![Type::I64; 65_537])));
    let errs = errors(&m);
    assert_eq!(
        errs,
        vec![
            (Location::Module, "import @big has 65536 parameters, more than the limit of 65535".to_string()),
            (Location::Module, "import @big has 65537 results, more than the limit of 65535".to_string()),
        ]
    );
}

#[test]
fn i32_and_f32_global_inits_fit_in_32_bits() {
    let mut m = valid();
    m.globals[1].init = 1 << 32;
    expect_one(&m, Location::Module, "global $limit: i32 init 0x100000000 does not fit in 32 bits");
    let mut m = valid();
    m.globals[2].init = u64::MAX;
    expect_one(&m, Location::Module, "global $ratio: f32 init 0xffffffffffffffff does not fit in 32 bits");
}

#[test]
fn ref_and_any_global_inits_are_zero() {
    let mut m = valid();
    m.globals[3].init = 5;
    expect_one(&m, Location::Module, "global $obj: ref init must be 0 (null / none), found 0x5");
    let mut m = valid();
    m.globals.push(Global { name: "d".into(), ty: Type::Any, mutable: false, init: 1 });
    expect_one(&m, Location::Module, "global $d: any init must be 0 (null / none), found 0x1");
}

#[test]
fn memory_initial_is_at_most_max() {
    let mut m = valid();
    m.memory = Some(Memory { initial: 65536, max: 65535 });
    expect_one(&m, Location::Module, "memory initial size 65536 is larger than its max 65535");
}

#[test]
fn memory_max_is_at_most_4_gib() {
    let mut m = valid();
    m.memory = Some(Memory { initial: 65536, max: (1 << 32) + 1 });
    expect_one(&m, Location::Module, "memory max 4294967297 is larger than 4 GiB (4294967296)");
}

#[test]
fn data_needs_a_memory() {
    let segment = DataSegment { offset: 0, bytes: vec![1] };
    let m = Module { data: vec![segment.clone(), segment], ..Module::new("m") };
    expect_one(&m, Location::Module, "the module has 2 data segments but no memory");
}

#[test]
fn data_lies_inside_the_initial_memory() {
    let mut m = valid();
    m.data.push(DataSegment { offset: 65534, bytes: vec![1, 2, 3] });
    expect_one(
        &m,
        Location::Module,
        "data segment 2 (offset 65534, 3 bytes) ends past the memory's initial size 65536",
    );
    let mut m = valid();
    m.data[0].offset = u64::MAX;
    expect_one(
        &m,
        Location::Module,
        &format!("data segment 0 (offset {}, 5 bytes) ends past the memory's initial size 65536", u64::MAX),
    );
}
