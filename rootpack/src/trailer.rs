//! The packed-file trailer: the last 64 bytes of a packed program.
//!
//! ```text
//! offset size field
//!      0    8 payload length in bytes (u64 LE); the payload ends where the trailer starts
//!      8    4 CRC-32 (IEEE) of the payload (u32 LE)
//!     12    2 format version (u16 LE), [`VERSION`]
//!     14    2 flags (u16 LE): bit 0 fuel set, bit 1 max depth set, bit 2 heap limit set,
//!             bit 3 grants present; the other bits must be zero
//!     16    8 fuel (u64 LE), zero unless bit 0
//!     24    8 max call depth (u64 LE), zero unless bit 1
//!     32    8 heap limit in bytes (u64 LE), zero unless bit 2
//!     40    4 grants length in bytes (u32 LE), zero unless bit 3: the payload's last bytes
//!             are the grants, not the archive
//!     44    8 reserved, must be zero
//!     52    4 CRC-32 (IEEE) of trailer bytes 0..52 (u32 LE)
//!     56    8 magic [`MAGIC`], `ROOTPACK`
//! ```
//!
//! Every field is checked before the payload is read: magic, trailer checksum, version,
//! flags, reserved bytes, and a payload length that fits in the file; then the payload's
//! checksum. Integers are little-endian.
//!
//! The grants (`rootc pack --allow-read DIR`) are UTF-8 text, one line per grant:
//! `read DIR` with DIR an absolute, canonical directory path (no newline in it).

use rootir::archive::checksum;
use std::io::{Read, Seek, SeekFrom};

/// The last eight bytes of every packed program.
pub const MAGIC: [u8; 8] = *b"ROOTPACK";
/// The trailer format this runner writes and reads.
pub const VERSION: u16 = 1;
/// The size of the trailer in bytes.
pub const TRAILER_LEN: usize = 64;

const FLAG_FUEL: u16 = 1;
const FLAG_DEPTH: u16 = 2;
const FLAG_HEAP: u16 = 4;
const FLAG_GRANTS: u16 = 8;

/// Limits chosen at pack time; `None` means the VM's default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Limits {
    /// Instruction budget of the run.
    pub fuel: Option<u64>,
    /// Deepest guest call stack.
    pub max_depth: Option<u64>,
    /// Most bytes of guest heap objects ([`rootvm::Config::max_heap_bytes`]); allocation past
    /// it, after a collection, traps with "out of memory".
    pub heap_limit: Option<u64>,
}

impl Limits {
    /// The VM configuration these limits give.
    pub fn config(&self) -> rootvm::Config {
        let default = rootvm::Config::default();
        rootvm::Config {
            fuel: self.fuel,
            max_call_depth: self.max_depth.map_or(default.max_call_depth, |d| usize::try_from(d).unwrap_or(usize::MAX)),
            max_heap_bytes: self.heap_limit.unwrap_or(default.max_heap_bytes),
            ..default
        }
    }
}

/// The decoded trailer of a packed program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trailer {
    /// Length of the payload (the `.rira` archive) in bytes.
    pub payload_len: u64,
    /// CRC-32 of the payload.
    pub payload_crc: u32,
    /// The limits the program runs under.
    pub limits: Limits,
    /// How many of the payload's last bytes are the grants (see [`grants_of`]).
    pub grants_len: u32,
}

