//! File writing for the `std` module, allowed only inside chosen directories
//! (`rootc run --allow-write DIR`, [`grant_write`]), and reading that reports errors as codes
//! (the JVM's streams throw them as exceptions). The functions always exist (a program that
//! writes files links without a grant); without a grant every `file_create` / `file_ropen`
//! fails.
//!
//! | import | signature | effect |
//! |---|---|---|
//! | `std.file_create` | `(ref, i32) -> i32` | opens the file at the path string for writing, truncated (second argument 0) or appended to (1), created if missing; returns a descriptor (≥ 0) or an error code below |
//! | `std.file_put_byte` | `(i32, i32) -> i32` | appends the low byte to the descriptor's buffer (written when [`BUFFER`] bytes are waiting); 0, or -1 on an I/O error |
//! | `std.file_put_bytes` | `(i32, ref, i32, i32) -> i32` | appends bytes `[off, off + len)` of a `byte[]` (arguments 2-4) as `file_put_byte` appends one; traps on a bad range |
//! | `std.file_flush` | `(i32) -> i32` | writes the waiting bytes to the file; 0, or -1 on an I/O error |
//! | `std.file_wclose` | `(i32) -> i32` | flushes and closes the descriptor; 0, or -1 on an I/O error |
//! | `std.file_ropen` | `(ref) -> i32` | opens the file for reading (inside a directory granted for writing or reading); a descriptor of its own table (≥ 0) or an error code below |
//! | `std.file_rbyte` | `(i32) -> i32` | the next byte of a `file_ropen` descriptor, -1 at the end, -2 on an I/O error |
//! | `std.file_rclose` | `(i32)` | closes a `file_ropen` descriptor |
//! | `std.file_exists` | `(ref) -> i32` | 1 if the path, inside a directory granted for writing or reading, is a file, 2 if a directory, 0 otherwise (missing or not granted) |
//!
//! Error codes of `file_create`: [`DENIED`] (no grant covers the path), [`NOT_FOUND`] (its
//! directory does not exist), [`IS_DIR`] (the path is a directory), [`OTHER`] (another error,
//! or more than [`MAX_WRITERS`] files open for writing, or for reading). A descriptor that is not open traps.
//!
//! A path is confined with [`resolve`] and [`inside`]: canonicalised (a missing file by its
//! directory), it must lie in a granted directory, itself canonicalised when granted.

