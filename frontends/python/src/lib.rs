//! The Python frontend: Python 3.11 source → vstarr stack form over `any` values → rootIR.
//!
//! Every Python value lives in an `any` register. The VM core knows nothing of Python: the
//! generated code calls the `py` host module of the runtime crate `rootvm-python` for
//! arithmetic, comparisons, containers, attributes and calls (see `docs/python.md`).
//!
//! - the module body becomes the exported `main() -> i32`; module-level names are globals
//!   (reached through `$gget`/`$gset`, an `any` array);
//! - each `def`/`lambda`/method becomes a direct form `(any, ...) -> any` (used by calls of
//!   module-level functions by name) and an entry form `(args tuple) -> any` (used by the call
//!   protocol for every other call);
//! - constructs this slice does not support are reported with their position, never compiled
//!   to wrong code.
//!
//! ```
//! use rootc_frontend::{Frontend, Input, Options};
//! let input = Input::new("hello.py", "print('hello', 6 * 7)\n");
//! let modules = frontend_python::Python.translate(&input, &Options::default()).unwrap();
//! assert!(modules[0].export("main").is_some());
//! ```

mod async_comp;
mod async_gen;
mod async_stmts;
mod callargs;
mod classes;
mod cleanup;
mod compile;
mod coroutines;
mod cx;
mod decorators;
mod drain;
mod emit;
mod expr;
mod fastops;
mod generators;
mod genexpr;
mod host;
mod identity;
mod imports;
mod locals;
mod loops;
mod methods;
mod prelude;
mod scope;
mod spans;
mod stmt;
mod stubs;
mod tuples;
mod yield_hoist;

use rootc_frontend::{Diagnostic, Diagnostics, Frontend, FrontendEntry, Input, Location, Options};
use rustpython_parser::{Mode, ast, parse};
use vstarr::stack::StackFunction;

/// The Python frontend (registered as `python`).
#[derive(Copy, Clone, Debug, Default)]
pub struct Python;

inventory::submit! { FrontendEntry::new(&Python) }

impl Frontend for Python {
    fn name(&self) -> &'static str {
        "python"
    }

    fn description(&self) -> &'static str {
        "Python 3.11 source (first slice: see docs/python.md)"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["py"]
    }

    fn magic(&self) -> &'static [&'static [u8]] {
        &[b"#!/usr/bin/env python3", b"#!/usr/bin/python3"]
    }

    /// The script's module first, then the sibling modules it imports (`import util` of a
    /// `util.py` next to it), each compiled once.
    fn translate(&self, input: &Input, options: &Options) -> Result<Vec<rootir::Module>, Diagnostics> {
        let siblings = imports::Siblings::default();
        let module = translate_module(input, &module_name(input), options, &siblings);
        let mut shared = siblings.borrow_mut();
        if let Some(d) = shared.failed.take() {
            return Err(d);
        }
        let mut modules = vec![module?];
        modules.append(&mut shared.modules);
        Ok(modules)
    }
}

/// Translates one Python module named `name` (a sibling's diagnostics go to `siblings.failed`).
pub(crate) fn translate_module(
    input: &Input,
    name: &str,
    options: &Options,
    siblings: &imports::Siblings,
) -> Result<rootir::Module, Diagnostics> {
    let file = input.display_path();
    let text = source_text(input)?;
    let body = parse_module(&file, text)?;
    let mut m = emit::ModGen::new(text, file.clone());
    m.linked = imports::Imports::new(name, options, siblings);
    m.prelude = prelude::wanted(name, &body);
    let lowered = compile::lower(&mut m, &body).map_err(|e| error(&m, &file, e))?;
    compile::assemble(&mut m, name, &lowered).map_err(|e| error(&m, &file, e))
}

/// Compiles the prelude (the built-ins written in Python, `src/prelude/*.py`) from its source:
/// what `scripts/build_py_prelude.sh` writes to the committed `src/prelude/prelude.rira`.
pub fn compile_prelude() -> Result<rootir::Module, Diagnostics> {
    prelude::compile()
}

