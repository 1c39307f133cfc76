//! Every kind of parse error, with its position and excerpt.

use crate::text::{ParseError, parse};

/// Parses text that must fail.
fn err(src: &str) -> ParseError {
    match parse(src, "demo.rir") {
        Ok(m) => panic!("expected an error, parsed {m:?}"),
        Err(e) => e,
    }
}

/// Asserts the error's position and that its message contains `needle`.
fn check(src: &str, line: u32, col: u32, needle: &str) {
    let e = err(src);
    assert_eq!((e.line, e.col), (line, col), "{e}");
    assert!(e.message.contains(needle), "message {:?} lacks {needle:?}", e.message);
}

/// A module with one function `@f` whose body is `body` (its first line is line 3).
fn func(regs: &str, body: &str) -> String {
    format!("module m\nfunc @f(r0: i32, r1: i64) {{\n  regs {regs}\nb0:\n{body}\n}}\n")
}

const REGS: &str = "r2: i32, r3: f64";

#[test]
fn unknown_opcode_shows_line_column_and_caret() {
    let src = "module demo\n\n\n\n\nfunc @f(r0: i32, r1: i32) {\n  r2 = i32.ad r0, r1\n}\n"
        .replace("{\n", "{\n  regs r2: i32\nb0:\n");
    let e = err(&src);
    assert_eq!((e.line, e.col), (9, 8));
    assert_eq!(e.message, "unknown opcode `i32.ad`");
    assert_eq!(e.excerpt, "   9 |   r2 = i32.ad r0, r1\n     |        ^");
    assert_eq!(e.to_string(), format!("demo.rir:9:8: unknown opcode `i32.ad`\n{}", e.excerpt));
}

#[test]
fn caret_follows_tabs_and_counts_characters() {
    let e = err("module m\n\t\"é\" é");
    assert_eq!((e.line, e.col), (2, 2));
    let e = err("module m func @f() { b0:\n\t\t\"é\" bogus }");
    assert_eq!((e.line, e.col), (2, 3));
    assert_eq!(e.excerpt, "   2 | \t\t\"é\" bogus }\n     | \t\t^");
    let e = err("module m\n\"é\" x");
    assert_eq!(e.col, 1);
    let e = err("module m\né");
    assert_eq!((e.line, e.col), (2, 1));
    assert!(e.message.contains("unexpected character 'é'"));
}

#[test]
fn numbering_rules() {
    check("module m\nfunc @f(r1: i32) { }", 2, 9, "expected `r0`");
    check("module m\nfunc @f(r0: i32) { regs r2: i32 }", 2, 25, "expected `r1`");
    check("module m\nfunc @f() { b1: }", 2, 13, "expected block `b0`");
    check("module m\nfunc @f() { b0: unreachable b2: }", 2, 29, "expected block `b1`");
    check("module m\nfunc @f() { unreachable }", 2, 13, "expected block label `b0:`");
    check("module m\nfile f1 \"a\"", 2, 6, "expected `f0`");
    check("module m\nconst c0 = \"a\"\nconst c0 = \"b\"", 3, 7, "expected `c1`");
    check("module m\nfunc @f(r00: i32) { }", 2, 9, "expected a register");
}

#[test]
fn registers_and_blocks_must_exist() {
    check(&func(REGS, "  r4 = i32.const 1"), 5, 3, "register `r4` is not declared (registers are r0..r3)");
    check(&func(REGS, "  r2 = i32.add r0, r4000000000"), 5, 20, "`r4000000000` is not declared");
    check(&func(REGS, "  r2 = i32.add r0, r99999999999999999999999"), 5, 20, "is not declared");
    check("module m func @f() { b0: r0 = i32.const 1 }", 1, 26, "the function declares no registers");
    check(&func(REGS, "  br_if r0, b1, b7\nb1:\n  br b5"), 5, 17, "block `b7` is not defined");
    check(&func(REGS, "  br b4294967296"), 5, 6, "block `b4294967296` is not defined");
    check(&func(REGS, "  br b1\nb1 handler b9:\n  ret"), 6, 12, "block `b9` is not defined");
    check(&func(REGS, "  br b1\nb1 handler:\n  ret"), 6, 11, "expected a block");
    check(&func(REGS, "  br b1\nb1 handler b0 b0:\n  ret"), 6, 15, "expected `:` after the block label");
    check(&func(REGS, "  throw"), 6, 1, "expected a register");
    check(&func(REGS, "  r2 = throw r0"), 5, 3, "`throw` has no result");
    check(&func(REGS, "  catch"), 5, 3, "`catch` needs a result register");
}

