//! Parsing of the annotation attributes a class file keeps unparsed (`classfile::Annotated`):
//! `RuntimeVisibleAnnotations`, `RuntimeVisibleParameterAnnotations` and `AnnotationDefault`
//! (JVMS 4.7.16-4.7.22), with every element value kind. Untrusted bytes: every read is
//! bounds-checked, counts never preallocate, nesting is limited, and leftover bytes are an error.

use crate::classfile::Pool;
use classfile_parser::constant_info::ConstantInfo;

/// How deeply annotations and arrays may nest in one element value.
const MAX_DEPTH: usize = 64;

/// One annotation: its interface's binary name and its explicit element values in attribute
/// order.
#[derive(Clone, Debug, PartialEq)]
pub struct Ann {
    /// The annotation interface (`pkg/Ann`).
    pub ty: String,
    /// (element name, value), as written.
    pub pairs: Vec<(String, Value)>,
}

/// An element value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `B`, `C`, `I`, `S` or `Z` (the tag) with its int constant.
    Int(u8, i32),
    /// `J`.
    Long(i64),
    /// `F`.
    Float(f32),
    /// `D`.
    Double(f64),
    /// `s`.
    Str(String),
    /// `e`: the enum class's binary name and the constant's name.
    Enum(String, String),
    /// `c`: a return descriptor (`Ljava/lang/String;`, `I`, `V`, `[I`).
    Class(String),
    /// `@`.
    Annotation(Ann),
    /// `[`.
    Array(Vec<Value>),
}

/// A cursor over one attribute's bytes.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    pool: &'a Pool,
}

impl Reader<'_> {
    fn u8(&mut self) -> Result<u8, String> {
        let b = *self.bytes.get(self.at).ok_or("truncated")?;
        self.at += 1;
        Ok(b)
    }

    fn u16(&mut self) -> Result<u16, String> {
        Ok(u16::from(self.u8()?) << 8 | u16::from(self.u8()?))
    }

    fn utf8(&mut self) -> Result<String, String> {
        let index = self.u16()?;
        self.pool.utf8(index)
    }

    fn finish(&self) -> Result<(), String> {
        match self.bytes.len() - self.at {
            0 => Ok(()),
            n => Err(format!("{n} bytes left over")),
        }
    }

    fn annotation(&mut self, depth: usize) -> Result<Ann, String> {
        let ty = object_name(&self.utf8()?)?;
        let count = self.u16()?;
        let mut pairs = Vec::new();
        for _ in 0..count {
            let name = self.utf8()?;
            pairs.push((name, self.value(depth)?));
        }
        Ok(Ann { ty, pairs })
    }

    fn annotations(&mut self, depth: usize) -> Result<Vec<Ann>, String> {
        let count = self.u16()?;
        (0..count).map(|_| self.annotation(depth)).collect()
    }

    fn value(&mut self, depth: usize) -> Result<Value, String> {
        if depth > MAX_DEPTH {
            return Err("annotation values nested too deeply".into());
        }
        let tag = self.u8()?;
        let index = if tag == b'e' || tag == b'@' || tag == b'[' { 0 } else { self.u16()? };
        let pool = self.pool;
        Ok(match (tag, pool.get(index)) {
            (b'B' | b'C' | b'I' | b'S' | b'Z', Ok(ConstantInfo::Integer(c))) => Value::Int(tag, c.value),
            (b'J', Ok(ConstantInfo::Long(c))) => Value::Long(c.value),
            (b'F', Ok(ConstantInfo::Float(c))) => Value::Float(c.value),
            (b'D', Ok(ConstantInfo::Double(c))) => Value::Double(c.value),
            (b's', _) => Value::Str(pool.utf8(index)?),
            (b'c', _) => Value::Class(pool.utf8(index)?),
            (b'e', _) => {
                let class = object_name(&self.utf8()?)?;
                Value::Enum(class, self.utf8()?)
            }
            (b'@', _) => Value::Annotation(self.annotation(depth + 1)?),
            (b'[', _) => {
                let count = self.u16()?;
                Value::Array((0..count).map(|_| self.value(depth + 1)).collect::<Result<_, _>>()?)
            }
            (b'B' | b'C' | b'I' | b'S' | b'Z' | b'J' | b'F' | b'D', _) => {
                return Err(format!("element value '{}' with a bad constant {index}", tag as char));
            }
            _ => return Err(format!("unknown element value tag 0x{tag:02x}")),
        })
    }
}

/// The binary name of an object type descriptor `Lpkg/C;`.
fn object_name(desc: &str) -> Result<String, String> {
    match desc.strip_prefix('L').and_then(|d| d.strip_suffix(';')) {
        Some(name) if !name.is_empty() => Ok(name.to_string()),
        _ => Err(format!("{desc:?} is not a class type")),
    }
}

