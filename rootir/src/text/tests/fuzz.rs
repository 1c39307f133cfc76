//! The parser never panics: many mutated and truncated versions of valid text.

use super::SAMPLE;
use super::every_op::every_op_module;
use crate::fuzzing::Rng;
use crate::text::{parse, print};

/// Snippets inserted by mutations: tokens, broken tokens, non-ASCII, huge numbers.
const SNIPPETS: &[&str] = &[
    "\"",
    "\\",
    "\\u{",
    "\\x",
    ";",
    "\n",
    "r",
    "b",
    "r4000000000",
    "b99999999999",
    "@",
    "$",
    "-",
    "->",
    "0x",
    "nan:",
    "-nan",
    "1e999",
    "é",
    "😀",
    "\u{0}",
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ",",
    ":",
    "=",
    "+",
    "module m ",
    "func @f() {",
    "ret",
    "at f9:1:1",
    "i32.add",
    "call @x(",
    "18446744073709551616",
    "regs r1: i32",
    "\t",
    " ",
];

fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut s = text.to_string();
    for _ in 0..=rng.below(3) {
        let at = floor_boundary(&s, rng.below(s.len() + 1));
        match rng.below(5) {
            0 => s.truncate(at),
            1 => {
                let end = floor_boundary(&s, (at + rng.below(20)).min(s.len()));
                s.replace_range(at..end, "");
            }
            2 => s.insert_str(at, SNIPPETS[rng.below(SNIPPETS.len())]),
            3 => {
                let end = floor_boundary(&s, (at + rng.below(40)).min(s.len()));
                let copy = s[at..end].to_string();
                let to = floor_boundary(&s, rng.below(s.len() + 1));
                s.insert_str(to, &copy);
            }
            _ => {
                let end = floor_boundary(&s, (at + 1).min(s.len()));
                let c = char::from_u32(rng.below(0x80) as u32).unwrap_or('x');
                s.replace_range(at..end, &c.to_string());
            }
        }
    }
    s
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[test]
fn mutated_text_never_panics() {
    let big = print(&[every_op_module()]);
    let mut rng = Rng::new(0x9e37_79b9_7f4a_7c15);
    let mut errors = 0;
    for i in 0..3000 {
        let base = if i % 8 == 0 { big.as_str() } else { SAMPLE };
        let text = mutate(&mut rng, base);
        match parse(&text, "fuzz.rir") {
            Ok(modules) => assert_eq!(parse(&print(&modules), "again").as_ref(), Ok(&modules)),
            Err(e) => {
                errors += 1;
                assert!(e.line >= 1 && e.col >= 1);
                assert!(e.excerpt.contains('^'));
            }
        }
    }
    assert!(errors > 1000, "mutations should mostly break the text ({errors})");
}

#[test]
fn every_prefix_of_the_sample_parses_or_fails_cleanly() {
    for (i, _) in SAMPLE.char_indices() {
        let _ = parse(&SAMPLE[..i], "prefix.rir");
    }
}
