//! What the user asked a frontend for.

use std::collections::BTreeMap;

/// The setting prefix of [`Options::add_extern`].
const EXTERN: &str = "extern.";

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

    /// Tells the translation about a module other inputs define (`rootc link`, `pack`, `run
    /// --with`): its name and exports (name, number of parameters), as the setting
    /// `extern.MODULE=export/N,...`. Frontends that bind imports by name (Python) use it.
    pub fn add_extern(&mut self, module: &str, exports: &[(String, usize)]) {
        let list: Vec<String> = exports.iter().map(|(e, n)| format!("{e}/{n}")).collect();
        self.settings.insert(format!("{EXTERN}{module}"), list.join(","));
    }

    /// The modules [`Options::add_extern`] named, with their exports.
    pub fn externs(&self) -> BTreeMap<String, Vec<(String, usize)>> {
        let mut out = BTreeMap::new();
        for (key, value) in &self.settings {
            let Some(module) = key.strip_prefix(EXTERN) else { continue };
            let exports = value
                .split(',')
                .filter(|e| !e.is_empty())
                .map(|e| match e.rsplit_once('/') {
                    Some((n, k)) => (n.to_string(), k.parse().unwrap_or(usize::MAX)),
                    None => (e.to_string(), usize::MAX),
                })
                .collect();
            out.insert(module.to_string(), exports);
        }
        out
    }

    /// The entry point: the user's choice, or `default`.
    pub fn entry_or<'a>(&'a self, default: &'a str) -> &'a str {
        self.entry.as_deref().unwrap_or(default)
    }
}
