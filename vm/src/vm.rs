//! The VM: host functions, loaded modules, and calls into them.

use crate::classes::{ModuleClasses, link_classes};
use crate::compile::Target;
use crate::exec::{Machine, RunLimits, TrapSite, execute};
use crate::host::HostFunc;
use crate::host::{HostCallback, HostCtx};
use crate::interrupt::InterruptFlag;
use crate::lazy::LazyModule;
use crate::{Arg, Config, Handle, InterruptHandle, IntoHostFunc, LoadError, TraceFrame, Trap, TrapKind, Value};
use rootir::{Callee, Constant, FuncType, Module, SrcLoc, Type};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;
use vmalloc::{Heap, HeapConfig};

/// A loaded module's name, source files and exports.
struct LoadedModule {
    name: String,
    files: Vec<String>,
    /// Export name → VM-wide function index.
    exports: HashMap<String, u32, BuildHasherDefault<NameHasher>>,
}

/// FNV-1a over export names: [`Vm::call`] looks an export up on every call, and the default
/// SipHash costs more than the rest of the lookup. Collisions only cost time (names come from
/// modules the embedder chose to load).
#[derive(Default)]
struct NameHasher(u64);

impl Hasher for NameHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A virtual machine: registered host functions and loaded, linked modules.
///
/// A module can reach only the host functions registered with [`Vm::define`] before it is loaded.
///
/// A `Vm` is `Send`: it can move to another thread between calls, and separate VMs run in
/// parallel threads. [`Vm::interrupt_handle`] stops a running call from another thread.
pub struct Vm {
    config: Config,
    machine: Machine,
    modules: Vec<LoadedModule>,
    host_index: HashMap<(String, String), u32>,
    interrupt: Arc<InterruptFlag>,
    /// Adapter modules of the current load that run in another module's linear memory (byte
    /// copies, see [`crate::marshal`]): adapter module name → callee module name.
    memory_aliases: Vec<(String, String)>,
}

impl Vm {
    /// A VM with the given limits and nothing loaded.
    pub fn new(config: Config) -> Vm {
        let heap = Heap::new(HeapConfig::with_limit(config.max_heap_bytes));
        let mut vm = Vm {
            config,
            machine: Machine {
                funcs: Vec::new(),
                globals: Vec::new(),
                memories: Vec::new(),
                hosts: Vec::new(),
                stack: Vec::new(),
                frames: Vec::new(),
                heap,
                strings: Vec::new(),
                global_refs: Vec::new(),
                classes: Vec::new(),
                class_by_heap: Vec::new(),
                threads: Default::default(),
                lazy: Default::default(),
            },
            modules: Vec::new(),
            host_index: HashMap::new(),
            interrupt: Arc::new(InterruptFlag::default()),
            memory_aliases: Vec::new(),
        };
        // The green-thread host functions are hosts 0, 1 and 2 (exec/threads.rs).
        crate::exec::register_threads(&mut vm);
        vm
    }

