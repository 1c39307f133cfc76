//! Constants of the `.rira` layout shared by the encoder and the decoder
//! (see `docs/archive-format.md`).

use crate::Type;

/// The first four bytes of every archive.
pub const MAGIC: [u8; 4] = *b"RIRA";

/// The format version this code writes and reads.
pub const VERSION: u16 = 6;

/// Magic plus the little-endian `u16` version.
pub(super) const HEADER_LEN: usize = 6;

/// The little-endian CRC-32 at the end.
pub(super) const TRAILER_LEN: usize = 4;

/// Tags of `Option<Memory>`.
pub(super) mod memory_tag {
    pub const NONE: u8 = 0;
    pub const SOME: u8 = 1;
}

/// Tags of [`crate::Constant`].
pub(super) mod const_tag {
    pub const STR: u8 = 0;
    pub const BYTES: u8 = 1;
}

/// Tags of [`crate::SrcLoc`].
pub(super) mod loc_tag {
    pub const NONE: u8 = 0;
    pub const LINE: u8 = 1;
    pub const OFFSET: u8 = 2;
    pub const ADDR: u8 = 3;
}

/// Bits of a class's flags byte.
pub(super) mod class_flag {
    pub const INTERFACE: u8 = 1;
    pub const ALL: u8 = INTERFACE;
}

/// Bits of a global's flags byte.
pub(super) mod global_flag {
    pub const MUTABLE: u8 = 1;
    pub const ALL: u8 = MUTABLE;
}

/// The low bit of an encoded [`crate::Callee`]: set for imports.
pub(super) const CALLEE_IMPORT_BIT: u64 = 1;

/// How an immediate of a given type is stored (constants and global initial values).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(super) enum ImmKind {
    /// `i32`: the value sign-extended, zigzag, LEB128 (small negatives stay short).
    Int32,
    /// `i64`: zigzag, LEB128.
    Int64,
    /// `f32`: the 4 bytes of its bits, little-endian.
    Float32,
    /// `f64`: the 8 bytes of its bits, little-endian.
    Float64,
    /// `ref`, `any` (and a typeless immediate): the raw bits, LEB128.
    Raw,
}

impl ImmKind {
    /// The storage of an immediate of type `ty` (`None`: no type known).
    pub(super) fn of(ty: Option<Type>) -> ImmKind {
        match ty {
            Some(Type::I32) => ImmKind::Int32,
            Some(Type::I64) => ImmKind::Int64,
            Some(Type::F32) => ImmKind::Float32,
            Some(Type::F64) => ImmKind::Float64,
            Some(Type::Ref | Type::Any) | None => ImmKind::Raw,
        }
    }
}

/// The fewest bytes each kind of item takes, used to reject counts the
/// remaining input cannot hold before anything is allocated.
pub(super) mod min_len {
    /// A type code.
    pub const TYPE: usize = 1;
    /// A register, block or other index.
    pub const INDEX: usize = 1;
    /// A string or byte string: its length.
    pub const STRING: usize = 1;
    /// A module: name, files, imports, memory tag, data, globals, constants, exports, functions, classes,
    /// any hook tag.
    pub const MODULE: usize = 11;
    /// A class: name, flags, superclass, interfaces, fields, methods.
    pub const CLASS: usize = 6;
    /// A field: name and type.
    pub const FIELD: usize = 2;
    /// A method: name, signature (two counts) and function.
    pub const METHOD: usize = 4;
    /// An import: three strings and a signature (two counts).
    pub const IMPORT: usize = 5;
    /// A data segment: offset and length.
    pub const DATA: usize = 2;
    /// A global: name, type, flags and initial value.
    pub const GLOBAL: usize = 4;
    /// A constant: tag and length.
    pub const CONSTANT: usize = 2;
    /// An export: name and function.
    pub const EXPORT: usize = 2;
    /// A function: name, signature (two counts), registers and blocks.
    pub const FUNCTION: usize = 5;
    /// A block: its handler and its instruction count.
    pub const BLOCK: usize = 2;
    /// An instruction: opcode and source-position tag.
    pub const INST: usize = 2;
}
