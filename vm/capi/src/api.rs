//! The safe half of the C ABI: an embedded VM with its last error, and the operations the
//! entry points of [`crate::ffi`] call once they have checked their pointers.

use rootir::{FuncType, Type};
use std::cell::{Cell, RefCell};
use std::ffi::CString;
use vm::{Arg, Config, InterruptHandle, LoadError, Trap, TrapKind, Value, Vm};

/// The `rootvm_type` tag of an `i32`.
pub const ROOTVM_I32: u32 = 0;
/// The `rootvm_type` tag of an `i64`.
pub const ROOTVM_I64: u32 = 1;
/// The `rootvm_type` tag of an `f32`.
pub const ROOTVM_F32: u32 = 2;
/// The `rootvm_type` tag of an `f64`.
pub const ROOTVM_F64: u32 = 3;
/// `rootvm_type` of a guest reference held through a `rootvm_ref` handle (strings and objects).
pub const ROOTVM_REF: u32 = 4;

/// Success (`rootvm_error` and `rootvm_last_error_kind` when nothing failed).
pub const ROOTVM_OK: i32 = 0;
/// A module could not be read, parsed, decoded, verified or linked.
pub const ROOTVM_ERROR_LOAD: i32 = 1;
/// A trap defined by rootIR (division by zero, unreachable, out-of-bounds memory access, ...).
pub const ROOTVM_ERROR_TRAP: i32 = 2;
/// The fuel limit ran out.
pub const ROOTVM_ERROR_OUT_OF_FUEL: i32 = 3;
/// The call depth or guest stack limit was exceeded.
pub const ROOTVM_ERROR_CALL_DEPTH: i32 = 4;
/// A host function failed.
pub const ROOTVM_ERROR_HOST: i32 = 5;
/// No such export, or arguments that do not match its signature.
pub const ROOTVM_ERROR_INVALID_CALL: i32 = 6;
/// The guest asked to exit (`std.exit`); the status is in `rootvm_last_exit_status`.
pub const ROOTVM_ERROR_EXIT: i32 = 7;
/// The call was interrupted through a `rootvm_interrupt_handle`.
pub const ROOTVM_ERROR_INTERRUPTED: i32 = 8;
/// A null pointer, invalid UTF-8, an unknown type tag, a result buffer too small, a re-entrant call.
pub const ROOTVM_ERROR_INVALID_ARGUMENT: i32 = 9;
/// An internal error of rootvm (a caught panic); the VM refuses further calls.
pub const ROOTVM_ERROR_PANIC: i32 = 10;

/// An error of an entry point: its kind (a `ROOTVM_ERROR_*` code) and message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The `ROOTVM_ERROR_*` code.
    pub kind: i32,
    /// What went wrong.
    pub message: String,
    /// The exit status for [`ROOTVM_ERROR_EXIT`].
    pub exit_status: i32,
}

impl Error {
    /// An error of `kind`.
    pub fn new(kind: i32, message: impl Into<String>) -> Error {
        Error { kind, message: message.into(), exit_status: 0 }
    }

    /// An invalid-argument error.
    pub fn invalid(message: impl Into<String>) -> Error {
        Error::new(ROOTVM_ERROR_INVALID_ARGUMENT, message)
    }

    fn load(message: impl Into<String>) -> Error {
        Error::new(ROOTVM_ERROR_LOAD, message)
    }
}

impl From<Trap> for Error {
    fn from(trap: Trap) -> Error {
        let (kind, exit_status) = match trap.kind {
            TrapKind::Code(_) | TrapKind::UncaughtException => (ROOTVM_ERROR_TRAP, 0),
            TrapKind::OutOfFuel => (ROOTVM_ERROR_OUT_OF_FUEL, 0),
            TrapKind::CallDepthExceeded => (ROOTVM_ERROR_CALL_DEPTH, 0),
            TrapKind::Host => (ROOTVM_ERROR_HOST, 0),
            TrapKind::InvalidCall => (ROOTVM_ERROR_INVALID_CALL, 0),
            TrapKind::Exit(status) => (ROOTVM_ERROR_EXIT, status),
            TrapKind::Interrupted => (ROOTVM_ERROR_INTERRUPTED, 0),
        };
        Error { kind, message: trap.to_string(), exit_status }
    }
}

impl From<LoadError> for Error {
    fn from(e: LoadError) -> Error {
        Error::load(e.to_string())
    }
}

