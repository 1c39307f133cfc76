//! The frontend plugin API of rootvm.
//!
//! A frontend turns a source file (Java classes, Python, machine code, a toy language) into
//! rootIR [`Module`](rootir::Module)s. It is a type implementing [`Frontend`], registered with
//! [`inventory::submit!`] as a [`FrontendEntry`]; `rootc` finds every registered frontend
//! through the [`registry`], with no other change to `rootc` than naming the plugin crate once.
//!
//! - [`Frontend`]: what a frontend is (name, extensions, `accepts`, `translate`).
//! - [`Input`]: the file handed to a frontend. [`Options`]: what the user asked for.
//! - [`Diagnostics`]: errors and warnings with [`Location`]s, printed as `file:3:5: error: ...`.
//! - [`registry`]: every frontend linked into the program, and the planned ones that are not.
//!
//! ```
//! use rootc_frontend::{Diagnostics, Frontend, FrontendEntry, Input, Options};
//!
//! struct Empty;
//!
//! impl Frontend for Empty {
//!     fn name(&self) -> &'static str { "empty" }
//!     fn description(&self) -> &'static str { "every .empty file is an empty module" }
//!     fn extensions(&self) -> &'static [&'static str] { &["empty"] }
//!     fn translate(&self, input: &Input, _: &Options) -> Result<Vec<rootir::Module>, Diagnostics> {
//!         Ok(vec![rootir::Module::new(input.stem())])
//!     }
//! }
//!
//! rootc_frontend::inventory::submit! { FrontendEntry::new(&Empty) }
//!
//! let input = Input::new("a/b.empty", Vec::new());
//! let found = rootc_frontend::registry::for_input(&input).expect("registered");
//! assert_eq!(found.name(), "empty");
//! let modules = found.translate(&input, &Options::default()).unwrap();
//! assert_eq!(modules[0].name, "b");
//! ```

mod diagnostic;
mod frontend;
mod input;
mod options;
pub mod registry;

pub use diagnostic::{Diagnostic, Diagnostics, Location, Severity};
pub use frontend::Frontend;
pub use input::Input;
pub use options::Options;
pub use registry::FrontendEntry;

/// The `inventory` crate, re-exported so a plugin can write
/// `rootc_frontend::inventory::submit!` without depending on it directly.
pub use inventory;
