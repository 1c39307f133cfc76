//! Hostile input: truncated, corrupted and random class files and jars give diagnostics,
//! never a panic.

use frontend_jvm::Jvm;
use rootc_frontend::{Frontend, Input, Options};
use std::path::Path;

fn class(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../corpus/java/classes/{name}/{name}.class"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Translates bytes as a class file in a directory with no other classes (or as a jar), with
/// and without `--keep-going` (the fuzz target's body); must not panic.
fn translate(bytes: Vec<u8>) -> bool {
    let result = std::panic::catch_unwind(|| frontend_jvm::fuzzing::translate(&bytes));
    result.unwrap_or_else(|_| panic!("the frontend panicked"))
}

fn jar(path: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn the_untouched_classes_translate() {
    for name in ["Recursion", "Arith", "Switches"] {
        assert!(translate(class(name)), "{name}");
    }
}

#[test]
fn every_truncated_prefix_is_an_error_not_a_panic() {
    for name in ["Recursion", "Switches"] {
        let bytes = class(name);
        for len in 0..bytes.len() {
            assert!(!translate(bytes[..len].to_vec()), "{name} cut at {len} translated");
        }
    }
}

#[test]
fn corrupted_bytes_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for name in ["Recursion", "Arith", "Shapes", "Strings1"] {
        let original = class(name);
        for _ in 0..40 {
            let mut bytes = original.clone();
            for _ in 0..1 + rng.next() % 4 {
                let at = (rng.next() as usize) % bytes.len();
                bytes[at] = rng.next() as u8;
            }
            translate(bytes);
        }
    }
}

#[test]
fn random_bytes_and_bad_jars_are_errors() {
    let mut rng = Rng(42);
    for len in [0usize, 1, 4, 10, 100, 1000] {
        let mut bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        assert!(!translate(bytes.clone()));
        if len >= 10 {
            bytes[..4].copy_from_slice(&[0xCA, 0xFE, 0xBA, 0xBE]);
            assert!(!translate(bytes.clone()));
            bytes[..4].copy_from_slice(b"PK\x03\x04");
            let jar = Input::new("x.jar", bytes);
            assert!(Jvm.translate(&jar, &Options::default()).is_err());
        }
    }
}

#[test]
fn errors_name_the_class_method_and_offset() {
    // Corrupt a byte of the last method's code (the last 0x60, an `iadd` or an operand).
    let mut bytes = class("Recursion");
    let at = bytes.iter().rposition(|&b| b == 0x60).expect("an iadd");
    bytes[at] = 0xcb;
    let input = Input::new("/nonexistent-dir/X.class", bytes);
    let err = Jvm.translate(&input, &Options::default()).expect_err("corrupted code").to_string();
    assert!(err.starts_with("Recursion.") && err.contains("+0x") && err.contains("error:"), "{err}");
}

#[test]
fn truncated_jars_are_errors_not_panics() {
    for path in ["../../corpus/java/jars/Shapes.jar", "../../corpus/java/sweep/lib.jar"] {
        let bytes = jar(path);
        assert!(bytes.starts_with(b"PK"));
        for len in (0..bytes.len()).step_by(7) {
            assert!(!translate(bytes[..len].to_vec()), "{path} cut at {len} translated");
        }
    }
}

#[test]
fn corrupted_jars_never_panic() {
    let mut rng = Rng(7);
    let original = jar("../../corpus/java/jars/Shapes.jar");
    for _ in 0..200 {
        let mut bytes = original.clone();
        for _ in 0..1 + rng.next() % 4 {
            let at = (rng.next() as usize) % bytes.len();
            bytes[at] = rng.next() as u8;
        }
        translate(bytes);
    }
}

/// A `ConstantValue` attribute naming a bad constant is an error naming the class and field.
#[test]
fn a_bad_constant_value_names_the_field() {
    let mut bytes = class("NBody");
    let parsed = frontend_jvm::classfile::parse(&bytes).expect("NBody parses");
    let index = parsed
        .pool
        .0
        .iter()
        .position(
            |e| matches!(e, classfile_parser::constant_info::ConstantInfo::Utf8(u) if u.utf8_string == "ConstantValue"),
        )
        .expect("NBody has a constant") as u16
        + 1;
    let [hi, lo] = index.to_be_bytes();
    let at = bytes.windows(6).position(|w| w == [hi, lo, 0, 0, 0, 2]).expect("the attribute") + 6;
    bytes[at] = 0xff;
    bytes[at + 1] = 0xff;
    let message = frontend_jvm::classfile::parse(&bytes).expect_err("a bad constant index");
    assert!(message.contains("NBody.") && message.contains("ConstantValue"), "{message}");
    assert!(!translate(bytes));
}

/// The classes of corpus program `name` as a jar whose manifest names it.
fn corpus_jar(name: &str, mutate: impl Fn(&str, &mut Vec<u8>)) -> Vec<u8> {
    use std::io::Write;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../corpus/java/classes/{name}"));
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("META-INF/MANIFEST.MF", options).expect("zip");
    zip.write_all(format!("Manifest-Version: 1.0\nMain-Class: {name}\n").as_bytes()).expect("zip");
    let mut entries: Vec<_> = std::fs::read_dir(&dir).expect("classes").flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let file = path.file_name().and_then(|n| n.to_str()).expect("a name").to_string();
        let mut bytes = std::fs::read(&path).expect("class");
        mutate(&file, &mut bytes);
        zip.start_file(file, options).expect("zip");
        zip.write_all(&bytes).expect("zip");
    }
    zip.finish().expect("zip").into_inner()
}

/// Where each annotation attribute's bytes (`RuntimeVisible*`, `AnnotationDefault`) are in `bytes`.
fn annotation_regions(bytes: &[u8]) -> Vec<std::ops::Range<usize>> {
    let parsed = frontend_jvm::classfile::parse(bytes).expect("parses");
    let blobs = parsed.annotations.values().flat_map(|a| [&a.visible, &a.parameters, &a.default]).flatten();
    blobs
        .filter(|b| b.len() > 2)
        .filter_map(|b| bytes.windows(b.len()).position(|w| w == &b[..]).map(|at| at..at + b.len()))
        .collect()
}

/// AnnotationRunner asks for annotations: corrupted bytes inside its annotation attributes
/// (lengths intact) give diagnostics or a module that verifies, never a panic.
#[test]
fn corrupted_annotation_attributes_never_panic() {
    assert!(translate(corpus_jar("AnnotationRunner", |_, _| {})), "the untouched program translates");
    let rng = std::cell::RefCell::new(Rng(11));
    let mut failed = 0;
    for round in 0..40 {
        let jar = corpus_jar("AnnotationRunner", |file, bytes| {
            let regions = annotation_regions(bytes);
            let mut rng = rng.borrow_mut();
            if regions.is_empty() || !(file.contains("Config") || file.contains("Calculator") || round % 3 == 0) {
                return;
            }
            for _ in 0..1 + rng.next() % 3 {
                let r = &regions[(rng.next() as usize) % regions.len()];
                let at = r.start + (rng.next() as usize) % r.len();
                bytes[at] = rng.next() as u8;
            }
        });
        failed += usize::from(!translate(jar));
    }
    assert!(failed > 0, "no corruption was noticed");
}
