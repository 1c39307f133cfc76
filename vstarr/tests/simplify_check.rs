//! The simplification checker accepts what `simplify` makes of random programs' SSA and
//! rejects corrupted simplifications: a folded constant, an operand, a dropped effect or trap,
//! a phi argument, a returned value or condition, swapped branch targets, a pinned store, a
//! wrong block origin.

mod support;

use rootir::fuzzing::Rng;
use rootir::{FuncType, Opcode, Type};
use vstarr::ssa::{Def, SsaFunction, SsaInst, Term, Value};
use vstarr::stack::{Imm, StackFunction, StackInst::*};
use vstarr::{cfg::Cfg, simplify, simplify_check, ssa};

/// The SSA of `f` before and after simplification, and the blocks' origins.
fn simplified(f: &StackFunction) -> (SsaFunction, SsaFunction, Vec<usize>) {
    let cfg = Cfg::build(f, &vstarr::NoModule).unwrap();
    let before = ssa::build(f, &cfg, &vstarr::NoModule).unwrap();
    let mut after = before.clone();
    let (_, origin) = simplify::simplify_traced(&mut after);
    (before, after, origin)
}

#[test]
fn a_wrongly_folded_constant_is_caught() {
    // (a) -> (2 + 3) * a
    let f = StackFunction {
        name: "f".into(),
        sig: FuncType::new([Type::I32], [Type::I32]),
        locals: vec![Type::I32],
        max_stack: 2,
        code: vec![Push(Imm::i32(2)), Push(Imm::i32(3)), Op(Opcode::I32Add), Load(0), Op(Opcode::I32Mul), Return],
        unit: None,
        handlers: Vec::new(),
    };
    let (before, mut after, origin) = simplified(&f);
    simplify_check::check(&before, &after, &origin).unwrap();
    let folded = (0..after.values.len())
        .find(|&v| matches!(before.values[v].def, Def::Op { .. }) && matches!(after.values[v].def, Def::Const(_)))
        .expect("2 + 3 folds");
    after.values[folded].def = Def::Const(Imm::i32(6));
    let err = simplify_check::check(&before, &after, &origin).unwrap_err();
    assert!(err.contains("i32:5") && err.contains("i32:6"), "{err}");
}

/// Values `s` defines (so a corruption is not caught merely for using an undefined value).
fn defined(s: &SsaFunction) -> Vec<Value> {
    let mut out: Vec<Value> =
        (0..s.values.len() as u32).map(Value).filter(|v| matches!(s.values[v.index()].def, Def::Param(_))).collect();
    for block in &s.blocks {
        out.extend(&block.phis);
        for inst in &block.insts {
            match inst {
                SsaInst::Def { value, .. } => out.push(*value),
                SsaInst::Effect { results, .. } => out.extend(results),
                SsaInst::WriteLocal { .. } => {}
            }
        }
    }
    out
}

/// Which values `s` uses.
fn used(s: &SsaFunction) -> Vec<bool> {
    let mut used = vec![false; s.values.len()];
    for block in &s.blocks {
        let mut uses = block.term.uses();
        for &p in &block.phis {
            if let Def::Phi { args, .. } = &s.values[p.index()].def {
                uses.extend(args);
            }
        }
        for inst in &block.insts {
            uses.extend(vstarr::liveness::defs_uses(s, inst).1);
        }
        uses.iter().for_each(|u| used[u.index()] = true);
    }
    used
}

/// Another defined value of `v`'s type, if there is one.
fn other(s: &SsaFunction, v: Value, rng: &mut Rng) -> Option<Value> {
    let same: Vec<Value> = defined(s).into_iter().filter(|&w| w != v && s.ty(w) == s.ty(v)).collect();
    (!same.is_empty()).then(|| same[rng.below(same.len())])
}

/// Whether an instruction must stay (effects, pinned stores, operations that may trap).
fn kept(s: &SsaFunction, i: &SsaInst) -> bool {
    match i {
        SsaInst::Def { value, .. } => matches!(&s.values[value.index()].def, Def::Op { op, .. } if op.has_effect()),
        _ => true,
    }
}

