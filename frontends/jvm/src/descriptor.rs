//! Field and method descriptors, and the mapping of JVM types onto rootIR types.

use rootir::{FuncType, Opcode, Type};

/// A JVM value type as a descriptor names it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum JType {
    /// `Z`
    Boolean,
    /// `B`
    Byte,
    /// `C`
    Char,
    /// `S`
    Short,
    /// `I`
    Int,
    /// `J`
    Long,
    /// `F`
    Float,
    /// `D`
    Double,
    /// `Lname;`
    Object(String),
    /// `[T`
    Array(Box<JType>),
}

impl JType {
    /// The operation that makes an array whose elements are of this type.
    pub fn array_new_op(&self) -> Opcode {
        match self {
            JType::Boolean | JType::Byte => Opcode::ArrayNewI8,
            JType::Char => Opcode::ArrayNewU16,
            JType::Short => Opcode::ArrayNewI16,
            JType::Int => Opcode::ArrayNewI32,
            JType::Long => Opcode::ArrayNewI64,
            JType::Float => Opcode::ArrayNewF32,
            JType::Double => Opcode::ArrayNewF64,
            _ => Opcode::ArrayNewRef,
        }
    }

    /// The rootIR type of a value of this type (every int-like type is an `i32`).
    pub fn ir(&self) -> Type {
        match self {
            JType::Boolean | JType::Byte | JType::Char | JType::Short | JType::Int => Type::I32,
            JType::Long => Type::I64,
            JType::Float => Type::F32,
            JType::Double => Type::F64,
            JType::Object(_) | JType::Array(_) => Type::Ref,
        }
    }

    /// The descriptor text.
    pub fn descriptor(&self) -> String {
        match self {
            JType::Boolean => "Z".into(),
            JType::Byte => "B".into(),
            JType::Char => "C".into(),
            JType::Short => "S".into(),
            JType::Int => "I".into(),
            JType::Long => "J".into(),
            JType::Float => "F".into(),
            JType::Double => "D".into(),
            JType::Object(n) => format!("L{n};"),
            JType::Array(t) => format!("[{}", t.descriptor()),
        }
    }
}

/// A parsed method descriptor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodDesc {
    /// Parameter types.
    pub params: Vec<JType>,
    /// Return type (`None` for `V`).
    pub ret: Option<JType>,
}

impl MethodDesc {
    /// The rootIR signature; `receiver` adds a leading `ref`.
    pub fn sig(&self, receiver: bool) -> FuncType {
        let params: Vec<Type> =
            receiver.then_some(Type::Ref).into_iter().chain(self.params.iter().map(JType::ir)).collect();
        FuncType::new(params, self.ret.iter().map(JType::ir).collect::<Vec<_>>())
    }
}

fn field_type(s: &[u8], at: &mut usize) -> Result<JType, String> {
    let c = *s.get(*at).ok_or("descriptor ends early")?;
    *at += 1;
    Ok(match c {
        b'Z' => JType::Boolean,
        b'B' => JType::Byte,
        b'C' => JType::Char,
        b'S' => JType::Short,
        b'I' => JType::Int,
        b'J' => JType::Long,
        b'F' => JType::Float,
        b'D' => JType::Double,
        b'L' => {
            let end = s[*at..].iter().position(|&b| b == b';').ok_or("unterminated class name in descriptor")?;
            let name = String::from_utf8_lossy(&s[*at..*at + end]).into_owned();
            *at += end + 1;
            JType::Object(name)
        }
        b'[' => JType::Array(Box::new(field_type(s, at)?)),
        other => return Err(format!("bad descriptor character `{}`", other as char)),
    })
}

/// Parses a field descriptor.
pub fn parse_field(desc: &str) -> Result<JType, String> {
    let mut at = 0;
    let t = field_type(desc.as_bytes(), &mut at).map_err(|e| format!("descriptor `{desc}`: {e}"))?;
    if at != desc.len() {
        return Err(format!("descriptor `{desc}`: trailing characters"));
    }
    Ok(t)
}

/// Parses a method descriptor.
pub fn parse_method(desc: &str) -> Result<MethodDesc, String> {
    let err = |e: String| format!("descriptor `{desc}`: {e}");
    let s = desc.as_bytes();
    if s.first() != Some(&b'(') {
        return Err(err("no `(`".into()));
    }
    let mut at = 1;
    let mut params = Vec::new();
    while s.get(at) != Some(&b')') {
        params.push(field_type(s, &mut at).map_err(err)?);
    }
    at += 1;
    let ret = if s.get(at) == Some(&b'V') {
        at += 1;
        None
    } else {
        Some(field_type(s, &mut at).map_err(err)?)
    };
    if at != s.len() {
        return Err(err("trailing characters".into()));
    }
    Ok(MethodDesc { params, ret })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn method_descriptors_parse() {
        let d = parse_method("(IJ[Ljava/lang/String;D)Z").unwrap();
        assert_eq!(d.params.len(), 4);
        assert_eq!(d.params[2], JType::Array(Box::new(JType::Object("java/lang/String".into()))));
        assert_eq!(d.ret, Some(JType::Boolean));
        assert_eq!(d.sig(true).params, vec![Type::Ref, Type::I32, Type::I64, Type::Ref, Type::F64]);
        assert!(parse_method("(I").is_err());
        assert!(parse_method("(Q)V").is_err());
        assert!(parse_field("Ljava/lang").is_err());
    }
}
