//! Translates verified rootIR functions into the interpreter's internal code.
//!
//! Done once per function at load time. Besides the one-to-one lowering, it
//! - lays blocks out in order and drops jumps to the next block;
//! - fuses a comparison with the `br_if` that is its only use; a `br_if` on an `i32.eqz`
//!   branches on its operand with the targets swapped;
//! - replaces a jump to a block that only tests (a `while` loop's header) by a copy of the
//!   test, so the loop runs one dispatch fewer per iteration (not with fuel metering);
//! - folds registers that hold one constant for the whole function into
//!   immediate forms (`i32.add r1, r2, rK` → `I32AddImm`), dropping the
//!   constant's definition when every use was folded;
//! - charges fuel once per block when fuel is metered.

use crate::classes::ModuleClasses;
use crate::code::{
    BinArgs, CmpBrArgs, CmpImmBrArgs, CompiledFunc, ConstArgs, Handler, HandlerTable, ImmArgs, LoadArgs, LoopArgs,
    LoopImmArgs, NulArgs, Op, Origin, QuinArgs, R, StoreArgs, TerArgs, UnArgs, fused_compare, fused_loop,
    immediate_binary,
};
use crate::constants::{ConstTracker, EntryConstants};
use crate::liveness::Liveness;
use rootir::{Block, Callee, Format, Function, InstData, Opcode, Reg, Type};
use std::collections::HashSet;

/// Where an import of the module being compiled was resolved to.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    /// A VM function (VM-wide index).
    Func(u32),
    /// A host function (index in the VM's host table).
    Host(u32),
}

/// What the compiler needs to know about the module and the VM.
pub(crate) struct ModuleLayout<'a> {
    pub module: u32,
    pub func_base: u32,
    pub func_count: u32,
    pub global_base: u32,
    pub memory: u32,
    /// VM-wide index of the module's first interned string constant.
    pub str_base: u32,
    pub imports: &'a [Target],
    /// Interned signature id of each `call_indirect` signature, by instruction order, via this closure.
    pub sig_id: &'a mut dyn FnMut(&rootir::FuncType) -> u32,
    pub fuel: bool,
    /// The module's classes as linked.
    pub classes: &'a ModuleClasses,
    /// The module's any hook, resolved.
    pub any_hook: Option<Target>,
}

/// Translates one verified function.
pub(crate) fn compile_function(func: &Function, layout: &mut ModuleLayout<'_>) -> CompiledFunc {
    let analysis = Analysis { consts: EntryConstants::find(func), liveness: Liveness::compute(func) };
    // First pass: find the constant definitions whose every use folds into an immediate.
    let mut dry = Emitter::new(func, &analysis, HashSet::new());
    dry.emit_all(layout);
    let removable = dry.consts.removable();
    let mut emitter = Emitter::new(func, &analysis, removable);
    emitter.emit_all(layout);
    emitter.resolve_targets();
    let handlers = handler_table(func, &emitter.block_start);
    let sig_id = (layout.sig_id)(&func.sig);
    let ref_regs = crate::lazy::ref_regs(func);
    let mut zero_regs = analysis.liveness.read_before_written(func);
    let params = func.sig.params.len();
    zero_regs.extend(ref_regs.iter().filter(|&&i| i as usize >= params));
    zero_regs.sort_unstable();
    zero_regs.dedup();
    CompiledFunc {
        name: func.name.clone(),
        module: layout.module,
        sig: func.sig.clone(),
        sig_id,
        num_regs: func.regs.len(),
        code: emitter.code,
        origins: emitter.origins,
        lists: emitter.lists,
        targets: emitter.targets,
        func_base: layout.func_base,
        func_count: layout.func_count,
        memory: layout.memory,
        zero_regs,
        ref_regs,
        handlers,
        any_hook: layout.any_hook,
    }
}