/// The compiled prelude every Python program links (the committed archive).
pub fn compiled_prelude() -> Result<rootir::Module, String> {
    prelude::compiled()
}

fn module_name(input: &Input) -> String {
    let stem = input.stem();
    if stem.is_empty() { "main".into() } else { stem }
}

/// The body of the fuzz target `translate_python` (and of this crate's hostile-input test):
/// source text (lossily decoded) either gives diagnostics or modules that verify. Panics only
/// on a bug: a panic in the frontend, or invalid rootIR.
pub fn fuzz_translate(data: &[u8]) {
    let input = Input::new("fuzz.py", String::from_utf8_lossy(data).into_owned());
    if let Ok(modules) = Python.translate(&input, &Options::default()) {
        for m in &modules {
            if let Err(errors) = rootir::verify::verify_module(m) {
                panic!("invalid rootIR for {:?}: {errors:?}", String::from_utf8_lossy(data));
            }
        }
    }
}

/// The stack form of every function (`rootc stats` and `rootc cfg` show it).
pub fn stack_functions(input: &Input, options: &Options) -> Result<Vec<(String, StackFunction)>, Diagnostics> {
    let file = input.display_path();
    let text = source_text(input)?;
    let body = parse_module(&file, text)?;
    let mut m = emit::ModGen::new(text, file.clone());
    m.linked = imports::Imports::new(&module_name(input), options, &Default::default());
    let lowered = compile::lower(&mut m, &body).map_err(|e| error(&m, &file, e))?;
    let name = module_name(input);
    Ok(lowered.into_iter().map(|l| (name.clone(), l.func)).collect())
}

/// The source as UTF-8; other coding declarations are rejected.
fn source_text(input: &Input) -> Result<&str, Diagnostics> {
    let text = input.text()?;
    for (i, line) in text.lines().take(2).enumerate() {
        let l = line.trim_start();
        if l.starts_with('#')
            && let Some(p) = l.find("coding")
        {
            let rest = l[p + 6..].trim_start_matches([':', '=']).trim_start();
            let enc: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_').collect();
            let e = enc.to_ascii_lowercase().replace('_', "-");
            if !e.is_empty() && e != "utf-8" && e != "utf8" {
                let mut d = Diagnostics::new();
                d.error(
                    Location::line(input.display_path(), i as u32 + 1, 1),
                    format!("source encoding `{enc}` is not supported (only UTF-8)"),
                );
                return Err(d);
            }
        }
    }
    Ok(text)
}

fn parse_module(file: &str, text: &str) -> Result<Vec<ast::Stmt>, Diagnostics> {
    let parsed = std::panic::catch_unwind(|| parse(text, Mode::Module, file));
    let mut d = Diagnostics::new();
    match parsed {
        Ok(Ok(ast::Mod::Module(m))) => {
            let body = if text.contains("async") { coroutines::lower(m.body) } else { m.body };
            Ok(if text.contains("yield") || text.contains("await") { yield_hoist::lower(body) } else { body })
        }
        Ok(Ok(_)) => {
            d.error(Location::File(file.into()), "not a module");
            Err(d)
        }
        Ok(Err(e)) => {
            let index = rustpython_parser::source_code::LineIndex::from_source_text(text);
            let loc = index.source_location(e.offset, text);
            d.push(Diagnostic::error(
                Location::line(file, loc.row.get(), loc.column.get()),
                format!("SyntaxError: {}", e.error),
            ));
            Err(d)
        }
        Err(_) => {
            d.error(Location::File(file.into()), "SyntaxError: the parser failed on this input");
            Err(d)
        }
    }
}

fn error(m: &emit::ModGen<'_>, file: &str, (at, message): emit::Error) -> Diagnostics {
    let (line, col) = m.line_col(at);
    let mut d = Diagnostics::new();
    d.error(Location::line(file, line, col), message);
    d
}