#[test]
fn operand_formats() {
    check(&func(REGS, "  r2 = i32.add r0"), 6, 1, "expected `,`");
    check(&func(REGS, "  r2 = i32.add r0, 5"), 5, 20, "expected a register");
    check(&func(REGS, "  r2 = i32.const r0"), 5, 18, "expected an i32 literal");
    check(&func(REGS, "  r3 = f64.const x"), 5, 18, "expected an f64 literal");
    check(&func(REGS, "  br r0"), 5, 6, "expected a block");
    check(&func(REGS, "  r2 = br b0"), 5, 3, "`br` has no result");
    check(&func(REGS, "  i32.add r0, r0"), 5, 3, "`i32.add` needs a result register");
    check(&func(REGS, "  r2, r3 = i32.add r0, r0"), 5, 3, "`i32.add` has one result");
    check(&func(REGS, "  br_table r0, [b0 b0], b0"), 5, 20, "expected `,` or `]`");
    check(&func(REGS, "  r2 = i32.load r1"), 5, 17, "expected `[`");
    check(&func(REGS, "  r2 = i32.load [r1 + 4294967296]"), 5, 23, "out of range");
    check(&func(REGS, "  r2 = i32.load [r1 + -1]"), 5, 23, "expected an unsigned integer");
    check(&func(REGS, "  r2 = call_indirect i32 r0()"), 5, 22, "expected `(`");
    check(&func(REGS, "  r2 = i32.const 1 at f0"), 6, 1, "expected `:` or `+`");
    check(&func(REGS, "  r2 = i32.const 1 at x"), 5, 23, "expected a source position");
    check(&func(REGS, "  r2 = i32.const 1,"), 5, 19, "expected an instruction, found `,`");
    check("module m\nfunc @f() {\nb0:\n  unreachable", 4, 14, "expected block label `b1:` or `}`, found end of input");
}

#[test]
fn names_must_resolve() {
    check(&func(REGS, "  call @nowhere()"), 5, 8, "unknown function `@nowhere`");
    check(&func(REGS, "  r2 = global.get $g"), 5, 19, "unknown global `$g`");
    check("module m\nexport @\"a b\"", 2, 8, "unknown function `@\"a b\"`");
    check("module m\nimport @p = std.p()\nexport @p", 3, 8, "`@p` is an import");
    check(
        "module m\nimport @p = std.p()\nfunc @f() { regs r0: i32 b0: r0 = func.addr @p }",
        3,
        45,
        "`@p` is an import",
    );
    check(&func(REGS, "  r2 = i32.const 1 at f3:1:1"), 5, 23, "file `f3` is not declared");
    check(&func(REGS, "  r2 = i32.const 1 at f99999999999:1:1"), 5, 23, "file `f99999999999` is not declared");
}

#[test]
fn duplicate_names() {
    check("module m\nimport @f = a.b()\nfunc @f() { }", 3, 1, "duplicate name `@f`");
    check("module m\nfunc @f() { }\nimport @f = a.b()", 3, 8, "duplicate name `@f`");
    check("module m\nglobal $g: i32 = 0\nglobal mut $g: i64 = 0", 3, 12, "duplicate global `$g`");
    check("module m\nmemory 1 max 2\nmemory 1 max 2", 3, 1, "at most one `memory`");
}

