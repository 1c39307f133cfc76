//! The `extern "C"` entry points, and the only `unsafe` code of the crate.
//!
//! Every entry point checks each pointer for null before using it, validates strings as UTF-8
//! and type tags against the known ones, and runs its body inside [`std::panic::catch_unwind`],
//! so no Rust panic ever unwinds into C. Failures are returned as `ROOTVM_ERROR_*` codes and
//! recorded as the VM's last error.
//!
//! The caller's obligations (the `# Safety` section of every function): each non-null pointer
//! points to what its type says (a VM from `rootvm_new` not yet freed, a NUL-terminated string,
//! an array of the stated length) and stays valid for the duration of the call; one VM is used
//! by one thread at a time (only `rootvm_interrupt` may run concurrently).

use crate::api::{
    self, Embedded, Error, Limits, ROOTVM_ERROR_INVALID_ARGUMENT, ROOTVM_ERROR_PANIC, ROOTVM_OK, RootvmRef,
};
use std::ffi::{CStr, c_char, c_int, c_void};
use std::panic::{AssertUnwindSafe, catch_unwind};
use vm::{Arg, InterruptHandle, Trap, Value};

/// An embedded VM (`rootvm_vm` in C).
pub type RootvmVm = Embedded;
/// The limits of `rootvm_new` (`rootvm_limits` in C).
pub type RootvmLimits = Limits;

/// The payload of a [`RootvmValue`], selected by its tag.
#[repr(C)]
#[derive(Copy, Clone)]
pub union RootvmPayload {
    /// For `ROOTVM_I32`.
    pub i32: i32,
    /// For `ROOTVM_I64`.
    pub i64: i64,
    /// For `ROOTVM_F32`.
    pub f32: f32,
    /// For `ROOTVM_F64`.
    pub f64: f64,
    /// For `ROOTVM_REF`: a handle from `rootvm_string_new` or a call result (never null).
    pub ref_: *mut RootvmRef,
}

/// A tagged scalar value (`rootvm_value` in C).
#[repr(C)]
#[derive(Copy, Clone)]
pub struct RootvmValue {
    /// A `ROOTVM_I32`..`ROOTVM_F64` tag.
    pub tag: u32,
    /// The value.
    pub of: RootvmPayload,
}

impl RootvmValue {
    /// The C form of `value`.
    pub fn from_value(value: Value) -> RootvmValue {
        let of = match value {
            Value::I32(v) => RootvmPayload { i32: v },
            Value::I64(v) => RootvmPayload { i64: v },
            Value::F32(v) => RootvmPayload { f32: v },
            Value::F64(v) => RootvmPayload { f64: v },
        };
        RootvmValue { tag: api::tag_of(value), of }
    }

    /// The C form of a call argument or result; a reference becomes a new handle C must free.
    pub fn from_arg(arg: Arg) -> RootvmValue {
        match arg {
            Arg::Value(v) => RootvmValue::from_value(v),
            Arg::Ref(h) => {
                RootvmValue { tag: api::ROOTVM_REF, of: RootvmPayload { ref_: Box::into_raw(Box::new(RootvmRef(h))) } }
            }
        }
    }

    /// The argument this value passes: a scalar, or (for `ROOTVM_REF`) the handle's reference.
    ///
    /// # Safety
    /// A `ROOTVM_REF` value holds null or a live handle from this library.
    pub unsafe fn to_arg(&self) -> Result<Arg, Error> {
        if self.tag != api::ROOTVM_REF {
            return self.to_value().map(Arg::Value);
        }
        // SAFETY: the tag says the C side wrote the pointer field; by the contract it is null or
        // a live handle.
        match unsafe { self.of.ref_.as_ref() } {
            Some(r) => Ok(Arg::Ref(r.0.clone())),
            None => Err(Error::invalid("a ROOTVM_REF argument is NULL")),
        }
    }

    /// The value, or an error for an unknown tag.
    pub fn to_value(&self) -> Result<Value, Error> {
        // SAFETY: every field of the payload is plain data for which all bit patterns are valid,
        // and the tag says which field the C side wrote; only that field's bytes are read.
        unsafe {
            match self.tag {
                api::ROOTVM_I32 => Ok(Value::I32(self.of.i32)),
                api::ROOTVM_I64 => Ok(Value::I64(self.of.i64)),
                api::ROOTVM_F32 => Ok(Value::F32(self.of.f32)),
                api::ROOTVM_F64 => Ok(Value::F64(self.of.f64)),
                tag => Err(Error::invalid(format!("unknown rootvm_type tag {tag}"))),
            }
        }
    }
}

