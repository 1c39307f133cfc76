//! Operations on paths for the `std` module, confined as the rest of file access
//! ([`crate::stdlib::grant_write`]): what changes the file system acts only inside the
//! directories granted for writing, what looks only inside those and the readable ones. Java's
//! `java.nio.file.Files` and `java.io.File` use them.
//!
//! | import | signature | effect |
//! |---|---|---|
//! | `std.fs_size` | `(ref) -> i64` | the size in bytes of what the path names (readable), -1 if it is missing or not readable |
//! | `std.fs_mkdir` | `(ref) -> i32` | creates the directory; 0 or an error code |
//! | `std.fs_create` | `(ref) -> i32` | creates an empty file where nothing exists; 0 or an error code |
//! | `std.fs_delete` | `(ref) -> i32` | deletes the file, link or empty directory; 0 or an error code |
//! | `std.fs_move` | `(ref, ref, i32) -> i32` | renames the first path to the second, replacing what is there if the third argument is 1; 0 or an error code |
//! | `std.fs_copy` | `(ref, ref, i32) -> i32` | copies the file (a directory: makes an empty one) to the second path, replacing what is there if the third argument is 1; 0 or an error code |
//! | `std.fs_list` | `(ref) -> ref` | the names in the (readable) directory, sorted, each followed by a NUL; null if it is not one |
//! | `std.fs_cwd` | `() -> ref` | the current directory's absolute path |
//!
//! Error codes: those of [`crate::stdwrite`] (`DENIED` -1: outside the grant; `NOT_FOUND` -2;
//! `IS_DIR` -3; `OTHER` -4) and [`EXISTS`], [`NOT_EMPTY`], [`NOT_DIR`].
//!
//! Confinement: a path is resolved with [`resolve`] (links followed, a dangling one too) for what
//! is read or created; what is deleted, moved, or replaced is the directory entry itself (its
//! directory resolved, [`entry`]), which must lie strictly inside a directory granted for
//! writing: the granted directory itself is never deleted, moved or replaced.

use crate::stdwrite::{DENIED, IS_DIR, NOT_FOUND, OTHER, inside, resolve};
use crate::{HostCtx, Trap, Vm};
use rootir::{FuncType, Type};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Something already exists at the path.
pub const EXISTS: i32 = -5;
/// The directory is not empty.
pub const NOT_EMPTY: i32 = -6;
/// A part of the path is not a directory.
pub const NOT_DIR: i32 = -7;

/// The error code of an I/O error.
pub(crate) fn code(e: &std::io::Error) -> i32 {
    match e.kind() {
        ErrorKind::NotFound => NOT_FOUND,
        ErrorKind::PermissionDenied => DENIED,
        ErrorKind::AlreadyExists => EXISTS,
        ErrorKind::DirectoryNotEmpty => NOT_EMPTY,
        ErrorKind::NotADirectory => NOT_DIR,
        ErrorKind::IsADirectory => IS_DIR,
        _ => OTHER,
    }
}

fn status(r: std::io::Result<()>) -> i32 {
    r.map_or_else(|e| code(&e), |()| 0)
}

/// The directory entry `name` names: its directory resolved ([`resolve`]) and its last part
/// as it is (a link is the link, not its target); `name` resolved if it ends in `..` or is `/`.
pub fn entry(name: &str) -> PathBuf {
    let p = Path::new(name);
    match (p.parent().and_then(Path::to_str), p.file_name()) {
        (Some(dir), Some(file)) => resolve(dir).join(file),
        _ => resolve(name),
    }
}

/// Whether `path` lies inside one of `dirs` and is not one of them.
pub fn strictly_inside(dirs: &[PathBuf], path: &Path) -> bool {
    dirs.iter().any(|d| path.starts_with(d) && path != d)
}

/// The directories of a grant: where the program may write, and where it may look.
pub(crate) struct Grant {
    /// Granted for writing (canonical).
    pub write: Vec<PathBuf>,
    /// Granted for writing or reading (canonical).
    pub visible: Vec<PathBuf>,
}

impl Grant {
    /// `fs_size`.
    pub(crate) fn size(&self, name: &str) -> i64 {
        let path = resolve(name);
        match std::fs::metadata(&path) {
            Ok(meta) if inside(&self.visible, &path) => meta.len() as i64,
            _ => -1,
        }
    }

    /// `fs_mkdir`.
    pub(crate) fn mkdir(&self, name: &str) -> i32 {
        let path = resolve(name);
        if !inside(&self.write, &path) {
            return DENIED;
        }
        status(std::fs::create_dir(&path))
    }

    /// `fs_create`.
    pub(crate) fn create(&self, name: &str) -> i32 {
        let path = resolve(name);
        if !inside(&self.write, &path) {
            return DENIED;
        }
        status(std::fs::OpenOptions::new().write(true).create_new(true).open(&path).map(drop))
    }

