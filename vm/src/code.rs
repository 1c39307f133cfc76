//! The VM's internal code: compact fixed-size instructions over frame-relative
//! register slots, with branch targets resolved to instruction indices.
//!
//! One variant per rootIR typed opcode is generated from the opcode table
//! (`rootir::for_each_op!`); structural operations and the fused
//! superinstructions listed in [`with_fused!`] are added here.

use rootir::{Block, FuncType, SrcLoc};

/// A register operand: an index relative to the frame base (the verifier caps functions at 65,535 registers).
pub(crate) type R = u16;

/// Operands of a constant: destination and the immediate's bits, split in two halves so the
/// instruction stays 4-byte aligned and 16 bytes long.
#[derive(Copy, Clone, Debug)]
pub(crate) struct ConstArgs {
    pub d: R,
    halves: [u32; 2],
}

impl ConstArgs {
    /// A constant writing `bits` to `d`.
    pub fn new(d: R, bits: u64) -> ConstArgs {
        ConstArgs { d, halves: [bits as u32, (bits >> 32) as u32] }
    }

    /// The immediate's bits.
    #[inline(always)]
    pub fn bits(&self) -> u64 {
        self.halves[0] as u64 | ((self.halves[1] as u64) << 32)
    }
}

/// Operands of a unary operation.
#[derive(Copy, Clone, Debug)]
pub(crate) struct UnArgs {
    pub d: R,
    pub a: R,
}

/// Operands of a binary operation.
#[derive(Copy, Clone, Debug)]
pub(crate) struct BinArgs {
    pub d: R,
    pub a: R,
    pub b: R,
}

/// Operands of a binary operation whose right operand is a small constant.
#[derive(Copy, Clone, Debug)]
pub(crate) struct ImmArgs {
    pub d: R,
    pub a: R,
    pub imm: i32,
}

/// Operands of a load: destination, base address register, constant offset.
#[derive(Copy, Clone, Debug)]
pub(crate) struct LoadArgs {
    pub d: R,
    pub a: R,
    pub offset: u32,
}

/// Operands of a store: base address register, value register, constant offset.
#[derive(Copy, Clone, Debug)]
pub(crate) struct StoreArgs {
    pub a: R,
    pub v: R,
    pub offset: u32,
}

/// Operands of an operation without inputs (`ref.null`).
#[derive(Copy, Clone, Debug)]
pub(crate) struct NulArgs {
    pub d: R,
}

/// Operands of a three-input operation without result (`array.set_*`).
#[derive(Copy, Clone, Debug)]
pub(crate) struct TerArgs {
    pub a: R,
    pub b: R,
    pub c: R,
}

/// Operands of a five-input operation without result (`array.copy`).
#[derive(Copy, Clone, Debug)]
pub(crate) struct QuinArgs {
    pub a: R,
    pub b: R,
    pub c: R,
    pub d: R,
    pub e: R,
}

/// Operands of a fused compare-and-branch: jump to `t` if `cmp(a, b)`.
#[derive(Copy, Clone, Debug)]
pub(crate) struct CmpBrArgs {
    pub a: R,
    pub b: R,
    pub t: u32,
}

/// Operands of a fused compare-with-constant-and-branch: jump to `t` if `cmp(a, imm)`.
#[derive(Copy, Clone, Debug)]
pub(crate) struct CmpImmBrArgs {
    pub a: R,
    pub imm: i32,
    pub t: u32,
}

/// Operands of a fused increment-and-branch: `r += step; if cmp(r, b) jump to t`.
#[derive(Copy, Clone, Debug)]
pub(crate) struct LoopArgs {
    pub r: R,
    pub b: R,
    pub step: i32,
    pub t: u32,
}

/// Operands of a fused increment-and-branch with a constant bound: `r += step; if cmp(r, bound) jump to t`.
#[derive(Copy, Clone, Debug)]
pub(crate) struct LoopImmArgs {
    pub r: R,
    pub step: i16,
    pub bound: i32,
    pub t: u32,
}

/// The operand struct of each format of the opcode table.
macro_rules! args_type {
    (Const) => {
        ConstArgs
    };
    (Unary) => {
        UnArgs
    };
    (Binary) => {
        BinArgs
    };
    (Load) => {
        LoadArgs
    };
    (Store) => {
        StoreArgs
    };
    (Nullary) => {
        NulArgs
    };
    (Ternary) => {
        TerArgs
    };
    (Quinary) => {
        QuinArgs
    };
    (StrConst) => {
        ConstArgs
    };
}

