//! Records: `invokedynamic` through `ObjectMethods.bootstrap` gives `toString`, `hashCode` and
//! `equals` over the record's components, generated once per record class and method.

use crate::classfile::{ClassFile, MethodDef};
use crate::descriptor::{self, JType};
use crate::emit::Emitter;
use crate::lower::{self, Method};
use crate::program::{NativeOp, Program, dotted};
use classfile_parser::constant_info::ConstantInfo;
use rootir::{Callee, FieldRef, FuncType, Opcode, Type};
use std::collections::HashMap;
use vstarr::stack::{Imm, Shuffle, StackFunction};

/// The function implementing record method `name` (`toString`, `hashCode`, `equals`) of
/// `class`, whose bootstrap arguments are `args` (the record class, the component names
/// joined by `;`, one getter handle per component).
pub fn method(
    p: &mut Program,
    class: &ClassFile,
    name: &str,
    desc: &str,
    args: &[u16],
) -> Result<(Callee, FuncType), String> {
    let key = format!("record:{}:{name}", class.name);
    if let Some((f, s)) = p.runtime.get(&key) {
        return Ok((Callee::Func(*f), s.clone()));
    }
    let pool = &class.pool;
    let names = match args.get(1).map(|&a| pool.loadable(a)) {
        Some(Ok(crate::classfile::Loadable::Str(s))) => s,
        _ => return Err("record bootstrap without component names".into()),
    };
    let names: Vec<&str> = if names.is_empty() { Vec::new() } else { names.split(';').collect() };
    let mut fields = Vec::new();
    for &h in args.get(2..).unwrap_or_default() {
        let ConstantInfo::MethodHandle(mh) = pool.get(h)? else {
            return Err("record component is not a handle".into());
        };
        let m = pool.member(mh.reference_index)?;
        let (f, t) = p.field(&m.class, &m.name)?;
        fields.push((f, t));
    }
    if names.len() != fields.len() {
        return Err("record component names and getters disagree".into());
    }
    let d = descriptor::parse_method(desc)?;
    let sig = d.sig(false);
    let def = MethodDef {
        name: name.into(),
        desc: desc.into(),
        is_static: true,
        is_abstract: false,
        is_native: false,
        is_private: false,
        is_synchronized: false,
        code: None,
    };
    let slots: Vec<u32> = (0..sig.params.len() as u32).collect();
    let results = sig.results.clone();
    let mut m =
        Method { p, class, def: &def, desc: d, e: Emitter::new(&sig.params, &slots), results, fused: HashMap::new() };
    match name {
        "toString" => to_string(&mut m, &class.name, &names, &fields)?,
        "hashCode" => hash_code(&mut m, &fields)?,
        "equals" => equals(&mut m, &class.name, &fields)?,
        other => return Err(format!("record method {other} is not supported")),
    }
    let mut e = m.e;
    for inst in &mut e.code {
        lower::retarget(inst, &HashMap::new())?;
    }
    let func = StackFunction {
        name: format!("{}.$record_{name}", dotted(&class.name)),
        sig: sig.clone(),
        locals: e.locals,
        max_stack: e.max_stack.max(1) as u32,
        code: e.code,
        unit: None,
        handlers: Vec::new(),
    };
    let f = vstarr::translate_in(&func, &p.module).map_err(|e| e.to_string())?;
    let id = p.add_function(f);
    p.runtime.insert(key, (id, sig.clone()));
    Ok((Callee::Func(id), sig))
}

fn get(m: &mut Method<'_>, local: u32, (f, t): &(FieldRef, JType)) -> Result<(), String> {
    m.e.load(local);
    m.native(NativeOp::FieldGet(*f, t.ir()))
}

fn string(m: &mut Method<'_>, text: &str) -> Result<(), String> {
    let c = m.p.string(text);
    m.native(NativeOp::StrConst(c))
}

/// `Point[x=1, y=2]`.
fn to_string(m: &mut Method<'_>, class: &str, names: &[&str], fields: &[(FieldRef, JType)]) -> Result<(), String> {
    let simple = class.rsplit(['/', '$']).next().unwrap_or(class);
    string(m, &format!("{simple}["))?;
    for (i, (name, field)) in names.iter().zip(fields).enumerate() {
        string(m, &format!("{}{name}=", if i > 0 { ", " } else { "" }))?;
        m.e.op(Opcode::StrConcat)?;
        get(m, 0, field)?;
        m.to_string(&field.1)?;
        m.e.op(Opcode::StrConcat)?;
    }
    string(m, "]")?;
    m.e.op(Opcode::StrConcat)?;
    m.e.ret(&[Type::Ref])
}

/// `31 * h + hash(component)` over the components, from 0.
fn hash_code(m: &mut Method<'_>, fields: &[(FieldRef, JType)]) -> Result<(), String> {
    m.e.i32(0);
    for field in fields {
        m.e.i32(31);
        m.e.op(Opcode::I32Mul)?;
        get(m, 0, field)?;
        match field.1 {
            JType::Boolean => {
                // Boolean.hashCode: 1231 for true, 1237 for false.
                m.e.i32(-6);
                m.e.op(Opcode::I32Mul)?;
                m.e.i32(1237);
                m.e.op(Opcode::I32Add)?;
            }
            JType::Long => long_hash(m)?,
            JType::Double => {
                m.e.op(Opcode::I64ReinterpretF64)?;
                long_hash(m)?;
            }
            JType::Float => m.e.op(Opcode::I32ReinterpretF32)?,
            JType::Object(_) | JType::Array(_) => m.call_runtime("$obj_hash")?,
            _ => {}
        }
        m.e.op(Opcode::I32Add)?;
    }
    m.e.ret(&[Type::I32])
}

/// `(int) (v ^ (v >>> 32))`.
fn long_hash(m: &mut Method<'_>) -> Result<(), String> {
    m.e.shuffle(Shuffle::Dup)?;
    m.e.imm(Imm::i64(32));
    m.e.op(Opcode::I64ShrU)?;
    m.e.op(Opcode::I64Xor)?;
    m.e.op(Opcode::I32WrapI64)
}

/// Same class, and every component equal (`==` on bits for numbers, `Objects.equals` for
/// references).
fn equals(m: &mut Method<'_>, class: &str, fields: &[(FieldRef, JType)]) -> Result<(), String> {
    let id = m.p.class(class)?.id;
    let mut to_false = Vec::new();
    m.e.load(1);
    m.native(NativeOp::InstanceOf(id))?;
    m.e.op(Opcode::I32Eqz)?;
    to_false.push(m.e.code.len());
    m.e.branch_if(0)?;
    for field in fields {
        let bits = |m: &mut Method<'_>| -> Result<(), String> {
            match field.1 {
                JType::Float => m.e.op(Opcode::I32ReinterpretF32),
                JType::Double => m.e.op(Opcode::I64ReinterpretF64),
                _ => Ok(()),
            }
        };
        get(m, 0, field)?;
        bits(m)?;
        get(m, 1, field)?;
        bits(m)?;
        match field.1.ir() {
            Type::I32 | Type::F32 => m.e.op(Opcode::I32Ne)?,
            Type::I64 | Type::F64 => m.e.op(Opcode::I64Ne)?,
            _ => {
                m.call_runtime("$obj_equals")?;
                m.e.op(Opcode::I32Eqz)?;
            }
        }
        to_false.push(m.e.code.len());
        m.e.branch_if(0)?;
    }
    m.e.i32(1);
    m.e.ret(&[Type::I32])?;
    let target = m.e.here();
    for at in to_false {
        m.e.patch(at, target);
    }
    m.e.i32(0);
    m.e.ret(&[Type::I32])
}
