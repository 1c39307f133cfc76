//! The fuzz targets as fixed-budget tests. Each target's body (shared with
//! `fuzz/fuzz_targets/` through `fuzz/src/lib.rs`) runs on deterministic
//! pseudo-random inputs — random bytes, and truncations and mutations of
//! valid archives and `.rir` text — and on every file in
//! `fuzz/regressions/<target>/`. A panic is a bug.

#[path = "../../fuzz/src/lib.rs"]
mod targets;

use std::path::PathBuf;

use rootir::{
    Archive, Callee, Constant, DataSegment, Export, FileId, FuncId, FuncType, FunctionBuilder, Global, GlobalId,
    Import, ImportId, Memory, Module, SrcLoc, Type, archive, text,
};

/// Generated inputs per target.
const INPUTS: usize = 2000;

// ---- the shared harness ----------------------------------------------------------

use rootir::fuzzing::Rng;

/// Byte values that often sit on a boundary of some encoding.
const INTERESTING: [u8; 8] = [0, 1, 0x7f, 0x80, 0xff, b'\n', b'"', b' '];

/// `input` changed by one to three random edits.
fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(3) {
        if out.is_empty() {
            out.push(rng.next_u64() as u8);
            continue;
        }
        let at = rng.below(out.len());
        match rng.below(6) {
            0 => out.truncate(at),
            1 => out[at] ^= 1 << rng.below(8),
            2 => out[at] = INTERESTING[rng.below(INTERESTING.len())],
            3 => out.insert(at, rng.next_u64() as u8),
            4 => {
                out.remove(at);
            }
            _ => {
                let len = 1 + rng.below(16.min(out.len() - at));
                let chunk = out[at..at + len].to_vec();
                let to = rng.below(out.len());
                out.splice(to..to, chunk);
            }
        }
    }
    out
}

/// Runs `body` on `INPUTS` inputs: a quarter random bytes (each also checked
/// by `on_random`), the rest mutations of `seeds`.
fn run_generated(seed: u64, seeds: &[Vec<u8>], mut body: impl FnMut(&[u8]), mut on_random: impl FnMut(&[u8])) {
    let mut rng = Rng::new(seed);
    for i in 0..INPUTS {
        if i % 4 == 0 || seeds.is_empty() {
            let input = rng.bytes(256);
            body(&input);
            on_random(&input);
        } else {
            let seed = &seeds[rng.below(seeds.len())];
            let input = mutate(&mut rng, seed);
            body(&input);
        }
    }
}

/// Runs `body` on every file in `fuzz/regressions/<target>/`; returns how many.
fn run_regressions(target: &str, mut body: impl FnMut(&[u8])) -> usize {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../fuzz/regressions").join(target);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != ".gitkeep"))
        .collect();
    paths.sort();
    for path in &paths {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        eprintln!("regression {}", path.display());
        body(&bytes);
    }
    paths.len()
}

// ---- seeds ---------------------------------------------------------------------

/// `fib(n)` with source positions.
fn fib() -> rootir::Function {
    let mut b = FunctionBuilder::new("fib", FuncType::new([Type::I32], [Type::I32]));
    let (base, recurse) = (b.new_block(), b.new_block());
    b.set_loc(SrcLoc::Line { file: FileId(0), line: 3, col: 7 });
    let two = b.i32_const(2);
    let small = b.i32_lt_s(b.param(0), two);
    b.br_if(small, base, recurse);
    b.switch_to(base);
    b.ret(&[b.param(0)]);
    b.switch_to(recurse);
    b.set_loc(SrcLoc::Line { file: FileId(0), line: 4, col: 0 });
    let one = b.i32_const(1);
    let n1 = b.i32_sub(b.param(0), one);
    let f1 = b.call(Callee::Func(FuncId(0)), &[n1], &[Type::I32]);
    let n2 = b.i32_sub(b.param(0), two);
    let f2 = b.call(Callee::Func(FuncId(0)), &[n2], &[Type::I32]);
    let sum = b.i32_add(f1[0], f2[0]);
    b.ret(&[sum]);
    b.finish()
}

