//! Library method pruning (`prune.rs`): a program carries the bodies of the library methods it
//! reaches, directly or through virtual and interface calls (default methods included), and an
//! `unreachable` body for the rest; `--keep-going` translates everything.

use frontend_jvm::Jvm;
use rootc_frontend::{Frontend, Input, Options};
use rootir::{InstData, Module};

fn translate(program: &str, keep_going: bool) -> Module {
    let path = format!("{}/../../corpus/java/classes/{program}/{program}.class", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).expect("corpus class");
    let options = Options { keep_going, ..Options::default() };
    let mut modules = Jvm.translate(&Input::new(path, bytes), &options).expect("translates");
    modules.remove(0)
}

/// Whether function `name` of `m` has the pruned body (one `unreachable`).
fn pruned(m: &Module, name: &str) -> bool {
    let f = m.func_by_name(name).unwrap_or_else(|| panic!("no function {name}"));
    let insts: Vec<&InstData> = m.functions[f.index()].blocks.iter().flat_map(|b| &b.insts).map(|i| &i.data).collect();
    matches!(insts.as_slice(), [InstData::Unreachable])
}

fn instructions(m: &Module) -> usize {
    m.functions.iter().flat_map(|f| &f.blocks).map(|b| b.insts.len()).sum()
}

#[test]
fn unreached_library_methods_are_not_translated() {
    let m = translate("Shapes", false);
    rootir::verify::verify_module(&m).expect("the pruned module verifies");
    // `Class` brings the box classes; Shapes never converts an int to binary.
    assert!(pruned(&m, "java.lang.Integer.toBinaryString(I)Ljava/lang/String;"));
    assert!(!pruned(&m, "Shapes.main([Ljava/lang/String;)V"));
    let full = translate("Shapes", true);
    assert!(!pruned(&full, "java.lang.Integer.toBinaryString(I)Ljava/lang/String;"), "--keep-going translates all");
    // Lambda classes of pruned bodies are never made, so fewer functions too.
    assert!(m.functions.len() < full.functions.len());
    // Every program carries the Java half of its stack traces (`RootTrace`, `StackTraceElement`:
    // an uncaught exception prints them), about a tenth of Shapes' pruned module.
    assert!(instructions(&m) * 5 < instructions(&full) * 3, "{} vs {}", instructions(&m), instructions(&full));
}

#[test]
fn virtual_and_default_methods_reached_are_translated() {
    // `IntUnaryOperator.andThen` is a library default method reached only through
    // `call.interface` on a lambda's class.
    let m = translate("FunctionalDefaults", false);
    let name = "java.util.function.IntUnaryOperator.andThen(Ljava/util/function/IntUnaryOperator;)Ljava/util/function/IntUnaryOperator;";
    assert!(!pruned(&m, name));
    // A virtual `toString` call reaches every override, the library's box classes' too.
    let shapes = translate("Shapes", false);
    assert!(!pruned(&shapes, "java.lang.Integer.toString()Ljava/lang/String;"));
}
