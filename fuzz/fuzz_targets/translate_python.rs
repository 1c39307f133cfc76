//! Fuzz target `translate_python`: see `frontend_python::fuzz_translate`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    frontend_python::fuzz_translate(data);
});
