//! Java's UTF-8 encoder on the standard streams (`std.write_str`, `java_put_char`,
//! `write_java_f64`, ...): HotSpot's `System.out` encodes text with a `StreamEncoder` that keeps
//! a high surrogate ending one write for the next, so `print('\ud83d'); print('\udc00')` writes
//! the pair's character, and writes a surrogate that is not paired as `?`.

use crate::Trap;
use crate::stdlib::SharedWriter;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

/// One standard stream with its encoder's state: the high surrogate waiting for the next
/// character, 0 for none (dropped at exit, as HotSpot never flushes it). Host functions run on
/// the VM's one thread; the atomic only makes the state shareable between the closures.
#[derive(Clone)]
pub(crate) struct TextStream {
    out: SharedWriter,
    pending: Arc<AtomicU32>,
}

impl TextStream {
    /// The encoder of stream `out`, with nothing pending.
    pub(crate) fn new(out: SharedWriter) -> TextStream {
        TextStream { out, pending: Arc::new(AtomicU32::new(0)) }
    }

    /// Writes `text`, the lossy Rust text of a VM string (lone surrogates are U+FFFD in it), or,
    /// when it may have held a surrogate (it has a U+FFFD) or one is pending, the string's code
    /// points from `code_points` (lone surrogates are code points of their own), as Java's
    /// encoder does.
    pub(crate) fn write_string(
        &self,
        text: &str,
        code_points: impl FnOnce() -> Result<Vec<u32>, Trap>,
    ) -> Result<(), Trap> {
        if self.pending.load(Ordering::Relaxed) == 0 && !text.contains('\u{FFFD}') {
            return crate::stdlib::write_to(&self.out, text.as_bytes());
        }
        self.write(code_points()?)
    }

    /// Writes code points as Java's encoder does.
    pub(crate) fn write(&self, code_points: impl IntoIterator<Item = u32>) -> Result<(), Trap> {
        let mut pending = match self.pending.load(Ordering::Relaxed) {
            0 => None,
            high => Some(high),
        };
        let mut text = String::new();
        for cp in code_points {
            encode(&mut pending, cp, &mut text);
        }
        self.pending.store(pending.unwrap_or(0), Ordering::Relaxed);
        crate::stdlib::write_to(&self.out, text.as_bytes())
    }

    /// Writes one UTF-16 unit or code point (`java_put_char`).
    pub(crate) fn write_char(&self, c: u32) -> Result<(), Trap> {
        match char::from_u32(c) {
            Some(ch) if self.pending.load(Ordering::Relaxed) == 0 => {
                crate::stdlib::write_to(&self.out, ch.encode_utf8(&mut [0; 4]).as_bytes())
            }
            _ => self.write([c]),
        }
    }

    /// Writes bytes as they are, past the encoder (`PrintStream.write(byte[], ...)` writes to
    /// the byte stream under the encoder: a pending high surrogate stays pending).
    pub(crate) fn write_bytes(&self, bytes: &[u8]) -> Result<(), Trap> {
        crate::stdlib::write_to(&self.out, bytes)
    }

    /// Writes ASCII text (numbers) after what is pending.
    pub(crate) fn write_ascii(&self, text: &str) -> Result<(), Trap> {
        if self.pending.load(Ordering::Relaxed) == 0 {
            return crate::stdlib::write_to(&self.out, text.as_bytes());
        }
        self.write(text.chars().map(u32::from))
    }
}

/// Appends code point `cp` to `text` as the encoder writes it, given and updating the pending
/// high surrogate. A value that is no code point at all writes U+FFFD.
fn encode(pending: &mut Option<u32>, cp: u32, text: &mut String) {
    if let Some(high) = pending.take() {
        if (0xDC00..=0xDFFF).contains(&cp) {
            let joined = 0x10000 + ((high - 0xD800) << 10) + (cp - 0xDC00);
            text.push(char::from_u32(joined).unwrap_or('?'));
            return;
        }
        text.push('?');
    }
    match cp {
        0xD800..=0xDBFF => *pending = Some(cp),
        0xDC00..=0xDFFF => text.push('?'),
        _ => text.push(char::from_u32(cp).unwrap_or('\u{FFFD}')),
    }
}

#[cfg(test)]
mod tests {
    use super::encode;

    fn run(cps: &[u32]) -> (String, Option<u32>) {
        let (mut pending, mut text) = (None, String::new());
        for &c in cps {
            encode(&mut pending, c, &mut text);
        }
        (text, pending)
    }

    #[test]
    fn pairs_join_and_lone_surrogates_are_question_marks() {
        assert_eq!(run(&[0x61, 0xD83D, 0xDE00, 0x62]), ("a\u{1F600}b".into(), None));
        assert_eq!(run(&[0xDC00, 0xD83D, 0x7A]), ("??z".into(), None));
        assert_eq!(run(&[0xD83D]), (String::new(), Some(0xD83D)));
        assert_eq!(run(&[0xD83D, 0xD83D, 0xDC00]), ("?\u{1F400}".into(), None));
    }
}
