//! `for x in range(...)` as a counted loop: the range object is made as before (so its
//! arguments are checked with CPython's errors), then its start and stop are read once and the
//! loop counts with `any.lt`/`any.gt` and `any.add`, whose fast path covers inline ints and
//! whose slow path (boxed and big ints) is exact, instead of calling `py.iter` and `py.next`.
//!
//! `for x in xs` over a list or a tuple (`py.seq_kind`, asked once) reads the items inline by
//! index, re-reading a list's length before each item as CPython's list iterator does (so items
//! appended during the loop are visited); anything else keeps `py.iter` and `py.next`. The
//! loop's own state lives in `any` locals, which a generator saves across `yield`.

use crate::cx::{Cx, Place, R};
use rootir::{Opcode, Type};
use rustpython_parser::ast::{self, Constant, Expr, UnaryOp};
use vstarr::stack::Shuffle;

/// The value of an int literal (`5`, `-1`) that fits an i64.
fn literal_int(e: &Expr) -> Option<i64> {
    match e {
        Expr::Constant(ast::ExprConstant { value: Constant::Int(i), .. }) => i64::try_from(i).ok(),
        Expr::UnaryOp(u) if u.op == UnaryOp::USub => literal_int(&u.operand)?.checked_neg(),
        _ => None,
    }
}

/// The step of a counted loop: a nonzero int literal, or read from the range object.
#[derive(Copy, Clone)]
enum Step {
    Literal(i64),
    Variable,
}

