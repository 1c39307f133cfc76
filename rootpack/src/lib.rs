//! `rootvm-runner`: what a program made by `rootc pack` runs with.
//!
//! A packed program is one file: the runner executable, then the program's `.rira` archive
//! (the *payload*), then a fixed 64-byte [`trailer`] that locates and checksums the payload and
//! carries the limits chosen at pack time. The runner reads its own executable, checks the
//! trailer and the payload, and runs the entry point with the `std` host module, exactly as
//! `rootc run` would. The format is described byte by byte in `docs/pack.md`.
//!
//! `rootc pack` uses this crate too: [`trailer`] to write the file and [`run::check`] to load
//! the program once at pack time, so link errors show up then and not on the user's machine.

pub mod run;
pub mod selfexe;
pub mod trailer;

pub use trailer::{Limits, PackError, Trailer};

/// The runner's `main`: reads the program attached to this executable and runs it with the
/// process arguments. Returns the program's exit status; any error (no program attached, a
/// damaged file, a trap) is printed to stderr and gives status 1.
pub fn main() -> std::process::ExitCode {
    let outcome = std::panic::catch_unwind(selfexe::run_self)
        .unwrap_or_else(|_| Err("error: internal error in rootvm-runner (a bug; please report it)".to_string()));
    match outcome {
        Ok(status) => std::process::ExitCode::from(status),
        Err(message) => {
            eprintln!("{message}");
            std::process::ExitCode::FAILURE
        }
    }
}
