//! Errors and warnings with source locations.

use std::fmt;

/// How bad a diagnostic is.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The input cannot be translated (as given).
    Error,
    /// Translation went on, but something looks wrong.
    Warning,
    /// More about the diagnostic before it.
    Note,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        })
    }
}

/// Where a diagnostic points. The same three kinds of position as rootIR's `SrcLoc`,
/// with the file or unit named rather than numbered.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Location {
    /// Nowhere in particular (a missing entry point, an option).
    None,
    /// A whole file: `prog.stk: error: ...`.
    File(String),
    /// A line and column (1-based) of a text file: `prog.stk:3:5: error: ...`.
    Line {
        /// The file as shown to the user.
        file: String,
        /// 1-based line.
        line: u32,
        /// 1-based column.
        col: u32,
    },
    /// A byte offset in a unit (a method's bytecode, a section): `Main.main+0x1c: error: ...`.
    Offset {
        /// The unit's name.
        unit: String,
        /// The offset in bytes.
        offset: u64,
    },
    /// A machine-code address: `0x401000: error: ...`.
    Addr(u64),
}

impl Location {
    /// A line and column in `file`.
    pub fn line(file: impl Into<String>, line: u32, col: u32) -> Location {
        Location::Line { file: file.into(), line, col }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::None => Ok(()),
            Location::File(file) => f.write_str(file),
            Location::Line { file, line, col } => write!(f, "{file}:{line}:{col}"),
            Location::Offset { unit, offset } => write!(f, "{unit}+{offset:#x}"),
            Location::Addr(addr) => write!(f, "{addr:#x}"),
        }
    }
}

/// One message of a translation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error, warning or note.
    pub severity: Severity,
    /// Where it points.
    pub location: Location,
    /// What is wrong, in lowercase without a final period.
    pub message: String,
}

impl Diagnostic {
    /// An error at `location`.
    pub fn error(location: Location, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Error, location, message: message.into() }
    }

    /// A warning at `location`.
    pub fn warning(location: Location, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, location, message: message.into() }
    }

    /// A note at `location`.
    pub fn note(location: Location, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Note, location, message: message.into() }
    }
}

/// `file:3:5: error: message`, or `error: message` without a location.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.location {
            Location::None => write!(f, "{}: {}", self.severity, self.message),
            ref at => write!(f, "{at}: {}: {}", self.severity, self.message),
        }
    }
}

impl std::error::Error for Diagnostic {}

/// The messages of one translation, in the order found.
///
/// ```
/// use rootc_frontend::{Diagnostic, Diagnostics, Location};
/// let mut d = Diagnostics::new();
/// d.push(Diagnostic::error(Location::line("p.stk", 3, 5), "unknown word `foo`"));
/// assert!(d.has_errors());
/// assert_eq!(d.to_string(), "p.stk:3:5: error: unknown word `foo`");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
}

impl Diagnostics {
    /// No messages.
    pub fn new() -> Diagnostics {
        Diagnostics::default()
    }

    /// Adds a message.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.list.push(diagnostic);
    }

    /// Adds an error at `location`.
    pub fn error(&mut self, location: Location, message: impl Into<String>) {
        self.push(Diagnostic::error(location, message));
    }

    /// Whether any message is an error.
    pub fn has_errors(&self) -> bool {
        self.list.iter().any(|d| d.severity == Severity::Error)
    }

    /// Whether there is no message at all.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The number of messages.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// The messages.
    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.list.iter()
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Diagnostics {
        Diagnostics { list: vec![diagnostic] }
    }
}

impl From<Vec<Diagnostic>> for Diagnostics {
    fn from(list: Vec<Diagnostic>) -> Diagnostics {
        Diagnostics { list }
    }
}

impl Extend<Diagnostic> for Diagnostics {
    fn extend<I: IntoIterator<Item = Diagnostic>>(&mut self, iter: I) {
        self.list.extend(iter);
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.list.into_iter()
    }
}

impl<'a> IntoIterator for &'a Diagnostics {
    type Item = &'a Diagnostic;
    type IntoIter = std::slice::Iter<'a, Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}

/// One diagnostic per line, no final line break.
impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.list.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}
