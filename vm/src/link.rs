//! Load-time errors: verification, linking and limits.

use rootir::FuncType;
use rootir::verify::VerifyError;
use std::fmt;

/// Why modules could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The verifier rejected a module; every error found is listed.
    Verify(Vec<VerifyError>),
    /// Interning a module's string constants would exceed the heap limit.
    HeapLimit {
        /// The module.
        module: String,
    },
    /// Two modules have the same name.
    DuplicateModule(String),
    /// An import names no loaded module export and no registered host function.
    UnresolvedImport {
        /// The importing module.
        module: String,
        /// The module named by the import.
        from: String,
        /// The export named by the import.
        name: String,
    },
    /// An import resolved to a function of another signature.
    ImportSignature {
        /// The importing module.
        module: String,
        /// The module named by the import.
        from: String,
        /// The export named by the import.
        name: String,
        /// The signature the import declares.
        expected: Box<FuncType>,
        /// The signature of what it resolved to.
        found: Box<FuncType>,
    },
    /// An import and its export differ in a way no marshalling rule (docs/interop.md) bridges.
    Marshal {
        /// The importing module.
        module: String,
        /// The module named by the import.
        from: String,
        /// The export named by the import.
        name: String,
        /// The signature the import declares.
        expected: Box<FuncType>,
        /// The signature of the export.
        found: Box<FuncType>,
        /// Which parameter or result cannot cross, and why.
        reason: String,
    },
    /// A module's linear memory exceeds the VM's limit.
    MemoryLimit {
        /// The module.
        module: String,
        /// The memory it asks for.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Verify(errors) => {
                write!(f, "verification failed ({} error{})", errors.len(), if errors.len() == 1 { "" } else { "s" })?;
                for e in errors {
                    write!(f, "\n  {e}")?;
                }
                Ok(())
            }
            LoadError::DuplicateModule(name) => write!(f, "module `{name}` is loaded twice"),
            LoadError::UnresolvedImport { module, from, name } => write!(
                f,
                "module `{module}` imports `{from}.{name}`, which is neither a loaded module's export nor a granted host function"
            ),
            LoadError::ImportSignature { module, from, name, expected, found } => {
                write!(f, "module `{module}` imports `{from}.{name}` as {expected}, but it is {found}")
            }
            LoadError::Marshal { module, from, name, expected, found, reason } => write!(
                f,
                "module `{module}` imports `{from}.{name}` as {expected}, but it is {found}, and no marshalling rule bridges them: {reason}"
            ),
            LoadError::HeapLimit { module } => {
                write!(f, "module `{module}`: its string constants do not fit in the heap limit")
            }
            LoadError::MemoryLimit { module, bytes, limit } => {
                write!(f, "module `{module}` asks for {bytes} bytes of linear memory; the limit is {limit}")
            }
        }
    }
}

impl std::error::Error for LoadError {}
