//! The translation of each bytecode instruction (objects, calls and `invokedynamic` are in
//! `objects.rs`).

use crate::classfile::Loadable;
use crate::lower::{Flow, Method};
use crate::program::NativeOp;
use classfile_parser::code_attribute::Instruction as I;
use rootir::{Opcode, Type};
use std::collections::{HashMap, HashSet};
use vstarr::stack::{Imm, Shuffle};

/// The comparisons of `if<cond>` / `if_icmp<cond>`, as an `i32` opcode against zero / b.
fn int_cond(i: &I) -> Option<(Opcode, bool, i16)> {
    Some(match *i {
        I::Ifeq(o) => (Opcode::I32Eq, true, o),
        I::Ifne(o) => (Opcode::I32Ne, true, o),
        I::Iflt(o) => (Opcode::I32LtS, true, o),
        I::Ifge(o) => (Opcode::I32GeS, true, o),
        I::Ifgt(o) => (Opcode::I32GtS, true, o),
        I::Ifle(o) => (Opcode::I32LeS, true, o),
        I::IfIcmpeq(o) => (Opcode::I32Eq, false, o),
        I::IfIcmpne(o) => (Opcode::I32Ne, false, o),
        I::IfIcmplt(o) => (Opcode::I32LtS, false, o),
        I::IfIcmpge(o) => (Opcode::I32GeS, false, o),
        I::IfIcmpgt(o) => (Opcode::I32GtS, false, o),
        I::IfIcmple(o) => (Opcode::I32LeS, false, o),
        _ => return None,
    })
}

/// Simple one-opcode instructions.
fn simple(i: &I) -> Option<Opcode> {
    use Opcode::*;
    Some(match i {
        I::Iadd => I32Add,
        I::Isub => I32Sub,
        I::Imul => I32Mul,
        I::Ineg => I32Neg,
        I::Iand => I32And,
        I::Ior => I32Or,
        I::Ixor => I32Xor,
        I::Ishl => I32Shl,
        I::Ishr => I32ShrS,
        I::Iushr => I32ShrU,
        I::Ladd => I64Add,
        I::Lsub => I64Sub,
        I::Lmul => I64Mul,
        I::Lneg => I64Neg,
        I::Land => I64And,
        I::Lor => I64Or,
        I::Lxor => I64Xor,
        I::Fadd => F32Add,
        I::Fsub => F32Sub,
        I::Fmul => F32Mul,
        I::Fdiv => F32Div,
        I::Fneg => F32Neg,
        I::Dadd => F64Add,
        I::Dsub => F64Sub,
        I::Dmul => F64Mul,
        I::Ddiv => F64Div,
        I::Dneg => F64Neg,
        I::I2l => I64ExtendI32S,
        I::I2f => F32ConvertI32S,
        I::I2d => F64ConvertI32S,
        I::L2i => I32WrapI64,
        I::L2f => F32ConvertI64S,
        I::L2d => F64ConvertI64S,
        I::F2i => I32TruncF32S,
        I::F2l => I64TruncF32S,
        I::F2d => F64PromoteF32,
        I::D2i => I32TruncF64S,
        I::D2l => I64TruncF64S,
        I::D2f => F32DemoteF64,
        I::I2b => I32Extend8S,
        I::I2s => I32Extend16S,
        I::Iaload => ArrayGetI32,
        I::Laload => ArrayGetI64,
        I::Faload => ArrayGetF32,
        I::Daload => ArrayGetF64,
        I::Aaload => ArrayGetRef,
        I::Baload => ArrayGetI8,
        I::Caload => ArrayGetU16,
        I::Saload => ArrayGetI16,
        I::Arraylength => ArrayLen,
        _ => return None,
    })
}

