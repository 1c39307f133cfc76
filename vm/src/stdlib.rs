//! The built-in `std` host module: standard output and error, program arguments, a clock and exit.
//!
//! | import | signature | effect |
//! |---|---|---|
//! | `std.print_i32` / `print_i64` | `(i32)` / `(i64)` | writes the number in decimal and a newline to stdout |
//! | `std.print_f32` / `print_f64` | `(f32)` / `(f64)` | writes the shortest repr that reads back exactly (`1.0`, `0.1`, `1e100`, `NaN`, `inf`) and a newline |
//! | `std.print_str` | `(ref)` | writes the string (UTF-8; lone surrogates as U+FFFD) and a newline to stdout; traps if the ref is null or not a string |
//! | `std.put_char` | `(i32)` | writes one Unicode scalar value (UTF-8) to stdout; invalid values write U+FFFD |
//! | `std.eput_char` | `(i32)` | the same to stderr |
//! | `std.put_byte` / `eput_byte` | `(i32)` | writes the low byte as it is to stdout / stderr (C's `putchar`) |
//! | `std.eprint_i64` | `(i64)` | writes the number and a newline to stderr |
//! | `std.arg_count` | `() -> i32` | number of program arguments |
//! | `std.arg_len` | `(i32) -> i32` | byte length of argument `i` (traps if there is none) |
//! | `std.arg_byte` | `(i32, i32) -> i32` | byte `j` of argument `i` (traps out of range) |
//! | `std.arg_i64` | `(i32) -> i64` | argument `i` parsed as a decimal integer (traps if it is not one) |
//! | `std.clock_ns` | `() -> i64` | nanoseconds since the VM started (monotonic) |
//! | `std.exit` | `(i32)` | ends the run with this exit status |
//! | `std.stack_overflow` | `()` | traps with the message "stack overflow" (lifted machine code's stack check) |
//! | `std.write_str` / `ewrite_str` | `(ref)` | writes the string to stdout / stderr, no newline, through Java's encoder (`javatext.rs`: a high surrogate ending a write waits for the next, a lone surrogate writes `?`; Java's `print`) |
//! | `std.java_put_char` / `java_eput_char` | `(i32)` | writes one UTF-16 unit or code point to stdout / stderr through the same encoder (Java's `print(char)`); values beyond U+10FFFF write U+FFFD |
//! | `std.write_java_f64` / `write_java_f32` | `(i32, f64)` / `(i32, f32)` | writes the number as Java's `Double.toString` / `Float.toString` to stdout (first argument 1) or stderr (2) |
//! | `std.java_write_bytes` | `(i32, ref, i32, i32)` | writes bytes `[off, off + len)` of a `byte[]` (arguments 2-4) as they are to stdout (first argument 1) or stderr (2); traps on a bad range (Java's `PrintStream.write(byte[], int, int)`, one call per buffer) |
//! | `std.f64_rem` | `(f64, f64) -> f64` | Java's `%` on doubles (C `fmod`: the sign of the dividend) |
//!
//! File reading (`std.file_open`, `file_read_byte`, `file_size`, `file_close`) exists only when
//! the embedder grants directories with [`grant_read`] (`rootc run --allow-read DIR`).
//! File writing (`std.file_create`, `file_put_byte`, `file_flush`, `file_wclose`, module
//! `stdwrite`) always exists and creates files only under the directories of [`grant_write`]
//! (`rootc run --allow-write DIR`), as do the operations on paths and open files `std.fs_*`
//! (modules `stdpaths`, `stdhandles`; docs/interop.md).

use crate::javatext::TextStream;
use crate::{Trap, Vm};
use rootir::Type;
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Instant;

pub use crate::stdfs::{MAX_OPEN, grant_read};
pub use crate::stdpaths::{EXISTS, NOT_DIR, NOT_EMPTY, entry, strictly_inside};
pub use crate::stdwrite::{canonical_dirs, grant_write, inside, resolve};

/// An output stream shared by the host functions that write to it.
pub type SharedWriter = Arc<Mutex<dyn Write + Send>>;

