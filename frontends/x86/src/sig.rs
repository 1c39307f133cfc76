//! C-like export signatures: `name(i64, ptr, u64) -> i32`.

use rootir::Type;

/// A C parameter or result type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CType {
    /// `i32`, `int`: sign-extended into its register.
    I32,
    /// `u32`, `unsigned`: zero-extended.
    U32,
    /// `i64`, `u64`, `long`, `size_t`.
    I64,
    /// `ptr`: an address in the module's memory (an `i64`).
    Ptr,
    /// `f64`, `double`.
    F64,
    /// `f32`, `float`.
    F32,
}

impl CType {
    /// The rootIR type of the export's parameter or result.
    pub fn ty(self) -> Type {
        match self {
            CType::I32 | CType::U32 => Type::I32,
            CType::I64 | CType::Ptr => Type::I64,
            CType::F64 => Type::F64,
            CType::F32 => Type::F32,
        }
    }

    fn parse(s: &str) -> Option<CType> {
        Some(match s.trim() {
            "i32" | "int" => CType::I32,
            "u32" | "unsigned" => CType::U32,
            "i64" | "u64" | "long" | "size_t" => CType::I64,
            "ptr" => CType::Ptr,
            "f64" | "double" => CType::F64,
            "f32" | "float" => CType::F32,
            _ => return None,
        })
    }
}

/// An export: a global function of the object with its C signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportSig {
    /// The function's symbol (and the export's name).
    pub name: String,
    /// Parameter types.
    pub params: Vec<CType>,
    /// Result type (`None` for `void`).
    pub result: Option<CType>,
}

/// Parses `name(t, t, ...) [-> t]`.
pub fn parse(text: &str) -> Result<ExportSig, String> {
    let bad = |why: &str| format!("bad export signature `{text}`: {why} (expected `name(i64, ptr, f64) -> i32`)");
    let (name, rest) = text.split_once('(').ok_or_else(|| bad("no `(`"))?;
    let (args, ret) = rest.split_once(')').ok_or_else(|| bad("no `)`"))?;
    let name = name.trim();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(bad("the name must be a C identifier"));
    }
    let mut params = Vec::new();
    for a in args.split(',').filter(|a| !a.trim().is_empty() && a.trim() != "void") {
        params.push(CType::parse(a).ok_or_else(|| bad(&format!("unknown type `{}`", a.trim())))?);
    }
    let ret = ret.trim();
    let result = match ret.strip_prefix("->") {
        None if ret.is_empty() => None,
        None => return Err(bad("junk after `)`")),
        Some(t) if t.trim() == "void" => None,
        Some(t) => Some(CType::parse(t).ok_or_else(|| bad(&format!("unknown type `{}`", t.trim())))?),
    };
    Ok(ExportSig { name: name.to_string(), params, result })
}
