//! Fuzz target `parse_rir`: see `rootir_fuzz::parse_rir`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    rootir_fuzz::parse_rir(data);
});
