//! The host functions of the language features (`frontends/python`): calls with keywords,
//! special methods and descriptors, generators, tracebacks, slices, reprs inside containers.

use crate::num::BinOp;
use crate::obj::{NONE, UNBOUND};
use crate::{Io, PyErr, bind, def, def1, dunder, generators, prepared, reprs, traceback};
use rootir::Type::{Any as A, I32, Ref as R};
use rootvm::Vm;
use std::sync::Arc;

/// Registers them.
pub(crate) fn register_language(vm: &mut Vm, io: &Arc<Io>) {
    def1(vm, io, "gen_new", &[I32, A, A, I32, A], |h, a| {
        generators::new(h, a[0] as u32, a[1], a[2], a[3] as u32 as usize, a[4])
    });
    def(vm, io, "gen_state", &[A], &[I32], |h, a, o| {
        o[0] = generators::state(h, a[0])? as u64;
        Ok(())
    });
    def(vm, io, "gen_set_state", &[A, I32], &[], |h, a, _| generators::set_state(h, a[0], a[1] as i32 as i64));
    def(vm, io, "gen_save", &[A, I32, A], &[], |h, a, _| generators::save(h, a[0], a[1] as u32 as usize, a[2]));
    def1(vm, io, "gen_load", &[A, I32], |h, a| generators::load(h, a[0], a[1] as u32 as usize));
    def1(vm, io, "gen_done", &[A, A], |h, a| {
        generators::set_state(h, a[1], -1)?;
        h.set(a[1], 6, a[0])?;
        Ok(UNBOUND)
    });
    def1(vm, io, "gen_result", &[A], |h, a| generators::result(h, a[0]));
    def1(vm, io, "gen_sent", &[A, I32], |h, a| generators::sent(h, a[0], a[1] != 0));
    def(vm, io, "gen_value", &[A], &[I32, A], |_, a, o| {
        (o[0], o[1]) = if a[0] == UNBOUND { (0, NONE) } else { (1, a[0]) };
        Ok(())
    });
    def1(vm, io, "gen_check", &[A, A], |h, a| generators::check(h, a[0], a[1]));
    def(vm, io, "gen_fail", &[A, R, I32], &[], |h, a, _| generators::fail(h, a[0], a[1], a[2] as i32));
    def(vm, io, "class_done", &[A], &[], |h, a, _| h.class_done(a[0]));
    def(vm, io, "pending_drain", &[R], &[A, I32], |h, a, o| generators::pending_drain(h, a[0], o));
    def1(vm, io, "tuple_replace", &[A, I32, A], |h, a| generators::tuple_replace(h, a[0], a[1] as u32 as usize, a[2]));
    def(vm, io, "set_slice", &[A, A, A, A, A], &[], |h, a, _| crate::slices::set(h, a[0], a[1], a[2], a[3], a[4]));
    def(vm, io, "del_slice", &[A, A, A, A], &[], |h, a, _| crate::slices::del(h, a[0], a[1], a[2], a[3]));
    def(vm, io, "text_step", &[A, I32, I32], &[I32, A], |h, a, o| reprs::step(h, a[0], a[1], a[2], o));
    def(vm, io, "repr_put", &[A, A], &[], |h, a, _| reprs::put(h, a[0], a[1]));
    def1(vm, io, "func_sig", &[A, A, I32, A], |h, a| bind::set_sig(h, a[0], a[1], a[2] as u32, a[3]));
    def1(vm, io, "args_flat", &[A, I32], |h, a| bind::flatten(h, a[0], a[1] as u32 as u64));
    def(vm, io, "kw_merge", &[A, A], &[], |h, a, _| bind::merge(h, a[0], a[1]));
    def(vm, io, "call_prepare_kw", &[A, A, A], &[I32, I32, A, A], |h, a, o| {
        let p = h.call_prepare_kw(a[0], a[1], a[2])?;
        prepared(h, p, o)
    });
    def1(vm, io, "descriptor", &[I32, A], |h, a| dunder::descriptor(h, a[0] as u32, a[1]));
    def(vm, io, "tb_info", &[R], &[], |h, a, _| traceback::set_info(h, a[0]));
    def1(vm, io, "inplace", &[A, A, I32], |h, a| {
        let ops = [
            BinOp::Add,
            BinOp::Sub,
            BinOp::Mul,
            BinOp::TrueDiv,
            BinOp::FloorDiv,
            BinOp::Mod,
            BinOp::Pow,
            BinOp::LShift,
            BinOp::RShift,
            BinOp::And,
            BinOp::Or,
            BinOp::Xor,
        ];
        let op = ops.get(a[2] as usize).copied().ok_or_else(|| PyErr::new("SystemError", "bad operator".into()))?;
        dunder::binop(h, op, a[0], a[1], true)
    });
    def(vm, io, "pending_call", &[R], &[I32, A, A], |h, a, o| dunder::pending_call(h, a[0], o));
}
