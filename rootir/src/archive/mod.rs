//! The `.rira` archive form: a versioned, checksummed binary container (see `docs/ir-format.md`).

use crate::Archive;

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
pub fn encode(_archive: &Archive) -> Vec<u8> {
    todo!("archive encoder")
}

/// Decodes an archive. Never panics and never allocates more than a small multiple of `bytes.len()`.
pub fn decode(_bytes: &[u8]) -> Result<Archive, DecodeError> {
    todo!("archive decoder")
}

/// The first bytes of every `.rira` archive.
pub const MAGIC: &[u8; 4] = b"RIRA";
