//! File reading for the `std` module, granted only for chosen directories
//! (`rootc run --allow-read DIR`, [`crate::stdlib::grant_read`]).
//!
//! | import | signature | effect |
//! |---|---|---|
//! | `std.file_open` | `(ref) -> i32` | opens the file at the path string for reading and returns a descriptor (≥ 0) |
//! | `std.file_read_byte` | `(i32) -> i32` | the next byte of the file (0..=255), or -1 at its end |
//! | `std.file_size` | `(i32) -> i64` | the file's size in bytes |
//! | `std.file_close` | `(i32)` | closes the descriptor |
//!
//! A path is confined to the granted directories: it is canonicalised (relative paths against
//! the current directory; `..` and symbolic links resolved) and must then lie inside a granted
//! directory, itself canonicalised when granted. Everything else traps: a path outside (through
//! `..` or a symlink too), a file that does not exist, a directory, a descriptor that is not
//! open, more than [`MAX_OPEN`] open files. Without a grant none of these functions exist, and a
//! module importing one fails to link naming the import.

use crate::{HostCtx, Trap, Vm};
use rootir::{FuncType, Type};
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// The most files a program may have open at once.
pub const MAX_OPEN: usize = 64;

/// The granted directories and the open files.
struct Files {
    dirs: Vec<PathBuf>,
    open: Vec<Option<(BufReader<File>, u64)>>,
}

impl Files {
    fn open(&mut self, path: &str) -> Result<i32, Trap> {
        let real = Path::new(path).canonicalize().map_err(|e| Trap::host(format!("cannot open `{path}`: {e}")))?;
        if !self.dirs.iter().any(|d| real.starts_with(d)) {
            return Err(Trap::host(format!(
                "`{path}` is outside the directories the program may read (grant one with --allow-read DIR)"
            )));
        }
        let file = File::open(&real).map_err(|e| Trap::host(format!("cannot open `{path}`: {e}")))?;
        let meta = file.metadata().map_err(|e| Trap::host(format!("cannot open `{path}`: {e}")))?;
        if !meta.is_file() {
            return Err(Trap::host(format!("cannot open `{path}`: not a regular file")));
        }
        let entry = Some((BufReader::new(file), meta.len()));
        let slot = match self.open.iter().position(Option::is_none) {
            Some(i) => i,
            None if self.open.len() < MAX_OPEN => {
                self.open.push(None);
                self.open.len() - 1
            }
            None => return Err(Trap::host(format!("too many open files (at most {MAX_OPEN})"))),
        };
        self.open[slot] = entry;
        Ok(slot as i32)
    }

    fn get(&mut self, fd: i32) -> Result<&mut (BufReader<File>, u64), Trap> {
        usize::try_from(fd)
            .ok()
            .and_then(|i| self.open.get_mut(i))
            .and_then(Option::as_mut)
            .ok_or_else(|| Trap::host(format!("file descriptor {fd} is not open")))
    }
}

fn lock(files: &Mutex<Files>) -> Result<std::sync::MutexGuard<'_, Files>, Trap> {
    files.lock().map_err(|_| Trap::host("file table poisoned"))
}

/// Grants reading the files under `dirs` through `std.file_*` (see the module docs). Fails if a
/// directory does not exist or is not a directory.
pub fn grant_read(vm: &mut Vm, dirs: &[PathBuf]) -> Result<(), String> {
    let mut canonical = Vec::with_capacity(dirs.len());
    for d in dirs {
        let real = d.canonicalize().map_err(|e| format!("--allow-read {}: {e}", d.display()))?;
        if !real.is_dir() {
            return Err(format!("--allow-read {}: not a directory", d.display()));
        }
        canonical.push(real);
    }
    let files = Arc::new(Mutex::new(Files { dirs: canonical, open: Vec::new() }));
    let f = files.clone();
    let sig = FuncType::new([Type::Ref], [Type::I32]);
    vm.define_with_ctx("std", "file_open", sig, move |cx: &mut HostCtx<'_>, args, out| {
        let path = cx.string(args[0])?;
        out[0] = lock(&f)?.open(&path)? as u32 as u64;
        Ok(())
    });
    let f = files.clone();
    vm.define("std", "file_read_byte", move |fd: i32| -> Result<i32, Trap> {
        let mut table = lock(&f)?;
        let (reader, _) = table.get(fd)?;
        let mut byte = [0u8];
        match reader.read(&mut byte) {
            Ok(0) => Ok(-1),
            Ok(_) => Ok(byte[0] as i32),
            Err(e) => Err(Trap::host(format!("reading file descriptor {fd}: {e}"))),
        }
    });
    let f = files.clone();
    vm.define("std", "file_size", move |fd: i32| -> Result<i64, Trap> { Ok(lock(&f)?.get(fd)?.1 as i64) });
    vm.define("std", "file_close", move |fd: i32| -> Result<(), Trap> {
        let mut table = lock(&files)?;
        table.get(fd)?;
        table.open[fd as usize] = None;
        Ok(())
    });
    Ok(())
}