/// Corrupts the simplified `s` in one of several ways; `false` when the way does not apply.
fn mutate(before: &SsaFunction, s: &mut SsaFunction, origin: &mut [usize], rng: &mut Rng, kind: usize) -> bool {
    let b = rng.below(s.blocks.len());
    match kind {
        0 => {
            // A folded constant: a value computed by an operation before, a constant now,
            // that something uses.
            let used = used(s);
            let folded: Vec<usize> = (0..before.values.len())
                .filter(|&v| used[v] && matches!(before.values[v].def, Def::Op { .. }))
                .filter(|&v| matches!(s.values[v].def, Def::Const(_)))
                .collect();
            let Some(&v) = folded.get(rng.below(folded.len().max(1))) else { return false };
            let Def::Const(imm) = s.values[v].def else { return false };
            s.values[v].def = Def::Const(Imm { ty: imm.ty, bits: imm.bits ^ 4 });
            true
        }
        1 => {
            // An operand of an operation or effect.
            for i in 0..s.blocks[b].insts.len() {
                let arg = match &s.blocks[b].insts[i] {
                    SsaInst::Def { value, .. } => match &s.values[value.index()].def {
                        Def::Op { args, .. } => args.first().map(|a| (Some(*value), *a)),
                        _ => None,
                    },
                    SsaInst::Effect { args, .. } => args.first().map(|a| (None, *a)),
                    SsaInst::WriteLocal { .. } => None,
                };
                let Some((def, a)) = arg else { continue };
                let Some(w) = other(s, a, rng) else { continue };
                match def {
                    Some(v) => {
                        if let Def::Op { args, .. } = &mut s.values[v.index()].def {
                            args[0] = w;
                        }
                    }
                    None => {
                        if let SsaInst::Effect { args, .. } = &mut s.blocks[b].insts[i] {
                            args[0] = w;
                        }
                    }
                }
                return true;
            }
            false
        }
        2 => {
            // An effect, a pinned store or an operation that may trap, dropped.
            let Some(i) = s.blocks[b].insts.iter().position(|i| kept(s, i)) else { return false };
            s.blocks[b].insts.remove(i);
            true
        }
        3 => {
            // A phi's argument.
            let Some(&phi) = s.blocks[b].phis.first() else { return false };
            let Def::Phi { args, .. } = &s.values[phi.index()].def else { return false };
            let k = rng.below(args.len());
            let Some(w) = other(s, args[k], rng) else { return false };
            if let Def::Phi { args, .. } = &mut s.values[phi.index()].def {
                args[k] = w;
            }
            true
        }
        4 => {
            // A returned value or a branch condition.
            let term = s.blocks[b].term.clone();
            let v = match &term {
                Term::Return(vs) if !vs.is_empty() => vs[0],
                Term::Branch { cond, .. } => *cond,
                _ => return false,
            };
            let Some(w) = other(s, v, rng) else { return false };
            s.blocks[b].term = match term {
                Term::Return(mut vs) => {
                    vs[0] = w;
                    Term::Return(vs)
                }
                Term::Branch { if_true, if_false, .. } => Term::Branch { cond: w, if_true, if_false },
                t => t,
            };
            true
        }
        5 => {
            // A branch's targets swapped.
            let Term::Branch { cond, if_true, if_false } = s.blocks[b].term else { return false };
            s.blocks[b].term = Term::Branch { cond, if_true: if_false, if_false: if_true };
            true
        }
        6 => {
            // The value stored to a pinned local.
            for i in 0..s.blocks[b].insts.len() {
                if let SsaInst::WriteLocal { value, .. } = s.blocks[b].insts[i]
                    && let Some(w) = other(s, value, rng)
                {
                    if let SsaInst::WriteLocal { value, .. } = &mut s.blocks[b].insts[i] {
                        *value = w;
                    }
                    return true;
                }
            }
            false
        }
        _ => {
            // Where a block comes from.
            if origin.len() < 2 {
                return false;
            }
            let a = 1 + rng.below(origin.len() - 1);
            origin[a] = rng.below(before.blocks.len());
            true
        }
    }
}

const KINDS: usize = 8;

#[test]
fn the_simplify_checker_accepts_simplified_ssa_and_rejects_corruptions() {
    corruptions(0x5109_c4e1, false);
}

#[test]
fn the_simplify_checker_rejects_corruptions_with_handlers_and_pinned_locals() {
    corruptions(0x5109_c4e2, true);
}

fn corruptions(seed: u64, exceptions: bool) {
    let mut rng = Rng::new(seed);
    let mut tried = [0usize; KINDS];
    let mut caught = [0usize; KINDS];
    for program in 0..1000 {
        let f = if exceptions {
            support::Gen::with_exceptions(&mut rng).function()
        } else {
            support::Gen::new(&mut rng).function()
        };
        let (before, after, origin) = simplified(&f);
        if let Err(e) = simplify_check::check(&before, &after, &origin) {
            panic!("program {program}: a correct simplification is rejected: {e}\n{f:#?}");
        }
        for _ in 0..2 {
            let kind = rng.below(KINDS);
            let (mut bad, mut bad_origin) = (after.clone(), origin.clone());
            if !mutate(&before, &mut bad, &mut bad_origin, &mut rng, kind) || (bad == after && bad_origin == origin) {
                continue;
            }
            tried[kind] += 1;
            caught[kind] += usize::from(simplify_check::check(&before, &bad, &bad_origin).is_err());
        }
    }
    let (t, c): (usize, usize) = (tried.iter().sum(), caught.iter().sum());
    eprintln!("simplify checker: {c} of {t} corruptions caught; by kind {caught:?} of {tried:?}");
    // Not every corruption changes the dataflow: an operand replaced by a value with the same
    // expression, a folded constant nobody uses, an origin swapped for an equivalent block.
    assert!(t > 300 && c * 100 >= t * 95, "{c} of {t} caught ({caught:?} of {tried:?})");
    // (No pinned stores without handlers.)
    assert!(tried.iter().enumerate().all(|(k, &n)| n > 0 || (k == 6 && !exceptions)), "{tried:?}");
}
