//! Shared by the rootc integration tests (`mod common;`): scratch directories that are removed
//! when dropped, so a test leaves nothing in the temporary directory, also when it fails.

use std::path::{Path, PathBuf};

/// A fresh, empty directory under the system's temporary directory, removed with everything in
/// it when dropped (also while a failing test unwinds).
pub struct Scratch(PathBuf);

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<Path> for Scratch {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Creates the scratch directory `rootc-<name>-<process id>` (emptied first if a killed run left
/// it behind).
pub fn scratch(name: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!("rootc-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("create {}: {e}", dir.display()));
    Scratch(dir)
}
