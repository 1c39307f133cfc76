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
fn mutate(s: &mut SsaFunction, rng: &mut Rng, exceptions: bool) -> bool {
    let b = rng.below(s.blocks.len());
    match rng.below(if exceptions { 8 } else { 5 }) {
        0 => {
            // An operation's operand.
            let defs: Vec<Value> = s.blocks[b]
                .insts
                .iter()
                .filter_map(|i| match i {
                    SsaInst::Def { value, .. }
                        if matches!(&s.values[value.index()].def, Def::Op { args, .. } if !args.is_empty()) =>
                    {
                        Some(*value)
                    }
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
        5 => {
            // A block's handler.
            let handlers: Vec<usize> = s.blocks.iter().filter_map(|x| x.handler).collect();
            if handlers.is_empty() {
                return false;
            }
            let now = s.blocks[b].handler;
            s.blocks[b].handler = match now {
                Some(_) => None,
                None => Some(handlers[rng.below(handlers.len())]),
            };
            true
        }
        6 | 7 => {
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
    corruptions(0x0c4e_c4e2, false);
}

/// The same on programs with handlers, with corrupted handlers and pinned stores too.
#[test]
fn the_stack_checker_rejects_corrupted_handlers_and_pinned_stores() {
    corruptions(0x0c4e_c4e3, true);
}

fn corruptions(seed: u64, exceptions: bool) {
    let mut rng = Rng::new(seed);
    let (mut tried, mut caught) = (0, 0);
    for _ in 0..1000 {
        let f = if exceptions {
            support::Gen::with_exceptions(&mut rng).function()
        } else {
            support::Gen::new(&mut rng).function()
        };
        let cfg = Cfg::build(&f, &vstarr::NoModule).unwrap();
        let s = ssa::build(&f, &cfg, &vstarr::NoModule).unwrap();
        stack_check::check(&f, &cfg, &s, &vstarr::NoModule).unwrap();
        let mut bad = s.clone();
        if !mutate(&mut bad, &mut rng, exceptions) {
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
