//! Translates verified rootIR functions into the interpreter's internal code.
//!
//! Done once per function at load time. Besides the one-to-one lowering, it
//! - lays blocks out in order and drops jumps to the next block;
//! - fuses a comparison with the `br_if` that is its only use;
//! - folds registers that hold one constant for the whole function into
//!   immediate forms (`i32.add r1, r2, rK` → `I32AddImm`), dropping the
//!   constant's definition when every use was folded;
//! - charges fuel once per block when fuel is metered.

use crate::code::{
    BinArgs, CmpBrArgs, CmpImmBrArgs, CompiledFunc, ConstArgs, ImmArgs, LoadArgs, Op, Origin, R, StoreArgs, UnArgs,
    fused_compare, immediate_binary,
};
use rootir::{Block, Callee, Format, Function, InstData, Opcode, Reg, Type};

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
    pub imports: &'a [Target],
    /// Interned signature id of each `call_indirect` signature, by instruction order, via this closure.
    pub sig_id: &'a mut dyn FnMut(&rootir::FuncType) -> u32,
    pub fuel: bool,
}

/// Translates one verified function.
pub(crate) fn compile_function(func: &Function, layout: &mut ModuleLayout<'_>) -> CompiledFunc {
    let consts = ConstantRegisters::find(func);
    let mut uses = vec![0u32; func.regs.len()];
    for inst in func.blocks.iter().flat_map(|b| &b.insts) {
        for r in inst.data.uses() {
            uses[r.index()] += 1;
        }
    }
    // First pass: count the uses folded into immediates, to drop dead constant definitions.
    let mut dry = Emitter::new(func, &consts, &uses, None);
    dry.emit_all(layout);
    let dead_consts: Vec<bool> = (0..func.regs.len()).map(|r| uses[r] > 0 && dry.folded[r] == uses[r]).collect();
    let mut emitter = Emitter::new(func, &consts, &uses, Some(&dead_consts));
    emitter.emit_all(layout);
    emitter.resolve_targets();
    let sig_id = (layout.sig_id)(&func.sig);
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
    }
}

/// Registers that hold one constant wherever they can be read: not a parameter, written by exactly
/// one instruction, a constant in the entry block. Reads after that definition see the constant.
struct ConstantRegisters {
    /// For each register: the constant's bits, type and position in `b0`.
    value: Vec<Option<(u64, Type, usize)>>,
}

impl ConstantRegisters {
    fn find(func: &Function) -> ConstantRegisters {
        let mut defs = vec![0u32; func.regs.len()];
        for inst in func.blocks.iter().flat_map(|b| &b.insts) {
            for r in inst.data.defs() {
                defs[r.index()] += 1;
            }
        }
        let mut value = vec![None; func.regs.len()];
        if let Some(entry) = func.blocks.first() {
            for (i, inst) in entry.insts.iter().enumerate() {
                if let InstData::Const { dst, bits, .. } = inst.data {
                    let r = dst.index();
                    if r >= func.sig.params.len() && defs[r] == 1 {
                        value[r] = Some((bits, func.regs[r], i));
                    }
                }
            }
        }
        ConstantRegisters { value }
    }

    /// The constant in `reg` as an `i32` immediate, if it is one at (`block`, `index`) and fits.
    fn imm_at(&self, reg: Reg, block: Block, index: usize) -> Option<i32> {
        let (bits, ty, def_index) = self.value[reg.index()]?;
        if block.0 == 0 && index <= def_index {
            return None;
        }
        match ty {
            Type::I32 => Some(bits as u32 as i32),
            Type::I64 => i32::try_from(bits as i64).ok(),
            _ => None,
        }
    }
}

