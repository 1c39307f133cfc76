//! A text syntax for stack functions (`.stk`, the language of vstarr's filetests), its parser
//! and an instruction printer. One instruction or label per line, `;` starts a comment:
//!
//! ```text
//! func @max(i32, i32) -> i32     ; results: `-> i32`, `-> (i32, i64)`, or none
//!   locals i64                   ; optional: more locals after the parameters
//!   handler l0, l1, h            ; optional, repeatable: [l0, l1) → h, first match wins
//!   max_stack 4                  ; optional (16)
//!   load 0
//!   load 1
//!   i32.lt_s                     ; any typed unary or binary rootIR opcode
//!   br_if second                 ; also: jump L, switch [L1, L2], L3
//!   load 0
//!   return
//! second:
//!   load 1
//!   return
//! end
//! ```
//!
//! Other instructions: `push i32 -5`, `push f64 1.5` (`nan`, `inf`, `-inf`, or `0x…` bits for
//! any type), `store n`, the shuffles `dup pop swap dup_x1 dup_x2 dup2 dup2_x1 dup2_x2`,
//! `call @name` (a stack function of the file, a `.rir` function or an import of the module
//! section, with its signature), and every other rootIR operation by its `.rir` name followed
//! by its non-register operands, named as in `.rir`: `i32.load 8` (offset, default 0),
//! `i64.const 5`, `str.const c0`, `global.get $g`, `func.addr @f`, `obj.new C`, `obj.cast C`,
//! `obj.get C.f`, `call.virtual C.m`, `call_indirect (i32) -> i64`, `select`, `unreachable`.
//!
//! An optional module section before the functions declares what operations name, in `.rir`
//! syntax (classes, globals, constants, memory, imports, `.rir` functions):
//!
//! ```text
//! module
//! global mut $count: i64 = 0
//! class Point {
//!   field x: i32
//! }
//! endmodule
//! ```
//!
//! [`parse_file`] returns that module with the stack functions appended (as placeholders
//! with their signatures): the environment to translate them in.

use crate::operation::Attr;
use crate::operation::{ModuleEnv, Operation};
use crate::stack::{Handler, Imm, Shuffle, StackFunction, StackInst};
use rootir::{Callee, ClassId, FieldRef, Format, FuncId, FuncType, GlobalId, ImportId, MethodRef, Opcode, Type};
use std::collections::HashMap;
use std::fmt;

/// A parse error at a line (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextError {
    /// The line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for TextError {}

/// The shuffles by name.
const SHUFFLES: [(&str, Shuffle); 8] = [
    ("dup", Shuffle::Dup),
    ("pop", Shuffle::Pop),
    ("swap", Shuffle::Swap),
    ("dup_x1", Shuffle::DupX1),
    ("dup_x2", Shuffle::DupX2),
    ("dup2", Shuffle::Dup2),
    ("dup2_x1", Shuffle::Dup2X1),
    ("dup2_x2", Shuffle::Dup2X2),
];

/// A branch whose labels are resolved at the end of the function.
enum Pending {
    Done(StackInst),
    Jump(String),
    BranchIf(String),
    Switch(Vec<String>, String),
    Call(String),
    Named(Opcode, String),
}

/// A parsed `.stk` file.
#[derive(Clone, Debug, PartialEq)]
pub struct StkFile {
    /// The module section's module, then one placeholder per stack function (its name and
    /// signature, no blocks): the environment of the stack functions.
    pub module: rootir::Module,
    /// The stack functions; function `i` is `module.functions[first + i]`.
    pub funcs: Vec<StackFunction>,
    /// Index of the first stack function in `module.functions`.
    pub first: usize,
}

/// A function being parsed: its header, its instructions with their lines, its labels.
type Parsed = (StackFunction, Vec<(usize, Pending)>, HashMap<String, u32>, Vec<(usize, Vec<String>)>);

