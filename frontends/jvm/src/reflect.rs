//! A minimal `java.lang.Class`: class literals (`ldc C`, `C.class`) and `Object.getClass()`.
//!
//! Each class has one `Class` object, made on first use and kept in a module global
//! `pkg.C.$class`: an instance of whatever `java.lang.Class` the program has (the Java
//! library's, or the input's own in a sweep of `java.base`) whose `name` field holds the
//! Java name (`pkg.C`, `[Ljava.lang.String;`). Every class gets a hidden virtual method
//! `$class()` returning its object, which `getClass()` calls (a string gets `String`'s, an
//! array the class it is tagged with, `arrays.rs`). The object of an array class is made by
//! `Class.$arrayOf` from its component's (`int` & co for primitive components), once per
//! component.
//! What the `Class` methods do is up to that class (`frontends/jvm/lib/src/java/lang/Class.java`);
//! when it has the fields, the object also gets its superclass's and direct interfaces' objects
//! and whether it is an interface (the library's `isAssignableFrom` / `isInstance` / `cast` walk
//! them). `Class.forName(name)` compares the name with every class of the module ([`for_name`]).

use crate::classes::add_method;
use crate::program::{Program, dotted};
use rootir::{Callee, FuncType, FunctionBuilder, InstData, MethodRef, Opcode, Type};

/// The class of class objects.
pub const CLASS: &str = "java/lang/Class";
/// The interfaces of `java.lang.String` (a VM string), in the JDK's order.
const STRING_INTERFACES: [&str; 3] = ["java/io/Serializable", "java/lang/Comparable", "java/lang/CharSequence"];
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
    if name.starts_with('[') && crate::arrays::tagged(p) {
        // One object per component class: `Class.$arrayOf` makes it once.
        let (component, _) = literal(p, &crate::arrays::component_name(name)?)?;
        let c = b.call(component, &[], &[Type::Ref])[0];
        let (_, array_of) = p.function(CLASS, "$arrayOf(Ljava/lang/Class;)Ljava/lang/Class;")?;
        let obj = b.call(Callee::Func(array_of), &[c], &[Type::Ref])[0];
        b.global_set(global, obj);
        b.ret(&[obj]);
        let f = p.add_function(b.finish());
        p.runtime.insert(key, (f, sig.clone()));
        return Ok((Callee::Func(f), sig));
    }
    let obj = b.new_reg(Type::Ref);
    b.push(InstData::New { dst: obj, class });
    if let Ok((field, _)) = p.field(CLASS, "name") {
        let text = p.string(&java_name);
        let src = b.str_const(text);
        b.push(InstData::FieldSet { field, obj, src });
    }
    // Set before the superclass's object is made: a class's object is made once.
    b.global_set(global, obj);
    hierarchy(p, &mut b, name, obj)?;
    b.ret(&[obj]);
    let f = p.add_function(b.finish());
    p.runtime.insert(key, (f, sig.clone()));
    Ok((Callee::Func(f), sig))
}

/// Fills the `superclass`, `interfaces` and `isInterface` fields of `obj`, the object of class
/// `name`, when the program's `Class` has them and the program has the class.
fn hierarchy(p: &mut Program, b: &mut FunctionBuilder, name: &str, obj: rootir::Reg) -> Result<(), String> {
    let (Ok((sup_field, _)), Ok((ifaces_field, _)), Ok((is_iface_field, _))) =
        (p.field(CLASS, "superclass"), p.field(CLASS, "interfaces"), p.field(CLASS, "isInterface"))
    else {
        return Ok(());
    };
    let (is_interface, super_name, interfaces) = match p.classes.get(name) {
        Some(info) => {
            (info.is_interface, info.super_name.clone().filter(|_| !info.is_interface), info.interfaces.clone())
        }
        // A VM string: the runtime's own class (`String[]` stores and `CharSequence[]` tests).
        None if name == "java/lang/String" => {
            (false, Some("java/lang/Object".into()), STRING_INTERFACES.map(String::from).to_vec())
        }
        None => return Ok(()),
    };
    let flag = b.i32_const(i32::from(is_interface));
    b.push(InstData::FieldSet { field: is_iface_field, obj, src: flag });
    if let Some(sup) = super_name {
        let (callee, _) = literal(p, &sup)?;
        let src = b.call(callee, &[], &[Type::Ref])[0];
        b.push(InstData::FieldSet { field: sup_field, obj, src });
    }
    let len = b.i32_const(interfaces.len() as i32);
    let array = b.array_new_ref(len);
    for (i, iface) in interfaces.iter().enumerate() {
        let (callee, _) = literal(p, iface)?;
        let c = b.call(callee, &[], &[Type::Ref])[0];
        let at = b.i32_const(i as i32);
        b.array_set_ref(array, at, c);
    }
    b.push(InstData::FieldSet { field: ifaces_field, obj, src: array });
    Ok(())
}