#[test]
fn literal_ranges() {
    check("module m global $g: i32 = 2147483648", 1, 27, "out of range for i32");
    check("module m global $g: i32 = -2147483649", 1, 27, "out of range for i32");
    check("module m global $g: i32 = 0x100000000", 1, 27, "out of range for i32");
    check("module m global $g: i64 = 9223372036854775808", 1, 27, "out of range for i64");
    check("module m global $g: i64 = 0x10000000000000000", 1, 27, "out of range for i64");
    check("module m global $g: i32 = -0x1", 1, 27, "cannot have a sign");
    check("module m global $g: i32 = 1.5", 1, 27, "expected an integer");
    check("module m global $g: f32 = 1e39", 1, 27, "out of range for f32");
    check("module m global $g: f32 = nan:0x7f800000", 1, 31, "not the bits of an f32 NaN");
    check("module m global $g: f32 = nan:0x7ff8000000000000", 1, 31, "expected the bits of an f32 NaN");
    check("module m global $g: f64 = -nan:0x7ff8000000000001", 1, 27, "no `-`");
    check("module m global $g: ref = 0", 1, 27, "expected `null`");
    check("module m global $g: any = null", 1, 27, "expected `none`");
    check("module m global $g: i16 = 0", 1, 21, "expected a type");
    check("module m memory 1 max 18446744073709551616", 1, 23, "out of range");
}

#[test]
fn bad_strings() {
    check("module m\nconst c0 = \"a\\qb\"", 2, 14, "unknown escape");
    check("module m\nconst c0 = \"a\\x41\"", 2, 14, "only allowed in bytes strings");
    check("module m\nconst c0 = bytes \"\\x4\"", 2, 19, "two hex digits");
    check("module m\nconst c0 = \"\\u{110000}\"", 2, 13, "bad `\\u{HEX}` escape");
    check("module m\nconst c0 = \"\\u{d800}\"", 2, 13, "bad `\\u{HEX}` escape");
    check("module m\nconst c0 = \"\\u{}\"", 2, 13, "bad `\\u{HEX}` escape");
    check("module m\nconst c0 = \"\\u{1234567}\"", 2, 13, "bad `\\u{HEX}` escape");
    check("module m\nconst c0 = \"abc\nfile", 2, 12, "unterminated string");
    check("module m\nconst c0 = \"abc\\", 2, 12, "unterminated string");
    check("module \"é\\é\"", 1, 10, "unknown escape");
}

#[test]
fn structure() {
    check("func @f() {}", 1, 1, "expected `module`");
    check("module", 1, 7, "expected a module name, found end of input");
    check("module m\nbogus", 2, 1, "expected a module item");
    check("module m\nfunc @f(r0: i32", 2, 16, "expected `,` or `)`");
    check("module m\nfunc @f() -> { }", 2, 14, "expected a type");
    check("module m\nimport @p = std(i32)", 2, 16, "expected `.`");
    check("module m\nexport @f as", 2, 13, "expected an export name");
    check("module m - x", 1, 10, "unexpected character '-'");
}

#[test]
fn too_many_registers() {
    let regs: Vec<String> = (0..=crate::text::MAX_REGS).map(|i| format!("r{i}: i32")).collect();
    let src = format!("module m func @f() {{ regs {} }}", regs.join(","));
    let e = err(&src);
    assert!(e.message.contains("too many registers in a function (at most 65535)"), "{}", e.message);
    assert_eq!(e.col as usize, src.find("r65535").unwrap() + 1);
    let fits = format!("module m func @f() {{ regs {} }}", regs[..crate::text::MAX_REGS].join(","));
    assert_eq!(crate::text::parse(&fits, "x").unwrap()[0].functions[0].regs.len(), crate::text::MAX_REGS);
}

#[test]
fn long_lines_are_cut_around_the_column() {
    let src = format!("module m global $g: i32 = 0 {}bogus {}", "data 0 = \"\" ".repeat(40), "x".repeat(200));
    let e = err(&src);
    assert_eq!(e.col as usize, src.find("bogus").unwrap() + 1);
    let (text, caret) = e.excerpt.split_once('\n').unwrap();
    assert!(text.starts_with("   1 | ...") && text.ends_with("..."), "{text}");
    assert_eq!(caret.len(), text.find("bogus").unwrap() + 1);
    assert!(caret.ends_with('^'));
}
