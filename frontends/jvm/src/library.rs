//! The part of the Java library written in Java (`frontends/jvm/lib/src`, compiled by
//! `scripts/build_java_lib.sh` into `lib/jdk.jar`, embedded here): boxing, `java.util`
//! collections, formatting. A library class is translated like a program class, and only when
//! the program needs it: named by a class entry or a descriptor of a needed class.

use crate::classfile::{self, ClassFile};
use classfile_parser::constant_info::ConstantInfo;
use std::collections::HashSet;
use std::io::Read;

/// The compiled library classes (a jar).
const JAR: &[u8] = include_bytes!("../lib/jdk.jar");

fn unreadable(e: &dyn std::fmt::Display) -> String {
    format!("internal: the embedded Java library is unreadable: {e}")
}

/// The embedded library's classes, each inflated and parsed when first asked for (a program
/// needs a few dozen of the jar's classes).
struct Library {
    zip: zip::ZipArchive<std::io::Cursor<&'static [u8]>>,
    /// Classes not to hand out (taken already, or replaced).
    taken: HashSet<String>,
}

impl Library {
    fn open() -> Result<Library, String> {
        let zip = zip::ZipArchive::new(std::io::Cursor::new(JAR)).map_err(|e| unreadable(&e))?;
        Ok(Library { zip, taken: HashSet::new() })
    }

    /// The class `name` (binary name), unless the jar has none or it was taken already.
    fn take(&mut self, name: &str) -> Result<Option<ClassFile>, String> {
        if !self.taken.insert(name.to_string()) {
            return Ok(None);
        }
        let mut entry = match self.zip.by_name(&format!("{name}.class")) {
            Ok(entry) => entry,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(unreadable(&e)),
        };
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).map_err(|e| unreadable(&e))?;
        classfile::parse(&bytes).map(Some).map_err(|e| unreadable(&e))
    }
}

/// Every class of the embedded library.
#[cfg(test)]
fn library() -> Result<Vec<ClassFile>, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(JAR)).map_err(|e| unreadable(&e))?;
    let mut out = Vec::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|e| unreadable(&e))?;
        if !entry.name().ends_with(".class") {
            continue;
        }
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).map_err(|e| unreadable(&e))?;
        out.push(classfile::parse(&bytes).map_err(|e| unreadable(&e))?);
    }
    Ok(out)
}

/// Library packages a class needs only when it uses a member of them: every `invokedynamic`
/// names `java.lang.invoke.MethodHandles$Lookup` and `MethodType` in its bootstrap descriptor
/// (and javac lists `MethodHandles` among the inner classes), which must not pull the method
/// handles into every program that concatenates strings.
const BY_USE_ONLY: &str = "java/lang/invoke/";

/// The class names `c` refers to: class entries and `Lname;` in any string of its pool (names
/// in [`BY_USE_ONLY`] only when a member reference of `c` other than a bootstrap method, such
/// as `StringConcatFactory.makeConcatWithConstants`, is to a class there).
fn referenced(c: &ClassFile) -> Vec<String> {
    let bootstraps: HashSet<u16> = c
        .pool
        .0
        .iter()
        .filter_map(|e| if let ConstantInfo::MethodHandle(h) = e { Some(h.reference_index) } else { None })
        .collect();
    let uses_invoke = c.pool.0.iter().enumerate().any(|(k, entry)| {
        matches!(entry, ConstantInfo::MethodRef(_) | ConstantInfo::InterfaceMethodRef(_) | ConstantInfo::FieldRef(_))
            && !bootstraps.contains(&(k as u16 + 1))
            && c.pool.member(k as u16 + 1).is_ok_and(|m| m.class.starts_with(BY_USE_ONLY))
    });
    let mut out = referenced_all(c);
    if !uses_invoke {
        out.retain(|n| !n.starts_with(BY_USE_ONLY));
    }
    out
}

/// What annotations name: the annotation interfaces of `java.lang.annotation` and their enums,
/// and `java.lang`'s (prefixes of `Lname;` descriptors, without the `L`).
const ANNOTATION_ONLY: &[&str] =
    &["java/lang/annotation/", "java/lang/Deprecated;", "java/lang/FunctionalInterface;", "java/lang/SafeVarargs;"];