/// Why a file is not a runnable packed program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackError {
    /// The file does not end with the magic: no trailer, a truncated file, or appended bytes.
    NoTrailer,
    /// The trailer's own checksum does not match.
    TrailerChecksum,
    /// A trailer of a format version this runner does not read.
    Version(u16),
    /// Unknown flag bits or non-zero reserved bytes.
    Malformed(&'static str),
    /// The payload length does not fit in the file.
    PayloadLength {
        /// The length the trailer claims.
        claimed: u64,
        /// The bytes available before the trailer.
        available: u64,
    },
    /// The payload's checksum does not match.
    PayloadChecksum,
    /// Reading the file failed.
    Io(String),
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PackError::NoTrailer => write!(
                f,
                "no packed program: the file does not end with a rootpack trailer \
                 (it is not made by `rootc pack`, or it was truncated or had bytes appended)"
            ),
            PackError::TrailerChecksum => write!(f, "the rootpack trailer is damaged (checksum mismatch)"),
            PackError::Version(v) => {
                write!(f, "the program was packed with format version {v}; this runner reads version {VERSION}")
            }
            PackError::Malformed(what) => write!(f, "the rootpack trailer is malformed: {what}"),
            PackError::PayloadLength { claimed, available } => write!(
                f,
                "the rootpack trailer claims a {claimed}-byte program but only {available} bytes precede it \
                 (the file was truncated)"
            ),
            PackError::PayloadChecksum => {
                write!(f, "the packed program was modified or damaged (payload checksum mismatch)")
            }
            PackError::Io(e) => write!(f, "cannot read the packed program: {e}"),
        }
    }
}

impl std::error::Error for PackError {}

fn u64_at(b: &[u8; TRAILER_LEN], at: usize) -> u64 {
    let mut x = [0u8; 8];
    x.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(x)
}

fn u32_at(b: &[u8; TRAILER_LEN], at: usize) -> u32 {
    let mut x = [0u8; 4];
    x.copy_from_slice(&b[at..at + 4]);
    u32::from_le_bytes(x)
}