/// Parses every stack function of `src`.
pub fn parse(src: &str) -> Result<Vec<StackFunction>, TextError> {
    parse_file(src).map(|f| f.funcs)
}

/// Splits off the module section (`module` … `endmodule`) and parses it as `.rir`.
fn module_section(src: &str) -> Result<(rootir::Module, usize), TextError> {
    let err = |line: usize, m: String| TextError { line, message: m };
    let lines: Vec<&str> = src.lines().collect();
    let Some(start) = lines.iter().position(|l| l.split(';').next().unwrap_or("").trim() == "module") else {
        return Ok((rootir::Module::new("t"), 0));
    };
    let end = lines[start..]
        .iter()
        .position(|l| l.trim() == "endmodule")
        .map(|e| start + e)
        .ok_or_else(|| err(start + 1, "`module` without `endmodule`".into()))?;
    let text = format!("module t\n{}\n", lines[start + 1..end].join("\n"));
    let mut modules = rootir::text::parse(&text, "module section").map_err(|e| err(start + 1, e.to_string()))?;
    match modules.len() {
        1 => Ok((modules.remove(0), end + 1)),
        _ => Err(err(start + 1, "the module section must hold one module".into())),
    }
}

/// Parses the module section and every stack function of `src`.
pub fn parse_file(src: &str) -> Result<StkFile, TextError> {
    let (mut module, skip) = module_section(src)?;
    let mut funcs: Vec<Parsed> = Vec::new();
    let mut open = false;
    let err = |line: usize, m: String| TextError { line, message: m };
    for (i, raw) in src.lines().enumerate().skip(skip) {
        let line = i + 1;
        let text = raw.split(';').next().unwrap_or("").trim();
        if text.is_empty() {
            continue;
        }
        if let Some(rest) = text.strip_prefix("func ") {
            if open {
                return Err(err(line, "`func` inside a function (missing `end`)".into()));
            }
            let f = header(rest).map_err(|m| err(line, m))?;
            funcs.push((f, Vec::new(), HashMap::new(), Vec::new()));
            open = true;
            continue;
        }
        let Some((f, code, labels, handlers)) = funcs.last_mut().filter(|_| open) else {
            return Err(err(line, format!("`{text}` outside a function")));
        };
        if text == "end" {
            open = false;
        } else if let Some(l) = text.strip_suffix(':') {
            if labels.insert(l.trim().to_string(), code.len() as u32).is_some() {
                return Err(err(line, format!("label `{l}` defined twice")));
            }
        } else if let Some(rest) = text.strip_prefix("handler ") {
            let parts: Vec<String> = rest.split(',').map(|p| p.trim().to_string()).collect();
            if parts.len() != 3 {
                return Err(err(line, "expected `handler START, END, HANDLER` (labels)".into()));
            }
            handlers.push((line, parts));
        } else if let Some(rest) = text.strip_prefix("locals") {
            f.locals.extend(types(rest).map_err(|m| err(line, m))?);
        } else if let Some(rest) = text.strip_prefix("max_stack") {
            f.max_stack = rest.trim().parse().map_err(|_| err(line, format!("bad max_stack `{}`", rest.trim())))?;
        } else {
            code.push((line, inst(text).map_err(|m| err(line, m))?));
        }
    }
    if open {
        return Err(err(src.lines().count(), "missing `end`".into()));
    }
    let first = module.functions.len();
    for (f, _, _, _) in &funcs {
        let placeholder = rootir::Function {
            name: f.name.clone(),
            sig: f.sig.clone(),
            regs: f.sig.params.clone(),
            blocks: Vec::new(),
        };
        module.functions.push(placeholder);
    }
    let mut out = Vec::new();
    for (mut f, code, labels, handlers) in funcs {
        let label = |line: usize, l: &str| labels.get(l).copied().ok_or_else(|| err(line, format!("no label `{l}`")));
        for (line, parts) in handlers {
            let (start, end, handler) = (label(line, &parts[0])?, label(line, &parts[1])?, label(line, &parts[2])?);
            f.handlers.push(Handler { start, end, handler });
        }
        for (line, p) in code {
            f.code.push(match p {
                Pending::Done(inst) => inst,
                Pending::Jump(l) => StackInst::Jump(label(line, &l)?),
                Pending::BranchIf(l) => StackInst::BranchIf(label(line, &l)?),
                Pending::Switch(ts, d) => StackInst::Switch {
                    targets: ts.iter().map(|t| label(line, t)).collect::<Result<_, _>>()?,
                    default: label(line, &d)?,
                },
                Pending::Call(name) => {
                    let callee =
                        callee(&module, first, &name).ok_or_else(|| err(line, format!("no function @{name}")))?;
                    let sig = module.callee_sig(callee).ok_or_else(|| err(line, format!("no function @{name}")))?;
                    StackInst::Call { callee, sig }
                }
                Pending::Named(op, rest) => {
                    StackInst::Inst(Operation::with(op, attr(&module, first, op, &rest).map_err(|m| err(line, m))?))
                }
            });
        }
        out.push(f);
    }
    Ok(StkFile { module, funcs: out, first })
}

