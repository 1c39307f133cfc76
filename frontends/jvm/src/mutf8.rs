//! Constant-pool strings that are not valid Unicode: a Java string literal may hold a lone
//! surrogate (`"\ud83d"`), which the class file stores in modified UTF-8 (JVMS 4.4.7) as its own
//! three bytes. classfile-parser decodes such an entry lossily (each byte U+FFFD), so the
//! frontend reads those entries' bytes again here and keeps their UTF-16 units.

use crate::program::Program;
use crate::runtime::cached_named;
use rootir::{Callee, FuncType, Type};
use std::collections::BTreeMap;

/// The UTF-16 units of every UTF-8 entry of the constant pool of class file `bytes` that is not
/// valid Unicode (it holds a surrogate not paired), by constant index. Reads only a pool the
/// class parser accepted; stops quietly at anything unexpected (the entry then stays lossy).
pub fn lone_surrogate_entries(bytes: &[u8]) -> BTreeMap<u16, Vec<u16>> {
    let mut out = BTreeMap::new();
    let be16 = |at: usize| bytes.get(at..at + 2).map(|b| u16::from_be_bytes([b[0], b[1]]));
    let Some(count) = be16(8) else { return out };
    let (mut index, mut at) = (1u16, 10usize);
    while index < count {
        let Some(&tag) = bytes.get(at) else { break };
        let size = match tag {
            1 => {
                let Some(len) = be16(at + 1) else { break };
                let Some(text) = bytes.get(at + 3..at + 3 + len as usize) else { break };
                // A surrogate's three bytes start with 0xED; most strings have none.
                if text.contains(&0xED)
                    && let Some(units) = decode(text)
                    && String::from_utf16(&units).is_err()
                {
                    out.insert(index, units);
                }
                3 + len as usize
            }
            3 | 4 | 9 | 10 | 11 | 12 | 17 | 18 => 5,
            5 | 6 => 9,
            7 | 8 | 16 | 19 | 20 => 3,
            15 => 4,
            _ => break,
        };
        // Long and Double take two slots.
        index += if matches!(tag, 5 | 6) { 2 } else { 1 };
        at += size;
    }
    out
}

/// The UTF-16 units of modified UTF-8 `text` (one, two or three bytes per unit), `None` if it is
/// malformed.
fn decode(text: &[u8]) -> Option<Vec<u16>> {
    let mut units = Vec::with_capacity(text.len());
    let mut i = 0;
    let cont = |b: Option<&u8>| b.filter(|b| *b & 0xC0 == 0x80).map(|b| u16::from(b & 0x3F));
    while let Some(&b) = text.get(i) {
        let b = u16::from(b);
        let (unit, len) = match b {
            0x01..=0x7F => (b, 1),
            0xC0..=0xDF => ((b & 0x1F) << 6 | cont(text.get(i + 1))?, 2),
            0xE0..=0xEF => ((b & 0x0F) << 12 | cont(text.get(i + 1))? << 6 | cont(text.get(i + 2))?, 3),
            _ => return None,
        };
        units.push(unit);
        i += len;
    }
    Some(units)
}

/// The function `() -> ref` returning the string literal of UTF-16 `units` (one that is not
/// valid Unicode, so not a `str.const`): made once from a `char[]` by `std.java_str_of_chars` and
/// kept in a global, so every load of the literal is the same string, as literals are interned.
pub fn literal(p: &mut Program, units: &[u16]) -> Result<(Callee, FuncType), String> {
    let hex: String = units.iter().map(|u| format!("{u:04x}")).collect();
    let key = format!("$utf16_literal:{hex}");
    if let Some((f, s)) = p.runtime.get(&key) {
        return Ok((Callee::Func(*f), s.clone()));
    }
    let global = p.add_global(format!("$utf16_literal.{hex}"), Type::Ref);
    let sig = FuncType::new([], [Type::Ref]);
    let of_chars = p.host("java_str_of_chars", FuncType::new([Type::Ref, Type::I32, Type::I32], [Type::Ref]));
    cached_named(p, &key, format!("$utf16_literal.{hex}"), sig, |f| {
        f.return_if_set(global);
        let len = f.b.i32_const(units.len() as i32);
        let chars = f.b.array_new_u16(len);
        for (i, &u) in units.iter().enumerate() {
            let (at, unit) = (f.b.i32_const(i as i32), f.b.i32_const(i32::from(u)));
            f.b.array_set_u16(chars, at, unit);
        }
        let zero = f.b.i32_const(0);
        let s = f.b.call(of_chars.0, &[chars, zero, len], &[Type::Ref])[0];
        f.b.global_set(global, s);
        f.b.ret(&[s]);
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decodes_surrogates_one_by_one() {
        // "a\ud83d" + NUL as modified UTF-8 writes it (C0 80).
        assert_eq!(decode(&[b'a', 0xED, 0xA0, 0xBD, 0xC0, 0x80]), Some(vec![0x61, 0xD83D, 0]));
        assert_eq!(decode(&[0xED, 0xA0]), None);
        assert_eq!(decode(&[0xF0, 0x9F, 0x98, 0x80]), None);
    }
}
