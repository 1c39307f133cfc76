//! `rootc`: the rootvm command line. It only wires the crates together.
//!
//! The library form exists so tests can drive the commands in-process.

pub mod commands;
pub mod frontends;
pub mod inspect;
pub mod link;
pub mod pack;
pub mod program;

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// rootvm: run, call, assemble, disassemble and verify rootIR programs, and translate other
/// languages into rootIR with frontends.
#[derive(Parser, Debug)]
#[command(name = "rootc", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    #[command(flatten)]
    limits: LimitArgs,
}

/// Limits of the guest run.
#[derive(Args, Debug, Clone, Copy)]
struct LimitArgs {
    /// Instruction budget; the run traps with "out of fuel" when it is spent.
    #[arg(long, global = true, value_name = "N")]
    fuel: Option<u64>,
    /// Deepest guest call stack allowed.
    #[arg(long = "max-depth", global = true, value_name = "N")]
    max_depth: Option<usize>,
    /// Most bytes of guest heap objects; an allocation past it traps with "out of memory"
    /// (catchable by guest handlers).
    #[arg(long = "heap-limit", global = true, value_name = "BYTES")]
    heap_limit: Option<u64>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Runs a program's entry point (default `main`); its i32 result is the exit status.
    Run {
        /// For a jar or class file: the class whose `main` runs (default: the manifest's
        /// `Main-Class`, or the class file given).
        #[arg(long = "main-class", value_name = "NAME")]
        main_class: Option<String>,
        /// A `.rir` or `.rira` file, or a file a frontend reads (see `rootc frontends`).
        file: PathBuf,
        #[command(flatten)]
        link: LinkArgs,
        /// Arguments for the program.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Calls one export with arguments parsed by its signature and prints the results.
    Call {
        /// A `.rir` or `.rira` file, or a file a frontend reads.
        file: PathBuf,
        #[command(flatten)]
        link: LinkArgs,
        /// The export, in the entry module or as `module.export`.
        export: String,
        /// Arguments, one per parameter.
        #[arg(allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Links modules of several files into one `.rira` archive, checking every import between
    /// them (docs/interop.md).
    Link {
        /// `.rir`, `.rira` or frontend files; the first one's entry point is the program's.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// The archive to write.
        #[arg(short, long)]
        output: PathBuf,
        /// The entry point, `module.export` or an export of the first input's entry module.
        #[arg(long, value_name = "NAME")]
        entry: Option<String>,
        /// A host module the program may import besides `std` (repeatable).
        #[arg(long = "host", value_name = "MODULE")]
        hosts: Vec<String>,
    },
    /// Assembles `.rir` text into a `.rira` archive.
    Asm {
        /// The `.rir` file.
        input: PathBuf,
        /// The archive to write.
        #[arg(short, long)]
        output: PathBuf,
        /// The export `rootc run` starts.
        #[arg(long, default_value = "main")]
        entry: String,
    },
    /// Prints a `.rira` archive (or `.rir` file) as canonical `.rir` text.
    Dis {
        /// The archive.
        input: PathBuf,
        /// Write the text here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Verifies every module of a program and reports all errors.
    Verify {
        /// A `.rir` or `.rira` file, or a file a frontend reads.
        file: PathBuf,
    },
    /// Translates a file with the frontend NAME into a `.rira` archive.
    From {
        /// The frontend (see `rootc frontends`).
        name: String,
        /// The file to translate.
        file: PathBuf,
        /// The archive to write (default: FILE with the extension `.rira`).
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[command(flatten)]
        options: FrontendArgs,
    },
    /// Translates a jar with the JVM frontend (`rootc from jvm` with a main class).
    FromJar {
        /// The jar.
        jar: PathBuf,
        /// The archive to write (default: the jar with the extension `.rira`).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The class whose `main` runs (default: the manifest's `Main-Class`).
        #[arg(long = "main-class", value_name = "NAME")]
        main_class: Option<String>,
        #[command(flatten)]
        options: FrontendArgs,
    },
    /// Translates class files with the JVM frontend; the first holds `main`.
    FromClass {
        /// The class files (without others, the first one's directory tree is searched).
        #[arg(required = true)]
        classes: Vec<PathBuf>,
        /// The archive to write (default: the first class with the extension `.rira`).
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[command(flatten)]
        options: FrontendArgs,
    },
    /// Translates an x86-64 ELF object (gcc -c) into a `.rira` archive.
    #[command(name = "from-x86")]
    FromX86 {
        /// The object file.
        file: PathBuf,
        /// An export with its C signature, `name(i64, ptr, f64) -> i32` (repeatable).
        #[arg(long = "export", value_name = "SIG")]
        exports: Vec<String>,
        /// The archive to write (default: FILE with the extension `.rira`).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Translates a Python script into a `.rira` archive (`rootc from python`).
    FromPy {
        /// The script.
        file: PathBuf,
        /// The archive to write (default: FILE with the extension `.rira`).
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[command(flatten)]
        options: FrontendArgs,
    },
    /// Lists the frontends compiled into this rootc, and the known ones that are not.
    Frontends,
    /// Prints instructions and registers per module and in total; for frontend input, against
    /// vstarr's naive translation (one register per stack slot and local, no copy elision).
    Stats {
        /// A `.rir` or `.rira` file, or a file a frontend reads.
        file: PathBuf,
        #[command(flatten)]
        options: FrontendArgs,
    },
    /// Prints the control-flow graph of one function in graphviz dot.
    Cfg {
        /// A `.rir` or `.rira` file, or a file a frontend reads.
        file: PathBuf,
        /// The function: its name, or `module.name`.
        function: String,
        /// The form to draw (default: stack when the frontend exposes it, else register).
        #[arg(long, value_enum)]
        form: Option<inspect::Form>,
        #[command(flatten)]
        options: FrontendArgs,
    },
    /// Packs a program into one executable that runs without rootc (see docs/pack.md).
    /// `--fuel` and `--max-depth` are recorded in it.
    Pack {
        /// `.rir`, `.rira` or frontend files; their modules are linked together.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// The executable to write.
        #[arg(short, long)]
        output: PathBuf,
        /// The entry point, `module.export` or an export of the first input's entry module.
        #[arg(long, value_name = "NAME")]
        main: Option<String>,
        /// A directory the packed program may read through `std.file_open` (repeatable).
        #[arg(long = "allow-read", value_name = "DIR")]
        allow_read: Vec<PathBuf>,
    },
}

/// Libraries and capabilities of `run` and `call`.
#[derive(Args, Debug, Clone, Default)]
pub struct LinkArgs {
    /// A library linked with the program: `.rira`, `.rir` or a frontend file (repeatable).
    #[arg(long = "with", value_name = "LIB")]
    pub with: Vec<PathBuf>,
    /// A directory whose files the program may read through `std.file_open` (repeatable).
    #[arg(long = "allow-read", value_name = "DIR")]
    pub allow_read: Vec<PathBuf>,
    /// A directory where Python's `open()` and Java's files may create, write, move and delete files (repeatable).
    #[arg(long = "allow-write", value_name = "DIR")]
    pub allow_write: Vec<PathBuf>,
}

/// Options passed to a frontend.
#[derive(Args, Debug, Clone)]
struct FrontendArgs {
    /// The entry point, instead of the language's default (`main`, or the main class).
    #[arg(long, value_name = "NAME")]
    entry: Option<String>,
    /// Translate everything possible and report every error, instead of stopping at the first.
    #[arg(long = "keep-going")]
    keep_going: bool,
    /// A frontend-specific setting (repeatable).
    #[arg(long = "set", value_name = "KEY=VALUE")]
    settings: Vec<String>,
}

impl From<FrontendArgs> for rootc_frontend::Options {
    fn from(args: FrontendArgs) -> rootc_frontend::Options {
        let mut options =
            rootc_frontend::Options { entry: args.entry, keep_going: args.keep_going, ..Default::default() };
        for setting in &args.settings {
            options.set(setting);
        }
        options
    }
}

/// Runs the command line `args` (without the program name) and returns the exit status.
pub fn main_with(args: impl IntoIterator<Item = String>) -> ExitCode {
    let cli = match Cli::try_parse_from(std::iter::once("rootc".to_string()).chain(args)) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { ExitCode::FAILURE } else { ExitCode::SUCCESS };
        }
    };
    let outcome = match cli.command {
        Command::Run { main_class, file, link, args } => {
            let mut options = rootc_frontend::Options::default();
            if let Some(name) = main_class {
                options.set(&format!("main-class={name}"));
            }
            commands::run_linked(&file, &link, args, cli.limits.into(), &options)
        }
        Command::FromJar { jar, output, main_class, options } => {
            let mut options: rootc_frontend::Options = options.into();
            if let Some(name) = main_class {
                options.set(&format!("main-class={name}"));
            }
            frontends::from("jvm", &jar, output.as_deref(), &options)
        }
        Command::FromClass { classes, output, options } => {
            let mut options: rootc_frontend::Options = options.into();
            let others: Vec<String> = classes[1..].iter().map(|c| c.display().to_string()).collect();
            if !others.is_empty() {
                options.set(&format!("classes={}", others.join(":")));
            }
            frontends::from("jvm", &classes[0], output.as_deref(), &options)
        }
        Command::Call { file, link, export, args } => {
            commands::call_linked(&file, &link, &export, &args, cli.limits.into())
        }
        Command::Link { inputs, output, entry, hosts } => link::link(&inputs, &output, entry.as_deref(), &hosts),
        Command::Asm { input, output, entry } => commands::asm(&input, &output, &entry),
        Command::Dis { input, output } => commands::dis(&input, output.as_deref()),
        Command::Verify { file } => commands::verify(&file),
        Command::From { name, file, output, options } => {
            frontends::from(&name, &file, output.as_deref(), &options.into())
        }
        Command::FromX86 { file, exports, output } => {
            let mut options = rootc_frontend::Options::default();
            options.settings.insert("export".into(), exports.join(";"));
            frontends::from("x86", &file, output.as_deref(), &options)
        }
        Command::FromPy { file, output, options } => {
            frontends::from("python", &file, output.as_deref(), &options.into())
        }
        Command::Frontends => frontends::list(),
        Command::Stats { file, options } => inspect::stats(&file, &options.into()),
        Command::Cfg { file, function, form, options } => inspect::cfg(&file, &function, form, &options.into()),
        Command::Pack { inputs, output, main, allow_read } => pack::pack(&pack::PackRequest {
            inputs,
            output,
            main,
            limits: rootvm_runner::Limits {
                fuel: cli.limits.fuel,
                max_depth: cli.limits.max_depth.map(|d| d as u64),
                heap_limit: cli.limits.heap_limit,
            },
            allow_read,
        }),
    };
    match outcome {
        Ok(status) => ExitCode::from(status),
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

impl From<LimitArgs> for rootvm::Config {
    fn from(limits: LimitArgs) -> rootvm::Config {
        let default = rootvm::Config::default();
        rootvm::Config {
            fuel: limits.fuel,
            max_call_depth: limits.max_depth.unwrap_or(default.max_call_depth),
            max_heap_bytes: limits.heap_limit.unwrap_or(default.max_heap_bytes),
            ..default
        }
    }
}
