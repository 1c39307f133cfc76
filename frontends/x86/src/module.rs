//! Building the rootIR module: link, lift every function, add the dispatcher and the exports.

use crate::elf::{self, Image};
use crate::lift::{self, Ctx, Hook, TEMPS};
use crate::sig::{CType, ExportSig};
use crate::{dynamic, reach};
use rootir::{Callee, DataSegment, Export, FuncId, FuncType, Import, ImportId, Memory, Module, Opcode, Type};
use std::collections::HashMap;
use vstarr::native::{Loc, NativeFunction, NativeInst};
use vstarr::stack::Imm;

/// Whether functions take only the argument registers they read (see `lift::params`).
const PARAMS_BY_LIVENESS: bool = true;

/// Bytes of stack for lifted code.
pub const STACK_SIZE: u64 = 8 << 20;

/// The runtime objects, compiled by `scripts/build_x86_runtime.sh`.
const RT_MEM: &[u8] = include_bytes!("../runtime/rt_mem.o");
const RT_STDIO: &[u8] = include_bytes!("../runtime/rt_stdio.o");
const RT_MATH: &[u8] = include_bytes!("../runtime/rt_math.o");
const RT_START: &[u8] = include_bytes!("../runtime/rt_start.o");

/// The `std` imports behind the hooks: (hook symbol, std name, params, result).
const HOOK_IMPORTS: &[(&str, &str, &[Type], Option<Type>)] = &[
    ("__rootvm_put_byte", "put_byte", &[Type::I32], None),
    ("__rootvm_eput_byte", "eput_byte", &[Type::I32], None),
    ("__rootvm_exit", "exit", &[Type::I32], None),
    ("__rootvm_arg_count", "arg_count", &[], Some(Type::I32)),
    ("__rootvm_arg_len", "arg_len", &[Type::I32], Some(Type::I32)),
    ("__rootvm_arg_byte", "arg_byte", &[Type::I32, Type::I32], Some(Type::I32)),
    ("__rootvm_clock_ns", "clock_ns", &[], Some(Type::I64)),
    (elf::STACK_OVERFLOW_HOOK, "stack_overflow", &[], None),
];

/// Whether an object defines a global function `main`.
fn defines_main(bytes: &[u8]) -> bool {
    use object::{Object, ObjectSymbol};
    std::panic::catch_unwind(|| {
        object::File::parse(bytes)
            .map(|f| f.symbols().any(|s| s.is_global() && !s.is_undefined() && s.name() == Ok("main")))
            .unwrap_or(false)
    })
    .unwrap_or(false)
}

/// Translates a program object into a module named `name`, with a `main` export (when the
/// program defines `main`) and the requested exports.
pub fn build(name: &str, path: &str, bytes: &[u8], exports: &[ExportSig]) -> Result<Module, String> {
    build_counting(name, path, bytes, exports, &mut Counts::default())
}

/// What lifting a program made, summed over its lifted functions (runtime included).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Functions lifted.
    pub functions: usize,
    /// x86 instructions decoded.
    pub x86: usize,
    /// Native-form instructions.
    pub native: usize,
    /// Of those, writes of a flag.
    pub flag_writes: usize,
    /// Instructions of the lowered stack form.
    pub stack: usize,
    /// Instructions of the translated register form.
    pub register: usize,
    /// Parameters passed, over all functions (16 each without the liveness analysis).
    pub params: usize,
}

