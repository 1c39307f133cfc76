//! Where things live in the module's linear memory.
//!
//! ```text
//! 0 .. BASE              unused (host hooks have addresses in here, never read)
//! BASE ..                the sections of every object (text, rodata, data, bss)
//! got ..                 GOT slots (GOT_SIZE bytes at most)
//! heap_start .. heap_end the C runtime's malloc heap
//! heap_end .. size       the stack; rsp starts at stack_top
//! ```

/// Address of the first section.
pub const BASE: u64 = 0x1_0000;
/// Addresses of host hooks (16 bytes apart).
pub const HOOK_BASE: u64 = 0x100;
/// The most bytes of sections an image may have.
pub const MAX_IMAGE: u64 = 64 << 20;
/// Bytes reserved for GOT slots.
pub const GOT_SIZE: u64 = 64 << 10;
/// Bytes of heap.
pub const HEAP_SIZE: u64 = 32 << 20;

/// The regions of one image's memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Start of the GOT.
    pub got: u64,
    /// First byte of the heap.
    pub heap_start: u64,
    /// End of the heap (the stack's lowest address).
    pub heap_end: u64,
    /// The initial stack pointer (16-byte aligned).
    pub stack_top: u64,
    /// The memory's size in bytes.
    pub size: u64,
}

impl Layout {
    /// The layout after sections ending at `end`, with a stack of `stack_size` bytes.
    pub fn new(end: u64, stack_size: u64) -> Result<Layout, String> {
        let got = end.div_ceil(16) * 16;
        let heap_start = (got + GOT_SIZE).div_ceil(4096) * 4096;
        let heap_end = heap_start + HEAP_SIZE;
        let size = heap_end.checked_add(stack_size).filter(|&s| s <= 1 << 30).ok_or("memory too large")?;
        Ok(Layout { got, heap_start, heap_end, stack_top: size - 64, size })
    }
}
