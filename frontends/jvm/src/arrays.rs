//! `instanceof` and `checkcast` of array types, and of `Cloneable` / `Serializable` (which
//! every array implements).
//!
//! A VM array knows its element type (`std.java_array_kind`: i8, i16, u16, i32, i64, f32,
//! f64 or ref) but not a Java element class. So:
//! - `int[]`, `long[]`, `char[]`, `short[]`, `float[]`, `double[]` are exact; `byte[]` and
//!   `boolean[]` are both arrays of i8 and are not told apart;
//! - `Object[]` is exact (any array of references);
//! - `C[]` (and `T[][]`) is an array of references whose elements are all null or instances
//!   of `C` (of `T[]`): an `Object[]` holding only strings passes as a `String[]`, as does
//!   an empty `Object[]`.
//!
//! Each test is a runtime function per type (`$array_is:[I`, `$array_cast:[Ljava/lang/String;`),
//! built on first use.

use crate::program::{Program, dotted};
use crate::runtime::B;
use rootir::{Callee, FuncType, FunctionBuilder, InstData, Opcode, Reg, Type};

/// `java_array_kind` of an array of references (`vmalloc::ElemType::Ref`).
const REF_KIND: i32 = 7;
/// The interfaces every array implements.
const ARRAY_INTERFACES: &[&str] = &["java/lang/Cloneable", "java/io/Serializable"];
/// The interfaces a VM string implements besides `Serializable`.
const STRING_INTERFACES: &[&str] = &["java/lang/Comparable", "java/lang/CharSequence", "java/io/Serializable"];

/// Whether `instanceof` / `checkcast` of `class` (a binary name or an array descriptor) goes
/// through this module.
pub fn handles(class: &str) -> bool {
    class.starts_with('[') || ARRAY_INTERFACES.contains(&class)
}

/// The function `(ref) -> i32` testing `instanceof class` (null gives 0).
pub fn test(p: &mut Program, class: &str) -> Result<(Callee, FuncType), String> {
    helper(p, &format!("$array_is:{class}"), class, false)
}

/// The function `(ref) -> ref` of `checkcast class`: its argument when null or when the test
/// holds, else it throws `ClassCastException`.
pub fn cast(p: &mut Program, class: &str) -> Result<(Callee, FuncType), String> {
    helper(p, &format!("$array_cast:{class}"), class, true)
}

fn helper(p: &mut Program, name: &str, class: &str, is_cast: bool) -> Result<(Callee, FuncType), String> {
    if let Some((f, s)) = p.runtime.get(name) {
        return Ok((Callee::Func(*f), s.clone()));
    }
    let result = if is_cast { Type::Ref } else { Type::I32 };
    let sig = FuncType::new([Type::Ref], [result]);
    let id = p.reserve_function(name.to_string(), sig.clone());
    p.runtime.insert(name.to_string(), (id, sig.clone()));
    let mut f = B { p, b: FunctionBuilder::new(name, sig.clone()) };
    if is_cast {
        build_cast(&mut f, class)?;
    } else {
        build_test(&mut f, class)?;
    }
    let built = f.b.finish();
    p.set_function(id, built);
    Ok((Callee::Func(id), sig))
}

/// `checkcast`: null and what passes the test are returned, anything else throws.
fn build_cast(f: &mut B<'_>, class: &str) -> Result<(), String> {
    let a = f.b.param(0);
    let null = f.b.ref_is_null(a);
    let (_, not_null) = f.split(null);
    f.b.ret(&[a]);
    f.b.switch_to(not_null);
    let (callee, _) = test(f.p, class)?;
    let ok = f.b.call(callee, &[a], &[Type::I32])[0];
    let (_, bad) = f.split(ok);
    f.b.ret(&[a]);
    f.b.switch_to(bad);
    let id = f.p.class("java/lang/ClassCastException")?.id;
    let e = f.b.new_reg(Type::Ref);
    f.b.push(InstData::New { dst: e, class: id });
    let what = if class.starts_with('[') { class.replace('/', ".") } else { dotted(class) };
    let msg = f.str(&format!("the value cannot be cast to class {what}"));
    f.field_set("java/lang/Throwable", "detailMessage", e, msg)?;
    f.fill_in_stack_trace(e)?;
    f.b.throw(e);
    Ok(())
}

/// `instanceof`: 0 for null, else [`instance`].
fn build_test(f: &mut B<'_>, class: &str) -> Result<(), String> {
    let a = f.b.param(0);
    let null = f.b.ref_is_null(a);
    let (_, not_null) = f.split(null);
    let zero = f.b.i32_const(0);
    f.b.ret(&[zero]);
    f.b.switch_to(not_null);
    let r = match class.strip_prefix('[') {
        Some(element) => array_test(f, a, element)?,
        None => interface_test(f, a, class)?,
    };
    f.b.ret(&[r]);
    Ok(())
}

/// The element kind of `a` (`std.java_array_kind`).
fn kind(f: &mut B<'_>, a: Reg) -> Reg {
    let (callee, _) = f.p.host("java_array_kind", FuncType::new([Type::Ref], [Type::I32]));
    f.b.call(callee, &[a], &[Type::I32])[0]
}