/// `(slot, type)` of a load or store instruction, and whether it is a store.
pub(crate) fn local_access(i: &I) -> Option<(u32, Type, bool)> {
    use Type::*;
    Some(match *i {
        I::Iload(n) => (n as u32, I32, false),
        I::IloadWide(n) => (n as u32, I32, false),
        I::Iload0 => (0, I32, false),
        I::Iload1 => (1, I32, false),
        I::Iload2 => (2, I32, false),
        I::Iload3 => (3, I32, false),
        I::Lload(n) => (n as u32, I64, false),
        I::LloadWide(n) => (n as u32, I64, false),
        I::Lload0 => (0, I64, false),
        I::Lload1 => (1, I64, false),
        I::Lload2 => (2, I64, false),
        I::Lload3 => (3, I64, false),
        I::Fload(n) => (n as u32, F32, false),
        I::FloadWide(n) => (n as u32, F32, false),
        I::Fload0 => (0, F32, false),
        I::Fload1 => (1, F32, false),
        I::Fload2 => (2, F32, false),
        I::Fload3 => (3, F32, false),
        I::Dload(n) => (n as u32, F64, false),
        I::DloadWide(n) => (n as u32, F64, false),
        I::Dload0 => (0, F64, false),
        I::Dload1 => (1, F64, false),
        I::Dload2 => (2, F64, false),
        I::Dload3 => (3, F64, false),
        I::Aload(n) => (n as u32, Ref, false),
        I::AloadWide(n) => (n as u32, Ref, false),
        I::Aload0 => (0, Ref, false),
        I::Aload1 => (1, Ref, false),
        I::Aload2 => (2, Ref, false),
        I::Aload3 => (3, Ref, false),
        I::Istore(n) => (n as u32, I32, true),
        I::IstoreWide(n) => (n as u32, I32, true),
        I::Istore0 => (0, I32, true),
        I::Istore1 => (1, I32, true),
        I::Istore2 => (2, I32, true),
        I::Istore3 => (3, I32, true),
        I::Lstore(n) => (n as u32, I64, true),
        I::LstoreWide(n) => (n as u32, I64, true),
        I::Lstore0 => (0, I64, true),
        I::Lstore1 => (1, I64, true),
        I::Lstore2 => (2, I64, true),
        I::Lstore3 => (3, I64, true),
        I::Fstore(n) => (n as u32, F32, true),
        I::FstoreWide(n) => (n as u32, F32, true),
        I::Fstore0 => (0, F32, true),
        I::Fstore1 => (1, F32, true),
        I::Fstore2 => (2, F32, true),
        I::Fstore3 => (3, F32, true),
        I::Dstore(n) => (n as u32, F64, true),
        I::DstoreWide(n) => (n as u32, F64, true),
        I::Dstore0 => (0, F64, true),
        I::Dstore1 => (1, F64, true),
        I::Dstore2 => (2, F64, true),
        I::Dstore3 => (3, F64, true),
        I::Astore(n) => (n as u32, Ref, true),
        I::AstoreWide(n) => (n as u32, Ref, true),
        I::Astore0 => (0, Ref, true),
        I::Astore1 => (1, Ref, true),
        I::Astore2 => (2, Ref, true),
        I::Astore3 => (3, Ref, true),
        _ => return None,
    })
}

fn target(pc: usize, off: i32) -> Result<usize, String> {
    usize::try_from(pc as i64 + off as i64).map_err(|_| format!("branch offset {off} leaves the method"))
}

/// `lcmp fcmpl fcmpg dcmpl dcmpg` directly followed by `if<cond>` (that is no branch target):
/// the pair becomes one comparison and a branch.
pub fn fusable_compares(code: &crate::classfile::Code) -> HashMap<usize, (usize, Opcode, i16)> {
    let mut targets = HashSet::new();
    for (pc, inst) in &code.insts {
        let pc = *pc as i64;
        match inst {
            I::Goto(o) => _ = targets.insert(pc + *o as i64),
            I::GotoW(o) => _ = targets.insert(pc + *o as i64),
            I::Tableswitch { default, offsets, .. } => {
                targets.insert(pc + *default as i64);
                targets.extend(offsets.iter().map(|o| pc + *o as i64));
            }
            I::Lookupswitch { default, pairs } => {
                targets.insert(pc + *default as i64);
                targets.extend(pairs.iter().map(|(_, o)| pc + *o as i64));
            }
            other => {
                if let Some((_, _, o)) = int_cond(other) {
                    targets.insert(pc + o as i64);
                } else if let I::Ifnull(o) | I::Ifnonnull(o) | I::IfAcmpeq(o) | I::IfAcmpne(o) = other {
                    targets.insert(pc + *o as i64);
                }
            }
        }
    }
    targets.extend(code.handlers.iter().map(|h| h.handler_pc as i64));
    let mut fused = HashMap::new();
    for pair in code.insts.windows(2) {
        let ((pc, cmp), (next, cond)) = (&pair[0], &pair[1]);
        let is_cmp = matches!(cmp, I::Lcmp | I::Fcmpl | I::Fcmpg | I::Dcmpl | I::Dcmpg);
        if let (true, Some((op, true, off))) = (is_cmp, int_cond(cond))
            && !targets.contains(&(*next as i64))
        {
            fused.insert(*pc, (*next, op, off));
        }
    }
    fused
}

