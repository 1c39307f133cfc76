//! Which locals live into exception handlers. An exception edge has no place for moves: the
//! handler sees the registers as the raising instruction left them. So a local live at a
//! handler's start is *pinned*: it gets one register for the whole function, every store to
//! it writes that register and every load reads it (no SSA renaming), and the handler reads
//! it there. The other locals are SSA variables as usual; nothing else is live into a handler
//! (it starts with the exception alone on the stack).
//!
//! Liveness over the stack CFG, with the exception edges: a block's live-in includes its
//! handler's live-in (an exception may leave the block before any of its stores).

use crate::cfg::Cfg;
use crate::stack::{StackFunction, StackInst};
use std::collections::BTreeSet;

/// The locals live at the start of some handler, in increasing order.
pub fn pinned_locals(func: &StackFunction, cfg: &Cfg) -> Vec<u32> {
    if !cfg.blocks.iter().any(|b| b.is_handler) {
        return Vec::new();
    }
    let n = cfg.blocks.len();
    // Locals read before written (use) and written (def), per block.
    let mut uses: Vec<BTreeSet<u32>> = vec![BTreeSet::new(); n];
    let mut defs: Vec<BTreeSet<u32>> = vec![BTreeSet::new(); n];
    for (b, block) in cfg.blocks.iter().enumerate() {
        for inst in &func.code[block.start as usize..block.end as usize] {
            match inst {
                StackInst::Load(l) if !defs[b].contains(l) => {
                    uses[b].insert(*l);
                }
                StackInst::Store(l) => {
                    defs[b].insert(*l);
                }
                _ => {}
            }
        }
    }
    let mut live_in: Vec<BTreeSet<u32>> = uses.clone();
    let mut changed = true;
    while changed {
        changed = false;
        for b in (0..n).rev() {
            let block = &cfg.blocks[b];
            let mut live: BTreeSet<u32> = BTreeSet::new();
            for &s in &block.succs {
                live.extend(&live_in[s]);
            }
            live.retain(|l| !defs[b].contains(l));
            live.extend(&uses[b]);
            if let Some(h) = block.handler {
                live.extend(&live_in[h]);
            }
            if live != live_in[b] {
                live_in[b] = live;
                changed = true;
            }
        }
    }
    let mut pinned = BTreeSet::new();
    for (b, block) in cfg.blocks.iter().enumerate() {
        if block.is_handler {
            pinned.extend(&live_in[b]);
        }
    }
    pinned.into_iter().collect()
}