    /// The VM's limits.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// A handle that interrupts this VM's calls from any thread (see [`InterruptHandle`]).
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle { flag: Arc::clone(&self.interrupt) }
    }

    /// Changes the fuel budget of later calls.
    pub fn set_fuel(&mut self, fuel: Option<u64>) {
        self.config.fuel = fuel;
    }

    /// Registers a host function that modules import as `module.name`. Its signature comes from
    /// the closure's types; registering the same name again replaces it for modules loaded later.
    ///
    /// ```
    /// let mut vm = rootvm::Vm::new(rootvm::Config::default());
    /// vm.define("env", "add", |a: i64, b: i64| a.wrapping_add(b));
    /// ```
    pub fn define<P, R>(&mut self, module: &str, name: &str, func: impl IntoHostFunc<P, R>) {
        let (sig, callback) = func.into_host_func();
        self.register_host(module, name, sig, callback);
    }

    /// Registers a host function with an explicit signature that also receives a [`HostCtx`]
    /// (heap access, e.g. to read string arguments) and the raw slots of its arguments and
    /// results (`ref` arguments are their 64-bit handles).
    ///
    /// ```
    /// use rootir::{FuncType, Type};
    /// let mut vm = rootvm::Vm::new(rootvm::Config::default());
    /// vm.define_with_ctx("env", "str_len", FuncType::new([Type::Ref], [Type::I64]), |cx, args, out| {
    ///     out[0] = cx.string(args[0])?.len() as u64;
    ///     Ok(())
    /// });
    /// ```
    pub fn define_with_ctx(
        &mut self,
        module: &str,
        name: &str,
        sig: FuncType,
        func: impl FnMut(&mut HostCtx<'_>, &[u64], &mut [u64]) -> Result<(), Trap> + Send + 'static,
    ) {
        let callback: HostCallback = Box::new(func);
        self.register_host(module, name, sig, callback);
    }

    fn register_host(&mut self, module: &str, name: &str, sig: FuncType, callback: HostCallback) {
        let host = HostFunc { module: module.to_string(), name: name.to_string(), sig, callback };
        self.machine.hosts.push(host);
        let index = (self.machine.hosts.len() - 1) as u32;
        self.host_index.insert((module.to_string(), name.to_string()), index);
    }

    /// Registers a host function whose signature is known only at run time (for bindings such as
    /// the C ABI). `func` receives the arguments and fills `results`, which arrive holding zeros
    /// of the result types; a result of the wrong type traps the guest.
    ///
    /// ```
    /// use rootir::{FuncType, Type};
    /// use rootvm::{Config, Value, Vm};
    /// let mut vm = Vm::new(Config::default());
    /// vm.define_dynamic("env", "inc", FuncType::new([Type::I64], [Type::I64]), |args, results| {
    ///     let Value::I64(x) = args[0] else { unreachable!() };
    ///     results[0] = Value::I64(x + 1);
    ///     Ok(())
    /// });
    /// ```
    pub fn define_dynamic(
        &mut self,
        module: &str,
        name: &str,
        sig: FuncType,
        func: impl FnMut(&[Value], &mut [Value]) -> Result<(), Trap> + Send + 'static,
    ) {
        let callback = crate::host::dynamic_callback(sig.clone(), func);
        let host = HostFunc { module: module.to_string(), name: name.to_string(), sig, callback };
        self.machine.hosts.push(host);
        let index = (self.machine.hosts.len() - 1) as u32;
        self.host_index.insert((module.to_string(), name.to_string()), index);
    }

    /// Bytes the heap's objects take now (live or not yet collected).
    pub fn heap_bytes(&self) -> u64 {
        self.machine.heap.bytes_in_use()
    }

    /// The collector's counters.
    pub fn gc_stats(&self) -> vmalloc::GcStats {
        self.machine.heap.stats()
    }

    /// Interns the string constants of `modules` (one object per `Str` constant, a 0 slot per
    /// bytes constant) and returns each module's first index in the VM's string table.
    fn intern_strings(&mut self, modules: &[Module]) -> Result<Vec<u32>, LoadError> {
        let first = self.machine.strings.len();
        let mut bases = Vec::with_capacity(modules.len());
        for m in modules {
            bases.push(self.machine.strings.len() as u32);
            for c in &m.constants {
                let bits = match c {
                    Constant::Str(s) => {
                        let Machine { heap, strings, globals, global_refs, .. } = &mut self.machine;
                        let roots = |t: &mut vmalloc::Tracer<'_>| {
                            t.slots(strings);
                            global_refs.iter().for_each(|&g| t.slot(globals[g as usize]));
                        };
                        match heap.alloc_string(s, &roots) {
                            Ok(r) => r.bits(),
                            Err(_) => {
                                self.machine.strings.truncate(first);
                                return Err(LoadError::HeapLimit { module: m.name.clone() });
                            }
                        }
                    }
                    Constant::Bytes(_) => 0,
                };
                self.machine.strings.push(bits);
            }
        }
        Ok(bases)
    }

    /// Verifies, links and compiles `modules`. They may import each other, modules loaded
    /// before, and registered host functions. On error nothing is loaded.
    pub fn load(&mut self, modules: Vec<Module>) -> Result<(), LoadError> {
        let (modules, aliases) = crate::adapters::insert(self, modules)?;
        self.memory_aliases = aliases;
        self.check(&modules)?;
        let func_base = self.machine.funcs.len() as u32;
        let mut bases = Vec::with_capacity(modules.len());
        let mut next = func_base;
        for m in &modules {
            bases.push(next);
            next += m.functions.len() as u32;
        }
        let first_new = self.modules.len();
        for (m, &base) in modules.iter().zip(&bases) {
            let exports = m.exports.iter().map(|e| (e.name.clone(), base + e.func.0)).collect();
            self.modules.push(LoadedModule { name: m.name.clone(), files: m.files.clone(), exports });
        }
        let resolved: Result<Vec<Vec<Target>>, LoadError> =
            modules.iter().zip(&bases).map(|(m, _)| self.resolve_imports(m, &modules, &bases)).collect();
        let resolved = match resolved {
            Ok(r) => r,
            Err(e) => {
                self.modules.truncate(first_new);
                return Err(e);
            }
        };
        let str_bases = match self.intern_strings(&modules) {
            Ok(b) => b,
            Err(e) => {
                self.modules.truncate(first_new);
                return Err(e);
            }
        };
        let mut linked = Vec::with_capacity(modules.len());
        for (m, &base) in modules.iter().zip(&bases) {
            let Machine { heap, classes, class_by_heap, .. } = &mut self.machine;
            match link_classes(m, base, heap, classes, class_by_heap) {
                Ok(c) => linked.push(c),
                Err(_) => {
                    self.modules.truncate(first_new);
                    return Err(LoadError::HeapLimit { module: m.name.clone() });
                }
            }
        }
        for (i, ((m, imports), classes)) in modules.into_iter().zip(resolved).zip(linked).enumerate() {
            self.instantiate(m, (first_new + i) as u32, bases[i], str_bases[i], imports, classes);
        }
        Ok(())
    }

    /// Verification and limits, before anything changes.
    fn check(&self, modules: &[Module]) -> Result<(), LoadError> {
        let mut errors = Vec::new();
        for m in modules {
            if let Err(mut e) = rootir::verify::verify_module(m) {
                errors.append(&mut e);
            }
        }
        if !errors.is_empty() {
            return Err(LoadError::Verify(errors));
        }
        let mut names: Vec<&str> = self.modules.iter().map(|m| m.name.as_str()).collect();
        for m in modules {
            if names.contains(&m.name.as_str()) {
                return Err(LoadError::DuplicateModule(m.name.clone()));
            }
            names.push(&m.name);
            if let Some(mem) = &m.memory
                && mem.initial > self.config.max_memory
            {
                let limit = self.config.max_memory;
                return Err(LoadError::MemoryLimit { module: m.name.clone(), bytes: mem.initial, limit });
            }
        }
        Ok(())
    }

    fn resolve_imports(&self, m: &Module, batch: &[Module], bases: &[u32]) -> Result<Vec<Target>, LoadError> {
        m.imports
            .iter()
            .map(|imp| {
                let unresolved = || LoadError::UnresolvedImport {
                    module: m.name.clone(),
                    from: imp.module.clone(),
                    name: imp.name.clone(),
                };
                let (target, sig) = if let Some(loaded) = self.modules.iter().find(|l| l.name == imp.module) {
                    let &f = loaded.exports.get(&imp.name).ok_or_else(unresolved)?;
                    let sig = match self.machine.funcs.get(f as usize) {
                        Some(func) => func.sig.clone(),
                        None => batch_sig(batch, bases, f).ok_or_else(unresolved)?,
                    };
                    (Target::Func(f), sig)
                } else if let Some(&h) = self.host_index.get(&(imp.module.clone(), imp.name.clone())) {
                    (Target::Host(h), self.machine.hosts[h as usize].sig.clone())
                } else {
                    return Err(unresolved());
                };
                if sig != imp.sig {
                    return Err(LoadError::ImportSignature {
                        module: m.name.clone(),
                        from: imp.module.clone(),
                        name: imp.name.clone(),
                        expected: Box::new(imp.sig.clone()),
                        found: Box::new(sig),
                    });
                }
                Ok(target)
            })
            .collect()
    }

    /// Sets up a checked, linked module's globals and memory and its functions: compiled now,
    /// or stubs that compile on first call (`lazy.rs`).
    fn instantiate(
        &mut self,
        m: Module,
        module_index: u32,
        func_base: u32,
        str_base: u32,
        imports: Vec<Target>,
        classes: ModuleClasses,
    ) {
        let global_base = self.machine.globals.len() as u32;
        for (i, g) in m.globals.iter().enumerate() {
            if matches!(g.ty, Type::Ref | Type::Any) {
                self.machine.global_refs.push(global_base + i as u32);
            }
        }
        self.machine.globals.extend(m.globals.iter().map(|g| g.init));
        let mut memory = vec![0u8; m.memory.as_ref().map_or(0, |mem| mem.initial as usize)];
        for seg in &m.data {
            let start = seg.offset as usize;
            memory[start..start + seg.bytes.len()].copy_from_slice(&seg.bytes);
        }
        self.machine.memories.push(memory);
        let own_memory = (self.machine.memories.len() - 1) as u32;
        // Memories are created one per module, in load order: module i's memory is memory i.
        let alias = self.memory_aliases.iter().find(|(adapter, _)| *adapter == m.name);
        let memory_index = alias
            .and_then(|(_, callee)| self.modules.iter().position(|l| l.name == *callee))
            .map_or(own_memory, |i| i as u32);
        let any_hook = m.any_hook.map(|hook| match hook {
            Callee::Func(f) => Target::Func(func_base + f.0),
            Callee::Import(i) => imports[i.index()],
        });
        let lazy = LazyModule {
            module: m,
            index: module_index,
            func_base,
            global_base,
            memory: memory_index,
            str_base,
            imports,
            classes,
            any_hook,
            fuel: self.config.fuel.is_some(),
        };
        let funcs = self.machine.lazy.add(lazy, self.config.lazy_compile);
        self.machine.funcs.extend(funcs);
    }

    /// How many functions have been compiled so far. With [`Config::lazy_compile`] (the
    /// default) a function is compiled on its first call, so a function never called is never
    /// compiled; without it, every function is compiled at load.
    pub fn compiled_functions(&self) -> u64 {
        self.machine.lazy.compiled()
    }

    /// How many functions the loaded modules have in total.
    pub fn function_count(&self) -> usize {
        self.machine.funcs.len()
    }

    /// The signature of an export, if it exists.
    pub fn export_signature(&self, module: &str, export: &str) -> Option<&FuncType> {
        let f = self.export_index(module, export)?;
        Some(&self.machine.funcs[f as usize].sig)
    }

    fn export_index(&self, module: &str, export: &str) -> Option<u32> {
        self.modules.iter().find(|m| m.name == module)?.exports.get(export).copied()
    }

    /// Names of the loaded modules, in load order.
    pub fn module_names(&self) -> impl Iterator<Item = &str> {
        self.modules.iter().map(|m| m.name.as_str())
    }

    /// Calls an export with typed arguments and returns its results. `ref` and `any` results are
    /// their raw slot bits as an `I64` (use [`Vm::call_with_refs`] to hold them).
    ///
    /// A call allocates only its result vector: the signature is checked in place and up to
    /// eight arguments pass through a buffer on the Rust stack.
    pub fn call(&mut self, module: &str, export: &str, args: &[Value]) -> Result<Vec<Value>, Trap> {
        let f = self.export_index(module, export);
        let sig = f.map(|f| &self.machine.funcs[f as usize].sig);
        let bad_call = || match self.export_for_call(module, export, args.iter().map(|a| a.ty()).collect()) {
            Err(trap) => trap,
            Ok(_) => Trap::new(TrapKind::InvalidCall, format!("`{module}.{export}`: bad call")),
        };
        let (Some(f), Some(sig)) = (f, sig) else { return Err(bad_call()) };
        if args.len() != sig.params.len() || args.iter().zip(&sig.params).any(|(a, &t)| a.ty() != t) {
            return Err(bad_call());
        }
        const INLINE: usize = 8;
        let mut inline = [0u64; INLINE];
        let heap_slots: Vec<u64>;
        let slots: &[u64] = if args.len() <= INLINE {
            for (slot, a) in inline.iter_mut().zip(args) {
                *slot = a.to_slot();
            }
            &inline[..args.len()]
        } else {
            heap_slots = args.iter().map(|a| a.to_slot()).collect();
            &heap_slots
        };
        let results = self.run(f, slots)?;
        let sig = &self.machine.funcs[f as usize].sig;
        Ok(sig.results.iter().zip(results).map(|(&t, v)| Value::from_slot(t, v)).collect())
    }

    /// Calls an export whose parameters or results may be `ref` or `any`: those are passed and
    /// returned as [`Handle`]s (a result handle keeps its object alive until dropped). A handle
    /// of another VM is refused.
    pub fn call_with_refs(&mut self, module: &str, export: &str, args: &[Arg]) -> Result<Vec<Arg>, Trap> {
        let sig = self.export_signature(module, export).cloned().unwrap_or_default();
        let types = args
            .iter()
            .zip(sig.params.iter().chain(std::iter::repeat(&Type::Ref)))
            .map(|(a, &t)| match a {
                Arg::Value(v) => v.ty(),
                Arg::Ref(_) if matches!(t, Type::Ref | Type::Any) => t,
                Arg::Ref(_) => Type::Ref,
            })
            .collect();
        let (f, sig) = self.export_for_call(module, export, types)?;
        let mut slots = Vec::with_capacity(args.len());
        for a in args {
            slots.push(match a {
                Arg::Value(v) => v.to_slot(),
                Arg::Ref(h) => self.machine.heap.resolve(&h.0).map_err(|_| {
                    Trap::new(TrapKind::InvalidCall, format!("`{module}.{export}`: a handle of another VM"))
                })?,
            });
        }
        let results = self.run(f, &slots)?;
        let heap = &self.machine.heap;
        sig.results
            .iter()
            .zip(results)
            .map(|(&t, v)| match t {
                // The results are still in the stopped machine's registers, and nothing has
                // collected since the run ended, so the reference is live.
                Type::Ref | Type::Any => heap.root_any(v).map(|r| Arg::Ref(Handle(r))).map_err(|e| {
                    Trap::new(TrapKind::InvalidCall, format!("`{module}.{export}` returned a bad reference: {e}"))
                }),
                _ => Ok(Arg::Value(Value::from_slot(t, v))),
            })
            .collect()
    }

    /// A new guest string holding `text`, held by the returned handle (pass it to
    /// [`Vm::call_with_refs`] as an `Arg::Ref`). Traps (out of memory) past the heap limit.
    pub fn new_string(&mut self, text: &str) -> Result<Handle, Trap> {
        let Machine { heap, strings, globals, global_refs, .. } = &mut self.machine;
        let roots = |t: &mut vmalloc::Tracer<'_>| {
            t.slots(strings);
            global_refs.iter().for_each(|&g| t.slot(globals[g as usize]));
        };
        let r = heap.alloc_string(text, &roots).map_err(|e| Trap::code(crate::heap_ops::trap_of(e)))?;
        heap.root(r).map(Handle).map_err(|e| Trap::code(crate::heap_ops::trap_of(e)))
    }

    /// The text of the string `handle` holds (lone surrogates become U+FFFD). Traps (null
    /// reference, wrong object kind, invalid reference) if it holds no string of this VM.
    pub fn string_of(&self, handle: &Handle) -> Result<String, Trap> {
        let heap = &self.machine.heap;
        let bits = heap.resolve(&handle.0).map_err(|e| Trap::code(crate::heap_ops::trap_of(e)))?;
        heap.string_to_string(vmalloc::Ref::from_bits(bits)).map_err(|e| Trap::code(crate::heap_ops::trap_of(e)))
    }

    /// Runs a full collection now (between calls, the roots are the globals, the string
    /// constants and the host's handles).
    pub fn collect_garbage(&mut self) {
        let Machine { heap, strings, globals, global_refs, .. } = &mut self.machine;
        let roots = |t: &mut vmalloc::Tracer<'_>| {
            t.slots(strings);
            global_refs.iter().for_each(|&g| t.slot(globals[g as usize]));
        };
        heap.collect(&roots);
    }

    /// The number of objects in the heap (live or not yet collected).
    pub fn heap_objects(&self) -> usize {
        self.machine.heap.object_count()
    }

    /// The export `module.export` and its signature, after checking it exists and takes `arg_types`.
    fn export_for_call(&self, module: &str, export: &str, arg_types: Vec<Type>) -> Result<(u32, FuncType), Trap> {
        let f = self
            .export_index(module, export)
            .ok_or_else(|| Trap::new(TrapKind::InvalidCall, format!("no export `{export}` in module `{module}`")))?;
        let sig = self.machine.funcs[f as usize].sig.clone();
        if arg_types != sig.params {
            let given = FuncType::new(arg_types, sig.results.clone());
            return Err(Trap::new(
                TrapKind::InvalidCall,
                format!("`{module}.{export}` is {sig}, called with arguments {given}"),
            ));
        }
        Ok((f, sig))
    }

    /// Runs VM function `f` with argument slots.
    fn run(&mut self, f: u32, slots: &[u64]) -> Result<Vec<u64>, Trap> {
        let limits = RunLimits {
            fuel: self.config.fuel,
            max_depth: self.config.max_call_depth,
            max_stack_slots: self.config.max_stack_bytes / 8,
            interrupt: &self.interrupt,
        };
        execute(&mut self.machine, &limits, f, slots).map_err(|site| self.with_trace(site))
    }

    fn with_trace(&self, site: TrapSite) -> Trap {
        let mut trap = site.trap;
        trap.trace = site.frames.iter().map(|&(f, pc)| self.trace_frame(f, pc)).collect();
        trap
    }

    fn trace_frame(&self, f: u32, pc: u32) -> TraceFrame {
        let func = &self.machine.funcs[f as usize];
        let module = &self.modules[func.module as usize];
        let position = match func.origins.get(pc as usize) {
            None => "?".to_string(),
            Some(origin) => match origin.loc {
                SrcLoc::None => format!("{}[{}]", origin.block, origin.index),
                SrcLoc::Line { file, line, col } => {
                    let name = module.files.get(file.index()).map_or("?", String::as_str);
                    if col == 0 { format!("{name}:{line}") } else { format!("{name}:{line}:{col}") }
                }
                SrcLoc::Offset { file, offset } => {
                    let name = module.files.get(file.index()).map_or("?", String::as_str);
                    format!("{name}+{offset:#x}")
                }
                SrcLoc::Addr(addr) => format!("{addr:#x}"),
            },
        };
        TraceFrame { module: module.name.clone(), function: func.name.clone(), position }
    }
}

/// The signature of VM function `f` when it belongs to the batch being loaded.
fn batch_sig(batch: &[Module], bases: &[u32], f: u32) -> Option<FuncType> {
    batch.iter().zip(bases).find_map(|(m, &base)| {
        let local = f.checked_sub(base)? as usize;
        m.functions.get(local).map(|func| func.sig.clone())
    })
}
