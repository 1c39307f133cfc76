//! Building functions in code. One method per typed opcode is generated from
//! the opcode table; structural operations have hand-written methods.

use crate::inst::ConstBits;
use crate::{
    Block, BlockData, Callee, FuncId, FuncType, Function, GlobalId, Inst, InstData, Opcode, Reg, SrcLoc, Type,
};

/// Builds one [`Function`]: allocates registers and blocks and appends instructions
/// to the current block.
///
/// ```
/// use rootir::{FunctionBuilder, FuncType, Type};
/// let mut b = FunctionBuilder::new("add1", FuncType::new([Type::I32], [Type::I32]));
/// let one = b.i32_const(1);
/// let sum = b.i32_add(b.param(0), one);
/// b.ret(&[sum]);
/// let f = b.finish();
/// assert_eq!(f.inst_count(), 3);
/// ```
#[derive(Debug)]
pub struct FunctionBuilder {
    func: Function,
    current: Block,
    loc: SrcLoc,
}

/// A counted loop under construction ([`FunctionBuilder::begin_count_up`]).
#[derive(Debug, Clone, Copy)]
#[must_use = "a counted loop is closed by FunctionBuilder::end_count_up"]
pub struct CountedLoop {
    /// The count: an `i32` register, `from` on the first pass.
    pub index: Reg,
    head: Block,
    exit: Block,
}

macro_rules! builder_methods {
    (
        typed { $( $tv:ident $tf:ident $tn:literal $tfmt:ident ( $($tin:ident),* ) -> ( $($tout:ident)? ), $ttrap:ident, $tdoc:literal; )* }
        structural { $( $sv:ident $sf:ident $sn:literal $sfmt:ident, $sdoc:literal; )* }
    ) => {
        impl FunctionBuilder {
            $( builder_methods!(@method $tfmt $tv $tf ($($tout)?) $tdoc); )*
        }
    };
    (@method Const $v:ident $f:ident ($out:ident) $doc:literal) => {
        #[doc = concat!("Appends `", stringify!($f), "`: ", $doc, " Returns the new result register.")]
        pub fn $f(&mut self, value: rust_type!($out)) -> Reg {
            let dst = self.new_reg(Type::$out);
            self.push(InstData::Const { op: Opcode::$v, dst, bits: value.to_const_bits() });
            dst
        }
    };
    (@method Unary $v:ident $f:ident ($out:ident) $doc:literal) => {
        #[doc = concat!("Appends `", stringify!($f), "`: ", $doc, " Returns the new result register.")]
        pub fn $f(&mut self, arg: Reg) -> Reg {
            let dst = self.new_reg(Type::$out);
            self.push(InstData::Unary { op: Opcode::$v, dst, arg });
            dst
        }
    };
    (@method Binary $v:ident $f:ident ($out:ident) $doc:literal) => {
        #[doc = concat!("Appends `", stringify!($f), "`: ", $doc, " Returns the new result register.")]
        pub fn $f(&mut self, lhs: Reg, rhs: Reg) -> Reg {
            let dst = self.new_reg(Type::$out);
            self.push(InstData::Binary { op: Opcode::$v, dst, lhs, rhs });
            dst
        }
    };
    (@method Load $v:ident $f:ident ($out:ident) $doc:literal) => {
        #[doc = concat!("Appends `", stringify!($f), "`: ", $doc, " Returns the new result register.")]
        pub fn $f(&mut self, addr: Reg, offset: u32) -> Reg {
            let dst = self.new_reg(Type::$out);
            self.push(InstData::Load { op: Opcode::$v, dst, addr, offset });
            dst
        }
    };
    (@method Nullary $v:ident $f:ident ($out:ident) $doc:literal) => {
        #[doc = concat!("Appends `", stringify!($f), "`: ", $doc, " Returns the new result register.")]
        pub fn $f(&mut self) -> Reg {
            let dst = self.new_reg(Type::$out);
            self.push(InstData::Nullary { op: Opcode::$v, dst });
            dst
        }
    };
    (@method Ternary $v:ident $f:ident () $doc:literal) => {
        #[doc = concat!("Appends `", stringify!($f), "`: ", $doc)]
        pub fn $f(&mut self, a: Reg, b: Reg, c: Reg) {
            self.push(InstData::Ternary { op: Opcode::$v, args: [a, b, c] });
        }
    };
    (@method Quinary $v:ident $f:ident () $doc:literal) => {
        #[doc = concat!("Appends `", stringify!($f), "`: ", $doc)]
        pub fn $f(&mut self, a: Reg, b: Reg, c: Reg, d: Reg, e: Reg) {
            self.push(InstData::Quinary { op: Opcode::$v, args: [a, b, c, d, e] });
        }
    };
    (@method StrConst $v:ident $f:ident ($out:ident) $doc:literal) => {
        #[doc = concat!("Appends `", stringify!($f), "`: ", $doc, " `constant` indexes the module's constant pool. Returns the new result register.")]
        pub fn $f(&mut self, constant: u32) -> Reg {
            let dst = self.new_reg(Type::$out);
            self.push(InstData::StrConst { op: Opcode::$v, dst, constant });
            dst
        }
    };
    (@method Store $v:ident $f:ident () $doc:literal) => {
        #[doc = concat!("Appends `", stringify!($f), "`: ", $doc)]
        pub fn $f(&mut self, addr: Reg, offset: u32, src: Reg) {
            self.push(InstData::Store { op: Opcode::$v, addr, offset, src });
        }
    };
}

