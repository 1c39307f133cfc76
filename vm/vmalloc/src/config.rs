//! Heap configuration.

/// The environment variable that turns on stress mode when set to `1`.
pub const GC_STRESS_ENV: &str = "ROOTVM_GC_STRESS";

/// How a [`crate::Heap`] is sized and collected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeapConfig {
    /// The most bytes live objects may take (object-table entries included). An allocation
    /// that would exceed it after a collection fails with `OutOfMemory`.
    pub limit_bytes: u64,
    /// The collector first runs when this many bytes are in use; afterwards when the bytes in
    /// use reach twice what survived the last collection (but never fewer than this).
    pub min_trigger_bytes: u64,
    /// Collect at every allocation. `ROOTVM_GC_STRESS=1` also turns it on (read when the heap
    /// is created).
    pub stress: bool,
}

impl Default for HeapConfig {
    fn default() -> HeapConfig {
        HeapConfig { limit_bytes: 1 << 30, min_trigger_bytes: 4 << 20, stress: false }
    }
}

impl HeapConfig {
    /// The default configuration with the given limit.
    pub fn with_limit(limit_bytes: u64) -> HeapConfig {
        HeapConfig { limit_bytes, ..HeapConfig::default() }
    }
}

/// Whether `ROOTVM_GC_STRESS` asks for stress mode.
pub(crate) fn stress_from_env() -> bool {
    std::env::var_os(GC_STRESS_ENV).is_some_and(|v| v == "1")
}