/// What the `std` module gives the guest.
pub struct StdConfig {
    /// Program arguments (not including the program's own name).
    pub args: Vec<String>,
    /// Where standard output goes.
    pub stdout: SharedWriter,
    /// Where standard error goes.
    pub stderr: SharedWriter,
}

impl StdConfig {
    /// The process's own (buffered) standard output and error, with these arguments.
    pub fn process(args: Vec<String>) -> StdConfig {
        StdConfig {
            args,
            stdout: Arc::new(Mutex::new(std::io::BufWriter::new(std::io::stdout()))),
            stderr: Arc::new(Mutex::new(std::io::stderr())),
        }
    }
}

fn char_bytes(c: i32) -> Vec<u8> {
    let c = char::from_u32(c as u32).unwrap_or(char::REPLACEMENT_CHARACTER);
    c.to_string().into_bytes()
}

pub(crate) fn write_to(out: &SharedWriter, bytes: &[u8]) -> Result<(), Trap> {
    let mut w = out.lock().map_err(|_| Trap::host("output stream poisoned"))?;
    w.write_all(bytes).map_err(|e| Trap::host(format!("write failed: {e}")))
}

/// Registers the `std` host module on `vm`.
pub fn register(vm: &mut Vm, config: StdConfig) {
    register_output(vm, &config.stdout, &config.stderr);
    register_args(vm, Arc::new(config.args));
    let start = Instant::now();
    vm.define("std", "clock_ns", move || start.elapsed().as_nanos() as i64);
    vm.define("std", "exit", |status: i32| -> Result<(), Trap> { Err(Trap::exit(status)) });
    // Lifted machine code's stack check (frontends/x86) ends the run with this message.
    vm.define("std", "stack_overflow", || -> Result<(), Trap> { Err(Trap::host("stack overflow")) });
    grant_write(vm, Vec::new(), Vec::new());
}

fn register_output(vm: &mut Vm, stdout: &SharedWriter, stderr: &SharedWriter) {
    let out = stdout.clone();
    vm.define("std", "print_i32", move |v: i32| write_to(&out, format!("{v}\n").as_bytes()));
    let out = stdout.clone();
    vm.define("std", "print_i64", move |v: i64| write_to(&out, format!("{v}\n").as_bytes()));
    let out = stdout.clone();
    vm.define("std", "print_f32", move |v: f32| write_to(&out, format!("{v:?}\n").as_bytes()));
    let out = stdout.clone();
    vm.define("std", "print_f64", move |v: f64| write_to(&out, format!("{v:?}\n").as_bytes()));
    let out = stdout.clone();
    let sig = rootir::FuncType::new([rootir::Type::Ref], []);
    vm.define_with_ctx("std", "print_str", sig, move |cx, args, _| {
        let mut text = cx.string(args[0])?;
        text.push('\n');
        write_to(&out, text.as_bytes())
    });
    let out = stdout.clone();
    vm.define("std", "put_char", move |c: i32| write_to(&out, &char_bytes(c)));
    let err = stderr.clone();
    vm.define("std", "eput_char", move |c: i32| write_to(&err, &char_bytes(c)));
    let out = stdout.clone();
    vm.define("std", "put_byte", move |c: i32| write_to(&out, &[c as u8]));
    let err = stderr.clone();
    vm.define("std", "eput_byte", move |c: i32| write_to(&err, &[c as u8]));
    let err = stderr.clone();
    vm.define("std", "eprint_i64", move |v: i64| write_to(&err, format!("{v}\n").as_bytes()));
    register_java_output(vm, stdout, stderr);
}

