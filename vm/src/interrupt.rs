//! Interrupting a running call from another thread.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

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
    pub(crate) flag: Arc<AtomicBool>,
}

impl InterruptHandle {
    /// Asks the VM's running call (or, if none runs, its next call) to stop with
    /// [`crate::TrapKind::Interrupted`].
    pub fn interrupt(&self) {
        self.flag.store(true, Ordering::Relaxed);
    }
}
