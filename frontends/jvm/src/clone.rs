//! `Object.clone()` of objects (arrays are copied where they are cloned, `objects.rs`): every
//! class has a hidden virtual method `$clone()`. `Object`'s throws
//! `CloneNotSupportedException` (or, when the program has no such class,
//! `UnsupportedOperationException`) naming the class, as the JDK does for a class that does
//! not implement `Cloneable`; a class that implements `Cloneable` overrides it with a shallow
//! copy: a new object of the class with every instance field of its chain copied.

use crate::classes::add_method;
use crate::program::{Program, dotted};
use rootir::{FieldRef, FuncType, FunctionBuilder, InstData, MethodRef, Opcode, Type};

/// The hidden virtual method.
pub const CLONE: &str = "$clone()Ljava/lang/Object;";
const CLONEABLE: &str = "java/lang/Cloneable";

/// Whether class `name` implements `Cloneable` (through its superclasses and interfaces).
fn cloneable(p: &Program, name: &str) -> bool {
    let mut todo = p.chain(name);
    let mut seen = std::collections::HashSet::new();
    while let Some(c) = todo.pop() {
        if c == CLONEABLE {
            return true;
        }
        if seen.insert(c.clone())
            && let Some(info) = p.classes.get(&c)
        {
            todo.extend(info.interfaces.iter().cloned());
        }
    }
    false
}

/// Gives `java.lang.Object` its `$clone()` (call first) and class `name` its own when it
/// implements `Cloneable`.
pub fn add(p: &mut Program, name: &str) -> Result<(), String> {
    let object = name == "java/lang/Object";
    if !object && !cloneable(p, name) {
        return Ok(());
    }
    let sig = FuncType::new([Type::Ref], [Type::Ref]);
    let fname = format!("{}.$clone", dotted(name));
    let body = if object {
        let class = if p.classes.contains_key("java/lang/CloneNotSupportedException") {
            "java/lang/CloneNotSupportedException"
        } else {
            "java/lang/UnsupportedOperationException"
        };
        not_cloneable(p, fname, class)?
    } else {
        copy(p, fname, name)?
    };
    let f = p.add_function(body);
    add_method(p, name, CLONE.into(), sig, Some(f));
    Ok(())
}

/// The body of `Object.$clone`: throws `class` with the receiver's class name as message.
fn not_cloneable(p: &mut Program, fname: String, class: &str) -> Result<rootir::Function, String> {
    let id = p.class(class)?.id;
    let (message, _) = p.field("java/lang/Throwable", "detailMessage")?;
    let (decl, index, _) = p.method("java/lang/Object", crate::classes::CLASS_NAME)?;
    let name_method = MethodRef { class: p.class(&decl)?.id, method: index };
    let mut b = FunctionBuilder::new(fname, FuncType::new([Type::Ref], [Type::Ref]));
    let this = b.param(0);
    let text = b.new_reg(Type::Ref);
    b.push(InstData::CallMethod {
        op: Opcode::CallVirtual,
        results: vec![text],
        method: name_method,
        args: vec![this],
    });
    let e = b.new_reg(Type::Ref);
    b.push(InstData::New { dst: e, class: id });
    b.push(InstData::FieldSet { field: message, obj: e, src: text });
    crate::runtime::capture(p, &mut b, "java_backtrace", e)?;
    b.throw(e);
    Ok(b.finish())
}

/// The body of `C.$clone`: a new `C` with every instance field of `C`'s chain copied.
fn copy(p: &mut Program, fname: String, name: &str) -> Result<rootir::Function, String> {
    let id = p.class(name)?.id;
    let mut fields: Vec<(FieldRef, Type)> = Vec::new();
    for c in p.chain(name) {
        let info = p.class(&c)?;
        for (index, t) in info.fields.values() {
            fields.push((FieldRef { class: info.id, field: *index }, t.ir()));
        }
    }
    fields.sort_by_key(|(f, _)| (f.class.index(), f.field));
    let mut b = FunctionBuilder::new(fname, FuncType::new([Type::Ref], [Type::Ref]));
    let this = b.param(0);
    let copy = b.new_reg(Type::Ref);
    b.push(InstData::New { dst: copy, class: id });
    for (field, ty) in fields {
        let v = b.new_reg(ty);
        b.push(InstData::FieldGet { dst: v, field, obj: this });
        b.push(InstData::FieldSet { field, obj: copy, src: v });
    }
    b.ret(&[copy]);
    Ok(b.finish())
}
