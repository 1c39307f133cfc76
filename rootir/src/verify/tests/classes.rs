//! Class declarations and the object instructions: one valid module, then one violation per rule.

use super::{at, errors, expect_one};
use crate::verify::Location;
use crate::{ClassId, FieldRef, FuncId, InstData, MethodRef, Module, Opcode, Reg, Type};

const VALID: &str = r#"
module m
interface Shape {
  method area(ref) -> i64
}
class Base implements Shape {
  field w: i64
  method area(ref) -> i64 = @base_area
  method name(ref) -> i32 = @base_name
}
class Sub extends Base {
  field h: f64
  method area(ref) -> i64 = @sub_area
}
func @base_area(r0: ref) -> i64 {
  regs r1: i64
b0:
  r1 = obj.get Base.w, r0
  ret r1
}
func @base_name(r0: ref) -> i32 {
  regs r1: i32
b0:
  r1 = obj.instanceof Sub, r0
  ret r1
}
func @sub_area(r0: ref) -> i64 {
  regs r1: i64, r2: ref, r3: f64, r4: i64
b0:
  r2 = obj.new Sub
  r3 = obj.get Sub.h, r2
  obj.set Sub.h, r2, r3
  r2 = obj.cast Base, r2
  r1 = call.virtual Base.area(r2)
  r4 = call.interface Shape.area(r0)
  ret r1
}
"#;

fn valid() -> Module {
    crate::text::parse(VALID, "t").expect("parses").remove(0)
}

#[track_caller]
fn module_error(m: &Module, message: &str) {
    expect_one(m, Location::Module, message);
}

#[test]
fn well_formed_classes_verify() {
    assert_eq!(errors(&valid()), vec![]);
}

#[test]
fn class_names_are_unique() {
    let mut m = valid();
    m.classes[2].name = "Base".into();
    module_error(&m, "duplicate class name Base");
}

#[test]
fn superclass_exists_is_a_class_and_has_no_cycle() {
    let mut m = valid();
    m.classes[2].superclass = Some(ClassId(9));
    module_error(&m, "class Sub: superclass class9 does not exist (the module has 3 classes)");
    let mut m = valid();
    m.classes[2].superclass = Some(ClassId(0));
    module_error(&m, "class Sub: superclass Shape is an interface");
    let mut m = valid();
    m.classes[1].superclass = Some(ClassId(2));
    let errs = errors(&m);
    assert!(errs.iter().all(|(_, e)| e.ends_with("its superclass chain has a cycle")), "{errs:?}");
    assert_eq!(errs.len(), 2);
    let mut m = valid();
    m.classes[0].superclass = Some(ClassId(1));
    module_error(&m, "interface Shape: an interface has no superclass");
}

#[test]
fn implemented_interfaces_exist_and_are_interfaces() {
    let mut m = valid();
    m.classes[2].interfaces = vec![ClassId(7)];
    module_error(&m, "class Sub: interface class7 does not exist (the module has 3 classes)");
    let mut m = valid();
    m.classes[2].interfaces = vec![ClassId(1)];
    module_error(&m, "class Sub: Base is a class, not an interface");
    let mut m = valid();
    m.classes[0].interfaces = vec![ClassId(0)];
    module_error(&m, "interface Shape: an interface implements no interfaces");
}

#[test]
fn member_names_are_unique_and_interfaces_have_no_fields() {
    let mut m = valid();
    let f = m.classes[1].fields[0].clone();
    m.classes[1].fields.push(f);
    module_error(&m, "class Base: duplicate field w");
    let mut m = valid();
    let meth = m.classes[1].methods[1].clone();
    m.classes[1].methods.push(meth);
    module_error(&m, "class Base: duplicate method name");
    let mut m = valid();
    m.classes[0].fields = m.classes[1].fields.clone();
    module_error(&m, "interface Shape: an interface has no fields");
}

#[test]
fn methods_take_a_receiver_and_name_a_function_of_their_signature() {
    let mut m = valid();
    m.classes[0].methods[0].sig.params[0] = Type::I64;
    let errs = errors(&m);
    assert!(
        errs.iter().any(|(_, e)| e == "interface Shape: method area must take a ref receiver as its first parameter")
    );
    let mut m = valid();
    m.classes[0].methods[0].func = Some(FuncId(0));
    module_error(&m, "interface Shape: interface method area cannot name a function");
    let mut m = valid();
    m.classes[1].methods[1].func = None;
    module_error(&m, "class Base: method name names no function");
    let mut m = valid();
    m.classes[1].methods[1].func = Some(FuncId(40));
    module_error(&m, "class Base: method name names func40, which does not exist (the module has 3 functions)");
    let mut m = valid();
    m.classes[1].methods[1].func = Some(FuncId(0));
    module_error(&m, "class Base: method name is (ref) -> i32 but @base_area is (ref) -> i64");
}

