//! Fields, objects, calls, casts, `invokedynamic` and multi-dimensional arrays.

use crate::classfile::MemberRef;
use crate::descriptor::{self, JType};
use crate::lower::{Flow, Method};
use crate::program::{NativeOp, dotted};
use classfile_parser::code_attribute::Instruction as I;
use classfile_parser::constant_info::ConstantInfo;
use rootir::{Callee, MethodRef, Opcode, Type};
use vstarr::stack::Shuffle;

/// How a method is invoked.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Invoke {
    /// `invokestatic`
    Static,
    /// `invokevirtual`
    Virtual,
    /// `invokespecial`
    Special,
    /// `invokeinterface`
    Interface,
}

impl Method<'_> {
    /// Translates the object and call instructions.
    pub fn object_inst(&mut self, pc: usize, i: &I) -> Result<Flow, String> {
        let pool = &self.class.pool;
        match i {
            I::Getstatic(n) => {
                let m = pool.member(*n)?;
                if crate::intrinsics::get_static(self, &m)? {
                    return Ok(Flow::next());
                }
                let (owner, g, t) = self.p.static_field(&m.class, &m.name)?;
                self.init_guard(&owner)?;
                self.native(NativeOp::GlobalGet(g, t.ir()))?;
            }
            I::Putstatic(n) => {
                let m = pool.member(*n)?;
                let (owner, g, t) = self.p.static_field(&m.class, &m.name)?;
                self.init_guard(&owner)?;
                self.native(NativeOp::GlobalSet(g, t.ir()))?;
            }
            I::Getfield(n) => {
                let m = pool.member(*n)?;
                let (f, t) = self.p.field(&m.class, &m.name)?;
                self.native(NativeOp::FieldGet(f, t.ir()))?;
            }
            I::Putfield(n) => {
                let m = pool.member(*n)?;
                let (f, t) = self.p.field(&m.class, &m.name)?;
                self.native(NativeOp::FieldSet(f, t.ir()))?;
            }
            I::New(n) => {
                let c = pool.class_name(*n)?;
                if c == "java/lang/String" {
                    // A placeholder: the constructor call makes the string (libcalls.rs).
                    self.native(NativeOp::RefNull)?;
                    return Ok(Flow::next());
                }
                self.init_guard(&c)?;
                let id = self.p.class(&c)?.id;
                self.native(NativeOp::New(id))?;
            }
            I::Checkcast(n) => {
                let c = pool.class_name(*n)?;
                if crate::arrays::handles(&c) {
                    let f = crate::arrays::cast(self.p, &c)?;
                    self.e.call(f)?;
                    return Ok(Flow::next());
                }
                // A string is a VM string, not an object: the interfaces String implements
                // are tested by stringtypes.rs.
                if crate::stringtypes::handles(&c) && self.class_id(&c).is_some() {
                    if let Some(f) = crate::stringtypes::cast(self.p, &c)? {
                        self.e.call(f)?;
                    }
                    return Ok(Flow::next());
                }
                if let Some(id) = self.class_id(&c) {
                    self.native(NativeOp::Cast(id))?;
                }
            }
            I::Instanceof(n) => {
                let c = pool.class_name(*n)?;
                match self.class_id(&c) {
                    _ if crate::arrays::handles(&c) => {
                        let f = crate::arrays::test(self.p, &c)?;
                        self.e.call(f)?;
                    }
                    _ if c == "java/lang/Object" => self.call_runtime("$is_not_null")?,
                    Some(_) if crate::stringtypes::handles(&c) => {
                        let f = crate::stringtypes::test(self.p, &c)?;
                        self.e.call(f)?;
                    }
                    Some(id) => self.native(NativeOp::InstanceOf(id))?,
                    None if c == "java/lang/String" => self.call_runtime("$is_string")?,
                    None => return Err(format!("instanceof {} is not supported", dotted(&c))),
                }
            }
            I::Invokestatic(n) => self.invoke(Invoke::Static, &pool.member(*n)?)?,
            I::Invokevirtual(n) => self.invoke(Invoke::Virtual, &pool.member(*n)?)?,
            I::Invokespecial(n) => self.invoke(Invoke::Special, &pool.member(*n)?)?,
            I::Invokeinterface { index, .. } => self.invoke(Invoke::Interface, &pool.member(*index)?)?,
            I::Invokedynamic(n) => self.indy(*n)?,
            other => return Err(format!("instruction {other:?} at +{pc} is not supported")),
        }
        Ok(Flow::next())
    }

    /// The rootIR class of a class name, if the program has it (library interfaces it does
    /// not model have none: casts to them are not checked; arrays are `arrays.rs`'s).
    fn class_id(&self, name: &str) -> Option<rootir::ClassId> {
        self.p.classes.get(name).map(|c| c.id)
    }

    /// Calls the initialisation guard of `class` unless it is already initialised here (the
    /// current class and its superclasses are).
    pub fn init_guard(&mut self, class: &str) -> Result<(), String> {
        if self.p.chain(&self.class.name).iter().any(|c| c == class) {
            return Ok(());
        }
        if let Some(guard) = self.p.classes.get(class).and_then(|c| c.init_guard) {
            let sig = rootir::FuncType::new([], []);
            self.e.call((Callee::Func(guard), sig))?;
        }
        Ok(())
    }

    /// Translates a call.
    pub fn invoke(&mut self, kind: Invoke, m: &MemberRef) -> Result<(), String> {
        if let Some(element) = m.class.strip_prefix('[') {
            // Methods of arrays: `clone()` copies; the others are `Object`'s.
            if m.name == "clone" && m.desc == "()Ljava/lang/Object;" {
                return self.array_clone(element);
            }
            let object = MemberRef { class: "java/lang/Object".into(), ..m.clone() };
            return self.invoke(kind, &object);
        }
        if crate::intrinsics::invoke(self, kind, m)? {
            return Ok(());
        }
        let desc = descriptor::parse_method(&m.desc)?;
        let key = format!("{}{}", m.name, m.desc);
        match kind {
            Invoke::Static => {
                let (owner, f) = self.p.function(&m.class, &key)?;
                self.init_guard(&owner)?;
                self.e.call((Callee::Func(f), desc.sig(false)))
            }
            // `Object.<init>` does nothing: no call (every constructor chain ends in one).
            Invoke::Special if m.class == "java/lang/Object" && key == "<init>()V" => self.e.shuffle(Shuffle::Pop),
            Invoke::Special => {
                // A private method on null (`invokespecial` of a non-constructor): the
                // NullPointerException is raised at the call, as the JVM raises it.
                if m.name != "<init>" && m.class == self.class.name {
                    self.check_receiver(&m.desc)?;
                }
                let f = match self.p.function(&m.class, &key) {
                    Ok((_, f)) => f,
                    // `X.super.m()` / `super.m()` reaching an interface's default method.
                    Err(e) => self.default_method(&m.class, &key).ok_or(e)?,
                };
                self.e.call((Callee::Func(f), desc.sig(true)))
            }
            Invoke::Virtual | Invoke::Interface => {
                let (decl, index, _) = match self.p.method(&m.class, &key) {
                    Ok(found) => found,
                    // A private method of a nestmate (not in any vtable): a direct call.
                    Err(e) => {
                        let (_, f) = self.p.function(&m.class, &key).map_err(|_| e)?;
                        self.check_receiver(&m.desc)?;
                        return self.e.call((Callee::Func(f), desc.sig(true)));
                    }
                };
                let info = self.p.class(&decl)?;
                let mref = MethodRef { class: info.id, method: index };
                let op = if info.is_interface {
                    NativeOp::Interface(mref, desc.sig(true))
                } else {
                    NativeOp::Virtual(mref, desc.sig(true))
                };
                self.native(op)
            }
        }
    }

    /// The body of default method `key` that class or interface `class` inherits: the copy in
    /// a class (`inherit_defaults`), or the interface's own function.
    fn default_method(&self, class: &str, key: &str) -> Option<rootir::FuncId> {
        let (decl, _, f) = self.p.method(class, key).ok()?;
        f.or_else(|| self.p.classes.get(&decl)?.functions.get(key).copied())
    }

    /// `array.clone()` of an array whose descriptor after `[` is `element`: a new array of
    /// the same length, then `array.copy`.
    fn array_clone(&mut self, element: &str) -> Result<(), String> {
        let new = descriptor::parse_field(element)
            .map_err(|e| format!("clone of an array of unknown type [{element}: {e}"))?
            .array_new_op();
        let (from, len, to) =
            (self.e.scratch(200, Type::Ref), self.e.scratch(201, Type::I32), self.e.scratch(202, Type::Ref));
        self.e.store(from)?;
        self.e.load(from);
        self.e.op(Opcode::ArrayLen)?;
        self.e.store(len)?;
        self.e.load(len);
        self.e.op(new)?;
        self.e.store(to)?;
        self.e.load(from);
        self.e.i32(0);
        self.e.load(to);
        self.e.i32(0);
        self.e.load(len);
        self.e.op(Opcode::ArrayCopy)?;
        if crate::reflect::library_class(self.p) {
            self.e.load(from);
            self.e.load(to);
            let f = crate::arrays::copy_tag(self.p)?;
            self.e.call(f)?;
        }
        self.e.load(to);
        Ok(())
    }

    /// `invokedynamic`: string concatenation (`makeConcatWithConstants`).
    fn indy(&mut self, index: u16) -> Result<(), String> {
        let pool = &self.class.pool;
        let ConstantInfo::InvokeDynamic(d) = pool.get(index)? else {
            return Err(format!("constant {index} is not an invokedynamic"));
        };
        let (name, desc) = pool.name_and_type(d.name_and_type_index)?;
        let (handle, args) = self
            .class
            .bootstrap
            .get(d.bootstrap_method_attr_index as usize)
            .cloned()
            .ok_or("bad bootstrap method index")?;
        let ConstantInfo::MethodHandle(h) = pool.get(handle)? else {
            return Err("bootstrap method is not a method handle".into());
        };
        let bsm = pool.member(h.reference_index)?;
        if bsm.class == "java/lang/runtime/ObjectMethods" {
            let f = crate::records::method(self.p, self.class, &name, &desc, &args)?;
            return self.e.call(f);
        }
        if bsm.class == "java/lang/invoke/LambdaMetafactory" {
            let args = args.get(..3).ok_or("LambdaMetafactory with too few arguments")?;
            let f = crate::lambda::factory(self.p, self.class, index, &name, &desc, args)?;
            return self.e.call(f);
        }
        if bsm.class != "java/lang/invoke/StringConcatFactory" || name != "makeConcatWithConstants" {
            return Err(format!(
                "invokedynamic with bootstrap {}.{} is not supported yet",
                dotted(&bsm.class),
                bsm.name
            ));
        }
        // As UTF-16 units: a literal part may hold a lone surrogate (mutf8.rs).
        let units = |l: crate::classfile::Loadable| -> Result<Vec<u16>, String> {
            use crate::classfile::Loadable;
            match l {
                Loadable::Str(s) => Ok(s.encode_utf16().collect()),
                Loadable::Utf16(u) => Ok(u),
                Loadable::Int(v) => Ok(v.to_string().encode_utf16().collect()),
                Loadable::Long(v) => Ok(v.to_string().encode_utf16().collect()),
                other => Err(format!("string concatenation constant {other:?} is not supported")),
            }
        };
        let recipe = match args.first() {
            Some(&a) => match pool.loadable(a)? {
                l @ (crate::classfile::Loadable::Str(_) | crate::classfile::Loadable::Utf16(_)) => units(l)?,
                _ => return Err("string concatenation recipe is not a string".into()),
            },
            None => return Err("string concatenation without a recipe".into()),
        };
        let consts = args[1..].iter().map(|&a| units(pool.loadable(a)?)).collect::<Result<Vec<_>, String>>()?;
        let desc = descriptor::parse_method(&desc)?;
        self.concat(&recipe, &consts, &desc.params)
    }

    /// String concatenation by `recipe` (UTF-16 units: `\u{1}` an argument, `\u{2}` the next of
    /// `consts`, anything else literal text).
    fn concat(&mut self, recipe: &[u16], consts: &[Vec<u16>], params: &[JType]) -> Result<(), String> {
        let locals: Vec<u32> = params.iter().enumerate().map(|(i, t)| self.e.scratch(100 + i as u32, t.ir())).collect();
        for &l in locals.iter().rev() {
            self.e.store(l)?;
        }
        let mut first = true;
        let mut lit: Vec<u16> = Vec::new();
        let (mut next_arg, mut next_const) = (0usize, 0usize);
        let mut pieces: Vec<Result<Vec<u16>, usize>> = Vec::new();
        for &unit in recipe {
            match unit {
                1 | 2 => {
                    if !lit.is_empty() {
                        pieces.push(Ok(std::mem::take(&mut lit)));
                    }
                    if unit == 1 {
                        pieces.push(Err(next_arg));
                        next_arg += 1;
                    } else {
                        let c = consts.get(next_const).ok_or("recipe names a missing constant")?;
                        pieces.push(Ok(c.clone()));
                        next_const += 1;
                    }
                }
                c => lit.push(c),
            }
        }
        if !lit.is_empty() {
            pieces.push(Ok(lit));
        }
        if next_arg != params.len() {
            return Err("string concatenation recipe and arguments disagree".into());
        }
        if pieces.is_empty() {
            pieces.push(Ok(Vec::new()));
        }
        for piece in pieces {
            match piece {
                Ok(units) => match String::from_utf16(&units) {
                    Ok(text) => {
                        let c = self.p.string(&text);
                        self.native(NativeOp::StrConst(c))?;
                    }
                    Err(_) => {
                        let f = crate::mutf8::literal(self.p, &units)?;
                        self.e.call(f)?;
                    }
                },
                Err(i) => {
                    self.e.load(locals[i]);
                    self.to_string(&params[i])?;
                }
            }
            if !first {
                self.e.op(Opcode::StrConcat)?;
            }
            first = false;
        }
        Ok(())
    }

    /// Converts the value on top (of Java type `t`) to a string, as `String.valueOf` does.
    pub fn to_string(&mut self, t: &JType) -> Result<(), String> {
        match t {
            JType::Int | JType::Short | JType::Byte => {
                self.e.op(Opcode::I64ExtendI32S)?;
                self.e.op(Opcode::StrFromI64)
            }
            JType::Long => self.e.op(Opcode::StrFromI64),
            JType::Char => self.call_runtime("$char_str"),
            JType::Boolean => self.call_runtime("$bool_str"),
            JType::Float => {
                let f = self.p.host("java_f32_str", rootir::FuncType::new([Type::F32], [Type::Ref]));
                self.e.call(f)
            }
            JType::Double => {
                let f = self.p.host("java_f64_str", rootir::FuncType::new([Type::F64], [Type::Ref]));
                self.e.call(f)
            }
            JType::Object(_) | JType::Array(_) => self.call_runtime("$obj_str"),
        }
    }

    /// `multianewarray` of two dimensions: a loop filling the outer array.
    pub fn multianewarray(&mut self, index: u16, dims: u8) -> Result<(), String> {
        let name = self.class.pool.class_name(index)?;
        let JType::Array(inner) = descriptor::parse_field(&name)? else {
            return Err("multianewarray of a non-array type".into());
        };
        let JType::Array(elem) = *inner else {
            return Err("multianewarray of a one-dimensional type".into());
        };
        if dims != 2 {
            return Err(format!("multianewarray of {dims} dimensions is not supported (only 2)"));
        }
        let new_inner = elem.array_new_op();
        let (n2, n1) = (self.e.scratch(10, Type::I32), self.e.scratch(11, Type::I32));
        let (arr, i) = (self.e.scratch(12, Type::Ref), self.e.scratch(13, Type::I32));
        self.e.store(n2)?;
        self.e.store(n1)?;
        self.e.load(n1);
        self.e.op(Opcode::ArrayNewRef)?;
        self.e.store(arr)?;
        self.e.i32(0);
        self.e.store(i)?;
        let head = self.e.here();
        self.e.load(i);
        self.e.load(n1);
        self.e.op(Opcode::I32GeS)?;
        let exit = self.e.code.len();
        self.e.branch_if(0)?;
        self.e.load(arr);
        self.e.load(i);
        self.e.load(n2);
        self.e.op(new_inner)?;
        self.tag_array(&name[1..])?;
        self.native(NativeOp::ArraySet(Opcode::ArraySetRef, Type::Ref))?;
        self.e.load(i);
        self.e.i32(1);
        self.e.op(Opcode::I32Add)?;
        self.e.store(i)?;
        self.e.jump(head);
        let done = self.e.here();
        self.e.patch(exit, done);
        self.e.load(arr);
        self.tag_array(&name)?;
        Ok(())
    }
}
