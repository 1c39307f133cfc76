//! Linking ELF relocatable objects into one image of the module's linear memory.
//!
//! Every allocated section of every object gets an address (text too, so function pointers
//! are ordinary addresses); relocations are applied to the section bytes; symbols referenced
//! through the GOT get a slot; undefined symbols resolve to another object's global symbol,
//! to a host hook (`__rootvm_*`, given a small address below the image), or are reported.

use crate::dynamic::{DynValue, Shared};
use crate::layout::{self, Layout};
use object::{Object, ObjectSection, ObjectSymbol, RelocationFlags, RelocationTarget, SectionKind, SymbolKind};
use std::collections::{BTreeMap, HashMap};

/// A function symbol of the image.
#[derive(Clone, Debug)]
pub struct FuncSym {
    /// Its name (unique in the image: a static of a second object gets a `.N` suffix).
    pub name: String,
    /// Its address.
    pub addr: u64,
    /// Its size in bytes.
    pub size: u64,
    /// Whether it is global.
    pub global: bool,
    /// The object it comes from (0 = the program).
    pub object: usize,
}

/// The linked image.
#[derive(Debug)]
pub struct Image {
    /// Bytes of the image from [`layout::BASE`] (sections with their relocations applied;
    /// `.bss` as zeros).
    pub bytes: Vec<u8>,
    /// Function symbols by address.
    pub funcs: BTreeMap<u64, FuncSym>,
    /// Host hooks by their address.
    pub hooks: BTreeMap<u64, String>,
    /// Addresses of executable ranges `[start, end)`.
    pub text: Vec<(u64, u64)>,
    /// Every address a relocation points at that lies in an executable section (jump-table
    /// and function-pointer candidates).
    pub code_refs: Vec<u64>,
    /// Where the memory regions are.
    pub layout: Layout,
    /// Pointer slots a shared object's dynamic relocations fill (GOT entries): what each holds.
    pub slots: BTreeMap<u64, Slot>,
    /// A shared object's PLT stubs: stub address → the GOT slot it jumps through.
    pub plt: BTreeMap<u64, u64>,
    /// A shared object's pointers into code that its dynamic relocations write: (place, target).
    pub code_ptrs: Vec<(u64, u64)>,
    /// A shared object's allocated sections `[start, end)`.
    pub sections: Vec<(u64, u64)>,
}

/// What a shared object's pointer slot holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slot {
    /// The address of a symbol (0 for a weak reference nothing defines).
    Value(u64),
    /// A symbol neither the object nor the C runtime defines.
    Missing(String),
}

impl Image {
    /// `len` bytes at `addr`, if inside the image.
    pub fn slice(&self, addr: u64, len: u64) -> Option<&[u8]> {
        let start = addr.checked_sub(layout::BASE)? as usize;
        self.bytes.get(start..start.checked_add(len as usize)?)
    }

