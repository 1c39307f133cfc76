//! The fixed functions of every module, written directly with `FunctionBuilder` because they
//! use operations the stack form does not carry yet (globals, string constants, function
//! addresses, indirect calls):
//!
//! - `$k(i) -> any`: string constant `i` (made once by `$init`),
//! - `$gget(i) -> any` / `$gset(i, v)`: module global `i` (NameError while unbound),
//! - `$call(callee, args) -> any`: the call protocol (`py.call_prepare`, then an indirect
//!   call of the callee's entry form),
//! - `$init()`: the constants, the globals (unbound) and the function table.

use crate::emit::{F_TAKE, G_CONSTS as CONSTS, G_EXC, G_GLOBALS as GLOBALS, ModGen, entry_id};
use rootir::{Callee, Constant, FuncType, Function, FunctionBuilder, Global, GlobalId, Module, Type};

/// The stubs, in `FuncId` order (`__k`, `__gget`, `__gset`, `__call`, `__init`, `__exc_take`,
/// `__text`, `__callkw`, `__pending`, `__pending_next`, `__drain`, `__callm`); declares the
/// module's globals and string constants.
pub fn build(m: &mut ModGen<'_>, module: &mut Module) -> Vec<Function> {
    for name in ["consts", "globals", "exception", "imported"] {
        module.globals.push(Global { name: name.into(), ty: Type::Ref, mutable: true, init: 0 });
    }
    for name in ["function_base", "global_base", "module_number"] {
        module.globals.push(Global { name: name.into(), ty: Type::I32, mutable: true, init: 0 });
    }
    module.globals.push(Global { name: "method_caches".into(), ty: Type::Ref, mutable: true, init: 0 });
    debug_assert_eq!(module.globals.len() as u32, crate::emit::G_ICS.0 + 1);
    let call = call_stub(m, CallKind::Plain);
    let callkw = call_stub(m, CallKind::Keywords);
    let callm = call_stub(m, CallKind::Method);
    let text = text_stub(m);
    let pending = pending_stub(m);
    let pending_next = pending_next_stub(m);
    let drain = crate::drain::drain_stub(m);
    // Last: the other stubs may add constants (`StopIteration`), which `__init` makes.
    let init = init_stub(m, module);
    let out = vec![
        getter("__k", CONSTS, None),
        getter("__gget", GLOBALS, Some(m)),
        setter(),
        call,
        init,
        take(),
        text,
        callkw,
        pending,
        pending_next,
        drain,
        callm,
    ];
    debug_assert_eq!(out.len() as u32, crate::emit::F_CALLM.0 + 1);
    out
}

/// Throws the exception the runtime left in the box, if there is one.
pub(crate) fn check(b: &mut FunctionBuilder) {
    let boxed = b.global_get(Type::Ref, G_EXC);
    let zero = b.i32_const(0);
    let e = b.array_get_ref(boxed, zero);
    let none = b.ref_is_null(e);
    let (ok, raise) = (b.new_block(), b.new_block());
    b.br_if(none, ok, raise);
    b.switch_to(raise);
    let r = b.call(Callee::Func(F_TAKE), &[], &[Type::Ref]);
    b.throw(r[0]);
    b.switch_to(ok);
}

fn text_stub(m: &mut ModGen<'_>) -> Function {
    let (dunder, _) = m.import("dunder");
    let (text_step, _) = m.import("text_step");
    let (repr_put, _) = m.import("repr_put");
    let (tuple_new, _) = m.import("tuple_new");
    let mut b = FunctionBuilder::new("__text", FuncType::new([Type::Any, Type::I32], [Type::Any]));
    let (x, which) = (b.param(0), b.param(1));
    let r = b.call(Callee::Import(dunder), &[x, which], &[Type::I32, Type::Any]);
    check(&mut b);
    let (special, plain) = (b.new_block(), b.new_block());
    b.br_if(r[0], special, plain);
    b.switch_to(plain);
    // Objects with `__repr__` inside containers: `py.text_step` names the next one it needs,
    // its `__repr__` is called and the result handed back with `py.repr_put`, and the text is
    // tried again until it needs none.
    let first = b.new_reg(Type::I32);
    let one = b.i32_const(1);
    b.mov(first, one);
    let (head, need, done) = (b.new_block(), b.new_block(), b.new_block());
    b.br(head);
    b.switch_to(head);
    let step = b.call(Callee::Import(text_step), &[x, which, first], &[Type::I32, Type::Any]);
    check(&mut b);
    let zero = b.i32_const(0);
    b.mov(first, zero);
    b.br_if(step[0], need, done);
    b.switch_to(done);
    b.ret(&[step[1]]);
    b.switch_to(need);
    let repr = b.i32_const(1);
    let d = b.call(Callee::Import(dunder), &[step[1], repr], &[Type::I32, Type::Any]);
    check(&mut b);
    let zero = b.i32_const(0);
    let args = b.call(Callee::Import(tuple_new), &[zero], &[Type::Any]);
    let s = b.call(Callee::Func(crate::emit::F_CALL), &[d[1], args[0]], &[Type::Any]);
    b.call(Callee::Import(repr_put), &[step[1], s[0]], &[]);
    check(&mut b);
    b.br(head);
    b.switch_to(special);
    let zero = b.i32_const(0);
    let args = b.call(Callee::Import(tuple_new), &[zero], &[Type::Any]);
    let s = b.call(Callee::Func(crate::emit::F_CALL), &[r[1], args[0]], &[Type::Any]);
    b.ret(&s);
    b.finish()
}

