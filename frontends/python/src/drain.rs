//! Generators handed to built-in functions and methods (`list(g)`, `sum(g)`, `", ".join(g)`):
//! the runtime cannot run a generator, so the host function makes a *drain request* (mode 6:
//! `[Pending, callee, args, 6, kwargs, index]`) and the stub `__pending` answers it: `__drain`
//! runs argument `index` to the end into a list (asking `py.next` and answering its requests
//! with `__pending_next`), and the call is made again through `__callkw` with the list in its
//! place.

use crate::emit::{F_CALLKW, F_PENDING_NEXT, G_EXC, ModGen};
use rootir::{Block, Callee, FuncType, Function, FunctionBuilder, Reg, Type};

/// The drain answer inside `__pending`: `e` is the request, `callee` and `args` its parts.
pub fn answer(m: &mut ModGen<'_>, b: &mut FunctionBuilder, e: Reg, callee: Reg, args: Reg) {
    let (pending_drain, _) = m.import("pending_drain");
    let (tuple_get, _) = m.import("tuple_get");
    let (tuple_replace, _) = m.import("tuple_replace");
    let extra = b.call(Callee::Import(pending_drain), &[e], &[Type::Any, Type::I32]);
    let g = b.call(Callee::Import(tuple_get), &[args, extra[1]], &[Type::Any]);
    let list = b.call(Callee::Func(crate::emit::F_DRAIN), &g, &[Type::Any]);
    let args2 = b.call(Callee::Import(tuple_replace), &[args, extra[1], list[0]], &[Type::Any]);
    let r = b.call(Callee::Func(F_CALLKW), &[callee, args2[0], extra[0]], &[Type::Any]);
    b.ret(&r);
}

/// `__drain(it) -> list`: every item `py.next` gives, answering call requests.
pub fn drain_stub(m: &mut ModGen<'_>) -> Function {
    let (list_new, _) = m.import("list_new");
    let (list_append, _) = m.import("list_append");
    let (next, _) = m.import("next");
    let mut b = FunctionBuilder::new("__drain", FuncType::new([Type::Any], [Type::Any]));
    let it = b.param(0);
    let list = b.call(Callee::Import(list_new), &[], &[Type::Any]);
    let (has, value) = (b.new_reg(Type::I32), b.new_reg(Type::Any));
    let (head, answer, test, body, exit) = (b.new_block(), b.new_block(), b.new_block(), b.new_block(), b.new_block());
    b.br(head);
    b.switch_to(head);
    let r = b.call(Callee::Import(next), &[it], &[Type::I32, Type::Any]);
    b.mov(has, r[0]);
    b.mov(value, r[1]);
    let empty = box_empty(&mut b);
    b.br_if(empty, test, answer);
    b.switch_to(answer);
    let r = b.call(Callee::Func(F_PENDING_NEXT), &[], &[Type::I32, Type::Any]);
    b.mov(has, r[0]);
    b.mov(value, r[1]);
    b.br(test);
    b.switch_to(test);
    b.br_if(has, body, exit);
    b.switch_to(body);
    b.call(Callee::Import(list_append), &[list[0], value], &[]);
    throw_pending(&mut b, head);
    b.switch_to(exit);
    b.ret(&list);
    b.finish()
}

/// Whether the exception box is empty.
fn box_empty(b: &mut FunctionBuilder) -> Reg {
    let boxed = b.global_get(Type::Ref, G_EXC);
    let zero = b.i32_const(0);
    let e = b.array_get_ref(boxed, zero);
    b.ref_is_null(e)
}

/// Throws what the box holds, if anything; else continues at `next`.
fn throw_pending(b: &mut FunctionBuilder, next: Block) {
    let empty = box_empty(b);
    let raise = b.new_block();
    b.br_if(empty, next, raise);
    b.switch_to(raise);
    let r = b.call(Callee::Func(crate::emit::F_TAKE), &[], &[Type::Ref]);
    b.throw(r[0]);
}
