//! How messages spell names and counts.

/// Whether `name` is printed bare in `.rir` (`[A-Za-z_][A-Za-z0-9_]*`).
fn is_bare(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Names longer than this many characters are cut short in messages.
const MAX_SHOWN: usize = 100;

/// `name` with its sigil as `.rir` spells it: `@f`, `$g`, or quoted (`@"a.b"`)
/// when not bare; names longer than [`MAX_SHOWN`] characters end in `...`.
pub(super) fn show(sigil: &str, name: &str) -> String {
    if let Some((cut, _)) = name.char_indices().nth(MAX_SHOWN) {
        return format!("{}...", show(sigil, &name[..cut]));
    }
    if is_bare(name) { format!("{sigil}{name}") } else { format!("{sigil}{name:?}") }
}

/// `"1 function"`, `"2 functions"`.
pub(super) fn count(n: usize, noun: &str) -> String {
    if n == 1 { format!("{n} {noun}") } else { format!("{n} {noun}s") }
}

/// `"1 class"`, `"2 classes"`.
pub(super) fn count_classes(n: usize) -> String {
    if n == 1 { "1 class".to_string() } else { format!("{n} classes") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_quoted_only_when_not_bare() {
        assert_eq!(show("@", "fib"), "@fib");
        assert_eq!(show("$", "_x1"), "$_x1");
        assert_eq!(show("@", "a.b"), "@\"a.b\"");
        assert_eq!(show("@", ""), "@\"\"");
        assert_eq!(show("@", "1a"), "@\"1a\"");
        assert_eq!(show("@", &"x".repeat(500)), format!("@{}...", "x".repeat(100)));
    }

    #[test]
    fn counts_are_pluralized() {
        assert_eq!(count(1, "block"), "1 block");
        assert_eq!(count(0, "block"), "0 blocks");
    }
}
