//! Which functions of a shared object to lift: those the exports reach.
//!
//! A library such as libz holds code we cannot lift (or need not); only what the requested
//! exports reach is lifted. Edges: direct calls and jumps out of a function (through PLT
//! stubs to the function their GOT slot holds), and RIP-relative references to a function
//! start or to a GOT slot holding one (an address taken, a `call [rip + slot]`). Targets
//! without a symbol (a stripped library's static functions) are found here too: their extent
//! is what a recursive descent from the entry reaches, up to the next known function.
//!
//! Functions whose address a table in data holds (a dynamic relocation writes a pointer into
//! code) are *weak* when reached code refers to the table: the nearest RIP-relative reference
//! at or below the pointer's place, in the same section (`lea rax, [rip + ops]` for `ops[k]`).
//! They and what they reach are lifted when they can be; one that cannot becomes a stub that
//! traps when called, so it is an error only when reached. Tables nothing reached refers to
//! (`.init_array`, libz's `configuration_table` when only checksums are exported) are not
//! followed. Everything the exports
//! reach directly is *strong*: failing to lift it, or a call to a symbol neither the library
//! nor the C runtime defines, is a translation error naming the symbol.

use crate::elf::{FuncSym, Image, Slot};
use crate::lift;
use iced_x86::{Decoder, DecoderOptions, Instruction, Mnemonic, OpKind};
use std::collections::{BTreeMap, BTreeSet};

/// The functions to lift.
#[derive(Debug, Default)]
pub struct Selection {
    /// Every selected function, by address.
    pub funcs: Vec<FuncSym>,
    /// Addresses of the weak ones (an unliftable weak function becomes a trap).
    pub weak: BTreeSet<u64>,
}

/// Selects what `roots` reach (strongly), then what the function pointers of the tables that
/// reached code refers to reach (weakly).
pub fn select(image: &Image, roots: &[u64]) -> Result<Selection, String> {
    let mut walk = Walk { image, chosen: BTreeMap::new(), refs: BTreeSet::new(), errors: Vec::new() };
    walk.run(roots, false);
    if !walk.errors.is_empty() {
        walk.errors.sort();
        walk.errors.dedup();
        return Err(walk.errors.join("\n"));
    }
    // A pointer into code stored at `place` belongs to a table that reached code refers to when
    // the nearest RIP-relative reference at or below `place` lies in the same section.
    let mut used = BTreeSet::new();
    loop {
        let mut roots = Vec::new();
        for &(place, target) in &image.code_ptrs {
            let Some(&(start, _)) = image.sections.iter().find(|&&(s, e)| place >= s && place < e) else { continue };
            if walk.refs.range(start..=place).next_back().is_some() && used.insert(place) {
                roots.push(target);
            }
        }
        if roots.is_empty() {
            break;
        }
        walk.run(&roots, true);
    }
    let weak = walk.chosen.iter().filter(|(_, (_, w))| *w).map(|(&a, _)| a).collect();
    Ok(Selection { funcs: walk.chosen.into_values().map(|(f, _)| f).collect(), weak })
}

struct Walk<'a> {
    image: &'a Image,
    /// Address → (function, weak).
    chosen: BTreeMap<u64, (FuncSym, bool)>,
    /// Every RIP-relative address the chosen functions refer to.
    refs: BTreeSet<u64>,
    errors: Vec<String>,
}

impl Walk<'_> {
    fn run(&mut self, roots: &[u64], weak: bool) {
        let mut work: Vec<u64> = roots.to_vec();
        while let Some(addr) = work.pop() {
            if self.chosen.contains_key(&addr) {
                continue;
            }
            let Some(f) = self.image.funcs.get(&addr).cloned().or_else(|| discover(self.image, addr)) else {
                continue;
            };
            self.chosen.insert(addr, (f.clone(), weak));
            let insts = match lift::decode(self.image, &f) {
                Ok(insts) => insts,
                Err(e) => {
                    if !weak {
                        self.errors.push(e);
                    }
                    continue;
                }
            };
            for ins in &insts {
                if ins.is_ip_rel_memory_operand() {
                    self.refs.insert(ins.ip_rel_memory_address());
                }
                for edge in edges(self.image, &f, ins) {
                    match edge {
                        Ok(t) if self.image.funcs.contains_key(&t) || self.image.is_code(t) => work.push(t),
                        Ok(_) => {}
                        Err(name) if !weak => self.errors.push(format!(
                            "`{name}` (used by {} at {:#x}) is defined neither by the library nor by the C runtime",
                            f.name,
                            ins.ip()
                        )),
                        Err(_) => {}
                    }
                }
            }
        }
    }
}

/// The functions one instruction may reach (`Err`: an undefined symbol).
fn edges(image: &Image, f: &FuncSym, ins: &Instruction) -> Vec<Result<u64, String>> {
    let mut out = Vec::new();
    if ins.op0_kind() == OpKind::NearBranch64 {
        let t = ins.near_branch_target();
        if t < f.addr || t >= f.addr + f.size {
            out.push(image.call_target(t));
        }
    }
    if ins.is_ip_rel_memory_operand() {
        let a = ins.ip_rel_memory_address();
        if image.funcs.contains_key(&a) {
            out.push(Ok(a));
        }
        match image.slots.get(&a) {
            Some(Slot::Value(v)) if *v != 0 => out.push(Ok(*v)),
            Some(Slot::Missing(name)) => out.push(Err(name.clone())),
            _ => {}
        }
    }
    out
}

/// A function without a symbol at `addr`: what a recursive descent reaches from it, up to the
/// next known function or the end of its executable range.
fn discover(image: &Image, addr: u64) -> Option<FuncSym> {
    let &(_, text_end) = image.text.iter().find(|&&(s, e)| addr >= s && addr < e)?;
    let limit = image.funcs.range(addr + 1..).next().map_or(text_end, |(&a, _)| a.min(text_end));
    let bytes = image.slice(addr, limit - addr)?;
    let mut seen = BTreeSet::new();
    let mut work = vec![addr];
    let mut end = addr;
    while let Some(at) = work.pop() {
        if at < addr || at >= limit || !seen.insert(at) {
            continue;
        }
        let mut decoder = Decoder::with_ip(64, &bytes[(at - addr) as usize..], at, DecoderOptions::NONE);
        let ins = decoder.decode();
        if ins.is_invalid() {
            continue;
        }
        end = end.max(ins.next_ip());
        let m = ins.mnemonic();
        if ins.op0_kind() == OpKind::NearBranch64 && m != Mnemonic::Call {
            work.push(ins.near_branch_target());
        }
        if m == Mnemonic::Jmp && ins.op0_kind() != OpKind::NearBranch64 {
            // An indirect jump (a switch): its targets may lie anywhere up to the limit.
            end = limit;
        }
        if !matches!(m, Mnemonic::Jmp | Mnemonic::Ret | Mnemonic::Ud2 | Mnemonic::Hlt) {
            work.push(ins.next_ip());
        }
    }
    (end > addr).then(|| FuncSym { name: format!("sub_{addr:x}"), addr, size: end - addr, global: false, object: 0 })
}
