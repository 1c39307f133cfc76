//! The table `std.java_frame_names` / `std.java_frame_lines` read to name the frames of a
//! Throwable's stack trace (format: vm/src/javatrace.rs): one line per module function, naming each translated Java
//! method with its source file and LineNumberTable, and, for the input's own classes, the
//! helpful NullPointerException message of each instruction that may raise one (npe.rs), which
//! `std.java_npe_message` reads.

use crate::classfile::{ClassFile, MethodDef};
use crate::program::{Program, dotted};
use rootir::{Constant, FuncId};

/// Frames of the Java library reported as the JDK's own: (class, method, `module/` and the name
/// HotSpot reports, file, line). JDK 17.0.15's `Thread.run` is the bottom frame of every thread
/// started with a `Runnable`, its `Thread.getStackTrace` the first of the array it returns; our
/// `Thread.java` cannot carry the JDK's line numbers.
const JDK_FRAMES: &[(&str, &str, &str, &str, u32)] = &[
    ("java/lang/Thread", "run", "java.base/java.lang.Thread.run", "Thread.java", 840),
    ("java/lang/Thread", "getStackTrace", "java.base/java.lang.Thread.getStackTrace", "Thread.java", 1619),
];

/// Adds the trace line of method `def` of `file`, translated as function `func`; `input` says
/// whether the class is the input's (its NullPointerException messages are added) or the
/// library's.
pub fn add(
    lines: &mut Vec<(FuncId, String)>,
    p: &Program,
    file: &ClassFile,
    def: &MethodDef,
    func: FuncId,
    input: bool,
) {
    let class = &file.name;
    if !input && let Some((_, _, name, source, line)) = JDK_FRAMES.iter().find(|f| f.0 == class && f.1 == def.name) {
        lines.push((func, format!("0\t{name}\t{source}\t0:{line}\t")));
        return;
    }
    let outer = class.rsplit('/').next().unwrap_or(class).split('$').next().unwrap_or(class);
    let source = file.source_file.clone().unwrap_or_else(|| format!("{outer}.java"));
    // HotSpot leaves out the frames filling in the trace and constructing the Throwable.
    let skip = matches!(def.name.as_str(), "<init>" | "fillInStackTrace") && is_throwable(p, class);
    let table = def.code.as_ref().map(|c| c.lines.iter().map(|(pc, l)| format!("{pc}:{l}")).collect::<Vec<_>>());
    let npe = if input { crate::npe::messages(file, def) } else { Default::default() };
    let npe: Vec<String> =
        npe.iter().map(|(pc, m)| format!("{pc}:{}", m.replace(['\t', '\n', NPE_SEP], " "))).collect();
    let line = format!(
        "{}\t{}.{}\t{source}\t{}\t{}",
        u8::from(skip),
        dotted(class),
        def.name,
        table.unwrap_or_default().join(" "),
        npe.join(&NPE_SEP.to_string())
    );
    lines.push((func, line));
}

/// The separator of the NullPointerException messages of a table line.
const NPE_SEP: char = '\u{1f}';

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
    // A lambda's interface method (lambda.rs) is a hidden frame, as HotSpot's lambda classes
    // are: never printed, and a null-reference trap in it has no message (the line with an
    // empty name; runtime helpers, without a line, are passed over instead).
    let mut text: Vec<String> = p
        .module
        .functions
        .iter()
        .map(|f| if f.name.contains("$$Lambda$") { "0\t\t\t\t".to_string() } else { String::new() })
        .collect();
    for (func, line) in lines {
        if let Some(slot) = text.get_mut(func.index()) {
            slot.clone_from(line);
        }
    }
    let c = p.trace_table() as usize;
    p.module.constants[c] = Constant::Str(text.join("\n"));
}
