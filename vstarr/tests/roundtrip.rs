//! Register → stack round trips: random stack programs go stack → register → stack →
//! register and compute what the original computes (on the reference stack interpreter,
//! for the stack form in the middle, and on the VM, for the register form at the end);
//! every function of the `.rir` corpus that stack form can express goes register → stack →
//! register and gives the same results on the VM as the original.

mod support;

use rootir::fuzzing::Rng;
use rootir::{Export, FuncId, Module, TrapCode, Type};
use rootvm::{Config, TrapKind, Value, Vm};
use support::{Gen, constant, helper, interpret};

fn module(f: rootir::Function, h: rootir::Function) -> Module {
    let mut m = Module::new("d");
    m.functions.push(f);
    m.functions.push(h);
    m.exports.push(Export { name: "f".into(), func: FuncId(0) });
    m
}

#[test]
fn stack_register_stack_register_computes_the_same() {
    let programs: usize = std::env::var("VSTARR_PROGRAMS").ok().and_then(|s| s.parse().ok()).unwrap_or(1_000);
    round_trips(programs, 0x5eed_57ac_0002, false);
}

/// The same with try regions: the handler tables survive both directions.
#[test]
fn stack_register_stack_register_keeps_handlers() {
    let programs: usize = std::env::var("VSTARR_PROGRAMS").ok().and_then(|s| s.parse().ok()).unwrap_or(1_000);
    round_trips(programs, 0x5eed_57ac_e8c1, true);
}

fn round_trips(programs: usize, seed: u64, exceptions: bool) {
    let mut rng = Rng::new(seed);
    let h = helper();
    let h_reg = vstarr::translate(&h).expect("helper translates");
    let (mut runs, mut traps, mut stack_len, mut naive_len, mut kept) = (0usize, 0usize, 0usize, 0usize, 0usize);
    for program in 0..programs {
        let f = if exceptions { Gen::with_exceptions(&mut rng).function() } else { Gen::new(&mut rng).function() };
        let reg1 = vstarr::translate(&f).expect("generated programs translate");
        let m1 = module(reg1.clone(), h_reg.clone());
        let back = vstarr::to_stack(&m1, &reg1).unwrap_or_else(|e| panic!("program {program}: {e}"));
        stack_len += back.code.len();
        // (A protected block may have no stack code, e.g. just a jump to the next block.)
        let protected = reg1.blocks.iter().any(|b| b.handler.is_some());
        assert!(protected || back.handlers.is_empty(), "program {program}: handlers out of nothing");
        kept += usize::from(!back.handlers.is_empty());
        naive_len += naive_stack_len(&reg1);
        let reg2 = vstarr::translate(&back).unwrap_or_else(|e| panic!("program {program}: {e}\n{back:#?}"));
        let m2 = module(reg2, h_reg.clone());
        rootir::verify::verify_module(&m2).unwrap_or_else(|e| panic!("program {program}: {e:?}"));
        let mut vm = Vm::new(Config::default());
        vm.load(vec![m2.clone()]).expect("verified module loads");
        for _ in 0..3 {
            let args = [
                constant(&mut rng, Type::I32).bits,
                constant(&mut rng, Type::I64).bits,
                constant(&mut rng, Type::F64).bits,
            ];
            let expected = interpret(&[f.clone(), h.clone()], 0, &args);
            let middle = interpret(&[back.clone(), h.clone()], 0, &args);
            assert_eq!(middle, expected, "program {program}: stack form after the round trip:\n{back:#?}");
            let values: Vec<Value> = f.sig.params.iter().zip(args).map(|(&t, b)| Value::from_slot(t, b)).collect();
            let actual: Result<Vec<u64>, TrapCode> = match vm.call("d", "f", &values) {
                Ok(vs) => Ok(vs.iter().map(|v| v.to_slot()).collect()),
                Err(trap) => match trap.kind {
                    TrapKind::Code(c) => Err(c),
                    other => panic!("program {program}: unexpected trap {other:?}"),
                },
            };
            assert_eq!(actual, expected, "program {program}:\n{}", rootir::text::print(std::slice::from_ref(&m2)));
            runs += 1;
            traps += usize::from(expected.is_err());
        }
    }
    eprintln!(
        "{programs} programs ({kept} with handlers), {runs} runs ({traps} trapped); stack code {stack_len} \
         instructions vs {naive_len} without the peephole"
    );
    assert!(!exceptions || kept > programs / 4, "{kept} of {programs} kept handlers");
    assert!(stack_len < naive_len);
}