crate::for_each_op!(builder_methods);

impl FunctionBuilder {
    /// Starts a function with registers for its parameters and an empty entry block `b0`.
    pub fn new(name: impl Into<String>, sig: FuncType) -> FunctionBuilder {
        let regs = sig.params.clone();
        let func = Function { name: name.into(), sig, regs, blocks: vec![BlockData::default()] };
        FunctionBuilder { func, current: Block(0), loc: SrcLoc::None }
    }

    /// The register of parameter `i`.
    ///
    /// # Panics
    /// If the function has no parameter `i`.
    pub fn param(&self, i: usize) -> Reg {
        assert!(i < self.func.sig.params.len(), "no parameter {i}");
        Reg::new(i)
    }

    /// A fresh register of type `ty`.
    pub fn new_reg(&mut self, ty: Type) -> Reg {
        self.func.regs.push(ty);
        Reg::new(self.func.regs.len() - 1)
    }

    /// The type of a register.
    ///
    /// # Panics
    /// If the register was not made by this builder.
    pub fn reg_type(&self, reg: Reg) -> Type {
        self.func.regs[reg.index()]
    }

    /// A fresh empty block (not yet current).
    pub fn new_block(&mut self) -> Block {
        self.func.blocks.push(BlockData::default());
        Block::new(self.func.blocks.len() - 1)
    }

    /// Makes `block` the block instructions are appended to.
    pub fn switch_to(&mut self, block: Block) {
        self.current = block;
    }

    /// The block instructions are appended to.
    pub fn current_block(&self) -> Block {
        self.current
    }

    /// Sets the source position of the instructions appended from now on.
    pub fn set_loc(&mut self, loc: SrcLoc) {
        self.loc = loc;
    }

    /// Appends an instruction to the current block.
    pub fn push(&mut self, data: InstData) {
        let inst = Inst { data, loc: self.loc };
        self.func.blocks[self.current.index()].insts.push(inst);
    }

    /// Appends `dst = mov src`.
    pub fn mov(&mut self, dst: Reg, src: Reg) {
        self.push(InstData::Mov { dst, src });
    }

    /// Appends `dst = select cond, if_true, if_false` with a fresh `dst` of type `ty`.
    pub fn select(&mut self, ty: Type, cond: Reg, if_true: Reg, if_false: Reg) -> Reg {
        let dst = self.new_reg(ty);
        self.push(InstData::Select { dst, cond, if_true, if_false });
        dst
    }

    /// Appends `br target`.
    pub fn br(&mut self, target: Block) {
        self.push(InstData::Jump { target });
    }

    /// Appends `br_if cond, if_true, if_false`.
    pub fn br_if(&mut self, cond: Reg, if_true: Block, if_false: Block) {
        self.push(InstData::Branch { cond, if_true, if_false });
    }

    /// Appends `br_table index, [targets], default`.
    pub fn br_table(&mut self, index: Reg, targets: Vec<Block>, default: Block) {
        self.push(InstData::Switch { index, targets, default });
    }

    /// Appends a call; `result_types` are the callee's result types. Returns the result registers.
    pub fn call(&mut self, callee: Callee, args: &[Reg], result_types: &[Type]) -> Vec<Reg> {
        let results: Vec<Reg> = result_types.iter().map(|&t| self.new_reg(t)).collect();
        self.push(InstData::Call { results: results.clone(), callee, args: args.to_vec() });
        results
    }

    /// Appends an indirect call through the function address in `addr`. Returns the result registers.
    pub fn call_indirect(&mut self, sig: FuncType, addr: Reg, args: &[Reg]) -> Vec<Reg> {
        let results: Vec<Reg> = sig.results.iter().map(|&t| self.new_reg(t)).collect();
        self.push(InstData::CallIndirect { results: results.clone(), sig, addr, args: args.to_vec() });
        results
    }

    /// Appends a call of the closure in `closure` (the callee also receives the closure's
    /// environment, first). Returns the result registers.
    pub fn call_closure(&mut self, sig: FuncType, closure: Reg, args: &[Reg]) -> Vec<Reg> {
        let results: Vec<Reg> = sig.results.iter().map(|&t| self.new_reg(t)).collect();
        self.push(InstData::CallClosure { results: results.clone(), sig, closure, args: args.to_vec() });
        results
    }