/// The function or import `@name` names: a stack function (from `first` on) first.
fn callee(module: &rootir::Module, first: usize, name: &str) -> Option<Callee> {
    let funcs = &module.functions;
    let func = funcs[first..]
        .iter()
        .position(|f| f.name == name)
        .map(|i| first + i)
        .or_else(|| funcs[..first].iter().position(|f| f.name == name));
    match func {
        Some(i) => Some(Callee::Func(FuncId::new(i))),
        None => module.imports.iter().position(|i| i.local_name == name).map(|i| Callee::Import(ImportId::new(i))),
    }
}

/// The non-register operands of `op`, written `rest`, with names resolved in `module`.
fn attr(module: &rootir::Module, first: usize, op: Opcode, rest: &str) -> Result<Attr, String> {
    let class = |name: &str| {
        module.classes.iter().position(|c| c.name == name).map(ClassId::new).ok_or(format!("no class `{name}`"))
    };
    let member = || -> Result<(ClassId, &str), String> {
        let (c, m) = rest.rsplit_once('.').ok_or(format!("expected `Class.member`, found `{rest}`"))?;
        Ok((class(c)?, m))
    };
    let none = || if rest.is_empty() { Ok(Attr::None) } else { Err(format!("{op} takes no operand, found `{rest}`")) };
    Ok(match op.format() {
        Format::Const => {
            let ty = op.typing().and_then(|t| t.output).ok_or("untyped constant")?;
            Attr::Bits(immediate(ty, rest)?.bits)
        }
        Format::Load | Format::Store if rest.is_empty() => Attr::Offset(0),
        Format::Load | Format::Store => Attr::Offset(rest.parse().map_err(|_| format!("bad offset `{rest}`"))?),
        Format::StrConst => Attr::Str(
            rest.strip_prefix('c').and_then(|c| c.parse().ok()).ok_or(format!("expected `cN`, found `{rest}`"))?,
        ),
        Format::GlobalGet | Format::GlobalSet => {
            let name = rest.strip_prefix('$').ok_or(format!("expected `$global`, found `{rest}`"))?;
            let g = module.globals.iter().position(|g| g.name == name).ok_or(format!("no global `${name}`"))?;
            Attr::Global(GlobalId::new(g))
        }
        Format::FuncAddr => {
            let name = rest.strip_prefix('@').ok_or(format!("expected `@function`, found `{rest}`"))?;
            match callee(module, first, name) {
                Some(Callee::Func(f)) => Attr::Func(f),
                _ => return Err(format!("no function @{name}")),
            }
        }
        Format::New | Format::ClassTest => Attr::Class(class(rest)?),
        Format::FieldGet | Format::FieldSet => {
            let (c, f) = member()?;
            let fields = &module.classes[c.index()].fields;
            let i = fields.iter().position(|x| x.name == f).ok_or(format!("no field `{rest}`"))?;
            Attr::Field(FieldRef { class: c, field: i as u32 })
        }
        Format::CallMethod => {
            let (c, m) = member()?;
            let methods = &module.classes[c.index()].methods;
            let i = methods.iter().position(|x| x.name == m).ok_or(format!("no method `{rest}`"))?;
            Attr::Method(MethodRef { class: c, method: i as u32 })
        }
        Format::Call => {
            let name = rest.strip_prefix('@').ok_or(format!("expected `@function`, found `{rest}`"))?;
            Attr::Callee(callee(module, first, name).ok_or(format!("no function @{name}"))?)
        }
        Format::CallIndirect => {
            let sig = header(&format!("@x{rest}"))?;
            Attr::Sig(sig.sig)
        }
        _ => none()?,
    })
}

