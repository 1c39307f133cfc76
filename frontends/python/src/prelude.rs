//! The prelude (`prelude/*.py`): the built-ins that must call Python code, written in Python and
//! linked with every Python program as module `__rootvm_prelude__`. It is compiled once, by
//! `scripts/build_py_prelude.sh`, into the committed archive `prelude/prelude.rira`, which the
//! frontend embeds (the test `prelude_archive` fails when that archive is stale). Every module
//! body imports it first; its body registers its functions with the runtime
//! (`runtimes/python/src/prelude.rs`), which calls them through call requests.

use crate::cx::{Cx, R};
use rootc_frontend::{Diagnostics, Input, Options};
use rootir::Module;
use rustpython_ast::Visitor;
use rustpython_parser::ast;

/// The prelude's module name.
pub const NAME: &str = "__rootvm_prelude__";
/// The prelude's file name (its frames are hidden from tracebacks).
pub const PATH: &str = "__rootvm_prelude__.py";
/// The prelude's source: one module, kept in six files.
pub const SOURCE: &str = concat!(
    include_str!("prelude/compare.py"),
    include_str!("prelude/iterate.py"),
    include_str!("prelude/dataclasses.py"),
    include_str!("prelude/objects.py"),
    include_str!("prelude/asyncio.py"),
    include_str!("prelude/memoryview.py")
);
/// The prelude compiled by `scripts/build_py_prelude.sh` (an archive of one module).
const ARCHIVE: &[u8] = include_bytes!("prelude/prelude.rira");

/// Compiles the prelude from [`SOURCE`] (what `scripts/build_py_prelude.sh` archives).
pub fn compile() -> Result<Module, Diagnostics> {
    crate::translate_module(&Input::new(PATH, SOURCE), NAME, &Options::default(), &Default::default())
}

/// The committed compiled prelude.
pub fn compiled() -> Result<Module, String> {
    let archive = rootir::archive::decode(ARCHIVE).map_err(|e| format!("the compiled prelude is damaged: {e}"))?;
    archive
        .modules
        .into_iter()
        .find(|m| m.name == NAME)
        .ok_or_else(|| format!("the compiled prelude has no module `{NAME}`"))
}

/// Whether module `name` (its body `body`) imports the prelude: when it may hand the prelude
/// work (see [`Uses`]). Linking it costs little (it is compiled once), but the VM verifies and
/// compiles all of it at load, so a module that cannot need it goes without.
pub fn wanted(name: &str, body: &[ast::Stmt]) -> bool {
    if name == NAME {
        return false;
    }
    let mut uses = Uses::default();
    for s in body {
        uses.visit_stmt(s.clone());
    }
    uses.wants()
}

/// Prelude functions (keys of the prelude's `_TABLE`) that the runtime hands work only when a
/// value of the program is an instance or a generator (special methods inside built-in
/// operations, `runtimes/python/src/prelude.rs`), or, for the `key=` takers, a Python function
/// handed as `key=` through a call the frontend does not decorate itself.
const CONDITIONAL: &[&str] = &[
    "eq",
    "lt",
    "le",
    "gt",
    "ge",
    "in",
    "list",
    "tuple",
    "sum",
    "unpack",
    "binop",
    "count",
    "index",
    "remove",
    "bytes",
    "bytearray",
    "str",
];
/// Of the table's keys, those a Python function may reach (as `key=`, or as a generator).
const KEYED: &[&str] = &["sorted", "sort", "min", "max", "zip", "enumerate", "any", "all"];

/// The parts of every key of the prelude's `_TABLE` (`"functools.reduce": p_reduce,` →
/// `functools`, `reduce`): the built-ins, types, methods, modules and module functions it
/// implements.
fn table_names() -> &'static [&'static str] {
    static NAMES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let table = SOURCE.split("_TABLE = {").nth(1).unwrap_or("");
        let table = table.split('}').next().unwrap_or("");
        let literal = table.lines().filter_map(|l| l.trim().strip_prefix('"')?.split('"').next());
        // Entries added after the literal: `_TABLE["asyncio.run"] = p_asyncio_run`.
        let added = SOURCE.lines().filter_map(|l| l.strip_prefix("_TABLE[\"")?.split('"').next());
        literal.chain(added).flat_map(|k| k.split('.')).collect()
    })
}

