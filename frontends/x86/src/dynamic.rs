//! Loading a shared object (`ET_DYN`, e.g. `libz.so.1`) into the image.
//!
//! The loadable segments are placed at [`layout::BASE`] plus their virtual addresses (the
//! load bias), with the bytes past each segment's file size zeroed (`.bss`). Functions come
//! from the static symbol table when the file has one, else from `.dynsym`; exports are its
//! defined global symbols. The dynamic relocations (`RELATIVE`, `GLOB_DAT`, `JUMP_SLOT`,
//! `64`) are kept here and applied by [`crate::elf::link`] once the C runtime's symbols are
//! known; PLT stubs (`jmp [rip + slot]`, optionally after `endbr64`) are recorded with their
//! GOT slot so a call through one resolves to the function the slot holds.

use crate::elf::FuncSym;
use crate::layout;
use iced_x86::{Decoder, DecoderOptions, Mnemonic};
use object::elf;
use object::{Object, ObjectSection, ObjectSegment, ObjectSymbol, ObjectSymbolTable, RelocationFlags};
use object::{RelocationTarget, SymbolKind};

/// The load bias: a shared object's virtual address 0 is this address of the image.
pub const BIAS: u64 = layout::BASE;

/// What a dynamic relocation writes (8 bytes at its place).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DynValue {
    /// `R_X86_64_RELATIVE`: this address (bias plus addend).
    Address(u64),
    /// `GLOB_DAT`, `JUMP_SLOT`, `64`: the address of a symbol plus an addend.
    Symbol {
        /// The symbol's name.
        name: String,
        /// Its address when the object defines it.
        defined: Option<u64>,
        /// Whether it is a weak reference (0 when nothing defines it, as the native loader does).
        weak: bool,
        /// The addend.
        addend: i64,
    },
}

/// A dynamic relocation: 8 bytes at `place`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DynReloc {
    /// The address written.
    pub place: u64,
    /// What is written there.
    pub value: DynValue,
}

/// A loaded shared object, before linking with the runtime.
#[derive(Debug, Default)]
pub struct Shared {
    /// Image bytes from [`layout::BASE`] to [`Shared::end`].
    pub bytes: Vec<u8>,
    /// The address after the last segment.
    pub end: u64,
    /// Executable ranges `[start, end)`.
    pub text: Vec<(u64, u64)>,
    /// Ranges `[start, end)` of every allocated section (tables of pointers stay inside one).
    pub sections: Vec<(u64, u64)>,
    /// Function symbols (object 0).
    pub funcs: Vec<FuncSym>,
    /// Defined global symbols (functions and data) with their addresses, aliases included.
    pub globals: Vec<(String, u64)>,
    /// Dynamic relocations.
    pub relocs: Vec<DynReloc>,
    /// PLT stubs: (stub address, the GOT slot it jumps through).
    pub plt: Vec<(u64, u64)>,
}

/// Whether `bytes` is an ELF shared object (`e_type == ET_DYN`).
pub fn is_shared(bytes: &[u8]) -> bool {
    bytes.len() >= 18 && bytes.starts_with(b"\x7fELF") && u16::from_le_bytes([bytes[16], bytes[17]]) == 3 // ET_DYN
}

/// Loads the shared object `name`.
pub fn load(name: &str, bytes: &[u8]) -> Result<Shared, String> {
    let file = std::panic::catch_unwind(|| object::File::parse(bytes))
        .map_err(|_| format!("{name}: the ELF parser failed"))?
        .map_err(|e| format!("{name}: not an ELF file: {e}"))?;
    if file.architecture() != object::Architecture::X86_64 {
        return Err(format!("{name}: not an x86-64 shared object ({:?})", file.architecture()));
    }
    let mut shared = Shared::default();
    place_segments(name, &file, &mut shared)?;
    for sec in file.sections() {
        if sec.address() == 0 || sec.size() == 0 {
            continue;
        }
        let start = addr_of(name, sec.address(), sec.size())?;
        shared.sections.push((start, start + sec.size()));
        if sec.kind() == object::SectionKind::Text {
            shared.text.push((start, start + sec.size()));
        }
    }
    symbols(name, &file, &mut shared)?;
    relocations(name, &file, &mut shared)?;
    plt_stubs(&file, &mut shared);
    Ok(shared)
}

/// The image address of virtual address `vaddr` of a range of `len` bytes, checked.
fn addr_of(name: &str, vaddr: u64, len: u64) -> Result<u64, String> {
    vaddr
        .checked_add(len)
        .and_then(|end| end.checked_add(BIAS))
        .filter(|&end| end < layout::MAX_IMAGE)
        .map(|_| vaddr + BIAS)
        .ok_or_else(|| format!("{name}: address {vaddr:#x} (+{len:#x} bytes) is outside the supported image"))
}