fn referenced_all(c: &ClassFile) -> Vec<String> {
    let mut out: Vec<String> = c.super_name.iter().chain(&c.interfaces).cloned().collect();
    for (k, entry) in c.pool.0.iter().enumerate() {
        match entry {
            ConstantInfo::Class(_) => {
                if let Ok(n) = c.pool.class_name(k as u16 + 1) {
                    out.push(n.trim_start_matches('[').trim_start_matches('L').trim_end_matches(';').to_string());
                }
            }
            ConstantInfo::MethodRef(_) | ConstantInfo::InterfaceMethodRef(_) | ConstantInfo::FieldRef(_) => {
                if let Ok(r) = c.pool.member(k as u16 + 1) {
                    out.extend(crate::libcalls::needed_classes(&r).iter().map(|n| n.to_string()));
                }
            }
            ConstantInfo::Utf8(u) => {
                let mut rest = u.utf8_string.as_str();
                while let Some(start) = rest.find('L') {
                    let tail = &rest[start + 1..];
                    let Some(end) = tail.find(';') else { break };
                    // Annotation interfaces named in annotations (`@Retention`) come only with
                    // a use of annotations (`RootAnnotations`, annotations.rs).
                    if !ANNOTATION_ONLY.iter().any(|a| tail.starts_with(a)) {
                        out.push(tail[..end].to_string());
                    }
                    rest = &tail[end..];
                }
            }
            _ => {}
        }
    }
    out
}

/// The object streams: the library's serializable classes name them in their private
/// `writeObject` / `readObject`, which only the streams call. With `by_use`, they come in only
/// when a program class names them (the hooks of a program without them are never translated:
/// `prune.rs`).
const SERIAL_STREAMS: [&str; 2] = ["java/io/ObjectOutputStream", "java/io/ObjectInputStream"];
/// The library classes a program class names in a string for `Class.forName`
/// (`"java.util.ArrayList"`), when it calls `forName`: they are reached only that way.
fn named_for_reflection(c: &ClassFile) -> Vec<String> {
    let pool = &c.pool;
    let calls_for_name = (1..=pool.0.len() as u16)
        .any(|k| pool.member(k).is_ok_and(|m| m.class == "java/lang/Class" && m.name == "forName"));
    if !calls_for_name {
        return Vec::new();
    }
    (1..=pool.0.len() as u16)
        .filter_map(|k| match pool.loadable(k) {
            Ok(crate::classfile::Loadable::Str(s)) if s.starts_with("java.") && !s.contains(['/', ' ', ';']) => {
                Some(s.replace('.', "/"))
            }
            _ => None,
        })
        .collect()
}