/// `__pending()`: takes what the runtime left in the exception box; a call request
/// (`py.pending_call` mode 1, 2 or 3) is answered with `callee(*args)` (mode 2: `not` of it,
/// mode 3: `bool` of it),
/// anything else is thrown.
fn pending_stub(m: &mut ModGen<'_>) -> Function {
    let (pending_call, _) = m.import("pending_call");
    let (not, _) = m.import("not");
    let mut b = FunctionBuilder::new("__pending", FuncType::new([], [Type::Any]));
    let e = b.call(Callee::Func(F_TAKE), &[], &[Type::Ref]);
    let r = b.call(Callee::Import(pending_call), &[e[0]], &[Type::I32, Type::Any, Type::Any]);
    let (throw, call, negate, truth) = (b.new_block(), b.new_block(), b.new_block(), b.new_block());
    let (resume, drain) = (b.new_block(), b.new_block());
    b.br_table(r[0], vec![throw, call, negate, truth, call, resume, drain], throw);
    b.switch_to(drain);
    crate::drain::answer(m, &mut b, e[0], r[1], r[2]);
    b.switch_to(throw);
    b.throw(e[0]);
    b.switch_to(call);
    let v = b.call(Callee::Func(crate::emit::F_CALL), &[r[1], r[2]], &[Type::Any]);
    b.ret(&v);
    b.switch_to(negate);
    let v = b.call(Callee::Func(crate::emit::F_CALL), &[r[1], r[2]], &[Type::Any]);
    let n = b.call(Callee::Import(not), &v, &[Type::Any]);
    check(&mut b);
    b.ret(&n);
    b.switch_to(truth);
    let v = b.call(Callee::Func(crate::emit::F_CALL), &[r[1], r[2]], &[Type::Any]);
    let n = b.call(Callee::Import(not), &v, &[Type::Any]);
    check(&mut b);
    let n = b.call(Callee::Import(not), &n, &[Type::Any]);
    b.ret(&n);
    b.switch_to(resume);
    let v = b.call(Callee::Func(crate::emit::F_CALL), &[r[1], r[2]], &[Type::Any]);
    let (gen_check, _) = m.import("gen_check");
    let n = b.call(Callee::Import(gen_check), &[v[0], r[2]], &[Type::Any]);
    check(&mut b);
    b.ret(&n);
    b.finish()
}

/// `__pending_next() -> (has value, value)`: the check after a `for` loop's `py.next` found a
/// call request (`__next__` of an object): calls it; a `StopIteration` it raises ends the loop
/// (`(0, none)`). Anything else in the box is thrown.
fn pending_next_stub(m: &mut ModGen<'_>) -> Function {
    let (pending_call, _) = m.import("pending_call");
    let (exc_from, _) = m.import("exc_from");
    let (exc_match, _) = m.import("exc_match");
    let (builtin_value, _) = m.import("builtin_value");
    let stop = m.constant("StopIteration");
    let mut b = FunctionBuilder::new("__pending_next", FuncType::new([], [Type::I32, Type::Any]));
    let e = b.call(Callee::Func(F_TAKE), &[], &[Type::Ref]);
    let r = b.call(Callee::Import(pending_call), &[e[0]], &[Type::I32, Type::Any, Type::Any]);
    let (throw, call, handler) = (b.new_block(), b.new_block(), b.new_block());
    b.br_if(r[0], call, throw);
    b.switch_to(throw);
    b.throw(e[0]);
    b.set_handler(call, Some(handler));
    b.switch_to(call);
    let v = b.call(Callee::Func(crate::emit::F_CALL), &[r[1], r[2]], &[Type::Any]);
    let (gen_value, _) = m.import("gen_value");
    let pair = b.call(Callee::Import(gen_value), &v, &[Type::I32, Type::Any]);
    b.ret(&pair);
    b.switch_to(handler);
    let caught = b.catch();
    let code = b.exc_trap_code(caught);
    let value = b.call(Callee::Import(exc_from), &[caught, code], &[Type::Any]);
    let k = b.i32_const(stop as i32);
    let name = b.call(Callee::Func(crate::emit::F_CONST), &[k], &[Type::Any]);
    let class = b.call(Callee::Import(builtin_value), &name, &[Type::Any]);
    check(&mut b);
    let matched = b.call(Callee::Import(exc_match), &[value[0], class[0]], &[Type::I32]);
    check(&mut b);
    let (end, rethrow) = (b.new_block(), b.new_block());
    b.br_if(matched[0], end, rethrow);
    b.switch_to(rethrow);
    b.throw(caught);
    b.switch_to(end);
    let zero = b.i32_const(0);
    let none = b.any_none();
    b.ret(&[zero, none]);
    b.finish()
}

