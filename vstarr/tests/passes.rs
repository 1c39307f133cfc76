//! The passes one by one: SSA construction places phis for stack slots and locals at joins,
//! simplification folds and removes dead code, allocation coalesces, and the checker rejects
//! a corrupted translation.

mod support;

use rootir::fuzzing::Rng;
use rootir::{FuncType, InstData, Opcode, Type};
use vstarr::stack::{Imm, Shuffle, StackFunction, StackInst::*};
use vstarr::{cfg::Cfg, checker, emit, regalloc, simplify, ssa};

/// `x = p0; do { x = x * 3; } while (++i < 5); return x + (p0 > 0 ? 1 : 2)` with the
/// conditional value carried on the stack across the join.
fn sample() -> StackFunction {
    StackFunction {
        name: "s".into(),
        sig: FuncType::new([Type::I32], [Type::I32]),
        locals: vec![Type::I32, Type::I32, Type::I32],
        max_stack: 4,
        code: vec![
            Load(0),               // 0
            Store(1),              // 1
            Load(1),               // 2  loop head
            Push(Imm::i32(3)),     // 3
            Op(Opcode::I32Mul),    // 4
            Store(1),              // 5
            Load(2),               // 6
            Push(Imm::i32(1)),     // 7
            Op(Opcode::I32Add),    // 8
            Shuffle(Shuffle::Dup), // 9
            Store(2),              // 10
            Push(Imm::i32(5)),     // 11
            Op(Opcode::I32LtS),    // 12
            BranchIf(2),           // 13
            Load(1),               // 14
            Load(0),               // 15
            Push(Imm::i32(0)),     // 16
            Op(Opcode::I32GtS),    // 17
            BranchIf(21),          // 18
            Push(Imm::i32(2)),     // 19
            Jump(22),              // 20
            Push(Imm::i32(1)),     // 21
            Op(Opcode::I32Add),    // 22
            Return,                // 23
        ],
        unit: None,
        handlers: Vec::new(),
    }
}

#[test]
fn cfg_splits_blocks_and_records_stack_types_at_joins() {
    let f = sample();
    let cfg = Cfg::build(&f, &vstarr::NoModule).unwrap();
    let starts: Vec<u32> = cfg.blocks.iter().map(|b| b.start).collect();
    assert_eq!(starts, [0, 2, 14, 19, 21, 22]);
    assert_eq!(cfg.blocks[5].entry_stack, [Type::I32, Type::I32]);
    assert_eq!(cfg.blocks[5].preds, [3, 4]);
    assert_eq!(cfg.graph.edge_count(), 7);
}

#[test]
fn ssa_has_phis_for_the_loop_local_the_counter_and_the_stack_slot() {
    let f = sample();
    let cfg = Cfg::build(&f, &vstarr::NoModule).unwrap();
    let mut s = ssa::build(&f, &cfg, &vstarr::NoModule).unwrap();
    // Loop head (CFG block 1 = SSA block 2): x and i. Join (SSA block 6): the stack slot.
    assert_eq!(s.blocks[2].phis.len(), 2);
    assert_eq!(s.blocks[6].phis.len(), 1);
    let stats = simplify::simplify(&mut s);
    assert!(stats.blocks_removed > 0, "{stats:?}");
    let alloc = regalloc::allocate(&s);
    let out = emit::emit(&s, alloc, None);
    checker::check(&s, &out).unwrap();
    let mut vm = rootvm::Vm::new(rootvm::Config::default());
    let mut m = rootir::Module::new("m");
    m.functions.push(out.func.clone());
    m.exports.push(rootir::Export { name: "s".into(), func: rootir::FuncId(0) });
    vm.load(vec![m]).unwrap();
    let r = vm.call("m", "s", &[rootvm::Value::I32(2)]).unwrap();
    assert_eq!(r, [rootvm::Value::I32(2 * 243 + 1)]);
    let r = vm.call("m", "s", &[rootvm::Value::I32(-1)]).unwrap();
    assert_eq!(r, [rootvm::Value::I32(-243 + 2)]);
}

#[test]
fn constants_fold_dead_code_goes_and_traps_stay() {
    let f = StackFunction {
        name: "k".into(),
        sig: FuncType::new([Type::I32], [Type::I32]),
        locals: vec![Type::I32],
        max_stack: 3,
        code: vec![
            Push(Imm::i32(6)),
            Push(Imm::i32(7)),
            Op(Opcode::I32Mul), // folds to 42
            Load(0),
            Op(Opcode::I32Popcnt), // dead
            Shuffle(Shuffle::Pop),
            Push(Imm::i32(1)),
            Push(Imm::i32(0)),
            Op(Opcode::I32DivS), // traps: kept though unused
            Shuffle(Shuffle::Pop),
            Return,
        ],
        unit: None,
        handlers: Vec::new(),
    };
    let out = vstarr::translate(&f).unwrap();
    let ops: Vec<Opcode> = out.blocks.iter().flat_map(|b| &b.insts).map(|i| i.data.opcode()).collect();
    assert!(!ops.contains(&Opcode::I32Mul) && !ops.contains(&Opcode::I32Popcnt), "{ops:?}");
    assert!(ops.contains(&Opcode::I32DivS), "{ops:?}");
    let consts: Vec<u64> = out
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter_map(|i| if let InstData::Const { bits, .. } = i.data { Some(bits) } else { None })
        .collect();
    assert!(consts.contains(&42), "{consts:?}");
}

