//! Class files, read with classfile-parser behind a guard, into the frontend's own model.
//!
//! classfile-parser is treated as a parser of untrusted input (see `../shared/CRATES.md`): it
//! runs inside `catch_unwind`, a constant-pool count of 0 is refused before it sees the bytes,
//! leftover bytes after the class or after a method's code are errors, and the
//! StackMapTable (whose parser panics on truncated input) is never parsed.

use classfile_parser::ClassAccessFlags;
use classfile_parser::attribute_info::{AttributeInfo, ExceptionEntry, code_attribute_parser};
use classfile_parser::code_attribute::{Instruction, code_parser};
use classfile_parser::constant_info::ConstantInfo;
use classfile_parser::method_info::MethodAccessFlags;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// A parsed class.
#[derive(Clone, Debug)]
pub struct ClassFile {
    /// Its binary name (`java/lang/Object`).
    pub name: String,
    /// The superclass's binary name (`None` for `java/lang/Object`).
    pub super_name: Option<String>,
    /// Implemented (or, for an interface, extended) interfaces.
    pub interfaces: Vec<String>,
    /// Whether this is an interface.
    pub is_interface: bool,
    /// Whether this is abstract.
    pub is_abstract: bool,
    /// Fields in declaration order.
    pub fields: Vec<FieldDef>,
    /// Methods in declaration order.
    pub methods: Vec<MethodDef>,
    /// The constant pool.
    pub pool: Pool,
    /// The BootstrapMethods attribute: (method handle index, argument indices).
    pub bootstrap: Vec<(u16, Vec<u16>)>,
    /// The SourceFile attribute.
    pub source_file: Option<String>,
    /// Access flags for reflection: the class's under "", a field's under its name, a
    /// method's under name + descriptor.
    pub flags: std::collections::BTreeMap<String, u16>,
    /// The runtime-visible annotation attributes, unparsed (annotations.rs parses them when a
    /// program reflects on annotations), under the same keys as [`ClassFile::flags`]; only
    /// members that have one.
    pub annotations: std::collections::BTreeMap<String, Annotated>,
}

/// The raw bytes of a member's runtime-visible annotation attributes (JVMS 4.7.16-4.7.22).
/// `RuntimeInvisible*` (CLASS retention) are not kept: reflection does not see them.
#[derive(Clone, Debug, Default)]
pub struct Annotated {
    /// `RuntimeVisibleAnnotations`.
    pub visible: Option<Vec<u8>>,
    /// `RuntimeVisibleParameterAnnotations` (a method's).
    pub parameters: Option<Vec<u8>>,
    /// `AnnotationDefault` (an annotation interface's element method).
    pub default: Option<Vec<u8>>,
}

/// A field declaration.
#[derive(Clone, Debug)]
pub struct FieldDef {
    /// Its name.
    pub name: String,
    /// Its descriptor (`I`, `Ljava/lang/String;`).
    pub desc: String,
    /// Whether it is static.
    pub is_static: bool,
    /// Its `ConstantValue` (a static final constant javac never assigns in `<clinit>`).
    pub constant: Option<Loadable>,
}

/// A method declaration.
#[derive(Clone, Debug)]
pub struct MethodDef {
    /// Its name.
    pub name: String,
    /// Its descriptor (`(I)V`).
    pub desc: String,
    /// Whether it is static.
    pub is_static: bool,
    /// Whether it is abstract.
    pub is_abstract: bool,
    /// Whether it is native.
    pub is_native: bool,
    /// Whether it is private.
    pub is_private: bool,
    /// Whether it is `synchronized` (`ACC_SYNCHRONIZED`: it holds a monitor while it runs).
    pub is_synchronized: bool,
    /// Its code, for methods that have a body.
    pub code: Option<Code>,
}

/// A method body.
#[derive(Clone, Debug)]
pub struct Code {
    /// The largest operand stack, in JVM slots.
    pub max_stack: u16,
    /// The number of local slots.
    pub max_locals: u16,
    /// The instructions with their bytecode offsets.
    pub insts: Vec<(usize, Instruction)>,
    /// The exception table.
    pub handlers: Vec<ExceptionEntry>,
    /// LineNumberTable entries: (start pc, line).
    pub lines: Vec<(u16, u16)>,
    /// LocalVariableTable entries (classes compiled with `javac -g`), for NullPointerException
    /// messages (npe.rs).
    pub locals: Vec<LocalVar>,
}