/// The handler of every block that has one: where its code starts and the register its `catch`
/// writes (the `catch` itself emits no code).
fn handler_table(func: &Function, block_start: &[u32]) -> HandlerTable {
    let handlers = func
        .blocks
        .iter()
        .enumerate()
        .filter_map(|(b, data)| {
            let h = data.handler?;
            let Some(InstData::Catch { dst }) = func.blocks.get(h.index())?.insts.first().map(|i| &i.data) else {
                return None;
            };
            Some(Handler { block: b as u32, target: *block_start.get(h.index())?, catch_reg: r(*dst) })
        })
        .collect();
    HandlerTable::new(handlers)
}

/// What the compiler knows about a function before emitting code.
struct Analysis {
    consts: EntryConstants,
    liveness: Liveness,
}

struct Emitter<'f> {
    func: &'f Function,
    analysis: &'f Analysis,
    /// Constant definitions not to materialise (every use folded).
    removable: HashSet<(u32, u32)>,
    /// Which registers hold known constants, and how their uses were compiled.
    consts: ConstTracker<'f>,
    code: Vec<Op>,
    origins: Vec<Origin>,
    lists: Vec<u16>,
    targets: Vec<u32>,
    block_start: Vec<u32>,
}

fn r(reg: Reg) -> R {
    // The verifier caps functions at 65,535 registers.
    reg.0 as R
}

