//! The byte source of the decoder: every read is bounds-checked and every
//! failure is a [`DecodeError`] at the offending byte offset.

use crate::{FuncType, Type};

use super::DecodeError;
use super::layout::{ImmKind, min_len};

/// The decoder's result type.
pub(super) type Result<T> = std::result::Result<T, DecodeError>;

/// Reads `.rira` primitives from `bytes[pos..end]`. Offsets in errors are
/// offsets into the whole of `bytes`.
#[derive(Debug)]
pub(super) struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    end: usize,
}

/// An error at `offset`.
pub(super) fn error_at<T>(offset: usize, message: impl Into<String>) -> Result<T> {
    Err(DecodeError { offset, message: message.into() })
}

impl<'a> Reader<'a> {
    /// A reader of `bytes[start..end]`; `start <= end <= bytes.len()`.
    pub(super) fn new(bytes: &'a [u8], start: usize, end: usize) -> Reader<'a> {
        let end = end.min(bytes.len());
        Reader { bytes, pos: start.min(end), end }
    }

    /// The offset of the next byte.
    pub(super) fn pos(&self) -> usize {
        self.pos
    }

    /// How many bytes are left.
    pub(super) fn remaining(&self) -> usize {
        self.end - self.pos
    }

    /// Fails unless every byte has been read.
    pub(super) fn expect_end(&self) -> Result<()> {
        match self.remaining() {
            0 => Ok(()),
            n => error_at(self.pos, format!("{n} trailing bytes after the last module")),
        }
    }

    /// The next `n` bytes.
    pub(super) fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8]> {
        if n > self.remaining() {
            return error_at(self.end, format!("unexpected end of input in {what}"));
        }
        let slice = &self.bytes[self.pos..self.pos + n];
        self.pos += n;
        Ok(slice)
    }

    /// One byte.
    pub(super) fn u8(&mut self, what: &str) -> Result<u8> {
        Ok(self.take(1, what)?[0])
    }

    /// An unsigned LEB128 varint in shortest form, at most 64 bits.
    pub(super) fn varint(&mut self, what: &str) -> Result<u64> {
        let start = self.pos;
        let mut value = 0u64;
        for i in 0..10 {
            let byte = self.u8(what)?;
            if i == 9 && byte > 1 {
                return error_at(start, format!("{what}: varint overflows 64 bits"));
            }
            value |= u64::from(byte & 0x7f) << (7 * i);
            if byte & 0x80 == 0 {
                if byte == 0 && i > 0 {
                    return error_at(start, format!("{what}: varint not in shortest form"));
                }
                return Ok(value);
            }
        }
        error_at(start, format!("{what}: varint longer than 10 bytes"))
    }

    /// A zigzag-encoded signed varint.
    pub(super) fn zigzag(&mut self, what: &str) -> Result<i64> {
        let v = self.varint(what)?;
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }

    /// A varint that must fit in `u32` (indices, lines, offsets).
    pub(super) fn u32(&mut self, what: &str) -> Result<u32> {
        let start = self.pos;
        let v = self.varint(what)?;
        u32::try_from(v).or_else(|_| error_at(start, format!("{what}: {v} does not fit in 32 bits")))
    }

    /// A count of items taking at least `min_item` bytes each; rejected if the
    /// remaining input cannot hold that many, so it is safe to allocate.
    pub(super) fn count(&mut self, min_item: usize, what: &str) -> Result<usize> {
        let start = self.pos;
        let n = self.varint(what)?;
        let room = self.remaining() / min_item.max(1);
        if n > room as u64 {
            let left = self.remaining();
            return error_at(start, format!("{what}: count {n} cannot fit in the {left} bytes left"));
        }
        Ok(n as usize)
    }

    /// A count then that many items read by `item`.
    pub(super) fn list<T>(
        &mut self,
        min_item: usize,
        what: &str,
        mut item: impl FnMut(&mut Reader<'a>) -> Result<T>,
    ) -> Result<Vec<T>> {
        let n = self.count(min_item, what)?;
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(item(self)?);
        }
        Ok(items)
    }