/// `@name(i32, i64) -> i32`
fn header(rest: &str) -> Result<StackFunction, String> {
    let rest = rest.trim().strip_prefix('@').ok_or("expected `@name`")?;
    let (name, rest) = rest.split_once('(').ok_or("expected `(`")?;
    let (params, rest) = rest.split_once(')').ok_or("expected `)`")?;
    let params = types(params)?;
    let rest = rest.trim();
    let results = match rest.strip_prefix("->") {
        None if rest.is_empty() => Vec::new(),
        None => return Err(format!("unexpected `{rest}`")),
        Some(r) => types(r.trim().trim_start_matches('(').trim_end_matches(')'))?,
    };
    Ok(StackFunction {
        name: name.trim().to_string(),
        sig: FuncType::new(params.clone(), results),
        locals: params,
        max_stack: 16,
        code: Vec::new(),
        unit: None,
        handlers: Vec::new(),
    })
}

/// A comma-separated list of types.
fn types(s: &str) -> Result<Vec<Type>, String> {
    s.split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| Type::from_name(t).ok_or(format!("unknown type `{t}`")))
        .collect()
}

fn inst(text: &str) -> Result<Pending, String> {
    let (word, rest) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
    let rest = rest.trim();
    let index = || rest.parse::<u32>().map_err(|_| format!("expected a local number, found `{rest}`"));
    let done = Pending::Done;
    Ok(match word {
        "push" => {
            let (ty, v) = rest.split_once(char::is_whitespace).ok_or("expected `push TYPE VALUE`")?;
            let ty = Type::from_name(ty).filter(|t| t.is_numeric()).ok_or(format!("bad type `{ty}`"))?;
            done(StackInst::Push(immediate(ty, v.trim())?))
        }
        "load" => done(StackInst::Load(index()?)),
        "store" => done(StackInst::Store(index()?)),
        "jump" => Pending::Jump(rest.to_string()),
        "br_if" => Pending::BranchIf(rest.to_string()),
        "switch" => {
            let body = rest.strip_prefix('[').ok_or("expected `switch [L, ...], L`")?;
            let (targets, default) = body.split_once(']').ok_or("expected `]`")?;
            let default = default.trim().strip_prefix(',').ok_or("expected `, default`")?.trim();
            let targets = targets.split(',').map(str::trim).filter(|t| !t.is_empty()).map(String::from).collect();
            Pending::Switch(targets, default.to_string())
        }
        "call" => Pending::Call(rest.strip_prefix('@').ok_or("expected `call @name`")?.to_string()),
        "return" => done(StackInst::Return),
        _ => {
            if let Some((_, s)) = SHUFFLES.iter().find(|(n, _)| *n == word) {
                done(StackInst::Shuffle(*s))
            } else if let Some(op) = Opcode::from_name(word) {
                if rest.is_empty() && !matches!(op.format(), Format::Load | Format::Store) {
                    done(StackInst::Op(op))
                } else {
                    Pending::Named(op, rest.to_string())
                }
            } else {
                return Err(format!("unknown instruction `{word}`"));
            }
        }
    })
}

