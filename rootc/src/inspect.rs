//! `rootc stats` and `rootc cfg`: looking at what vstarr did to a program.
//!
//! A frontend input whose frontend exposes its stack form (see [`stack_form`]) is measured
//! against vstarr's naive translation and drawn in stack or register form; `.rir` and
//! `.rira` programs (and frontends without a stack form) have only the register form.

use crate::{frontends, program};
use rootc_frontend::{Frontend, Input, Options, registry};
use rootir::{Function, Module};
use std::path::Path;
use vstarr::Stats;
use vstarr::stack::StackFunction;

/// Which form of a function `rootc cfg` draws.
#[derive(Copy, Clone, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Form {
    /// The stack form the frontend built, split into vstarr's basic blocks.
    Stack,
    /// The register rootIR function.
    Register,
}

/// `(module, function)` pairs in stack form.
type StackForm = Vec<(String, StackFunction)>;

/// The stack form of `input` from `frontend`, if the frontend exposes one.
///
/// The plugin API (`rootc-frontend`) depends on rootir alone, so it has no hook that speaks
/// vstarr's types; each frontend that builds stack functions offers a `stack_functions`
/// function and is named here, next to its `use` in `frontends.rs`.
pub fn stack_form(frontend: &dyn Frontend, input: &Input, options: &Options) -> Option<Result<StackForm, String>> {
    match frontend.name() {
        "example" => Some(frontend_example::stack_functions(input, options).map_err(|d| d.to_string())),
        "jvm" => Some(frontend_jvm::stack_functions(input, options).map_err(|d| d.to_string())),
        "python" => Some(frontend_python::stack_functions(input, options).map_err(|d| d.to_string())),
        _ => None,
    }
}

/// A program read for inspection.
struct Program {
    /// Its register modules.
    modules: Vec<Module>,
    /// Its stack form, when it came from a frontend that exposes one.
    stack: Option<StackForm>,
}

/// Reads `path`: with a frontend (and its stack form) if one accepts it and it is neither
/// `.rir` nor a `.rira` archive, else as `.rir` or `.rira`.
fn load(path: &Path, options: &Options) -> Result<Program, String> {
    let ir = path.extension().is_some_and(|e| e == "rir" || e == "rira");
    if !ir {
        let input = Input::read(path).map_err(|e| format!("error: cannot read {}: {e}", path.display()))?;
        if !input.bytes.starts_with(&rootir::archive::MAGIC)
            && let Some(frontend) = registry::for_input(&input)
        {
            let modules = frontends::translate(frontend, &input, options)?.modules;
            let stack = stack_form(frontend, &input, options).transpose()?;
            return Ok(Program { modules, stack });
        }
    }
    Ok(Program { modules: program::read(path)?.modules, stack: None })
}

/// `rootc stats FILE`: instructions and registers per module and in total; against the naive
/// translation when the program has a stack form.
pub fn stats(file: &Path, options: &Options) -> Result<u8, String> {
    print!("{}", stats_text(file, options)?);
    Ok(0)
}

/// The text `rootc stats` prints.
pub fn stats_text(file: &Path, options: &Options) -> Result<String, String> {
    let program = load(file, options)?;
    match &program.stack {
        Some(stack) => naive_table(&program.modules, stack),
        None => Ok(register_table(&program.modules)),
    }
}

/// Per-module rows against the naive translation, then the total.
fn naive_table(modules: &[Module], stack: &StackForm) -> Result<String, String> {
    let mut rows: Vec<(String, Stats)> = Vec::new();
    for (module_name, sf) in stack {
        let func = find_in(modules, module_name, &sf.name).ok_or_else(|| {
            format!("error: the frontend's stack function `{module_name}.{}` has no translation", sf.name)
        })?;
        let module = modules.iter().find(|m| m.name == *module_name);
        let s = match module {
            Some(m) => vstarr::stats_in(sf, m, func),
            None => vstarr::stats(sf, func),
        }
        .map_err(|e| format!("error: {e}"))?;
        match rows.iter_mut().find(|(m, _)| m == module_name) {
            Some((_, total)) => *total += s,
            None => rows.push((module_name.clone(), s)),
        }
    }
    let mut total = Stats::default();
    for (_, s) in &rows {
        total += *s;
    }
    rows.push(("total".to_string(), total));
    let pct =
        |a: usize, b: usize| if b == 0 { "-".to_string() } else { format!("{:.1}%", 100.0 * a as f64 / b as f64) };
    let header = ["module", "functions", "insts", "naive", "ratio", "regs", "naive", "ratio"];
    let body = rows
        .iter()
        .map(|(m, s)| {
            vec![
                m.clone(),
                s.functions.to_string(),
                s.insts.to_string(),
                s.naive_insts.to_string(),
                pct(s.insts, s.naive_insts),
                s.regs.to_string(),
                s.naive_regs.to_string(),
                pct(s.regs, s.naive_regs),
            ]
        })
        .collect();
    Ok(table(&header, body))
}

