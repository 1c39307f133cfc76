//! Host functions: typed Rust closures the embedder registers for guest modules to import.

use crate::{HostValue, Trap, Value};
use rootir::{FuncType, Type};

/// The uniform calling shape of every host function: the context, argument slots in, result slots out.
pub(crate) type HostCallback = Box<dyn FnMut(&mut HostCtx<'_>, &[u64], &mut [u64]) -> Result<(), Trap> + Send>;

/// What a host function registered with [`crate::Vm::define_with_ctx`] may see of the guest
/// besides its arguments: the heap, through checked references, and allocation with the run's roots.
pub struct HostCtx<'a> {
    pub(crate) heap: &'a mut vmalloc::Heap,
    pub(crate) roots: &'a dyn vmalloc::Roots,
    pub(crate) stack: crate::exec::StackView<'a>,
    pub(crate) trap_stack: &'a [GuestFrame],
}

/// One guest frame of the stack a host function was called from (see [`HostCtx::guest_stack`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuestFrame {
    /// The function's index in its module.
    pub func: u32,
    /// The source line of the frame's current instruction (the call), 0 if it has none.
    pub line: u32,
    /// Its source column, 0 if it has none.
    pub col: u32,
    /// The byte offset of the current instruction in its unit (e.g. a JVM bytecode offset), 0 if
    /// it has none.
    pub offset: u32,
}

impl HostCtx<'_> {
    /// Holds the `ref` or `any` slot `bits` (e.g. an argument) beyond this call: the object stays
    /// alive until the handle is dropped. Traps if `bits` is a reference to no live object.
    pub fn hold(&self, bits: u64) -> Result<crate::Handle, Trap> {
        self.heap.root_any(bits).map(crate::Handle).map_err(|e| Trap::code(crate::heap_ops::trap_of(e)))
    }

    /// The slot bits of a handle of this VM, to return to the guest as a `ref` or `any` result.
    /// Traps (invalid reference) for a handle of another VM.
    pub fn slot(&self, handle: &crate::Handle) -> Result<u64, Trap> {
        self.heap.resolve(&handle.0).map_err(|e| Trap::code(crate::heap_ops::trap_of(e)))
    }

    /// The text of the string a `ref` argument refers to (lone surrogates become U+FFFD).
    /// Traps (null reference, invalid reference, wrong object kind) if it is not a string.
    pub fn string(&self, r: u64) -> Result<String, Trap> {
        self.heap.string_to_string(vmalloc::Ref::from_bits(r)).map_err(|e| Trap::code(crate::heap_ops::trap_of(e)))
    }

    /// The guest's call stack, innermost frame first: for each frame its function and the source
    /// position of the call it is in (for the innermost frame, the call of this host function).
    /// Language runtimes build their tracebacks from it.
    pub fn guest_stack(&self) -> Vec<GuestFrame> {
        self.stack.frames()
    }

    /// The guest's call stack (innermost frame first, as [`HostCtx::guest_stack`]) where the
    /// last catchable trap of this run happened, when the VM made it a trap object; empty if none
    /// did. Language runtimes turning a trap object into their exception take its frames here.
    pub fn trap_stack(&self) -> &[GuestFrame] {
        self.trap_stack
    }

    /// The heap: language runtimes read and write objects through it (every access is checked).
    pub fn heap(&mut self) -> &mut vmalloc::Heap {
        self.heap
    }

    /// Allocates with `alloc` (e.g. `|h, roots| h.alloc_string("x", roots)`), passing the roots of
    /// the guest's frames, globals and host handles, and returns the new reference's bits. A heap
    /// error (limit reached) becomes its trap. Rooting: a reference the host function holds only in
    /// a Rust variable is not a root, so a later allocation may free it; keep it alive with
    /// [`vmalloc::Heap::root`] or store it into a reachable object first.
    pub fn alloc(
        &mut self,
        alloc: impl FnOnce(&mut vmalloc::Heap, &dyn vmalloc::Roots) -> Result<vmalloc::Ref, vmalloc::HeapError>,
    ) -> Result<u64, Trap> {
        alloc(self.heap, self.roots).map(|r| r.bits()).map_err(|e| Trap::code(crate::heap_ops::trap_of(e)))
    }
}

