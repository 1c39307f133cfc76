//! The module driver: module body → `main`, each Python function → direct and entry forms,
//! plus the stubs (`$k`, `$gget`, `$gset`, `$call`, `$init`) written with `FunctionBuilder`.

use crate::cx::Cx;
use crate::emit::{Body, Error, F_MAIN, FnGen, ModGen, PyFunc, direct_id, direct_sig, entry_id};
use crate::scope::Bindings;
use crate::stubs;
use rootir::{Callee, Export, FileId, FuncType, Function, Module, SrcLoc, Type};
use rustpython_parser::ast::Stmt;
use rustpython_parser::text_size::TextSize;
use vstarr::stack::{StackFunction, StackInst};

/// A compiled stack function and the source offset of each instruction.
pub struct Lowered {
    /// The function.
    pub func: StackFunction,
    /// One source offset per instruction.
    pub offsets: Vec<TextSize>,
}

/// Compiles a module body into stack functions (in `FuncId` order from [`F_MAIN`]).
pub fn lower<'a>(m: &mut ModGen<'a>, body: &'a [Stmt]) -> Result<Vec<Lowered>, Error> {
    let bindings = Bindings::of(body);
    m.module_names = bindings.bound.clone();
    m.module_names.extend(crate::scope::global_decls(body));
    register_direct(m, body);
    let mut out = Vec::new();
    let mut f = FnGen::new(&[], true);
    let mut cx = Cx { m, f: FnGen::new(&[], true) };
    std::mem::swap(&mut cx.f, &mut f);
    cx.f.call(Callee::Func(crate::emit::F_INIT), FuncType::new([], []));
    if cx.m.prelude {
        cx.import_prelude()?;
    }
    let start = cx.f.here();
    cx.block(body)?;
    let end = cx.f.here();
    cx.f.push(vstarr::stack::Imm::i32(0));
    cx.f.ret();
    // An exception nothing catches: CPython's report on stderr, exit status 1.
    let handler = cx.f.here();
    cx.f.depth = 1;
    let exc = cx.f.temp(Type::Ref);
    cx.f.store(exc);
    cx.push_exc(exc);
    cx.host("uncaught");
    cx.f.push(vstarr::stack::Imm::i32(1));
    cx.f.ret();
    cx.f.handlers.push(vstarr::stack::Handler { start, end, handler });
    let main = finish(cx.m, cx.f, "main", FuncType::new([], [Type::I32]));
    out.push(main);
    let mut p = 0;
    while (p as usize) < m.funcs.len() {
        let (direct, entry) = lower_func(m, p)?;
        out.push(direct);
        out.push(entry);
        p += 1;
    }
    Ok(out)
}

/// Module-level functions bound once are called directly by name; module-level classes bound
/// once are noted for [`crate::methods`].
fn register_direct<'a>(m: &mut ModGen<'a>, body: &'a [Stmt]) {
    for s in body {
        if let Stmt::ClassDef(c) = s {
            let name = c.name.as_str();
            if body.iter().filter(|t| Bindings::of(std::slice::from_ref(*t)).bound.contains(name)).count() == 1 {
                m.classes.insert(name.to_string());
            }
        }
        let Stmt::FunctionDef(d) = s else { continue };
        let name = d.name.as_str();
        let binds = body.iter().filter(|t| Bindings::of(std::slice::from_ref(*t)).bound.contains(name)).count();
        if binds != 1
            || !d.decorator_list.is_empty()
            || d.args.vararg.is_some()
            || d.args.kwarg.is_some()
            || !d.args.kwonlyargs.is_empty()
        {
            continue;
        }
        let params: Vec<String> =
            d.args.posonlyargs.iter().chain(&d.args.args).map(|a| a.def.arg.to_string()).collect();
        let ndefaults = d.args.args.iter().filter(|a| a.default.is_some()).count();
        let default_globals = (0..ndefaults).map(|i| m.global(&format!("{name}.__defaults__[{i}]"))).collect();
        let p = m.add_func(PyFunc {
            name: name.to_string(),
            params,
            body: Body::Stmts(&d.body),
            class: None,
            default_globals,
            freevars: Vec::new(),
            gen_params: None,
        });
        m.direct.insert(name.to_string(), p);
    }
}

