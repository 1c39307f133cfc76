//! A minimal `java.lang.Class`: class literals (`ldc C`, `C.class`) and `Object.getClass()`.
//!
//! Each class has one `Class` object, made on first use and kept in a module global
//! `pkg.C.$class`: an instance of whatever `java.lang.Class` the program has (the Java
//! library's, or the input's own in a sweep of `java.base`) whose `name` field holds the
//! Java name (`pkg.C`, `[Ljava.lang.String;`). Every class gets a hidden virtual method
//! `$class()` returning its object, which `getClass()` calls (a string gets `String`'s).
//! What the `Class` methods do is up to that class (`frontends/jvm/lib/src/java/lang/Class.java`).

use crate::classes::add_method;
use crate::program::{Program, dotted};
use rootir::{Callee, FuncType, FunctionBuilder, InstData, MethodRef, Opcode, Type};

/// The class of class objects.
pub const CLASS: &str = "java/lang/Class";
/// The hidden virtual method returning an object's class.
pub const GET_CLASS: &str = "$class()Ljava/lang/Class;";

/// Whether the program has a `java.lang.Class` (class literals and `getClass` need one).
pub fn modelled(p: &Program) -> bool {
    p.classes.contains_key(CLASS)
}

/// The function returning the `Class` object of `name` (a binary class name or an array
/// descriptor), built on first use.
pub fn literal(p: &mut Program, name: &str) -> Result<(Callee, FuncType), String> {
    let key = format!("$class:{name}");
    if let Some((f, s)) = p.runtime.get(&key) {
        return Ok((Callee::Func(*f), s.clone()));
    }
    let class = p.class(CLASS)?.id;
    let java_name = if name.starts_with('[') { name.replace('/', ".") } else { dotted(name) };
    let global = p.add_global(format!("{java_name}.$class"), Type::Ref);
    let sig = FuncType::new([], [Type::Ref]);
    let mut b = FunctionBuilder::new(format!("{java_name}.$classLiteral"), sig.clone());
    let current = b.global_get(Type::Ref, global);
    let none = b.ref_is_null(current);
    let (make, ready) = (b.new_block(), b.new_block());
    b.br_if(none, make, ready);
    b.switch_to(ready);
    b.ret(&[current]);
    b.switch_to(make);
    let obj = b.new_reg(Type::Ref);
    b.push(InstData::New { dst: obj, class });
    if let Ok((field, _)) = p.field(CLASS, "name") {
        let text = p.string(&java_name);
        let src = b.str_const(text);
        b.push(InstData::FieldSet { field, obj, src });
    }
    b.global_set(global, obj);
    b.ret(&[obj]);
    let f = p.add_function(b.finish());
    p.runtime.insert(key, (f, sig.clone()));
    Ok((Callee::Func(f), sig))
}

/// Gives class `name` (not an interface) its `$class()` method.
pub fn add_get_class(p: &mut Program, name: &str) -> Result<(), String> {
    let (callee, _) = literal(p, name)?;
    let sig = FuncType::new([Type::Ref], [Type::Ref]);
    let mut b = FunctionBuilder::new(format!("{}.$class", dotted(name)), sig.clone());
    let r = b.call(callee, &[], &[Type::Ref]);
    b.ret(&r);
    let f = p.add_function(b.finish());
    add_method(p, name, GET_CLASS.into(), sig, Some(f));
    Ok(())
}

/// The function behind `x.getClass()`: the object's `$class()`, `String`'s class for a string
/// (null traps in the virtual call, as `getClass` of null throws NullPointerException).
pub fn get_class(p: &mut Program) -> Result<(Callee, FuncType), String> {
    const KEY: &str = "$get_class";
    if let Some((f, s)) = p.runtime.get(KEY) {
        return Ok((Callee::Func(*f), s.clone()));
    }
    let (string_class, _) = literal(p, "java/lang/String")?;
    let object = p.class("java/lang/Object")?;
    let object_id = object.id;
    let (index, _) = *object.methods.get(GET_CLASS).ok_or("internal: Object has no $class method")?;
    let sig = FuncType::new([Type::Ref], [Type::Ref]);
    let mut b = FunctionBuilder::new(KEY, sig.clone());
    let this = b.param(0);
    let is_object = b.new_reg(Type::I32);
    b.push(InstData::ClassTest { op: Opcode::ObjInstanceOf, dst: is_object, class: object_id, arg: this });
    let null = b.ref_is_null(this);
    let virtual_call = b.i32_or(is_object, null);
    let (call, string) = (b.new_block(), b.new_block());
    b.br_if(virtual_call, call, string);
    b.switch_to(call);
    let result = b.new_reg(Type::Ref);
    b.push(InstData::CallMethod {
        op: Opcode::CallVirtual,
        results: vec![result],
        method: MethodRef { class: object_id, method: index },
        args: vec![this],
    });
    b.ret(&[result]);
    b.switch_to(string);
    let r = b.call(string_class, &[], &[Type::Ref]);
    b.ret(&r);
    let f = p.add_function(b.finish());
    p.runtime.insert(KEY.into(), (f, sig.clone()));
    Ok((Callee::Func(f), sig))
}