fn u16_at(b: &[u8; TRAILER_LEN], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

impl Trailer {
    /// The trailer for `payload` run under `limits`.
    pub fn for_payload(payload: &[u8], limits: Limits) -> Trailer {
        Trailer { payload_len: payload.len() as u64, payload_crc: checksum(payload), limits, grants_len: 0 }
    }

    /// The trailer's 64 bytes.
    pub fn encode(&self) -> [u8; TRAILER_LEN] {
        let mut b = [0u8; TRAILER_LEN];
        let mut flags = 0u16;
        for (value, flag, at) in [
            (self.limits.fuel, FLAG_FUEL, 16),
            (self.limits.max_depth, FLAG_DEPTH, 24),
            (self.limits.heap_limit, FLAG_HEAP, 32),
        ] {
            if let Some(v) = value {
                flags |= flag;
                b[at..at + 8].copy_from_slice(&v.to_le_bytes());
            }
        }
        if self.grants_len != 0 {
            flags |= FLAG_GRANTS;
            b[40..44].copy_from_slice(&self.grants_len.to_le_bytes());
        }
        b[0..8].copy_from_slice(&self.payload_len.to_le_bytes());
        b[8..12].copy_from_slice(&self.payload_crc.to_le_bytes());
        b[12..14].copy_from_slice(&VERSION.to_le_bytes());
        b[14..16].copy_from_slice(&flags.to_le_bytes());
        let crc = checksum(&b[..52]);
        b[52..56].copy_from_slice(&crc.to_le_bytes());
        b[56..64].copy_from_slice(&MAGIC);
        b
    }

    /// Decodes and checks a trailer (everything but the payload's checksum).
    pub fn decode(b: &[u8; TRAILER_LEN]) -> Result<Trailer, PackError> {
        if b[56..64] != MAGIC {
            return Err(PackError::NoTrailer);
        }
        if checksum(&b[..52]) != u32_at(b, 52) {
            return Err(PackError::TrailerChecksum);
        }
        let version = u16_at(b, 12);
        if version != VERSION {
            return Err(PackError::Version(version));
        }
        let flags = u16_at(b, 14);
        if flags & !(FLAG_FUEL | FLAG_DEPTH | FLAG_HEAP | FLAG_GRANTS) != 0 {
            return Err(PackError::Malformed("unknown flag bits"));
        }
        let grants_len = u32_at(b, 40);
        if (flags & FLAG_GRANTS != 0) != (grants_len != 0) {
            return Err(PackError::Malformed("a grants length without its flag, or a flag without grants"));
        }
        if u64::from(grants_len) > u64_at(b, 0) {
            return Err(PackError::Malformed("the grants are longer than the payload"));
        }
        if b[44..52].iter().any(|&x| x != 0) {
            return Err(PackError::Malformed("non-zero reserved bytes"));
        }
        let field = |flag: u16, at: usize| -> Result<Option<u64>, PackError> {
            let v = u64_at(b, at);
            match (flags & flag != 0, v) {
                (true, v) => Ok(Some(v)),
                (false, 0) => Ok(None),
                (false, _) => Err(PackError::Malformed("a limit is set without its flag")),
            }
        };
        let limits = Limits {
            fuel: field(FLAG_FUEL, 16)?,
            max_depth: field(FLAG_DEPTH, 24)?,
            heap_limit: field(FLAG_HEAP, 32)?,
        };
        Ok(Trailer { payload_len: u64_at(b, 0), payload_crc: u32_at(b, 8), limits, grants_len })
    }
}

/// `runner`, then `payload`, then its trailer: the bytes of a packed program.
pub fn attach(runner: &[u8], payload: &[u8], limits: Limits) -> Vec<u8> {
    attach_with_grants(runner, payload, &[], limits)
}

/// [`attach`] with directories the program may read (absolute, canonical, without newlines).
pub fn attach_with_grants(runner: &[u8], archive: &[u8], read_dirs: &[String], limits: Limits) -> Vec<u8> {
    let grants: String = read_dirs.iter().map(|d| format!("read {d}\n")).collect();
    let mut payload = archive.to_vec();
    payload.extend_from_slice(grants.as_bytes());
    let mut trailer = Trailer::for_payload(&payload, limits);
    trailer.grants_len = u32::try_from(grants.len()).unwrap_or(u32::MAX);
    let mut out = Vec::with_capacity(runner.len() + payload.len() + TRAILER_LEN);
    out.extend_from_slice(runner);
    out.extend_from_slice(&payload);
    out.extend_from_slice(&trailer.encode());
    out
}

/// Splits a checked payload into the archive bytes and the directories the program may read.
pub fn grants_of<'a>(trailer: &Trailer, payload: &'a [u8]) -> Result<(&'a [u8], Vec<String>), PackError> {
    let at = payload.len().saturating_sub(trailer.grants_len as usize);
    let (archive, grants) = payload.split_at(at);
    let text = std::str::from_utf8(grants).map_err(|_| PackError::Malformed("the grants are not UTF-8"))?;
    let dirs = text
        .lines()
        .map(|line| line.strip_prefix("read ").map(str::to_string).ok_or(PackError::Malformed("an unknown grant")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((archive, dirs))
}

/// Whether `bytes` end with a rootpack magic (a packed program, or a damaged one).
pub fn ends_with_magic(bytes: &[u8]) -> bool {
    bytes.ends_with(&MAGIC)
}

/// Reads and checks the trailer and payload at the end of `file`, reading only those bytes.
pub fn read_packed(file: &mut (impl Read + Seek)) -> Result<(Trailer, Vec<u8>), PackError> {
    let io = |e: std::io::Error| PackError::Io(e.to_string());
    let len = file.seek(SeekFrom::End(0)).map_err(io)?;
    if len < TRAILER_LEN as u64 {
        return Err(PackError::NoTrailer);
    }
    let available = len - TRAILER_LEN as u64;
    let mut b = [0u8; TRAILER_LEN];
    file.seek(SeekFrom::Start(available)).map_err(io)?;
    file.read_exact(&mut b).map_err(io)?;
    let trailer = Trailer::decode(&b)?;
    if trailer.payload_len > available {
        return Err(PackError::PayloadLength { claimed: trailer.payload_len, available });
    }
    let size = usize::try_from(trailer.payload_len)
        .map_err(|_| PackError::PayloadLength { claimed: trailer.payload_len, available })?;
    let mut payload = vec![0u8; size];
    file.seek(SeekFrom::Start(available - trailer.payload_len)).map_err(io)?;
    file.read_exact(&mut payload).map_err(io)?;
    if checksum(&payload) != trailer.payload_crc {
        return Err(PackError::PayloadChecksum);
    }
    Ok((trailer, payload))
}

#[cfg(test)]
mod tests;