/// The host functions of the JVM frontend's runtime: strings and characters without a newline
/// through Java's encoder (`javatext.rs`), Java's number formatting, and `%` on doubles.
fn register_java_output(vm: &mut Vm, stdout: &SharedWriter, stderr: &SharedWriter) {
    let (out, err) = (TextStream::new(stdout.clone()), TextStream::new(stderr.clone()));
    for (name, stream) in [("write_str", out.clone()), ("ewrite_str", err.clone())] {
        let sig = rootir::FuncType::new([rootir::Type::Ref], []);
        vm.define_with_ctx("std", name, sig, move |cx, args, _| {
            let text = cx.string(args[0])?;
            stream.write_string(&text, || {
                let r = vmalloc::Ref::from_bits(args[0]);
                cx.heap().string_code_points(r).map_err(|e| Trap::code(crate::heap_ops::trap_of(e)))
            })
        });
    }
    for (name, stream) in [("java_put_char", out.clone()), ("java_eput_char", err.clone())] {
        vm.define("std", name, move |c: i32| stream.write_char(c as u32));
    }
    let pick = move |fd: i32| if fd == 2 { err.clone() } else { out.clone() };
    let p = pick.clone();
    vm.define("std", "write_java_f64", move |fd: i32, v: f64| p(fd).write_ascii(&java_double(v, format!("{v:e}"))));
    let p = pick.clone();
    vm.define("std", "write_java_f32", move |fd: i32, v: f32| {
        p(fd).write_ascii(&java_double(v as f64, format!("{v:e}")))
    });
    let sig = rootir::FuncType::new([Type::I32, Type::Ref, Type::I32, Type::I32], []);
    vm.define_with_ctx("std", "java_write_bytes", sig, move |cx, a, _| {
        let bytes = crate::stdjava::byte_range(cx.heap(), a[1], a[2], a[3])?;
        pick(a[0] as u32 as i32).write_bytes(&bytes)
    });
    vm.define("std", "f64_rem", |a: f64, b: f64| a % b);
    crate::stdjava::register(vm);
    crate::javatrace::register(vm);
}

/// Java's `Double.toString` layout of a number whose shortest digits are in `sci` (Rust's `{:e}`,
/// `1.2345e-5`): plain decimals for 10^-3 <= |v| < 10^7, else `d.dddE±n`; at least one digit
/// after the point.
pub(crate) fn java_double(v: f64, sci: String) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "Infinity".into() } else { "-Infinity".into() };
    }
    if v == 0.0 {
        return if v.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    if v.abs() == f64::from_bits(1) {
        // JDK 17's FloatingDecimal is not shortest here.
        return if v < 0.0 { "-4.9E-324".into() } else { "4.9E-324".into() };
    }
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = mantissa.strip_prefix('-').map_or(("", mantissa), |m| ("-", m));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let abs = v.abs();
    if (1e-3..1e7).contains(&abs) {
        let point = exp + 1;
        let text = if point <= 0 {
            format!("0.{}{digits}", "0".repeat((-point) as usize))
        } else if point as usize >= digits.len() {
            format!("{digits}{}.0", "0".repeat(point as usize - digits.len()))
        } else {
            format!("{}.{}", &digits[..point as usize], &digits[point as usize..])
        };
        return format!("{sign}{text}");
    }
    let rest = if digits.len() > 1 { &digits[1..] } else { "0" };
    format!("{sign}{}.{rest}E{exp}", &digits[..1])
}

fn register_args(vm: &mut Vm, args: Arc<Vec<String>>) {
    fn arg(args: &[String], i: i32) -> Result<&[u8], Trap> {
        usize::try_from(i)
            .ok()
            .and_then(|i| args.get(i))
            .map(|a| a.as_bytes())
            .ok_or_else(|| Trap::host(format!("there is no argument {i} ({} given)", args.len())))
    }
    let a = args.clone();
    vm.define("std", "arg_count", move || a.len() as i32);
    let a = args.clone();
    vm.define("std", "arg_len", move |i: i32| arg(&a, i).map(|s| s.len() as i32));
    let a = args.clone();
    vm.define("std", "arg_byte", move |i: i32, j: i32| {
        let bytes = arg(&a, i)?;
        usize::try_from(j)
            .ok()
            .and_then(|j| bytes.get(j))
            .map(|&b| b as i32)
            .ok_or_else(|| Trap::host(format!("argument {i} has no byte {j}")))
    });
    vm.define("std", "arg_i64", move |i: i32| {
        let bytes = arg(&args, i)?;
        let text = String::from_utf8_lossy(bytes);
        text.trim().parse::<i64>().map_err(|_| Trap::host(format!("argument {i} (`{text}`) is not an integer")))
    });
}
