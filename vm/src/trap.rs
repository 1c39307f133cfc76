//! Traps: why a guest run stopped, with the guest stack trace.

use rootir::TrapCode;
use std::fmt;

/// Why guest code stopped abnormally.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TrapKind {
    /// A trap defined by rootIR semantics (division by zero, unreachable, ...).
    Code(TrapCode),
    /// The fuel (instruction budget) ran out.
    OutOfFuel,
    /// The call depth limit was exceeded.
    CallDepthExceeded,
    /// A host function failed.
    Host,
    /// The host called something that does not exist or with wrong arguments.
    InvalidCall,
    /// The guest asked to exit with this status (`std.exit`); not an error.
    Exit(i32),
    /// The host interrupted the call through an [`crate::InterruptHandle`].
    Interrupted,
    /// A `throw` that no handler caught (docs/exceptions.md).
    UncaughtException,
}

/// One frame of a guest stack trace, innermost first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceFrame {
    /// The module's name.
    pub module: String,
    /// The function's name.
    pub function: String,
    /// The source position (`file:line:col`, `unit+0xoffset`, `0xaddress`), or the IR position `b3[2]` if none.
    pub position: String,
}

/// A trap: its kind, a message and where the guest was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trap {
    /// What happened.
    pub kind: TrapKind,
    /// A human-readable description.
    pub message: String,
    /// The guest stack, innermost frame first.
    pub trace: Vec<TraceFrame>,
}

impl Trap {
    /// A trap without a stack trace yet (the interpreter adds it).
    pub fn new(kind: TrapKind, message: impl Into<String>) -> Trap {
        Trap { kind, message: message.into(), trace: Vec::new() }
    }

    /// A failure reported by a host function.
    pub fn host(message: impl Into<String>) -> Trap {
        Trap::new(TrapKind::Host, message)
    }

    /// A request to exit with `status`.
    pub fn exit(status: i32) -> Trap {
        Trap::new(TrapKind::Exit(status), format!("exit({status})"))
    }

    #[cold]
    pub(crate) fn code(code: TrapCode) -> Trap {
        Trap::new(TrapKind::Code(code), code.message())
    }

    /// The exit status if this is a guest exit rather than an error.
    pub fn exit_status(&self) -> Option<i32> {
        match self.kind {
            TrapKind::Exit(status) => Some(status),
            _ => None,
        }
    }
}

/// `trap: MESSAGE` followed by one `  at module.function (position)` line per frame.
impl fmt::Display for Trap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "trap: {}", self.message)?;
        for frame in &self.trace {
            write!(f, "\n  at {}.{} ({})", frame.module, frame.function, frame.position)?;
        }
        Ok(())
    }
}

impl std::error::Error for Trap {}