/// One LocalVariableTable entry: local `slot` is named `name` for `start <= pc < start + len`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalVar {
    /// The first bytecode offset where the name holds.
    pub start: u16,
    /// How many bytes of code it holds for.
    pub len: u16,
    /// The local slot.
    pub slot: u16,
    /// The variable's name.
    pub name: String,
}

impl Code {
    /// The source line of bytecode offset `pc`, when the class has line numbers.
    pub fn line_of(&self, pc: usize) -> Option<u16> {
        self.lines.iter().filter(|(start, _)| *start as usize <= pc).max_by_key(|(start, _)| *start).map(|(_, l)| *l)
    }
}

/// The constant pool (index `i` is entry `i - 1` of the parser's vector), and the UTF-16 units
/// of its UTF-8 entries that are not valid Unicode, by index (`mutf8.rs`: a lone surrogate).
#[derive(Clone, Debug, Default)]
pub struct Pool(pub Vec<ConstantInfo>, pub std::collections::BTreeMap<u16, Vec<u16>>);

/// A loadable constant (`ldc`).
#[derive(Clone, Debug, PartialEq)]
pub enum Loadable {
    /// An int.
    Int(i32),
    /// A float.
    Float(f32),
    /// A long.
    Long(i64),
    /// A double.
    Double(f64),
    /// A string literal.
    Str(String),
    /// A string literal that is not valid Unicode (it holds a lone surrogate): its UTF-16 units.
    Utf16(Vec<u16>),
    /// A class literal (`Foo.class`).
    Class(String),
}

impl Pool {
    /// Entry `index`.
    pub fn get(&self, index: u16) -> Result<&ConstantInfo, String> {
        (index as usize).checked_sub(1).and_then(|i| self.0.get(i)).ok_or_else(|| format!("bad constant index {index}"))
    }

    /// The UTF-8 entry `index`.
    pub fn utf8(&self, index: u16) -> Result<String, String> {
        match self.get(index)? {
            ConstantInfo::Utf8(u) => Ok(u.utf8_string.clone()),
            other => Err(format!("constant {index} is {other:?}, not UTF-8")),
        }
    }

    /// The class name of Class entry `index`.
    pub fn class_name(&self, index: u16) -> Result<String, String> {
        match self.get(index)? {
            ConstantInfo::Class(c) => self.utf8(c.name_index),
            other => Err(format!("constant {index} is {other:?}, not a class")),
        }
    }

    /// The (name, descriptor) of NameAndType entry `index`.
    pub fn name_and_type(&self, index: u16) -> Result<(String, String), String> {
        match self.get(index)? {
            ConstantInfo::NameAndType(nt) => Ok((self.utf8(nt.name_index)?, self.utf8(nt.descriptor_index)?)),
            other => Err(format!("constant {index} is {other:?}, not a name and type")),
        }
    }

    /// The (class, name, descriptor) of a field, method or interface-method reference.
    pub fn member(&self, index: u16) -> Result<MemberRef, String> {
        let (class, nt) = match self.get(index)? {
            ConstantInfo::FieldRef(r) => (r.class_index, r.name_and_type_index),
            ConstantInfo::MethodRef(r) => (r.class_index, r.name_and_type_index),
            ConstantInfo::InterfaceMethodRef(r) => (r.class_index, r.name_and_type_index),
            other => return Err(format!("constant {index} is {other:?}, not a member reference")),
        };
        let (name, desc) = self.name_and_type(nt)?;
        Ok(MemberRef { class: self.class_name(class)?, name, desc })
    }

    /// The constant `ldc` loads from entry `index`.
    pub fn loadable(&self, index: u16) -> Result<Loadable, String> {
        Ok(match self.get(index)? {
            ConstantInfo::Integer(c) => Loadable::Int(c.value),
            ConstantInfo::Float(c) => Loadable::Float(c.value),
            ConstantInfo::Long(c) => Loadable::Long(c.value),
            ConstantInfo::Double(c) => Loadable::Double(c.value),
            ConstantInfo::String(s) => match self.1.get(&s.string_index) {
                Some(units) => Loadable::Utf16(units.clone()),
                None => Loadable::Str(self.utf8(s.string_index)?),
            },
            ConstantInfo::Class(c) => Loadable::Class(self.utf8(c.name_index)?),
            other => return Err(format!("ldc of unsupported constant {other:?}")),
        })
    }
}

/// A member reference from the constant pool.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MemberRef {
    /// The class named in the reference.
    pub class: String,
    /// The member's name.
    pub name: String,
    /// Its descriptor.
    pub desc: String,
}