use crate::{HostCtx, Trap, Vm};
use rootir::{FuncType, Type};
use std::fs::{File, OpenOptions};
use std::io::{BufReader, BufWriter, ErrorKind, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// The most files a program may have open for writing at once.
pub const MAX_WRITERS: usize = 64;
/// Bytes buffered per file before they are written.
pub const BUFFER: usize = 8192;
/// `file_create`: no grant covers the path.
pub const DENIED: i32 = -1;
/// `file_create`: the file's directory does not exist.
pub const NOT_FOUND: i32 = -2;
/// `file_create`: the path is a directory.
pub const IS_DIR: i32 = -3;
/// `file_create`: another error.
pub const OTHER: i32 = -4;

/// The most symbolic links [`resolve`] follows in one path (Linux's `MAXSYMLINKS`).
const MAX_LINKS: usize = 40;

/// The absolute path of `name` with `.`, `..` and symbolic links resolved (relative to the
/// current directory), as the file system would resolve it: a part that does not exist yet keeps
/// its name (a `..` after it removes it), and a dangling link is followed to its target. A path
/// with more than [`MAX_LINKS`] links resolves to the empty path, which no grant covers.
pub fn resolve(name: &str) -> PathBuf {
    let p = Path::new(name);
    if let Ok(real) = p.canonicalize() {
        return real;
    }
    let abs = std::env::current_dir().map(|c| c.join(p)).unwrap_or_else(|_| p.to_path_buf());
    let mut links = 0;
    walk(PathBuf::from("/"), &abs, &mut links).unwrap_or_default()
}

/// `at` (resolved) followed by the parts of `rest`, each resolved in turn ([`resolve`]); `None`
/// after [`MAX_LINKS`] links or for a link that cannot be read.
fn walk(mut at: PathBuf, rest: &Path, links: &mut usize) -> Option<PathBuf> {
    use std::path::Component;
    for part in rest.components() {
        match part {
            Component::RootDir => at = PathBuf::from("/"),
            Component::Prefix(_) => return None,
            Component::CurDir => {}
            Component::ParentDir => {
                at.pop();
            }
            Component::Normal(n) => {
                let next = at.join(n);
                match std::fs::symlink_metadata(&next) {
                    Ok(meta) if meta.file_type().is_symlink() => {
                        *links += 1;
                        if *links > MAX_LINKS {
                            return None;
                        }
                        let target = std::fs::read_link(&next).ok()?;
                        at = walk(at, &target, links)?;
                    }
                    _ => at = next,
                }
            }
        }
    }
    Some(at)
}

/// Whether the resolved `path` lies inside one of the canonical directories `dirs`.
pub fn inside(dirs: &[PathBuf], path: &Path) -> bool {
    dirs.iter().any(|d| path.starts_with(d))
}

/// The canonical forms of `dirs`, or an error naming the first that is not a directory.
pub fn canonical_dirs(dirs: &[PathBuf], flag: &str) -> Result<Vec<PathBuf>, String> {
    dirs.iter()
        .map(|d| match d.canonicalize() {
            Ok(real) if real.is_dir() => Ok(real),
            Ok(_) => Err(format!("{flag} {}: not a directory", d.display())),
            Err(e) => Err(format!("{flag} {}: not a directory ({e})", d.display())),
        })
        .collect()
}

struct Writers {
    dirs: Vec<PathBuf>,
    /// `dirs` and the directories the program may read: where `file_exists` sees.
    visible: Vec<PathBuf>,
    open: Vec<Option<BufWriter<File>>>,
    readers: Vec<Option<BufReader<File>>>,
}

/// The first free slot of `table` (grown up to [`MAX_WRITERS`]).
pub(crate) fn free_slot<T>(table: &mut Vec<Option<T>>) -> Option<usize> {
    match table.iter().position(Option::is_none) {
        Some(i) => Some(i),
        None if table.len() < MAX_WRITERS => {
            table.push(None);
            Some(table.len() - 1)
        }
        None => None,
    }
}

fn error_code(e: &std::io::Error) -> i32 {
    match e.kind() {
        ErrorKind::NotFound => NOT_FOUND,
        ErrorKind::PermissionDenied => DENIED,
        _ => OTHER,
    }
}

impl Writers {
    fn create(&mut self, name: &str, append: bool) -> i32 {
        let path = resolve(name);
        if !inside(&self.dirs, &path) {
            return DENIED;
        }
        if path.is_dir() {
            return IS_DIR;
        }
        let Some(slot) = free_slot(&mut self.open) else { return OTHER };
        let mut options = OpenOptions::new();
        if append {
            options.append(true).create(true);
        } else {
            options.write(true).create(true).truncate(true);
        }
        match options.open(&path) {
            Ok(f) => {
                self.open[slot] = Some(BufWriter::with_capacity(BUFFER, f));
                slot as i32
            }
            Err(e) => error_code(&e),
        }
    }

    fn open_read(&mut self, name: &str) -> i32 {
        let path = resolve(name);
        if !inside(&self.visible, &path) {
            return if path.exists() { DENIED } else { NOT_FOUND };
        }
        if path.is_dir() {
            return IS_DIR;
        }
        let Some(slot) = free_slot(&mut self.readers) else { return OTHER };
        match File::open(&path) {
            Ok(f) => {
                self.readers[slot] = Some(BufReader::with_capacity(BUFFER, f));
                slot as i32
            }
            Err(e) => error_code(&e),
        }
    }

    fn reader(&mut self, fd: i32) -> Result<&mut BufReader<File>, Trap> {
        usize::try_from(fd)
            .ok()
            .and_then(|i| self.readers.get_mut(i))
            .and_then(Option::as_mut)
            .ok_or_else(|| Trap::host(format!("file descriptor {fd} is not open for reading")))
    }

    fn get(&mut self, fd: i32) -> Result<&mut BufWriter<File>, Trap> {
        usize::try_from(fd)
            .ok()
            .and_then(|i| self.open.get_mut(i))
            .and_then(Option::as_mut)
            .ok_or_else(|| Trap::host(format!("file descriptor {fd} is not open for writing")))
    }
}

fn lock(w: &Mutex<Writers>) -> Result<std::sync::MutexGuard<'_, Writers>, Trap> {
    w.lock().map_err(|_| Trap::host("file table poisoned"))
}