/// The limits of `rootvm_new`; a zero field means the default (for `fuel`: no limit).
#[repr(C)]
#[derive(Copy, Clone, Debug, Default)]
pub struct Limits {
    /// Instruction budget of each call; 0 for none.
    pub fuel: u64,
    /// Deepest guest call stack; 0 for the default (100 000).
    pub max_call_depth: u64,
    /// Most linear memory per module, in bytes; 0 for the default (1 GiB).
    pub max_memory: u64,
    /// Most memory of the guest register stack, in bytes; 0 for the default (256 MiB).
    pub max_stack_bytes: u64,
    /// Most bytes of guest heap objects; 0 for the default (1 GiB).
    pub max_heap_bytes: u64,
}

impl Limits {
    /// The VM configuration these limits describe.
    pub fn config(&self) -> Config {
        let d = Config::default();
        let or = |v: u64, default: usize| if v == 0 { default } else { usize::try_from(v).unwrap_or(usize::MAX) };
        Config {
            fuel: (self.fuel != 0).then_some(self.fuel),
            max_call_depth: or(self.max_call_depth, d.max_call_depth),
            max_memory: if self.max_memory == 0 { d.max_memory } else { self.max_memory },
            max_stack_bytes: or(self.max_stack_bytes, d.max_stack_bytes),
            max_heap_bytes: if self.max_heap_bytes == 0 { d.max_heap_bytes } else { self.max_heap_bytes },
            ..d
        }
    }
}

/// The type a `rootvm_type` tag names.
pub fn type_of_tag(tag: u32) -> Result<Type, Error> {
    match tag {
        ROOTVM_I32 => Ok(Type::I32),
        ROOTVM_I64 => Ok(Type::I64),
        ROOTVM_F32 => Ok(Type::F32),
        ROOTVM_F64 => Ok(Type::F64),
        _ => Err(Error::invalid(format!("unknown rootvm_type tag {tag}"))),
    }
}

/// The `rootvm_type` tag of a value.
pub fn tag_of(value: Value) -> u32 {
    match value {
        Value::I32(_) => ROOTVM_I32,
        Value::I64(_) => ROOTVM_I64,
        Value::F32(_) => ROOTVM_F32,
        Value::F64(_) => ROOTVM_F64,
    }
}

/// The last error of an embedded VM, as C reads it.
struct LastError {
    kind: i32,
    message: CString,
    exit_status: i32,
}

/// What `rootvm_vm*` points to: the VM, its last error, and whether a panic poisoned it.
///
/// Entry points only ever hold a shared reference: the VM is borrowed mutably for the length of
/// one operation, so a host callback that calls back into the same VM gets an error instead of
/// aliasing it.
pub struct Embedded {
    vm: RefCell<Vm>,
    last: RefCell<LastError>,
    poisoned: Cell<bool>,
    interrupt: InterruptHandle,
}

impl Embedded {
    /// A VM with these limits.
    pub fn new(limits: &Limits) -> Embedded {
        let vm = Vm::new(limits.config());
        Embedded {
            interrupt: vm.interrupt_handle(),
            vm: RefCell::new(vm),
            last: RefCell::new(LastError { kind: ROOTVM_OK, message: CString::default(), exit_status: 0 }),
            poisoned: Cell::new(false),
        }
    }

    /// Runs `op` on the VM, records its outcome as the last error and returns its code.
    pub fn run(&self, op: impl FnOnce(&mut Vm) -> Result<(), Error>) -> i32 {
        let outcome = if self.poisoned.get() {
            Err(Error::new(ROOTVM_ERROR_PANIC, "an earlier call panicked inside rootvm; free this VM"))
        } else {
            match self.vm.try_borrow_mut() {
                Ok(mut vm) => op(&mut vm),
                Err(_) => Err(Error::invalid("re-entrant call: this VM is already running a call")),
            }
        };
        self.record(outcome)
    }

    /// Records `outcome` as the last error and returns its code.
    pub fn record(&self, outcome: Result<(), Error>) -> i32 {
        if outcome.is_ok() && self.last.try_borrow().is_ok_and(|l| l.kind == ROOTVM_OK) {
            return ROOTVM_OK; // already "OK" with an empty message: nothing to allocate
        }
        let e = outcome.err().unwrap_or_else(|| Error::new(ROOTVM_OK, ""));
        if e.kind == ROOTVM_ERROR_PANIC {
            self.poisoned.set(true);
        }
        if let Ok(mut last) = self.last.try_borrow_mut() {
            let message = CString::new(e.message.replace('\0', "\\0")).unwrap_or_default();
            *last = LastError { kind: e.kind, message, exit_status: e.exit_status };
        }
        e.kind
    }