/// [`build`], adding what it made to `counts`.
pub fn build_counting(
    name: &str,
    path: &str,
    bytes: &[u8],
    exports: &[ExportSig],
    counts: &mut Counts,
) -> Result<Module, String> {
    let shared = if dynamic::is_shared(bytes) { Some(dynamic::load(path, bytes)?) } else { None };
    let has_main = shared.is_none() && defines_main(bytes);
    let mut objects: Vec<(String, &[u8])> = Vec::new();
    if shared.is_none() {
        objects.push((path.to_string(), bytes));
    }
    objects.push(("runtime rt_mem.o".into(), RT_MEM));
    objects.push(("runtime rt_stdio.o".into(), RT_STDIO));
    objects.push(("runtime rt_math.o".into(), RT_MATH));
    if has_main {
        objects.push(("runtime rt_start.o".into(), RT_START));
    }
    let image = elf::link(shared.as_ref(), &objects, STACK_SIZE)?;
    let selection = if shared.is_some() {
        let mut roots = Vec::new();
        for sig in exports {
            roots.push(export_addr(&image, sig)?);
        }
        roots.extend(image.funcs.values().filter(|f| f.name == "malloc" && f.global).map(|f| f.addr));
        reach::select(&image, &roots)?
    } else {
        reach::Selection { funcs: image.funcs.values().cloned().collect(), weak: Default::default() }
    };
    let mut module = Module::new(name);
    let mut hooks = HashMap::new();
    for (k, (sym, std_name, params, result)) in HOOK_IMPORTS.iter().enumerate() {
        let sig = FuncType::new(params.to_vec(), result.iter().copied().collect::<Vec<_>>());
        module.imports.push(Import {
            local_name: format!("std_{std_name}"),
            module: "std".into(),
            name: std_name.to_string(),
            sig: sig.clone(),
        });
        if let Some((&addr, _)) = image.hooks.iter().find(|(_, h)| h == sym) {
            hooks.insert(addr, Hook { import: ImportId::new(k), sig });
        }
    }
    let funcs = selection.funcs;
    let func_ids: HashMap<u64, FuncId> = funcs.iter().enumerate().map(|(i, f)| (f.addr, FuncId::new(i))).collect();
    let dispatch = FuncId::new(funcs.len());
    let mut ctx = Ctx { image: &image, func_ids, hooks, dispatch, shapes: HashMap::new() };
    // Parameters by liveness; a function that does not decode takes everything (its error
    // comes when it is lifted).
    let decoded: Vec<_> = funcs.iter().filter_map(|f| Some((f.clone(), lift::decode(&image, f).ok()?))).collect();
    ctx.shapes = if PARAMS_BY_LIVENESS {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| lift::params::shapes(&ctx, &decoded)))
            .unwrap_or_default()
    } else {
        HashMap::new()
    };
    if std::env::var_os("X86_DEBUG_MASKS").is_some() {
        for f in &funcs {
            let shape = ctx.shape(f.addr);
            eprintln!("{:>24} {:016b} {:016b}", f.name, shape.params, shape.results);
        }
    }
    let mut errors = Vec::new();
    for f in &funcs {
        // A panic here is a bug of the lifter or vstarr; it must not take the process down.
        let lifted = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            lift::lift_with_addrs(&ctx, f).and_then(|(n, addrs)| {
                let func = translate_at(&n, f.addr, &addrs)?;
                counts.functions += 1;
                counts.x86 += lift::decode(&image, f).map_or(0, |d| d.len());
                counts.native += n.code.len();
                counts.flag_writes += n.code.iter().filter(|i| matches!(i, NativeInst::Write(Loc::Flag(_)))).count();
                counts.stack += vstarr::native::lower(&n).map_or(0, |s| s.code.len());
                counts.register += func.inst_count();
                counts.params += n.params.len();
                Ok(func)
            })
        }))
        .unwrap_or_else(|_| Err(format!("{}: internal error while lifting (a bug of the x86 frontend)", f.name)));
        match lifted {
            Ok(func) => module.functions.push(func),
            // Reached only through a data-held pointer: an error only if called (see `reach`).
            Err(_) if selection.weak.contains(&f.addr) => module.functions.push(translate(&trap_stub(f, &ctx))?),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors.join("\n"));
    }
    module.functions.push(translate(&lift::dispatch::dispatcher(&funcs, &ctx)?)?);
    if has_main {
        let start = funcs.iter().position(|f| f.name == "__rootvm_start").ok_or("the runtime has no entry point")?;
        let sig = ExportSig { name: "main".into(), params: Vec::new(), result: Some(CType::I32) };
        add_export(&mut module, &image, &sig, FuncId::new(start), ctx.shape(funcs[start].addr))?;
    }
    add_host_helpers(&mut module, &image, &funcs, &ctx)?;
    for sig in exports {
        let addr = export_addr(&image, sig)?;
        let f = funcs.iter().position(|f| f.addr == addr).ok_or("an export was not selected for lifting")?;
        add_export(&mut module, &image, sig, FuncId::new(f), ctx.shape(funcs[f].addr))?;
    }
    module.memory = Some(Memory { initial: image.layout.size, max: image.layout.size });
    let mut data = image.bytes.clone();
    while data.last() == Some(&0) {
        data.pop();
    }
    module.data.push(DataSegment { offset: crate::layout::BASE, bytes: data });
    Ok(module)
}

