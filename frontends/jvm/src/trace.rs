//! The table `std.java_trace` reads to print a Throwable's `\tat Class.method(File.java:line)`
//! lines (format: vm/src/javatrace.rs): one line per module function, naming each translated Java
//! method with its source file and LineNumberTable.

use crate::classfile::{ClassFile, MethodDef};
use crate::program::{Program, dotted};
use rootir::{Constant, FuncId};

/// Adds the trace line of method `def` of `file`, translated as function `func`.
pub fn add(lines: &mut Vec<(FuncId, String)>, p: &Program, file: &ClassFile, def: &MethodDef, func: FuncId) {
    let class = &file.name;
    let outer = class.rsplit('/').next().unwrap_or(class).split('$').next().unwrap_or(class);
    let source = file.source_file.clone().unwrap_or_else(|| format!("{outer}.java"));
    let skip = def.name == "<init>" && is_throwable(p, class);
    let table = def.code.as_ref().map(|c| c.lines.iter().map(|(pc, l)| format!("{pc}:{l}")).collect::<Vec<_>>());
    let line = format!(
        "{}\t{}.{}\t{source}\t{}",
        u8::from(skip),
        dotted(class),
        def.name,
        table.unwrap_or_default().join(" ")
    );
    lines.push((func, line));
}

/// Whether `class` is `java/lang/Throwable` or a subclass.
fn is_throwable(p: &Program, class: &str) -> bool {
    let mut c = Some(class.to_string());
    while let Some(name) = c {
        if name == "java/lang/Throwable" {
            return true;
        }
        c = p.classes.get(&name).and_then(|i| i.super_name.clone());
    }
    false
}

/// Writes the table into the program's trace-table constant (when a Throwable uses it).
pub fn fill_table(p: &mut Program, lines: &[(FuncId, String)]) {
    let mut text = vec![String::new(); p.module.functions.len()];
    for (func, line) in lines {
        if let Some(slot) = text.get_mut(func.index()) {
            slot.clone_from(line);
        }
    }
    let c = p.trace_table() as usize;
    p.module.constants[c] = Constant::Str(text.join("\n"));
}
