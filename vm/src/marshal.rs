//! Marshalling between typed modules and `any` modules (docs/interop.md).
//!
//! When an import and the export it names differ only where one side has `any` and the other a
//! type of the table below, the VM links the import to an *adapter*: a rootIR function it
//! generates at load time that converts the arguments, calls the export and converts the results.
//! The adapters of one [`crate::Vm::load`] live in one generated module, `interop#N`.
//!
//! | typed side | `any` side | typed → any | any → typed |
//! |---|---|---|---|
//! | `i64` | int | `any.from_i64` | an int; anything else is a type error |
//! | `i32` | int / bool | an int (sign-extended) | a bool (0 / 1), or an int that fits in `i32` (else an OverflowError trap) |
//! | `f64` | float | `any.from_f64` | a float (an int is a type error) |
//! | `ref` | none / object (strings) | null → none, else the reference | none → null, an object (a string, ...) as is; a bool, int or float is a type error |
//!
//! An export with no result may be imported with one `any` result: the call returns None (a
//! Python function call always has a value).
//!
//! Any other difference (`f32`, `i32` against `i64`, arity) is refused at link time, naming the
//! importing module, the import and both signatures.

use rootir::{Callee, Export, FuncId, FuncType, FunctionBuilder, Import, ImportId, Module, Reg, Type};

/// What crossing from one type to another takes.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Conv {
    Same,
    FromAny(Type),
    ToAny(Type),
    /// The export returns nothing; the `any` import's one result is None.
    NoneResult,
}

/// How an import of signature `import` can call an export of signature `export`: `Ok(false)` when
/// they are equal, `Ok(true)` when an adapter converts between them, else the reason it cannot.
pub fn plan(import: &FuncType, export: &FuncType) -> Result<bool, String> {
    convs(import, export).map(|c| c.iter().any(|&c| c != Conv::Same))
}

/// The conversion of every parameter (import → export) then every result (export → import).
fn convs(import: &FuncType, export: &FuncType) -> Result<Vec<Conv>, String> {
    if import.results == [Type::Any] && export.results.is_empty() && import.params.len() == export.params.len() {
        let unit = FuncType::new(import.params.clone(), []);
        let mut c = convs(&unit, export)?;
        c.push(Conv::NoneResult);
        return Ok(c);
    }
    if import.params.len() != export.params.len() || import.results.len() != export.results.len() {
        return Err("the numbers of parameters or results differ".to_string());
    }
    let params = import
        .params
        .iter()
        .zip(&export.params)
        .enumerate()
        .map(|(i, (&a, &b))| (format!("parameter {}", i + 1), a, b));
    let results =
        export.results.iter().zip(&import.results).enumerate().map(|(i, (&a, &b))| (format!("result {}", i + 1), a, b));
    params
        .chain(results)
        .map(|(what, from, to)| {
            conv(from, to).ok_or_else(|| {
                format!("{what}: no conversion between {from} and {to} (only `any` ⇄ i64, i32, f64, ref)")
            })
        })
        .collect()
}

fn conv(from: Type, to: Type) -> Option<Conv> {
    let marshalled = |t| matches!(t, Type::I64 | Type::I32 | Type::F64 | Type::Ref);
    match (from, to) {
        _ if from == to => Some(Conv::Same),
        (Type::Any, t) if marshalled(t) => Some(Conv::FromAny(t)),
        (t, Type::Any) if marshalled(t) => Some(Conv::ToAny(t)),
        _ => None,
    }
}

/// The name of an `any` kind (`any.kind`).
pub(crate) fn kind_name(kind: i64) -> &'static str {
    match kind {
        0 => "None",
        1 => "a bool",
        2 => "an int",
        3 => "a float",
        _ => "an object",
    }
}

/// A host function an adapter calls to trap with a message naming both sides.
pub(crate) struct Refusal {
    /// Its name in module `interop#N`.
    pub name: String,
    /// `Kind`: called with the `any.kind` of the value; `Overflow`: with the int that did not fit.
    pub overflow: bool,
    /// What the trap says before the value's description.
    pub message: String,
}

/// An import being adapted: who imports what, with which signatures.
pub(crate) struct Crossing<'a> {
    /// The importing module.
    pub importer: &'a str,
    /// The import (its module and name are the export's).
    pub import: &'a Import,
    /// The export's signature.
    pub export_sig: &'a FuncType,
}

