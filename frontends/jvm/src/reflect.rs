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
use crate::runtime::{B, cached_function, cached_named};
use rootir::{Callee, FuncType, FunctionBuilder, InstData, MethodRef, Opcode, Type};

/// The class of class objects.
pub const CLASS: &str = "java/lang/Class";
/// The interfaces of `java.lang.String` (a VM string), in the JDK's order.
const STRING_INTERFACES: [&str; 3] = ["java/io/Serializable", "java/lang/Comparable", "java/lang/CharSequence"];
/// The hidden virtual method returning an object's class.
pub const GET_CLASS: &str = "$class()Ljava/lang/Class;";
/// The library `Class`'s helper making the object of an array class from its component's.
const ARRAY_OF: &str = "$arrayOf(Ljava/lang/Class;)Ljava/lang/Class;";

/// Whether the program has a `java.lang.Class` (class literals and `getClass` need one).
pub fn modelled(p: &Program) -> bool {
    p.classes.contains_key(CLASS)
}

/// Whether the program's `java.lang.Class` is the Java library's (with its helpers
/// `$arrayOf`, `$castFailed`, the reflection redirect), not the input's own (a sweep of
/// `java.base` brings its own). Arrays are tagged with their class only then (`arrays.rs`).
pub fn library_class(p: &Program) -> bool {
    p.function(CLASS, ARRAY_OF).is_ok()
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
    cached_named(p, &key, format!("{java_name}.$classLiteral"), sig, |f| {
        f.return_if_set(global);
        if name.starts_with('[') && library_class(f.p) {
            // One object per component class: `Class.$arrayOf` makes it once.
            let (component, _) = literal(f.p, &crate::arrays::component_name(name)?)?;
            let c = f.b.call(component, &[], &[Type::Ref])[0];
            let (_, array_of) = f.p.function(CLASS, ARRAY_OF)?;
            let obj = f.b.call(Callee::Func(array_of), &[c], &[Type::Ref])[0];
            f.b.global_set(global, obj);
            f.b.ret(&[obj]);
            return Ok(());
        }
        let obj = f.b.new_reg(Type::Ref);
        f.b.push(InstData::New { dst: obj, class });
        if let Ok((field, _)) = f.p.field(CLASS, "name") {
            let text = f.p.string(&java_name);
            let src = f.b.str_const(text);
            f.b.push(InstData::FieldSet { field, obj, src });
        }
        // Set before the superclass's object is made: a class's object is made once.
        f.b.global_set(global, obj);
        hierarchy(f.p, &mut f.b, name, obj)?;
        f.b.ret(&[obj]);
        Ok(())
    })
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
    let sig = FuncType::new([Type::Ref], [Type::Ref]);
    cached_function(p, "$class_for_name", sig, |f| {
        let (_, not_found) =
            f.p.function(crate::libcalls::ROOT_LIB, "classNotFound(Ljava/lang/String;)Ljava/lang/Class;")?;
        let wanted = f.b.param(0);
        let names: Vec<String> = f.p.classes.keys().filter(|n| !n.contains("$$Lambda")).cloned().collect();
        for name in names {
            let text = f.p.string(&dotted(&name));
            let c = f.b.str_const(text);
            let hit = f.b.str_eq(wanted, c);
            let (_, next) = f.split(hit);
            initialise_and_return(f, &name, None)?;
            f.b.switch_to(next);
        }
        let r = f.b.call(Callee::Func(not_found), &[wanted], &[Type::Ref]);
        f.b.ret(&r);
        Ok(())
    })
}

/// Runs the initialisation guard of class `name`, then returns its class object, or (with
/// `values`) the result of calling `values`.
fn initialise_and_return(f: &mut B<'_>, name: &str, values: Option<rootir::FuncId>) -> Result<(), String> {
    if let Some(guard) = f.p.classes.get(name).and_then(|c| c.init_guard) {
        f.b.call(Callee::Func(guard), &[], &[]);
    }
    let r = match values {
        Some(v) => f.b.call(Callee::Func(v), &[], &[Type::Ref]),
        None => {
            let (callee, _) = literal(f.p, name)?;
            f.b.call(callee, &[], &[Type::Ref])
        }
    };
    f.b.ret(&r);
    Ok(())
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
    let sig = FuncType::new([Type::Ref], [Type::Ref]);
    cached_function(p, "$get_class", sig, |f| {
        let (string_class, _) = literal(f.p, "java/lang/String")?;
        let object = f.p.class("java/lang/Object")?;
        let object_id = object.id;
        let (index, _) = *object.methods.get(GET_CLASS).ok_or("internal: Object has no $class method")?;
        let this = f.b.param(0);
        let is_object = f.b.new_reg(Type::I32);
        f.b.push(InstData::ClassTest { op: Opcode::ObjInstanceOf, dst: is_object, class: object_id, arg: this });
        let null = f.b.ref_is_null(this);
        let virtual_call = f.b.i32_or(is_object, null);
        let (_, string) = f.split(virtual_call);
        let result = f.b.new_reg(Type::Ref);
        f.b.push(InstData::CallMethod {
            op: Opcode::CallVirtual,
            results: vec![result],
            method: MethodRef { class: object_id, method: index },
            args: vec![this],
        });
        f.b.ret(&[result]);
        f.b.switch_to(string);
        if library_class(f.p) {
            // One inline test: `array.class` answers the tag of a tagged array, null for an
            // untagged one (its class by element type, `arrays::class_of`), and `this` for a
            // string (anything else that is not an object).
            let c = f.b.array_class(this, this);
            let is_string = f.b.ref_eq(c, this);
            let (_, not_string) = f.split(is_string);
            let r = f.b.call(string_class, &[], &[Type::Ref]);
            f.b.ret(&r);
            f.b.switch_to(not_string);
            let none = f.b.ref_is_null(c);
            let (_, tagged) = f.split(none);
            let (array_class, _) = crate::arrays::class_of(f.p)?;
            let r = f.b.call(array_class, &[this], &[Type::Ref]);
            f.b.ret(&r);
            f.b.switch_to(tagged);
            f.b.ret(&[c]);
            return Ok(());
        }
        let r = f.b.call(string_class, &[], &[Type::Ref]);
        f.b.ret(&r);
        Ok(())
    })
}

/// The function `(ref) -> ref` behind `Class.getEnumConstants()`: `values()` of the enum class
/// whose object is the argument (its initialisation guard first, as a call of `values()`
/// runs it), null for another class.
pub fn enum_values(p: &mut Program) -> Result<(Callee, FuncType), String> {
    let sig = FuncType::new([Type::Ref], [Type::Ref]);
    cached_function(p, "$enum_values", sig, |f| {
        let wanted = f.b.param(0);
        let mut enums: Vec<String> =
            f.p.classes
                .iter()
                .filter(|(_, c)| c.super_name.as_deref() == Some("java/lang/Enum"))
                .map(|(n, _)| n.clone())
                .collect();
        enums.sort();
        for name in enums {
            let Ok((_, values)) = f.p.function(&name, &format!("values()[L{name};")) else { continue };
            let (callee, _) = literal(f.p, &name)?;
            let c = f.b.call(callee, &[], &[Type::Ref])[0];
            let hit = f.b.ref_eq(wanted, c);
            let (_, next) = f.split(hit);
            initialise_and_return(f, &name, Some(values))?;
            f.b.switch_to(next);
        }
        let null = f.b.ref_null();
        f.b.ret(&[null]);
        Ok(())
    })
}