/// Parses a class file. `what` names it in errors (a path or a jar entry).
pub fn parse(bytes: &[u8]) -> Result<ClassFile, String> {
    if bytes.len() < 10 || bytes[..4] != [0xCA, 0xFE, 0xBA, 0xBE] {
        return Err("not a class file (no 0xCAFEBABE header)".into());
    }
    if bytes[8] == 0 && bytes[9] == 0 {
        return Err("constant pool count is 0".into());
    }
    match catch_unwind(AssertUnwindSafe(|| parse_unguarded(bytes))) {
        Ok(result) => result,
        Err(_) => Err("malformed class file (the class parser failed)".into()),
    }
}

fn parse_unguarded(bytes: &[u8]) -> Result<ClassFile, String> {
    let (rest, raw) = classfile_parser::class_parser(bytes).map_err(|_| "malformed or truncated class file")?;
    if !rest.is_empty() {
        return Err(format!("{} bytes left over after the class", rest.len()));
    }
    let pool = Pool(raw.const_pool, crate::mutf8::lone_surrogate_entries(bytes));
    let name = pool.class_name(raw.this_class)?;
    let super_name = if raw.super_class == 0 { None } else { Some(pool.class_name(raw.super_class)?) };
    let interfaces = raw.interfaces.iter().map(|&i| pool.class_name(i)).collect::<Result<Vec<_>, _>>()?;
    let fields = raw
        .fields
        .iter()
        .map(|f| {
            Ok(FieldDef {
                name: pool.utf8(f.name_index)?,
                desc: pool.utf8(f.descriptor_index)?,
                is_static: f.access_flags.bits() & 0x0008 != 0,
                constant: constant_value(&pool, &f.attributes)
                    .map_err(|e| format!("{name}.{}: {e}", pool.utf8(f.name_index).unwrap_or_default()))?,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let mut methods = Vec::new();
    for m in &raw.methods {
        let mname = pool.utf8(m.name_index)?;
        let desc = pool.utf8(m.descriptor_index)?;
        let code = match find_attr(&pool, &m.attributes, "Code") {
            Some(attr) => Some(parse_code(&pool, attr).map_err(|e| format!("{name}.{mname}{desc}: {e}"))?),
            None => None,
        };
        let f = m.access_flags;
        methods.push(MethodDef {
            name: mname,
            desc,
            is_static: f.contains(MethodAccessFlags::STATIC),
            is_abstract: f.contains(MethodAccessFlags::ABSTRACT),
            is_native: f.contains(MethodAccessFlags::NATIVE),
            is_private: f.contains(MethodAccessFlags::PRIVATE),
            is_synchronized: f.contains(MethodAccessFlags::SYNCHRONIZED),
            code,
        });
    }
    let bootstrap = match find_attr(&pool, &raw.attributes, "BootstrapMethods") {
        Some(attr) => bootstrap_methods(&attr.info)?,
        None => Vec::new(),
    };
    let source_file = match find_attr(&pool, &raw.attributes, "SourceFile") {
        Some(attr) if attr.info.len() == 2 => Some(pool.utf8(u16::from_be_bytes([attr.info[0], attr.info[1]]))?),
        _ => None,
    };
    let mut flags = std::collections::BTreeMap::new();
    let inner = find_attr(&pool, &raw.attributes, "InnerClasses").and_then(|a| inner_flags(&pool, &a.info, &name));
    flags.insert(String::new(), inner.unwrap_or(raw.access_flags.bits()));
    for f in &raw.fields {
        flags.insert(pool.utf8(f.name_index)?, f.access_flags.bits());
    }
    for m in &raw.methods {
        flags.insert(format!("{}{}", pool.utf8(m.name_index)?, pool.utf8(m.descriptor_index)?), m.access_flags.bits());
    }
    let mut annotations = std::collections::BTreeMap::new();
    let mut keep = |key: String, attrs: &[AttributeInfo]| {
        let raw = |n: &str| find_attr(&pool, attrs, n).map(|a| a.info.clone());
        let a = Annotated {
            visible: raw("RuntimeVisibleAnnotations"),
            parameters: raw("RuntimeVisibleParameterAnnotations"),
            default: raw("AnnotationDefault"),
        };
        if a.visible.is_some() || a.parameters.is_some() || a.default.is_some() {
            annotations.insert(key, a);
        }
    };
    keep(String::new(), &raw.attributes);
    for f in &raw.fields {
        keep(pool.utf8(f.name_index)?, &f.attributes);
    }
    for m in &raw.methods {
        keep(format!("{}{}", pool.utf8(m.name_index)?, pool.utf8(m.descriptor_index)?), &m.attributes);
    }
    Ok(ClassFile {
        name,
        super_name,
        interfaces,
        is_interface: raw.access_flags.contains(ClassAccessFlags::INTERFACE),
        is_abstract: raw.access_flags.contains(ClassAccessFlags::ABSTRACT),
        fields,
        methods,
        pool,
        bootstrap,
        source_file,
        flags,
        annotations,
    })
}

/// The access flags of class `name` in an InnerClasses attribute, if it lists it (a nested
/// class's `static`, `private`, `protected` are only there).
fn inner_flags(pool: &Pool, info: &[u8], name: &str) -> Option<u16> {
    let u16_at = |i: usize| info.get(i..i + 2).map(|b| u16::from_be_bytes([b[0], b[1]]));
    let count = u16_at(0)? as usize;
    (0..count).find_map(|k| {
        let at = 2 + 8 * k;
        let inner = u16_at(at)?;
        (pool.class_name(inner).ok()? == name).then(|| u16_at(at + 6)).flatten()
    })
}

/// The constant of a field's `ConstantValue` attribute (JVMS 4.7.2), if it has one.
fn constant_value(pool: &Pool, attrs: &[AttributeInfo]) -> Result<Option<Loadable>, String> {
    let Some(attr) = find_attr(pool, attrs, "ConstantValue") else { return Ok(None) };
    let [hi, lo] = attr.info[..] else { return Err("malformed ConstantValue attribute".into()) };
    pool.loadable(u16::from_be_bytes([hi, lo])).map(Some).map_err(|e| format!("bad ConstantValue attribute: {e}"))
}

fn find_attr<'a>(pool: &Pool, attrs: &'a [AttributeInfo], name: &str) -> Option<&'a AttributeInfo> {
    attrs.iter().find(|a| pool.utf8(a.attribute_name_index).is_ok_and(|n| n == name))
}

fn parse_code(pool: &Pool, attr: &AttributeInfo) -> Result<Code, String> {
    let (rest, code) = code_attribute_parser(&attr.info).map_err(|_| "malformed Code attribute")?;
    if !rest.is_empty() {
        return Err("bytes left over after the Code attribute".into());
    }
    let (rest, insts) = code_parser(&code.code).map_err(|_| "malformed bytecode")?;
    if !rest.is_empty() {
        let offset = code.code.len() - rest.len();
        return Err(format!("+{offset}: unknown or truncated instruction (opcode 0x{:02x})", rest[0]));
    }
    let lines = match find_attr(pool, &code.attributes, "LineNumberTable") {
        Some(a) => line_numbers(&a.info),
        None => Vec::new(),
    };
    let locals = match find_attr(pool, &code.attributes, "LocalVariableTable") {
        Some(a) => local_variables(pool, &a.info),
        None => Vec::new(),
    };
    let handlers = code.exception_table;
    Ok(Code { max_stack: code.max_stack, max_locals: code.max_locals, insts, handlers, lines, locals })
}

fn be16(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes([*b.get(at)?, *b.get(at + 1)?]))
}

fn line_numbers(info: &[u8]) -> Vec<(u16, u16)> {
    let n = be16(info, 0).unwrap_or(0) as usize;
    (0..n).map_while(|i| Some((be16(info, 2 + 4 * i)?, be16(info, 4 + 4 * i)?))).collect()
}

/// The LocalVariableTable's entries (an entry whose name is not a UTF-8 constant is left out).
fn local_variables(pool: &Pool, info: &[u8]) -> Vec<LocalVar> {
    let n = be16(info, 0).unwrap_or(0) as usize;
    (0..n)
        .map_while(|i| {
            let at = 2 + 10 * i;
            Some((be16(info, at)?, be16(info, at + 2)?, be16(info, at + 4)?, be16(info, at + 8)?))
        })
        .filter_map(|(start, len, name, slot)| Some(LocalVar { start, len, slot, name: pool.utf8(name).ok()? }))
        .collect()
}

fn bootstrap_methods(info: &[u8]) -> Result<Vec<(u16, Vec<u16>)>, String> {
    let bad = || "malformed BootstrapMethods attribute".to_string();
    let n = be16(info, 0).ok_or_else(bad)?;
    let mut at = 2;
    let mut out = Vec::new();
    for _ in 0..n {
        let handle = be16(info, at).ok_or_else(bad)?;
        let count = be16(info, at + 2).ok_or_else(bad)? as usize;
        at += 4;
        let args = (0..count).map(|i| be16(info, at + 2 * i).ok_or_else(bad)).collect::<Result<Vec<_>, _>>()?;
        at += 2 * count;
        out.push((handle, args));
    }
    Ok(out)
}
