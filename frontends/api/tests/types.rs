//! Inputs, options and diagnostics: how they read and print.

use rootc_frontend::{Diagnostic, Diagnostics, Input, Location, Options};

#[test]
fn locations_print_in_their_three_forms() {
    let at = |l: Location| Diagnostic::error(l, "bad").to_string();
    assert_eq!(at(Location::line("a.stk", 3, 5)), "a.stk:3:5: error: bad");
    assert_eq!(at(Location::Offset { unit: "Main.main".into(), offset: 28 }), "Main.main+0x1c: error: bad");
    assert_eq!(at(Location::Addr(0x401000)), "0x401000: error: bad");
    assert_eq!(at(Location::File("a.stk".into())), "a.stk: error: bad");
    assert_eq!(at(Location::None), "error: bad");
    assert_eq!(Diagnostic::warning(Location::None, "odd").to_string(), "warning: odd");
}

#[test]
fn diagnostics_print_one_per_line() {
    let mut d = Diagnostics::new();
    assert!(!d.has_errors() && d.is_empty());
    d.push(Diagnostic::warning(Location::None, "w"));
    assert!(!d.has_errors());
    d.error(Location::line("f", 1, 2), "e");
    assert_eq!(d.len(), 2);
    assert_eq!(d.to_string(), "warning: w\nf:1:2: error: e");
}

#[test]
fn options_settings_and_entry() {
    let mut o = Options::default();
    o.set("mode = fast");
    o.set("verbose");
    assert_eq!(o.setting("mode"), Some("fast"));
    assert_eq!(o.setting("verbose"), Some("true"));
    assert_eq!(o.setting("other"), None);
    assert_eq!(o.entry_or("main"), "main");
    o.entry = Some("start".into());
    assert_eq!(o.entry_or("main"), "start");
}

#[test]
fn input_text_errors_point_at_the_bad_byte() {
    let input = Input::new("dir/p.stk", b"ok\nab\xffc".to_vec());
    assert_eq!(input.extension(), Some("stk"));
    assert_eq!(input.stem(), "p");
    assert_eq!(input.text().unwrap_err().to_string(), "dir/p.stk:2:3: error: the file is not valid UTF-8");
    assert_eq!(Input::new("x", "hi").text().unwrap(), "hi");
}
