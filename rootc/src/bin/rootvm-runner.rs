//! `rootvm-runner`: the executable `rootc pack` puts in front of every packed program.
//!
//! It lives in the `rootc` package so that every build of `rootc` (and `cargo test -p rootc`)
//! builds it next to `rootc`, where `rootc pack` looks for it. It names only the
//! `rootvm-runner` library, so neither clap nor any frontend is linked in.

fn main() -> std::process::ExitCode {
    rootvm_runner::main()
}