struct Emitter<'f> {
    func: &'f Function,
    consts: &'f ConstantRegisters,
    uses: &'f [u32],
    dead_consts: Option<&'f [bool]>,
    folded: Vec<u32>,
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
    fn new(
        func: &'f Function,
        consts: &'f ConstantRegisters,
        uses: &'f [u32],
        dead_consts: Option<&'f [bool]>,
    ) -> Emitter<'f> {
        Emitter {
            func,
            consts,
            uses,
            dead_consts,
            folded: vec![0; func.regs.len()],
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
            if layout.fuel {
                let origin = Origin { block: block_id, index: 0, loc: rootir::SrcLoc::None };
                self.push(Op::Fuel { n: block.insts.len() as u32 }, origin);
            }
            let mut i = 0;
            while i < block.insts.len() {
                let inst = &block.insts[i];
                let origin = Origin { block: block_id, index: i as u32, loc: inst.loc };
                let next = block.insts.get(i + 1);
                if let Some(next) = next
                    && self.try_fused_branch(&inst.data, &next.data, block_id, i)
                {
                    self.origins.last_mut().expect("fused branch emitted").loc = inst.loc;
                    i += 2;
                    continue;
                }
                self.emit(&inst.data, block_id, i, origin, layout);
                i += 1;
            }
        }
    }

    fn push(&mut self, op: Op, origin: Origin) {
        self.code.push(op);
        self.origins.push(origin);
    }

    fn next_block(&self, block: Block) -> Block {
        Block(block.0 + 1)
    }

    /// `c = cmp a, b; br_if c, t, f` with `c` used only there becomes one fused branch (plus a jump
    /// when neither target follows).
    fn try_fused_branch(&mut self, cmp: &InstData, br: &InstData, block: Block, index: usize) -> bool {
        let (InstData::Binary { op, dst, lhs, rhs }, InstData::Branch { cond, if_true, if_false }) = (cmp, br) else {
            return false;
        };
        if dst != cond || self.uses[dst.index()] != 1 {
            return false;
        }
        let Some((_, _, inverse)) = fused_compare(*op) else { return false };
        let origin = Origin { block, index: index as u32 + 1, loc: rootir::SrcLoc::None };
        let next = self.next_block(block);
        let (cmp_op, target, fallthrough) = if *if_true == next {
            (inverse, *if_false, None)
        } else if *if_false == next {
            (*op, *if_true, None)
        } else {
            (*op, *if_true, Some(*if_false))
        };
        let (reg_form, imm_form, _) = fused_compare(cmp_op).expect("inverse of a fused compare is fused");
        let fused = match self.consts.imm_at(*rhs, block, index) {
            Some(imm) => {
                self.folded[rhs.index()] += 1;
                imm_form(CmpImmBrArgs { a: r(*lhs), imm, t: target.0 })
            }
            None => reg_form(CmpBrArgs { a: r(*lhs), b: r(*rhs), t: target.0 }),
        };
        self.push(fused, origin);
        if let Some(other) = fallthrough {
            self.push(Op::Jump { t: other.0 }, origin);
        }
        true
    }

    fn emit(&mut self, data: &InstData, block: Block, index: usize, origin: Origin, layout: &mut ModuleLayout<'_>) {
        match data {
            InstData::Const { op, dst, bits } => {
                if self.dead_consts.is_some_and(|dead| dead[dst.index()]) {
                    return;
                }
                let op = const_op(*op, ConstArgs::new(r(*dst), *bits));
                self.push(op, origin);
            }
            InstData::Unary { op, dst, arg } => self.push(unary_op(*op, UnArgs { d: r(*dst), a: r(*arg) }), origin),
            InstData::Binary { op, dst, lhs, rhs } => {
                let op = self.binary(*op, *dst, *lhs, *rhs, block, index);
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
                let list = self.call_list(args, results);
                let op = match callee {
                    Callee::Func(f) => Op::Call { f: layout.func_base + f.0, list },
                    Callee::Import(i) => match layout.imports[i.index()] {
                        Target::Func(f) => Op::Call { f, list },
                        Target::Host(h) => Op::CallHost { h, list },
                    },
                };
                self.push(op, origin);
            }
            InstData::CallIndirect { results, sig, addr, args } => {
                let list = self.call_list(args, results);
                let sig = (layout.sig_id)(sig);
                self.push(Op::CallIndirect { a: r(*addr), sig, list }, origin);
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
            InstData::FuncAddr { dst, func } => {
                self.push(Op::I32Const(ConstArgs::new(r(*dst), func.0 as u64)), origin)
            }
            InstData::MemorySize { dst } => self.push(Op::MemorySize { d: r(*dst) }, origin),
            InstData::Unreachable => self.push(Op::Unreachable, origin),
        }
    }

    fn binary(&mut self, op: Opcode, dst: Reg, lhs: Reg, rhs: Reg, block: Block, index: usize) -> Op {
        if let Some((imm_form, commutative)) = immediate_binary(op) {
            if let Some(imm) = self.consts.imm_at(rhs, block, index) {
                self.folded[rhs.index()] += 1;
                return imm_form(ImmArgs { d: r(dst), a: r(lhs), imm });
            }
            if commutative && let Some(imm) = self.consts.imm_at(lhs, block, index) {
                self.folded[lhs.index()] += 1;
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
    fn resolve_targets(&mut self) {
        let start = &self.block_start;
        for op in &mut self.code {
            match op {
                Op::Jump { t } | Op::BrNez { t, .. } | Op::BrEqz { t, .. } => *t = start[*t as usize],
                _ => retarget_fused(op, start),
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
        cmp_branch { $( $cop:ident $cinv:ident $cv:ident $cvi:ident $cf:ident $cty:ident; )* }
        imm_binary { $( $bop:ident $bv:ident $bf:ident $bty:ident $bcomm:ident; )* }
    ) => {
        lowering_tables!(@one const_op ConstArgs Const; $( $tv $tfmt; )*);
        lowering_tables!(@one unary_op UnArgs Unary; $( $tv $tfmt; )*);
        lowering_tables!(@one binary_op BinArgs Binary; $( $tv $tfmt; )*);
        lowering_tables!(@one load_op LoadArgs Load; $( $tv $tfmt; )*);
        lowering_tables!(@one store_op StoreArgs Store; $( $tv $tfmt; )*);

        fn retarget_fused(op: &mut Op, start: &[u32]) {
            match op {
                $( Op::$cv(a) => a.t = start[a.t as usize], Op::$cvi(a) => a.t = start[a.t as usize], )*
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
    (@arm $op:ident $args:ident $fmt:ident $tv:ident $other:ident) => {};
}

macro_rules! lowering_callback {
    ($($table:tt)*) => { crate::code::with_fused!(lowering_tables { $($table)* }); };
}

rootir::for_each_op!(lowering_callback);