/// Hands the opcode table plus the VM's fused superinstructions to `$m`:
/// - `cmp_branch`: `(IR compare opcode, its inverse, fused variant, fused-with-immediate variant, semantic fn, operand type)`;
/// - `imm_binary`: `(IR binary opcode, immediate variant, semantic fn, operand type, commutative)`.
macro_rules! with_fused {
    ($m:ident { $($table:tt)* }) => {
        $m! {
            $($table)*
            cmp_branch {
                I32Eq I32Ne BrI32Eq BrI32EqImm LoopI32Eq LoopI32EqImm i32_eq I32 i32_add;
                I32Ne I32Eq BrI32Ne BrI32NeImm LoopI32Ne LoopI32NeImm i32_ne I32 i32_add;
                I32LtS I32GeS BrI32LtS BrI32LtSImm LoopI32LtS LoopI32LtSImm i32_lt_s I32 i32_add;
                I32GeS I32LtS BrI32GeS BrI32GeSImm LoopI32GeS LoopI32GeSImm i32_ge_s I32 i32_add;
                I32GtS I32LeS BrI32GtS BrI32GtSImm LoopI32GtS LoopI32GtSImm i32_gt_s I32 i32_add;
                I32LeS I32GtS BrI32LeS BrI32LeSImm LoopI32LeS LoopI32LeSImm i32_le_s I32 i32_add;
                I32LtU I32GeU BrI32LtU BrI32LtUImm LoopI32LtU LoopI32LtUImm i32_lt_u I32 i32_add;
                I32GeU I32LtU BrI32GeU BrI32GeUImm LoopI32GeU LoopI32GeUImm i32_ge_u I32 i32_add;
                I32GtU I32LeU BrI32GtU BrI32GtUImm LoopI32GtU LoopI32GtUImm i32_gt_u I32 i32_add;
                I32LeU I32GtU BrI32LeU BrI32LeUImm LoopI32LeU LoopI32LeUImm i32_le_u I32 i32_add;
                I64Eq I64Ne BrI64Eq BrI64EqImm LoopI64Eq LoopI64EqImm i64_eq I64 i64_add;
                I64Ne I64Eq BrI64Ne BrI64NeImm LoopI64Ne LoopI64NeImm i64_ne I64 i64_add;
                I64LtS I64GeS BrI64LtS BrI64LtSImm LoopI64LtS LoopI64LtSImm i64_lt_s I64 i64_add;
                I64GeS I64LtS BrI64GeS BrI64GeSImm LoopI64GeS LoopI64GeSImm i64_ge_s I64 i64_add;
                I64GtS I64LeS BrI64GtS BrI64GtSImm LoopI64GtS LoopI64GtSImm i64_gt_s I64 i64_add;
                I64LeS I64GtS BrI64LeS BrI64LeSImm LoopI64LeS LoopI64LeSImm i64_le_s I64 i64_add;
                I64LtU I64GeU BrI64LtU BrI64LtUImm LoopI64LtU LoopI64LtUImm i64_lt_u I64 i64_add;
                I64GeU I64LtU BrI64GeU BrI64GeUImm LoopI64GeU LoopI64GeUImm i64_ge_u I64 i64_add;
                I64GtU I64LeU BrI64GtU BrI64GtUImm LoopI64GtU LoopI64GtUImm i64_gt_u I64 i64_add;
                I64LeU I64GtU BrI64LeU BrI64LeUImm LoopI64LeU LoopI64LeUImm i64_le_u I64 i64_add;
            }
            imm_binary {
                I32Add I32AddImm i32_add I32 commutative;
                I32Sub I32SubImm i32_sub I32 ordered;
                I32Mul I32MulImm i32_mul I32 commutative;
                I32And I32AndImm i32_and I32 commutative;
                I32Or I32OrImm i32_or I32 commutative;
                I32Xor I32XorImm i32_xor I32 commutative;
                I32Shl I32ShlImm i32_shl I32 ordered;
                I32ShrS I32ShrSImm i32_shr_s I32 ordered;
                I32ShrU I32ShrUImm i32_shr_u I32 ordered;
                I64Add I64AddImm i64_add I64 commutative;
                I64Sub I64SubImm i64_sub I64 ordered;
                I64Mul I64MulImm i64_mul I64 commutative;
                I64And I64AndImm i64_and I64 commutative;
                I64Or I64OrImm i64_or I64 commutative;
                I64Xor I64XorImm i64_xor I64 commutative;
                I64Shl I64ShlImm i64_shl I64 ordered;
                I64ShrS I64ShrSImm i64_shr_s I64 ordered;
                I64ShrU I64ShrUImm i64_shr_u I64 ordered;
            }
        }
    };
}
pub(crate) use with_fused;