/// Per-module instruction and register counts, then the total.
fn register_table(modules: &[Module]) -> String {
    let count = |fs: &[Function]| {
        (fs.len(), fs.iter().map(Function::inst_count).sum::<usize>(), fs.iter().map(|f| f.regs.len()).sum::<usize>())
    };
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut total = (0, 0, 0);
    for m in modules {
        let (f, i, r) = count(&m.functions);
        total = (total.0 + f, total.1 + i, total.2 + r);
        rows.push(vec![m.name.clone(), f.to_string(), i.to_string(), r.to_string()]);
    }
    rows.push(vec!["total".to_string(), total.0.to_string(), total.1.to_string(), total.2.to_string()]);
    table(&["module", "functions", "insts", "regs"], rows)
}

/// An aligned table: the first column left-aligned, the others right-aligned.
fn table(header: &[&str], rows: Vec<Vec<String>>) -> String {
    let all: Vec<Vec<String>> = std::iter::once(header.iter().map(|h| h.to_string()).collect()).chain(rows).collect();
    let widths: Vec<usize> =
        (0..header.len()).map(|c| all.iter().map(|r| r[c].chars().count()).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for row in &all {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(c, (cell, &w))| if c == 0 { format!("{cell:<w$}") } else { format!("{cell:>w$}") })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

/// The function `name` of module `module`.
fn find_in<'a>(modules: &'a [Module], module: &str, name: &str) -> Option<&'a Function> {
    modules.iter().filter(|m| m.name == module).flat_map(|m| &m.functions).find(|f| f.name == name)
}

/// `rootc cfg FILE FUNCTION [--form stack|register]`: prints the function's control-flow graph
/// in graphviz dot, in stack form when the program has one (or `--form stack`), else register.
pub fn cfg(file: &Path, function: &str, form: Option<Form>, options: &Options) -> Result<u8, String> {
    print!("{}", cfg_text(file, function, form, options)?);
    Ok(0)
}

/// The text `rootc cfg` prints.
pub fn cfg_text(file: &Path, function: &str, form: Option<Form>, options: &Options) -> Result<String, String> {
    let program = load(file, options)?;
    let (module, func) = resolve(&program.modules, function, file)?;
    let form = form.unwrap_or(if program.stack.is_some() { Form::Stack } else { Form::Register });
    match form {
        Form::Register => Ok(vstarr::dot::register_dot(module, func)),
        Form::Stack => {
            let Some(stack) = &program.stack else {
                return Err(format!(
                    "error: {} has no stack form (only frontend input may); use --form register",
                    file.display()
                ));
            };
            let sf = stack.iter().find(|(m, f)| *m == module.name && f.name == func.name).map(|(_, f)| f);
            let sf = sf.ok_or_else(|| format!("error: `{}.{}` has no stack form", module.name, func.name))?;
            Ok(vstarr::dot::stack_dot_in(sf, module))
        }
    }
}

/// Finds `spec`: a function name, or `module.name`.
fn resolve<'a>(modules: &'a [Module], spec: &str, file: &Path) -> Result<(&'a Module, &'a Function), String> {
    let all = || modules.iter().flat_map(|m| m.functions.iter().map(move |f| (m, f)));
    let mut found: Vec<_> = all().filter(|(_, f)| f.name == spec).collect();
    if found.is_empty()
        && let Some((module, name)) = spec.split_once('.')
    {
        found = all().filter(|(m, f)| m.name == module && f.name == name).collect();
    }
    match found.as_slice() {
        [one] => Ok(*one),
        [] => {
            let names: Vec<String> = all()
                .map(|(m, f)| if modules.len() > 1 { format!("{}.{}", m.name, f.name) } else { f.name.clone() })
                .collect();
            let list = if names.is_empty() { "none".to_string() } else { names.join(", ") };
            Err(format!("error: no function `{spec}` in {} (functions: {list})", file.display()))
        }
        many => {
            let names: Vec<String> = many.iter().map(|(m, f)| format!("{}.{}", m.name, f.name)).collect();
            Err(format!("error: `{spec}` names several functions ({}); write module.function", names.join(", ")))
        }
    }
}