/// Where a host callback reports its failure (`rootvm_host_error` in C).
#[derive(Default)]
pub struct RootvmHostError {
    message: Option<String>,
}

/// A host callback (`rootvm_host_fn` in C): fills `results` (whose tags are preset to the
/// declared result types) and returns 0, or returns non-zero after an optional
/// `rootvm_host_error_set`.
pub type RootvmHostFn = Option<
    unsafe extern "C" fn(
        user_data: *mut c_void,
        args: *const RootvmValue,
        nargs: usize,
        results: *mut RootvmValue,
        nresults: usize,
        error: *mut RootvmHostError,
    ) -> c_int,
>;

/// A C callback and its user data, callable from the VM.
struct CHost {
    f: unsafe extern "C" fn(
        *mut c_void,
        *const RootvmValue,
        usize,
        *mut RootvmValue,
        usize,
        *mut RootvmHostError,
    ) -> c_int,
    user_data: *mut c_void,
}

// SAFETY: `rootvm_define` documents that the callback and its user data may be called from
// whichever thread uses the VM; the C embedder takes that responsibility for `user_data`.
unsafe impl Send for CHost {}

impl CHost {
    fn call(&mut self, args: &[Value], results: &mut [Value]) -> Result<(), Trap> {
        let c_args: Vec<RootvmValue> = args.iter().map(|&v| RootvmValue::from_value(v)).collect();
        let mut c_results: Vec<RootvmValue> = results.iter().map(|&v| RootvmValue::from_value(v)).collect();
        let mut error = RootvmHostError::default();
        // SAFETY: both arrays live for the whole call and have the lengths passed with them;
        // `error` outlives the call; `f` and `user_data` are what the embedder registered.
        let status = unsafe {
            (self.f)(self.user_data, c_args.as_ptr(), c_args.len(), c_results.as_mut_ptr(), c_results.len(), &mut error)
        };
        if status != 0 {
            let message = error.message.unwrap_or_else(|| format!("host callback returned {status}"));
            return Err(Trap::host(message));
        }
        for (out, c) in results.iter_mut().zip(&c_results) {
            *out = c.to_value().map_err(|e| Trap::host(e.message))?;
        }
        Ok(())
    }
}

/// Runs `body`, turning a panic into [`ROOTVM_ERROR_PANIC`] (recorded on `vm` if there is one).
fn guard(vm: Option<&Embedded>, body: impl FnOnce() -> c_int) -> c_int {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(code) => code,
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            let error = Error::new(ROOTVM_ERROR_PANIC, format!("internal error in rootvm: {what}"));
            match vm {
                Some(vm) => catch_unwind(AssertUnwindSafe(|| vm.record(Err(error)))).unwrap_or(ROOTVM_ERROR_PANIC),
                None => ROOTVM_ERROR_PANIC,
            }
        }
    }
}

/// The VM behind `vm`, or `None` for null.
///
/// # Safety
/// `vm` is null or a live pointer from `rootvm_new`.
unsafe fn vm_ref<'a>(vm: *const RootvmVm) -> Option<&'a Embedded> {
    // SAFETY: by the contract, a non-null `vm` points to a live `Embedded`; only shared
    // references are ever made from it (all mutation goes through its cells).
    unsafe { vm.as_ref() }
}

/// A NUL-terminated UTF-8 string; `what` names the argument in errors.
///
/// # Safety
/// `s` is null or points to a NUL-terminated string live for `'a`.
unsafe fn str_arg<'a>(s: *const c_char, what: &str) -> Result<&'a str, Error> {
    if s.is_null() {
        return Err(Error::invalid(format!("{what} is NULL")));
    }
    // SAFETY: non-null and NUL-terminated by the contract.
    let c = unsafe { CStr::from_ptr(s) };
    c.to_str().map_err(|_| Error::invalid(format!("{what} is not valid UTF-8")))
}

/// The array `p[0..n]`; `p` may be null only when `n` is 0.
///
/// # Safety
/// `p` is null or points to `n` initialized elements live for `'a`.
unsafe fn slice_arg<'a, T>(p: *const T, n: usize, what: &str) -> Result<&'a [T], Error> {
    if n == 0 {
        return Ok(&[]);
    }
    if p.is_null() {
        return Err(Error::invalid(format!("{what} is NULL but its length is {n}")));
    }
    // SAFETY: non-null, `n` elements by the contract.
    Ok(unsafe { std::slice::from_raw_parts(p, n) })
}