macro_rules! define_op {
    (
        typed { $( $tv:ident $tf:ident $tn:literal $tfmt:ident ( $($tin:ident),* ) -> ( $($tout:ident)? ), $ttrap:ident, $tdoc:literal; )* }
        structural { $( $sv:ident $sf:ident $sn:literal $sfmt:ident, $sdoc:literal; )* }
        cmp_branch { $( $cop:ident $cinv:ident $cv:ident $cvi:ident $lv:ident $lvi:ident $cf:ident $cty:ident $addf:ident; )* }
        imm_binary { $( $bop:ident $bv:ident $bf:ident $bty:ident $bcomm:ident; )* }
    ) => {
        /// One internal instruction.
        #[derive(Copy, Clone, Debug)]
        pub(crate) enum Op {
            $( #[doc = $tdoc] $tv(args_type!($tfmt)), )*
            $( $cv(CmpBrArgs), $cvi(CmpImmBrArgs), $lv(LoopArgs), $lvi(LoopImmArgs), )*
            $( $bv(ImmArgs), )*
            /// `d := a` (any type).
            Mov { d: R, a: R },
            /// `d := if c != 0 { a } else { b }`.
            Select { d: R, c: R, a: R, b: R },
            /// Jump to instruction `t`.
            Jump { t: u32 },
            /// Jump to `t` if `c != 0`.
            BrNez { c: R, t: u32 },
            /// Jump to `t` if `c == 0`.
            BrEqz { c: R, t: u32 },
            /// Jump to `t` if `array.store_known a, v` answers 1 (the JVM's `aastore` test fused
            /// with its branch).
            StoreKnownBr { a: R, v: R, t: u32 },
            /// Jump to `targets[first + i]` if `i < len`, else to `targets[first + len]`.
            BrTable { i: R, first: u32, len: u32 },
            /// Call VM function `f`; `list` indexes the argument/result lists.
            Call { f: u32, list: u32 },
            /// Call VM function `f` with one argument `a` and one result `d`.
            Call1 { f: u32, a: R, d: R },
            /// Call host function `h`.
            CallHost { h: u32, list: u32 },
            /// Call the function of this module whose address is in `a`, expecting signature `sig`.
            CallIndirect { a: R, sig: u32, list: u32 },
            /// Return the registers listed at `list`.
            Ret { list: u32 },
            /// Return one register.
            Ret1 { a: R },
            /// Return nothing.
            Ret0,
            /// `d := globals[g]`.
            GlobalGet { d: R, g: u32 },
            /// `globals[g] := a`.
            GlobalSet { a: R, g: u32 },
            /// `d := memory size in bytes`.
            MemorySize { d: R },
            /// Trap.
            Unreachable,
            /// Charge `n` units of fuel (start of a block, when fuel is metered).
            Fuel { n: u32 },
            /// `d := a new instance of VM class c`.
            ObjNew { d: R, c: u32 },
            /// `d := field slot of a`, after checking `a` is an instance of VM class `c`.
            ObjGet { d: R, a: R, c: u32, slot: u32 },
            /// `field slot of a := v`, after checking `a` is an instance of VM class `c`.
            ObjSet { a: R, v: R, c: u32, slot: u32 },
            /// `d := 1 if a is an instance of VM class or interface c else 0`.
            ObjInstanceOf { d: R, a: R, c: u32 },
            /// `d := a`, trapping unless `a` is null or an instance of c.
            ObjCast { d: R, a: R, c: u32 },
            /// Calls vtable slot `slot` of the receiver (first listed argument), an instance of VM class `c`.
            CallVirtual { c: u32, slot: u32, list: u32 },
            /// Calls method `m` of VM interface `i` through the receiver's itable.
            CallInterface { i: u32, m: u32, list: u32 },
            /// Throws the object in `a` (see `exec/unwind.rs`).
            Throw { a: R },
            /// Calls the closure in `a` (also the first listed argument, replaced by its environment
            /// on entry), expecting interned signature `sig` (environment included).
            CallClosure { a: R, sig: u32, list: u32 },
            /// The only instruction of a function not compiled yet: compiles it in place and
            /// goes on at its first instruction (`lazy.rs`).
            Compile,
        }

        /// Fused compare-and-branch forms of an IR comparison: `(opcode, inverse, reg form, immediate form)`.
        pub(crate) fn fused_compare(op: rootir::Opcode) -> Option<(fn(CmpBrArgs) -> Op, fn(CmpImmBrArgs) -> Op, rootir::Opcode)> {
            match op {
                $( rootir::Opcode::$cop => Some((Op::$cv, Op::$cvi, rootir::Opcode::$cinv)), )*
                _ => None,
            }
        }

        /// Fused increment-compare-branch forms of an IR comparison: `(reg bound form, immediate bound form)`.
        pub(crate) fn fused_loop(op: rootir::Opcode) -> Option<(fn(LoopArgs) -> Op, fn(LoopImmArgs) -> Op)> {
            match op {
                $( rootir::Opcode::$cop => Some((Op::$lv, Op::$lvi)), )*
                _ => None,
            }
        }

        /// The immediate form of an IR binary operation, and whether its operands commute.
        pub(crate) fn immediate_binary(op: rootir::Opcode) -> Option<(fn(ImmArgs) -> Op, bool)> {
            match op {
                $( rootir::Opcode::$bop => Some((Op::$bv, define_op!(@comm $bcomm))), )*
                _ => None,
            }
        }
    };
    (@comm commutative) => { true };
    (@comm ordered) => { false };
}

macro_rules! op_enum_callback {
    ($($table:tt)*) => { with_fused!(define_op { $($table)* }); };
}

rootir::for_each_op!(op_enum_callback);

/// Where an internal instruction came from: its IR block, index and source position.
#[derive(Copy, Clone, Debug, PartialEq)]
pub(crate) struct Origin {
    pub block: Block,
    pub index: u32,
    pub loc: SrcLoc,
}

/// A function translated for the interpreter.
#[derive(Debug)]
pub(crate) struct CompiledFunc {
    /// The function's name.
    pub name: String,
    /// The VM-wide index of its module.
    pub module: u32,
    /// Its signature and interned signature id.
    pub sig: FuncType,
    pub sig_id: u32,
    /// Number of registers (the frame size).
    pub num_regs: usize,
    /// The code.
    pub code: Vec<Op>,
    /// Origin of each instruction of `code`.
    pub origins: Vec<Origin>,
    /// Argument/result lists of calls and returns: `[n, regs...]` (calls: arguments then results).
    pub lists: Vec<u16>,
    /// Branch tables.
    pub targets: Vec<u32>,
    /// VM-wide index of the module's first function and the module's function count (for `call_indirect`).
    pub func_base: u32,
    pub func_count: u32,
    /// The module's linear memory index.
    pub memory: u32,
    /// Registers (besides parameters) that may be read before written, and every `ref`/`any`
    /// register that is not a parameter: zeroed on entry, so a collection never sees stale bits.
    pub zero_regs: Vec<u16>,
    /// The `ref` and `any` registers: the collector's roots in this function's frames.
    pub ref_regs: Vec<u16>,
    /// The exception handlers, by IR block; read only while unwinding.
    pub handlers: HandlerTable,
    /// The module's any hook (`anyhook`), the slow path of its `any` operations.
    pub any_hook: Option<crate::compile::Target>,
}

/// Where an exception raised in one IR block of a function continues.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) struct Handler {
    /// The IR block covered (as in [`Origin::block`]).
    pub block: u32,
    /// The instruction index where the handler block's code starts.
    pub target: u32,
    /// The register the handler's `catch` writes.
    pub catch_reg: R,
}

/// A function's handlers, sorted by block. The interpreter consults it only when an instruction
/// throws or traps, so blocks with handlers cost nothing on the normal path.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct HandlerTable(Vec<Handler>);

impl HandlerTable {
    /// A table of `handlers` (any order).
    pub fn new(mut handlers: Vec<Handler>) -> HandlerTable {
        handlers.sort_unstable_by_key(|h| h.block);
        HandlerTable(handlers)
    }

    /// The handler of the block instruction `pc` of `func` belongs to.
    pub fn at(&self, origins: &[Origin], pc: u32) -> Option<Handler> {
        if self.0.is_empty() {
            return None;
        }
        let block = origins.get(pc as usize)?.block.0;
        self.0.binary_search_by_key(&block, |h| h.block).ok().map(|i| self.0[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_stay_compact() {
        assert!(std::mem::size_of::<Op>() <= 16, "Op is {} bytes", std::mem::size_of::<Op>());
    }
}