/// A registered host function.
pub(crate) struct HostFunc {
    /// The module name guests import it from.
    pub module: String,
    /// The export name.
    pub name: String,
    /// Its signature.
    pub sig: FuncType,
    /// The closure.
    pub callback: HostCallback,
}

/// What a host function returns: nothing, one value, a pair, or any of these in a `Result` whose
/// `Err` traps the guest.
pub trait HostResults {
    /// The rootIR result types.
    fn types() -> Vec<Type>;
    /// Writes the results to the result slots (exactly `types().len()` of them).
    fn write(self, out: &mut [u64]) -> Result<(), Trap>;
}

impl HostResults for () {
    fn types() -> Vec<Type> {
        Vec::new()
    }
    fn write(self, _out: &mut [u64]) -> Result<(), Trap> {
        Ok(())
    }
}

impl<T: HostValue> HostResults for T {
    fn types() -> Vec<Type> {
        vec![T::TYPE]
    }
    fn write(self, out: &mut [u64]) -> Result<(), Trap> {
        out[0] = self.to_slot();
        Ok(())
    }
}

impl<A: HostValue, B: HostValue> HostResults for (A, B) {
    fn types() -> Vec<Type> {
        vec![A::TYPE, B::TYPE]
    }
    fn write(self, out: &mut [u64]) -> Result<(), Trap> {
        out[0] = self.0.to_slot();
        out[1] = self.1.to_slot();
        Ok(())
    }
}

impl<R: HostResults> HostResults for Result<R, Trap> {
    fn types() -> Vec<Type> {
        R::types()
    }
    fn write(self, out: &mut [u64]) -> Result<(), Trap> {
        self?.write(out)
    }
}

/// A Rust closure usable as a host function: `FnMut(A, B, ...) -> R` for up to eight
/// [`HostValue`] parameters and any [`HostResults`].
pub trait IntoHostFunc<Params, Results>: Send + 'static {
    /// The signature and the uniform callback.
    #[doc(hidden)]
    fn into_host_func(self) -> (FuncType, HostCallback);
}

macro_rules! impl_into_host_func {
    ($($param:ident),*) => {
        impl<F, R, $($param),*> IntoHostFunc<($($param,)*), R> for F
        where
            F: FnMut($($param),*) -> R + Send + 'static,
            R: HostResults,
            $($param: HostValue,)*
        {
            #[allow(non_snake_case, unused_mut, unused_variables, unused_assignments)]
            fn into_host_func(mut self) -> (FuncType, HostCallback) {
                let sig = FuncType::new(vec![$($param::TYPE),*], R::types());
                let callback = Box::new(move |_: &mut HostCtx<'_>, args: &[u64], out: &mut [u64]| {
                    let mut index = 0;
                    $(
                        let $param = $param::from_slot(args[index]);
                        index += 1;
                    )*
                    self($($param),*).write(out)
                });
                (sig, callback)
            }
        }
    };
}

impl_into_host_func!();
impl_into_host_func!(A1);
impl_into_host_func!(A1, A2);
impl_into_host_func!(A1, A2, A3);
impl_into_host_func!(A1, A2, A3, A4);
impl_into_host_func!(A1, A2, A3, A4, A5);
impl_into_host_func!(A1, A2, A3, A4, A5, A6);
impl_into_host_func!(A1, A2, A3, A4, A5, A6, A7);
impl_into_host_func!(A1, A2, A3, A4, A5, A6, A7, A8);

/// The uniform callback of a host function with signature `sig` written over [`Value`]s.
pub(crate) fn dynamic_callback(
    sig: FuncType,
    mut func: impl FnMut(&[Value], &mut [Value]) -> Result<(), Trap> + Send + 'static,
) -> HostCallback {
    Box::new(move |_ctx: &mut HostCtx<'_>, args: &[u64], out: &mut [u64]| {
        let args: Vec<Value> = sig.params.iter().zip(args).map(|(&t, &v)| Value::from_slot(t, v)).collect();
        let mut results: Vec<Value> = sig.results.iter().map(|&t| Value::from_slot(t, 0)).collect();
        func(&args, &mut results)?;
        for ((slot, value), &ty) in out.iter_mut().zip(&results).zip(&sig.results) {
            if value.ty() != ty {
                return Err(Trap::host(format!("returned a {} where the signature says {ty}", value.ty())));
            }
            *slot = value.to_slot();
        }
        Ok(())
    })
}
