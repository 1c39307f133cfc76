//! The prelude (`prelude/*.py`): the built-ins that must call Python code, written in Python and
//! linked with every Python program as module `__rootvm_prelude__`. It is compiled once, by
//! `scripts/build_py_prelude.sh`, into the committed archive `prelude/prelude.rira`, which the
//! frontend embeds (the test `prelude_archive` fails when that archive is stale). Every module
//! body imports it first; its body registers its functions with the runtime
//! (`runtimes/python/src/prelude.rs`), which calls them through call requests.

use crate::cx::{Cx, R};
use rootc_frontend::{Diagnostics, Input, Options};
use rootir::Module;

/// The prelude's module name.
pub const NAME: &str = "__rootvm_prelude__";
/// The prelude's file name (its frames are hidden from tracebacks).
pub const PATH: &str = "__rootvm_prelude__.py";
/// The prelude's source: one module, kept in three files.
pub const SOURCE: &str =
    concat!(include_str!("prelude/compare.py"), include_str!("prelude/iterate.py"), include_str!("prelude/objects.py"));
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

/// Whether module `name` imports the prelude: every module but the prelude.
pub fn wanted(name: &str) -> bool {
    name != NAME
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
