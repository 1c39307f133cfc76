//! Arrays that know their Java class: tags, `instanceof` / `checkcast` of array types (and of
//! `Cloneable` / `Serializable`, which every array implements), `aastore`'s
//! `ArrayStoreException`.
//!
//! Every array the program makes (`newarray`, `anewarray`, `multianewarray`, `clone()`,
//! `Array.newInstance`) is tagged with its `Class` object (`std.java_array_set_class`: a VM
//! array class tag, `vmalloc/src/array_class.rs`); `$array_class` reads it back
//! (`std.java_array_class`). An untagged array (made by a host function, or by a program whose
//! `java.lang.Class` is not the library's) answers the class of its VM element type: `[B`,
//! `[S`, `[C`, `[I`, `[J`, `[F`, `[D` or `[Ljava.lang.Object;`.
//!
//! A type test is then exact and O(1) in the array's length: the tag is the target's class
//! object, or `Class.isAssignableFrom` says yes (covariance: `String[]` is an `Object[]`,
//! `int[][]` an `Object[]`). Each test is a runtime function per type (`$array_is:[I`,
//! `$array_cast:[Ljava/lang/String;`), built on first use; a failed cast throws
//! `ClassCastException` worded as HotSpot words it (`Class.$castFailed`).

use crate::program::Program;
use crate::reflect::{CLASS, library_class, literal};
use crate::runtime::{B, cached_function, instance_test};
use rootir::{Callee, FuncType, FunctionBuilder, InstData, Opcode, Reg, Type};

/// The interfaces every array implements.
const ARRAY_INTERFACES: &[&str] = &["java/lang/Cloneable", "java/io/Serializable"];
/// The interfaces a VM string implements besides `Serializable`.
const STRING_INTERFACES: &[&str] = &["java/lang/Comparable", "java/lang/CharSequence", "java/io/Serializable"];
/// `Class`'s helpers for array classes (`lib/src/java/lang/Class.java`).
const CAST_FAILED: &str = "$castFailed(Ljava/lang/Class;Ljava/lang/Class;)Ljava/lang/ClassCastException;";
const STORE_ERROR: &str = "$storeError(Ljava/lang/Class;Ljava/lang/Object;)Ljava/lang/ArrayStoreException;";
const ARRAYCOPY: &str = "$arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)Ljava/lang/RuntimeException;";
const IS_ASSIGNABLE: &str = "isAssignableFrom(Ljava/lang/Class;)Z";
/// The class of an untagged array by VM element kind (`std.java_array_kind`).
const KIND_CLASSES: &[&str] = &["[B", "[S", "[C", "[I", "[J", "[F", "[D", "[Ljava/lang/Object;", "[Ljava/lang/Object;"];

/// Whether `instanceof` / `checkcast` of `class` (a binary name or an array descriptor) goes
/// through this module.
pub fn handles(class: &str) -> bool {
    class.starts_with('[') || ARRAY_INTERFACES.contains(&class)
}

/// The name [`literal`] takes for the component of array type `desc` (`[I` → `int`,
/// `[Ljava/lang/String;` → `java/lang/String`, `[[I` → `[I`).
pub fn component_name(desc: &str) -> Result<String, String> {
    let element = desc.strip_prefix('[').ok_or_else(|| format!("{desc} is not an array type"))?;
    Ok(match element {
        "Z" => "boolean".into(),
        "B" => "byte".into(),
        "C" => "char".into(),
        "S" => "short".into(),
        "I" => "int".into(),
        "J" => "long".into(),
        "F" => "float".into(),
        "D" => "double".into(),
        e if e.starts_with('[') => e.to_string(),
        e => match e.strip_prefix('L').and_then(|c| c.strip_suffix(';')) {
            Some(c) => c.to_string(),
            None => return Err(format!("bad array type {desc}")),
        },
    })
}

/// The array descriptor of arrays of `class` (a binary name or an array descriptor).
pub fn array_of(class: &str) -> String {
    if class.starts_with('[') { format!("[{class}") } else { format!("[L{class};") }
}