/// The address of the global function of the program (object 0) an export names.
fn export_addr(image: &Image, sig: &ExportSig) -> Result<u64, String> {
    image
        .funcs
        .values()
        .find(|f| f.name == sig.name && f.global && f.object == 0)
        .map(|f| f.addr)
        .ok_or_else(|| format!("--export {}: the object defines no global function `{}`", sig.name, sig.name))
}

/// A function that traps when called, with the shape of `f` (which could not be lifted).
fn trap_stub(f: &elf::FuncSym, ctx: &Ctx<'_>) -> NativeFunction {
    let shape = ctx.shape(f.addr);
    NativeFunction {
        name: f.name.clone(),
        params: lift::params_of(shape.params).collect(),
        results: lift::results_of(shape.results),
        temps: TEMPS.to_vec(),
        code: vec![NativeInst::Trap],
        unit: None,
    }
}

/// Translates a lifted function whose native instructions from `addrs[k].0` on came from the
/// x86 instruction at `addrs[k].1` (before the first: `entry`): every rootIR instruction
/// carries its x86 address as source position (`0x10400` in traces).
fn translate_at(n: &NativeFunction, entry: u64, addrs: &[(u32, u64)]) -> Result<rootir::Function, String> {
    let error = |e: vstarr::Error| format!("{}: {e}", n.name);
    let (mut stack, starts) = vstarr::native::lower_mapped(n).map_err(error)?;
    // Stack index → address: the native instruction's, found through `starts`.
    let mut at = vec![entry; starts.last().map_or(0, |&l| l as usize)];
    for (k, &(native, addr)) in addrs.iter().enumerate() {
        let end = addrs.get(k + 1).map_or(n.code.len(), |&(next, _)| next as usize);
        let (lo, hi) = (starts[native as usize] as usize, starts[end] as usize);
        at[lo..hi].fill(addr);
    }
    stack.unit = Some(rootir::FileId(0));
    let mut func = vstarr::translate_in(&stack, &vstarr::native::LinearMemory).map_err(error)?;
    for block in &mut func.blocks {
        for inst in &mut block.insts {
            if let rootir::SrcLoc::Offset { offset, .. } = inst.loc {
                inst.loc = at.get(offset as usize).map_or(rootir::SrcLoc::None, |&a| rootir::SrcLoc::Addr(a));
            }
        }
    }
    Ok(func)
}

fn translate(n: &NativeFunction) -> Result<rootir::Function, String> {
    vstarr::native::translate(n).map_err(|e| format!("{}: {e}", n.name))
}

/// `__rootvm_alloc(i64) -> i64` (the runtime's malloc) and `__rootvm_poke(i64, i32)` (a byte
/// store), which hosts use to copy strings and buffers into the module's memory
/// (`rootc call` does for arguments that are not numbers).
fn add_host_helpers(module: &mut Module, image: &Image, funcs: &[elf::FuncSym], ctx: &Ctx<'_>) -> Result<(), String> {
    if let Some(malloc) = funcs.iter().position(|f| f.name == "malloc" && f.global) {
        let sig = ExportSig { name: "__rootvm_alloc".into(), params: vec![CType::I64], result: Some(CType::Ptr) };
        add_export(module, image, &sig, FuncId::new(malloc), ctx.shape(funcs[malloc].addr))?;
    }
    let base = TEMPS.len() as u32;
    let mut temps = TEMPS.to_vec();
    temps.extend([Type::I64, Type::I32]);
    let (addr, byte) = (Loc::Temp(base), Loc::Temp(base + 1));
    let code = vec![
        NativeInst::Read(addr),
        NativeInst::Read(byte),
        NativeInst::Mem { op: Opcode::I32Store8, offset: 0 },
        NativeInst::Return,
    ];
    let poke = NativeFunction {
        name: "__rootvm_poke".into(),
        params: vec![addr, byte],
        results: Vec::new(),
        temps,
        code,
        unit: None,
    };
    module.functions.push(translate(&poke)?);
    let func = FuncId::new(module.functions.len() - 1);
    module.exports.push(Export { name: "__rootvm_poke".into(), func });
    Ok(())
}