fn lower_func(m: &mut ModGen<'_>, p: u32) -> Result<(Lowered, Lowered), Error> {
    let (name, params, body, class, freevars, gen_params) = {
        let f = &m.funcs[p as usize];
        (f.name.clone(), f.params.clone(), f.body, f.class.clone(), f.freevars.clone(), f.gen_params.clone())
    };
    if gen_params.is_none()
        && let Body::Stmts(stmts) = body
        && crate::generators::is_generator(stmts)
    {
        return lower_generator(m, p, &name, &params, stmts, class, freevars);
    }
    // A closure gets its cells as a hidden first parameter.
    let mut all = Vec::new();
    if !freevars.is_empty() {
        all.push("<closure>".to_string());
    }
    all.extend(params.iter().cloned());
    let n = all.len();
    let mut g = FnGen::new(&all, false);
    g.class = class;
    g.name = name.clone();
    g.self_param = gen_params.as_ref().unwrap_or(&params).first().cloned();
    g.free = freevars;
    let lambda_body;
    let stmts: &[Stmt] = match body {
        Body::Stmts(stmts) => stmts,
        Body::Expr(e) => {
            lambda_body = [Stmt::Return(rustpython_parser::ast::StmtReturn {
                range: Default::default(),
                value: Some(Box::new(e.clone())),
            })];
            &lambda_body
        }
    };
    let cellvars = crate::scope::captured(&params, stmts);
    let b = Bindings::of(stmts);
    g.global_decls = b.globals.clone();
    for l in gen_params.iter().flatten() {
        g.local(l);
    }
    for l in b.locals() {
        if !cellvars.contains(&l) {
            g.local(&l);
        }
    }
    let mut cx = Cx { m, f: g };
    for v in &cellvars {
        match all.iter().position(|p| p == v) {
            Some(i) => cx.f.load(i as u32),
            None => cx.none(),
        }
        cx.host("cell_new");
        let l = cx.f.temp(Type::Any);
        cx.f.store(l);
        cx.f.cells.insert(v.clone(), l);
    }
    match body {
        Body::Stmts(stmts) if gen_params.is_some() => {
            let gen_local = (!cx.f.free.is_empty()) as u32;
            cx.f.generator = Some(crate::generators::GenState { resumes: Vec::new(), gen_local });
            let (jump, entry) = cx.gen_prologue(gen_params.as_ref().map_or(0, Vec::len));
            let start = cx.f.here();
            cx.block(stmts)?;
            cx.none();
            cx.leave(crate::emit::Exit::Return)?;
            let end = cx.f.here();
            cx.gen_fail_handler(start, end);
            cx.gen_dispatch(jump, entry);
        }
        Body::Stmts(stmts) => {
            cx.block(stmts)?;
            cx.none();
            cx.f.ret();
        }
        Body::Expr(e) => {
            cx.expr(e)?;
            cx.f.ret();
        }
    }
    let g = cx.f;
    let name = ir_name(&name, p, m);
    let direct = finish(m, g, &name, direct_sig(n));
    let mut e = FnGen::new(&["args".to_string()], false);
    let mut cx = Cx { m, f: e };
    for i in 0..n {
        cx.f.load(0);
        cx.tuple_get(i as u32);
    }
    cx.f.call(Callee::Func(direct_id(p)), direct_sig(n));
    cx.f.ret();
    e = cx.f;
    let entry = finish(m, e, &format!("{name}__entry"), FuncType::new([Type::Any], [Type::Any]));
    Ok((direct, entry))
}

/// A generator function `p`: its direct form makes a generator over a new resume function
/// (`generators.rs`), which is lowered later like any other function.
fn lower_generator<'a>(
    m: &mut ModGen<'a>,
    p: u32,
    name: &str,
    params: &[String],
    stmts: &'a [Stmt],
    class: Option<String>,
    freevars: Vec<String>,
) -> Result<(Lowered, Lowered), Error> {
    let at = stmts.first().map(rustpython_parser::ast::Ranged::start).unwrap_or_default();
    if !crate::scope::captured(params, stmts).is_empty() {
        return Err((at, "generators whose variables nested functions use are not supported yet".into()));
    }
    let closure = !freevars.is_empty();
    let q = m.add_func(PyFunc {
        name: name.to_string(),
        params: vec!["<gen>".to_string()],
        body: Body::Stmts(stmts),
        class,
        default_globals: Vec::new(),
        freevars,
        gen_params: Some(params.to_vec()),
    });
    let mut all = Vec::new();
    if closure {
        all.push("<closure>".to_string());
    }
    all.extend(params.iter().cloned());
    let n = all.len();
    let mut cx = Cx { m, f: FnGen::new(&all, false) };
    cx.gen_maker(q, name.rsplit('.').next().unwrap_or(name), params.len(), closure);
    let g = cx.f;
    let ir = ir_name(name, p, m);
    let direct = finish(m, g, &ir, direct_sig(n));
    let mut cx = Cx { m, f: FnGen::new(&["args".to_string()], false) };
    for i in 0..n {
        cx.f.load(0);
        cx.tuple_get(i as u32);
    }
    cx.f.call(Callee::Func(direct_id(p)), direct_sig(n));
    cx.f.ret();
    let e = cx.f;
    let entry = finish(m, e, &format!("{ir}__entry"), FuncType::new([Type::Any], [Type::Any]));
    Ok((direct, entry))
}