/// `program` and the library classes it needs, transitively (program classes first; a
/// program class of the same name as a library class wins). With `by_use` (only the library
/// methods the program reaches are translated), the object streams only when the program
/// names them ([`SERIAL_STREAMS`]).
pub fn with_library(program: Vec<ClassFile>, by_use: bool) -> Result<Vec<ClassFile>, String> {
    let mut lib = Library::open()?;
    let mut defined: HashSet<String> = program.iter().map(|c| c.name.clone()).collect();
    if defined.contains(crate::reflect::CLASS) {
        // The input's own `Class` (a sweep of `java.base`) answers reflection itself; the
        // library's reflection belongs to the library's `Class` (libcalls.rs).
        lib.taken.insert(crate::reflection::ROOT_REFLECT.to_string());
        lib.taken.insert(crate::annotations::ROOT_ANNOTATIONS.to_string());
    }
    let mut todo: Vec<String> = program.iter().flat_map(referenced).collect();
    if todo.iter().any(|n| SERIAL_STREAMS.contains(&n.as_str())) {
        // `Throwable`'s serialization hooks (throwable_serial.rs).
        todo.push(crate::throwable_serial::HELPER.into());
    } else if by_use {
        for s in SERIAL_STREAMS {
            lib.taken.insert(s.to_string());
        }
    }
    todo.extend(program.iter().flat_map(named_for_reflection));
    if program.iter().any(|c| c.methods.iter().any(|m| m.name == "<clinit>")) {
        // What a failing static initialiser throws (classes.rs, `init_guard`).
        todo.extend(["java/lang/ExceptionInInitializerError", "java/lang/NoClassDefFoundError"].map(String::from));
    }
    if !program.is_empty() {
        // Arrays carry their class object (arrays.rs); the runtime's `Throwable` builds its
        // stack trace and its printed text with `RootTrace` (throwable.rs).
        todo.push("java/lang/Class".into());
        todo.push(crate::throwable::ROOT_TRACE.into());
    }
    let mut added = Vec::new();
    while let Some(name) = todo.pop() {
        if defined.contains(&name) {
            continue;
        }
        let Some(c) = lib.take(&name)? else { continue };
        if name == "java/io/OutputStream" {
            // The runtime's `PrintStream` extends it then (print_stream.rs).
            todo.push(crate::print_stream::FILTER_OUTPUT_STREAM.into());
        }
        defined.insert(name);
        todo.extend(referenced(&c));
        added.push(c);
    }
    added.sort_by(|a, b| a.name.cmp(&b.name));
    let mut all = program;
    all.extend(added);
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every method of every library class translates and verifies.
    #[test]
    fn every_library_method_translates() {
        let classes = library().expect("the embedded jar reads");
        assert!(classes.iter().any(|c| c.name == "java/util/HashMap"));
        let mut p = crate::program::Program::new("lib");
        let bodies = crate::classes::declare(&mut p, classes).expect("declares");
        let files = std::mem::take(&mut p.files);
        let mut failures = Vec::new();
        for (class, index, func) in bodies {
            let def = &files[&class].methods[index];
            let name = crate::classes::function_name(&class, def);
            match crate::lower::stack_form(&mut p, &files[&class], def, name.clone(), None)
                .map_err(|e| e.message)
                .and_then(|(sf, pcs)| crate::lower::translate(&sf, &pcs, &p.module))
            {
                Ok(f) => p.set_function(func, f),
                Err(e) => failures.push(format!("{name}: {e}")),
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        // The array helpers (arrays.rs) build on the library's `Class` and verify.
        assert!(crate::reflect::library_class(&p));
        for t in ["[I", "[Z", "[Ljava/lang/Object;", "[Ljava/lang/String;", "[[I", "java/lang/Cloneable"] {
            crate::arrays::test(&mut p, t).expect("test builds");
            crate::arrays::cast(&mut p, t).expect("cast builds");
        }
        crate::arrays::tag(&mut p, "[[Ljava/lang/String;").expect("tag builds");
        crate::arrays::copy_tag(&mut p).expect("copy builds");
        crate::arrays::store_check(&mut p).expect("store check builds");
        crate::reflect::enum_values(&mut p).expect("enum values build");
        rootir::verify::verify_module(&p.module).expect("the library verifies");
    }

    /// A program gets only the library classes it names, transitively.
    #[test]
    fn only_the_needed_classes_are_added() {
        let lib = library().expect("reads");
        let list = lib.iter().find(|c| c.name == "java/util/ArrayList").expect("ArrayList").clone();
        let names: Vec<String> = with_library(vec![list], true).expect("adds").into_iter().map(|c| c.name).collect();
        assert!(names.contains(&"java/util/AbstractList".to_string()), "{names:?}");
        for absent in ["java/util/TreeMap", "java/util/HashMap", "java/util/stream/ListStream", "java/lang/RootFormat"]
        {
            assert!(!names.contains(&absent.to_string()), "{absent} in {names:?}");
        }
        assert!(with_library(Vec::new(), true).expect("adds").is_empty());
    }

    /// String concatenation (`invokedynamic`, whose bootstrap descriptor names
    /// `MethodHandles$Lookup`) does not pull in the method handles; `MethodHandles.lookup()` does.
    #[test]
    fn method_handles_only_by_use() {
        let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/java/classes");
        let names = |program: &str| -> Vec<String> {
            let bytes = std::fs::read(format!("{corpus}/{program}/{program}.class")).expect("corpus class");
            let class = crate::classfile::parse(&bytes).expect("parses");
            with_library(vec![class], true).expect("adds").into_iter().map(|c| c.name).collect()
        };
        let shapes = names("Shapes");
        assert!(!shapes.iter().any(|n| n.starts_with("java/lang/invoke/")), "{shapes:?}");
        assert!(names("LibHandles").contains(&"java/lang/invoke/MethodHandles".to_string()));
    }

    /// The library's collections name the object streams in their serialization hooks, which
    /// do not pull them into a program that does not name them; a program that does gets them
    /// and `Throwable`'s hooks' Java half. Without pruning, every library method is translated,
    /// the hooks too: the streams come along.
    #[test]
    fn object_streams_only_by_use() {
        let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/java/classes");
        let names = |program: &str, by_use: bool| -> Vec<String> {
            let bytes = std::fs::read(format!("{corpus}/{program}/{program}.class")).expect("corpus class");
            let class = crate::classfile::parse(&bytes).expect("parses");
            with_library(vec![class], by_use).expect("adds").into_iter().map(|c| c.name).collect()
        };
        let stream = "java/io/ObjectOutputStream".to_string();
        let lists = names("LibBank", true);
        assert!(lists.contains(&"java/util/ArrayList".to_string()), "{lists:?}");
        assert!(!lists.contains(&stream), "{lists:?}");
        assert!(names("LibBank", false).contains(&stream));
        let serial = names("SerRoundTrip", true);
        assert!(
            serial.contains(&stream) && serial.contains(&crate::throwable_serial::HELPER.to_string()),
            "{serial:?}"
        );
    }
}
