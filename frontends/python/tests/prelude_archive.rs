//! The committed compiled prelude (`src/prelude/prelude.rira`) is what the prelude's source
//! compiles to now: the test fails when the source (or the compiler) changed and the archive
//! was not rebuilt with `scripts/build_py_prelude.sh` (which runs this test with
//! `ROOTVM_BLESS=1`, writing the archive).

use rootir::Archive;
use std::path::Path;

#[test]
fn committed_prelude_archive_is_fresh() {
    let module = frontend_python::compile_prelude().unwrap_or_else(|d| panic!("the prelude does not compile:\n{d}"));
    rootir::verify::verify_module(&module).expect("the prelude verifies");
    let bytes = rootir::archive::encode(&Archive::from_modules(vec![module], "main"));
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/prelude/prelude.rira");
    if std::env::var_os("ROOTVM_BLESS").is_some() {
        std::fs::write(&path, &bytes).expect("writes the archive");
        return;
    }
    let committed = std::fs::read(&path).unwrap_or_default();
    assert!(
        committed == bytes,
        "{} is stale: the prelude's source or the Python frontend changed; rebuild it with \
         scripts/build_py_prelude.sh and commit it",
        path.display()
    );
    let linked = frontend_python::compiled_prelude().expect("the committed prelude decodes");
    assert_eq!(linked.name, "__rootvm_prelude__");
}