#[test]
fn overrides_keep_the_signature() {
    let mut m = valid();
    m.classes[2].methods[0].func = Some(FuncId(1));
    m.classes[2].methods[0].sig = m.functions[1].sig.clone();
    module_error(&m, "class Sub: method area is (ref) -> i32 but overrides Base.area of type (ref) -> i64");
}

#[test]
fn classes_implement_their_interfaces() {
    let mut m = valid();
    m.classes[1].methods[0].name = "volume".into();
    m.classes[2].methods[0].name = "volume".into();
    let errs = errors(&m);
    assert!(errs.iter().any(|(_, e)| e == "class Base: does not implement Shape.area"), "{errs:?}");
    let mut m = valid();
    m.classes[0].methods[0].sig.results = vec![Type::F64];
    let errs = errors(&m);
    let want = "class Base: implements Shape.area as (ref) -> i64, but the interface says (ref) -> f64";
    assert!(errs.contains(&(Location::Module, want.to_string())), "{errs:?}");
}

fn set_inst(m: &mut Module, func: usize, index: usize, data: InstData) {
    m.functions[func].blocks[0].insts[index].data = data;
}

#[test]
fn obj_new_names_an_existing_class() {
    let mut m = valid();
    set_inst(&mut m, 2, 0, InstData::New { dst: Reg(2), class: ClassId(0) });
    expect_one(&m, at("sub_area", 0, 0), "obj.new of interface Shape");
    set_inst(&mut m, 2, 0, InstData::New { dst: Reg(2), class: ClassId(3) });
    expect_one(&m, at("sub_area", 0, 0), "obj.new names class3, which does not exist (the module has 3 classes)");
    set_inst(&mut m, 2, 0, InstData::New { dst: Reg(1), class: ClassId(2) });
    let errs = errors(&m);
    assert!(errs.contains(&(at("sub_area", 0, 0), "obj.new result (r1) has type i64, expected ref".into())));
}

#[test]
fn field_access_is_typed_by_the_field() {
    let mut m = valid();
    let h = FieldRef { class: ClassId(2), field: 0 };
    set_inst(&mut m, 2, 1, InstData::FieldGet { dst: Reg(1), field: h, obj: Reg(2) });
    expect_one(&m, at("sub_area", 0, 1), "obj.get result (r1) has type i64, expected f64");
    let mut m = valid();
    set_inst(&mut m, 2, 2, InstData::FieldSet { field: h, obj: Reg(2), src: Reg(1) });
    expect_one(&m, at("sub_area", 0, 2), "obj.set value (r1) has type i64, expected f64");
    let mut m = valid();
    set_inst(
        &mut m,
        2,
        2,
        InstData::FieldSet { field: FieldRef { class: ClassId(2), field: 5 }, obj: Reg(2), src: Reg(3) },
    );
    expect_one(&m, at("sub_area", 0, 2), "obj.set names field 5 of Sub, which has 1 field");
    let mut m = valid();
    set_inst(&mut m, 2, 1, InstData::FieldGet { dst: Reg(3), field: h, obj: Reg(1) });
    expect_one(&m, at("sub_area", 0, 1), "obj.get object (r1) has type i64, expected ref");
}

#[test]
fn class_tests_type_their_result() {
    let mut m = valid();
    set_inst(
        &mut m,
        2,
        3,
        InstData::ClassTest { op: Opcode::ObjInstanceOf, dst: Reg(2), class: ClassId(1), arg: Reg(2) },
    );
    expect_one(&m, at("sub_area", 0, 3), "obj.instanceof result (r2) has type ref, expected i32");
}

#[test]
fn method_calls_name_the_right_kind_of_class_and_match_the_signature() {
    let base_area = MethodRef { class: ClassId(1), method: 0 };
    let shape_area = MethodRef { class: ClassId(0), method: 0 };
    let call = |op, method, args: Vec<Reg>| InstData::CallMethod { op, results: vec![Reg(1)], method, args };
    let mut m = valid();
    set_inst(&mut m, 2, 4, call(Opcode::CallVirtual, shape_area, vec![Reg(2)]));
    expect_one(&m, at("sub_area", 0, 4), "call.virtual names Shape, which is an interface; it needs a class");
    set_inst(&mut m, 2, 4, call(Opcode::CallInterface, base_area, vec![Reg(2)]));
    expect_one(&m, at("sub_area", 0, 4), "call.interface names Base, which is a class; it needs an interface");
    set_inst(&mut m, 2, 4, call(Opcode::CallVirtual, base_area, vec![Reg(1)]));
    expect_one(&m, at("sub_area", 0, 4), "call.virtual Base.area argument 1 (r1) has type i64, expected ref");
    set_inst(&mut m, 2, 4, call(Opcode::CallVirtual, base_area, vec![]));
    expect_one(&m, at("sub_area", 0, 4), "call.virtual Base.area has 0 arguments, expected 1");
    set_inst(&mut m, 2, 4, call(Opcode::CallVirtual, MethodRef { class: ClassId(1), method: 9 }, vec![Reg(2)]));
    expect_one(&m, at("sub_area", 0, 4), "call.virtual names method 9 of Base, which has 2 methods");
}