/// The writable array `p[0..n]`; `p` may be null only when `n` is 0.
///
/// # Safety
/// `p` is null or points to `n` writable elements live for `'a`, not aliased during the call.
unsafe fn slice_mut_arg<'a, T>(p: *mut T, n: usize, what: &str) -> Result<&'a mut [T], Error> {
    if n == 0 {
        return Ok(&mut []);
    }
    if p.is_null() {
        return Err(Error::invalid(format!("{what} is NULL but its length is {n}")));
    }
    // SAFETY: non-null, `n` writable unaliased elements by the contract.
    Ok(unsafe { std::slice::from_raw_parts_mut(p, n) })
}

/// Creates a VM with `limits` (NULL for the defaults). Returns NULL only if rootvm failed internally.
///
/// # Safety
/// `limits` is null or points to a `rootvm_limits`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rootvm_new(limits: *const RootvmLimits) -> *mut RootvmVm {
    // SAFETY: null or a valid `rootvm_limits` by the contract; it is copied.
    let limits = unsafe { limits.as_ref() }.copied().unwrap_or_default();
    catch_unwind(|| Box::into_raw(Box::new(Embedded::new(&limits)))).unwrap_or(std::ptr::null_mut())
}

/// Frees a VM. NULL is ignored.
///
/// # Safety
/// `vm` is null or a pointer from `rootvm_new` not freed before, and no call on it is running.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rootvm_free(vm: *mut RootvmVm) {
    if !vm.is_null() {
        // SAFETY: by the contract, `vm` came from `Box::into_raw` in `rootvm_new` and is freed once.
        let vm = unsafe { Box::from_raw(vm) };
        // A panic in a destructor (a host closure's) must not reach C; the memory then leaks.
        let _ = catch_unwind(AssertUnwindSafe(move || drop(vm)));
    }
}

/// Loads `.rira` archive bytes or `.rir` text (UTF-8) of `len` bytes.
///
/// # Safety
/// See the module documentation; `bytes` points to `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rootvm_load_bytes(vm: *mut RootvmVm, bytes: *const u8, len: usize) -> c_int {
    // SAFETY: forwarded from this function's contract.
    let Some(e) = (unsafe { vm_ref(vm) }) else { return ROOTVM_ERROR_INVALID_ARGUMENT };
    guard(Some(e), || {
        // SAFETY: forwarded from this function's contract.
        let bytes = unsafe { slice_arg(bytes, len, "bytes") };
        e.run(|vm| api::load_bytes(vm, bytes?, "<bytes>"))
    })
}

/// Loads the `.rira` or `.rir` file at `path`.
///
/// # Safety
/// See the module documentation.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rootvm_load_path(vm: *mut RootvmVm, path: *const c_char) -> c_int {
    // SAFETY: forwarded from this function's contract.
    let Some(e) = (unsafe { vm_ref(vm) }) else { return ROOTVM_ERROR_INVALID_ARGUMENT };
    guard(Some(e), || {
        // SAFETY: forwarded from this function's contract.
        let path = unsafe { str_arg(path, "path") };
        e.run(|vm| api::load_path(vm, path?))
    })
}

/// Calls `module.export` with `nargs` arguments; writes the results to `results[0..]` (at most
/// `max_results`) and their count to `*nresults`.
///
/// # Safety
/// See the module documentation; `results` has room for `max_results` values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rootvm_call(
    vm: *mut RootvmVm,
    module: *const c_char,
    export: *const c_char,
    args: *const RootvmValue,
    nargs: usize,
    results: *mut RootvmValue,
    max_results: usize,
    nresults: *mut usize,
) -> c_int {
    // SAFETY: forwarded from this function's contract.
    let Some(e) = (unsafe { vm_ref(vm) }) else { return ROOTVM_ERROR_INVALID_ARGUMENT };
    guard(Some(e), || {
        e.run(|vm| {
            // SAFETY: forwarded from this function's contract (a NUL-terminated string or NULL).
            let module = unsafe { str_arg(module, "module") }?;
            // SAFETY: as above.
            let export = unsafe { str_arg(export, "export") }?;
            // SAFETY: as above.
            let args = unsafe { slice_arg(args, nargs, "args") }?;
            // SAFETY: as above.
            let out = unsafe { slice_mut_arg(results, max_results, "results") }?;
            if nresults.is_null() {
                return Err(Error::invalid("nresults is NULL"));
            }
            // SAFETY: REF arguments hold live handles by the contract.
            let args: Vec<Arg> = args.iter().map(|a| unsafe { a.to_arg() }).collect::<Result<_, _>>()?;
            let values = api::call_args(vm, module, export, args, out.len())?;
            let count = values.len();
            for (slot, v) in out.iter_mut().zip(values) {
                *slot = RootvmValue::from_arg(v);
            }
            // SAFETY: checked non-null above; points to a writable `size_t` by the contract.
            unsafe { *nresults = count };
            Ok(())
        })
    })
}

