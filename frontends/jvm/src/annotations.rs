//! Annotations in reflection (docs/jvm.md, "Annotations"). When an input class names a method
//! that asks for annotations ([`ASKING`]), the annotation attributes of every class are parsed
//! ([`remember`], `annotation_parse.rs`); a program that never asks pays nothing. Its calls reach
//! `RootAnnotations.table(className)` (library, `java/lang/reflect`), which is [`table`]: a
//! generated function returning, for the program's class of that name, each annotated member's
//! annotation instances, parameter annotations and default value.
//!
//! An instance is made by the factory of its interface's generated class
//! (`annotation_class.rs`) from its values (explicit, else the element's default) and the order
//! HotSpot's `toString` shows them in ([`display_order`]).

use crate::annotation_class::{ROOT_ANNOTATION, factory};
use crate::annotation_parse::{self, Ann, Value};
use crate::classfile::ClassFile;
use crate::program::{Program, dotted};
use crate::reflect::literal;
use crate::runtime::{B, cached_function};
use rootir::{Callee, FuncType, Reg, Type};
use std::collections::{BTreeMap, HashSet};

/// The library class whose `table` is [`table`].
pub const ROOT_ANNOTATIONS: &str = "java/lang/reflect/RootAnnotations";
/// The array class of annotations.
const ANNOTATION_ARRAY: &str = "[Ljava/lang/annotation/Annotation;";
/// How deeply annotation values may nest (defaults included) when instances are built.
const MAX_DEPTH: usize = 64;

/// The methods that ask for annotations (of `Class`, `Method`, `Field`, `Constructor`: libcalls.rs
/// sends them to [`ROOT_ANNOTATIONS`]); their name in an input class makes the program's
/// annotations parsed.
pub(crate) const ASKING: &[&str] = &[
    "getAnnotation",
    "getAnnotations",
    "getDeclaredAnnotation",
    "getDeclaredAnnotations",
    "isAnnotationPresent",
    "getAnnotationsByType",
    "getDeclaredAnnotationsByType",
    "getParameterAnnotations",
    "getDefaultValue",
];
/// `ACC_ANNOTATION`.
const ANNOTATION_FLAG: u16 = 0x2000;

/// The program's annotations, parsed ([`remember`]).
#[derive(Default)]
pub struct Annotated {
    /// The annotated members of each class that has some.
    classes: BTreeMap<String, Vec<Member>>,
    /// The elements of each annotation interface.
    interfaces: BTreeMap<String, Vec<Element>>,
}

/// Parses the annotations of the program's classes when an input class asks for annotations
/// (see the module documentation). A malformed attribute is an error naming its class and
/// member.
pub fn remember(p: &mut Program, inputs: &HashSet<String>) -> Result<(), String> {
    if inputs.contains(crate::reflect::CLASS) {
        return Ok(());
    }
    let asks = p.files.values().filter(|c| inputs.contains(&c.name)).any(|c| {
        c.pool.0.iter().any(|e| {
            matches!(e, classfile_parser::constant_info::ConstantInfo::Utf8(u) if ASKING.contains(&u.utf8_string.as_str()))
        })
    });
    if !asks {
        return Ok(());
    }
    let mut annotated = Annotated::default();
    for (name, c) in &p.files {
        if !c.annotations.is_empty() {
            annotated.classes.insert(name.clone(), parse_class(c)?);
        }
        if c.is_interface && c.flags.get("").is_some_and(|f| f & ANNOTATION_FLAG != 0) {
            annotated.interfaces.insert(name.clone(), elements(c)?);
        }
    }
    p.annotated = annotated;
    Ok(())
}

/// One annotated member of a class, parsed.
struct Member {
    /// "" for the class, a field's name, a method's name and descriptor.
    key: String,
    annotations: Vec<Ann>,
    parameters: Option<Vec<Vec<Ann>>>,
    default: Option<Value>,
}

/// An element of an annotation interface: its method's name and descriptor and its default.
pub(crate) struct Element {
    /// The method's name.
    pub(crate) name: String,
    /// The method's descriptor (`()I`).
    pub(crate) desc: String,
    default: Option<Value>,
}

