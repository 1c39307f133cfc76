//! Files open for reading and writing at any position, a whole buffer per call, for the `std`
//! module (Java's `RandomAccessFile` and the streams of `java.nio.file.Files`), confined as the
//! rest of file access ([`crate::stdlib::grant_write`]): opening for reading needs a directory
//! granted for reading or writing, any other mode one granted for writing.
//!
//! | import | signature | effect |
//! |---|---|---|
//! | `std.fs_open` | `(ref, i32) -> i32` | opens the file at the path with the flags below; a handle (≥ 0) or an error code of [`crate::stdpaths`] |
//! | `std.fs_read` | `(i32, ref, i32, i32) -> i32` | reads up to `len` (4th) bytes at the handle's position into the byte array at `off` (3rd); the count, -1 at the end, -2 on an I/O error |
//! | `std.fs_write` | `(i32, ref, i32, i32) -> i32` | writes the array's bytes `[off, off + len)` at the position; 0, or -1 on an I/O error |
//! | `std.fs_seek` | `(i32, i64) -> i32` | moves the position; 0, or -1 on an I/O error |
//! | `std.fs_tell` | `(i32) -> i64` | the position, -1 on an I/O error |
//! | `std.fs_length` | `(i32) -> i64` | the file's length, -1 on an I/O error |
//! | `std.fs_set_length` | `(i32, i64) -> i32` | truncates or extends the file (the position stays, at most the new length); 0 or -1 |
//! | `std.fs_close` | `(i32) -> i32` | closes the handle; 0, or -1 on an I/O error |
//!
//! Flags (Java's `StandardOpenOption`s): [`READ`], [`WRITE`], [`APPEND`], [`TRUNCATE`],
//! [`CREATE`], [`CREATE_NEW`]. At most [`crate::stdwrite::MAX_WRITERS`] handles are open at
//! once (then `fs_open` answers `OTHER`); a handle that is not open, or an array range out of
//! bounds, traps.

use crate::stdpaths::{Grant, code};
use crate::stdwrite::{DENIED, IS_DIR, OTHER, free_slot, inside, resolve};
use crate::{HostCtx, Trap, Vm};
use rootir::{FuncType, Type};
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::{Arc, Mutex};

/// Open for reading.
pub const READ: i32 = 1;
/// Open for writing.
pub const WRITE: i32 = 2;
/// Writes go to the end.
pub const APPEND: i32 = 4;
/// Truncated to length 0 when opened for writing.
pub const TRUNCATE: i32 = 8;
/// Created if missing.
pub const CREATE: i32 = 16;
/// Created, and it must not exist.
pub const CREATE_NEW: i32 = 32;

/// The most bytes one `fs_read` reads (a longer request reads less; `fs_write` writes all).
const MAX_CHUNK: usize = 1 << 20;

/// The open files of a grant.
pub(crate) struct Handles {
    grant: Arc<Grant>,
    open: Vec<Option<File>>,
}

impl Handles {
    /// No files open yet.
    pub(crate) fn new(grant: Arc<Grant>) -> Handles {
        Handles { grant, open: Vec::new() }
    }

    /// Opens `name` with `flags` (module docs): a handle or an error code.
    pub(crate) fn open(&mut self, name: &str, flags: i32) -> i32 {
        let path = resolve(name);
        let writes = flags & !READ != 0;
        if !inside(if writes { &self.grant.write } else { &self.grant.visible }, &path) {
            return DENIED;
        }
        if path.is_dir() {
            return IS_DIR;
        }
        let Some(slot) = free_slot(&mut self.open) else { return OTHER };
        let mut options = OpenOptions::new();
        options
            .read(flags & READ != 0 || !writes)
            .write(flags & (WRITE | TRUNCATE) != 0)
            .append(flags & APPEND != 0)
            .truncate(flags & TRUNCATE != 0 && flags & APPEND == 0)
            .create(flags & CREATE != 0)
            .create_new(flags & CREATE_NEW != 0);
        match options.open(&path) {
            Ok(f) => {
                self.open[slot] = Some(f);
                slot as i32
            }
            Err(e) => code(&e),
        }
    }

    fn get(&mut self, fd: i32) -> Result<&mut File, Trap> {
        usize::try_from(fd)
            .ok()
            .and_then(|i| self.open.get_mut(i))
            .and_then(Option::as_mut)
            .ok_or_else(|| Trap::host(format!("file handle {fd} is not open")))
    }
}

fn lock(h: &Mutex<Handles>) -> Result<std::sync::MutexGuard<'_, Handles>, Trap> {
    h.lock().map_err(|_| Trap::host("file table poisoned"))
}

