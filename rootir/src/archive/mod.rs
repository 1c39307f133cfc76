//! The `.rira` archive form: a versioned, checksummed binary container of a
//! manifest and one or more modules. The layout is documented byte by byte in
//! `docs/archive-format.md`.
//!
//! [`decode`] treats its input as untrusted: it checks magic, version and
//! checksum before anything else, checks every count against the bytes left
//! before allocating, rejects unknown codes, overlong or overflowing varints,
//! invalid UTF-8 and trailing bytes, and never panics or recurses. Encoding is
//! canonical: whatever [`decode`] accepts, [`encode`] writes back byte for byte.

mod crc32;
mod decode;
mod decode_inst;
mod encode;
mod layout;
mod reader;
mod writer;

#[cfg(test)]
mod tests;

use crate::Archive;

pub use layout::{MAGIC, VERSION};

/// Why bytes could not be decoded as an archive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    /// Byte offset where decoding failed.
    pub offset: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid archive at byte {}: {}", self.offset, self.message)
    }
}

impl std::error::Error for DecodeError {}

/// Encodes an archive.
///
/// The result decodes back to an equal archive when the archive is well formed
/// (each instruction's opcode has the format of its [`crate::InstData`]
/// variant, 32-bit immediates have a zero high half, at least one module).
pub fn encode(archive: &Archive) -> Vec<u8> {
    encode::archive(archive)
}

/// Decodes an archive. Never panics and never allocates more than a small multiple of `bytes.len()`.
pub fn decode(bytes: &[u8]) -> Result<Archive, DecodeError> {
    decode::archive(bytes)
}

/// The CRC-32 (IEEE) of `bytes`: the archive's last four bytes hold it, little-endian,
/// for all the bytes before them. Public for tools and fuzzers that craft archives.
pub fn checksum(bytes: &[u8]) -> u32 {
    crc32::crc32(bytes)
}