/// How errors name member `key` of `class`.
fn describe(class: &str, key: &str) -> String {
    match key {
        "" => format!("class {}", dotted(class)),
        k if k.contains('(') => format!("method {}.{k}", dotted(class)),
        k => format!("field {}.{k}", dotted(class)),
    }
}

fn malformed(class: &str, key: &str, e: String) -> String {
    format!("malformed annotation attribute of {}: {e}", describe(class, key))
}

/// The annotated members of class file `c`.
fn parse_class(c: &ClassFile) -> Result<Vec<Member>, String> {
    let mut out = Vec::new();
    for (key, a) in &c.annotations {
        let bad = |e| malformed(&c.name, key, e);
        let annotations = match &a.visible {
            Some(bytes) => annotation_parse::annotations(bytes, &c.pool).map_err(bad)?,
            None => Vec::new(),
        };
        let parameters =
            a.parameters.as_ref().map(|b| annotation_parse::parameters(b, &c.pool)).transpose().map_err(bad)?;
        let default = a.default.as_ref().map(|b| annotation_parse::default(b, &c.pool)).transpose().map_err(bad)?;
        out.push(Member { key: key.clone(), annotations, parameters, default });
    }
    Ok(out)
}

/// The function behind `RootAnnotations.table(String className)`: null for a class without
/// annotations, else an array of `Object[] {String key, Annotation[] annotations,
/// Annotation[][] parameter annotations or null, Object default value or null}`.
pub fn table(p: &mut Program) -> Result<(Callee, FuncType), String> {
    let sig = FuncType::new([Type::Ref], [Type::Ref]);
    cached_function(p, "$annotation_table", sig, |f| {
        let annotated = std::mem::take(&mut f.p.annotated);
        let built = table_body(f, &annotated);
        f.p.annotated = annotated;
        built
    })
}

/// The body of [`table`]: one test of the name and one array per annotated class.
fn table_body(f: &mut B<'_>, annotated: &Annotated) -> Result<(), String> {
    let wanted = f.b.param(0);
    for (class, members) in &annotated.classes {
        let c = f.str(&dotted(class));
        let hit = f.b.str_eq(wanted, c);
        let (_, next) = f.split(hit);
        let mut entries = Vec::new();
        for m in members {
            entries.push(entry(f, annotated, m)?);
        }
        let array = ref_array(f, &entries, None)?;
        f.b.ret(&[array]);
        f.b.switch_to(next);
    }
    let none = f.b.ref_null();
    f.b.ret(&[none]);
    Ok(())
}

/// One element of a class's array (see [`table`]).
fn entry(f: &mut B<'_>, all: &Annotated, m: &Member) -> Result<Reg, String> {
    let key = f.str(&m.key);
    let annotations = annotation_array(f, all, &m.annotations)?;
    let parameters = match &m.parameters {
        Some(rows) => {
            let mut arrays = Vec::new();
            for row in rows {
                arrays.push(annotation_array(f, all, row)?);
            }
            ref_array(f, &arrays, Some("[[Ljava/lang/annotation/Annotation;"))?
        }
        None => f.b.ref_null(),
    };
    let default = match &m.default {
        Some(v) => value(f, all, v, 0)?,
        None => f.b.ref_null(),
    };
    ref_array(f, &[key, annotations, parameters, default], None)
}

/// A new array of `elements`, tagged with class `desc` when given.
pub(crate) fn ref_array(f: &mut B<'_>, elements: &[Reg], desc: Option<&str>) -> Result<Reg, String> {
    let len = f.b.i32_const(elements.len() as i32);
    let array = f.b.array_new_ref(len);
    if let Some(desc) = desc {
        crate::arrays::tag_new(f.p, &mut f.b, array, desc)?;
    }
    for (i, &e) in elements.iter().enumerate() {
        let at = f.b.i32_const(i as i32);
        f.b.array_set_ref(array, at, e);
    }
    Ok(array)
}

/// An `Annotation[]` of the instances of `anns` whose interface the program has (HotSpot, too,
/// leaves out annotations whose interface is missing).
fn annotation_array(f: &mut B<'_>, all: &Annotated, anns: &[Ann]) -> Result<Reg, String> {
    let mut made = Vec::new();
    for a in anns {
        made.extend(instance(f, all, a, 0)?);
    }
    ref_array(f, &made, Some(ANNOTATION_ARRAY))
}