/// The comparison that `cmp` then `if<cond>` (cond as an `i32` opcode against 0) performs on
/// the two operands: an opcode, and whether its result must be negated. NaN makes `fcmpl` /
/// `dcmpl` give -1 and the `g` forms 1; the ordered float comparisons give 0 on NaN (1 for
/// `ne`), so some conditions take the negated opposite comparison.
fn fused_compare(cmp: &I, cond: Opcode) -> (Opcode, bool) {
    use Opcode::*;
    let (ty, nan) = match cmp {
        I::Lcmp => (0, 0),
        I::Fcmpl => (1, -1),
        I::Fcmpg => (1, 1),
        I::Dcmpl => (2, -1),
        _ => (2, 1),
    };
    let pick = |ops: [Opcode; 3]| ops[ty];
    let (direct, opposite) = match cond {
        I32Eq => (pick([I64Eq, F32Eq, F64Eq]), None),
        I32Ne => (pick([I64Ne, F32Ne, F64Ne]), None),
        I32LtS => (pick([I64LtS, F32Lt, F64Lt]), Some(pick([I64GeS, F32Ge, F64Ge]))),
        I32GeS => (pick([I64GeS, F32Ge, F64Ge]), Some(pick([I64LtS, F32Lt, F64Lt]))),
        I32GtS => (pick([I64GtS, F32Gt, F64Gt]), Some(pick([I64LeS, F32Le, F64Le]))),
        _ => (pick([I64LeS, F32Le, F64Le]), Some(pick([I64GtS, F32Gt, F64Gt]))),
    };
    let want_on_nan = match cond {
        I32Eq => nan == 0,
        I32Ne => nan != 0,
        I32LtS => nan < 0,
        I32GeS => nan >= 0,
        I32GtS => nan > 0,
        _ => nan <= 0,
    };
    match opposite {
        // The ordered comparison gives 0 on NaN; when the branch wants NaN taken, branch on
        // "not the opposite" instead.
        Some(opp) if ty != 0 && want_on_nan => (opp, true),
        _ => (direct, false),
    }
}

