//! `rootc`: the rootvm command line (see the `rootc` library for the commands).

fn main() -> std::process::ExitCode {
    rootc::main_with(std::env::args().skip(1))
}