    /// `fs_delete`.
    pub(crate) fn delete(&self, name: &str) -> i32 {
        let path = entry(name);
        if !strictly_inside(&self.write, &path) {
            return DENIED;
        }
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.is_dir() => status(std::fs::remove_dir(&path)),
            Ok(_) => status(std::fs::remove_file(&path)),
            Err(e) => code(&e),
        }
    }

    /// Makes room at `to` for a move or copy: [`EXISTS`] if something is there and `replace`
    /// is false; else removes it (an empty directory or not a directory).
    fn clear(to: &Path, replace: bool) -> i32 {
        match std::fs::symlink_metadata(to) {
            Err(_) => 0,
            Ok(_) if !replace => EXISTS,
            Ok(meta) if meta.is_dir() => status(std::fs::remove_dir(to)),
            Ok(_) => status(std::fs::remove_file(to)),
        }
    }

    /// `fs_move`.
    pub(crate) fn rename(&self, from: &str, to: &str, replace: bool) -> i32 {
        let (from, to) = (entry(from), entry(to));
        if !strictly_inside(&self.write, &from) || !strictly_inside(&self.write, &to) {
            return DENIED;
        }
        if let Err(e) = std::fs::symlink_metadata(&from) {
            return code(&e);
        }
        if from == to {
            return 0;
        }
        match Self::clear(&to, replace) {
            0 => status(std::fs::rename(&from, &to)),
            err => err,
        }
    }

    /// `fs_copy`.
    pub(crate) fn copy(&self, from: &str, to: &str, replace: bool) -> i32 {
        let (from, to) = (resolve(from), entry(to));
        if !inside(&self.visible, &from) || !strictly_inside(&self.write, &to) {
            return DENIED;
        }
        let meta = match std::fs::metadata(&from) {
            Ok(meta) => meta,
            Err(e) => return code(&e),
        };
        if from == to {
            return 0;
        }
        match Self::clear(&to, replace) {
            0 if meta.is_dir() => status(std::fs::create_dir(&to)),
            0 => status(std::fs::copy(&from, &to).map(drop)),
            err => err,
        }
    }

    /// `fs_list`: the sorted names in the directory, each followed by a NUL, or `None`.
    pub(crate) fn list(&self, name: &str) -> Option<String> {
        let path = resolve(name);
        if !inside(&self.visible, &path) {
            return None;
        }
        let mut names: Vec<String> = std::fs::read_dir(&path)
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect();
        names.sort();
        Some(names.iter().map(|n| format!("{n}\0")).collect())
    }
}

/// An operation on one path: 0 or an error code.
type OnePath = fn(&Grant, &str) -> i32;
/// An operation from one path to another (replacing or not): 0 or an error code.
type TwoPaths = fn(&Grant, &str, &str, bool) -> i32;

/// Defines the `std.fs_*` path functions (module docs) for the grant.
pub(crate) fn register(vm: &mut Vm, grant: Arc<Grant>) {
    let path_sig = FuncType::new([Type::Ref], [Type::I32]);
    let ops: [(&str, OnePath); 3] =
        [("fs_mkdir", Grant::mkdir), ("fs_create", Grant::create), ("fs_delete", Grant::delete)];
    for (name, op) in ops {
        let g = grant.clone();
        vm.define_with_ctx("std", name, path_sig.clone(), move |cx: &mut HostCtx<'_>, args, out| {
            out[0] = op(&g, &cx.string(args[0])?) as u32 as u64;
            Ok(())
        });
    }
    let two_sig = FuncType::new([Type::Ref, Type::Ref, Type::I32], [Type::I32]);
    let ops: [(&str, TwoPaths); 2] = [("fs_move", Grant::rename), ("fs_copy", Grant::copy)];
    for (name, op) in ops {
        let g = grant.clone();
        vm.define_with_ctx("std", name, two_sig.clone(), move |cx: &mut HostCtx<'_>, args, out| {
            let (from, to) = (cx.string(args[0])?, cx.string(args[1])?);
            out[0] = op(&g, &from, &to, args[2] as u32 != 0) as u32 as u64;
            Ok(())
        });
    }
    let g = grant.clone();
    vm.define_with_ctx("std", "fs_size", FuncType::new([Type::Ref], [Type::I64]), move |cx, args, out| {
        out[0] = g.size(&cx.string(args[0])?) as u64;
        Ok(())
    });
    vm.define_with_ctx("std", "fs_list", FuncType::new([Type::Ref], [Type::Ref]), move |cx, args, out| {
        out[0] = match grant.list(&cx.string(args[0])?) {
            Some(names) => cx.alloc(|h, roots| h.alloc_string(&names, roots))?,
            None => vmalloc::Ref::NULL.bits(),
        };
        Ok(())
    });
    vm.define_with_ctx("std", "fs_cwd", FuncType::new([], [Type::Ref]), |cx, _, out| {
        let cwd = std::env::current_dir().map_err(|e| Trap::host(format!("the current directory: {e}")))?;
        out[0] = cx.alloc(|h, roots| h.alloc_string(&cwd.to_string_lossy(), roots))?;
        Ok(())
    });
}