    /// A length-prefixed byte string.
    pub(super) fn byte_vec(&mut self, what: &str) -> Result<Vec<u8>> {
        let n = self.count(1, what)?;
        Ok(self.take(n, what)?.to_vec())
    }

    /// A length-prefixed string that must be valid UTF-8.
    pub(super) fn string(&mut self, what: &str) -> Result<String> {
        let n = self.count(1, what)?;
        let start = self.pos;
        let bytes = self.take(n, what)?;
        match std::str::from_utf8(bytes) {
            Ok(s) => Ok(s.to_owned()),
            Err(e) => error_at(start + e.valid_up_to(), format!("{what}: invalid UTF-8")),
        }
    }

    /// A count then that many strings.
    pub(super) fn strings(&mut self, what: &str) -> Result<Vec<String>> {
        self.list(min_len::STRING, what, |r| r.string(what))
    }

    /// A type code.
    pub(super) fn ty(&mut self, what: &str) -> Result<Type> {
        let start = self.pos;
        let code = self.u8(what)?;
        Type::from_code(code).map_or_else(|| error_at(start, format!("{what}: unknown type code {code}")), Ok)
    }

    /// A count then that many type codes.
    pub(super) fn types(&mut self, what: &str) -> Result<Vec<Type>> {
        self.list(min_len::TYPE, what, |r| r.ty(what))
    }

    /// Parameter types then result types.
    pub(super) fn sig(&mut self) -> Result<FuncType> {
        let params = self.types("parameter types")?;
        let results = self.types("result types")?;
        Ok(FuncType { params, results })
    }

    /// An immediate stored as `kind` says, returned as zero-extended bits.
    pub(super) fn imm(&mut self, kind: ImmKind, what: &str) -> Result<u64> {
        match kind {
            ImmKind::Int32 => {
                let start = self.pos;
                let v = self.zigzag(what)?;
                let v = i32::try_from(v).or_else(|_| error_at(start, format!("{what}: {v} is not an i32")))?;
                Ok(u64::from(v as u32))
            }
            ImmKind::Int64 => Ok(self.zigzag(what)? as u64),
            ImmKind::Float32 => Ok(u64::from(u32::from_le_bytes(self.array(what)?))),
            ImmKind::Float64 => Ok(u64::from_le_bytes(self.array(what)?)),
            ImmKind::Raw => self.varint(what),
        }
    }

    /// `N` raw bytes.
    fn array<const N: usize>(&mut self, what: &str) -> Result<[u8; N]> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N, what)?);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::Reader;

    fn varint(bytes: &[u8]) -> Result<u64, String> {
        Reader::new(bytes, 0, bytes.len()).varint("x").map_err(|e| e.message)
    }

    #[test]
    fn varints_reject_overflow_overlong_and_truncation() {
        assert_eq!(varint(&[0xe5, 0x8e, 0x26]), Ok(624_485));
        let max = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01];
        assert_eq!(varint(&max), Ok(u64::MAX));
        let over = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02];
        assert!(varint(&over).unwrap_err().contains("overflows"));
        assert!(varint(&[0x80, 0x00]).unwrap_err().contains("shortest"));
        assert!(varint(&[0x80]).unwrap_err().contains("end of input"));
    }

    #[test]
    fn zigzag_decodes_signed_values() {
        let bytes = [0, 1, 2, 3];
        let mut r = Reader::new(&bytes, 0, bytes.len());
        let got: Vec<i64> = (0..4).map(|_| r.zigzag("x").unwrap()).collect();
        assert_eq!(got, [0, -1, 1, -2]);
    }

    #[test]
    fn counts_larger_than_the_input_are_rejected() {
        let bytes = [0x80, 0x80, 0x80, 0x80, 0x10, 1, 2];
        let err = Reader::new(&bytes, 0, bytes.len()).count(1, "items").unwrap_err();
        assert_eq!(err.offset, 0);
        assert!(err.message.contains("cannot fit"), "{}", err.message);
    }
}
