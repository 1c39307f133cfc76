//! The graphviz renderers produce well-formed dot: balanced braces and quotes, every edge's
//! endpoints declared as nodes, one edge per CFG edge.

mod support;

use rootir::fuzzing::Rng;
use rootir::{Export, FuncId, Module};
use std::collections::HashSet;

/// Checks the dot text; returns (nodes, edges).
fn well_formed(dot: &str) -> (usize, usize) {
    assert!(dot.starts_with("digraph ") && dot.trim_end().ends_with('}'), "{dot}");
    let (mut depth, mut in_quote, mut escaped) = (0i32, false, false);
    for c in dot.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_quote => escaped = true,
            '"' => in_quote = !in_quote,
            '{' if !in_quote => depth += 1,
            '}' if !in_quote => {
                depth -= 1;
                assert!(depth >= 0, "{dot}");
            }
            _ => {}
        }
    }
    assert!(depth == 0 && !in_quote, "unbalanced: {dot}");
    let mut nodes = HashSet::new();
    let mut edges = Vec::new();
    for line in dot.lines().map(str::trim) {
        if let Some((from, to)) = line.strip_suffix(';').and_then(|l| l.split_once(" -> ")) {
            let to = to.strip_suffix(" [style=dashed]").unwrap_or(to);
            edges.push((from.to_string(), to.to_string()));
        } else if let Some((name, _)) = line.split_once(" [label=") {
            assert!(nodes.insert(name.to_string()), "node {name} declared twice");
        }
    }
    for (a, b) in &edges {
        assert!(nodes.contains(a) && nodes.contains(b), "edge {a} -> {b} to an undeclared node\n{dot}");
    }
    (nodes.len(), edges.len())
}

#[test]
fn stack_and_register_dot_are_well_formed() {
    let mut rng = Rng::new(0xd07);
    for _ in 0..200 {
        let f = support::Gen::new(&mut rng).function();
        let cfg = vstarr::cfg::Cfg::build(&f, &vstarr::NoModule).unwrap();
        let (nodes, edges) = well_formed(&vstarr::dot::stack_dot(&f));
        assert_eq!((nodes, edges), (cfg.blocks.len(), cfg.graph.edge_count()));
        let reg = vstarr::translate(&f).unwrap();
        let mut m = Module::new("m");
        m.functions.push(reg.clone());
        m.functions.push(vstarr::translate(&support::helper()).unwrap());
        m.exports.push(Export { name: "f".into(), func: FuncId(0) });
        let (nodes, _) = well_formed(&vstarr::dot::register_dot(&m, &reg));
        assert_eq!(nodes, reg.blocks.len());
    }
    // Rejected code still renders.
    let mut bad = support::helper();
    bad.code.truncate(1);
    well_formed(&vstarr::dot::stack_dot(&bad));
}

#[test]
fn register_dot_lists_each_blocks_instructions() {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus/stack/switch.stk")).unwrap();
    let f = &vstarr::text::parse(&src).unwrap()[0];
    let s = vstarr::dot::stack_dot(f);
    assert!(s.contains("1: switch [@2, @4, @4], @6") && s.contains("  i0 -> i2;"), "{s}");
    let reg = vstarr::translate(f).unwrap();
    let mut m = Module::new("m");
    m.functions.push(reg.clone());
    let d = vstarr::dot::register_dot(&m, &reg);
    assert!(d.contains("br_table r0, [b1, b2, b2], b3") && d.contains("  b0 -> b2;"), "{d}");
}

#[test]
fn exception_edges_are_dashed_in_both_forms() {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus/stack/exceptions.stk")).unwrap();
    let file = vstarr::text::parse_file(&src).unwrap();
    let f = file.funcs.iter().find(|f| f.name == "classify").unwrap();
    let s = vstarr::dot::stack_dot_in(f, &file.module);
    assert_eq!(s.matches("[style=dashed]").count(), 4, "{s}"); // try → inner; the inner handler's 3 blocks → outer
    well_formed(&s);
    let mut m = file.module.clone();
    let at = file.first + file.funcs.iter().position(|f| f.name == "classify").unwrap();
    m.functions[at] = vstarr::translate_in(f, &file.module).unwrap();
    let d = vstarr::dot::register_dot(&m, &m.functions[at]);
    assert_eq!(d.matches("[style=dashed]").count(), 4, "{d}");
    assert!(d.contains("catch"), "the handler block's body is listed: {d}");
    well_formed(&d);
}
