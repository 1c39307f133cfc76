//! What a frontend reads.

use crate::{Diagnostic, Diagnostics, Location};
use std::path::{Path, PathBuf};

/// A file handed to a frontend: its path (for messages, extensions and finding neighbours)
/// and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    /// Where the bytes came from.
    pub path: PathBuf,
    /// The file's contents.
    pub bytes: Vec<u8>,
}

impl Input {
    /// An input from a path and bytes already in memory (tests, generated code).
    pub fn new(path: impl Into<PathBuf>, bytes: impl Into<Vec<u8>>) -> Input {
        Input { path: path.into(), bytes: bytes.into() }
    }

    /// Reads the file at `path`.
    pub fn read(path: impl AsRef<Path>) -> std::io::Result<Input> {
        let path = path.as_ref();
        Ok(Input { path: path.to_path_buf(), bytes: std::fs::read(path)? })
    }

    /// The extension without the dot, if it is valid UTF-8.
    pub fn extension(&self) -> Option<&str> {
        self.path.extension().and_then(|e| e.to_str())
    }

    /// The file name without its extension (`"fib"` for `dir/fib.stk`); `"input"` if there is none.
    pub fn stem(&self) -> String {
        self.path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "input".to_string())
    }

    /// The path as shown in messages.
    pub fn display_path(&self) -> String {
        self.path.display().to_string()
    }

    /// The bytes as UTF-8 text, or a diagnostic naming the first bad byte's line and column.
    pub fn text(&self) -> Result<&str, Diagnostics> {
        std::str::from_utf8(&self.bytes).map_err(|e| {
            let good = &self.bytes[..e.valid_up_to()];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let col = good.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
            let location = Location::line(self.display_path(), line as u32, col as u32);
            Diagnostics::from(Diagnostic::error(location, "the file is not valid UTF-8"))
        })
    }
}
