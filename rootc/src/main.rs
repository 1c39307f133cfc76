//! `rootc`: the rootvm command line (see the `rootc` library for the commands).

// Every frontend plugin is named once in the final binary, or the linker may drop its
// registration (see ../shared/CRATES.md on `inventory`).
use frontend_example as _;
use frontend_x86 as _;

fn main() -> std::process::ExitCode {
    rootc::main_with(std::env::args().skip(1))
}
