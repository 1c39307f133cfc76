//! Differential test of the VM's compiler: random programs run by the VM and by a direct
//! reference interpreter over the IR must return the same value or trap the same way.
//!
//! The reference walks `InstData` with the table's semantic functions and nothing else, so it
//! shares no code with the VM's lowering (immediate folding, fused compare-and-branch and
//! increment-and-branch, liveness, dropped constants, layout of blocks).

use rootir::fuzzing::Rng;
use rootir::{
    Block, Export, FuncId, FuncType, Function, FunctionBuilder, InstData, Module, Opcode, Reg, TrapCode, Type,
};
use rootvm::{Config, TrapKind, Value, Vm};

/// Evaluates one typed operation on register slots, exactly as the opcode table defines it.
fn eval_typed(op: Opcode, args: &[u64]) -> Result<u64, TrapCode> {
    rootir::semantics::eval(op, args).unwrap_or_else(|| unreachable!("not a register-only typed operation: {op}"))
}

/// Runs a function of the generated shape (no calls, no memory) directly on the IR.
fn reference(func: &Function, args: &[u64]) -> Result<u64, TrapCode> {
    let mut regs = vec![0u64; func.regs.len()];
    regs[..args.len()].copy_from_slice(args);
    let mut block = Block(0);
    loop {
        for inst in &func.blocks[block.index()].insts {
            let get = |r: &Reg| regs[r.index()];
            match &inst.data {
                InstData::Const { dst, bits, .. } => regs[dst.index()] = *bits,
                InstData::Unary { op, dst, arg } => regs[dst.index()] = eval_typed(*op, &[get(arg)])?,
                InstData::Binary { op, dst, lhs, rhs } => regs[dst.index()] = eval_typed(*op, &[get(lhs), get(rhs)])?,
                InstData::Mov { dst, src } => regs[dst.index()] = get(src),
                InstData::Select { dst, cond, if_true, if_false } => {
                    regs[dst.index()] = if get(cond) as u32 != 0 { get(if_true) } else { get(if_false) }
                }
                InstData::Jump { target } => {
                    block = *target;
                    break;
                }
                InstData::Branch { cond, if_true, if_false } => {
                    block = if get(cond) as u32 != 0 { *if_true } else { *if_false };
                    break;
                }
                InstData::Switch { index, targets, default } => {
                    block = *targets.get(get(index) as u32 as usize).unwrap_or(default);
                    break;
                }
                InstData::Return { values } => return Ok(get(&values[0])),
                other => unreachable!("not generated: {other:?}"),
            }
        }
    }
}

/// Integer operations the generator draws from: binary with both operand types equal, unary.
fn int_ops(ty: Type) -> (Vec<Opcode>, Vec<Opcode>) {
    let mut binary = Vec::new();
    let mut unary = Vec::new();
    for &op in Opcode::ALL {
        let Some(t) = op.typing() else { continue };
        if t.inputs.iter().all(|&i| i == ty) && t.output.is_some_and(|o| o == ty || o == Type::I32) {
            match t.inputs.len() {
                2 => binary.push(op),
                1 if op.format() == rootir::Format::Unary => unary.push(op),
                _ => {}
            }
        }
    }
    (binary, unary)
}

/// A small constant, often one that the VM folds into an immediate, sometimes a large one.
fn constant(rng: &mut Rng) -> i64 {
    match rng.below(6) {
        0 => rng.next_u64() as i64,
        1 => [i64::MIN, i64::MAX, i32::MIN as i64, i32::MAX as i64, -1, 0][rng.below(6)],
        _ => rng.below(9) as i64 - 3,
    }
}

