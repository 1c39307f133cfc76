//! Names used before they are known: instructions and exports refer to functions
//! and globals by a placeholder index (a symbol), resolved when the module ends.

use std::collections::HashMap;

use super::error::Error;

/// Names interned in order of first use, with the position of that use.
#[derive(Default)]
pub(super) struct Symbols {
    names: Vec<(String, usize)>,
    index: HashMap<String, u32>,
}

impl Symbols {
    /// The symbol of `name`, first used at `pos`.
    pub fn intern(&mut self, name: String, pos: usize) -> Result<u32, Error> {
        if let Some(&sym) = self.index.get(&name) {
            return Ok(sym);
        }
        super::parser::check_count(self.names.len(), super::MAX_ITEMS, "names", pos)?;
        let sym = u32::try_from(self.names.len()).map_err(|_| Error::new(pos, "too many names"))?;
        self.index.insert(name.clone(), sym);
        self.names.push((name, pos));
        Ok(sym)
    }

    /// Resolves every symbol with `lookup`; the error of a failed lookup is placed at the
    /// symbol's first use.
    pub fn resolve<T>(&self, mut lookup: impl FnMut(&str) -> Result<T, String>) -> Result<Vec<T>, Error> {
        self.names.iter().map(|(name, pos)| lookup(name).map_err(|msg| Error::new(*pos, msg))).collect()
    }
}

/// Every forward reference of one module.
#[derive(Default)]
pub(super) struct Refs {
    /// `@f` as a callee (function or import).
    pub callees: Symbols,
    /// `@f` where a function of this module is required (`func.addr`, `export`).
    pub locals: Symbols,
    /// `$g`.
    pub globals: Symbols,
    /// Class and interface names (in class declarations and instructions).
    pub classes: Symbols,
    /// `Class.member` uses, one entry per use; a [`crate::FieldRef`] or [`crate::MethodRef`]
    /// holds the class's symbol and the entry's index until the module ends.
    pub members: Vec<Member>,
    /// The highest file number used by a source position, and where.
    pub max_file: Option<(u64, usize)>,
    /// Instructions parsed so far in the module.
    pub insts: usize,
}

impl Refs {
    /// Records a use of file `n` at `pos`.
    pub fn use_file(&mut self, n: u64, pos: usize) {
        if self.max_file.is_none_or(|(max, _)| n > max) {
            self.max_file = Some((n, pos));
        }
    }
}

/// One `Class.member` reference.
pub(super) struct Member {
    /// The class's symbol in [`Refs::classes`].
    pub class: u32,
    /// The member's name.
    pub name: String,
    /// Whether a method (else a field) is named.
    pub is_method: bool,
    /// Where it is used.
    pub pos: usize,
}