/// The length of the stack code without the peephole: loads, op, stores per instruction.
fn naive_stack_len(f: &rootir::Function) -> usize {
    use rootir::InstData;
    let n = f.blocks.len();
    f.blocks
        .iter()
        .enumerate()
        .flat_map(|(b, blk)| blk.insts.iter().map(move |i| (b, i)))
        .map(|(b, i)| {
            let next = rootir::Block::new(b + 1);
            match &i.data {
                InstData::Jump { target } => usize::from(*target != next),
                InstData::Branch { if_false, .. } => 2 + usize::from(*if_false != next || b + 1 == n),
                InstData::Select { .. } => 6,
                d => d.uses().len() + d.defs().len() + usize::from(!matches!(d, InstData::Mov { .. })),
            }
        })
        .sum()
}

/// A `; run:` line's call: the function's name and its arguments, typed by its signature.
fn run_call(line: &str, module: &Module) -> Option<(String, Vec<Value>)> {
    let call = line.strip_prefix("; run:")?.trim();
    let (name, rest) = call.split_once('(')?;
    let (args, _) = rest.split_once(')')?;
    let func = module.func(module.export(name.trim())?)?;
    let words: Vec<&str> = args.split(',').map(str::trim).filter(|a| !a.is_empty()).collect();
    if words.len() != func.sig.params.len() {
        return None;
    }
    let float = |w: &str| match w {
        "NaN" | "nan" => Some(f64::NAN),
        "inf" => Some(f64::INFINITY),
        "-inf" => Some(f64::NEG_INFINITY),
        _ => w.parse::<f64>().ok(),
    };
    let values = func
        .sig
        .params
        .iter()
        .zip(words)
        .map(|(&t, w)| match t {
            Type::I32 => w.parse::<i64>().ok().map(|v| Value::I32(v as i32)),
            Type::I64 => w.parse::<i64>().ok().map(Value::I64),
            Type::F32 => float(w).map(|v| Value::F32(v as f32)),
            _ => float(w).map(Value::F64),
        })
        .collect::<Option<Vec<_>>>()?;
    Some((name.trim().to_string(), values))
}

fn outcome(r: Result<Vec<Value>, rootvm::Trap>) -> Result<Vec<u64>, String> {
    r.map(|vs| vs.iter().map(|v| v.to_slot()).collect()).map_err(|t| format!("{:?}", t.kind))
}

#[test]
fn corpus_functions_survive_register_to_stack_and_back() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus/rir");
    let mut paths: Vec<_> = std::fs::read_dir(dir).expect("corpus").map(|e| e.expect("entry").path()).collect();
    paths.sort();
    let (mut converted, mut rejected, mut calls) = (0, 0, 0);
    for path in paths {
        let name = path.display().to_string();
        let src = std::fs::read_to_string(&path).expect("read");
        if name.contains("fuel") || src.contains("; fuel:") {
            // Fuel counts instructions, which the round trip changes; without it, a program
            // that relies on running out (a spin that is never preempted) would not stop.
            continue;
        }
        let Ok(modules) = rootir::text::parse(&src, &name) else { continue };
        if modules.iter().any(|m| rootir::verify::verify_module(m).is_err()) {
            continue;
        }
        let mut round = modules.clone();
        for m in &mut round {
            for i in 0..m.functions.len() {
                match vstarr::to_stack(m, &m.functions[i]) {
                    Ok(s) => {
                        let back = vstarr::translate_in(&s, m).unwrap_or_else(|e| panic!("{name}: {e}"));
                        m.functions[i] = back;
                        converted += 1;
                    }
                    Err(e) => {
                        assert!(e.message.contains("not supported"), "{name}: {e}");
                        rejected += 1;
                    }
                }
            }
            rootir::verify::verify_module(m).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        }
        let (mut a, mut b) = (Vm::new(Config::default()), Vm::new(Config::default()));
        if a.load(modules.clone()).is_err() {
            continue;
        }
        b.load(round.clone()).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        for line in src.lines() {
            let Some((m, (f, args))) = modules.iter().find_map(|m| run_call(line, m).map(|c| (m.name.clone(), c)))
            else {
                continue;
            };
            let want = outcome(a.call(&m, &f, &args));
            let got = outcome(b.call(&m, &f, &args));
            assert_eq!(got, want, "{name}: {line}");
            calls += 1;
        }
    }
    eprintln!("corpus: {converted} functions round-tripped, {rejected} rejected, {calls} run lines agree");
    assert!(converted > 50 && calls > 200, "{converted} {calls}");
}
