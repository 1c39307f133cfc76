//! Fuzz target `verify`: see `rootir_fuzz::verify`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    rootir_fuzz::verify(data);
});
