//! Graphviz pictures of control-flow graphs, for the stack form (as [`crate::cfg`] splits
//! it) and for the register form: one box per block listing its instructions, one arrow per
//! normal edge (branch, switch case, fall-through), a dashed arrow from each block with a
//! handler to the handler.

use crate::cfg::Cfg;
use crate::stack::StackFunction;
use rootir::{Function, Module};
use std::fmt::Write;

/// Escapes text for a dot label (left-justified lines).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' | '\\' | '{' | '}' | '<' | '>' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\l"),
            _ => out.push(c),
        }
    }
    out
}

fn header(out: &mut String, name: &str) {
    let _ = writeln!(out, "digraph \"{}\" {{", escape(name));
    out.push_str("  node [shape=box, fontname=\"monospace\"];\n");
}

/// The stack function's CFG in dot: blocks named by their first instruction (`i12`), each
/// instruction with its index. Code the CFG rejects is drawn as one block with the error.
pub fn stack_dot(func: &StackFunction) -> String {
    stack_dot_in(func, &crate::NoModule)
}

/// [`stack_dot`] for a function whose operations name entities of a module (`env`).
pub fn stack_dot_in(func: &StackFunction, env: &dyn crate::ModuleEnv) -> String {
    let mut out = String::new();
    header(&mut out, &func.name);
    match Cfg::build(func, env) {
        Ok(cfg) => {
            for block in &cfg.blocks {
                let mut label = format!("i{}:\n", block.start);
                for o in block.start..block.end {
                    let _ = writeln!(label, "  {o}: {}", crate::text::print_inst(&func.code[o as usize]));
                }
                let _ = writeln!(out, "  i{} [label=\"{}\"];", block.start, escape(&label));
            }
            for block in &cfg.blocks {
                for &s in &block.succs {
                    let _ = writeln!(out, "  i{} -> i{};", block.start, cfg.blocks[s].start);
                }
                if let Some(h) = block.handler {
                    let _ = writeln!(out, "  i{} -> i{} [style=dashed];", block.start, cfg.blocks[h].start);
                }
            }
        }
        Err(e) => {
            let _ = writeln!(out, "  error [label=\"{}\"];", escape(&e.to_string()));
        }
    }
    out.push_str("}\n");
    out
}

/// The register function's CFG in dot, blocks named as in `.rir` (`b3`), instructions as
/// `rootir::text` prints them.
pub fn register_dot(module: &Module, func: &Function) -> String {
    let text = rootir::text::print_function(module, func);
    // The printer's lines, grouped by block label.
    let mut bodies: Vec<String> = vec![String::new(); func.blocks.len()];
    let mut current: Option<usize> = None;
    for line in text.lines() {
        let t = line.trim();
        // `b3:` or `b3 handler b7:`
        let header = t.strip_suffix(':').and_then(|h| h.split(' ').next()).and_then(|h| h.strip_prefix('b'));
        if let Some(n) = header.and_then(|n| n.parse::<usize>().ok()) {
            current = (n < bodies.len()).then_some(n);
        } else if let Some(b) = current
            && line.starts_with("  ")
        {
            let _ = writeln!(bodies[b], "{t}");
        }
    }
    let mut out = String::new();
    header(&mut out, &func.name);
    for (b, body) in bodies.iter().enumerate() {
        let _ = writeln!(out, "  b{b} [label=\"{}\"];", escape(&format!("b{b}:\n{body}")));
    }
    for (b, block) in func.blocks.iter().enumerate() {
        let mut seen = Vec::new();
        for t in block.insts.last().map(|i| i.data.successors()).unwrap_or_default() {
            if t.index() < func.blocks.len() && !seen.contains(&t) {
                seen.push(t);
                let _ = writeln!(out, "  b{b} -> b{};", t.index());
            }
        }
        if let Some(h) = block.handler.filter(|h| h.index() < func.blocks.len()) {
            let _ = writeln!(out, "  b{b} -> b{} [style=dashed];", h.index());
        }
    }
    out.push_str("}\n");
    out
}
