//! The class of an annotation interface's instances (docs/jvm.md, "Annotations"): for interface
//! `A`, a generated class `A$$Annotation` extending the library's `RootAnnotation` (which holds
//! the values and implements `equals`, `hashCode`, `toString` and `annotationType` as HotSpot 17)
//! and implementing `A`. Its element method number k returns `RootAnnotation.$int(k)` (`$long`,
//! ..., `$ref`, `$array(k, type)` by the element's type). The class and its factory are made
//! when the first instance of `A` is (`annotations.rs`).

use crate::annotations::{Element, ref_array};
use crate::program::{Program, dotted};
use crate::reflect::literal;
use crate::runtime::cached_named;
use rootir::{Callee, FuncType, FunctionBuilder, InstData, Reg, Type};

/// The base class of the generated annotation classes.
pub(crate) const ROOT_ANNOTATION: &str = "java/lang/annotation/RootAnnotation";

/// The function `(Object[] values, int[] order) -> A` making an instance of annotation
/// interface `ty` (declaring its class on first use).
pub(crate) fn factory(p: &mut Program, ty: &str, elements: &[Element]) -> Result<(Callee, FuncType), String> {
    let sig = FuncType::new([Type::Ref, Type::Ref], [Type::Ref]);
    let name = format!("{}.$annotation", dotted(ty));
    cached_named(p, &format!("$annotation:{ty}"), name, sig, |f| {
        let class = format!("{ty}$$Annotation");
        declare(f.p, &class, ty, elements)?;
        let id = f.p.class(&class)?.id;
        let obj = f.b.new_reg(Type::Ref);
        f.b.push(InstData::New { dst: obj, class: id });
        let (lit, _) = literal(f.p, ty)?;
        let t = f.b.call(lit, &[], &[Type::Ref])[0];
        let names: Vec<Reg> = elements.iter().map(|e| f.str(&e.name)).collect();
        let names = ref_array(f, &names, Some("[Ljava/lang/String;"))?;
        let key = "$init(Ljava/lang/Class;[Ljava/lang/String;[Ljava/lang/Object;[I)V";
        let (_, init) = f.p.function(ROOT_ANNOTATION, key)?;
        let (values, order) = (f.b.param(0), f.b.param(1));
        f.b.call(Callee::Func(init), &[obj, t, names, values, order], &[]);
        f.b.ret(&[obj]);
        Ok(())
    })
}

/// Declares `class`, extending `RootAnnotation` and implementing annotation interface `ty`,
/// with one method per element.
fn declare(p: &mut Program, class: &str, ty: &str, elements: &[Element]) -> Result<(), String> {
    crate::lambda::declare_class(p, class, ROOT_ANNOTATION, ty, &[])?;
    for (k, e) in elements.iter().enumerate() {
        element_method(p, class, k, e)?;
    }
    crate::lambda::class_name(p, class)?;
    crate::classes::inherit_defaults(p, class)
}

/// Element method `e` (number `k`) of `class`: the value through `RootAnnotation`'s getter
/// for its type.
fn element_method(p: &mut Program, class: &str, k: usize, e: &Element) -> Result<(), String> {
    let ret = &e.desc[2..];
    let getter = match ret {
        "I" => "$int(I)I",
        "J" => "$long(I)J",
        "S" => "$short(I)S",
        "B" => "$byte(I)B",
        "C" => "$char(I)C",
        "Z" => "$boolean(I)Z",
        "F" => "$float(I)F",
        "D" => "$double(I)D",
        "V" => return Err(format!("annotation element {}.{} is void", dotted(class), e.name)),
        r if r.starts_with('[') => "$array(ILjava/lang/Class;)Ljava/lang/Object;",
        _ => "$ref(I)Ljava/lang/Object;",
    };
    let sig = crate::descriptor::parse_method(&e.desc)?.sig(true);
    let (_, get) = p.function(ROOT_ANNOTATION, getter)?;
    let mut b = FunctionBuilder::new(format!("{}.{}", dotted(class), e.name), sig.clone());
    let this = b.param(0);
    let mut args = vec![this, b.i32_const(k as i32)];
    if ret.starts_with('[') {
        let (lit, _) = literal(p, ret)?;
        args.push(b.call(lit, &[], &[Type::Ref])[0]);
    }
    let r = b.call(Callee::Func(get), &args, &sig.results);
    b.ret(&r);
    let f = p.add_function(b.finish());
    crate::classes::add_method(p, class, format!("{}{}", e.name, e.desc), sig, Some(f));
    Ok(())
}