/// The annotations of a `RuntimeVisibleAnnotations` attribute.
pub fn annotations(bytes: &[u8], pool: &Pool) -> Result<Vec<Ann>, String> {
    let mut r = Reader { bytes, at: 0, pool };
    let out = r.annotations(0).map_err(|e| format!("RuntimeVisibleAnnotations: {e}"))?;
    r.finish().map_err(|e| format!("RuntimeVisibleAnnotations: {e}"))?;
    Ok(out)
}

/// The annotations of each parameter of a `RuntimeVisibleParameterAnnotations` attribute.
pub fn parameters(bytes: &[u8], pool: &Pool) -> Result<Vec<Vec<Ann>>, String> {
    let mut r = Reader { bytes, at: 0, pool };
    let parse = |r: &mut Reader<'_>| -> Result<Vec<Vec<Ann>>, String> {
        let count = r.u8()?;
        let out = (0..count).map(|_| r.annotations(0)).collect::<Result<_, _>>()?;
        r.finish()?;
        Ok(out)
    };
    parse(&mut r).map_err(|e| format!("RuntimeVisibleParameterAnnotations: {e}"))
}

/// The value of an `AnnotationDefault` attribute.
pub fn default(bytes: &[u8], pool: &Pool) -> Result<Value, String> {
    let mut r = Reader { bytes, at: 0, pool };
    let parse = |r: &mut Reader<'_>| -> Result<Value, String> {
        let v = r.value(0)?;
        r.finish()?;
        Ok(v)
    };
    parse(&mut r).map_err(|e| format!("AnnotationDefault: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use classfile_parser::constant_info::{IntegerConstant, Utf8Constant};

    fn pool() -> Pool {
        let utf8 = |s: &str| ConstantInfo::Utf8(Utf8Constant { utf8_string: s.into(), bytes: s.as_bytes().to_vec() });
        Pool(vec![utf8("LA;"), utf8("n"), ConstantInfo::Integer(IntegerConstant { value: 3 })], Default::default())
    }

    #[test]
    fn an_annotation_with_an_int_and_an_array_parses() {
        // 1 annotation LA; with n=3 and n={3}.
        let bytes = [0, 1, 0, 1, 0, 2, 0, 2, b'I', 0, 3, 0, 2, b'[', 0, 1, b'I', 0, 3];
        let got = annotations(&bytes, &pool()).expect("parses");
        let n = || "n".to_string();
        let pairs = vec![(n(), Value::Int(b'I', 3)), (n(), Value::Array(vec![Value::Int(b'I', 3)]))];
        assert_eq!(got, vec![Ann { ty: "A".into(), pairs }]);
    }

    #[test]
    fn malformed_attributes_are_errors_not_panics() {
        let p = pool();
        let bytes = [0, 1, 0, 1, 0, 2, 0, 2, b'I', 0, 3, 0, 2, b'[', 0, 1, b'I', 0, 3];
        for cut in 0..bytes.len() {
            assert!(annotations(&bytes[..cut], &p).is_err(), "truncated at {cut}");
        }
        assert!(annotations(&[0, 1, 0, 2, 0, 0], &p).unwrap_err().contains("not a class type"));
        assert!(default(&[b'I', 0, 1], &p).unwrap_err().contains("bad constant"));
        assert!(default(&[b'?', 0, 1], &p).unwrap_err().contains("unknown element value tag"));
        assert!(default(&[b'I', 0, 3, 0], &p).unwrap_err().contains("left over"));
        let deep: Vec<u8> = std::iter::repeat_n([b'[', 0, 1], 100).flatten().collect();
        assert!(default(&deep, &p).unwrap_err().contains("nested too deeply"));
        assert!(parameters(&[2, 0, 0], &p).is_err());
        assert_eq!(parameters(&[2, 0, 0, 0, 0], &p), Ok(vec![vec![], vec![]]));
    }

    #[test]
    fn random_and_mutated_bytes_never_panic() {
        let p = pool();
        let valid = [0u8, 1, 0, 1, 0, 2, 0, 2, b'I', 0, 3, 0, 2, b'[', 0, 1, b'@', 0, 1, 0, 0];
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for i in 0..20_000 {
            let bytes: Vec<u8> = if i % 2 == 0 {
                (0..next() % 40).map(|_| b"\0\x01\x02\x03IJ[@ecs"[(next() % 11) as usize]).collect()
            } else {
                let mut v = valid.to_vec();
                let at = (next() as usize) % v.len();
                v[at] = next() as u8;
                v
            };
            let _ = annotations(&bytes, &p);
            let _ = parameters(&bytes, &p);
            let _ = default(&bytes, &p);
        }
    }
}
