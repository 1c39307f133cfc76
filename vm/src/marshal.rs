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
//! A typed `ref` parameter facing two `i64` export parameters (when the export has more
//! parameters left) is a byte array (or a string, as UTF-8) copied into the callee's memory through its `malloc(i64) ->
//! i64` and passed as `(ptr, len)`; after the call the bytes are copied back into the array (the
//! callee may write them) and the module's `free(i64)`, if exported, gets the pointer.
//! Such an adapter gets a module of its own that runs in the callee's memory.
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
    /// A byte array (`ref` to an `i8` array) copied into the callee's memory, passed as the
    /// two export parameters `(ptr: i64, len: i64)`.
    Bytes,
    /// The same from the `any` side: a str whose code points are bytes (< 256, Python's
    /// stand-in for `bytes`), or a byte array.
    AnyBytes,
}

/// What the module of the export offers for [`Conv::Bytes`]: `malloc(i64) -> i64` (or the x86
/// frontend's `__rootvm_alloc(i64) -> i64`), and `free(i64)` if it has one.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct Allocator {
    /// The module exports `malloc(i64) -> i64` or `__rootvm_alloc(i64) -> i64`.
    pub malloc: bool,
    /// The module exports `free(i64)`.
    pub free: bool,
    /// The allocator is `__rootvm_alloc` (a lifted C library without a `malloc` export).
    pub lifted: bool,
}

/// The x86 frontend's export of the lifted C runtime's `malloc`.
const LIFTED_MALLOC: &str = "__rootvm_alloc";

impl Allocator {
    /// The allocator `module` exports, by the signatures of its exports `malloc` and `free`.
    pub fn of(export_sig: impl Fn(&str) -> Option<FuncType>) -> Allocator {
        let alloc_sig = Some(FuncType::new([Type::I64], [Type::I64]));
        let malloc = export_sig("malloc") == alloc_sig;
        let lifted = !malloc && export_sig(LIFTED_MALLOC) == alloc_sig;
        Allocator { malloc: malloc || lifted, free: export_sig("free") == Some(FuncType::new([Type::I64], [])), lifted }
    }

    /// The name of the allocating export.
    fn malloc_export(self) -> &'static str {
        if self.lifted { LIFTED_MALLOC } else { "malloc" }
    }
}

/// How an import of signature `import` can call an export of signature `export` whose module
/// offers `alloc`: `Ok(false)` when they are equal, `Ok(true)` when an adapter converts between
/// them, else the reason it cannot.
pub fn plan(import: &FuncType, export: &FuncType, alloc: Allocator) -> Result<bool, String> {
    convs(import, export, alloc).map(|c| c.iter().any(|&c| c != Conv::Same))
}

/// Whether an adapter of these signatures copies byte arrays (and needs the callee's memory).
pub(crate) fn copies_bytes(import: &FuncType, export: &FuncType, alloc: Allocator) -> bool {
    convs(import, export, alloc).is_ok_and(|c| c.contains(&Conv::Bytes) || c.contains(&Conv::AnyBytes))
}

/// The conversion of every import parameter, then of every result (export → import).
fn convs(import: &FuncType, export: &FuncType, alloc: Allocator) -> Result<Vec<Conv>, String> {
    let mut out = param_convs(import, export, alloc)?;
    if import.results == [Type::Any] && export.results.is_empty() {
        out.push(Conv::NoneResult);
        return Ok(out);
    }
    if import.results.len() != export.results.len() {
        return Err("the numbers of results differ".to_string());
    }
    for (i, (&from, &to)) in export.results.iter().zip(&import.results).enumerate() {
        out.push(conv(from, to).ok_or_else(|| no_conversion(&format!("result {}", i + 1), from, to))?);
    }
    Ok(out)
}

/// The parameters pair up one to one, except that while the export has more parameters left
/// than the import, a `ref` facing `(i64, i64)` is a byte array passed as pointer and length.
fn param_convs(import: &FuncType, export: &FuncType, alloc: Allocator) -> Result<Vec<Conv>, String> {
    let (ip, ep) = (&import.params, &export.params);
    let mut out = Vec::with_capacity(ip.len());
    let mut j = 0;
    for (i, &from) in ip.iter().enumerate() {
        let what = format!("parameter {}", i + 1);
        let surplus = ep.len().saturating_sub(j) > ip.len() - i;
        if matches!(from, Type::Ref | Type::Any) && surplus && ep.get(j..j + 2) == Some(&[Type::I64, Type::I64][..]) {
            if !alloc.malloc {
                return Err(format!(
                    "{what}: a byte array passed as (ptr, len) needs the callee's module to export malloc(i64) -> i64"
                ));
            }
            out.push(if from == Type::Ref { Conv::Bytes } else { Conv::AnyBytes });
            j += 2;
            continue;
        }
        let to = *ep.get(j).ok_or("the numbers of parameters differ")?;
        out.push(conv(from, to).ok_or_else(|| no_conversion(&what, from, to))?);
        j += 1;
    }
    if j != ep.len() {
        return Err("the numbers of parameters differ".to_string());
    }
    Ok(out)
}