impl<'f> Emitter<'f> {
    fn new(func: &'f Function, analysis: &'f Analysis, removable: HashSet<(u32, u32)>) -> Emitter<'f> {
        Emitter {
            func,
            analysis,
            removable,
            consts: ConstTracker::new(&analysis.consts, &analysis.liveness),
            code: Vec::new(),
            origins: Vec::new(),
            lists: Vec::new(),
            targets: Vec::new(),
            block_start: Vec::with_capacity(func.blocks.len()),
        }
    }

    fn emit_all(&mut self, layout: &mut ModuleLayout<'_>) {
        for (b, block) in self.func.blocks.iter().enumerate() {
            let block_id = Block::new(b);
            self.block_start.push(self.code.len() as u32);
            self.consts.start_block(b, block.handler.is_some());
            if layout.fuel {
                let origin = Origin { block: block_id, index: 0, loc: rootir::SrcLoc::None };
                self.push(Op::Fuel { n: block.insts.len() as u32 }, origin);
            }
            let mut i = 0;
            while i < block.insts.len() {
                let inst = &block.insts[i];
                let origin = Origin { block: block_id, index: i as u32, loc: inst.loc };
                if let (Some(cmp), Some(br)) = (block.insts.get(i + 1), block.insts.get(i + 2))
                    && self.try_fused_loop([&inst.data, &cmp.data, &br.data], block_id, i)
                {
                    self.origins.last_mut().expect("fused loop emitted").loc = inst.loc;
                    for k in 0..3 {
                        self.consts.account(&block.insts[i + k].data, b, i + k);
                    }
                    i += 3;
                    continue;
                }
                if let Some(next) = block.insts.get(i + 1)
                    && (self.try_fused_branch(&inst.data, &next.data, block_id, i)
                        || self.try_store_known_branch(&inst.data, &next.data, block_id, i))
                {
                    self.origins.last_mut().expect("fused branch emitted").loc = inst.loc;
                    self.consts.account(&inst.data, b, i);
                    self.consts.account(&next.data, b, i + 1);
                    i += 2;
                    continue;
                }
                if let InstData::Jump { target } = inst.data
                    && !layout.fuel
                    && self.try_copied_test(target, block_id, i)
                {
                    i += 1;
                    continue;
                }
                if let Some(next) = block.insts.get(i + 1)
                    && self.try_negated_branch(&inst.data, &next.data, block_id, origin)
                {
                    self.consts.account(&inst.data, b, i);
                    self.consts.account(&next.data, b, i + 1);
                    i += 2;
                    continue;
                }
                self.emit(&inst.data, block_id, origin, layout);
                self.consts.account(&inst.data, b, i);
                i += 1;
            }
            self.consts.end_block(b, &self.analysis.liveness);
        }
    }

    fn push(&mut self, op: Op, origin: Origin) {
        self.code.push(op);
        self.origins.push(origin);
    }

    fn next_block(&self, block: Block) -> Block {
        Block(block.0 + 1)
    }

    /// `x = add x, K; c = cmp x, b; br_if c, t, f` with a small constant `K` and `c` dead after the
    /// branch becomes one increment-compare-branch (the loop latch of counted loops).
    fn try_fused_loop(&mut self, [add, cmp, br]: [&InstData; 3], block: Block, index: usize) -> bool {
        let (
            InstData::Binary { op: add_op, dst: x, lhs: x2, rhs: k },
            InstData::Binary { op, dst: c, lhs: cl, rhs: bound },
            InstData::Branch { cond, if_true, if_false },
        ) = (add, cmp, br)
        else {
            return false;
        };
        let same_width = matches!(
            (add_op, op.typing().map(|t| t.inputs[0])),
            (Opcode::I32Add, Some(Type::I32)) | (Opcode::I64Add, Some(Type::I64))
        );
        if !same_width || x != x2 || cl != x || c != cond || bound == x || k == x || c == x || c == bound {
            return false;
        }
        if self.analysis.liveness.live_out(block.index(), c.index()) || fused_loop(*op).is_none() {
            return false;
        }
        let Some(step) = self.consts.peek(*k) else { return false };
        let next = self.next_block(block);
        let (cmp_op, target, fallthrough) = if *if_true == next {
            let Some((_, _, inverse)) = fused_compare(*op) else { return false };
            (inverse, *if_false, None)
        } else if *if_false == next {
            (*op, *if_true, None)
        } else {
            (*op, *if_true, Some(*if_false))
        };
        let (reg_form, imm_form) = fused_loop(cmp_op).expect("inverse of a fused compare is fused");
        // The step is folded into the add (first instruction), the bound into the compare (second).
        self.consts.fold(*k);
        let fused = match (self.consts.peek(*bound), i16::try_from(step)) {
            (Some(imm), Ok(step16)) => {
                self.consts.fold_in_next(*bound);
                imm_form(LoopImmArgs { r: r(*x), step: step16, bound: imm, t: target.0 })
            }
            _ => reg_form(LoopArgs { r: r(*x), b: r(*bound), step, t: target.0 }),
        };
        let origin = Origin { block, index: index as u32 + 2, loc: rootir::SrcLoc::None };
        self.push(fused, origin);
        if let Some(other) = fallthrough {
            self.push(Op::Jump { t: other.0 }, origin);
        }
        true
    }

    /// `c = cmp a, b; br_if c, t, f` where `c` is dead after the branch becomes one fused branch
    /// (plus a jump when neither target follows).
    fn try_fused_branch(&mut self, cmp: &InstData, br: &InstData, block: Block, _index: usize) -> bool {
        let (InstData::Binary { op, dst, lhs, rhs }, InstData::Branch { cond, if_true, if_false }) = (cmp, br) else {
            return false;
        };
        if dst != cond || dst == lhs || dst == rhs || self.analysis.liveness.live_out(block.index(), dst.index()) {
            return false;
        }
        let Some((_, _, inverse)) = fused_compare(*op) else { return false };
        let origin = Origin { block, index: _index as u32 + 1, loc: rootir::SrcLoc::None };
        let next = self.next_block(block);
        let (cmp_op, target, fallthrough) = if *if_true == next {
            (inverse, *if_false, None)
        } else if *if_false == next {
            (*op, *if_true, None)
        } else {
            (*op, *if_true, Some(*if_false))
        };
        let (reg_form, imm_form, _) = fused_compare(cmp_op).expect("inverse of a fused compare is fused");
        let fused = match self.consts.fold(*rhs) {
            Some(imm) => imm_form(CmpImmBrArgs { a: r(*lhs), imm, t: target.0 }),
            None => reg_form(CmpBrArgs { a: r(*lhs), b: r(*rhs), t: target.0 }),
        };
        self.push(fused, origin);
        if let Some(other) = fallthrough {
            self.push(Op::Jump { t: other.0 }, origin);
        }
        true
    }

    /// `c = array.store_known a, v; br_if c, t, f` where `c` is dead after the branch becomes
    /// one fused branch (plus a jump when `f` does not follow): the JVM's `aastore` test.
    fn try_store_known_branch(&mut self, test: &InstData, br: &InstData, block: Block, index: usize) -> bool {
        let (
            InstData::Binary { op: Opcode::ArrayStoreKnown, dst, lhs, rhs },
            InstData::Branch { cond, if_true, if_false },
        ) = (test, br)
        else {
            return false;
        };
        if dst != cond || self.analysis.liveness.live_out(block.index(), dst.index()) {
            return false;
        }
        let origin = Origin { block, index: index as u32 + 1, loc: rootir::SrcLoc::None };
        self.push(Op::StoreKnownBr { a: r(*lhs), v: r(*rhs), t: if_true.0 }, origin);
        if *if_false != self.next_block(block) {
            self.push(Op::Jump { t: if_false.0 }, origin);
        }
        true
    }

    /// A jump to a block that only tests (`c = cmp a, b; br_if c, t, f`, `c` dead after it: a
    /// `while` loop's header, jumped to from the end of its body) becomes a copy of the test as
    /// one fused branch, so each iteration saves the jump (the loop is rotated). Not with fuel
    /// metering, which charges per block.
    fn try_copied_test(&mut self, target: Block, block: Block, index: usize) -> bool {
        let Some(t) = self.func.blocks.get(target.index()) else { return false };
        let [cmp, br] = &t.insts[..] else { return false };
        if target == self.next_block(block) || target == block {
            return false;
        }
        if !self.try_fused_branch(&cmp.data, &br.data, block, index) {
            return false;
        }
        let b = block.index();
        self.consts.account(&cmp.data, b, index);
        self.consts.account(&br.data, b, index);
        true
    }

    /// `c = i32.eqz a; br_if c, t, f` where `c` is dead after the branch becomes `br_if a, f, t`
    /// (`ifnonnull` and `!cond` in front-ends' output: `ref.is_null`, `i32.eqz`, `br_if`).
    fn try_negated_branch(&mut self, not: &InstData, br: &InstData, block: Block, origin: Origin) -> bool {
        let (InstData::Unary { op: Opcode::I32Eqz, dst, arg }, InstData::Branch { cond, if_true, if_false }) =
            (not, br)
        else {
            return false;
        };
        if dst != cond || self.analysis.liveness.live_out(block.index(), dst.index()) {
            return false;
        }
        self.branch(*arg, *if_false, *if_true, block, origin);
        true
    }

    fn emit(&mut self, data: &InstData, block: Block, origin: Origin, layout: &mut ModuleLayout<'_>) {
        match data {
            InstData::Const { op, dst, bits } => {
                if self.removable.contains(&(origin.block.0, origin.index)) {
                    return;
                }
                let op = const_op(*op, ConstArgs::new(r(*dst), *bits));
                self.push(op, origin);
            }
            InstData::Unary { op, dst, arg } => self.push(unary_op(*op, UnArgs { d: r(*dst), a: r(*arg) }), origin),
            InstData::Binary { op, dst, lhs, rhs } => {
                let op = self.binary(*op, *dst, *lhs, *rhs);
                self.push(op, origin);
            }
            InstData::Load { op, dst, addr, offset } => {
                self.push(load_op(*op, LoadArgs { d: r(*dst), a: r(*addr), offset: *offset }), origin)
            }
            InstData::Store { op, addr, offset, src } => {
                self.push(store_op(*op, StoreArgs { a: r(*addr), v: r(*src), offset: *offset }), origin)
            }
            InstData::Mov { dst, src } => {
                if dst != src {
                    self.push(Op::Mov { d: r(*dst), a: r(*src) }, origin);
                }
            }
            InstData::Select { dst, cond, if_true, if_false } => {
                self.push(Op::Select { d: r(*dst), c: r(*cond), a: r(*if_true), b: r(*if_false) }, origin)
            }
            InstData::Jump { target } => {
                if *target != self.next_block(block) {
                    self.push(Op::Jump { t: target.0 }, origin);
                }
            }
            InstData::Branch { cond, if_true, if_false } => self.branch(*cond, *if_true, *if_false, block, origin),
            InstData::Switch { index: reg, targets, default } => {
                let first = self.targets.len() as u32;
                self.targets.extend(targets.iter().map(|b| b.0));
                self.targets.push(default.0);
                self.push(Op::BrTable { i: r(*reg), first, len: targets.len() as u32 }, origin);
            }
            InstData::Call { results, callee, args } => {
                let target = match callee {
                    Callee::Func(f) => Target::Func(layout.func_base + f.0),
                    Callee::Import(i) => layout.imports[i.index()],
                };
                let op = match (target, args.as_slice(), results.as_slice()) {
                    (Target::Func(f), &[a], &[d]) => Op::Call1 { f, a: r(a), d: r(d) },
                    (Target::Func(f), _, _) => Op::Call { f, list: self.call_list(args, results) },
                    (Target::Host(h), _, _) => Op::CallHost { h, list: self.call_list(args, results) },
                };
                self.push(op, origin);
            }
            InstData::CallIndirect { results, sig, addr, args } => {
                let list = self.call_list(args, results);
                let sig = (layout.sig_id)(sig);
                self.push(Op::CallIndirect { a: r(*addr), sig, list }, origin);
            }
            InstData::CallClosure { results, sig, closure, args } => {
                // The closure register goes first in the list; the callee sees the environment there.
                let mut with_env = vec![*closure];
                with_env.extend_from_slice(args);
                let list = self.call_list(&with_env, results);
                let mut full = sig.clone();
                full.params.insert(0, Type::Ref);
                let sig = (layout.sig_id)(&full);
                self.push(Op::CallClosure { a: r(*closure), sig, list }, origin);
            }
            InstData::Return { values } => {
                let op = match values.as_slice() {
                    [] => Op::Ret0,
                    [one] => Op::Ret1 { a: r(*one) },
                    many => {
                        let list = self.lists.len() as u32;
                        self.lists.push(many.len() as u16);
                        self.lists.extend(many.iter().map(|&v| r(v)));
                        Op::Ret { list }
                    }
                };
                self.push(op, origin);
            }
            InstData::GlobalGet { dst, global } => {
                self.push(Op::GlobalGet { d: r(*dst), g: layout.global_base + global.0 }, origin)
            }
            InstData::GlobalSet { global, src } => {
                self.push(Op::GlobalSet { a: r(*src), g: layout.global_base + global.0 }, origin)
            }
            InstData::FuncAddr { dst, func } => self.push(Op::I32Const(ConstArgs::new(r(*dst), func.0 as u64)), origin),
            InstData::MemorySize { dst } => self.push(Op::MemorySize { d: r(*dst) }, origin),
            InstData::Unreachable => self.push(Op::Unreachable, origin),
            InstData::Nullary { op, dst } => self.push(nullary_op(*op, NulArgs { d: r(*dst) }), origin),
            InstData::Ternary { op, args: [a, b, c] } => {
                self.push(ternary_op(*op, TerArgs { a: r(*a), b: r(*b), c: r(*c) }), origin)
            }
            InstData::Quinary { op, args: [a, b, c, d, e] } => {
                let args = QuinArgs { a: r(*a), b: r(*b), c: r(*c), d: r(*d), e: r(*e) };
                self.push(quinary_op(*op, args), origin)
            }
            InstData::StrConst { op, dst, constant } => {
                let index = u64::from(layout.str_base) + u64::from(*constant);
                self.push(str_const_op(*op, ConstArgs::new(r(*dst), index)), origin)
            }
            InstData::New { dst, class } => {
                self.push(Op::ObjNew { d: r(*dst), c: layout.classes.base + class.0 }, origin)
            }
            InstData::ClassTest { op, dst, class, arg } => {
                let (d, a, c) = (r(*dst), r(*arg), layout.classes.base + class.0);
                let op = if *op == Opcode::ObjCast { Op::ObjCast { d, a, c } } else { Op::ObjInstanceOf { d, a, c } };
                self.push(op, origin)
            }
            InstData::FieldGet { dst, field, obj } => {
                let slot = layout.classes.field_slot[field.class.index()][field.field as usize];
                let c = layout.classes.base + field.class.0;
                self.push(Op::ObjGet { d: r(*dst), a: r(*obj), c, slot }, origin)
            }
            InstData::FieldSet { field, obj, src } => {
                let slot = layout.classes.field_slot[field.class.index()][field.field as usize];
                let c = layout.classes.base + field.class.0;
                self.push(Op::ObjSet { a: r(*obj), v: r(*src), c, slot }, origin)
            }
            InstData::CallMethod { op, results, method, args } => {
                let list = self.call_list(args, results);
                let c = layout.classes.base + method.class.0;
                let slot = layout.classes.method_slot[method.class.index()][method.method as usize];
                let op = if *op == Opcode::CallInterface {
                    Op::CallInterface { i: c, m: slot, list }
                } else {
                    Op::CallVirtual { c, slot, list }
                };
                self.push(op, origin)
            }
            InstData::Throw { src } => self.push(Op::Throw { a: r(*src) }, origin),
            // The unwinder writes the caught value (see `handler_table`).
            InstData::Catch { .. } => {}
        }
    }

    fn binary(&mut self, op: Opcode, dst: Reg, lhs: Reg, rhs: Reg) -> Op {
        if let Some((imm_form, commutative)) = immediate_binary(op) {
            if let Some(imm) = self.consts.fold(rhs) {
                return imm_form(ImmArgs { d: r(dst), a: r(lhs), imm });
            }
            if commutative && let Some(imm) = self.consts.fold(lhs) {
                return imm_form(ImmArgs { d: r(dst), a: r(rhs), imm });
            }
        }
        binary_op(op, BinArgs { d: r(dst), a: r(lhs), b: r(rhs) })
    }

    fn branch(&mut self, cond: Reg, if_true: Block, if_false: Block, block: Block, origin: Origin) {
        let next = self.next_block(block);
        let c = r(cond);
        if if_false == next {
            self.push(Op::BrNez { c, t: if_true.0 }, origin);
        } else if if_true == next {
            self.push(Op::BrEqz { c, t: if_false.0 }, origin);
        } else {
            self.push(Op::BrNez { c, t: if_true.0 }, origin);
            self.push(Op::Jump { t: if_false.0 }, origin);
        }
    }

    fn call_list(&mut self, args: &[Reg], results: &[Reg]) -> u32 {
        let list = self.lists.len() as u32;
        self.lists.push(args.len() as u16);
        self.lists.extend(args.iter().map(|&a| r(a)));
        self.lists.push(results.len() as u16);
        self.lists.extend(results.iter().map(|&a| r(a)));
        list
    }

    /// Rewrites block numbers in branch operands to instruction indices.
    /// Rewrites the block numbers in branch operands as displacements from the instruction after
    /// the branch (`i32` bits), and branch-table entries as instruction indices.
    fn resolve_targets(&mut self) {
        let start = &self.block_start;
        for (i, op) in self.code.iter_mut().enumerate() {
            let mut relative = |t: &mut u32| *t = (start[*t as usize] as i64 - (i as i64 + 1)) as i32 as u32;
            match op {
                Op::Jump { t } | Op::BrNez { t, .. } | Op::BrEqz { t, .. } | Op::StoreKnownBr { t, .. } => relative(t),
                _ => retarget_fused(op, &mut relative),
            }
        }
        for t in &mut self.targets {
            *t = start[*t as usize];
        }
    }
}