#[test]
fn a_stored_result_is_computed_in_place_with_no_moves() {
    // l1 = l0 + l1 in a loop: the loop's phi and its argument share a register.
    let f = StackFunction {
        name: "acc".into(),
        sig: FuncType::new([Type::I64, Type::I64], [Type::I64]),
        locals: vec![Type::I64, Type::I64],
        max_stack: 2,
        code: vec![
            Load(0),
            Load(1),
            Op(Opcode::I64Add),
            Store(1),
            Load(0),
            Push(Imm::i64(1)),
            Op(Opcode::I64Sub),
            Shuffle(Shuffle::Dup),
            Store(0),
            Op(Opcode::I64Eqz),
            Op(Opcode::I32Eqz),
            BranchIf(0),
            Load(1),
            Return,
        ],
        unit: None,
        handlers: Vec::new(),
    };
    let out = vstarr::translate(&f).unwrap();
    let movs = out.blocks.iter().flat_map(|b| &b.insts).filter(|i| matches!(i.data, InstData::Mov { .. })).count();
    assert_eq!(movs, 0, "{}", print(&out));
    assert!(out.regs.len() <= 4, "{}", print(&out));
}

#[test]
fn a_wrapped_extension_is_the_i32_it_extended() {
    // l1 = extend_u(p0 + 1); return extend_u(wrap(l1)) * l1 + extend_s(wrap(l1)): no wrap is
    // left (lifted x86 code extends every 32-bit result and wraps it where it is read, and
    // keeps doubles as bits).
    let f = StackFunction {
        name: "w".into(),
        sig: FuncType::new([Type::I32], [Type::I64]),
        locals: vec![Type::I32, Type::I64],
        max_stack: 3,
        code: vec![
            Load(0),
            Push(Imm::i32(1)),
            Op(Opcode::I32Add),
            Op(Opcode::I64ExtendI32U),
            Store(1),
            Load(1),
            Op(Opcode::I32WrapI64),
            Op(Opcode::I64ExtendI32U),
            Load(1),
            Op(Opcode::I64Mul),
            Load(1),
            Op(Opcode::I32WrapI64),
            Op(Opcode::I64ExtendI32S), // another kind: stays
            Op(Opcode::I64Add),
            // ... as bits of a double and back: no reinterpretation is left either.
            Op(Opcode::F64ReinterpretI64),
            Op(Opcode::I64ReinterpretF64),
            Op(Opcode::F64ReinterpretI64),
            Op(Opcode::I64ReinterpretF64),
            Return,
        ],
        unit: None,
        handlers: Vec::new(),
    };
    let out = vstarr::translate(&f).unwrap();
    let ops: Vec<Opcode> = out.blocks.iter().flat_map(|b| &b.insts).map(|i| i.data.opcode()).collect();
    let count = |op| ops.iter().filter(|&&o| o == op).count();
    assert_eq!(count(Opcode::I32WrapI64), 0, "{}", print(&out));
    assert_eq!(count(Opcode::F64ReinterpretI64) + count(Opcode::I64ReinterpretF64), 0, "{}", print(&out));
    assert_eq!(count(Opcode::I32Add), 1, "{}", print(&out));
    assert_eq!(count(Opcode::I64ExtendI32S), 1, "{}", print(&out));
}

fn print(f: &rootir::Function) -> String {
    let mut m = rootir::Module::new("m");
    m.functions.push(f.clone());
    rootir::text::print(&[m])
}