/// A new instance of annotation `a`, with its interface's defaults; none when the program has
/// no such interface.
fn instance(f: &mut B<'_>, all: &Annotated, a: &Ann, depth: usize) -> Result<Option<Reg>, String> {
    if depth > MAX_DEPTH {
        return Err(format!("annotation @{} nests too deeply (through its defaults)", dotted(&a.ty)));
    }
    let Some(elements) = all.interfaces.get(&a.ty).filter(|_| f.p.classes.contains_key(&a.ty)) else {
        return Ok(None);
    };
    let mut values = Vec::new();
    for e in elements {
        let v = a.pairs.iter().rev().find(|(n, _)| *n == e.name).map(|(_, v)| v).or(e.default.as_ref());
        values.push(match v {
            Some(v) => value(f, all, v, depth + 1)?,
            None => f.b.ref_null(),
        });
    }
    let values = ref_array(f, &values, Some("[Ljava/lang/Object;"))?;
    let order = display_order(elements, &a.pairs);
    let len = f.b.i32_const(order.len() as i32);
    let order_array = f.b.array_new_i32(len);
    for (i, k) in order.into_iter().enumerate() {
        let (at, k) = (f.b.i32_const(i as i32), f.b.i32_const(k as i32));
        f.b.array_set_i32(order_array, at, k);
    }
    let (make, _) = factory(f.p, &a.ty, elements)?;
    Ok(Some(f.b.call(make, &[values, order_array], &[Type::Ref])[0]))
}

/// The elements of annotation interface `file` in declaration order, with their defaults.
fn elements(file: &ClassFile) -> Result<Vec<Element>, String> {
    let ty = &file.name;
    let mut out = Vec::new();
    for m in file.methods.iter().filter(|m| !m.is_static && m.is_abstract && m.desc.starts_with("()")) {
        let key = format!("{}{}", m.name, m.desc);
        let default = match file.annotations.get(&key).and_then(|a| a.default.as_ref()) {
            Some(bytes) => Some(annotation_parse::default(bytes, &file.pool).map_err(|e| malformed(ty, &key, e))?),
            None => None,
        };
        out.push(Element { name: m.name.clone(), desc: m.desc.clone(), default });
    }
    Ok(out)
}

/// Java's `String.hashCode`.
fn java_hash(s: &str) -> i32 {
    s.encode_utf16().fold(0i32, |h, c| h.wrapping_mul(31).wrapping_add(i32::from(c)))
}

/// The elements `toString` shows, in HotSpot 17's order: its values are a `LinkedHashMap` made
/// from the `HashMap` of defaults (initial capacity 0, so iterated by bucket of the table it
/// grew to), then the explicit values of elements without a default, as written.
fn display_order(elements: &[Element], pairs: &[(String, Value)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..elements.len()).filter(|&k| elements[k].default.is_some()).collect();
    let mut capacity = 1usize;
    while !order.is_empty() && order.len() > capacity * 3 / 4 {
        capacity *= 2;
    }
    order.sort_by_key(|&k| {
        let h = java_hash(&elements[k].name) as u32;
        (h ^ (h >> 16)) as usize & (capacity - 1)
    });
    for (name, _) in pairs {
        if let Some(k) = elements.iter().position(|e| e.name == *name)
            && !order.contains(&k)
        {
            order.push(k);
        }
    }
    order
}

