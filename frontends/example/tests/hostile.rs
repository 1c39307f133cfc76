//! Hostile input: random token soups and random bytes never panic the example frontend,
//! and whatever it accepts passes the verifier.

use frontend_example::Stk;
use rootc_frontend::{Frontend, Input, Options};
use rootir::fuzzing::Rng;

const VOCABULARY: &[&str] = &[
    ":",
    ";",
    "main",
    "f",
    "g",
    "( a -- b )",
    "( -- )",
    "(",
    ")",
    "1",
    "-7",
    "99999999999999999999",
    "+",
    "-",
    "*",
    "/",
    "%",
    "dup",
    "drop",
    "swap",
    "over",
    "rot",
    "print",
    "emit",
    "cr",
    "=",
    "<",
    "0=",
    "negate",
    "if",
    "else",
    "then",
    "begin",
    "until",
    ".\" hi\"",
    ".\"",
    "\\",
    "\n",
    "x",
    "1",
    "dup",
    "print",
    "2",
    "drop",
];

/// Translates `input`; whether it was accepted.
fn check(input: &Input, options: &Options) -> bool {
    let Ok(modules) = Stk.translate(input, options) else { return false };
    for m in &modules {
        if let Err(e) = rootir::verify::verify_module(m) {
            panic!("accepted but invalid: {:?}\n{e:?}", String::from_utf8_lossy(&input.bytes));
        }
    }
    true
}

#[test]
fn random_token_soups_never_panic_and_accepted_programs_verify() {
    let mut rng = Rng::new(0x5eed);
    let keep_going = Options { keep_going: true, ..Options::default() };
    let mut accepted = 0;
    for _ in 0..5000 {
        let n = rng.below(12);
        let words: Vec<&str> = (0..n).map(|_| VOCABULARY[rng.below(VOCABULARY.len())]).collect();
        let text = format!(": main {} ;\n: f ( a -- b ) {} ;", words.join(" "), words.join(" "));
        let input = Input::new("soup.stk", text);
        accepted += usize::from(check(&input, &Options::default()));
        check(&input, &keep_going);
    }
    assert!(accepted >= 50, "only {accepted} soups were valid programs: the test checks too little");
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng::new(42);
    for _ in 0..2000 {
        check(&Input::new("bytes.stk", rng.bytes(64)), &Options::default());
    }
}