/// Calls, globals, memory, an indirect call, a select, a switch and floats.
fn main_func() -> rootir::Function {
    let mut b = FunctionBuilder::new("main", FuncType::new([], [Type::I64]));
    let (done, float) = (b.new_block(), b.new_block());
    b.set_loc(SrcLoc::Offset { file: FileId(1), offset: 0x1c });
    let ten = b.i32_const(10);
    let f = b.call(Callee::Func(FuncId(0)), &[ten], &[Type::I32]);
    let wide = b.i64_extend_i32_s(f[0]);
    b.call(Callee::Import(ImportId(0)), &[wide], &[]);
    let count = b.global_get(Type::I64, GlobalId(0));
    let step = b.i64_const(1);
    let count = b.i64_add(count, step);
    b.global_set(GlobalId(0), count);
    b.set_loc(SrcLoc::Addr(0x40_1000));
    let addr = b.i64_const(16);
    b.i64_store(addr, 8, count);
    let loaded = b.i64_load(addr, 8);
    let size = b.memory_size();
    let total = b.i64_add(loaded, size);
    let fib_addr = b.func_addr(FuncId(0));
    let g = b.call_indirect(FuncType::new([Type::I32], [Type::I32]), fib_addr, &[ten]);
    let pick = b.select(Type::I32, g[0], f[0], ten);
    b.br_table(pick, vec![done, float], done);
    b.switch_to(done);
    b.ret(&[total]);
    b.switch_to(float);
    let x = b.f64_const(2.25);
    let root = b.f64_sqrt(x);
    let n = b.i64_trunc_f64_s(root);
    b.ret(&[n]);
    b.finish()
}

fn seed_module() -> Module {
    Module {
        name: "seed".into(),
        files: vec!["seed.c".into(), "Seed.main()V".into()],
        imports: vec![Import {
            local_name: "print".into(),
            module: "std".into(),
            name: "print_i64".into(),
            sig: FuncType::new([Type::I64], []),
        }],
        globals: vec![Global { name: "count".into(), ty: Type::I64, mutable: true, init: 0 }],
        constants: vec![Constant::Str("fib".into()), Constant::Bytes(vec![0, 1, 0xff])],
        memory: Some(Memory { initial: 65536, max: 65536 }),
        data: vec![DataSegment { offset: 16, bytes: b"hello\0".to_vec() }],
        functions: vec![fib(), main_func()],
        exports: vec![
            Export { name: "main".into(), func: FuncId(1) },
            Export { name: "fibonacci".into(), func: FuncId(0) },
        ],
        classes: vec![],
        any_hook: None,
    }
}

fn seed_archives() -> Vec<Vec<u8>> {
    let small = Module::new("empty");
    vec![
        archive::encode(&Archive::from_modules(vec![seed_module()], "main")),
        archive::encode(&Archive::from_modules(vec![seed_module(), small.clone()], "main")),
        archive::encode(&Archive::from_modules(vec![small], "main")),
    ]
}

fn seed_texts() -> Vec<Vec<u8>> {
    vec![text::print(&[seed_module()]).into_bytes(), text::print(&[seed_module(), Module::new("empty")]).into_bytes()]
}

// ---- one test per target, one per regression directory ---------------------------

#[test]
fn decode_rira_survives_random_and_mutated_archives() {
    let seeds = seed_archives();
    for s in &seeds {
        assert!(targets::decode_rira(s), "a seed archive does not decode");
    }
    let garbage = |input: &[u8]| assert!(!targets::decode_rira(input), "random bytes decoded: {input:x?}");
    run_generated(
        0x5eed_a2c1,
        &seeds,
        |input| {
            targets::decode_rira(input);
        },
        garbage,
    );
}

#[test]
fn decode_rira_regressions() {
    run_regressions("decode_rira", |input| {
        targets::decode_rira(input);
    });
}

#[test]
fn parse_rir_survives_random_and_mutated_text() {
    let seeds = seed_texts();
    for s in &seeds {
        assert!(targets::parse_rir(s), "a seed text does not parse:\n{}", String::from_utf8_lossy(s));
    }
    for bad in ["module", "module m\nfunc @f( {", "module m\nglobal $g: i33 = 0", "\u{0}\u{1}"] {
        assert!(!targets::parse_rir(bad.as_bytes()), "garbage parsed: {bad:?}");
    }
    run_generated(
        0x7e47_0001,
        &seeds,
        |input| {
            targets::parse_rir(input);
        },
        |_| {},
    );
}

#[test]
fn parse_rir_regressions() {
    run_regressions("parse_rir", |input| {
        targets::parse_rir(input);
    });
}

#[test]
fn verify_survives_random_and_mutated_input() {
    let seeds: Vec<Vec<u8>> = seed_texts().into_iter().chain(seed_archives()).collect();
    for s in &seeds {
        assert!(targets::verify(s) > 0, "a seed gave no module to verify");
    }
    run_generated(
        0x0e41_f1ed,
        &seeds,
        |input| {
            targets::verify(input);
        },
        |_| {},
    );
}

#[test]
fn verify_regressions() {
    run_regressions("verify", |input| {
        targets::verify(input);
    });
}