    /// Appends `ret values`.
    pub fn ret(&mut self, values: &[Reg]) {
        self.push(InstData::Return { values: values.to_vec() });
    }

    /// Appends `dst = global.get $g` with a fresh `dst` of type `ty`.
    pub fn global_get(&mut self, ty: Type, global: GlobalId) -> Reg {
        let dst = self.new_reg(ty);
        self.push(InstData::GlobalGet { dst, global });
        dst
    }

    /// Appends `global.set $g, src`.
    pub fn global_set(&mut self, global: GlobalId, src: Reg) {
        self.push(InstData::GlobalSet { global, src });
    }

    /// Appends `dst = func.addr @f` with a fresh `i32` register.
    pub fn func_addr(&mut self, func: FuncId) -> Reg {
        let dst = self.new_reg(Type::I32);
        self.push(InstData::FuncAddr { dst, func });
        dst
    }

    /// Appends `dst = memory.size` with a fresh `i64` register.
    pub fn memory_size(&mut self) -> Reg {
        let dst = self.new_reg(Type::I64);
        self.push(InstData::MemorySize { dst });
        dst
    }

    /// Appends `unreachable`.
    pub fn unreachable(&mut self) {
        self.push(InstData::Unreachable);
    }

    /// Makes `handler` the handler of `block`: an exception or catchable trap raised by an
    /// instruction of `block` continues at `handler`, which must begin with [`Self::catch`] and
    /// have no normal predecessors. `None` removes it (exceptions leave the function).
    ///
    /// ```
    /// use rootir::{FunctionBuilder, FuncType, Type};
    /// let mut b = FunctionBuilder::new("f", FuncType::new([Type::Ref], [Type::I32]));
    /// let handler = b.new_block();
    /// b.set_handler(b.current_block(), Some(handler));
    /// b.throw(b.param(0));
    /// b.switch_to(handler);
    /// let _caught = b.catch();
    /// let one = b.i32_const(1);
    /// b.ret(&[one]);
    /// let f = b.finish();
    /// assert_eq!(f.blocks[0].handler, Some(handler));
    /// ```
    pub fn set_handler(&mut self, block: Block, handler: Option<Block>) {
        self.func.blocks[block.index()].handler = handler;
    }

    /// Appends `throw src` (a terminator): throws the `ref` in `src`.
    pub fn throw(&mut self, src: Reg) {
        self.push(InstData::Throw { src });
    }

    /// Appends `dst = catch` with a fresh `ref` register: the caught value. Only as the first
    /// instruction of a handler block. Returns the new register.
    pub fn catch(&mut self) -> Reg {
        let dst = self.new_reg(Type::Ref);
        self.push(InstData::Catch { dst });
        dst
    }

    /// Begins a counted loop: a fresh `i32` register counts from `from` while it is below `end`
    /// (signed); the builder is left in the loop's body, where [`CountedLoop::index`] is the
    /// count. [`Self::end_count_up`] closes it. [`Self::count_up`] is the closure form.
    pub fn begin_count_up(&mut self, from: Reg, end: Reg) -> CountedLoop {
        let index = self.new_reg(Type::I32);
        self.mov(index, from);
        let (head, body, exit) = (self.new_block(), self.new_block(), self.new_block());
        self.br(head);
        self.switch_to(head);
        let more = self.i32_lt_s(index, end);
        self.br_if(more, body, exit);
        self.switch_to(body);
        CountedLoop { index, head, exit }
    }

    /// Ends the counted loop `l` from the body's current block: adds one to the count and
    /// jumps back to the test; the builder continues after the loop.
    pub fn end_count_up(&mut self, l: CountedLoop) {
        let one = self.i32_const(1);
        let next = self.i32_add(l.index, one);
        self.mov(l.index, next);
        self.br(l.head);
        self.switch_to(l.exit);
    }

    /// A counted loop: runs `body` with the count `i` = `from`, `from + 1`, ... while `i < end`
    /// (signed), then leaves the builder in the block after the loop.
    ///
    /// ```
    /// use rootir::{FunctionBuilder, FuncType, Type};
    /// let mut b = FunctionBuilder::new("sum", FuncType::new([Type::I32], [Type::I32]));
    /// let (zero, n) = (b.i32_const(0), b.param(0));
    /// let sum = b.new_reg(Type::I32);
    /// b.mov(sum, zero);
    /// b.count_up(zero, n, |b, i| {
    ///     let next = b.i32_add(sum, i);
    ///     b.mov(sum, next);
    /// });
    /// b.ret(&[sum]);
    /// assert_eq!(b.finish().blocks.len(), 4);
    /// ```
    pub fn count_up(&mut self, from: Reg, end: Reg, body: impl FnOnce(&mut Self, Reg)) {
        let l = self.begin_count_up(from, end);
        body(self, l.index);
        self.end_count_up(l);
    }

    /// The finished function.
    pub fn finish(self) -> Function {
        self.func
    }
}
