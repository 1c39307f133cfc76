//! Differential test: random stack programs run on the reference stack interpreter and,
//! translated by vstarr, on the VM, with identical results or identical traps. Every
//! translation passes the verifier and (debug builds) the checker.
//!
//! `VSTARR_PROGRAMS=n` runs `n` programs instead of the default.

mod support;

use rootir::fuzzing::Rng;
use rootir::{Export, FuncId, Module, TrapCode, Type};
use rootvm::{Config, TrapKind, Value, Vm};
use support::{Gen, constant, helper, interpret};
use vstarr::Stats;

#[test]
fn translated_random_programs_agree_with_the_reference_stack_interpreter() {
    let programs: usize = std::env::var("VSTARR_PROGRAMS").ok().and_then(|s| s.parse().ok()).unwrap_or(2_000);
    differential(programs, 0x5eed_57ac_0001, false);
}

/// The same with try regions: handlers catch the division traps, nested and in loops, and
/// see the locals as the trapping instruction left them.
#[test]
fn random_programs_with_handlers_agree_with_the_reference_stack_interpreter() {
    let programs: usize = std::env::var("VSTARR_PROGRAMS").ok().and_then(|s| s.parse().ok()).unwrap_or(2_000);
    differential(programs, 0x5eed_57ac_e8c0, true);
}

fn differential(programs: usize, seed: u64, exceptions: bool) {
    let mut rng = Rng::new(seed);
    let caught_before = support::CAUGHT.load(std::sync::atomic::Ordering::Relaxed);
    let h = helper();
    let h_reg = vstarr::translate(&h).expect("helper translates");
    let mut total = Stats::default();
    let (mut runs, mut traps, mut with_handlers) = (0, 0, 0);
    for program in 0..programs {
        let f = if exceptions { Gen::with_exceptions(&mut rng).function() } else { Gen::new(&mut rng).function() };
        with_handlers += usize::from(!f.handlers.is_empty());
        let funcs = [f.clone(), h.clone()];
        let translated = match vstarr::translate(&f) {
            Ok(t) => t,
            Err(e) => panic!("program {program} does not translate: {e}\n{f:#?}"),
        };
        total += vstarr::stats(&f, &translated).expect("stats");
        total += vstarr::stats(&h, &h_reg).expect("stats");
        let mut module = Module::new("d");
        module.functions.push(translated);
        module.functions.push(h_reg.clone());
        module.exports.push(Export { name: "f".into(), func: FuncId(0) });
        if let Err(errors) = rootir::verify::verify_module(&module) {
            panic!("program {program}: output rejected: {errors:?}\n{}", rootir::text::print(&[module]));
        }
        let mut vm = Vm::new(Config::default());
        vm.load(vec![module.clone()]).expect("verified module loads");
        for _ in 0..3 {
            let args = [
                constant(&mut rng, Type::I32).bits,
                constant(&mut rng, Type::I64).bits,
                constant(&mut rng, Type::F64).bits,
            ];
            let expected = interpret(&funcs, 0, &args);
            let values: Vec<Value> = f.sig.params.iter().zip(args).map(|(&t, b)| Value::from_slot(t, b)).collect();
            let actual: Result<Vec<u64>, TrapCode> = match vm.call("d", "f", &values) {
                Ok(vs) => Ok(vs.iter().map(|v| v.to_slot()).collect()),
                Err(trap) => match trap.kind {
                    TrapKind::Code(c) => Err(c),
                    other => panic!("program {program}: unexpected trap {other:?}"),
                },
            };
            assert_eq!(
                actual,
                expected,
                "program {program} on {args:?}:\n{f:#?}\n{}",
                rootir::text::print(&[module.clone()])
            );
            runs += 1;
            traps += usize::from(expected.is_err());
        }
    }
    // (Counted across both tests when they run in parallel: a lower bound for this one.)
    let caught = support::CAUGHT.load(std::sync::atomic::Ordering::Relaxed) - caught_before;
    eprintln!(
        "{programs} programs ({with_handlers} with handlers), {runs} runs ({traps} trapped, ≥{caught} traps caught by handlers in the reference); {total}"
    );
    assert!(!exceptions || with_handlers > programs / 4, "{with_handlers} of {programs} have handlers");
    assert!(!exceptions || caught > runs / 50, "only {caught} traps were caught");
    assert!(traps > 0 && traps < runs / 2, "the generator should make some, not mostly, trapping runs");
}