/// The range `[off, off + len)` of the byte array `r` (at most `max` bytes of it), or a trap.
fn range(cx: &mut HostCtx<'_>, r: u64, off: u64, len: u64, max: usize) -> Result<(vmalloc::Ref, i64, usize), Trap> {
    let (r, off, len) = (vmalloc::Ref::from_bits(r), off as u32 as i32 as i64, len as u32 as i32 as i64);
    let size = cx.heap().array_len(r).map_err(|e| Trap::code(crate::heap_ops::trap_of(e)))? as i64;
    if off < 0 || len < 0 || off + len > size {
        return Err(Trap::host(format!("bytes {off}..{} of an array of length {size}", off + len)));
    }
    Ok((r, off, (len as usize).min(max)))
}

fn read(cx: &mut HostCtx<'_>, file: &mut File, args: &[u64]) -> Result<i32, Trap> {
    let (r, off, len) = range(cx, args[1], args[2], args[3], MAX_CHUNK)?;
    let mut buf = vec![0u8; len];
    let n = match file.read(&mut buf) {
        Ok(0) if len > 0 => return Ok(-1),
        Ok(n) => n,
        Err(_) => return Ok(-2),
    };
    for (i, &b) in buf[..n].iter().enumerate() {
        cx.heap().array_store(r, off + i as i64, u64::from(b)).map_err(|e| Trap::code(crate::heap_ops::trap_of(e)))?;
    }
    Ok(n as i32)
}

fn write(cx: &mut HostCtx<'_>, file: &mut File, args: &[u64]) -> Result<i32, Trap> {
    let (r, off, len) = range(cx, args[1], args[2], args[3], usize::MAX)?;
    let buf = (off..off + len as i64)
        .map(|i| cx.heap().array_load(r, i).map(|b| b as u8))
        .collect::<Result<Vec<u8>, _>>()
        .map_err(|e| Trap::code(crate::heap_ops::trap_of(e)))?;
    Ok(if file.write_all(&buf).is_ok() { 0 } else { -1 })
}

/// `fs_read` or `fs_write` on an open file, with the call's arguments.
type Transfer = fn(&mut HostCtx<'_>, &mut File, &[u64]) -> Result<i32, Trap>;

fn ok_or(r: std::io::Result<()>) -> i32 {
    if r.is_ok() { 0 } else { -1 }
}

/// Defines the `std.fs_*` handle functions (module docs) for the grant.
pub(crate) fn register(vm: &mut Vm, grant: Arc<Grant>) {
    let handles = Arc::new(Mutex::new(Handles::new(grant)));
    let h = handles.clone();
    vm.define_with_ctx("std", "fs_open", FuncType::new([Type::Ref, Type::I32], [Type::I32]), move |cx, a, out| {
        let path = cx.string(a[0])?;
        out[0] = lock(&h)?.open(&path, a[1] as u32 as i32) as u32 as u64;
        Ok(())
    });
    let bulk = FuncType::new([Type::I32, Type::Ref, Type::I32, Type::I32], [Type::I32]);
    let ops: [(&str, Transfer); 2] = [("fs_read", read), ("fs_write", write)];
    for (name, op) in ops {
        let h = handles.clone();
        vm.define_with_ctx("std", name, bulk.clone(), move |cx, a, out| {
            let mut table = lock(&h)?;
            out[0] = op(cx, table.get(a[0] as u32 as i32)?, a)? as u32 as u64;
            Ok(())
        });
    }
    let h = handles.clone();
    vm.define("std", "fs_seek", move |fd: i32, pos: i64| -> Result<i32, Trap> {
        let to = u64::try_from(pos).map_err(|_| Trap::host(format!("seek to {pos}")))?;
        Ok(ok_or(lock(&h)?.get(fd)?.seek(SeekFrom::Start(to)).map(drop)))
    });
    let h = handles.clone();
    vm.define("std", "fs_tell", move |fd: i32| -> Result<i64, Trap> {
        Ok(lock(&h)?.get(fd)?.stream_position().map_or(-1, |p| p as i64))
    });
    let h = handles.clone();
    vm.define("std", "fs_length", move |fd: i32| -> Result<i64, Trap> {
        Ok(lock(&h)?.get(fd)?.metadata().map_or(-1, |m| m.len() as i64))
    });
    let h = handles.clone();
    vm.define("std", "fs_set_length", move |fd: i32, len: i64| -> Result<i32, Trap> {
        let len = u64::try_from(len).map_err(|_| Trap::host(format!("file length {len}")))?;
        let mut table = lock(&h)?;
        let file = table.get(fd)?;
        let r = file.set_len(len).and_then(|()| match file.stream_position()? > len {
            true => file.seek(SeekFrom::Start(len)).map(drop),
            false => Ok(()),
        });
        Ok(ok_or(r))
    });
    vm.define("std", "fs_close", move |fd: i32| -> Result<i32, Trap> {
        let mut table = lock(&handles)?;
        table.get(fd)?;
        table.open[fd as usize] = None;
        Ok(0)
    });
}
