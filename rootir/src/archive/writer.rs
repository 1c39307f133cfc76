//! The byte sink of the encoder: LEB128 varints, strings and small tables.

use crate::{FuncType, Type};

use super::layout::ImmKind;

/// Appends `.rira` primitives to a byte vector.
#[derive(Debug, Default)]
pub(super) struct Writer {
    out: Vec<u8>,
}

impl Writer {
    /// The bytes written so far.
    pub(super) fn bytes(&self) -> &[u8] {
        &self.out
    }

    /// The bytes written.
    pub(super) fn finish(self) -> Vec<u8> {
        self.out
    }

    /// One raw byte.
    pub(super) fn u8(&mut self, b: u8) {
        self.out.push(b);
    }

    /// Raw bytes, no length.
    pub(super) fn raw(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }

    /// An unsigned LEB128 varint (1 to 10 bytes, shortest form).
    pub(super) fn varint(&mut self, mut v: u64) {
        loop {
            let low = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.out.push(low);
                return;
            }
            self.out.push(low | 0x80);
        }
    }

    /// A signed value as a zigzag LEB128 varint (0, -1, 1, -2 ... become 0, 1, 2, 3 ...).
    pub(super) fn zigzag(&mut self, v: i64) {
        self.varint(((v << 1) ^ (v >> 63)) as u64);
    }

    /// A count or length.
    pub(super) fn len(&mut self, n: usize) {
        self.varint(n as u64);
    }

    /// A length-prefixed byte string.
    pub(super) fn bytes_field(&mut self, bytes: &[u8]) {
        self.len(bytes.len());
        self.raw(bytes);
    }

    /// A length-prefixed UTF-8 string.
    pub(super) fn str(&mut self, s: &str) {
        self.bytes_field(s.as_bytes());
    }

    /// A count then each string.
    pub(super) fn strs(&mut self, strs: &[String]) {
        self.len(strs.len());
        for s in strs {
            self.str(s);
        }
    }

    /// A type code (one byte).
    pub(super) fn ty(&mut self, ty: Type) {
        self.u8(ty.code());
    }

    /// A count then each type code.
    pub(super) fn types(&mut self, types: &[Type]) {
        self.len(types.len());
        for &t in types {
            self.ty(t);
        }
    }

    /// Parameter types then result types.
    pub(super) fn sig(&mut self, sig: &FuncType) {
        self.types(&sig.params);
        self.types(&sig.results);
    }

    /// An index (register, block, function...): a varint.
    pub(super) fn index(&mut self, i: u32) {
        self.varint(u64::from(i));
    }

    /// A count then each index.
    pub(super) fn indices(&mut self, indices: impl ExactSizeIterator<Item = u32>) {
        self.len(indices.len());
        for i in indices {
            self.index(i);
        }
    }

    /// An immediate's bits, stored as `kind` says. The high half of a 32-bit
    /// immediate is not stored (it is zero in a well-formed module).
    pub(super) fn imm(&mut self, kind: ImmKind, bits: u64) {
        match kind {
            ImmKind::Int32 => self.zigzag(i64::from(bits as u32 as i32)),
            ImmKind::Int64 => self.zigzag(bits as i64),
            ImmKind::Float32 => self.raw(&(bits as u32).to_le_bytes()),
            ImmKind::Float64 => self.raw(&bits.to_le_bytes()),
            ImmKind::Raw => self.varint(bits),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Writer;

    fn varint(v: u64) -> Vec<u8> {
        let mut w = Writer::default();
        w.varint(v);
        w.finish()
    }

    #[test]
    fn varints_are_leb128() {
        assert_eq!(varint(0), [0]);
        assert_eq!(varint(127), [0x7f]);
        assert_eq!(varint(128), [0x80, 0x01]);
        assert_eq!(varint(624_485), [0xe5, 0x8e, 0x26]);
        assert_eq!(varint(u64::MAX).len(), 10);
    }

    #[test]
    fn zigzag_keeps_small_negatives_short() {
        let mut w = Writer::default();
        w.zigzag(-1);
        w.zigzag(1);
        w.zigzag(i64::MIN);
        assert_eq!(&w.bytes()[..2], [1, 2]);
        assert_eq!(w.bytes().len(), 12);
    }
}
