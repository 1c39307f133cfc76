//! `rootc stats` and `rootc cfg` on example-frontend programs and on `.rir`.

use frontend_example as _; // name the plugin crate, or the linker drops its registration
mod common;
use common::scratch;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn rootc(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rootc")).args(args).output().expect("rootc runs")
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn path(rel: &str) -> String {
    repo().join(rel).to_str().expect("utf-8 path").to_string()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

/// The rows of a stats table (header first), split into cells.
fn rows(text: &str) -> Vec<Vec<String>> {
    text.lines().map(|l| l.split_whitespace().map(str::to_string).collect()).collect()
}

fn num(cell: &str) -> usize {
    cell.parse().unwrap_or_else(|_| panic!("not a number: {cell}"))
}

/// Sums the numeric columns `cols` over the module rows and compares with the total row.
fn assert_totals_add_up(table: &[Vec<String>], cols: &[usize]) {
    let (total, modules) = table[1..].split_last().expect("a total row");
    assert_eq!(total[0], "total");
    for &c in cols {
        let sum: usize = modules.iter().map(|r| num(&r[c])).sum();
        assert_eq!(sum, num(&total[c]), "column {} of {table:?}", table[0][c]);
    }
}

#[test]
fn stats_on_a_stk_program_beat_the_naive_translation_and_add_up() {
    for file in ["loops.stk", "recursion.stk", "fizzbuzz.stk"] {
        let o = rootc(&["stats", &path(&format!("frontends/example/examples/{file}"))]);
        assert_eq!(o.status.code(), Some(0), "{file}: {}", stderr(&o));
        let table = rows(&stdout(&o));
        assert_eq!(table[0], ["module", "functions", "insts", "naive", "ratio", "regs", "naive", "ratio"]);
        assert_eq!(table.len(), 3, "one module and the total: {table:?}");
        assert_totals_add_up(&table, &[1, 2, 3, 5, 6]);
        let total = table.last().expect("total");
        assert!(num(&total[2]) < num(&total[3]), "{file}: not fewer instructions than naive: {total:?}");
        assert!(num(&total[5]) <= num(&total[6]), "{file}: more registers than naive: {total:?}");
    }
    let o = rootc(&["stats", &path("frontends/example/examples/loops.stk")]);
    assert!(stdout(&o).lines().nth(1).expect("row").starts_with("loops "), "{}", stdout(&o));
    assert_eq!(num(&rows(&stdout(&o))[1][1]), 4, "sum-to, gcd, countdown, main");
}

#[test]
fn stats_on_rir_counts_instructions_and_registers_per_module() {
    let dir = scratch("inspect");
    let file = dir.join("two.rir");
    let text = "module a\nexport @main\n\nfunc @main() -> i32 {\n  regs r0: i32\nb0:\n  r0 = i32.const 3\n  ret r0\n}\n\n\
                module b\n\nfunc @f(r0: i64) -> i64 {\n  regs r1: i64\nb0:\n  r1 = i64.add r0, r0\n  r1 = i64.add r1, r0\n  ret r1\n}\n";
    std::fs::write(&file, text).expect("write");
    let o = rootc(&["stats", file.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let table = rows(&stdout(&o));
    assert_eq!(table[0], ["module", "functions", "insts", "regs"]);
    assert_eq!(table[1], ["a", "1", "2", "1"]);
    assert_eq!(table[2], ["b", "1", "3", "2"]);
    assert_totals_add_up(&table, &[1, 2, 3]);
    let o = rootc(&["stats", &path("examples/hello.rir")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_totals_add_up(&rows(&stdout(&o)), &[1, 2, 3]);
}

/// Checks the dot text is well formed: one `digraph`, balanced braces outside quoted labels,
/// and every edge endpoint declared as a node.
fn assert_well_formed_dot(dot: &str) {
    assert!(dot.starts_with("digraph "), "{dot}");
    let (mut depth, mut quoted, mut escaped) = (0i32, false, false);
    for c in dot.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            '{' if !quoted => depth += 1,
            '}' if !quoted => {
                depth -= 1;
                assert!(depth >= 0, "unbalanced braces: {dot}");
            }
            _ => {}
        }
    }
    assert!(!quoted && depth == 0, "unbalanced quotes or braces: {dot}");
    let mut nodes = HashSet::new();
    let mut edges = Vec::new();
    for line in dot.lines().map(str::trim) {
        if let Some((from, to)) = line.strip_suffix(';').and_then(|l| l.split_once(" -> ")) {
            let to = to.strip_suffix(" [style=dashed]").unwrap_or(to);
            edges.push((from.to_string(), to.to_string()));
        } else if let Some((name, _)) = line.split_once(" [label=") {
            nodes.insert(name.to_string());
        }
    }
    assert!(!nodes.is_empty(), "no nodes: {dot}");
    for (from, to) in &edges {
        assert!(nodes.contains(from) && nodes.contains(to), "edge {from} -> {to} to an undeclared node: {dot}");
    }
}

#[test]
fn cfg_prints_well_formed_dot_in_both_forms() {
    let loops = path("frontends/example/examples/loops.stk");
    let o = rootc(&["cfg", &loops, "gcd"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let stack = stdout(&o);
    assert_well_formed_dot(&stack);
    assert!(stack.contains("i64.rem_s") && stack.contains("swap"), "the stack form by default: {stack}");
    assert!(stack.contains(" -> "), "a loop has edges: {stack}");
    let o = rootc(&["cfg", &loops, "gcd", "--form", "stack"]);
    assert_eq!(stdout(&o), stack);

    let o = rootc(&["cfg", &loops, "loops.gcd", "--form", "register"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let register = stdout(&o);
    assert_well_formed_dot(&register);
    assert!(register.contains("i64.rem_s") && !register.contains("swap"), "{register}");

    let o = rootc(&["cfg", &path("frontends/example/examples/fizzbuzz.stk"), "main"]);
    assert_well_formed_dot(&stdout(&o));
    let o = rootc(&["cfg", &path("examples/hello.rir"), "main"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_well_formed_dot(&stdout(&o));
}

#[test]
fn cfg_draws_handler_edges_of_the_register_form_dashed() {
    let o = rootc(&["cfg", &path("corpus/rir/exc_nested.rir"), "inner", "--form", "register"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let dot = stdout(&o);
    assert_well_formed_dot(&dot);
    // b0 and b1 are protected by different handlers (nested regions); the jump is solid.
    assert!(dot.contains("  b0 -> b1;\n"), "{dot}");
    assert!(dot.contains("  b0 -> b2 [style=dashed];\n") && dot.contains("  b1 -> b3 [style=dashed];\n"), "{dot}");
    assert!(dot.contains("r1 = catch"), "the handlers' code: {dot}");
    // A function without handlers has no dashed edge.
    let o = rootc(&["cfg", &path("examples/hello.rir"), "main"]);
    assert!(!stdout(&o).contains("dashed"), "{}", stdout(&o));
}

#[test]
fn cfg_errors_exit_1_with_a_message() {
    let loops = path("frontends/example/examples/loops.stk");
    let o = rootc(&["cfg", &loops, "nope"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("no function `nope`") && err.contains("gcd"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let o = rootc(&["cfg", &path("examples/hello.rir"), "main", "--form", "stack"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no stack form"), "{}", stderr(&o));
    let o = rootc(&["stats", "/nonexistent/x.stk"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("cannot read"), "{}", stderr(&o));
}
