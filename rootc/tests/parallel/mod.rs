//! Shared by the corpus tests (`mod parallel;`): running one check per corpus program on a few
//! threads, since each program runs alone in its own `rootc` process or VM and the corpora grow.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How many programs run at once: the machine's parallelism, at least 2 and at most 4.
fn workers() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(2, 4)
}

/// `check` applied to every item, on `workers()` threads; the results in the items' order.
pub fn map<T: Sync, R: Send>(items: &[T], check: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::with_capacity(items.len()));
    std::thread::scope(|s| {
        for _ in 0..workers().min(items.len()) {
            s.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(index) else { break };
                    let result = check(item);
                    results.lock().unwrap_or_else(|e| e.into_inner()).push((index, result));
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.sort_by_key(|(index, _)| *index);
    results.into_iter().map(|(_, r)| r).collect()
}