#[test]
fn the_checker_rejects_corrupted_register_code() {
    let mut rng = Rng::new(99);
    let mut caught = 0;
    for _ in 0..300 {
        let f = support::Gen::new(&mut rng).function();
        let cfg = Cfg::build(&f, &vstarr::NoModule).unwrap();
        let mut s = ssa::build(&f, &cfg, &vstarr::NoModule).unwrap();
        simplify::simplify(&mut s);
        let out = emit::emit(&s, regalloc::allocate(&s), None);
        checker::check(&s, &out).unwrap();
        // Redirect one operand to another register of the same type.
        let mut bad = out.clone();
        let regs = bad.func.regs.clone();
        let candidates: Vec<(usize, usize)> = bad
            .func
            .blocks
            .iter()
            .enumerate()
            .flat_map(|(b, blk)| (0..blk.insts.len()).map(move |i| (b, i)))
            .filter(|&(b, i)| !bad.func.blocks[b].insts[i].data.uses().is_empty())
            .collect();
        if candidates.is_empty() {
            continue;
        }
        let (b, i) = candidates[rng.below(candidates.len())];
        let data = &mut bad.func.blocks[b].insts[i].data;
        let slot = match data {
            InstData::Unary { arg, .. } => arg,
            InstData::Binary { rhs, .. } => rhs,
            InstData::Mov { src, .. } => src,
            InstData::Branch { cond, .. } => cond,
            InstData::Switch { index, .. } => index,
            InstData::Return { values } => &mut values[0],
            InstData::Call { args, .. } => &mut args[0],
            _ => continue,
        };
        let ty = regs[slot.index()];
        let Some(other) = (0..regs.len()).find(|&r| r != slot.index() && regs[r] == ty) else { continue };
        *slot = rootir::Reg(other as u32);
        if checker::check(&s, &bad).is_err() {
            caught += 1;
        }
    }
    // Some corruptions are harmless (the other register holds the same value); most are not.
    assert!(caught > 150, "caught {caught}");
}

/// Operations with effects (heap allocation, stores, calls, anything that may trap) stay even
/// when their results are unused; pure ones (`global.get`, arithmetic) go; heap and memory
/// operations are never folded, even on constants.
#[test]
fn effects_stay_and_only_pure_table_ops_fold() {
    let src = "module
memory 65536 max 65536
global mut $g: i64 = 0
endmodule
func @f() -> i32
  push i32 3
  array.new_i32
  pop
  global.get $g
  pop
  push i32 1
  push i32 2
  i32.add
  pop
  push i64 0
  push i32 7
  i32.store 4
  push i64 0
  i32.load 4
  pop
  push i32 0
  array.new_i32
  array.len
  push i32 6
  push i32 7
  i32.mul
  i32.add
  return
end";
    let file = vstarr::text::parse_file(src).unwrap();
    let t = vstarr::translate_with(&file.funcs[0], &file.module, true).unwrap();
    let ops: Vec<Opcode> = t.func.blocks.iter().flat_map(|b| &b.insts).map(|i| i.data.opcode()).collect();
    use Opcode::*;
    assert_eq!(
        ops,
        [
            I32Const,
            ArrayNewI32, // kept: may trap (heap limit)
            // global.get and 1 + 2 removed
            I64Const,
            I32Const,
            I32Store,
            I64Const,
            I32Load, // the unused load may trap
            I32Const,
            ArrayNewI32,
            ArrayLen, // not folded: heap
            I32Const,
            I32Add, // 6 * 7 folded
            Ret,
        ]
    );
    assert_eq!(t.simplify.folded, 2); // 1 + 2 and 6 * 7
}

/// On programs with handlers the checker rejects a block whose handler is dropped or moved,
/// and any instruction but a pinned local's store that writes the local's register.
#[test]
fn the_checker_rejects_corrupted_handlers_and_pinned_registers() {
    let mut rng = Rng::new(0xe8c);
    let (mut handlers, mut pinned) = (0, 0);
    for _ in 0..300 {
        let f = support::Gen::with_exceptions(&mut rng).function();
        let cfg = Cfg::build(&f, &vstarr::NoModule).unwrap();
        let mut s = ssa::build(&f, &cfg, &vstarr::NoModule).unwrap();
        simplify::simplify(&mut s);
        let out = emit::emit(&s, regalloc::allocate(&s), None);
        checker::check(&s, &out).unwrap();
        // Drop a handler, or point it at another block.
        if let Some(b) = out.func.blocks.iter().position(|x| x.handler.is_some()) {
            let mut bad = out.clone();
            bad.func.blocks[b].handler = None;
            assert!(checker::check(&s, &bad).is_err(), "dropped handler of b{b} not caught");
            let mut bad = out.clone();
            bad.func.blocks[b].handler = Some(rootir::Block::new(0));
            assert!(checker::check(&s, &bad).is_err(), "moved handler of b{b} not caught");
            handlers += 1;
        }
        // Make an instruction that is no store of the local write a pinned register.
        if let Some(&(_, r)) = out.pinned.first() {
            let at = out.func.blocks.iter().enumerate().find_map(|(b, blk)| {
                // A binary operation that is not computed into a pinned register already.
                let free = |i: &rootir::Inst| matches!(i.data, InstData::Binary { dst, .. } if out.pinned.iter().all(|p| p.1 != dst));
                blk.insts.iter().position(free).map(|i| (b, i))
            });
            let Some((b, i)) = at else { continue };
            let mut bad = out.clone();
            if let InstData::Binary { dst, .. } = &mut bad.func.blocks[b].insts[i].data {
                *dst = r;
            }
            assert!(checker::check(&s, &bad).is_err(), "write of pinned {r} not caught:\n{}", print(&bad.func));
            pinned += 1;
        }
    }
    assert!(handlers > 50 && pinned > 20, "{handlers} {pinned}");
}