fn status(r: std::io::Result<()>) -> i32 {
    if r.is_ok() { 0 } else { -1 }
}

/// Defines `std.file_create`, `file_put_byte`, `file_put_bytes`, `file_flush`, `file_wclose`,
/// `file_ropen`, `file_rbyte`, `file_rclose` and `file_exists` (module docs), and the `std.fs_*`
/// functions of `stdpaths` and `stdhandles` under the same grant,
/// allowing writes under `dirs` (already canonical: [`canonical_dirs`]; `file_exists` also sees
/// the readable directories `read`); a later call replaces the functions of an earlier one for
/// modules loaded after it (call it before `Vm::load`).
pub fn grant_write(vm: &mut Vm, dirs: Vec<PathBuf>, read: Vec<PathBuf>) {
    let visible: Vec<PathBuf> = dirs.iter().chain(&read).cloned().collect();
    let grant = Arc::new(crate::stdpaths::Grant { write: dirs.clone(), visible: visible.clone() });
    crate::stdpaths::register(vm, grant.clone());
    crate::stdhandles::register(vm, grant);
    let files = Arc::new(Mutex::new(Writers { dirs, visible, open: Vec::new(), readers: Vec::new() }));
    let f = files.clone();
    let sig = FuncType::new([Type::Ref, Type::I32], [Type::I32]);
    vm.define_with_ctx("std", "file_create", sig, move |cx: &mut HostCtx<'_>, args, out| {
        let path = cx.string(args[0])?;
        out[0] = lock(&f)?.create(&path, args[1] as u32 != 0) as u32 as u64;
        Ok(())
    });
    let f = files.clone();
    vm.define("std", "file_put_byte", move |fd: i32, b: i32| -> Result<i32, Trap> {
        Ok(status(lock(&f)?.get(fd)?.write_all(&[b as u8])))
    });
    let f = files.clone();
    let sig = FuncType::new([Type::I32, Type::Ref, Type::I32, Type::I32], [Type::I32]);
    vm.define_with_ctx("std", "file_put_bytes", sig, move |cx: &mut HostCtx<'_>, a, out| {
        let bytes = crate::stdjava::byte_range(cx.heap(), a[1], a[2], a[3])?;
        out[0] = status(lock(&f)?.get(a[0] as u32 as i32)?.write_all(&bytes)) as u32 as u64;
        Ok(())
    });
    let f = files.clone();
    let sig = FuncType::new([Type::Ref], [Type::I32]);
    vm.define_with_ctx("std", "file_exists", sig, move |cx: &mut HostCtx<'_>, args, out| {
        let path = resolve(&cx.string(args[0])?);
        let granted = inside(&lock(&f)?.visible, &path);
        out[0] = if !granted {
            0
        } else if path.is_dir() {
            2
        } else {
            u64::from(path.is_file())
        };
        Ok(())
    });
    let f = files.clone();
    let sig = FuncType::new([Type::Ref], [Type::I32]);
    vm.define_with_ctx("std", "file_ropen", sig, move |cx: &mut HostCtx<'_>, args, out| {
        let path = cx.string(args[0])?;
        out[0] = lock(&f)?.open_read(&path) as u32 as u64;
        Ok(())
    });
    let f = files.clone();
    vm.define("std", "file_rbyte", move |fd: i32| -> Result<i32, Trap> {
        let mut byte = [0u8];
        Ok(match lock(&f)?.reader(fd)?.read(&mut byte) {
            Ok(0) => -1,
            Ok(_) => i32::from(byte[0]),
            Err(_) => -2,
        })
    });
    let f = files.clone();
    vm.define("std", "file_rclose", move |fd: i32| -> Result<(), Trap> {
        let mut table = lock(&f)?;
        table.reader(fd)?;
        table.readers[fd as usize] = None;
        Ok(())
    });
    let f = files.clone();
    vm.define("std", "file_flush", move |fd: i32| -> Result<i32, Trap> { Ok(status(lock(&f)?.get(fd)?.flush())) });
    vm.define("std", "file_wclose", move |fd: i32| -> Result<i32, Trap> {
        let mut table = lock(&files)?;
        let r = table.get(fd)?.flush();
        table.open[fd as usize] = None;
        Ok(status(r))
    });
}
