//! Fuzz target `translate_stack`: see `vstarr::fuzzing::translate_stack`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    vstarr::fuzzing::translate_stack(data);
});