/// `Cloneable` / `Serializable` of non-null `a`: an array, an instance of a class of the
/// program implementing it, or (`Serializable`) a string.
fn interface_test(f: &mut B<'_>, a: Reg, class: &str) -> Result<Reg, String> {
    let k = kind(f, a);
    let zero = f.b.i32_const(0);
    let mut r = f.b.i32_ge_s(k, zero);
    if let Some(info) = f.p.classes.get(class) {
        let id = info.id;
        let dst = f.b.new_reg(Type::I32);
        f.b.push(InstData::ClassTest { op: Opcode::ObjInstanceOf, dst, class: id, arg: a });
        r = f.b.i32_or(r, dst);
    }
    if STRING_INTERFACES.contains(&class) {
        let (callee, _) = crate::runtime::function(f.p, "$is_string")?;
        let s = f.b.call(callee, &[a], &[Type::I32])[0];
        r = f.b.i32_or(r, s);
    }
    Ok(r)
}

/// Whether non-null `a` is an array of `element` (a field descriptor).
fn array_test(f: &mut B<'_>, a: Reg, element: &str) -> Result<Reg, String> {
    let k = kind(f, a);
    let primitive = match element {
        "B" | "Z" => Some(0),
        "S" => Some(1),
        "C" => Some(2),
        "I" => Some(3),
        "J" => Some(4),
        "F" => Some(5),
        "D" => Some(6),
        _ => None,
    };
    let want = f.b.i32_const(primitive.unwrap_or(REF_KIND));
    let same = f.b.i32_eq(k, want);
    if primitive.is_some() || element == "Ljava/lang/Object;" {
        return Ok(same);
    }
    let class = match element.strip_prefix('L').and_then(|e| e.strip_suffix(';')) {
        Some(c) => c.to_string(),
        None if element.starts_with('[') => element.to_string(),
        None => return Err(format!("instanceof of the array type [{element}: bad element descriptor")),
    };
    // An array of references: every element null or an instance of the element type.
    let (_, no) = f.split(same);
    let len = f.b.array_len(a);
    let i = f.b.new_reg(Type::I32);
    let zero = f.b.i32_const(0);
    f.b.mov(i, zero);
    let (head, step, next) = (f.b.new_block(), f.b.new_block(), f.b.new_block());
    f.b.br(head);
    f.b.switch_to(head);
    let done = f.b.i32_ge_s(i, len);
    let yes = f.b.new_block();
    f.b.br_if(done, yes, step);
    f.b.switch_to(yes);
    let one = f.b.i32_const(1);
    f.b.ret(&[one]);
    f.b.switch_to(step);
    let e = f.b.array_get_ref(a, i);
    let null = f.b.ref_is_null(e);
    let check = f.b.new_block();
    f.b.br_if(null, next, check);
    f.b.switch_to(check);
    let ok = element_test(f, e, &class)?;
    let fail = f.b.new_block();
    f.b.br_if(ok, next, fail);
    f.b.switch_to(fail);
    let zero = f.b.i32_const(0);
    f.b.ret(&[zero]);
    f.b.switch_to(next);
    let one = f.b.i32_const(1);
    let n = f.b.i32_add(i, one);
    f.b.mov(i, n);
    f.b.br(head);
    f.b.switch_to(no);
    Ok(f.b.i32_const(0))
}

/// Whether non-null element `e` is an instance of `class` (a binary name or an array
/// descriptor). A class the program does not have cannot be tested: it passes.
fn element_test(f: &mut B<'_>, e: Reg, class: &str) -> Result<Reg, String> {
    if handles(class) || class == "java/lang/String" {
        let (callee, _) =
            if class == "java/lang/String" { crate::runtime::function(f.p, "$is_string")? } else { test(f.p, class)? };
        return Ok(f.b.call(callee, &[e], &[Type::I32])[0]);
    }
    let Some(id) = f.p.classes.get(class).map(|c| c.id) else { return Ok(f.b.i32_const(1)) };
    let dst = f.b.new_reg(Type::I32);
    f.b.push(InstData::ClassTest { op: Opcode::ObjInstanceOf, dst, class: id, arg: e });
    if STRING_INTERFACES.contains(&class) {
        let (callee, _) = crate::runtime::function(f.p, "$is_string")?;
        let s = f.b.call(callee, &[e], &[Type::I32])[0];
        return Ok(f.b.i32_or(dst, s));
    }
    Ok(dst)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tests and casts of every kind of array type build and verify, once per type.
    #[test]
    fn array_tests_and_casts_verify() {
        let mut p = Program::new("arrays");
        crate::classes::declare(&mut p, Vec::new()).expect("declares the runtime's classes");
        for t in ["[I", "[Z", "[D", "[Ljava/lang/Object;", "[Ljava/lang/String;", "[[I", "[[Ljava/lang/Comparable;"] {
            let (a, _) = test(&mut p, t).expect("test builds");
            let (b, _) = test(&mut p, t).expect("test builds");
            assert_eq!(a, b, "{t}: one function per type");
            cast(&mut p, t).expect("cast builds");
        }
        for t in ["java/lang/Cloneable", "java/io/Serializable"] {
            assert!(handles(t));
            test(&mut p, t).expect("test builds");
        }
        assert!(!handles("java/lang/String"));
        rootir::verify::verify_module(&p.module).expect("the helpers verify");
    }
}