    /// The little-endian `u32` at `addr`.
    pub fn read_u32(&self, addr: u64) -> Option<u32> {
        self.slice(addr, 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// The little-endian `u64` at `addr`.
    pub fn read_u64(&self, addr: u64) -> Option<u64> {
        self.slice(addr, 8).map(|b| u64::from_le_bytes(b.try_into().unwrap_or([0; 8])))
    }

    /// Where a call to `addr` goes: through a PLT stub to the function its slot holds, or to
    /// `addr` itself. `Err` names the undefined symbol behind a stub.
    pub fn call_target(&self, addr: u64) -> Result<u64, String> {
        match self.plt.get(&addr).and_then(|slot| self.slots.get(slot)) {
            Some(Slot::Value(v)) => Ok(*v),
            Some(Slot::Missing(name)) => Err(name.clone()),
            None => Ok(addr),
        }
    }

    /// Whether `addr` is in an executable section.
    pub fn is_code(&self, addr: u64) -> bool {
        self.text.iter().any(|&(s, e)| addr >= s && addr < e)
    }
}

/// Host hooks a C runtime may call, by symbol name: the `std` import and its signature.
pub const HOOKS: &[&str] = &[
    "__rootvm_put_byte",
    "__rootvm_eput_byte",
    "__rootvm_exit",
    "__rootvm_arg_count",
    "__rootvm_arg_len",
    "__rootvm_arg_byte",
    "__rootvm_clock_ns",
    STACK_OVERFLOW_HOOK,
];

/// The hook the lifted code's stack check calls before trapping (`std.stack_overflow`, which
/// ends the run with the trap message "stack overflow").
pub const STACK_OVERFLOW_HOOK: &str = "__rootvm_stack_overflow";

struct Placed {
    /// Section index → address.
    sections: HashMap<usize, u64>,
}

/// Links objects (`(name, bytes)`, the program first) into an image. With a `shared` object,
/// that is the program (object 0, placed first at its virtual addresses) and `objects` follow.
pub fn link(shared: Option<&Shared>, objects: &[(String, &[u8])], stack_size: u64) -> Result<Image, String> {
    let files = objects.iter().map(|(name, bytes)| parse(name, bytes)).collect::<Result<Vec<_>, _>>()?;
    let first = usize::from(shared.is_some());
    let mut cursor = shared.map_or(layout::BASE, |s| s.end.div_ceil(4096) * 4096);
    let mut placed = Vec::new();
    let mut text = shared.map_or(Vec::new(), |s| s.text.clone());
    let mut data_len = cursor - layout::BASE;
    for (file, (name, _)) in files.iter().zip(objects) {
        let mut sections = HashMap::new();
        for sec in file.sections() {
            if !is_alloc(&sec) {
                continue;
            }
            let align = sec.align().clamp(1, 4096);
            cursor = cursor.div_ceil(align) * align;
            sections.insert(sec.index().0, cursor);
            if sec.kind() == SectionKind::Text {
                text.push((cursor, cursor + sec.size()));
            }
            cursor = cursor
                .checked_add(sec.size())
                .filter(|&c| c < layout::MAX_IMAGE)
                .ok_or_else(|| format!("{}: section {}: sections too large", name, sec.name().unwrap_or("?")))?;
            data_len = cursor - layout::BASE;
        }
        placed.push(Placed { sections });
    }
    let mut bytes = vec![0u8; data_len as usize];
    if let Some(s) = shared {
        bytes[..s.bytes.len()].copy_from_slice(&s.bytes);
    }
    for ((file, p), (name, _)) in files.iter().zip(&placed).zip(objects) {
        for sec in file.sections() {
            if let (
                Some(&addr),
                SectionKind::Text | SectionKind::Data | SectionKind::ReadOnlyData | SectionKind::ReadOnlyString,
            ) = (p.sections.get(&sec.index().0), sec.kind())
            {
                let data = sec.data().map_err(|e| format!("{name}: section {}: {e}", sec.name().unwrap_or("?")))?;
                let start = (addr - layout::BASE) as usize;
                let n = data.len().min(sec.size() as usize);
                bytes[start..start + n].copy_from_slice(&data[..n]);
            }
        }
    }
    // Global symbols and functions.
    let mut globals: HashMap<String, u64> = HashMap::new();
    let mut funcs = BTreeMap::new();
    let mut names: HashMap<String, usize> = HashMap::new();
    let mut program_defines: std::collections::HashSet<String> = std::collections::HashSet::new();
    if let Some(s) = shared {
        for (name, addr) in &s.globals {
            globals.entry(name.clone()).or_insert(*addr);
            program_defines.insert(name.clone());
        }
        for f in &s.funcs {
            names.insert(f.name.clone(), 1);
            funcs.insert(f.addr, f.clone());
        }
    }
    for (oi, (file, p)) in files.iter().zip(&placed).enumerate() {
        let oi = oi + first;
        for sym in file.symbols() {
            let Some(addr) = sym_addr(&sym, p) else { continue };
            let name = sym.name().unwrap_or("").to_string();
            if sym.is_global() && !name.is_empty() {
                // The program (object 0) may define what the runtime defines: its own wins.
                match globals.get(&name) {
                    Some(_) if oi > 0 && program_defines.contains(&name) => {}
                    Some(_) => return Err(format!("symbol `{name}` is defined twice ({})", objects[oi - first].0)),
                    None => {
                        if oi == 0 {
                            program_defines.insert(name.clone());
                        }
                        globals.insert(name.clone(), addr);
                    }
                }
            }
            if sym.kind() == SymbolKind::Text && sym.size() > 0 {
                let n = names.entry(name.clone()).or_insert(0);
                *n += 1;
                let unique = if *n == 1 { name } else { format!("{name}.{n}") };
                let f = FuncSym { name: unique, addr, size: sym.size(), global: sym.is_global(), object: oi };
                funcs.insert(addr, f);
            }
        }
    }
    let layout = layout::Layout::new(cursor, stack_size)?;
    let hooks: BTreeMap<u64, String> =
        HOOKS.iter().enumerate().map(|(i, h)| (layout::HOOK_BASE + 16 * i as u64, h.to_string())).collect();
    let resolve_global = |name: &str| -> Option<u64> {
        if let Some(&a) = globals.get(name) {
            return Some(a);
        }
        match name {
            "__rootvm_heap_start" => return Some(layout.heap_start),
            "__rootvm_heap_end" => return Some(layout.heap_end),
            _ => {}
        }
        hooks.iter().find(|(_, h)| *h == name).map(|(&a, _)| a)
    };
    // Relocations: GOT slots live in a region after the sections.
    let mut got: HashMap<u64, u64> = HashMap::new();
    let mut got_bytes: Vec<u8> = Vec::new();
    let got_base = layout.got;
    let mut code_refs = Vec::new();
    let mut undefined = Vec::new();
    for (oi, (file, p)) in files.iter().zip(&placed).enumerate() {
        let oi = oi + first;
        for sec in file.sections() {
            let Some(&base) = p.sections.get(&sec.index().0) else { continue };
            let sname = sec.name().unwrap_or("?");
            let oname = &objects[oi - first].0;
            for (offset, rel) in sec.relocations() {
                let at = || format!("{oname}: relocation of section {sname} at offset {offset:#x}");
                let target = match rel.target() {
                    RelocationTarget::Symbol(si) => {
                        let sym = file.symbol_by_index(si).map_err(|e| format!("{}: symbol {}: {e}", at(), si.0))?;
                        match sym_addr(&sym, p) {
                            Some(a) => a,
                            None => {
                                let name = sym.name().unwrap_or("");
                                match resolve_global(name) {
                                    Some(a) => a,
                                    None => {
                                        let name =
                                            if name.is_empty() { format!("symbol #{}", si.0) } else { name.into() };
                                        undefined.push(format!("`{name}` (used by {oname})"));
                                        continue;
                                    }
                                }
                            }
                        }
                    }
                    RelocationTarget::Section(si) => {
                        *p.sections.get(&si.0).ok_or_else(|| format!("{}: against an unplaced section", at()))?
                    }
                    _ => return Err(format!("{}: unsupported relocation target", at())),
                };
                let RelocationFlags::Elf { r_type } = rel.flags() else {
                    return Err(format!("{}: not an ELF relocation", at()));
                };
                let place = base.checked_add(offset).ok_or_else(|| format!("{}: the offset overflows", at()))?;
                let s_a = target.wrapping_add(rel.addend() as u64);
                if text.iter().any(|&(s, e)| s_a >= s && s_a < e) {
                    code_refs.push(s_a);
                }
                let (value, size): (u64, usize) = match r_type {
                    object::elf::R_X86_64_64 => (s_a, 8),
                    object::elf::R_X86_64_PC32 | object::elf::R_X86_64_PLT32 => (s_a.wrapping_sub(place), 4),
                    object::elf::R_X86_64_32 | object::elf::R_X86_64_32S => (s_a, 4),
                    object::elf::R_X86_64_PC64 => (s_a.wrapping_sub(place), 8),
                    object::elf::R_X86_64_GOTPCREL
                    | object::elf::R_X86_64_GOTPCRELX
                    | object::elf::R_X86_64_REX_GOTPCRELX => {
                        let slot = *got.entry(target).or_insert_with(|| {
                            let slot = got_base + got_bytes.len() as u64;
                            got_bytes.extend_from_slice(&target.to_le_bytes());
                            slot
                        });
                        (slot.wrapping_add(rel.addend() as u64).wrapping_sub(place), 4)
                    }
                    other => {
                        return Err(format!("{}: unsupported relocation type {other}", at()));
                    }
                };
                let start =
                    place.checked_sub(layout::BASE).ok_or_else(|| format!("{}: outside the image", at()))? as usize;
                let dst = bytes
                    .get_mut(start..start + size)
                    .ok_or_else(|| format!("{} (address {place:#x}): outside the section", at()))?;
                dst.copy_from_slice(&value.to_le_bytes()[..size]);
            }
        }
    }
    if !undefined.is_empty() {
        undefined.sort();
        undefined.dedup();
        return Err(format!(
            "undefined symbols (no definition in the program or the runtime): {}",
            undefined.join(", ")
        ));
    }
    if got_bytes.len() as u64 > layout::GOT_SIZE {
        return Err("too many GOT slots".into());
    }
    let got_off = (got_base - layout::BASE) as usize;
    bytes.resize(got_off, 0);
    bytes.extend_from_slice(&got_bytes);
    let (mut slots, mut plt, mut code_ptrs, mut sections) = (BTreeMap::new(), BTreeMap::new(), Vec::new(), Vec::new());
    if let Some(s) = shared {
        slots = apply_dynamic(s, &resolve_global, &mut bytes, &mut code_ptrs, &text);
        plt = s.plt.iter().filter(|(_, slot)| slots.contains_key(slot)).copied().collect();
        code_refs.extend(code_ptrs.iter().map(|&(_, target)| target));
        sections = s.sections.clone();
    }
    Ok(Image { bytes, funcs, hooks, text, code_refs, layout, slots, plt, code_ptrs, sections })
}

/// Writes a shared object's dynamic relocations into `bytes`; returns what each symbol slot
/// holds, and adds (place, value) of every value pointing into code to `code_ptrs`. Symbols
/// the object does not define resolve to the runtime's (`resolve`).
fn apply_dynamic(
    shared: &Shared,
    resolve: &dyn Fn(&str) -> Option<u64>,
    bytes: &mut [u8],
    code_ptrs: &mut Vec<(u64, u64)>,
    text: &[(u64, u64)],
) -> BTreeMap<u64, Slot> {
    let mut slots = BTreeMap::new();
    for r in &shared.relocs {
        let value = match &r.value {
            DynValue::Address(a) => *a,
            DynValue::Symbol { name, defined, weak, addend } => {
                let slot = match defined.or_else(|| resolve(name)) {
                    Some(a) => Slot::Value(a.wrapping_add(*addend as u64)),
                    None if *weak => Slot::Value(0),
                    None => Slot::Missing(name.clone()),
                };
                let v = if let Slot::Value(v) = slot { v } else { 0 };
                slots.insert(r.place, slot);
                v
            }
        };
        if text.iter().any(|&(s, e)| value >= s && value < e) {
            code_ptrs.push((r.place, value));
        }
        // `dynamic::load` checked that every place lies inside the object's segments.
        let start = (r.place - layout::BASE) as usize;
        if let Some(dst) = bytes.get_mut(start..start + 8) {
            dst.copy_from_slice(&value.to_le_bytes());
        }
    }
    slots
}

fn parse<'a>(name: &str, bytes: &'a [u8]) -> Result<object::File<'a>, String> {
    let file = std::panic::catch_unwind(|| object::File::parse(bytes))
        .map_err(|_| format!("{name}: the ELF parser failed"))?
        .map_err(|e| format!("{name}: not an ELF file: {e}"))?;
    if file.architecture() != object::Architecture::X86_64 {
        return Err(format!("{name}: not an x86-64 object ({:?})", file.architecture()));
    }
    if file.kind() != object::ObjectKind::Relocatable {
        return Err(format!("{name}: only relocatable objects (gcc -c) are supported, this is {:?}", file.kind()));
    }
    Ok(file)
}

fn is_alloc(sec: &object::Section<'_, '_>) -> bool {
    matches!(
        sec.kind(),
        SectionKind::Text
            | SectionKind::Data
            | SectionKind::ReadOnlyData
            | SectionKind::ReadOnlyString
            | SectionKind::UninitializedData
    ) && sec.size() < layout::MAX_IMAGE
}

fn sym_addr(sym: &object::Symbol<'_, '_>, p: &Placed) -> Option<u64> {
    if sym.is_undefined() {
        return None;
    }
    let index = sym.section_index()?;
    let base = *p.sections.get(&index.0)?;
    Some(base.wrapping_add(sym.address()))
}
