//! Fuzz target `x86_elf`: see `frontend_x86::fuzzing::translate_elf` (objects and shared
//! objects).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    frontend_x86::fuzzing::translate_elf(data);
});
