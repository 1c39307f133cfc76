//! The example frontend is found through the registry, by name and by input, and the
//! registry tells unknown names from known-but-absent ones.

use frontend_example as _; // name the plugin crate, or the linker drops its registration
use rootc_frontend::registry::{self, Lookup, LookupError};
use rootc_frontend::{Input, Options};

#[test]
fn example_is_registered_and_found_by_name() {
    assert!(registry::all().iter().any(|f| f.name() == "example"));
    match registry::find("example") {
        Lookup::Found(f) => assert_eq!(f.extensions(), ["stk"]),
        other => panic!("expected Found, got {other:?}"),
    }
    assert!(registry::get("example").is_ok());
}

#[test]
fn example_is_found_by_extension_and_by_magic_bytes() {
    let by_ext = Input::new("p.stk", ": main ;");
    assert_eq!(registry::for_input(&by_ext).map(|f| f.name()), Some("example"));
    let by_magic = Input::new("p.txt", "\\ stk\n: main ;");
    assert_eq!(registry::for_input(&by_magic).map(|f| f.name()), Some("example"));
    assert!(registry::for_input(&Input::new("p.txt", "hello")).is_none());
}

#[test]
fn unknown_and_not_compiled_in_are_told_apart() {
    assert!(matches!(registry::find("cobol"), Lookup::Unknown));
    assert!(matches!(registry::find("jvm"), Lookup::NotCompiledIn(p) if p.name == "jvm"));
    let unknown = registry::get("cobol").err().expect("unknown");
    assert!(matches!(unknown, LookupError::Unknown { .. }));
    assert_eq!(unknown.to_string(), "no frontend named cobol (known frontends: example, jvm, python, x86)");
    let absent = registry::get("x86").err().expect("absent");
    assert_eq!(absent.to_string(), "the x86 frontend is not compiled into this rootc");
    let absent_names: Vec<&str> = registry::absent().iter().map(|p| p.name).collect();
    assert_eq!(absent_names, ["jvm", "python", "x86"]);
}

#[test]
fn every_example_program_translates_and_verifies() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).expect("examples dir") {
        let input = Input::read(entry.expect("entry").path()).expect("read");
        let modules = registry::for_input(&input)
            .expect("accepted")
            .translate(&input, &Options::default())
            .unwrap_or_else(|d| panic!("{}: {d}", input.display_path()));
        for m in &modules {
            rootir::verify::verify_module(m).unwrap_or_else(|e| panic!("{}: {e:?}", input.display_path()));
        }
        count += 1;
    }
    assert!(count >= 3);
}