/// A random function `(i32, i64) -> i64` of straight-line code, forward branches and
/// counted self-loops, returning a mix of its registers.
fn random_function(rng: &mut Rng) -> Function {
    let mut b = FunctionBuilder::new("f", FuncType::new([Type::I32, Type::I64], [Type::I64]));
    let mut ints: Vec<Reg> = vec![b.param(0)];
    let mut longs: Vec<Reg> = vec![b.param(1)];
    let (bin32, un32) = int_ops(Type::I32);
    let (bin64, un64) = int_ops(Type::I64);
    // A loop counter shared by every self-loop: it only grows, so every loop ends.
    let counter = b.i32_const(0);
    let one = b.i32_const(1);
    let blocks: Vec<Block> = std::iter::once(Block(0)).chain((0..2 + rng.below(5)).map(|_| b.new_block())).collect();
    for (i, &block) in blocks.iter().enumerate() {
        b.switch_to(block);
        // Some blocks hold only their terminator's test (`cmp; br_if`), as a loop header does.
        for _ in 0..rng.below(9) {
            let wide = rng.below(2) == 0;
            let (pool, bin, un) = if wide { (&longs, &bin64, &un64) } else { (&ints, &bin32, &un32) };
            let pick = |rng: &mut Rng| pool[rng.below(pool.len())];
            let result = match rng.below(10) {
                0 | 1 => {
                    let c = constant(rng);
                    if wide { b.i64_const(c) } else { b.i32_const(c as i32) }
                }
                2 => {
                    let (a, op) = (pick(rng), un[rng.below(un.len())]);
                    let ty = op.typing().and_then(|t| t.output).expect("typed");
                    let dst = b.new_reg(ty);
                    b.push(InstData::Unary { op, dst, arg: a });
                    dst
                }
                3 => {
                    // Reuse a register, as an allocator does.
                    let (dst, src) = (pick(rng), pick(rng));
                    b.mov(dst, src);
                    dst
                }
                _ => {
                    let (x, y, op) = (pick(rng), pick(rng), bin[rng.below(bin.len())]);
                    let ty = op.typing().and_then(|t| t.output).expect("typed");
                    let reuse = ty == if wide { Type::I64 } else { Type::I32 } && rng.below(3) == 0;
                    let dst = if reuse { pick(rng) } else { b.new_reg(ty) };
                    b.push(InstData::Binary { op, dst, lhs: x, rhs: y });
                    dst
                }
            };
            if b.reg_type(result) == Type::I64 { longs.push(result) } else { ints.push(result) }
        }
        let last = i + 1 == blocks.len();
        if last {
            let x = longs[rng.below(longs.len())];
            let y = ints[rng.below(ints.len())];
            let y64 = b.i64_extend_i32_s(y);
            let sum = b.i64_xor(x, y64);
            b.ret(&[sum]);
            continue;
        }
        let forward = |rng: &mut Rng| blocks[i + 1 + rng.below(blocks.len() - i - 1)];
        // The entry block sets the loop counter, so it never loops to itself.
        match rng.below(4) {
            0 => {
                let t = forward(rng);
                b.br(t);
            }
            1 if i > 0 => {
                // counter += 1; if counter < bound, loop to this block.
                let bound = b.i32_const(rng.below(20) as i32);
                b.push(InstData::Binary { op: Opcode::I32Add, dst: counter, lhs: counter, rhs: one });
                let c = b.i32_lt_s(counter, bound);
                let exit = forward(rng);
                b.br_if(c, block, exit);
            }
            1 | 2 => {
                let index = ints[rng.below(ints.len())];
                let targets: Vec<Block> = (0..rng.below(4)).map(|_| forward(rng)).collect();
                let default = forward(rng);
                b.br_table(index, targets, default);
            }
            _ => {
                let (x, y) = (ints[rng.below(ints.len())], ints[rng.below(ints.len())]);
                let ops = [Opcode::I32LtS, Opcode::I32Eq, Opcode::I32Ne, Opcode::I32GeU, Opcode::I32LeS];
                let op = ops[rng.below(ops.len())];
                let c = b.new_reg(Type::I32);
                b.push(InstData::Binary { op, dst: c, lhs: x, rhs: y });
                // A negated condition (`c = i32.eqz c` or into a new register), which the
                // compiler turns into a branch on `c` with the targets swapped.
                let c = match rng.below(3) {
                    0 => {
                        b.push(InstData::Unary { op: Opcode::I32Eqz, dst: c, arg: c });
                        c
                    }
                    1 => b.i32_eqz(c),
                    _ => c,
                };
                let (t, e) = (forward(rng), forward(rng));
                b.br_if(c, t, e);
            }
        }
    }
    b.finish()
}

fn outcome_of_vm(vm: &mut Vm, a: i32, x: i64) -> Result<u64, TrapCode> {
    match vm.call("d", "f", &[Value::I32(a), Value::I64(x)]) {
        Ok(v) => match v[..] {
            [Value::I64(r)] => Ok(r as u64),
            ref other => panic!("unexpected results {other:?}"),
        },
        Err(trap) => match &trap.kind {
            TrapKind::Code(code) => Err(*code),
            other => panic!("unexpected trap {other:?}: {trap}"),
        },
    }
}

#[test]
fn the_vm_agrees_with_a_direct_interpretation_of_random_programs() {
    let mut rng = Rng::new(0x005e_ed0f_d1ff);
    let mut checked = 0;
    for program in 0..400 {
        let func = random_function(&mut rng);
        let mut module = Module::new("d");
        module.functions.push(func.clone());
        module.exports.push(Export { name: "f".into(), func: FuncId(0) });
        if let Err(errors) = rootir::verify::verify_module(&module) {
            panic!("generator made an invalid program {program}: {errors:?}");
        }
        for fuel in [None, Some(1_000_000)] {
            let mut vm = Vm::new(Config { fuel, ..Config::default() });
            vm.load(vec![module.clone()]).expect("verified module loads");
            for _ in 0..6 {
                let (a, x) = (constant(&mut rng) as i32, constant(&mut rng));
                let expected = reference(&func, &[a as u32 as u64, x as u64]);
                let actual = outcome_of_vm(&mut vm, a, x);
                assert_eq!(
                    actual,
                    expected,
                    "program {program} with ({a}, {x}), fuel {fuel:?}:\n{}",
                    rootir::text::print(&[module.clone()])
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 400 * 2 * 6);
}
