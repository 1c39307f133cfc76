//! What the user asked a frontend for.

use std::collections::BTreeMap;

/// Options of one translation, from `rootc` flags. Frontends ignore what does not apply to them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The entry point the user named (`--entry` / `--main-class`), instead of the language's default.
    pub entry: Option<String>,
    /// Translate everything that can be translated and report every failure, instead of
    /// stopping at the first unit with an error.
    pub keep_going: bool,
    /// Free-form `key=value` settings (`--set key=value`), for frontend-specific knobs.
    pub settings: BTreeMap<String, String>,
}

impl Options {
    /// The value of setting `key`, if given.
    pub fn setting(&self, key: &str) -> Option<&str> {
        self.settings.get(key).map(String::as_str)
    }

    /// Adds a setting written `key=value`; a bare `key` means `key=true`.
    pub fn set(&mut self, assignment: &str) {
        let (key, value) = assignment.split_once('=').unwrap_or((assignment, "true"));
        self.settings.insert(key.trim().to_string(), value.trim().to_string());
    }

    /// The entry point: the user's choice, or `default`.
    pub fn entry_or<'a>(&'a self, default: &'a str) -> &'a str {
        self.entry.as_deref().unwrap_or(default)
    }
}