/// A constant of type `ty`: a decimal number, `nan`, `inf`, `-inf`, or `0x` bits.
fn immediate(ty: Type, v: &str) -> Result<Imm, String> {
    let bad = || format!("bad {ty} constant `{v}`");
    if let Some(hex) = v.strip_prefix("0x") {
        let bits = u64::from_str_radix(&hex.replace('_', ""), 16).map_err(|_| bad())?;
        let fits = matches!(ty, Type::I64 | Type::F64) || bits <= u32::MAX as u64;
        return if fits { Ok(Imm { ty, bits }) } else { Err(bad()) };
    }
    let float = || match v {
        "nan" => Some(f64::NAN),
        "inf" => Some(f64::INFINITY),
        "-inf" => Some(f64::NEG_INFINITY),
        _ => v.parse::<f64>().ok(),
    };
    Ok(match ty {
        Type::I32 => Imm::i32(v.parse::<i32>().map_err(|_| bad())?),
        Type::I64 => Imm::i64(v.parse::<i64>().map_err(|_| bad())?),
        Type::F32 => Imm::f32(float().ok_or_else(bad)? as f32),
        _ => Imm::f64(float().ok_or_else(bad)?),
    })
}

/// One instruction as text; branch targets print as instruction indices (`@12`), calls
/// as the callee's entity (`call func1`).
pub fn print_inst(inst: &StackInst) -> String {
    match inst {
        StackInst::Push(imm) => match imm.ty {
            Type::I32 => format!("push i32 {}", imm.bits as u32 as i32),
            Type::I64 => format!("push i64 {}", imm.bits as i64),
            Type::F32 => format!("push f32 {}", f32::from_bits(imm.bits as u32)),
            _ => format!("push f64 {}", f64::from_bits(imm.bits)),
        },
        StackInst::Load(l) => format!("load {l}"),
        StackInst::Store(l) => format!("store {l}"),
        StackInst::Op(op) => op.name().to_string(),
        StackInst::Shuffle(s) => SHUFFLES.iter().find(|(_, x)| x == s).map_or("?", |(n, _)| n).to_string(),
        StackInst::Jump(t) => format!("jump @{t}"),
        StackInst::BranchIf(t) => format!("br_if @{t}"),
        StackInst::Switch { targets, default } => {
            let ts: Vec<String> = targets.iter().map(|t| format!("@{t}")).collect();
            format!("switch [{}], @{default}", ts.join(", "))
        }
        StackInst::Call { callee: Callee::Func(f), .. } => format!("call func{}", f.index()),
        StackInst::Call { callee: Callee::Import(i), .. } => format!("call import{}", i.index()),
        StackInst::Return => "return".to_string(),
        StackInst::Inst(o) => match &o.attr {
            Attr::None => o.op.name().to_string(),
            attr => format!("{} {}", o.op, print_attr(attr)),
        },
    }
}

/// A non-register operand by entity number (`.stk` files use names; see [`parse_file`]).
fn print_attr(attr: &Attr) -> String {
    match attr {
        Attr::None => String::new(),
        Attr::Bits(b) => format!("{b:#x}"),
        Attr::Offset(o) => o.to_string(),
        Attr::Str(c) => format!("c{c}"),
        Attr::Global(g) => g.to_string(),
        Attr::Func(f) => f.to_string(),
        Attr::Class(c) => c.to_string(),
        Attr::Field(f) => format!("{}.{}", f.class, f.field),
        Attr::Method(m) => format!("{}.{}", m.class, m.method),
        Attr::Callee(Callee::Func(f)) => f.to_string(),
        Attr::Callee(Callee::Import(i)) => i.to_string(),
        Attr::Sig(sig) => sig.to_string(),
    }
}
