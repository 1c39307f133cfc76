//! The frontends linked into this program, collected by `inventory`, and the project's
//! planned frontends that may be missing from a given build.
//!
//! A plugin crate is only linked if the final binary names it once
//! (`use frontend_example as _;`): otherwise the linker drops it and its registration.

use crate::{Frontend, Input};
use std::fmt;

/// The registration of one frontend: `inventory::submit! { FrontendEntry::new(&MyFrontend) }`.
pub struct FrontendEntry {
    frontend: &'static dyn Frontend,
}

impl FrontendEntry {
    /// An entry for `frontend` (usable in `inventory::submit!`, which needs a constant).
    pub const fn new(frontend: &'static dyn Frontend) -> FrontendEntry {
        FrontendEntry { frontend }
    }

    /// The registered frontend.
    pub fn frontend(&self) -> &'static dyn Frontend {
        self.frontend
    }
}

inventory::collect!(FrontendEntry);

/// A frontend the project plans or ships, which a build of `rootc` may leave out.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Planned {
    /// Its name (what `rootc from NAME` takes).
    pub name: &'static str,
    /// The extensions it will read.
    pub extensions: &'static [&'static str],
    /// One line about it.
    pub description: &'static str,
}

/// The project's own frontends. A name here that is not registered is "known but not compiled in".
pub const PLANNED: &[Planned] = &[
    Planned { name: "jvm", extensions: &["class", "jar"], description: "Java class files and jars (Java 17)" },
    Planned { name: "x86", extensions: &["o", "so"], description: "x86-64 ELF objects and shared libraries" },
];

/// Every registered frontend, sorted by name. If two register the same name, the first in
/// this order wins in [`find`] and [`for_input`].
pub fn all() -> Vec<&'static dyn Frontend> {
    let mut list: Vec<&'static dyn Frontend> =
        inventory::iter::<FrontendEntry>.into_iter().map(|e| e.frontend).collect();
    list.sort_by_key(|f| f.name());
    list
}

/// The planned frontends that are not registered in this program.
pub fn absent() -> Vec<&'static Planned> {
    let present = all();
    PLANNED.iter().filter(|p| !present.iter().any(|f| f.name() == p.name)).collect()
}

/// Every name [`find`] knows: registered and planned, sorted, without duplicates.
pub fn known_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = all().iter().map(|f| f.name()).chain(PLANNED.iter().map(|p| p.name)).collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// What [`find`] found for a name.
#[derive(Clone, Copy)]
pub enum Lookup {
    /// A registered frontend.
    Found(&'static dyn Frontend),
    /// One of the project's [`PLANNED`] frontends, not linked into this program.
    NotCompiledIn(&'static Planned),
    /// No frontend of that name exists.
    Unknown,
}

impl fmt::Debug for Lookup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Lookup::Found(fe) => write!(f, "Found({})", fe.name()),
            Lookup::NotCompiledIn(p) => write!(f, "NotCompiledIn({})", p.name),
            Lookup::Unknown => f.write_str("Unknown"),
        }
    }
}

/// The frontend named `name`, or why there is none.
pub fn find(name: &str) -> Lookup {
    if let Some(found) = all().into_iter().find(|f| f.name() == name) {
        return Lookup::Found(found);
    }
    match PLANNED.iter().find(|p| p.name == name) {
        Some(planned) => Lookup::NotCompiledIn(planned),
        None => Lookup::Unknown,
    }
}

/// Why [`get`] found no frontend; its `Display` is the message `rootc` prints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LookupError {
    /// No frontend has this name; `known` lists the names that exist.
    Unknown {
        /// The name asked for.
        name: String,
        /// Every known name.
        known: Vec<&'static str>,
    },
    /// A planned frontend that this build leaves out.
    NotCompiledIn {
        /// The name asked for.
        name: String,
    },
}

impl fmt::Display for LookupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LookupError::Unknown { name, known } => {
                write!(f, "no frontend named {name} (known frontends: {})", known.join(", "))
            }
            LookupError::NotCompiledIn { name } => write!(f, "the {name} frontend is not compiled into this rootc"),
        }
    }
}

impl std::error::Error for LookupError {}

/// The frontend named `name`, or an error telling unknown names from absent ones.
pub fn get(name: &str) -> Result<&'static dyn Frontend, LookupError> {
    match find(name) {
        Lookup::Found(f) => Ok(f),
        Lookup::NotCompiledIn(_) => Err(LookupError::NotCompiledIn { name: name.to_string() }),
        Lookup::Unknown => Err(LookupError::Unknown { name: name.to_string(), known: known_names() }),
    }
}

/// The first registered frontend (by name) that accepts `input`.
pub fn for_input(input: &Input) -> Option<&'static dyn Frontend> {
    all().into_iter().find(|f| f.accepts(input))
}