macro_rules! lowering_tables {
    (
        typed { $( $tv:ident $tf:ident $tn:literal $tfmt:ident ( $($tin:ident),* ) -> ( $($tout:ident)? ), $ttrap:ident, $tdoc:literal; )* }
        structural { $( $sv:ident $sf:ident $sn:literal $sfmt:ident, $sdoc:literal; )* }
        cmp_branch { $( $cop:ident $cinv:ident $cv:ident $cvi:ident $lv:ident $lvi:ident $cf:ident $cty:ident $addf:ident; )* }
        imm_binary { $( $bop:ident $bv:ident $bf:ident $bty:ident $bcomm:ident; )* }
    ) => {
        lowering_tables!(@one const_op ConstArgs Const; $( $tv $tfmt; )*);
        lowering_tables!(@one unary_op UnArgs Unary; $( $tv $tfmt; )*);
        lowering_tables!(@one binary_op BinArgs Binary; $( $tv $tfmt; )*);
        lowering_tables!(@one load_op LoadArgs Load; $( $tv $tfmt; )*);
        lowering_tables!(@one store_op StoreArgs Store; $( $tv $tfmt; )*);
        lowering_tables!(@one nullary_op NulArgs Nullary; $( $tv $tfmt; )*);
        lowering_tables!(@one ternary_op TerArgs Ternary; $( $tv $tfmt; )*);
        lowering_tables!(@one quinary_op QuinArgs Quinary; $( $tv $tfmt; )*);
        lowering_tables!(@one str_const_op ConstArgs StrConst; $( $tv $tfmt; )*);

        fn retarget_fused(op: &mut Op, relative: &mut impl FnMut(&mut u32)) {
            match op {
                $(
                    Op::$cv(a) => relative(&mut a.t),
                    Op::$cvi(a) => relative(&mut a.t),
                    Op::$lv(a) => relative(&mut a.t),
                    Op::$lvi(a) => relative(&mut a.t),
                )*
                _ => {}
            }
        }
    };
    (@one $name:ident $args:ident $fmt:ident; $( $tv:ident $tfmt:ident; )*) => {
        /// The internal instruction of a typed opcode of this format.
        fn $name(op: Opcode, args: $args) -> Op {
            debug_assert_eq!(op.format(), Format::$fmt);
            $( lowering_tables!(@arm op args $fmt $tv $tfmt); )*
            unreachable!("verified code has only {:?} opcodes of format {:?}", op, Format::$fmt)
        }
    };
    (@arm $op:ident $args:ident Const $tv:ident Const) => { if $op == Opcode::$tv { return Op::$tv($args); } };
    (@arm $op:ident $args:ident Unary $tv:ident Unary) => { if $op == Opcode::$tv { return Op::$tv($args); } };
    (@arm $op:ident $args:ident Binary $tv:ident Binary) => { if $op == Opcode::$tv { return Op::$tv($args); } };
    (@arm $op:ident $args:ident Load $tv:ident Load) => { if $op == Opcode::$tv { return Op::$tv($args); } };
    (@arm $op:ident $args:ident Store $tv:ident Store) => { if $op == Opcode::$tv { return Op::$tv($args); } };
    (@arm $op:ident $args:ident Nullary $tv:ident Nullary) => { if $op == Opcode::$tv { return Op::$tv($args); } };
    (@arm $op:ident $args:ident Ternary $tv:ident Ternary) => { if $op == Opcode::$tv { return Op::$tv($args); } };
    (@arm $op:ident $args:ident Quinary $tv:ident Quinary) => { if $op == Opcode::$tv { return Op::$tv($args); } };
    (@arm $op:ident $args:ident StrConst $tv:ident StrConst) => { if $op == Opcode::$tv { return Op::$tv($args); } };
    (@arm $op:ident $args:ident $fmt:ident $tv:ident $other:ident) => {};
}

macro_rules! lowering_callback {
    ($($table:tt)*) => { crate::code::with_fused!(lowering_tables { $($table)* }); };
}

rootir::for_each_op!(lowering_callback);
