//! The verifier never panics, whatever the module holds, and bounds its output.

use super::{errors, valid};
use crate::verify::{Location, MAX_ERRORS, verify_module};
use crate::{
    Block, BlockData, Callee, FileId, FuncId, FuncType, Function, GlobalId, ImportId, Inst, InstData, Opcode, Reg,
    SrcLoc, Type,
};

/// Random IR pieces with garbage indices, from the shared deterministic generator.
struct Rng(crate::fuzzing::Rng);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0.next_u64()
    }

    /// A small number usually, sometimes a huge one.
    fn index(&mut self) -> u32 {
        match self.next() % 8 {
            0 => u32::MAX,
            1 => self.next() as u32,
            _ => (self.next() % 6) as u32,
        }
    }

    fn reg(&mut self) -> Reg {
        Reg(self.index())
    }

    fn block(&mut self) -> Block {
        Block(self.index())
    }

    fn ty(&mut self) -> Type {
        Type::ALL[(self.next() % 6) as usize]
    }

    fn regs(&mut self) -> Vec<Reg> {
        (0..self.next() % 4).map(|_| self.reg()).collect()
    }

    fn sig(&mut self) -> FuncType {
        let n = self.next() % 3;
        let m = self.next() % 3;
        FuncType::new((0..n).map(|_| self.ty()).collect::<Vec<_>>(), (0..m).map(|_| self.ty()).collect::<Vec<_>>())
    }

    fn op(&mut self) -> Opcode {
        Opcode::ALL[(self.next() % Opcode::ALL.len() as u64) as usize]
    }
}

fn random_inst(rng: &mut Rng) -> Inst {
    let data = match rng.next() % 20 {
        0 => InstData::Const { op: rng.op(), dst: rng.reg(), bits: rng.next() },
        1 => InstData::Unary { op: rng.op(), dst: rng.reg(), arg: rng.reg() },
        2 => InstData::Binary { op: rng.op(), dst: rng.reg(), lhs: rng.reg(), rhs: rng.reg() },
        3 => InstData::Mov { dst: rng.reg(), src: rng.reg() },
        4 => InstData::Select { dst: rng.reg(), cond: rng.reg(), if_true: rng.reg(), if_false: rng.reg() },
        5 => InstData::Jump { target: rng.block() },
        6 => InstData::Branch { cond: rng.reg(), if_true: rng.block(), if_false: rng.block() },
        7 => InstData::Switch { index: rng.reg(), targets: vec![rng.block(), rng.block()], default: rng.block() },
        8 => {
            let callee = if rng.next().is_multiple_of(2) {
                Callee::Func(FuncId(rng.index()))
            } else {
                Callee::Import(ImportId(rng.index()))
            };
            InstData::Call { results: rng.regs(), callee, args: rng.regs() }
        }
        9 => InstData::CallIndirect { results: rng.regs(), sig: rng.sig(), addr: rng.reg(), args: rng.regs() },
        10 => InstData::Return { values: rng.regs() },
        11 => InstData::GlobalGet { dst: rng.reg(), global: GlobalId(rng.index()) },
        12 => InstData::GlobalSet { global: GlobalId(rng.index()), src: rng.reg() },
        13 => InstData::FuncAddr { dst: rng.reg(), func: FuncId(rng.index()) },
        14 => InstData::Load { op: rng.op(), dst: rng.reg(), addr: rng.reg(), offset: rng.next() as u32 },
        15 => InstData::Store { op: rng.op(), addr: rng.reg(), offset: rng.next() as u32, src: rng.reg() },
        16 => InstData::MemorySize { dst: rng.reg() },
        17 => InstData::Throw { src: rng.reg() },
        18 => InstData::Catch { dst: rng.reg() },
        _ => InstData::Unreachable,
    };
    let loc = match rng.next() % 4 {
        0 => SrcLoc::Line { file: FileId(rng.index()), line: 1, col: 1 },
        1 => SrcLoc::Offset { file: FileId(rng.index()), offset: 2 },
        2 => SrcLoc::Addr(rng.next()),
        _ => SrcLoc::None,
    };
    Inst { data, loc }
}

fn random_function(rng: &mut Rng) -> Function {
    let blocks = (0..rng.next() % 4)
        .map(|_| BlockData {
            insts: (0..rng.next() % 6).map(|_| random_inst(rng)).collect(),
            handler: rng.next().is_multiple_of(3).then(|| rng.block()),
        })
        .collect();
    let regs = (0..rng.next() % 6).map(|_| rng.ty()).collect();
    Function { name: format!("f{}", rng.next() % 3), sig: rng.sig(), regs, blocks }
}

#[test]
fn random_modules_never_panic() {
    let mut rng = Rng(crate::fuzzing::Rng::new(0x9e37_79b9_7f4a_7c15));
    for _ in 0..3000 {
        let mut m = valid();
        for _ in 0..rng.next() % 3 {
            m.functions.push(random_function(&mut rng));
        }
        let victim = (rng.next() % m.functions.len() as u64) as usize;
        let block = &mut m.functions[victim].blocks;
        if let Some(b) = block.first_mut() {
            b.insts.push(random_inst(&mut rng));
        }
        m.exports.push(crate::Export { name: "x".into(), func: FuncId(rng.index()) });
        m.globals[0].init = rng.next();
        let _ = verify_module(&m);
    }
}

#[test]
fn error_lists_are_capped() {
    let mut m = valid();
    let insts = vec![Inst::new(InstData::Mov { dst: Reg(0), src: Reg(70_000) }); 2 * MAX_ERRORS];
    m.functions[0].blocks.insert(0, BlockData { insts, handler: None });
    let errs = errors(&m);
    assert_eq!(errs.len(), MAX_ERRORS + 1);
    // 2000 out-of-range registers, and the new entry block lacks a terminator.
    let dropped = 2 * MAX_ERRORS + 1 - MAX_ERRORS;
    assert_eq!(errs.last().cloned(), Some((Location::Module, format!("{dropped} more errors not shown"))));
}
