//! The bodies of the rootIR fuzz targets, one function per target.
//!
//! `fuzz_targets/*.rs` hand them libFuzzer's input; `rootir/tests/fuzz_smoke.rs`
//! includes this file and runs them on fixed pseudo-random inputs in `cargo test`.
//! Each body panics only when it finds a bug: a panic inside rootir, or a
//! broken round-trip property.

use rootir::{Module, archive, text, verify};

/// `.rira` decoding: never panics, and whatever decodes encodes back to the
/// same bytes. The input is tried as is and with its last four bytes replaced
/// by the correct checksum, so that mutations reach the decoder's body.
/// Returns whether the input, as is, decoded.
pub fn decode_rira(data: &[u8]) -> bool {
    let accepted = check_decode(data);
    check_decode(&with_checksum(data));
    accepted
}

/// `.rir` parsing (input as UTF-8, lossily): never panics, and whatever parses
/// prints as text that parses back to the same modules. Returns whether it parsed.
pub fn parse_rir(data: &[u8]) -> bool {
    let src = String::from_utf8_lossy(data);
    match text::parse(&src, "fuzz.rir") {
        Ok(modules) => {
            let printed = text::print(&modules);
            match text::parse(&printed, "printed.rir") {
                Ok(again) => assert!(again == modules, "print then parse changed the modules:\n{printed}"),
                Err(e) => panic!("printed text does not parse: {e}\n{printed}"),
            }
            true
        }
        Err(e) => {
            let _ = e.to_string();
            false
        }
    }
}

/// The verifier on whatever the parser and the decoder accept: never panics.
/// Returns how many modules were verified.
pub fn verify(data: &[u8]) -> usize {
    let src = String::from_utf8_lossy(data);
    let parsed = text::parse(&src, "fuzz.rir").unwrap_or_default();
    let decoded = archive::decode(&with_checksum(data)).map(|a| a.modules).unwrap_or_default();
    for module in parsed.iter().chain(&decoded) {
        verify_one(module);
    }
    parsed.len() + decoded.len()
}

fn verify_one(module: &Module) {
    if let Err(errors) = verify::verify_module(module) {
        assert!(!errors.is_empty(), "verifier failed with no error");
        for e in errors {
            let _ = e.to_string();
        }
    }
}

/// Decodes `data`; if it decodes, checks that it encodes back to `data`.
fn check_decode(data: &[u8]) -> bool {
    match archive::decode(data) {
        Ok(a) => {
            assert!(archive::encode(&a) == data, "decode then encode changed the bytes");
            true
        }
        Err(e) => {
            assert!(e.offset <= data.len(), "error offset {} past the end: {e}", e.offset);
            false
        }
    }
}

/// `data` with its last four bytes replaced by the CRC-32 of the bytes before them.
pub fn with_checksum(data: &[u8]) -> Vec<u8> {
    let mut out = data.to_vec();
    if let Some(body_len) = out.len().checked_sub(4) {
        let crc = archive::checksum(&out[..body_len]);
        out[body_len..].copy_from_slice(&crc.to_le_bytes());
    }
    out
}