fn take() -> Function {
    let mut b = FunctionBuilder::new("__exc_take", FuncType::new([], [Type::Ref]));
    let boxed = b.global_get(Type::Ref, G_EXC);
    let zero = b.i32_const(0);
    let e = b.array_get_ref(boxed, zero);
    let null = b.ref_null();
    b.array_set_ref(boxed, zero, null);
    b.ret(&[e]);
    b.finish()
}

fn getter(name: &str, table: GlobalId, checked: Option<&mut ModGen<'_>>) -> Function {
    let mut b = FunctionBuilder::new(name, FuncType::new([Type::I32], [Type::Any]));
    let arr = b.global_get(Type::Ref, table);
    let i = b.param(0);
    let v = b.array_get_any(arr, i);
    match checked {
        Some(m) => {
            let (chk, _) = m.import("chk");
            let base = b.global_get(Type::I32, crate::emit::G_GBASE);
            let name = b.i32_add(base, i);
            let r = b.call(Callee::Import(chk), &[v, name], &[Type::Any]);
            check(&mut b);
            b.ret(&r);
        }
        None => b.ret(&[v]),
    }
    b.finish()
}

fn setter() -> Function {
    let mut b = FunctionBuilder::new("__gset", FuncType::new([Type::I32, Type::Any], []));
    let arr = b.global_get(Type::Ref, GLOBALS);
    let (i, v) = (b.param(0), b.param(1));
    b.array_set_any(arr, i, v);
    b.ret(&[]);
    b.finish()
}

/// Which call stub.
#[derive(Copy, Clone, PartialEq, Eq)]
enum CallKind {
    /// `__call(callee, args)`.
    Plain,
    /// `__callkw(callee, args, kwargs)`.
    Keywords,
    /// `__callm(f, args, how)` (`how` an i32 from `py.method`).
    Method,
}

/// `__call(callee, args)`, `__callkw(callee, args, kwargs)` or `__callm(f, args, how)`.
fn call_stub(m: &mut ModGen<'_>, kind: CallKind) -> Function {
    let (prepare, name, params) = match kind {
        CallKind::Plain => ("call_prepare", "__call", vec![Type::Any; 2]),
        CallKind::Keywords => ("call_prepare_kw", "__callkw", vec![Type::Any; 3]),
        CallKind::Method => ("call_prepare_m", "__callm", vec![Type::Any, Type::Any, Type::I32]),
    };
    let (prepare, _) = m.import(prepare);
    let n = params.len();
    let mut b = FunctionBuilder::new(name, FuncType::new(params, [Type::Any]));
    let params: Vec<_> = (0..n).map(|i| b.param(i)).collect();
    if kind == CallKind::Method {
        direct_method_call(&mut b, params[0], params[1], params[2]);
    }
    let r = b.call(Callee::Import(prepare), &params, &[Type::I32, Type::I32, Type::Any, Type::Any]);
    // A call request (a generator handed to a method of a built-in object) is answered by
    // `__pending`, whose result is the call's; an exception is thrown from there.
    let boxed = b.global_get(Type::Ref, G_EXC);
    let zero = b.i32_const(0);
    let pending = b.array_get_ref(boxed, zero);
    let empty = b.ref_is_null(pending);
    let (ok, answer) = (b.new_block(), b.new_block());
    b.br_if(empty, ok, answer);
    b.switch_to(answer);
    let v = b.call(Callee::Func(crate::emit::F_PENDING), &[], &[Type::Any]);
    b.ret(&v);
    b.switch_to(ok);
    let (mode, addr, args2, value) = (r[0], r[1], r[2], r[3]);
    let (done, call, construct) = (b.new_block(), b.new_block(), b.new_block());
    b.br_table(mode, vec![done, call, construct], done);
    b.switch_to(done);
    b.ret(&[value]);
    b.switch_to(call);
    let r = call_entry(&mut b, addr, args2);
    b.ret(&[r]);
    b.switch_to(construct);
    call_entry(&mut b, addr, args2);
    b.ret(&[value]);
    b.finish()
}