    /// The last error's code.
    pub fn last_kind(&self) -> i32 {
        self.last.try_borrow().map_or(ROOTVM_ERROR_INVALID_ARGUMENT, |l| l.kind)
    }

    /// The last error's exit status (for [`ROOTVM_ERROR_EXIT`]).
    pub fn last_exit_status(&self) -> i32 {
        self.last.try_borrow().map_or(0, |l| l.exit_status)
    }

    /// The last error's message; valid until the next operation on this VM.
    pub fn last_message(&self) -> *const std::ffi::c_char {
        self.last.try_borrow().map_or(c"last error is being updated".as_ptr(), |l| l.message.as_ptr())
    }

    /// A handle that interrupts this VM's calls.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        self.interrupt.clone()
    }
}

/// Loads `.rira` archive bytes or `.rir` text (told apart by the archive's magic bytes).
pub fn load_bytes(vm: &mut Vm, bytes: &[u8], file: &str) -> Result<(), Error> {
    let modules = if bytes.starts_with(&rootir::archive::MAGIC) {
        rootir::archive::decode(bytes).map_err(|e| Error::load(format!("{file}: {e}")))?.modules
    } else {
        let text = std::str::from_utf8(bytes)
            .map_err(|e| Error::load(format!("{file}: neither a .rira archive nor UTF-8 .rir text: {e}")))?;
        rootir::text::parse(text, file).map_err(|e| Error::load(format!("{file}: {e}")))?
    };
    vm.load(modules).map_err(|e| Error::load(format!("{file}: {e}")))
}

/// Loads the archive or text file at `path`.
pub fn load_path(vm: &mut Vm, path: &str) -> Result<(), Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::load(format!("{path}: {e}")))?;
    load_bytes(vm, &bytes, path)
}

/// A guest reference held by C (`rootvm_ref`): the object stays alive until `rootvm_ref_free`.
pub struct RootvmRef(pub vm::Handle);

/// Calls `module.export` with arguments that may be references; `ref` and `any` results come
/// back as handles. Scalar-only calls take [`Vm::call`]'s path (one export lookup here, one there).
pub fn call_args(
    vm: &mut Vm,
    module: &str,
    export: &str,
    args: Vec<Arg>,
    max_results: usize,
) -> Result<Vec<Arg>, Error> {
    let sig = vm
        .export_signature(module, export)
        .ok_or_else(|| Error::new(ROOTVM_ERROR_INVALID_CALL, format!("no export `{export}` in module `{module}`")))?;
    if sig.results.len() > max_results {
        return Err(Error::invalid(format!(
            "`{module}.{export}` returns {} values but the results buffer holds {max_results}",
            sig.results.len()
        )));
    }
    let scalar = |t: &Type| !matches!(t, Type::Ref | Type::Any);
    if sig.params.iter().chain(&sig.results).all(scalar) {
        let values: Option<Vec<Value>> =
            args.iter().map(|a| if let Arg::Value(v) = a { Some(*v) } else { None }).collect();
        if let Some(values) = values {
            return Ok(vm.call(module, export, &values)?.into_iter().map(Arg::Value).collect());
        }
    }
    Ok(vm.call_with_refs(module, export, &args)?)
}

/// Calls `module.export`; returns its results.
pub fn call(vm: &mut Vm, module: &str, export: &str, args: &[Value], max_results: usize) -> Result<Vec<Value>, Error> {
    let sig = vm
        .export_signature(module, export)
        .ok_or_else(|| Error::new(ROOTVM_ERROR_INVALID_CALL, format!("no export `{export}` in module `{module}`")))?;
    if sig.results.len() > max_results {
        return Err(Error::invalid(format!(
            "`{module}.{export}` returns {} values but the results buffer holds {max_results}",
            sig.results.len()
        )));
    }
    Ok(vm.call(module, export, args)?)
}

/// The signature `params -> results` from C type tags.
pub fn signature(params: &[u32], results: &[u32]) -> Result<FuncType, Error> {
    let params: Vec<Type> = params.iter().map(|&t| type_of_tag(t)).collect::<Result<_, _>>()?;
    let results: Vec<Type> = results.iter().map(|&t| type_of_tag(t)).collect::<Result<_, _>>()?;
    Ok(FuncType::new(params, results))
}
