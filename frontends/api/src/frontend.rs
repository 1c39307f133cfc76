//! The `Frontend` trait.

use crate::{Diagnostics, Input, Options};

/// A translator from one source language (or binary format) to rootIR.
///
/// Implement it on a unit struct and register a `&'static` instance with
/// `inventory::submit! { FrontendEntry::new(&MyFrontend) }`. See
/// `docs/writing-a-frontend.md` for a walk-through.
pub trait Frontend: Sync {
    /// The name users type: `rootc from NAME FILE`. Lowercase, no spaces (`"jvm"`, `"example"`).
    fn name(&self) -> &'static str;

    /// One line for `rootc frontends`.
    fn description(&self) -> &'static str;

    /// The file extensions this frontend reads, without the dot (`&["class", "jar"]`).
    fn extensions(&self) -> &'static [&'static str];

    /// Byte strings a file of this language may start with, whatever its extension
    /// (`&[b"\xca\xfe\xba\xbe"]` for class files). None by default.
    fn magic(&self) -> &'static [&'static [u8]] {
        &[]
    }

    /// Whether this frontend can translate `input`. The default accepts a file whose extension
    /// is one of [`extensions`](Self::extensions) or whose bytes start with one of [`magic`](Self::magic).
    fn accepts(&self, input: &Input) -> bool {
        input.extension().is_some_and(|e| self.extensions().contains(&e))
            || self.magic().iter().any(|m| input.bytes.starts_with(m))
    }

    /// Translates `input` into modules; the first module holds the entry point.
    ///
    /// Must not panic on bad input: report it as [`Diagnostics`] with locations.
    fn translate(&self, input: &Input, options: &Options) -> Result<Vec<rootir::Module>, Diagnostics>;

    /// Like [`translate`](Self::translate), also returning the warnings and notes of a
    /// translation that succeeded (`--keep-going`: each method that could not be translated,
    /// and a note counting the methods translated). The caller prints them. The default
    /// reports nothing besides the modules.
    fn translate_reporting(
        &self,
        input: &Input,
        options: &Options,
    ) -> Result<(Vec<rootir::Module>, Diagnostics), Diagnostics> {
        self.translate(input, options).map(|modules| (modules, Diagnostics::new()))
    }
}