/// `how` of `__callm` for a call `py.method` found in its inline cache: `f` is the registered
/// address (an int) of a plain function taking exactly the argument tuple (`method_call.rs` of
/// the runtime).
const DIRECT: i32 = 4;

/// The start of `__callm`: when `how` is [`DIRECT`], calls the entry form at address `f` with
/// `args` and returns its result, with no host call.
fn direct_method_call(b: &mut FunctionBuilder, f: rootir::Reg, args: rootir::Reg, how: rootir::Reg) {
    let direct = b.i32_const(DIRECT);
    let is_direct = b.i32_eq(how, direct);
    let (yes, no) = (b.new_block(), b.new_block());
    b.br_if(is_direct, yes, no);
    b.switch_to(yes);
    let addr = b.any_to_i64(f);
    let addr = b.i32_wrap_i64(addr);
    let r = call_entry(b, addr, args);
    b.ret(&[r]);
    b.switch_to(no);
}

/// Calls the entry form at registered address `addr` (the module's number in the high bits)
/// with `args`: directly when it is this module's, else through the dispatcher closure of its
/// module (slot `number` of the shared exception box, see [`dispatch`]).
fn call_entry(b: &mut FunctionBuilder, addr: rootir::Reg, args: rootir::Reg) -> rootir::Reg {
    let shift = b.i32_const(crate::emit::MID_SHIFT);
    let mid = b.i32_shr_u(addr, shift);
    let mask = b.i32_const((1 << crate::emit::MID_SHIFT) - 1);
    let local = b.i32_and(addr, mask);
    let own = b.global_get(Type::I32, crate::emit::G_MID);
    let same = b.i32_eq(mid, own);
    let out = b.new_reg(Type::Any);
    let (here, elsewhere, join) = (b.new_block(), b.new_block(), b.new_block());
    b.br_if(same, here, elsewhere);
    b.switch_to(here);
    let r = b.call_indirect(FuncType::new([Type::Any], [Type::Any]), local, &[args]);
    b.mov(out, r[0]);
    b.br(join);
    b.switch_to(elsewhere);
    let shared = b.global_get(Type::Ref, G_EXC);
    let closure = b.array_get_ref(shared, mid);
    let r = b.call_closure(FuncType::new([Type::I32, Type::Any], [Type::Any]), closure, &[local, args]);
    b.mov(out, r[0]);
    b.br(join);
    b.switch_to(join);
    out
}

/// The most Python modules one program can have (slots of the shared exception box).
pub const MAX_MODULES: i32 = 255;

/// `__dispatch(env, addr, args) -> any`: calls this module's entry form at `addr`. Its closure
/// sits in slot (module number) of the shared exception box, where other modules find it.
pub fn dispatch() -> Function {
    let sig = FuncType::new([Type::Ref, Type::I32, Type::Any], [Type::Any]);
    let mut b = FunctionBuilder::new("__dispatch", sig);
    let (addr, args) = (b.param(1), b.param(2));
    let r = b.call_indirect(FuncType::new([Type::Any], [Type::Any]), addr, &[args]);
    b.ret(&r);
    b.finish()
}

/// What tracebacks need (`py.tb_info`): the script path, then one line per function of the
/// module in `FuncId` order with the name CPython shows in a traceback (`<module>` for `main`,
/// the unqualified name for a Python function's direct form, `#pending` for the stubs that call
/// special methods, empty for the other stubs and entry forms),
/// then a line `#spans` and the ranges of `spans.rs`, one a line.
fn traceback_info(m: &ModGen<'_>) -> String {
    let mut lines = vec![m.path.clone()];
    // Stubs have no name, except the two that call special methods (for carets).
    let pending = [crate::emit::F_PENDING.0, crate::emit::F_PENDING_NEXT.0];
    lines.extend(
        (0..crate::emit::F_MAIN.0).map(|i| if pending.contains(&i) { "#pending".into() } else { String::new() }),
    );
    lines.push("<module>".into());
    for f in &m.funcs {
        lines.push(f.name.rsplit('.').next().unwrap_or_default().to_string());
        lines.push(String::new());
    }
    lines.push("#spans".into());
    lines.extend(m.spans.iter().cloned());
    lines.join("\n")
}