/// An exported wrapper with the C signature `sig` calling lifted function `f` (System V).
fn add_export(
    module: &mut Module,
    image: &Image,
    sig: &ExportSig,
    f: FuncId,
    shape: lift::params::Shape,
) -> Result<(), String> {
    let base = TEMPS.len() as u32;
    let mut temps = TEMPS.to_vec();
    let mut params = Vec::new();
    for p in &sig.params {
        params.push(Loc::Temp(base + temps.len() as u32 - TEMPS.len() as u32));
        temps.push(p.ty());
    }
    let result = sig.result.map(|r| {
        temps.push(r.ty());
        Loc::Temp(temps.len() as u32 - 1)
    });
    let mut code = Vec::new();
    let int_regs = [7u8, 6, 2, 1, 8, 9];
    let (mut ni, mut nf) = (0, 0);
    for (k, p) in sig.params.iter().enumerate() {
        code.push(NativeInst::Read(params[k]));
        match p {
            CType::F64 | CType::F32 => {
                if *p == CType::F32 {
                    code.push(NativeInst::Op(Opcode::I32ReinterpretF32));
                    code.push(NativeInst::Op(Opcode::I64ExtendI32U));
                } else {
                    code.push(NativeInst::Op(Opcode::I64ReinterpretF64));
                }
                if nf >= 8 {
                    return Err(format!("--export {}: more than 8 floating-point parameters", sig.name));
                }
                code.push(NativeInst::Write(Loc::Xmm { reg: nf, half: 0 }));
                nf += 1;
            }
            _ => {
                match p {
                    CType::I32 => code.push(NativeInst::Op(Opcode::I64ExtendI32S)),
                    CType::U32 => code.push(NativeInst::Op(Opcode::I64ExtendI32U)),
                    _ => {}
                }
                let reg = *int_regs
                    .get(ni)
                    .ok_or_else(|| format!("--export {}: more than 6 integer parameters", sig.name))?;
                code.push(NativeInst::Write(Loc::reg64(reg)));
                ni += 1;
            }
        }
    }
    code.push(NativeInst::Push(Imm::i64(image.layout.stack_top as i64 - 8)));
    code.push(NativeInst::Write(Loc::reg64(4)));
    for p in lift::params_of(shape.params) {
        code.push(NativeInst::Read(p));
    }
    code.push(NativeInst::Call { callee: Callee::Func(f), sig: lift::sig_of(shape) });
    for r in lift::results_of(shape.results).iter().rev() {
        code.push(NativeInst::Write(*r));
    }
    if let (Some(r), Some(loc)) = (sig.result, result) {
        match r {
            CType::F64 => {
                code.push(NativeInst::Read(Loc::Xmm { reg: 0, half: 0 }));
                code.push(NativeInst::Op(Opcode::F64ReinterpretI64));
            }
            CType::F32 => {
                code.push(NativeInst::Read(Loc::Xmm { reg: 0, half: 0 }));
                code.push(NativeInst::Op(Opcode::I32WrapI64));
                code.push(NativeInst::Op(Opcode::F32ReinterpretI32));
            }
            CType::I32 | CType::U32 => {
                code.push(NativeInst::Read(Loc::reg64(0)));
                code.push(NativeInst::Op(Opcode::I32WrapI64));
            }
            _ => code.push(NativeInst::Read(Loc::reg64(0))),
        }
        code.push(NativeInst::Write(loc));
    }
    code.push(NativeInst::Return);
    let native = NativeFunction {
        name: format!("export.{}", sig.name),
        params,
        results: result.into_iter().collect(),
        temps,
        code,
        unit: None,
    };
    module.functions.push(translate(&native)?);
    let id = FuncId::new(module.functions.len() - 1);
    if module.exports.iter().any(|e| e.name == sig.name) {
        return Err(format!("export `{}` given twice", sig.name));
    }
    module.exports.push(Export { name: sig.name.clone(), func: id });
    Ok(())
}
