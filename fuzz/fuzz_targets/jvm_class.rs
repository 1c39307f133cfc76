//! Fuzz target `jvm_class`: see `frontend_jvm::fuzzing::translate`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    frontend_jvm::fuzzing::translate(data);
});
