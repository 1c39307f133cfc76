//! Checks of the object instructions: `obj.*`, `call.virtual`, `call.interface`.

use super::context::InstCx;
use super::names::{count, count_classes, show};
use crate::{Class, ClassId, FieldRef, MethodRef, Opcode, Reg, Type};

/// The class an instruction names, reporting it if it does not exist.
fn class<'m>(cx: &mut InstCx<'m>, op: Opcode, id: ClassId) -> Option<&'m Class> {
    let module = cx.module;
    let found = module.class(id);
    if found.is_none() {
        let n = count_classes(module.classes.len());
        cx.error(format!("{op} names {id}, which does not exist (the module has {n})"));
    }
    found
}

/// `obj.new` instantiates a class (not an interface) into a `ref`.
pub(super) fn check_new(cx: &mut InstCx<'_>, dst: Reg, id: ClassId) {
    if let Some(c) = class(cx, Opcode::ObjNew, id)
        && c.is_interface
    {
        cx.error(format!("obj.new of interface {}", show("", &c.name)));
    }
    cx.expect_type(format_args!("obj.new result"), dst, Type::Ref);
}

/// `obj.instanceof` / `obj.cast` test a `ref` against an existing class or interface.
pub(super) fn check_class_test(cx: &mut InstCx<'_>, op: Opcode, dst: Reg, id: ClassId, arg: Reg) {
    class(cx, op, id);
    cx.expect_type(format_args!("{op} operand"), arg, Type::Ref);
    let want = if op == Opcode::ObjCast { Type::Ref } else { Type::I32 };
    cx.expect_type(format_args!("{op} result"), dst, want);
}

/// The type of the field, reporting a missing class or field.
fn field_type(cx: &mut InstCx<'_>, op: Opcode, f: FieldRef) -> Option<Type> {
    let c = class(cx, op, f.class)?;
    let found = c.fields.get(f.field as usize).map(|x| x.ty);
    if found.is_none() {
        let n = count(c.fields.len(), "field");
        cx.error(format!("{op} names field {} of {}, which has {n}", f.field, show("", &c.name)));
    }
    found
}

/// `obj.get` reads an existing field of a `ref` into a register of the field's type.
pub(super) fn check_field_get(cx: &mut InstCx<'_>, dst: Reg, f: FieldRef, obj: Reg) {
    cx.expect_type(format_args!("obj.get object"), obj, Type::Ref);
    if let Some(ty) = field_type(cx, Opcode::ObjGet, f) {
        cx.expect_type(format_args!("obj.get result"), dst, ty);
    }
}

/// `obj.set` writes a register of the field's type to an existing field of a `ref`.
pub(super) fn check_field_set(cx: &mut InstCx<'_>, f: FieldRef, obj: Reg, src: Reg) {
    cx.expect_type(format_args!("obj.set object"), obj, Type::Ref);
    if let Some(ty) = field_type(cx, Opcode::ObjSet, f) {
        cx.expect_type(format_args!("obj.set value"), src, ty);
    }
}

/// `call.virtual` names a class's method, `call.interface` an interface's; the arguments (receiver
/// first) and results match the method's signature.
pub(super) fn check_call_method(cx: &mut InstCx<'_>, op: Opcode, results: &[Reg], m: MethodRef, args: &[Reg]) {
    let Some(c) = class(cx, op, m.class) else { return };
    let want_interface = op == Opcode::CallInterface;
    if c.is_interface != want_interface {
        let (kind, need) = if c.is_interface { ("an interface", "a class") } else { ("a class", "an interface") };
        cx.error(format!("{op} names {}, which is {kind}; it needs {need}", show("", &c.name)));
        return;
    }
    let Some(method) = c.methods.get(m.method as usize) else {
        let n = count(c.methods.len(), "method");
        cx.error(format!("{op} names method {} of {}, which has {n}", m.method, show("", &c.name)));
        return;
    };
    let what = format!("{op} {}.{}", show("", &c.name), show("", &method.name));
    cx.expect_types(format_args!("{what}"), "argument", args, &method.sig.params);
    cx.expect_types(format_args!("{what}"), "result", results, &method.sig.results);
}