/// The rootIR name of Python function `p`: its qualified name in `.rir` identifier characters,
/// with `__p` appended when another function has the same name.
fn ir_name(name: &str, p: u32, m: &ModGen<'_>) -> String {
    let clean: String = name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    let same = m.funcs.iter().filter(|f| f.name == name).count();
    let reserved = clean == "main" || clean.starts_with("py__") || clean.starts_with("__");
    if same > 1 || reserved || clean.is_empty() { format!("{clean}__{p}") } else { clean }
}

/// Adds the prologue that sets every non-parameter `any` local to the unbound marker (so no
/// path reads a local's zero), and builds the stack function.
fn finish(m: &mut ModGen<'_>, g: FnGen, name: &str, sig: FuncType) -> Lowered {
    let nparams = sig.params.len();
    // Locals start unbound: using one before its first assignment raises instead of reading None.
    let (none, none_sig) = m.import("unbound");
    let mut code = Vec::new();
    for (i, &ty) in g.locals.iter().enumerate().skip(nparams) {
        if ty == Type::Any {
            code.push(StackInst::Call { callee: Callee::Import(none), sig: none_sig.clone() });
            code.push(StackInst::Store(i as u32));
        }
    }
    let k = code.len() as u32;
    let handlers = g
        .handlers
        .iter()
        .map(|h| vstarr::stack::Handler { start: h.start + k, end: h.end + k, handler: h.handler + k })
        .collect();
    let mut offsets = vec![TextSize::default(); code.len()];
    for inst in g.code {
        code.push(match inst {
            StackInst::Jump(t) => StackInst::Jump(t + k),
            StackInst::BranchIf(t) => StackInst::BranchIf(t + k),
            other => other,
        });
    }
    offsets.extend(g.offsets);
    let func = StackFunction {
        name: name.to_string(),
        sig,
        locals: g.locals,
        max_stack: g.max.max(1) as u32 + 1,
        code,
        unit: Some(FileId(0)),
        handlers,
    };
    Lowered { func, offsets }
}

/// Builds the module from the lowered functions.
pub fn assemble(m: &mut ModGen<'_>, name: &str, lowered: &[Lowered]) -> Result<Module, Error> {
    let mut funcs: Vec<Function> = Vec::new();
    for l in lowered {
        let f = vstarr::translate_in(&l.func, &Env).map_err(|e| {
            let at = e.offset.and_then(|o| l.offsets.get(o as usize)).copied().unwrap_or_default();
            (at, format!("internal error translating `{}`: {}", l.func.name, e.message))
        })?;
        funcs.push(with_lines(m, f, &l.offsets));
    }
    let mut module = Module::new(name);
    module.files.push(m.path.clone());
    let stubs = stubs::build(m, &mut module);
    module.functions = stubs;
    module.functions.extend(funcs);
    let (hook, _) = m.import("anyhook");
    module.any_hook = Some(Callee::Import(hook));
    module.imports = m.imports.clone();
    module.exports.push(Export { name: "main".into(), func: F_MAIN });
    debug_assert_eq!(module.functions.len() as u32, crate::emit::FIRST + 2 * m.funcs.len() as u32);
    let _ = (entry_id(0), direct_id(0));
    crate::imports::add_exports(m, &mut module);
    Ok(module)
}

/// What the stack form may name: the three `ref` globals of every module.
struct Env;

impl vstarr::operation::ModuleEnv for Env {
    fn global(&self, global: rootir::GlobalId) -> Option<(Type, bool)> {
        match global {
            g if g.0 <= crate::emit::G_NAME.0 || g == crate::emit::G_ICS => Some((Type::Ref, true)),
            crate::emit::G_FBASE | crate::emit::G_GBASE | crate::emit::G_MID => Some((Type::I32, true)),
            _ => None,
        }
    }
}

fn with_lines(m: &ModGen<'_>, mut function: Function, offsets: &[TextSize]) -> Function {
    let hidden = crate::prelude::is_prelude(m);
    for inst in function.blocks.iter_mut().flat_map(|b| b.insts.iter_mut()) {
        if hidden {
            inst.loc = SrcLoc::None;
            continue;
        }
        if let SrcLoc::Offset { file, offset } = inst.loc
            && let Some(&at) = offsets.get(offset as usize)
        {
            let (line, col) = m.line_col(at);
            inst.loc = SrcLoc::Line { file, line, col };
        }
    }
    function
}
