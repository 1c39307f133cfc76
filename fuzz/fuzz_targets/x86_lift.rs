//! Fuzz target `x86_lift`: see `frontend_x86::fuzzing::lift_code`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    frontend_x86::fuzzing::lift_code(data);
});
