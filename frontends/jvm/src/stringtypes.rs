//! `instanceof` and `checkcast` of the interfaces a VM string implements besides
//! `Serializable` (`arrays.rs`): `Comparable` and `CharSequence`. A string is no object, so the
//! VM's class test alone says no for it; these helpers test the class first (the common case:
//! `TreeMap`'s `(Comparable) key` of an object), then whether the value is a string.

use crate::program::Program;
use crate::reflect::{CLASS, library_class, literal};
use crate::runtime::{B, cached_function, instance_test};
use rootir::{Callee, FuncType, InstData, Opcode, Reg, Type};

/// The interfaces of `java.lang.String` these helpers test.
pub const STRING_INTERFACES: &[&str] = &["java/lang/Comparable", "java/lang/CharSequence"];
/// `Class`'s helper making HotSpot's `ClassCastException` (`lib/src/java/lang/Class.java`).
const CAST_FAILED: &str = "$castFailed(Ljava/lang/Class;Ljava/lang/Class;)Ljava/lang/ClassCastException;";

/// Whether `instanceof` / `checkcast` of `class` go through this module.
pub fn handles(class: &str) -> bool {
    STRING_INTERFACES.contains(&class)
}

/// Whether non-null `a` is an instance of `class` or a string.
fn is_instance(f: &mut B<'_>, class: &str, a: Reg) -> Result<Reg, String> {
    let id = f.p.class(class)?.id;
    let hit = f.b.new_reg(Type::I32);
    f.b.push(InstData::ClassTest { op: Opcode::ObjInstanceOf, dst: hit, class: id, arg: a });
    let (_, other) = f.split(hit);
    let one = f.b.i32_const(1);
    f.b.ret(&[one]);
    f.b.switch_to(other);
    let object = f.is_object(a)?;
    let (_, not_object) = f.split(object);
    let zero = f.b.i32_const(0);
    f.b.ret(&[zero]);
    f.b.switch_to(not_object);
    // Not an object: `array.class a, a` is `a` itself only for a string (an array's tag or null).
    let c = f.b.array_class(a, a);
    Ok(f.b.ref_eq(c, a))
}

/// The function `(ref) -> i32` of `instanceof class` (null gives 0).
pub fn test(p: &mut Program, class: &str) -> Result<(Callee, FuncType), String> {
    let owned = class.to_string();
    instance_test(p, &format!("$string_iface_is:{class}"), move |f, a| is_instance(f, &owned, a))
}

/// The function `(ref) -> ref` of `checkcast class`: its argument when null, an instance or a
/// string, else it throws HotSpot's `ClassCastException` (`Class.$castFailed`). Without the
/// library's `Class` (a sweep of `java.base`) the cast is not checked, as before.
pub fn cast(p: &mut Program, class: &str) -> Result<Option<(Callee, FuncType)>, String> {
    if !library_class(p) {
        return Ok(None);
    }
    let owned = class.to_string();
    let sig = FuncType::new([Type::Ref], [Type::Ref]);
    cached_function(p, &format!("$string_iface_cast:{class}"), sig, move |f| {
        let a = f.b.param(0);
        let (callee, _) = test(f.p, &owned)?;
        let ok = f.b.call(callee, &[a], &[Type::I32])[0];
        let null = f.b.ref_is_null(a);
        let pass = f.b.i32_or(ok, null);
        let (_, bad) = f.split(pass);
        f.b.ret(&[a]);
        f.b.switch_to(bad);
        let (get_class, _) = crate::reflect::get_class(f.p)?;
        let from = f.b.call(get_class, &[a], &[Type::Ref])[0];
        let (to_class, _) = literal(f.p, &owned)?;
        let to = f.b.call(to_class, &[], &[Type::Ref])[0];
        let (_, failed) = f.p.function(CLASS, CAST_FAILED)?;
        let e = f.b.call(Callee::Func(failed), &[from, to], &[Type::Ref])[0];
        f.fill_in_stack_trace(e)?;
        f.b.throw(e);
        Ok(())
    })
    .map(Some)
}
