//! Limits of a VM.

/// The limits every run of a [`crate::Vm`] obeys. Each ends the run with a trap that names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// Instruction budget for each call from the host; `None` for no limit.
    /// Fuel is charged once per basic block entered, by the block's instruction count.
    pub fuel: Option<u64>,
    /// The deepest guest call stack allowed.
    pub max_call_depth: usize,
    /// The most linear memory one module may have, in bytes.
    pub max_memory: u64,
    /// The most memory the guest call stack's registers may take, in bytes.
    pub max_stack_bytes: usize,
    /// The most bytes the heap's objects may take (see `docs/gc.md` for what an object costs);
    /// an allocation beyond it after a collection traps with out of memory.
    pub max_heap_bytes: u64,
    /// Compile each function on its first call (the default) instead of every function at
    /// load. Either way a module is verified entirely at load.
    pub lazy_compile: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            fuel: None,
            max_call_depth: 100_000,
            max_memory: 1 << 30,
            max_stack_bytes: 256 << 20,
            max_heap_bytes: 1 << 30,
            lazy_compile: true,
        }
    }
}
