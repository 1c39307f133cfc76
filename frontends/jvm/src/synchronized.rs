//! `synchronized` methods (`ACC_SYNCHRONIZED`, JVMS 2.11.10): the method takes the monitor of
//! `this` (a static one: of its class's `Class` object) before its first instruction and gives
//! it back on every return and when an exception leaves it.
//!
//! The translation is what javac emits for a `synchronized` block around the whole body: a
//! prologue (`monitorEnter` of the object, kept in a scratch local), a `monitorExit` before
//! every return, and a catch-all handler, the last of the method's handler table, covering the
//! body and the other handlers' dispatchers, that exits the monitor and throws the exception on.
//! Monitors exist only when the program has threads (the library's `Thread` is in it, see
//! `libcalls::monitor`); otherwise a `synchronized` method is translated like any other, and a
//! method that is not `synchronized` costs nothing.

use crate::lower::Method;
use vstarr::stack::Handler;

/// The scratch local holding the monitor object of a `synchronized` method.
const MONITOR: u32 = 900;
/// The scratch local holding the exception on its way out of a `synchronized` method.
const LEAVING: u32 = 901;

impl Method<'_> {
    /// Whether the method being translated takes a monitor.
    pub fn holds_monitor(&self) -> bool {
        self.def.is_synchronized && crate::libcalls::monitors_modelled(self.p)
    }

    /// The prologue of a `synchronized` method: takes the monitor (nothing for other methods).
    pub fn enter_method_monitor(&mut self) -> Result<(), String> {
        if !self.holds_monitor() {
            return Ok(());
        }
        if self.def.is_static {
            let class = self.class.name.clone();
            let literal = crate::reflect::literal(self.p, &class)
                .map_err(|e| format!("static synchronized method without java.lang.Class: {e}"))?;
            self.e.call(literal)?;
        } else {
            let this = self.e.local(0, rootir::Type::Ref);
            self.e.load(this);
        }
        let monitor = self.e.scratch(MONITOR, rootir::Type::Ref);
        self.e.shuffle(vstarr::stack::Shuffle::Dup)?;
        self.e.store(monitor)?;
        crate::libcalls::monitor(self, true)
    }

    /// Before a return of a `synchronized` method: gives the monitor back.
    pub fn exit_method_monitor(&mut self) -> Result<(), String> {
        if !self.holds_monitor() {
            return Ok(());
        }
        let monitor = self.e.scratch(MONITOR, rootir::Type::Ref);
        self.e.load(monitor);
        crate::libcalls::monitor(self, false)
    }

    /// After the dispatchers: the catch-all handler of a `synchronized` method, covering the
    /// instructions from `body` (the first after the prologue) to here.
    pub fn method_monitor_handler(&mut self, body: u32) -> Result<Option<Handler>, String> {
        if !self.holds_monitor() {
            return Ok(None);
        }
        let here = self.e.code.len() as u32;
        self.e.stack = vec![rootir::Type::Ref];
        self.call_runtime("$java_exc")?;
        let leaving = self.e.scratch(LEAVING, rootir::Type::Ref);
        self.e.store(leaving)?;
        self.exit_method_monitor()?;
        self.e.load(leaving);
        self.e.throw()?;
        Ok((body < here).then_some(Handler { start: body, end: here, handler: here }))
    }
}