fn place_segments(name: &str, file: &object::File<'_>, shared: &mut Shared) -> Result<(), String> {
    let mut any = false;
    for seg in file.segments() {
        let start = addr_of(name, seg.address(), seg.size())?;
        let end = start + seg.size();
        let data = seg.data().map_err(|e| format!("{name}: segment at {:#x}: {e}", seg.address()))?;
        if data.len() as u64 > seg.size() {
            return Err(format!("{name}: segment at {:#x}: file size exceeds memory size", seg.address()));
        }
        let need = (end - BIAS) as usize;
        if shared.bytes.len() < need {
            shared.bytes.resize(need, 0);
        }
        let off = (start - BIAS) as usize;
        shared.bytes[off..off + data.len()].copy_from_slice(data);
        shared.end = shared.end.max(end);
        any = true;
    }
    if !any {
        return Err(format!("{name}: no loadable segments"));
    }
    Ok(())
}

fn symbols(name: &str, file: &object::File<'_>, shared: &mut Shared) -> Result<(), String> {
    let table = file.symbol_table().filter(|t| t.symbols().next().is_some()).or_else(|| file.dynamic_symbol_table());
    let Some(table) = table else { return Err(format!("{name}: no symbol table")) };
    let mut seen = std::collections::HashSet::new();
    for sym in table.symbols() {
        if sym.is_undefined() || sym.section_index().is_none() {
            continue;
        }
        let sname = sym.name().map_err(|e| format!("{name}: symbol {}: {e}", sym.index().0))?;
        let addr = addr_of(name, sym.address(), sym.size())?;
        if sym.is_global() && !sname.is_empty() {
            shared.globals.push((sname.to_string(), addr));
        }
        if sym.kind() == SymbolKind::Text && sym.size() > 0 && seen.insert(addr) {
            let f = FuncSym { name: sname.to_string(), addr, size: sym.size(), global: sym.is_global(), object: 0 };
            shared.funcs.push(f);
        }
    }
    Ok(())
}

fn relocations(name: &str, file: &object::File<'_>, shared: &mut Shared) -> Result<(), String> {
    let Some(relocs) = file.dynamic_relocations() else { return Ok(()) };
    let dynsym = file.dynamic_symbol_table();
    for (offset, rel) in relocs {
        let RelocationFlags::Elf { r_type } = rel.flags() else { continue };
        let place = addr_of(name, offset, 8).map_err(|e| format!("{e} (dynamic relocation)"))?;
        if place + 8 > shared.end {
            return Err(format!("{name}: dynamic relocation at {offset:#x} lies outside the loadable segments"));
        }
        let value = match r_type {
            elf::R_X86_64_RELATIVE => DynValue::Address(BIAS.wrapping_add(rel.addend() as u64)),
            elf::R_X86_64_GLOB_DAT | elf::R_X86_64_JUMP_SLOT | elf::R_X86_64_64 => {
                let RelocationTarget::Symbol(index) = rel.target() else {
                    return Err(format!("{name}: dynamic relocation at {offset:#x} has no symbol"));
                };
                let sym = dynsym.as_ref().and_then(|t| t.symbol_by_index(index).ok()).ok_or_else(|| {
                    format!("{name}: dynamic relocation at {offset:#x}: bad symbol index {}", index.0)
                })?;
                let sname = sym.name().map_err(|e| format!("{name}: dynamic relocation at {offset:#x}: {e}"))?;
                let defined = if sym.is_undefined() { None } else { Some(BIAS.wrapping_add(sym.address())) };
                let addend = if r_type == elf::R_X86_64_64 { rel.addend() } else { 0 };
                DynValue::Symbol { name: sname.to_string(), defined, weak: sym.is_weak(), addend }
            }
            elf::R_X86_64_NONE => continue,
            other => {
                return Err(format!("{name}: unsupported dynamic relocation type {other} at {offset:#x}"));
            }
        };
        shared.relocs.push(DynReloc { place, value });
    }
    Ok(())
}

/// PLT entries: `jmp qword [rip + slot]` in `.plt`, `.plt.sec` or `.plt.got`, starting at the
/// jump or at an `endbr64` right before it.
fn plt_stubs(file: &object::File<'_>, shared: &mut Shared) {
    for sec in file.sections() {
        if !matches!(sec.name(), Ok(".plt" | ".plt.sec" | ".plt.got")) {
            continue;
        }
        let Ok(data) = sec.data() else { continue };
        let base = BIAS.wrapping_add(sec.address());
        let mut decoder = Decoder::with_ip(64, data, base, DecoderOptions::NONE);
        while decoder.can_decode() {
            let ins = decoder.decode();
            if ins.mnemonic() != Mnemonic::Jmp || !ins.is_ip_rel_memory_operand() {
                continue;
            }
            let off = (ins.ip() - base) as usize;
            let endbr = off >= 4 && data.get(off - 4..off) == Some(&[0xf3, 0x0f, 0x1e, 0xfa][..]);
            let stub = if endbr { ins.ip() - 4 } else { ins.ip() };
            shared.plt.push((stub, ins.ip_rel_memory_address()));
        }
    }
}