/// The function behind `Class.forName(String)`: the object of the module's class of that
/// name, initialised as `forName` initialises it; `ClassNotFoundException` for another name.
pub fn for_name(p: &mut Program) -> Result<(Callee, FuncType), String> {
    const KEY: &str = "$class_for_name";
    if let Some((f, s)) = p.runtime.get(KEY) {
        return Ok((Callee::Func(*f), s.clone()));
    }
    let sig = FuncType::new([Type::Ref], [Type::Ref]);
    let (_, not_found) = p.function(crate::libcalls::ROOT_LIB, "classNotFound(Ljava/lang/String;)Ljava/lang/Class;")?;
    let f = p.reserve_function(KEY.to_string(), sig.clone());
    p.runtime.insert(KEY.into(), (f, sig.clone()));
    let mut b = FunctionBuilder::new(KEY, sig.clone());
    let wanted = b.param(0);
    let names: Vec<String> = p.classes.keys().filter(|n| !n.contains("$$Lambda")).cloned().collect();
    for name in names {
        let text = p.string(&dotted(&name));
        let c = b.str_const(text);
        let hit = b.str_eq(wanted, c);
        let (yes, next) = (b.new_block(), b.new_block());
        b.br_if(hit, yes, next);
        b.switch_to(yes);
        if let Some(guard) = p.classes.get(&name).and_then(|c| c.init_guard) {
            b.call(Callee::Func(guard), &[], &[]);
        }
        let (callee, _) = literal(p, &name)?;
        let r = b.call(callee, &[], &[Type::Ref]);
        b.ret(&r);
        b.switch_to(next);
    }
    let r = b.call(Callee::Func(not_found), &[wanted], &[Type::Ref]);
    b.ret(&r);
    p.set_function(f, b.finish());
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
    if crate::arrays::tagged(p) {
        // One inline test: `array.class` answers the tag of a tagged array, null for an
        // untagged one (its class by element type, `arrays::class_of`), and `this` for a
        // string (anything else that is not an object).
        let c = b.array_class(this, this);
        let string = b.ref_eq(c, this);
        let (not_string, tagged, untagged, is_string) = (b.new_block(), b.new_block(), b.new_block(), b.new_block());
        b.br_if(string, is_string, not_string);
        b.switch_to(not_string);
        let none = b.ref_is_null(c);
        b.br_if(none, untagged, tagged);
        b.switch_to(tagged);
        b.ret(&[c]);
        b.switch_to(untagged);
        let (array_class, _) = crate::arrays::class_of(p)?;
        let r = b.call(array_class, &[this], &[Type::Ref]);
        b.ret(&r);
        b.switch_to(is_string);
    }
    let r = b.call(string_class, &[], &[Type::Ref]);
    b.ret(&r);
    let f = p.add_function(b.finish());
    p.runtime.insert(KEY.into(), (f, sig.clone()));
    Ok((Callee::Func(f), sig))
}

/// The function `(ref) -> ref` behind `Class.getEnumConstants()`: `values()` of the enum class
/// whose object is the argument (its initialisation guard first, as a call of `values()`
/// runs it), null for another class.
pub fn enum_values(p: &mut Program) -> Result<(Callee, FuncType), String> {
    const KEY: &str = "$enum_values";
    if let Some((f, s)) = p.runtime.get(KEY) {
        return Ok((Callee::Func(*f), s.clone()));
    }
    let sig = FuncType::new([Type::Ref], [Type::Ref]);
    let f = p.reserve_function(KEY.to_string(), sig.clone());
    p.runtime.insert(KEY.into(), (f, sig.clone()));
    let mut b = FunctionBuilder::new(KEY, sig.clone());
    let wanted = b.param(0);
    let mut enums: Vec<String> = p
        .classes
        .iter()
        .filter(|(_, c)| c.super_name.as_deref() == Some("java/lang/Enum"))
        .map(|(n, _)| n.clone())
        .collect();
    enums.sort();
    for name in enums {
        let Ok((_, values)) = p.function(&name, &format!("values()[L{name};")) else { continue };
        let (callee, _) = literal(p, &name)?;
        let c = b.call(callee, &[], &[Type::Ref])[0];
        let hit = b.ref_eq(wanted, c);
        let (yes, next) = (b.new_block(), b.new_block());
        b.br_if(hit, yes, next);
        b.switch_to(yes);
        if let Some(guard) = p.classes.get(&name).and_then(|c| c.init_guard) {
            b.call(Callee::Func(guard), &[], &[]);
        }
        let r = b.call(Callee::Func(values), &[], &[Type::Ref]);
        b.ret(&r);
        b.switch_to(next);
    }
    let null = b.ref_null();
    b.ret(&[null]);
    p.set_function(f, b.finish());
    Ok((Callee::Func(f), sig))
}