fn no_conversion(what: &str, from: Type, to: Type) -> String {
    format!(
        "{what}: no conversion between {from} and {to} (only `any` ⇄ i64, i32, f64, ref, and a byte array ref → (i64 ptr, i64 len))"
    )
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
    /// What the export's module offers for byte arrays.
    pub alloc: Allocator,
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
    let convs = convs(&c.import.sig, c.export_sig, c.alloc).unwrap_or_default();
    let (param_convs, result_convs) = convs.split_at(c.import.sig.params.len());
    let mut b = FunctionBuilder::new(format!("adapt{k}"), c.import.sig.clone());
    let mut cx = Ctx { m, refusals, c, b: &mut b };
    let mut args: Vec<Reg> = Vec::new();
    let mut buffers = Vec::new();
    for (i, &conv) in param_convs.iter().enumerate() {
        let p = cx.b.param(i);
        if matches!(conv, Conv::Bytes | Conv::AnyBytes) {
            let p = if conv == Conv::AnyBytes {
                cx.expect_kind(p, &[4], &format!("argument {}", i + 1), "a str of bytes or a byte array (ptr, len)");
                cx.b.any_to_ref(p)
            } else {
                p
            };
            let (ptr, len, n, is_str) = cx.bytes_in(p, conv == Conv::AnyBytes);
            args.extend([ptr, len]);
            buffers.push((p, ptr, n, is_str));
        } else {
            args.push(cx.convert(conv, p, &format!("argument {}", i + 1)));
        }
    }
    let results = cx.b.call(Callee::Import(target), &args, &c.export_sig.results);
    for &(array, ptr, n, is_str) in &buffers {
        let (back, skip) = (cx.b.new_block(), cx.b.new_block());
        cx.b.br_if(is_str, skip, back);
        cx.b.switch_to(back);
        cx.bytes_out(array, ptr, n);
        cx.b.br(skip);
        cx.b.switch_to(skip);
    }
    if c.alloc.free {
        let free = cx.callee_import("free", FuncType::new([Type::I64], []));
        for &(_, ptr, _, _) in &buffers {
            cx.b.call(Callee::Import(free), &[ptr], &[]);
        }
    }
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
    /// An import of export `name` of the callee's module.
    fn callee_import(&mut self, name: &str, sig: FuncType) -> ImportId {
        let module = &self.c.import.module;
        if let Some(i) = self.m.imports.iter().position(|i| &i.module == module && i.name == name) {
            return ImportId::new(i);
        }
        let local_name = format!("{name}{}", self.m.imports.len());
        self.m.imports.push(Import { local_name, module: module.clone(), name: name.to_string(), sig });
        ImportId::new(self.m.imports.len() - 1)
    }

    /// Copies the string (as UTF-8, or with `latin1` one byte per code point) or `i8` array `v`
    /// into memory from the callee's `malloc`: `(ptr, len)` as i64s, the length as an i32, and 1
    /// if it was a string (nothing to copy back). Traps (null reference, neither) as `array.len`
    /// does.
    fn bytes_in(&mut self, v: Reg, latin1: bool) -> (Reg, Reg, Reg, Reg) {
        let malloc = self.callee_import(self.c.alloc.malloc_export(), FuncType::new([Type::I64], [Type::I64]));
        let measure = if latin1 { LATIN1_LEN } else { UTF8_LEN };
        let utf8_len = self.helper_import(measure, FuncType::new([Type::Ref], [Type::I32]));
        let utf8_byte = self.helper_import(UTF8_BYTE, FuncType::new([Type::Ref, Type::I32], [Type::I32]));
        let (ptr, len, n, is_str) = (
            self.b.new_reg(Type::I64),
            self.b.new_reg(Type::I64),
            self.b.new_reg(Type::I32),
            self.b.new_reg(Type::I32),
        );
        let text_len = self.b.call(Callee::Import(utf8_len), &[v], &[Type::I32])[0];
        let zero = self.b.i32_const(0);
        let not_str = self.b.i32_lt_s(text_len, zero);
        let (array, text, join) = (self.b.new_block(), self.b.new_block(), self.b.new_block());
        self.b.br_if(not_str, array, text);
        for (block, string) in [(text, true), (array, false)] {
            self.b.switch_to(block);
            let count = if string { text_len } else { self.b.array_len(v) };
            let wide = self.b.i64_extend_i32_u(count);
            let at = self.b.call(Callee::Import(malloc), &[wide], &[Type::I64])[0];
            self.byte_loop(count, |b, i| {
                let byte = if string {
                    b.call(Callee::Import(utf8_byte), &[v, i], &[Type::I32])[0]
                } else {
                    b.array_get_i8(v, i)
                };
                let addr = address(b, at, i);
                b.i32_store8(addr, 0, byte);
            });
            let flag = self.b.i32_const(i32::from(string));
            for (dst, src) in [(ptr, at), (len, wide), (n, count), (is_str, flag)] {
                self.b.mov(dst, src);
            }
            self.b.br(join);
        }
        self.b.switch_to(join);
        (ptr, len, n, is_str)
    }

    /// An import of VM helper `name` (registered with the refusals, see [`register_helpers`]).
    fn helper_import(&mut self, name: &str, sig: FuncType) -> ImportId {
        let module = refusal_module(&self.m.name);
        if let Some(i) = self.m.imports.iter().position(|i| i.module == module && i.name == name) {
            return ImportId::new(i);
        }
        self.m.imports.push(Import { local_name: name.to_string(), module, name: name.to_string(), sig });
        ImportId::new(self.m.imports.len() - 1)
    }

    /// Copies the `n` bytes at `ptr` back into the `i8` array `v` (the callee may have written them).
    fn bytes_out(&mut self, v: Reg, ptr: Reg, n: Reg) {
        self.byte_loop(n, |b, i| {
            let addr = address(b, ptr, i);
            let byte = b.i32_load8_u(addr, 0);
            b.array_set_i8(v, i, byte);
        });
    }

    /// `for i in 0..n { body(i) }` over an i32 counter.
    fn byte_loop(&mut self, n: Reg, body: impl FnOnce(&mut FunctionBuilder, Reg)) {
        let i = self.b.new_reg(Type::I32);
        let zero = self.b.i32_const(0);
        self.b.mov(i, zero);
        let (head, block, done) = (self.b.new_block(), self.b.new_block(), self.b.new_block());
        self.b.br(head);
        self.b.switch_to(head);
        let more = self.b.i32_lt_s(i, n);
        self.b.br_if(more, block, done);
        self.b.switch_to(block);
        body(self.b, i);
        let one = self.b.i32_const(1);
        let next = self.b.i32_add(i, one);
        self.b.mov(i, next);
        self.b.br(head);
        self.b.switch_to(done);
    }

    fn convert(&mut self, conv: Conv, v: Reg, what: &str) -> Reg {
        match conv {
            Conv::Same | Conv::NoneResult | Conv::Bytes | Conv::AnyBytes => v,
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

/// The helper giving the UTF-8 length of a string `ref` (-1 if it is not a string).
const UTF8_LEN: &str = "utf8_len";
/// The helper giving byte `i` of the UTF-8 of the string its `utf8_len` call just measured.
const UTF8_BYTE: &str = "utf8_byte";
/// The helper giving the length of a string `ref` whose code points are bytes (-1 if it is not
/// a string; a trap if a code point is 256 or more); `utf8_byte` then reads those bytes.
const LATIN1_LEN: &str = "latin1_len";

/// Registers the helpers adapters that copy strings call, in module `module` of `vm`: `utf8_len`
/// encodes the string once (and remembers it), `utf8_byte` reads the remembered bytes.
pub(crate) fn register_helpers(vm: &mut crate::Vm, module: &str) {
    let last = std::sync::Arc::new(std::sync::Mutex::new(Vec::<u8>::new()));
    let l = last.clone();
    vm.define_with_ctx(module, UTF8_LEN, FuncType::new([Type::Ref], [Type::I32]), move |cx, args, out| {
        let mut bytes = l.lock().map_err(|_| crate::Trap::host("poisoned"))?;
        let len = match cx.string(args[0]) {
            Ok(text) => {
                *bytes = text.into_bytes();
                i32::try_from(bytes.len()).map_err(|_| crate::Trap::host("a string longer than 2 GiB"))?
            }
            Err(_) => {
                bytes.clear();
                -1
            }
        };
        out[0] = len as u32 as u64;
        Ok(())
    });
    let l = last.clone();
    vm.define_with_ctx(module, LATIN1_LEN, FuncType::new([Type::Ref], [Type::I32]), move |cx, args, out| {
        let mut bytes = l.lock().map_err(|_| crate::Trap::host("poisoned"))?;
        bytes.clear();
        let Ok(text) = cx.string(args[0]) else {
            out[0] = u64::from(u32::MAX);
            return Ok(());
        };
        for (i, c) in text.chars().enumerate() {
            let byte = u8::try_from(u32::from(c)).map_err(|_| {
                crate::Trap::host(format!(
                    "TypeError: a str passed as bytes (ptr, len) must have code points below 256, but character {i} is U+{:04X}",
                    u32::from(c)
                ))
            })?;
            bytes.push(byte);
        }
        out[0] = i32::try_from(bytes.len()).map_err(|_| crate::Trap::host("a string longer than 2 GiB"))? as u32 as u64;
        Ok(())
    });
    let sig = FuncType::new([Type::Ref, Type::I32], [Type::I32]);
    vm.define_with_ctx(module, UTF8_BYTE, sig, move |_cx, args, out| {
        let bytes = last.lock().map_err(|_| crate::Trap::host("poisoned"))?;
        let i = args[1] as u32 as usize;
        out[0] = u64::from(*bytes.get(i).ok_or_else(|| crate::Trap::host("utf8_byte out of range"))?);
        Ok(())
    });
}

/// `ptr + i` as a memory address.
fn address(b: &mut FunctionBuilder, ptr: Reg, i: Reg) -> Reg {
    let offset = b.i64_extend_i32_u(i);
    b.i64_add(ptr, offset)
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
