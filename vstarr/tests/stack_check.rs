//! The stack checker accepts what SSA construction builds from random programs and rejects
//! corrupted SSA: an operand, a constant, a phi argument, a phi's variable, a terminator.

mod support;

use rootir::fuzzing::Rng;
use vstarr::ssa::{Def, SsaFunction, SsaInst, Term, Value};
use vstarr::stack::Imm;
use vstarr::{cfg::Cfg, ssa, stack_check};

/// Another value of `v`'s type, if there is one.
fn other(s: &SsaFunction, v: Value, rng: &mut Rng) -> Option<Value> {
    let same: Vec<Value> = (0..s.values.len() as u32).map(Value).filter(|&w| w != v && s.ty(w) == s.ty(v)).collect();
    (!same.is_empty()).then(|| same[rng.below(same.len())])
}

/// Corrupts `s` in one of several ways; `false` when the chosen way does not apply.
fn mutate(s: &mut SsaFunction, rng: &mut Rng) -> bool {
    let b = rng.below(s.blocks.len());
    match rng.below(5) {
        0 => {
            // An operation's operand.
            let defs: Vec<Value> = s.blocks[b]
                .insts
                .iter()
                .filter_map(|i| match i {
                    SsaInst::Def { value, .. } if matches!(s.values[value.index()].def, Def::Op { .. }) => Some(*value),
                    _ => None,
                })
                .collect();
            let Some(&v) = defs.first() else { return false };
            let Def::Op { args, .. } = &s.values[v.index()].def else { return false };
            let a = args[0];
            let Some(w) = other(s, a, rng) else { return false };
            if let Def::Op { args, .. } = &mut s.values[v.index()].def {
                args[0] = w;
            }
            true
        }
        1 => {
            // A constant's bits.
            for i in &s.blocks[b].insts {
                if let SsaInst::Def { value, .. } = i
                    && let Def::Const(imm) = s.values[value.index()].def
                {
                    s.values[value.index()].def = Def::Const(Imm { ty: imm.ty, bits: imm.bits ^ 1 });
                    return true;
                }
            }
            false
        }
        2 => {
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
        3 => {
            // The variable a phi stands for.
            let Some(&phi) = s.blocks[b].phis.first() else { return false };
            let var = s.phi_vars[&phi];
            s.phi_vars.insert(phi, var + 1);
            true
        }
        _ => {
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
    }
}

#[test]
fn the_stack_checker_accepts_built_ssa_and_rejects_corrupted_ssa() {
    let mut rng = Rng::new(0x0c4e_c4e2);
    let (mut tried, mut caught) = (0, 0);
    for _ in 0..1000 {
        let f = support::Gen::new(&mut rng).function();
        let cfg = Cfg::build(&f, &vstarr::NoModule).unwrap();
        let s = ssa::build(&f, &cfg, &vstarr::NoModule).unwrap();
        stack_check::check(&f, &cfg, &s, &vstarr::NoModule).unwrap();
        let mut bad = s.clone();
        if !mutate(&mut bad, &mut rng) {
            continue;
        }
        tried += 1;
        caught += usize::from(stack_check::check(&f, &cfg, &bad, &vstarr::NoModule).is_err());
    }
    eprintln!("{caught} of {tried} corruptions caught");
    assert!(tried > 300, "{tried}");
    // A phi's variable moved to one that holds the same value is harmless; nothing else is.
    assert!(caught * 100 >= tried * 97, "caught {caught} of {tried}");
}
