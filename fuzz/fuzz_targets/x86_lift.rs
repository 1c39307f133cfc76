//! Fuzz target `x86_lift`: see `frontend_x86::fuzzing::lift_code` (an object's `.text`) and
//! `lift_shared_code` (a shared object's), chosen by the first byte.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    match data.split_first() {
        Some((k, rest)) if k & 1 == 1 => frontend_x86::fuzzing::lift_shared_code(rest),
        _ => frontend_x86::fuzzing::lift_code(data),
    }
});