/// Registers host function `module.name` with the given signature. Modules loaded afterwards may
/// import it. `user_data` is passed to every call and never freed by rootvm.
///
/// # Safety
/// See the module documentation; `callback` and `user_data` may be called from any thread that
/// uses this VM, for as long as the VM lives.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rootvm_define(
    vm: *mut RootvmVm,
    module: *const c_char,
    name: *const c_char,
    params: *const u32,
    nparams: usize,
    results: *const u32,
    nresults: usize,
    callback: RootvmHostFn,
    user_data: *mut c_void,
) -> c_int {
    // SAFETY: forwarded from this function's contract.
    let Some(e) = (unsafe { vm_ref(vm) }) else { return ROOTVM_ERROR_INVALID_ARGUMENT };
    guard(Some(e), || {
        e.run(|vm| {
            // SAFETY: forwarded from this function's contract (a NUL-terminated string or NULL).
            let module = unsafe { str_arg(module, "module") }?;
            // SAFETY: as above.
            let name = unsafe { str_arg(name, "name") }?;
            // SAFETY: as above.
            let params = unsafe { slice_arg(params, nparams, "params") }?;
            // SAFETY: as above.
            let results = unsafe { slice_arg(results, nresults, "results") }?;
            let f = callback.ok_or_else(|| Error::invalid("callback is NULL"))?;
            let sig = api::signature(params, results)?;
            let mut host = CHost { f, user_data };
            vm.define_dynamic(module, name, sig, move |args, results| host.call(args, results));
            Ok(())
        })
    })
}

/// Sets the message of a failing host callback (copied). NULL arguments are ignored.
///
/// # Safety
/// `error` is null or the pointer the callback received; `message` is null or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rootvm_host_error_set(error: *mut RootvmHostError, message: *const c_char) {
    // SAFETY: null or the live `RootvmHostError` of the running callback, by the contract.
    let Some(error) = (unsafe { error.as_mut() }) else { return };
    if message.is_null() {
        return;
    }
    // SAFETY: non-null and NUL-terminated by the contract.
    let text = unsafe { CStr::from_ptr(message) };
    error.message = Some(text.to_string_lossy().into_owned());
}

/// The kind (`ROOTVM_OK` or a `ROOTVM_ERROR_*` code) of the VM's last operation.
///
/// # Safety
/// See the module documentation.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rootvm_last_error_kind(vm: *const RootvmVm) -> c_int {
    // SAFETY: forwarded from this function's contract.
    match unsafe { vm_ref(vm) } {
        Some(e) => e.last_kind(),
        None => ROOTVM_ERROR_INVALID_ARGUMENT,
    }
}

/// The message of the VM's last error ("" after success), valid until the next operation on the
/// VM. Never NULL.
///
/// # Safety
/// See the module documentation.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rootvm_last_error_message(vm: *const RootvmVm) -> *const c_char {
    // SAFETY: forwarded from this function's contract.
    match unsafe { vm_ref(vm) } {
        Some(e) => e.last_message(),
        None => c"vm is NULL".as_ptr(),
    }
}

/// The exit status when the last error is `ROOTVM_ERROR_EXIT`, else 0.
///
/// # Safety
/// See the module documentation.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rootvm_last_exit_status(vm: *const RootvmVm) -> c_int {
    // SAFETY: forwarded from this function's contract.
    unsafe { vm_ref(vm) }.map_or(0, Embedded::last_exit_status)
}

/// A thread-safe handle that interrupts `vm`'s calls (`rootvm_interrupt_handle` in C). Free it with
/// `rootvm_interrupt_handle_free`; it may outlive the VM. NULL if `vm` is NULL.
///
/// # Safety
/// See the module documentation.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rootvm_interrupt_handle_new(vm: *const RootvmVm) -> *mut InterruptHandle {
    // SAFETY: forwarded from this function's contract.
    let Some(e) = (unsafe { vm_ref(vm) }) else { return std::ptr::null_mut() };
    catch_unwind(AssertUnwindSafe(|| Box::into_raw(Box::new(e.interrupt_handle())))).unwrap_or(std::ptr::null_mut())
}

