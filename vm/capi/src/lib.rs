//! The C ABI of rootvm: `librootvm.so` / `librootvm.a`, declared by `include/rootvm.h`.
//!
//! [`ffi`] holds the `extern "C"` entry points and every `unsafe` line of the crate: it turns the
//! C pointers into references (null pointers and invalid UTF-8 become
//! [`ROOTVM_ERROR_INVALID_ARGUMENT`]) and catches every panic. [`api`] is the safe part: loading,
//! calling, host functions and the last error. Only scalar values (`i32 i64 f32 f64`) cross the
//! boundary for now. See `docs/embedding.md`.

pub mod api;
pub mod ffi;

pub use api::{
    ROOTVM_ERROR_CALL_DEPTH, ROOTVM_ERROR_EXIT, ROOTVM_ERROR_HOST, ROOTVM_ERROR_INTERRUPTED,
    ROOTVM_ERROR_INVALID_ARGUMENT, ROOTVM_ERROR_INVALID_CALL, ROOTVM_ERROR_LOAD, ROOTVM_ERROR_OUT_OF_FUEL,
    ROOTVM_ERROR_PANIC, ROOTVM_ERROR_TRAP, ROOTVM_F32, ROOTVM_F64, ROOTVM_I32, ROOTVM_I64, ROOTVM_OK,
};