/// Calls the function `(ref) -> ref` of `callee` on `a`.
fn call1(f: &mut B<'_>, callee: (Callee, FuncType), args: &[Reg]) -> Vec<Reg> {
    f.b.call(callee.0, args, &callee.1.results)
}

/// The class object of array type `desc` (a call of its literal function).
fn class_object(f: &mut B<'_>, desc: &str) -> Result<Reg, String> {
    let lit = literal(f.p, desc)?;
    Ok(call1(f, lit, &[])[0])
}

/// The function `(ref) -> ref` tagging a new array with the class of array type `desc` and
/// returning it.
pub fn tag(p: &mut Program, desc: &str) -> Result<(Callee, FuncType), String> {
    let sig = FuncType::new([Type::Ref], [Type::Ref]);
    cached_function(p, &format!("$array_tag:{desc}"), sig, |f| {
        let a = f.b.param(0);
        let c = class_object(f, desc)?;
        let (set, _) = f.p.host("java_array_set_class", FuncType::new([Type::Ref, Type::Ref], []));
        f.b.call(set, &[a, c], &[]);
        f.b.ret(&[a]);
        Ok(())
    })
}

/// Tags `array`, a new array of references the runtime made, with the class of array type
/// `desc` (when arrays are tagged: [`library_class`]), so that it answers the right
/// `getClass()` and casts (an untagged one answers `Object[]`).
pub fn tag_new(p: &mut Program, b: &mut FunctionBuilder, array: Reg, desc: &str) -> Result<(), String> {
    if library_class(p) {
        let (callee, sig) = tag(p, desc)?;
        b.call(callee, &[array], &sig.results);
    }
    Ok(())
}

/// The function `(ref from, ref to) -> ()` giving array `to` the class of array `from` (clone).
pub fn copy_tag(p: &mut Program) -> Result<(Callee, FuncType), String> {
    cached_function(p, "$array_copy_tag", FuncType::new([Type::Ref, Type::Ref], []), |f| {
        let (from, to) = (f.b.param(0), f.b.param(1));
        let (get, _) = f.p.host("java_array_class", FuncType::new([Type::Ref], [Type::Ref]));
        let c = f.b.call(get, &[from], &[Type::Ref])[0];
        let (set, _) = f.p.host("java_array_set_class", FuncType::new([Type::Ref, Type::Ref], []));
        f.b.call(set, &[to, c], &[]);
        f.b.ret(&[]);
        Ok(())
    })
}

/// The function `(ref) -> ref`: the class object of array `a` (its tag, else the class of its
/// element kind), null for null and for anything that is not an array.
pub fn class_of(p: &mut Program) -> Result<(Callee, FuncType), String> {
    cached_function(p, "$array_class", FuncType::new([Type::Ref], [Type::Ref]), |f| {
        let a = f.b.param(0);
        let null = f.b.ref_null();
        let c = f.b.array_class(a, null);
        let untagged = f.b.ref_is_null(c);
        let (_, tagged) = f.split(untagged);
        let (kind, _) = f.p.host("java_array_kind", FuncType::new([Type::Ref], [Type::I32]));
        let k = f.b.call(kind, &[a], &[Type::I32])[0];
        for (i, desc) in KIND_CLASSES.iter().enumerate() {
            let want = f.b.i32_const(i as i32);
            let hit = f.b.i32_eq(k, want);
            let (_, next) = f.split(hit);
            let c = class_object(f, desc)?;
            f.b.ret(&[c]);
            f.b.switch_to(next);
        }
        let null = f.b.ref_null();
        f.b.ret(&[null]);
        f.b.switch_to(tagged);
        f.b.ret(&[c]);
        Ok(())
    })
}

/// The function `(ref) -> i32` testing `instanceof class` (null gives 0).
pub fn test(p: &mut Program, class: &str) -> Result<(Callee, FuncType), String> {
    let owned = class.to_string();
    instance_test(p, &format!("$array_is:{class}"), move |f, a| {
        let cls = class_of(f.p)?;
        let c = call1(f, cls, &[a])[0];
        if owned.starts_with('[') { array_test(f, c, &owned) } else { interface_test(f, a, c, &owned) }
    })
}

