//! The JVM frontend is found through the registry, by name, extension and magic bytes.

use frontend_jvm as _;
use rootc_frontend::Input;
use rootc_frontend::registry::{self, Lookup};

#[test]
fn jvm_is_registered_and_found_by_name_extension_and_magic() {
    assert!(matches!(registry::find("jvm"), Lookup::Found(_)));
    let by_ext = Input::new("App.class", vec![0u8; 4]);
    assert_eq!(registry::for_input(&by_ext).map(|f| f.name()), Some("jvm"));
    let jar = Input::new("app.jar", b"PK\x03\x04".to_vec());
    assert_eq!(registry::for_input(&jar).map(|f| f.name()), Some("jvm"));
    let by_magic = Input::new("noext", vec![0xCA, 0xFE, 0xBA, 0xBE, 0, 0]);
    assert_eq!(registry::for_input(&by_magic).map(|f| f.name()), Some("jvm"));
}
