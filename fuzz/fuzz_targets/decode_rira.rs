//! Fuzz target `decode_rira`: see `rootir_fuzz::decode_rira`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    rootir_fuzz::decode_rira(data);
});