/// The function `(ref) -> ref` of `checkcast class`: its argument when null or when the test
/// holds, else it throws `ClassCastException`.
pub fn cast(p: &mut Program, class: &str) -> Result<(Callee, FuncType), String> {
    let owned = class.to_string();
    cached_function(p, &format!("$array_cast:{class}"), FuncType::new([Type::Ref], [Type::Ref]), move |f| {
        let a = f.b.param(0);
        let is = test(f.p, &owned)?;
        let ok = call1(f, is, &[a])[0];
        let null = f.b.ref_is_null(a);
        let pass = f.b.i32_or(ok, null);
        let (_, bad) = f.split(pass);
        f.b.ret(&[a]);
        f.b.switch_to(bad);
        if !library_class(f.p) {
            // The input's own `Class` (a sweep of `java.base`) has no `$castFailed`.
            let id = f.p.class("java/lang/ClassCastException")?.id;
            let e = f.b.new_reg(Type::Ref);
            f.b.push(InstData::New { dst: e, class: id });
            let msg = f.str(&format!("the value cannot be cast to class {}", owned.replace('/', ".")));
            f.field_set("java/lang/Throwable", "detailMessage", e, msg)?;
            f.fill_in_stack_trace(e)?;
            f.b.throw(e);
            return Ok(());
        }
        let get_class = crate::reflect::get_class(f.p)?;
        let from = call1(f, get_class, &[a])[0];
        let to = class_object(f, &owned)?;
        let (_, failed) = f.p.function(CLASS, CAST_FAILED)?;
        let sig = FuncType::new([Type::Ref, Type::Ref], [Type::Ref]);
        let e = call1(f, (Callee::Func(failed), sig), &[from, to])[0];
        f.fill_in_stack_trace(e)?;
        f.b.throw(e);
        Ok(())
    })
}

/// Whether array class `c` (null for a non-array) is a `desc` (an array type).
fn array_test(f: &mut B<'_>, c: Reg, desc: &str) -> Result<Reg, String> {
    let none = f.b.ref_is_null(c);
    let (_, array) = f.split(none);
    let zero = f.b.i32_const(0);
    f.b.ret(&[zero]);
    f.b.switch_to(array);
    let target = class_object(f, desc)?;
    let same = f.b.ref_eq(c, target);
    let (_, other) = f.split(same);
    let one = f.b.i32_const(1);
    f.b.ret(&[one]);
    f.b.switch_to(other);
    if !desc[1..].starts_with(['L', '[']) {
        // A primitive array type is only itself.
        return Ok(f.b.i32_const(0));
    }
    let (_, assignable) = f.p.function(CLASS, IS_ASSIGNABLE)?;
    let sig = FuncType::new([Type::Ref, Type::Ref], [Type::I32]);
    Ok(call1(f, (Callee::Func(assignable), sig), &[target, c])[0])
}