fn init_stub(m: &mut ModGen<'_>, module: &mut Module) -> Function {
    let (ref_any, _) = m.import("ref_any");
    let (unbound, _) = m.import("unbound");
    let (gname, _) = m.import("gname");
    let (reg_func, _) = m.import("reg_func");
    let (set_box, _) = m.import("set_exc_box");
    let (exc_box, _) = m.import("exc_box");
    let (reserve, _) = m.import("reserve");
    let mut b = FunctionBuilder::new("__init", FuncType::new([], []));
    // One exception box for every Python module of the program: the first one makes it.
    let shared = b.call(Callee::Import(exc_box), &[], &[Type::Ref])[0];
    b.global_set(G_EXC, shared);
    let missing = b.ref_is_null(shared);
    let (make, made) = (b.new_block(), b.new_block());
    b.br_if(missing, make, made);
    b.switch_to(make);
    // Slot 0: the pending exception; slot k: the dispatcher closure of Python module k.
    let size = b.i32_const(MAX_MODULES + 1);
    let boxed = b.array_new_ref(size);
    b.global_set(G_EXC, boxed);
    b.call(Callee::Import(set_box), &[boxed], &[]);
    b.br(made);
    b.switch_to(made);
    // This module's ranges of the runtime's function and global-name tables.
    let (kind, n) = (b.i32_const(0), b.i32_const(m.funcs.len() as i32));
    let fbase = b.call(Callee::Import(reserve), &[kind, n], &[Type::I32])[0];
    b.global_set(crate::emit::G_FBASE, fbase);
    let (kind, n) = (b.i32_const(1), b.i32_const(m.globals.len() as i32));
    let gbase = b.call(Callee::Import(reserve), &[kind, n], &[Type::I32])[0];
    b.global_set(crate::emit::G_GBASE, gbase);
    let (kind, n) = (b.i32_const(2), b.i32_const(0));
    let mid = b.call(Callee::Import(reserve), &[kind, n], &[Type::I32])[0];
    b.global_set(crate::emit::G_MID, mid);
    let dispatcher = b.func_addr(rootir::FuncId(crate::emit::FIRST + 2 * m.funcs.len() as u32));
    let no_env = b.ref_null();
    let closure = b.closure_new(dispatcher, no_env);
    let shared = b.global_get(Type::Ref, G_EXC);
    b.array_set_ref(shared, mid, closure);
    let shift = b.i32_const(crate::emit::MID_SHIFT);
    let tag = b.i32_shl(mid, shift);
    let n = b.i32_const(m.consts.len() as i32);
    let consts = b.array_new_any(n);
    for (i, s) in m.consts.iter().enumerate() {
        module.constants.push(Constant::Str(s.clone()));
        let r = b.str_const(i as u32);
        let a = b.call(Callee::Import(ref_any), &[r], &[Type::Any]);
        let k = b.i32_const(i as i32);
        b.array_set_any(consts, k, a[0]);
    }
    b.global_set(CONSTS, consts);
    let n = b.i32_const((m.method_sites * crate::emit::IC_SLOTS) as i32);
    let caches = b.array_new_any(n);
    b.global_set(crate::emit::G_ICS, caches);
    let n = b.i32_const(m.globals.len() as i32);
    let globals = b.array_new_any(n);
    let u = b.call(Callee::Import(unbound), &[], &[Type::Any]);
    for (i, name) in m.globals.iter().enumerate() {
        let k = b.i32_const(i as i32);
        b.array_set_any(globals, k, u[0]);
        module.constants.push(Constant::Str(name.clone()));
        let s = b.str_const((module.constants.len() - 1) as u32);
        let at = b.i32_add(gbase, k);
        b.call(Callee::Import(gname), &[at, s], &[]);
    }
    b.global_set(GLOBALS, globals);
    // The prelude keeps the script's traceback names (its frames have no lines: hidden).
    if !crate::prelude::is_prelude(m) {
        module.constants.push(Constant::Str(traceback_info(m)));
        let info = b.str_const((module.constants.len() - 1) as u32);
        let (tb_info, _) = m.import("tb_info");
        b.call(Callee::Import(tb_info), &[info], &[]);
    }
    for p in 0..m.funcs.len() {
        let addr = b.func_addr(entry_id(p as u32));
        let k = b.i32_const(p as i32);
        let at = b.i32_add(fbase, k);
        let tagged = b.i32_or(addr, tag);
        b.call(Callee::Import(reg_func), &[at, tagged], &[]);
    }
    b.ret(&[]);
    b.finish()
}
