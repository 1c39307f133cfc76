//! Call-cost benchmark (issue 8, item 9): calls per second of a host→guest call (Rust API and
//! the dynamic-signature path the C ABI uses), a guest→host call (typed closure and dynamic),
//! a guest→guest call in one module and one across modules (how cross-language calls link).
//!
//! usage: bench/calls/run.sh  (or cargo run -p rootvm-capi --release --example call_cost [N])

use rootir::{FuncType, Type};
use std::time::Instant;
use vm::{Config, Value, Vm};

fn load(dynamic_host: bool) -> Vm {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../bench/calls/calls.rir");
    let src = std::fs::read_to_string(path).expect("bench/calls/calls.rir");
    let mut vm = Vm::new(Config::default());
    if dynamic_host {
        vm.define_dynamic("host", "inc", FuncType::new([Type::I64], [Type::I64]), |args, results| {
            if let Value::I64(x) = args[0] {
                results[0] = Value::I64(x + 1);
            }
            Ok(())
        });
    } else {
        vm.define("host", "inc", |x: i64| x + 1);
    }
    vm.load(rootir::text::parse(&src, path).expect("parse")).expect("load");
    vm
}

fn report(what: &str, n: u64, seconds: f64) {
    println!("| {what} | {:.1} M/s | {:.1} ns |", n as f64 / seconds / 1e6, seconds * 1e9 / n as f64);
}

/// The best of three timings of `f`.
fn best(mut f: impl FnMut() -> f64) -> f64 {
    (0..3).map(|_| f()).fold(f64::INFINITY, f64::min)
}

fn main() {
    let n: u64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10_000_000);
    let mut vm = load(false);
    println!("| call | calls per second | ns per call |");
    println!("|---|---|---|");
    let host_n = n / 10;
    let t = best(|| {
        let start = Instant::now();
        let mut x = 0i64;
        for _ in 0..host_n {
            x = match vm.call("calls", "inc", &[Value::I64(x)]).expect("call")[0] {
                Value::I64(v) => v,
                _ => unreachable!(),
            };
        }
        assert_eq!(x, host_n as i64);
        start.elapsed().as_secs_f64()
    });
    report("host→guest (`Vm::call`)", host_n, t);
    for (what, export) in [
        ("guest→guest, same module", "guest_guest"),
        ("guest→guest, across modules", "guest_module"),
        ("guest→host, typed closure", "guest_host"),
    ] {
        let t = best(|| {
            let start = Instant::now();
            assert_eq!(vm.call("calls", export, &[Value::I64(n as i64)]).expect("run"), [Value::I64(n as i64)]);
            start.elapsed().as_secs_f64()
        });
        report(what, n, t);
    }
    let mut dynamic = load(true);
    let t = best(|| {
        let start = Instant::now();
        assert_eq!(dynamic.call("calls", "guest_host", &[Value::I64(n as i64)]).expect("run"), [Value::I64(n as i64)]);
        start.elapsed().as_secs_f64()
    });
    report("guest→host, `define_dynamic` (C ABI path, without the C call)", n, t);
}
