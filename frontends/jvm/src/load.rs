//! Reading the application: one class file and its directory tree, or a jar.

use crate::classfile::{self, ClassFile};
use rootc_frontend::{Diagnostic, Diagnostics, Input, Location, Options};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The most class files read from a directory tree or a jar.
pub const MAX_CLASSES: usize = 20_000;
/// The largest class file read from a jar (bytes).
pub const MAX_CLASS_BYTES: u64 = 16 << 20;

/// The classes of an application and its main class.
pub struct App {
    /// Every class.
    pub classes: Vec<ClassFile>,
    /// The binary name of the class whose `main(String[])` runs; none for a library (a jar
    /// without a main class, translated with `--keep-going`).
    pub main: Option<String>,
}

fn error(location: Location, message: impl Into<String>) -> Diagnostics {
    Diagnostics::from(vec![Diagnostic::error(location, message)])
}

/// Reads `input`: a jar (by magic `PK`) or a class file.
pub fn load(input: &Input, options: &Options) -> Result<App, Diagnostics> {
    let file = Location::File(input.display_path());
    if input.bytes.starts_with(b"PK") {
        return load_jar(input, options);
    }
    let main = classfile::parse(&input.bytes).map_err(|m| error(file.clone(), m))?;
    let mut classes = Vec::new();
    let listed: Option<Vec<PathBuf>> = options.setting("classes").map(|l| l.split(':').map(PathBuf::from).collect());
    let paths = match (listed, package_root(&input.path, &main.name)) {
        (Some(list), _) => list,
        (None, Some(root)) => class_files(&root).map_err(|m| error(file.clone(), m))?,
        (None, None) => Vec::new(),
    };
    {
        for path in paths {
            if same_file(&path, &input.path) {
                continue;
            }
            let bytes = std::fs::read(&path).map_err(|e| error(file.clone(), format!("{}: {e}", path.display())))?;
            let class = classfile::parse(&bytes).map_err(|m| error(Location::File(path.display().to_string()), m))?;
            if class.name != main.name {
                classes.push(class);
            }
        }
    }
    let name = options.setting("main-class").map(|n| n.replace('.', "/")).unwrap_or_else(|| main.name.clone());
    classes.insert(0, main);
    Ok(App { classes, main: Some(name) })
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

/// The directory of the default package: the class file's directory, minus one level per
/// package component of `name`.
fn package_root(path: &Path, name: &str) -> Option<PathBuf> {
    let mut dir = path.parent()?.to_path_buf();
    if dir.as_os_str().is_empty() {
        dir = PathBuf::from(".");
    }
    for _ in 0..name.matches('/').count() {
        dir = dir.parent()?.to_path_buf();
    }
    Some(dir)
}

/// Every `.class` file under `root` (depth-first, sorted, bounded).
fn class_files(root: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let mut todo = vec![(root.to_path_buf(), 0)];
    while let Some((dir, depth)) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for path in entries {
            if path.is_dir() && depth < 32 {
                todo.push((path, depth + 1));
            } else if path.extension().is_some_and(|e| e == "class") {
                out.push(path);
                if out.len() > MAX_CLASSES {
                    return Err(format!("more than {MAX_CLASSES} class files under {}", root.display()));
                }
            }
        }
    }
    Ok(out)
}

fn load_jar(input: &Input, options: &Options) -> Result<App, Diagnostics> {
    let jar = input.display_path();
    let at = |entry: &str| Location::File(format!("{jar}!{entry}"));
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&input.bytes[..]))
        .map_err(|e| error(Location::File(jar.clone()), format!("not a readable jar: {e}")))?;
    if zip.len() > MAX_CLASSES {
        return Err(error(Location::File(jar.clone()), format!("more than {MAX_CLASSES} entries")));
    }
    let mut classes = Vec::new();
    let mut manifest_main = None;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|e| error(Location::File(jar.clone()), format!("entry {i}: {e}")))?;
        let name = entry.name().to_string();
        let is_class =
            name.ends_with(".class") && !name.ends_with("module-info.class") && !name.starts_with("META-INF/");
        if !is_class && name != "META-INF/MANIFEST.MF" {
            continue;
        }
        let mut bytes = Vec::new();
        (&mut entry)
            .take(MAX_CLASS_BYTES)
            .read_to_end(&mut bytes)
            .map_err(|e| error(at(&name), format!("cannot read: {e}")))?;
        if is_class {
            classes.push(classfile::parse(&bytes).map_err(|m| error(at(&name), m))?);
        } else {
            manifest_main = main_class_of(&String::from_utf8_lossy(&bytes));
        }
    }
    let main = options.setting("main-class").map(|n| n.replace('.', "/")).or(manifest_main);
    if main.is_none() && !options.keep_going {
        let message = "no Main-Class in the manifest; name it with --main-class NAME (or translate it as a library with --keep-going)";
        return Err(error(Location::File(jar.clone()), message));
    }
    Ok(App { classes, main })
}

/// The `Main-Class` of a manifest, as a binary name.
pub fn main_class_of(manifest: &str) -> Option<String> {
    manifest.lines().find_map(|l| l.strip_prefix("Main-Class:")).map(|n| n.trim().replace('.', "/"))
}

/// The classes `main` needs: itself, and transitively every class of `classes` a needed class
/// names (superclass, interfaces, constant-pool class entries, array element classes), in
/// their original order. Other classes in the directory tree or jar are not translated.
pub fn reachable(classes: Vec<ClassFile>, main: &str) -> Vec<ClassFile> {
    use classfile_parser::constant_info::ConstantInfo;
    let index: std::collections::HashMap<String, usize> =
        classes.iter().enumerate().map(|(i, c)| (c.name.clone(), i)).collect();
    let mut needed = vec![false; classes.len()];
    let mut todo = vec![main.to_string()];
    while let Some(name) = todo.pop() {
        let name = name.trim_start_matches('[');
        let name = name.strip_prefix('L').and_then(|n| n.strip_suffix(';')).unwrap_or(name);
        let Some(&i) = index.get(name) else { continue };
        if std::mem::replace(&mut needed[i], true) {
            continue;
        }
        let c = &classes[i];
        todo.extend(c.super_name.iter().cloned());
        todo.extend(c.interfaces.iter().cloned());
        for (k, entry) in c.pool.0.iter().enumerate() {
            if let ConstantInfo::Class(_) = entry
                && let Ok(n) = c.pool.class_name(k as u16 + 1)
            {
                todo.push(n);
            }
        }
    }
    classes.into_iter().zip(needed).filter_map(|(c, keep)| keep.then_some(c)).collect()
}
