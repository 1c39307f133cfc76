//! Times a `bench/*.rir` program in-process, without process start-up or parsing (used to measure
//! the cost of the interrupt check).
//!
//! usage: cargo run -p rootvm-capi --release --example loop_cost [PROGRAM] [RUNS]
//! (PROGRAM is `loop`, `fib`, `sieve` or `float`; default `loop`, 5 runs)

use std::time::Instant;
use vm::stdlib::{StdConfig, register};
use vm::{Config, Vm};

fn main() {
    let program = std::env::args().nth(1).unwrap_or_else(|| "loop".to_string());
    let runs: usize = std::env::args().nth(2).and_then(|a| a.parse().ok()).unwrap_or(5).max(1);
    let path = format!("{}/../../bench/{program}.rir", env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut times = Vec::new();
    for _ in 0..runs {
        let mut vm = Vm::new(Config::default());
        register(&mut vm, StdConfig::process(Vec::new()));
        vm.load(rootir::text::parse(&src, &path).expect("parse")).expect("load");
        let start = Instant::now();
        vm.call(&program, "main", &[]).expect("run");
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    eprintln!("{program}.rir: median {:.3} s, min {:.3} s over {runs} runs", times[runs / 2], times[0]);
}
