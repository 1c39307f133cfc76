//! The prelude (`prelude/*.py`): the built-ins that must call Python code, written in Python and
//! compiled with a program that may need them, as module `__rootvm_prelude__`. The program's
//! module body imports it first; its body registers its functions with the runtime
//! (`runtimes/python/src/prelude.rs`), which calls them through call requests.

use crate::cx::{Cx, R};

/// The prelude's module name.
pub const NAME: &str = "__rootvm_prelude__";
/// The prelude's file name (its frames are hidden from tracebacks).
pub const PATH: &str = "__rootvm_prelude__.py";
/// The prelude's source: one module, kept in four files.
pub const SOURCE: &str = concat!(
    include_str!("prelude/compare.py"),
    include_str!("prelude/iterate.py"),
    include_str!("prelude/objects.py"),
    include_str!("prelude/asyncio.py")
);

/// Words whose presence in a module's source makes it link the prelude (compiling it costs
/// time, so only programs that may need it do): the built-ins it implements, special methods
/// that built-in operations may have to call, generators that built-ins may be handed.
const TRIGGERS: &[&str] = &[
    "map(",
    "filter(",
    "functools",
    "itertools",
    "defaultdict",
    "__eq__",
    "__lt__",
    "__gt__",
    "__le__",
    "__ge__",
    "yield",
    "reduce",
    "partial",
    "lru_cache",
    "cmp_to_key",
    "namedtuple",
    "total_ordering",
    "__add__",
    "__radd__",
    "__iter__",
    "asyncio",
];

/// Whether module `name` with source `text` links the prelude.
pub fn wanted(name: &str, text: &str) -> bool {
    name != NAME && (TRIGGERS.iter().any(|t| text.contains(t)) || mentions_not_implemented(text))
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
    /// Compiles (once per translation) and runs the prelude's body.
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