/// Builds the adapter module `name` for `crossings`; the import of crossing `k` must then name
/// export `a{k}` of it. Returns the module and the refusal host functions it imports (to register
/// in module [`refusal_module`]).
pub(crate) fn adapter_module(name: &str, crossings: &[Crossing<'_>]) -> (Module, Vec<Refusal>) {
    let mut m = Module { name: name.to_string(), ..Module::default() };
    let mut refusals = Vec::new();
    for (k, c) in crossings.iter().enumerate() {
        let target = ImportId::new(m.imports.len());
        m.imports.push(Import {
            local_name: format!("t{k}"),
            module: c.import.module.clone(),
            name: c.import.name.clone(),
            sig: c.export_sig.clone(),
        });
        let func = adapter(&mut m, &mut refusals, k, c, target);
        m.exports.push(Export { name: format!("a{k}"), func: FuncId::new(m.functions.len()) });
        m.functions.push(func);
    }
    (m, refusals)
}

fn adapter(
    m: &mut Module,
    refusals: &mut Vec<Refusal>,
    k: usize,
    c: &Crossing<'_>,
    target: ImportId,
) -> rootir::Function {
    let convs = convs(&c.import.sig, c.export_sig).unwrap_or_default();
    let (param_convs, result_convs) = convs.split_at(c.import.sig.params.len());
    let mut b = FunctionBuilder::new(format!("adapt{k}"), c.import.sig.clone());
    let mut cx = Ctx { m, refusals, c, b: &mut b };
    let args: Vec<Reg> = param_convs
        .iter()
        .enumerate()
        .map(|(i, &conv)| {
            let p = cx.b.param(i);
            cx.convert(conv, p, &format!("argument {}", i + 1))
        })
        .collect();
    let results = cx.b.call(Callee::Import(target), &args, &c.export_sig.results);
    let results: Vec<Reg> = if result_convs == [Conv::NoneResult] {
        vec![cx.b.any_none()]
    } else {
        let convert = |(i, (&conv, r))| cx.convert(conv, r, &format!("result {}", i + 1));
        result_convs.iter().zip(results).enumerate().map(convert).collect()
    };
    b.ret(&results);
    b.finish()
}

struct Ctx<'a, 'b> {
    m: &'a mut Module,
    refusals: &'a mut Vec<Refusal>,
    c: &'a Crossing<'b>,
    b: &'a mut FunctionBuilder,
}

impl Ctx<'_, '_> {
    fn convert(&mut self, conv: Conv, v: Reg, what: &str) -> Reg {
        match conv {
            Conv::Same | Conv::NoneResult => v,
            Conv::ToAny(Type::I64) => self.b.any_from_i64(v),
            Conv::ToAny(Type::I32) => {
                let wide = self.b.i64_extend_i32_s(v);
                self.b.any_from_i64(wide)
            }
            Conv::ToAny(Type::F64) => self.b.any_from_f64(v),
            Conv::ToAny(_) => self.b.any_from_ref(v),
            Conv::FromAny(Type::I64) => {
                self.expect_kind(v, &[2], what, "an int (i64)");
                self.b.any_to_i64(v)
            }
            Conv::FromAny(Type::F64) => {
                self.expect_kind(v, &[3], what, "a float (f64)");
                self.b.any_to_f64(v)
            }
            Conv::FromAny(Type::I32) => self.any_to_i32(v, what),
            Conv::FromAny(_) => {
                self.expect_kind(v, &[0, 4], what, "None or an object (ref)");
                self.b.any_to_ref(v)
            }
        }
    }

    /// A bool as 0 / 1, an int that fits in i32, else a trap.
    fn any_to_i32(&mut self, v: Reg, what: &str) -> Reg {
        let out = self.b.new_reg(Type::I32);
        let kind = self.b.any_kind(v);
        let one = self.b.i32_const(1);
        let is_bool = self.b.i32_eq(kind, one);
        let (bool_block, int_block, done) = (self.b.new_block(), self.b.new_block(), self.b.new_block());
        self.b.br_if(is_bool, bool_block, int_block);
        self.b.switch_to(bool_block);
        let flag = self.b.any_to_bool(v);
        self.b.mov(out, flag);
        self.b.br(done);
        self.b.switch_to(int_block);
        self.expect_kind(v, &[2], what, "an int or a bool (i32)");
        let wide = self.b.any_to_i64(v);
        let narrow = self.b.i32_wrap_i64(wide);
        let back = self.b.i64_extend_i32_s(narrow);
        let fits = self.b.i64_eq(back, wide);
        let message = format!("OverflowError: {}: {what}", self.side_names());
        self.check(fits, wide, true, message);
        self.b.mov(out, narrow);
        self.b.br(done);
        self.b.switch_to(done);
        out
    }

    /// Continues if the kind of `v` is one of `kinds`, else traps naming both sides.
    fn expect_kind(&mut self, v: Reg, kinds: &[i32], what: &str, expected: &str) {
        let kind = self.b.any_kind(v);
        let mut ok = None;
        for &k in kinds {
            let want = self.b.i32_const(k);
            let eq = self.b.i32_eq(kind, want);
            ok = Some(match ok {
                None => eq,
                Some(prev) => self.b.i32_or(prev, eq),
            });
        }
        let ok = ok.expect("at least one kind");
        let wide = self.b.i64_extend_i32_s(kind);
        let message = format!("TypeError: {}: {what} must be {expected}, but it is", self.side_names());
        self.check(ok, wide, false, message);
    }

    /// Continues in a new block if `ok` is nonzero; else calls a new refusal host with `value`.
    fn check(&mut self, ok: Reg, value: Reg, overflow: bool, message: String) {
        let name = format!("refusal{}", self.refusals.len());
        let import = ImportId::new(self.m.imports.len());
        self.m.imports.push(Import {
            local_name: name.clone(),
            module: refusal_module(&self.m.name),
            name: name.clone(),
            sig: FuncType::new([Type::I64], []),
        });
        self.refusals.push(Refusal { name, overflow, message });
        let (pass, fail) = (self.b.new_block(), self.b.new_block());
        self.b.br_if(ok, pass, fail);
        self.b.switch_to(fail);
        self.b.call(Callee::Import(import), &[value], &[]);
        self.b.unreachable();
        self.b.switch_to(pass);
    }

    fn side_names(&self) -> String {
        let c = self.c;
        format!(
            "module `{}` calls `{}.{}` as {}, which is {}",
            c.importer, c.import.module, c.import.name, c.import.sig, c.export_sig
        )
    }
}

/// The host module an adapter module's refusals are registered in.
pub(crate) fn refusal_module(adapters: &str) -> String {
    format!("{adapters}-refusals")
}

/// The trap message of a refusal called with `value`.
pub(crate) fn refusal_message(r: &Refusal, value: i64) -> String {
    if r.overflow {
        format!("{} is {value}, which does not fit in i32", r.message)
    } else {
        format!("{} {}", r.message, kind_name(value))
    }
}