/// `Cloneable` / `Serializable` of non-null `a` whose array class is `c`: an array, an
/// instance of a class of the program implementing it, or (`Serializable`) a string.
fn interface_test(f: &mut B<'_>, a: Reg, c: Reg, class: &str) -> Result<Reg, String> {
    let none = f.b.ref_is_null(c);
    let mut r = f.b.i32_eqz(none);
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

/// The function `(ref array, ref value) -> ()` that `aastore` calls when `array.store_known`
/// does not know the store: throws `ArrayStoreException` when non-null `value` is not an
/// instance of the component class of the array (not looked at for an untagged array and for
/// an `Object[]`); a store it allows is approved (`std.java_array_approve_store`), so the next
/// store of a value of that type into an array of that class skips the call.
pub fn store_check(p: &mut Program) -> Result<(Callee, FuncType), String> {
    cached_function(p, "$aastore_check", FuncType::new([Type::Ref, Type::Ref], []), |f| {
        let (a, v) = (f.b.param(0), f.b.param(1));
        let null = f.b.ref_is_null(v);
        let (_, value) = f.split(null);
        f.b.ret(&[]);
        f.b.switch_to(value);
        let none = f.b.ref_null();
        let c = f.b.array_class(a, none);
        let untagged = f.b.ref_is_null(c);
        let (_, tagged) = f.split(untagged);
        f.b.ret(&[]);
        f.b.switch_to(tagged);
        let (approve, _) = f.p.host("java_array_approve_store", FuncType::new([Type::Ref, Type::Ref], []));
        // Cheapest first: an `Object[]`, a value whose class is the component class exactly;
        // only then the hierarchy walk.
        let object = class_object(f, "[Ljava/lang/Object;")?;
        let objects = f.b.ref_eq(c, object);
        let (_, typed) = f.split(objects);
        f.b.call(approve, &[a, v], &[]);
        f.b.ret(&[]);
        f.b.switch_to(typed);
        let (component, _) = f.p.field(CLASS, "componentType")?;
        let wanted = f.b.new_reg(Type::Ref);
        f.b.push(InstData::FieldGet { dst: wanted, field: component, obj: c });
        let get_class = crate::reflect::get_class(f.p)?;
        let got = call1(f, get_class, &[v])[0];
        let exact = f.b.ref_eq(got, wanted);
        let (_, check) = f.split(exact);
        f.b.call(approve, &[a, v], &[]);
        f.b.ret(&[]);
        f.b.switch_to(check);
        let (_, checker) = f.p.function(CLASS, STORE_ERROR)?;
        let e = f.b.call(Callee::Func(checker), &[c, v], &[Type::Ref])[0];
        let fine = f.b.ref_is_null(e);
        let (_, bad) = f.split(fine);
        f.b.call(approve, &[a, v], &[]);
        f.b.ret(&[]);
        f.b.switch_to(bad);
        f.fill_in_stack_trace(e)?;
        f.b.throw(e);
        Ok(())
    })
}

/// The function `(ref src, i32 sp, ref dst, i32 dp, i32 n) -> ()` behind `System.arraycopy`:
/// one host call, `std.java_array_copy`, copies at once when both arrays have the same class
/// tag, or are both untagged with one element kind (the common case); otherwise
/// `Class.$arraycopy`'s checks answer the exception HotSpot throws (null, a non-array, a type
/// mismatch, an element that does not fit, which it copies up to) or null, and `array.copy`
/// copies. (Checking the tags and the range inline instead, with `array.class`, costs more
/// than the host call: docs/jvm.md.)
pub fn copy(p: &mut Program) -> Result<(Callee, FuncType), String> {
    let sig = FuncType::new([Type::Ref, Type::I32, Type::Ref, Type::I32, Type::I32], []);
    cached_function(p, "$arraycopy", sig.clone(), |f| {
        let args: Vec<Reg> = (0..5).map(|i| f.b.param(i)).collect();
        let (same_class, _) = f.p.host("java_array_copy", FuncType::new(sig.params.clone(), [Type::I32]));
        let done = f.b.call(same_class, &args, &[Type::I32])[0];
        let (_, slow) = f.split(done);
        f.b.ret(&[]);
        f.b.switch_to(slow);
        let (_, check) = f.p.function(CLASS, ARRAYCOPY)?;
        let e = f.b.call(Callee::Func(check), &args, &[Type::Ref])[0];
        let fine = f.b.ref_is_null(e);
        let (_, bad) = f.split(fine);
        f.b.array_copy(args[0], args[1], args[2], args[3], args[4]);
        f.b.ret(&[]);
        f.b.switch_to(bad);
        f.fill_in_stack_trace(e)?;
        f.b.throw(e);
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The component names the literal functions take.
    #[test]
    fn component_names() {
        assert_eq!(component_name("[I").unwrap(), "int");
        assert_eq!(component_name("[Z").unwrap(), "boolean");
        assert_eq!(component_name("[Ljava/lang/String;").unwrap(), "java/lang/String");
        assert_eq!(component_name("[[I").unwrap(), "[I");
        assert!(component_name("I").is_err());
        assert!(component_name("[Lx").is_err());
        assert_eq!(array_of("java/lang/String"), "[Ljava/lang/String;");
        assert_eq!(array_of("[I"), "[[I");
    }
}
