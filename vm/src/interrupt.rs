//! Interrupting a running call from another thread.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// A handle that stops the calls of one [`crate::Vm`] from any thread: `Send + Sync + Clone`.
///
/// [`InterruptHandle::interrupt`] sets a flag that the interpreter checks at every guest call and
/// every backward branch, so even an endless loop without fuel stops promptly with a
/// [`crate::TrapKind::Interrupted`] trap. The flag is cleared when that trap is raised; an
/// interrupt requested while no call runs stops the next call at its first check.
///
/// ```
/// use rootvm::{Config, TrapKind, Vm};
/// let src = "module spin\nexport @main\nfunc @main() {\nb0:\n  br b0\n}\n";
/// let mut vm = Vm::new(Config::default());
/// vm.load(rootir::text::parse(src, "spin.rir").unwrap()).unwrap();
/// let handle = vm.interrupt_handle();
/// let watchdog = std::thread::spawn(move || {
///     std::thread::sleep(std::time::Duration::from_millis(20));
///     handle.interrupt();
/// });
/// let trap = vm.call("spin", "main", &[]).unwrap_err();
/// assert_eq!(trap.kind, TrapKind::Interrupted);
/// watchdog.join().unwrap();
/// ```
#[derive(Clone, Debug)]
pub struct InterruptHandle {
    pub(crate) flag: Arc<InterruptFlag>,
}

impl InterruptHandle {
    /// Asks the VM's running call (or, if none runs, its next call) to stop with
    /// [`crate::TrapKind::Interrupted`].
    pub fn interrupt(&self) {
        self.flag.requested.store(true, Ordering::SeqCst);
        self.flag.attention.store(true, Ordering::SeqCst);
        self.flag.frame_limit.store(0, Ordering::SeqCst);
    }
}

/// The state an [`InterruptHandle`] shares with its VM.
///
/// Calls check `frame_limit` instead of a private depth limit, so an interrupt costs them no
/// extra test: the handle drops the limit to 0 and the next call fails the depth check, which
/// then looks at `requested`. Backward branches test `attention`, which is set while an
/// interrupt is requested or green threads are preempted (`exec/preempt.rs`), so neither costs
/// a run without them more than that one test.
#[derive(Debug, Default)]
pub(crate) struct InterruptFlag {
    /// Set by [`InterruptHandle::interrupt`], cleared when the trap is raised.
    pub requested: AtomicBool,
    /// `requested || preempting`: what backward branches test.
    pub attention: AtomicBool,
    /// Whether the run preempts its green threads (set by `std.thread_preempt`).
    pub preempting: AtomicBool,
    /// The frame count at which a call fails: the run's depth limit, or 0 once interrupted.
    pub frame_limit: AtomicUsize,
}

impl InterruptFlag {
    /// Arms the flag for a run whose calls may push frames up to `max_frames`.
    pub fn start_run(&self, max_frames: usize) {
        self.frame_limit.store(max_frames, Ordering::SeqCst);
        // An interrupt that raced with the store above (or came before the run) still wins.
        if self.requested.load(Ordering::SeqCst) {
            self.frame_limit.store(0, Ordering::SeqCst);
        }
        self.set_preempting(false);
    }

    /// Turns preemption on or off (backward branches then test true, or only on an interrupt).
    pub fn set_preempting(&self, on: bool) {
        self.preempting.store(on, Ordering::SeqCst);
        self.refresh();
    }

    /// Recomputes `attention`. An interrupt that races with this still sets it: the handle stores
    /// `requested` before `attention`, and the load below follows the store of the first line.
    fn refresh(&self) {
        self.attention.store(self.preempting.load(Ordering::SeqCst), Ordering::SeqCst);
        if self.requested.load(Ordering::SeqCst) {
            self.attention.store(true, Ordering::SeqCst);
        }
    }

    /// Whether an interrupt is pending (the interpreter's hot check).
    #[inline(always)]
    pub fn is_requested(&self) -> bool {
        self.requested.load(Ordering::Relaxed)
    }

    /// Consumes a pending interrupt; the VM's later runs re-arm `frame_limit`.
    pub fn clear(&self) {
        self.requested.store(false, Ordering::SeqCst);
        self.refresh();
    }
}