/// Interrupts the VM's running call (or its next one): it fails with `ROOTVM_ERROR_INTERRUPTED`.
/// Callable from any thread. Returns `ROOTVM_OK`, or `ROOTVM_ERROR_INVALID_ARGUMENT` for NULL.
///
/// # Safety
/// `handle` is null or a live pointer from `rootvm_interrupt_handle_new`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rootvm_interrupt(handle: *const InterruptHandle) -> c_int {
    // SAFETY: null or a live handle by the contract; `InterruptHandle` is `Sync`.
    match unsafe { handle.as_ref() } {
        Some(h) => {
            h.interrupt();
            ROOTVM_OK
        }
        None => ROOTVM_ERROR_INVALID_ARGUMENT,
    }
}

/// Frees an interrupt handle. NULL is ignored.
///
/// # Safety
/// `handle` is null or a pointer from `rootvm_interrupt_handle_new` not freed before, and no other
/// thread is using it.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rootvm_interrupt_handle_free(handle: *mut InterruptHandle) {
    if !handle.is_null() {
        // SAFETY: by the contract, it came from `Box::into_raw` and is freed once.
        drop(unsafe { Box::from_raw(handle) });
    }
}

/// A new guest string of the UTF-8 bytes `utf8[0..len]`, held by the returned handle (free it
/// with `rootvm_ref_free`). NULL on failure (NULL or bad UTF-8: invalid argument; heap limit: trap),
/// recorded as the last error.
///
/// # Safety
/// `vm` is null or a live VM; `utf8` is null or points to `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rootvm_string_new(vm: *mut RootvmVm, utf8: *const u8, len: usize) -> *mut RootvmRef {
    // SAFETY: forwarded from this function's contract.
    let Some(e) = (unsafe { vm_ref(vm) }) else { return std::ptr::null_mut() };
    let mut made = None;
    guard(Some(e), || {
        e.run(|vm| {
            // SAFETY: forwarded from this function's contract.
            let bytes = unsafe { slice_arg(utf8, len, "utf8") }?;
            let text = std::str::from_utf8(bytes).map_err(|_| Error::invalid("the string is not valid UTF-8"))?;
            made = Some(vm.new_string(text)?);
            Ok(())
        })
    });
    made.map_or(std::ptr::null_mut(), |h| Box::into_raw(Box::new(RootvmRef(h))))
}

/// Copies the UTF-8 text of the string `r` holds and a NUL into `buf[0..cap]`, and its length
/// (without the NUL) into `*len`. `*len` is set even when `cap` is too small (then the result is
/// ROOTVM_ERROR_INVALID_ARGUMENT and nothing is copied), so `cap = 0, buf = NULL` asks the size.
///
/// # Safety
/// `vm` is null or a live VM; `r` null or a live handle; `buf` null or `cap` writable bytes;
/// `len` null or a writable `size_t`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rootvm_string_get(
    vm: *mut RootvmVm,
    r: *const RootvmRef,
    buf: *mut c_char,
    cap: usize,
    len: *mut usize,
) -> c_int {
    // SAFETY: forwarded from this function's contract.
    let Some(e) = (unsafe { vm_ref(vm) }) else { return ROOTVM_ERROR_INVALID_ARGUMENT };
    guard(Some(e), || {
        e.run(|vm| {
            // SAFETY: null or a live handle by the contract.
            let r = unsafe { r.as_ref() }.ok_or_else(|| Error::invalid("the rootvm_ref is NULL"))?;
            if len.is_null() {
                return Err(Error::invalid("len is NULL"));
            }
            let text = vm.string_of(&r.0)?;
            // SAFETY: checked non-null; writable by the contract.
            unsafe { *len = text.len() };
            if cap <= text.len() {
                return Err(Error::invalid(format!(
                    "the buffer holds {cap} bytes; the string needs {}",
                    text.len() + 1
                )));
            }
            // SAFETY: forwarded from this function's contract.
            let out = unsafe { slice_mut_arg(buf.cast::<u8>(), cap, "buf") }?;
            out[..text.len()].copy_from_slice(text.as_bytes());
            out[text.len()] = 0;
            Ok(())
        })
    })
}

/// Releases a handle (NULL is ignored); the object may then be collected. May be called after
/// its VM was freed.
///
/// # Safety
/// `r` is null or a handle from this library not yet freed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rootvm_ref_free(r: *mut RootvmRef) {
    if r.is_null() {
        return;
    }
    let _ = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: a live handle made by `Box::into_raw`, freed once by the contract.
        drop(unsafe { Box::from_raw(r) });
    }));
}