/// What a module uses that may hand the prelude work: it makes instances or generators (a
/// class with special methods, `yield`, a generator expression, `NotImplemented`), passes
/// `key=`, `default=` or `**kw`, or names a built-in the prelude implements (any name of its
/// table but the ones of [`CONDITIONAL`], which only instances or generators reach, and
/// [`KEYED`], which also Python functions reach as keys). The runtime keeps the prelude's table
/// once one module registered it, so the module whose instances or functions reach a built-in
/// in another module links it.
#[derive(Default)]
struct Uses {
    objects: bool,
    keys: bool,
    keyed: bool,
    direct: bool,
    /// The module names `format` (`str.format`, whose fields may be instances) ...
    formats: bool,
    /// ... and defines a class.
    classes: bool,
}

impl Uses {
    fn wants(&self) -> bool {
        self.objects || self.direct || (self.keys && self.keyed) || (self.formats && self.classes)
    }

    fn name(&mut self, name: &str) {
        if name == "format" {
            self.formats = true;
        } else if name == "NotImplemented" {
            self.objects = true;
        } else if KEYED.contains(&name) {
            self.keyed = true;
        } else if !CONDITIONAL.contains(&name) && table_names().contains(&name) {
            self.direct = true;
        }
    }
}

/// Whether statement `s` of a class body defines a special method that built-in operations
/// may have to call (any `__name__` but `__init__`, `__str__` and `__repr__`, which the runtime
/// calls itself): only instances of such classes make built-ins hand work to the prelude.
fn special_method(s: &ast::Stmt) -> bool {
    let special =
        |n: &str| n.starts_with("__") && n.ends_with("__") && !matches!(n, "__init__" | "__str__" | "__repr__");
    match s {
        ast::Stmt::FunctionDef(f) => special(f.name.as_str()),
        ast::Stmt::Assign(a) => a.targets.iter().any(|t| matches!(t, ast::Expr::Name(n) if special(n.id.as_str()))),
        _ => false,
    }
}

impl Visitor for Uses {
    fn visit_stmt_class_def(&mut self, node: ast::StmtClassDef) {
        self.objects |= node.body.iter().any(special_method);
        self.classes = true;
        self.generic_visit_stmt_class_def(node);
    }
    fn visit_expr_yield(&mut self, _node: ast::ExprYield) {
        self.objects = true;
    }
    fn visit_expr_yield_from(&mut self, _node: ast::ExprYieldFrom) {
        self.objects = true;
    }
    fn visit_expr_generator_exp(&mut self, _node: ast::ExprGeneratorExp) {
        self.objects = true;
    }
    fn visit_expr_name(&mut self, node: ast::ExprName) {
        self.name(node.id.as_str());
    }
    fn visit_expr_attribute(&mut self, node: ast::ExprAttribute) {
        self.name(node.attr.as_str());
        self.generic_visit_expr_attribute(node);
    }
    fn visit_alias(&mut self, node: ast::Alias) {
        for part in node.name.split('.') {
            self.name(part);
        }
    }
    fn visit_keyword(&mut self, node: ast::Keyword) {
        self.keys |= node.arg.as_ref().is_none_or(|a| matches!(a.as_str(), "key" | "default"));
        crate::scope::visit_keyword_value(self, node);
    }
    crate::scope::walk_parts!(no_keyword);
}

/// Whether `text` mentions `NotImplemented` (not `NotImplementedError`): then special methods
/// may return it, and the runtime hands operators on instances to the prelude's `binop`,
/// which tries the reflected method next (the module tells the runtime at its start).
pub fn mentions_not_implemented(text: &str) -> bool {
    text.match_indices("NotImplemented").any(|(i, w)| !text[i + w.len()..].starts_with("Error"))
}

/// Whether `m` is the prelude (its instructions carry no source lines, so tracebacks skip
/// its frames, and it leaves the traceback names to the script).
pub fn is_prelude(m: &crate::emit::ModGen<'_>) -> bool {
    m.linked.module == NAME
}

impl Cx<'_, '_> {
    /// Links (once per translation) and runs the prelude's body.
    pub fn import_prelude(&mut self) -> R {
        if self.linked_or_sibling(NAME)? {
            self.run_body_of(NAME);
        }
        if mentions_not_implemented(self.m.src) {
            // `py.builtin_value("NotImplemented")` switches the runtime to the prelude's
            // `binop` for operators on instances.
            self.str_const("NotImplemented");
            self.host("builtin_value");
            self.f.shuffle(vstarr::stack::Shuffle::Pop);
        }
        Ok(())
    }
}