/// An element value as `RootAnnotation` keeps it: boxed, an array as an `Object[]`.
fn value(f: &mut B<'_>, all: &Annotated, v: &Value, depth: usize) -> Result<Reg, String> {
    let boxed = |f: &mut B<'_>, class: &str, key: &str, raw: Reg| -> Result<Reg, String> {
        let (_, value_of) = f.p.function(class, key)?;
        // A static method: its class is initialised first (`Boolean.TRUE`).
        if let Some(guard) = f.p.class(class)?.init_guard {
            f.b.call(Callee::Func(guard), &[], &[]);
        }
        Ok(f.b.call(Callee::Func(value_of), &[raw], &[Type::Ref])[0])
    };
    Ok(match v {
        Value::Int(tag, i) => {
            let (class, key) = match tag {
                b'B' => ("java/lang/Byte", "valueOf(B)Ljava/lang/Byte;"),
                b'C' => ("java/lang/Character", "valueOf(C)Ljava/lang/Character;"),
                b'S' => ("java/lang/Short", "valueOf(S)Ljava/lang/Short;"),
                b'Z' => ("java/lang/Boolean", "valueOf(Z)Ljava/lang/Boolean;"),
                _ => ("java/lang/Integer", "valueOf(I)Ljava/lang/Integer;"),
            };
            let raw = f.b.i32_const(*i);
            boxed(f, class, key, raw)?
        }
        Value::Long(x) => {
            let raw = f.b.i64_const(*x);
            boxed(f, "java/lang/Long", "valueOf(J)Ljava/lang/Long;", raw)?
        }
        Value::Float(x) => {
            let raw = f.b.f32_const(*x);
            boxed(f, "java/lang/Float", "valueOf(F)Ljava/lang/Float;", raw)?
        }
        Value::Double(x) => {
            let raw = f.b.f64_const(*x);
            boxed(f, "java/lang/Double", "valueOf(D)Ljava/lang/Double;", raw)?
        }
        Value::Str(s) => f.str(s),
        Value::Enum(class, name) => {
            let (lit, _) = literal(f.p, class)?;
            let c = f.b.call(lit, &[], &[Type::Ref])[0];
            let n = f.str(name);
            let (_, get) =
                f.p.function(ROOT_ANNOTATION, "$enum(Ljava/lang/Class;Ljava/lang/String;)Ljava/lang/Object;")?;
            f.b.call(Callee::Func(get), &[c, n], &[Type::Ref])[0]
        }
        Value::Class(desc) => {
            let (lit, _) = literal(f.p, &class_name(desc)?)?;
            f.b.call(lit, &[], &[Type::Ref])[0]
        }
        Value::Annotation(a) => match instance(f, all, a, depth + 1)? {
            Some(r) => r,
            None => f.b.ref_null(),
        },
        Value::Array(items) => {
            let mut regs = Vec::new();
            for item in items {
                regs.push(value(f, all, item, depth + 1)?);
            }
            ref_array(f, &regs, Some("[Ljava/lang/Object;"))?
        }
    })
}

/// The name `reflect::literal` takes for the class of a `c` element value's descriptor.
fn class_name(desc: &str) -> Result<String, String> {
    match desc {
        "V" => Ok("void".into()),
        d if d.len() == 1 && "ZBCSIJFD".contains(d) => Ok(crate::handles::primitive_name(d).into()),
        d if d.starts_with('[') => crate::descriptor::parse_field(d).map(|_| d.to_string()),
        d => match d.strip_prefix('L').and_then(|n| n.strip_suffix(';')) {
            Some(n) if !n.is_empty() => Ok(n.to_string()),
            _ => Err(format!("bad class value {d:?} in an annotation")),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn element(name: &str, default: bool) -> Element {
        Element { name: name.into(), desc: "()I".into(), default: default.then_some(Value::Int(b'I', 1)) }
    }

    #[test]
    fn to_string_order_is_hotspots() {
        // As java 17 prints `@Inner(weight=1, value="deep")` and `@Five(a=1, b=20, c=3, name="n", zz=-1L)`.
        let inner = [element("value", false), element("weight", true)];
        assert_eq!(display_order(&inner, &[("value".into(), Value::Int(b'I', 0))]), vec![1, 0]);
        let five =
            [element("a", true), element("b", true), element("c", true), element("name", false), element("zz", false)];
        let pairs: Vec<(String, Value)> =
            ["name", "zz", "b"].iter().map(|n| (n.to_string(), Value::Int(b'I', 0))).collect();
        assert_eq!(display_order(&five, &pairs), vec![0, 1, 2, 3, 4]);
        assert_eq!(java_hash("weight"), "weight".chars().fold(0i32, |h, c| h.wrapping_mul(31).wrapping_add(c as i32)));
    }
}