impl Method<'_> {
    /// Translates instruction `i` at `pc`.
    pub fn lower(&mut self, pc: usize, i: &I) -> Result<Flow, String> {
        if let Some(&(next, cond, off)) = self.fused.get(&pc) {
            let (op, negate) = fused_compare(i, cond);
            self.e.op(op)?;
            if negate {
                self.e.op(Opcode::I32Eqz)?;
            }
            let t = target(next, off as i32)?;
            self.e.branch_if(t as u32)?;
            return Ok(Flow { targets: vec![t], falls: true });
        }
        if self.fused.values().any(|&(next, _, _)| next == pc) {
            // The `if` of a fused compare: emitted with it.
            return Ok(Flow::next());
        }
        if let Some(op) = simple(i) {
            self.e.op(op)?;
            return Ok(Flow::next());
        }
        if let Some((slot, ty, store)) = local_access(i) {
            let l = self.e.local(slot, ty);
            if store {
                self.e.store(l)?
            } else {
                self.e.load(l)
            }
            return Ok(Flow::next());
        }
        if let Some((op, zero, off)) = int_cond(i) {
            if zero {
                self.e.i32(0);
            }
            self.e.op(op)?;
            let t = target(pc, off as i32)?;
            self.e.branch_if(t as u32)?;
            return Ok(Flow { targets: vec![t], falls: true });
        }
        match i {
            I::Nop => {}
            I::Aconstnull => self.native(NativeOp::RefNull)?,
            I::Iconstm1 => self.e.i32(-1),
            I::Iconst0 => self.e.i32(0),
            I::Iconst1 => self.e.i32(1),
            I::Iconst2 => self.e.i32(2),
            I::Iconst3 => self.e.i32(3),
            I::Iconst4 => self.e.i32(4),
            I::Iconst5 => self.e.i32(5),
            I::Lconst0 => self.e.imm(Imm::i64(0)),
            I::Lconst1 => self.e.imm(Imm::i64(1)),
            I::Fconst0 => self.e.imm(Imm::f32(0.0)),
            I::Fconst1 => self.e.imm(Imm::f32(1.0)),
            I::Fconst2 => self.e.imm(Imm::f32(2.0)),
            I::Dconst0 => self.e.imm(Imm::f64(0.0)),
            I::Dconst1 => self.e.imm(Imm::f64(1.0)),
            I::Bipush(v) => self.e.i32(*v as i32),
            I::Sipush(v) => self.e.i32(*v as i32),
            I::Ldc(n) => self.ldc(*n as u16)?,
            I::LdcW(n) | I::Ldc2W(n) => self.ldc(*n)?,
            I::Iinc { index, value } => self.iinc(*index as u32, *value as i32)?,
            I::IincWide { index, value } => self.iinc(*index as u32, *value as i32)?,
            I::I2c => {
                self.e.i32(0xFFFF);
                self.e.op(Opcode::I32And)?;
            }
            I::Idiv | I::Irem | I::Ldiv | I::Lrem => self.division(i)?,
            I::Lshl | I::Lshr | I::Lushr => {
                self.e.op(Opcode::I64ExtendI32S)?;
                self.e.op(match i {
                    I::Lshl => Opcode::I64Shl,
                    I::Lshr => Opcode::I64ShrS,
                    _ => Opcode::I64ShrU,
                })?;
            }
            I::Frem => {
                let t = self.e.scratch(0, Type::F64);
                self.e.op(Opcode::F64PromoteF32)?;
                self.e.store(t)?;
                self.e.op(Opcode::F64PromoteF32)?;
                self.e.load(t);
                self.host_rem()?;
                self.e.op(Opcode::F32DemoteF64)?;
            }
            I::Drem => self.host_rem()?,
            I::Lcmp => self.compare(Type::I64, Opcode::I64GtS, Opcode::I64LtS, None)?,
            I::Fcmpl => self.compare(Type::F32, Opcode::F32Gt, Opcode::F32Ge, Some(false))?,
            I::Fcmpg => self.compare(Type::F32, Opcode::F32Le, Opcode::F32Lt, Some(true))?,
            I::Dcmpl => self.compare(Type::F64, Opcode::F64Gt, Opcode::F64Ge, Some(false))?,
            I::Dcmpg => self.compare(Type::F64, Opcode::F64Le, Opcode::F64Lt, Some(true))?,
            I::Ifnull(o) | I::Ifnonnull(o) => {
                self.e.op(Opcode::RefIsNull)?;
                if matches!(i, I::Ifnonnull(_)) {
                    self.e.op(Opcode::I32Eqz)?;
                }
                let t = target(pc, *o as i32)?;
                self.e.branch_if(t as u32)?;
                return Ok(Flow { targets: vec![t], falls: true });
            }
            I::IfAcmpeq(o) | I::IfAcmpne(o) => {
                self.e.op(Opcode::RefEq)?;
                if matches!(i, I::IfAcmpne(_)) {
                    self.e.op(Opcode::I32Eqz)?;
                }
                let t = target(pc, *o as i32)?;
                self.e.branch_if(t as u32)?;
                return Ok(Flow { targets: vec![t], falls: true });
            }
            I::Goto(o) => return self.goto(pc, *o as i32),
            I::GotoW(o) => return self.goto(pc, *o),
            I::Tableswitch { default, low, high, offsets } => {
                if (*high as i64 - *low as i64 + 1) as usize != offsets.len() {
                    return Err("tableswitch bounds and offsets disagree".into());
                }
                let targets = offsets.iter().map(|&o| target(pc, o)).collect::<Result<Vec<_>, _>>()?;
                let default = target(pc, *default)?;
                self.e.i32(*low);
                self.e.op(Opcode::I32Sub)?;
                self.e.switch(targets.iter().map(|&t| t as u32).collect(), default as u32)?;
                return Ok(Flow { targets: targets.into_iter().chain([default]).collect(), falls: false });
            }
            I::Lookupswitch { default, pairs } => {
                let key = self.e.scratch(0, Type::I32);
                self.e.store(key)?;
                let mut targets = Vec::new();
                for &(k, o) in pairs {
                    let t = target(pc, o)?;
                    self.e.load(key);
                    self.e.i32(k);
                    self.e.op(Opcode::I32Eq)?;
                    self.e.branch_if(t as u32)?;
                    targets.push(t);
                }
                let d = target(pc, *default)?;
                self.e.jump(d as u32);
                targets.push(d);
                return Ok(Flow { targets, falls: false });
            }
            I::Ireturn | I::Lreturn | I::Freturn | I::Dreturn | I::Areturn | I::Return => {
                let results = self.results.clone();
                self.exit_method_monitor()?;
                self.e.ret(&results)?;
                return Ok(Flow::end());
            }
            I::Pop => self.e.shuffle(Shuffle::Pop)?,
            I::Pop2 => {
                let wide = self.e.wide(0)?;
                self.e.shuffle(Shuffle::Pop)?;
                if !wide {
                    self.e.shuffle(Shuffle::Pop)?;
                }
            }
            I::Dup => self.e.shuffle(Shuffle::Dup)?,
            I::Dupx1 => self.e.shuffle(Shuffle::DupX1)?,
            I::Dupx2 => {
                // Form 2: v2 is a long/double: one-slot dup_x1.
                let s = if self.e.wide(1)? { Shuffle::DupX1 } else { Shuffle::DupX2 };
                self.e.shuffle(s)?;
            }
            I::Dup2 => {
                let s = if self.e.wide(0)? { Shuffle::Dup } else { Shuffle::Dup2 };
                self.e.shuffle(s)?;
            }
            I::Dup2x1 => {
                let s = if self.e.wide(0)? { Shuffle::DupX1 } else { Shuffle::Dup2X1 };
                self.e.shuffle(s)?;
            }
            I::Dup2x2 => {
                let s = match (self.e.wide(0)?, self.e.wide(1)?) {
                    (true, true) => Shuffle::DupX1,
                    (true, false) => Shuffle::DupX2,
                    (false, _) if self.e.wide(2)? => Shuffle::Dup2X1,
                    (false, _) => Shuffle::Dup2X2,
                };
                self.e.shuffle(s)?;
            }
            I::Swap => self.e.shuffle(Shuffle::Swap)?,
            I::Iastore => self.native(NativeOp::ArraySet(Opcode::ArraySetI32, Type::I32))?,
            I::Lastore => self.native(NativeOp::ArraySet(Opcode::ArraySetI64, Type::I64))?,
            I::Fastore => self.native(NativeOp::ArraySet(Opcode::ArraySetF32, Type::F32))?,
            I::Dastore => self.native(NativeOp::ArraySet(Opcode::ArraySetF64, Type::F64))?,
            I::Aastore => self.aastore()?,
            I::Bastore => self.native(NativeOp::ArraySet(Opcode::ArraySetI8, Type::I32))?,
            I::Castore => self.native(NativeOp::ArraySet(Opcode::ArraySetU16, Type::I32))?,
            I::Sastore => self.native(NativeOp::ArraySet(Opcode::ArraySetI16, Type::I32))?,
            I::Newarray(t) => {
                let op = match t {
                    4 | 8 => Opcode::ArrayNewI8,
                    5 => Opcode::ArrayNewU16,
                    6 => Opcode::ArrayNewF32,
                    7 => Opcode::ArrayNewF64,
                    9 => Opcode::ArrayNewI16,
                    10 => Opcode::ArrayNewI32,
                    11 => Opcode::ArrayNewI64,
                    _ => return Err(format!("newarray of unknown type code {t}")),
                };
                self.call_runtime("$array_len")?;
                self.e.op(op)?;
                let desc = ["[Z", "[C", "[F", "[D", "[B", "[S", "[I", "[J"][*t as usize - 4];
                self.tag_array(desc)?;
            }
            I::Anewarray(index) => {
                self.call_runtime("$array_len")?;
                self.e.op(Opcode::ArrayNewRef)?;
                let element = self.class.pool.class_name(*index)?;
                self.tag_array(&crate::arrays::array_of(&element))?;
            }
            I::Multianewarray { index, dimensions } => self.multianewarray(*index, *dimensions)?,
            I::Monitorenter => self.monitorenter()?,
            I::Monitorexit => crate::libcalls::monitor(self, false)?,
            I::Athrow => {
                self.e.throw()?;
                return Ok(Flow::end());
            }
            I::Jsr(_) | I::JsrW(_) | I::Ret(_) | I::RetWide(_) => {
                return Err("jsr/ret (class files before Java 7) are not supported".into());
            }
            other => return self.object_inst(pc, other),
        }
        Ok(Flow::next())
    }

    /// `monitorenter`: checks for null (a null-reference trap there becomes the
    /// NullPointerException `Cannot enter synchronized block ...`), then takes the monitor.
    fn monitorenter(&mut self) -> Result<(), String> {
        self.null_check()?;
        crate::libcalls::monitor(self, true)
    }

    /// Checks the receiver of a call with descriptor `desc` (under its arguments) for null
    /// before a call that the frontend redirects to a static library method: a null receiver
    /// traps here, at the call's bytecode offset, so the NullPointerException has the call's
    /// message and no library frame (a test and a branch on the non-null path).
    pub fn check_receiver(&mut self, desc: &str) -> Result<(), String> {
        let params = crate::descriptor::parse_method(desc)?.params;
        let locals: Vec<u32> = params.iter().enumerate().map(|(i, t)| self.e.scratch(300 + i as u32, t.ir())).collect();
        for &l in locals.iter().rev() {
            self.e.store(l)?;
        }
        self.null_check()?;
        for &l in &locals {
            self.e.load(l);
        }
        Ok(())
    }

    /// Traps with a null reference if the reference on top is null; leaves it there.
    fn null_check(&mut self) -> Result<(), String> {
        self.e.shuffle(Shuffle::Dup)?;
        self.e.op(Opcode::RefIsNull)?;
        self.e.op(Opcode::I32Eqz)?;
        let branch = self.e.code.len();
        self.e.branch_if(0)?;
        self.e.shuffle(Shuffle::Dup)?;
        self.e.op(Opcode::ArrayLen)?;
        self.e.shuffle(Shuffle::Pop)?;
        let done = self.e.here();
        self.e.patch(branch, done);
        Ok(())
    }

    fn goto(&mut self, pc: usize, off: i32) -> Result<Flow, String> {
        let t = target(pc, off)?;
        self.e.jump(t as u32);
        Ok(Flow { targets: vec![t], falls: false })
    }

    /// Emits an operation that names something of the module.
    pub fn native(&mut self, op: NativeOp) -> Result<(), String> {
        self.e.inst(op.operation(), &op.sig())
    }

    /// Tags the new array on the stack with the class of array type `desc` (`arrays.rs`).
    pub fn tag_array(&mut self, desc: &str) -> Result<(), String> {
        // An untagged array of references answers `Object[]` (`arrays::class_of`), and its
        // stores skip the check at once.
        if crate::reflect::library_class(self.p) && desc != "[Ljava/lang/Object;" {
            let f = crate::arrays::tag(self.p, desc)?;
            self.e.call(f)?;
        }
        Ok(())
    }

    /// `aastore`: `ArrayStoreException` for a value the array's class does not take, then the
    /// store. Inline, `array.store_known` answers for a null value, an untagged array and a
    /// (array class, value type) pair already approved; anything else calls
    /// `arrays::store_check`, which checks and approves.
    fn aastore(&mut self) -> Result<(), String> {
        if crate::reflect::library_class(self.p) {
            let (a, i, v) =
                (self.e.scratch(210, Type::Ref), self.e.scratch(211, Type::I32), self.e.scratch(212, Type::Ref));
            self.e.store(v)?;
            self.e.store(i)?;
            self.e.store(a)?;
            self.e.load(a);
            self.e.load(v);
            self.e.op(Opcode::ArrayStoreKnown)?;
            let known = self.e.code.len();
            self.e.branch_if(0)?;
            self.e.load(a);
            self.e.load(v);
            let f = crate::arrays::store_check(self.p)?;
            self.e.call(f)?;
            let done = self.e.here();
            self.e.patch(known, done);
            self.e.load(a);
            self.e.load(i);
            self.e.load(v);
        }
        self.native(NativeOp::ArraySet(Opcode::ArraySetRef, Type::Ref))
    }

    /// Calls a runtime function by name.
    pub fn call_runtime(&mut self, name: &str) -> Result<(), String> {
        let f = crate::runtime::function(self.p, name)?;
        self.e.call(f)
    }

    fn ldc(&mut self, index: u16) -> Result<(), String> {
        match self.class.pool.loadable(index)? {
            Loadable::Int(v) => self.e.i32(v),
            Loadable::Float(v) => self.e.imm(Imm::f32(v)),
            Loadable::Long(v) => self.e.imm(Imm::i64(v)),
            Loadable::Double(v) => self.e.imm(Imm::f64(v)),
            Loadable::Str(s) => {
                let c = self.p.string(&s);
                self.native(NativeOp::StrConst(c))?;
            }
            Loadable::Utf16(units) => {
                let f = crate::mutf8::literal(self.p, &units)?;
                self.e.call(f)?;
            }
            // Without the library's `Class` (a sweep of `java.base`), an enum's class literal
            // stands for its constants (what the library's `Enum.valueOf` needs).
            Loadable::Class(c)
                if !crate::reflect::library_class(self.p)
                    && self.p.classes.get(&c).and_then(|i| i.super_name.as_deref()) == Some("java/lang/Enum") =>
            {
                let desc = format!("()[L{c};");
                self.invoke(
                    crate::objects::Invoke::Static,
                    &crate::classfile::MemberRef { class: c, name: "values".into(), desc },
                )?;
            }
            Loadable::Class(c) if crate::reflect::modelled(self.p) => {
                let f = crate::reflect::literal(self.p, &c)?;
                self.e.call(f)?;
            }
            Loadable::Class(c) => {
                return Err(format!("class literals ({}.class) need java.lang.Class", c.replace('/', ".")));
            }
        }
        Ok(())
    }

    fn iinc(&mut self, slot: u32, by: i32) -> Result<(), String> {
        let l = self.e.local(slot, Type::I32);
        self.e.load(l);
        self.e.i32(by);
        self.e.op(Opcode::I32Add)?;
        self.e.store(l)
    }

    /// `idiv irem ldiv lrem`: the VM's division traps on a zero divisor; handlers turn the
    /// trap into ArithmeticException("/ by zero").
    fn division(&mut self, i: &I) -> Result<(), String> {
        self.e.op(match i {
            I::Idiv => Opcode::I32DivS,
            I::Irem => Opcode::I32RemS,
            I::Ldiv => Opcode::I64DivS,
            _ => Opcode::I64RemS,
        })
    }

    fn host_rem(&mut self) -> Result<(), String> {
        let sig = rootir::FuncType::new([Type::F64, Type::F64], [Type::F64]);
        let f = self.p.host("f64_rem", sig);
        self.e.call(f)
    }

    /// `lcmp fcmpl fcmpg dcmpl dcmpg`: `first - second` of two 0/1 tests; `nan` says whether the
    /// second test is negated (so NaN gives -1 for the `l` forms and 1 for the `g` forms).
    pub fn compare(&mut self, ty: Type, first: Opcode, second: Opcode, nan: Option<bool>) -> Result<(), String> {
        let b = self.e.scratch(1, ty);
        let a = self.e.scratch(2, ty);
        self.e.store(b)?;
        self.e.store(a)?;
        self.e.load(a);
        self.e.load(b);
        self.e.op(first)?;
        if nan == Some(true) {
            self.e.op(Opcode::I32Eqz)?;
        }
        self.e.load(a);
        self.e.load(b);
        self.e.op(second)?;
        if nan == Some(false) {
            self.e.op(Opcode::I32Eqz)?;
        }
        self.e.op(Opcode::I32Sub)
    }
}