impl<'a> Cx<'_, 'a> {
    /// The step of `iter` when it is a call of the built-in `range` (not rebound) with one to three
    /// positional arguments.
    fn counted_range(&mut self, iter: &'a Expr) -> Option<Step> {
        let Expr::Call(c) = iter else { return None };
        let Expr::Name(n) = &*c.func else { return None };
        if n.id.as_str() != "range"
            || !c.keywords.is_empty()
            || !(1..=3).contains(&c.args.len())
            || c.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || !matches!(self.resolve("range"), Ok(Place::Builtin))
        {
            return None;
        }
        Some(match c.args.get(2) {
            None => Step::Literal(1),
            Some(s) => match literal_int(s) {
                Some(k) if k != 0 => Step::Literal(k),
                _ => Step::Variable,
            },
        })
    }

    /// The head of the loop over `iter`: pushes the next value and returns the loop's head and
    /// the branch that leaves it when the values are exhausted.
    pub fn for_loop_head(&mut self, iter: &'a Expr) -> R<(u32, usize)> {
        let Some(step) = self.counted_range(iter) else {
            self.expr(iter)?;
            return Ok(self.loop_over_sequence());
        };
        // The range object `[RANGE, start, stop, step]` (its step is never 0).
        self.expr(iter)?;
        self.f.op(Opcode::AnyToRef);
        let (cur, stop) = (self.f.temp(Type::Any), self.f.temp(Type::Any));
        let var = match step {
            Step::Literal(_) => None,
            Step::Variable => {
                let (inc, down) = (self.f.temp(Type::Any), self.f.temp(Type::Any));
                self.f.shuffle(Shuffle::Dup);
                self.i32(3);
                self.f.op(Opcode::ArrayGetAny);
                self.f.shuffle(Shuffle::Dup);
                self.f.store(inc);
                self.int(0);
                self.f.op(Opcode::AnyLt);
                self.f.store(down);
                Some((inc, down))
            }
        };
        self.f.shuffle(Shuffle::Dup);
        self.i32(1);
        self.f.op(Opcode::ArrayGetAny);
        self.f.store(cur);
        self.i32(2);
        self.f.op(Opcode::ArrayGetAny);
        self.f.store(stop);
        let head = self.f.here();
        let literal = match step {
            Step::Literal(k) => k,
            Step::Variable => 1,
        };
        match var {
            Some((_, down)) => {
                self.f.load(down);
                self.f.op(Opcode::AnyToBool);
                let to_down = self.f.branch_if(u32::MAX);
                self.f.load(cur);
                self.f.load(stop);
                self.f.op(Opcode::AnyLt);
                let to_test = self.f.jump(u32::MAX);
                self.f.depth -= 1;
                self.f.patch_here(to_down);
                self.f.load(cur);
                self.f.load(stop);
                self.f.op(Opcode::AnyGt);
                self.f.patch_here(to_test);
            }
            None => {
                self.f.load(cur);
                self.f.load(stop);
                self.f.op(if literal > 0 { Opcode::AnyLt } else { Opcode::AnyGt });
            }
        }
        self.f.op(Opcode::AnyToBool);
        self.f.op(Opcode::I32Eqz);
        let exit = self.f.branch_if(u32::MAX);
        self.f.load(cur);
        self.f.load(cur);
        match var {
            Some((inc, _)) => self.f.load(inc),
            None => self.int(literal),
        }
        self.f.op(Opcode::AnyAdd);
        self.f.store(cur);
        Ok((head, exit))
    }

    /// The head of a loop over the iterable on the stack (see the module documentation): pushes
    /// the next item and returns the loop's head and the branch that leaves the loop.
    pub fn loop_over_sequence(&mut self) -> (u32, usize) {
        let (xs, it, i, v) =
            (self.f.temp(Type::Any), self.f.temp(Type::Any), self.f.temp(Type::Any), self.f.temp(Type::Any));
        let (is_seq, is_list) = (self.f.temp(Type::Any), self.f.temp(Type::Any));
        let (kind, idx, has) = (self.f.temp(Type::I32), self.f.temp(Type::I32), self.f.temp(Type::I32));
        self.f.store(xs);
        self.f.load(xs);
        self.host("seq_kind");
        self.f.store(kind);
        self.f.load(kind);
        self.f.op(Opcode::AnyFromBool);
        self.f.store(is_seq);
        self.f.load(kind);
        self.i32(1);
        self.f.op(Opcode::I32Eq);
        self.f.op(Opcode::AnyFromBool);
        self.f.store(is_list);
        self.int(0);
        self.f.store(i);
        self.f.load(kind);
        let seq = self.f.branch_if(u32::MAX);
        self.f.load(xs);
        self.host("iter");
        self.f.store(it);
        self.f.patch_here(seq);
        let head = self.f.here();
        self.f.load(is_seq);
        self.f.op(Opcode::AnyToBool);
        self.f.op(Opcode::I32Eqz);
        let to_iter = self.f.branch_if(u32::MAX);
        self.f.load(i);
        self.f.op(Opcode::AnyToI64);
        self.f.op(Opcode::I32WrapI64);
        self.f.store(idx);
        self.f.load(i);
        self.int(1);
        self.f.op(Opcode::AnyAdd);
        self.f.store(i);
        self.f.load(is_list);
        self.f.op(Opcode::AnyToBool);
        self.f.op(Opcode::I32Eqz);
        let to_tuple = self.f.branch_if(u32::MAX);
        // A list `[LIST, len, storage]`: its length now, then the item in its storage.
        self.f.load(idx);
        self.f.load(xs);
        self.f.op(Opcode::AnyToRef);
        self.i32(1);
        self.f.op(Opcode::ArrayGetAny);
        self.f.op(Opcode::AnyToI64);
        self.f.op(Opcode::I32WrapI64);
        self.f.op(Opcode::I32LtS);
        self.f.store(has);
        self.f.load(has);
        self.f.op(Opcode::I32Eqz);
        let list_done = self.f.branch_if(u32::MAX);
        self.f.load(xs);
        self.f.op(Opcode::AnyToRef);
        self.i32(2);
        self.f.op(Opcode::ArrayGetAny);
        self.f.op(Opcode::AnyToRef);
        self.f.load(idx);
        self.f.op(Opcode::ArrayGetAny);
        self.f.store(v);
        let list_item = self.f.jump(u32::MAX);
        // A tuple `[TUPLE, items...]`.
        self.f.patch_here(to_tuple);
        self.f.load(idx);
        self.i32(1);
        self.f.op(Opcode::I32Add);
        self.f.store(idx);
        self.f.load(idx);
        self.f.load(xs);
        self.f.op(Opcode::AnyToRef);
        self.f.op(Opcode::ArrayLen);
        self.f.op(Opcode::I32LtS);
        self.f.store(has);
        self.f.load(has);
        self.f.op(Opcode::I32Eqz);
        let tuple_done = self.f.branch_if(u32::MAX);
        self.f.load(xs);
        self.f.op(Opcode::AnyToRef);
        self.f.load(idx);
        self.f.op(Opcode::ArrayGetAny);
        self.f.store(v);
        let tuple_item = self.f.jump(u32::MAX);
        // Anything else: the iterator protocol.
        self.f.patch_here(to_iter);
        self.f.load(it);
        self.host("next");
        self.f.store(v);
        self.f.store(has);
        for b in [list_done, list_item, tuple_done, tuple_item] {
            self.f.patch_here(b);
        }
        self.f.load(has);
        self.f.op(Opcode::I32Eqz);
        let exit = self.f.branch_if(u32::MAX);
        self.f.load(v);
        (head, exit)
    }
}
