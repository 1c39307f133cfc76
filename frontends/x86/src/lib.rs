//! The x86-64 frontend: ELF relocatable objects and shared objects lifted through vstarr's native form into a
//! rootIR module with a linear memory (see docs/x86.md).
//!
//! [`elf`] links the program (or a shared object loaded by [`dynamic`], of which [`reach`]
//! selects what the exports reach) with the C runtime ([`layout`] says where everything lives),
//! [`lift`] turns each function into a [`vstarr::native::NativeFunction`], [`module`] builds
//! the module: the lifted functions, an indirect-call dispatcher, and exported wrappers with
//! C signatures ([`sig`]).

pub mod dynamic;
pub mod elf;
pub mod fuzzing;
pub mod layout;
pub mod lift;
pub mod module;
pub mod reach;
pub mod sig;

use rootc_frontend::{Diagnostic, Diagnostics, Frontend, FrontendEntry, Input, Location, Options};

/// The `x86` frontend.
pub struct X86Frontend;

impl Frontend for X86Frontend {
    fn name(&self) -> &'static str {
        "x86"
    }
    fn description(&self) -> &'static str {
        "x86-64 ELF relocatable objects (gcc -c) and shared objects, lifted into a sandboxed linear memory"
    }
    fn extensions(&self) -> &'static [&'static str] {
        &["o", "so"]
    }
    fn magic(&self) -> &'static [&'static [u8]] {
        &[b"\x7fELF\x02\x01"]
    }
    fn translate(&self, input: &Input, options: &Options) -> Result<Vec<rootir::Module>, Diagnostics> {
        let error = |m: String| Diagnostics::from(Diagnostic::error(Location::File(input.display_path()), m));
        let exports = exports(options).map_err(error)?;
        let module = module::build(&input.stem(), &input.display_path(), &input.bytes, &exports).map_err(error)?;
        Ok(vec![module])
    }
}

/// The exports asked for with `--set export=SIG;SIG...` (what `rootc from-x86 --export` passes).
pub fn exports(options: &Options) -> Result<Vec<sig::ExportSig>, String> {
    match options.setting("export") {
        None => Ok(Vec::new()),
        Some(list) => list.split(';').filter(|s| !s.trim().is_empty()).map(sig::parse).collect(),
    }
}

inventory::submit! { FrontendEntry::new(&X86Frontend) }
