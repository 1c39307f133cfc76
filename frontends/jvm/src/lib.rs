//! The JVM frontend of rootvm: Java 17 class files and jars become one rootIR module.
//!
//! - Classes become rootIR classes (instance fields, superclass, interfaces, methods in
//!   vtables); static fields become module globals; `<clinit>` runs on first active use
//!   through a guard function per class.
//! - Every method body goes bytecode → vstarr stack form → `vstarr::translate`
//!   (`lower.rs`, `insts.rs`, `objects.rs`); `long`/`double` take one stack slot and one local
//!   there, JVM local slots are split by type.
//! - The part of the JDK programs use: built-in classes modelled by the frontend (`Object`, the
//!   `Throwable` hierarchy, `PrintStream`, `StringBuilder`; `classes.rs`, `runtime.rs`), library
//!   calls translated inline (`intrinsics.rs`, `libcalls.rs`), and a Java library (boxing,
//!   `java.util`, formatting) compiled into `lib/jdk.jar` and translated on demand like the
//!   program (`library.rs`). Java strings are VM strings. See `docs/jvm.md`.
//!
//! Inputs: a `.class` file (other classes are found in the same directory tree by package, or
//! listed with `--set classes=B.class:C.class`) or
//! a `.jar` (main class from the manifest, or `--set main-class=NAME`).

mod annotation_class;
mod annotation_parse;
mod annotations;
mod arrays;
mod boxing;
pub mod classes;
pub mod classfile;
mod clone;
pub mod descriptor;
mod emit;
mod entry;
pub mod fuzzing;
mod handles;
mod insts;
mod interop;
mod intrinsics;
mod lambda;
mod libcalls;
mod library;
mod libreflect;
pub mod load;
pub mod lower;
mod mutf8;
mod npe;
mod objects;
mod print_stream;
pub mod program;
mod prune;
mod records;
mod reflect;
mod reflection;
mod runtime;
mod serial;
mod stringtypes;
mod sweep;
mod synchronized;
mod throwable;
mod throwable_serial;
mod trace;

use rootc_frontend::{Diagnostic, Diagnostics, Frontend, FrontendEntry, Input, Location, Options};
use vstarr::stack::StackFunction;

/// The JVM frontend (registered as `jvm`).
#[derive(Copy, Clone, Debug, Default)]
pub struct Jvm;

inventory::submit! { FrontendEntry::new(&Jvm) }

impl Frontend for Jvm {
    fn name(&self) -> &'static str {
        "jvm"
    }

    fn description(&self) -> &'static str {
        "Java class files and jars (Java 17)"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["class", "jar"]
    }

    fn magic(&self) -> &'static [&'static [u8]] {
        &[&[0xCA, 0xFE, 0xBA, 0xBE]]
    }

    fn translate(&self, input: &Input, options: &Options) -> Result<Vec<rootir::Module>, Diagnostics> {
        self.translate_reporting(input, options).map(|(modules, _)| modules)
    }

    fn translate_reporting(
        &self,
        input: &Input,
        options: &Options,
    ) -> Result<(Vec<rootir::Module>, Diagnostics), Diagnostics> {
        let app = load::load(input, options)?;
        let built = build(input, options, app, false)?;
        Ok((vec![built.module], built.reported))
    }
}

/// The stack form of every translated method (module name, function), for `rootc stats`/`cfg`.
pub fn stack_functions(input: &Input, options: &Options) -> Result<Vec<(String, StackFunction)>, Diagnostics> {
    let app = load::load(input, options)?;
    let built = build(input, options, app, true)?;
    Ok(built.stacks.into_iter().map(|f| (built.module.name.clone(), f)).collect())
}

/// What [`build`] makes.
struct Built {
    module: rootir::Module,
    /// The stack forms, when asked for.
    stacks: Vec<StackFunction>,
    /// `--keep-going`: a warning per failure, then the note `translated N/M methods`.
    reported: Diagnostics,
}

/// Translates the application `app` into a module; with `keep`, also returns the stack forms.
///
/// Without `--keep-going` the first method that cannot be translated is an error. With it,
/// every failure is a warning (class, method, bytecode offset, reason), the method's body
/// becomes one that throws `UnsupportedOperationException` naming it (so does a native method
/// nothing binds explicitly), and the last diagnostic is the note `translated N/M methods`.
/// A jar without a main class is then translated as a library: every class, no entry point.
fn build(input: &Input, options: &Options, app: load::App, keep: bool) -> Result<Built, Diagnostics> {
    let at_file = |m: String| Diagnostic::error(Location::File(input.display_path()), m);
    let mut p = program::Program::new(&input.stem());
    let needed = match &app.main {
        Some(main) => load::reachable(app.classes, main),
        None => app.classes,
    };
    // `translated N/M` counts the input's methods, not the library classes added for them.
    let input_classes: std::collections::HashSet<String> = needed.iter().map(|c| c.name.clone()).collect();
    // Without a main class or with `--keep-going` every method is translated (see `prune`).
    let by_use = app.main.is_some() && !options.keep_going;
    let needed = library::with_library(needed, by_use).map_err(|m| Diagnostics::from(vec![at_file(m)]))?;
    let mut errors = Vec::new();
    let (needed, dropped) = if options.keep_going { sweep::prune(needed) } else { (needed, Vec::new()) };
    let bodies = classes::declare(&mut p, needed).map_err(|m| Diagnostics::from(vec![at_file(m)]))?;
    p.preemptible = input_functions(&bodies, &input_classes);
    let (failed, by_runtime) = account_dropped(&p, &dropped, &mut errors);
    bind_natives(&mut p, options).map_err(|m| Diagnostics::from(vec![at_file(m)]))?;
    let total = bodies.iter().filter(|(class, _, _)| input_classes.contains(class)).count() + failed + by_runtime;
    reflection::remember(&mut p, &input_classes);
    libreflect::remember(&mut p, &input_classes);
    annotations::remember(&mut p, &input_classes).map_err(|m| Diagnostics::from(vec![at_file(m)]))?;
    serial::remember(&mut p, &input_classes);
    let files = std::mem::take(&mut p.files);
    let mut t = Translate {
        files: &files,
        keep,
        keep_going: options.keep_going,
        trace_lines: Vec::new(),
        stacks: Vec::new(),
        errors,
        failed,
    };
    // Without a main class or with `--keep-going` (sweeps), every body; else the input's bodies
    // and static initialisers, then the library bodies the translated code reaches (prune.rs).
    let prune = by_use;
    let (first, rest): (Vec<usize>, Vec<usize>) = (0..bodies.len()).partition(|&i| {
        let (class, index, _) = &bodies[i];
        !prune || input_classes.contains(class) || files[class].methods[*index].name == "<clinit>"
    });
    let mut reach = prune::Reach::new(rest.iter().map(|&i| (bodies[i].2, i)));
    for i in first {
        let (class, index, func) = &bodies[i];
        t.body(&mut p, class, *index, *func, input_classes.contains(class)).map_err(Diagnostics::from)?;
    }
    t.reached(&mut p, &mut reach, &bodies).map_err(Diagnostics::from)?;
    if let Some(main) = &app.main {
        let entry = options.entry_or("main").to_string();
        let exported = interop::add_exports(&mut p, &files, main).map_err(|m| Diagnostics::from(vec![at_file(m)]))?;
        // A library class (static methods, no `main`) has exports but no entry point.
        if let Err(m) = entry::add(&mut p, main, &entry)
            && (exported == 0 || p.class(main).is_ok_and(|c| c.functions.contains_key("main([Ljava/lang/String;)V")))
        {
            return Err(Diagnostics::from(vec![at_file(m)]));
        }
    }
    // The entry point and the exports reach more.
    t.reached(&mut p, &mut reach, &bodies).map_err(Diagnostics::from)?;
    for f in reach.unreached().collect::<Vec<_>>() {
        let body = prune::unreached_body(&p.module, f);
        p.set_function(f, body);
    }
    let mut reported = Diagnostics::from(t.errors);
    if options.keep_going {
        let counted = format!("translated {}/{total} methods", total - t.failed);
        reported.push(Diagnostic::note(Location::File(input.display_path()), counted));
    }
    trace::fill_table(&mut p, &t.trace_lines);
    Ok(Built { module: p.module, stacks: t.stacks, reported })
}

/// Translation of method bodies: what it collects.
struct Translate<'f> {
    files: &'f std::collections::BTreeMap<String, classfile::ClassFile>,
    keep: bool,
    keep_going: bool,
    trace_lines: Vec<(rootir::FuncId, String)>,
    stacks: Vec<StackFunction>,
    errors: Vec<Diagnostic>,
    failed: usize,
}

impl Translate<'_> {
    /// Translates the pending bodies the translated code reaches, until none is left to reach.
    fn reached(
        &mut self,
        p: &mut program::Program,
        reach: &mut prune::Reach,
        bodies: &[(String, usize, rootir::FuncId)],
    ) -> Result<(), Vec<Diagnostic>> {
        loop {
            let next = reach.reached(&p.module);
            if next.is_empty() {
                return Ok(());
            }
            for i in next {
                let (class, index, func) = &bodies[i];
                self.body(p, class, *index, *func, false)?;
            }
        }
    }

    /// Translates the body of method `index` of `class` into function `func`.
    fn body(
        &mut self,
        p: &mut program::Program,
        class: &str,
        index: usize,
        func: rootir::FuncId,
        input: bool,
    ) -> Result<(), Vec<Diagnostic>> {
        let file = &self.files[class];
        let def = &file.methods[index];
        let at_file = |m: String| vec![Diagnostic::error(Location::File(program::dotted(class)), m)];
        trace::add(&mut self.trace_lines, p, file, def, func, input);
        let unit = format!("{}.{}", program::dotted(class), def.name);
        p.module.files.push(unit.clone());
        let file_id = rootir::FileId::new(p.module.files.len() - 1);
        let name = classes::function_name(class, def);
        if class == "java/lang/String" && def.name == "<init>" && libcalls::runtime_string_ctor(p, &def.desc) {
            // Every `new String(..)` is the runtime's (`libcalls.rs`): the input's own
            // constructor (of a VM string, which has no fields) is never called.
            let body = sweep::throwing_body(p, func).map_err(at_file)?;
            p.set_function(func, body);
            return Ok(());
        }
        let result = lower::stack_form(p, file, def, name, Some(file_id)).map_err(|e| (e.pc, e.message)).and_then(
            |(sf, pcs)| {
                let f = lower::translate(&sf, &pcs, &p.module).map_err(|m| (None, format!("vstarr: {m}")))?;
                Ok((sf, f))
            },
        );
        match result {
            Ok((sf, f)) => {
                p.set_function(func, f);
                if self.keep {
                    self.stacks.push(sf);
                }
            }
            Err((pc, message)) => {
                let location = Location::Offset { unit: format!("{unit}{}", def.desc), offset: pc.unwrap_or(0) as u64 };
                let d = if self.keep_going {
                    Diagnostic::warning(location, message)
                } else {
                    Diagnostic::error(location, message)
                };
                self.errors.push(d);
                self.failed += 1;
                if !self.keep_going {
                    return Err(std::mem::take(&mut self.errors));
                }
                let body = sweep::throwing_body(p, func).map_err(at_file)?;
                p.set_function(func, body);
            }
        }
        Ok(())
    }
}

/// Reports the classes left out (`--keep-going`): a warning per class, and for a class the
/// runtime replaces a warning per method the runtime's class does not define. Returns how many
/// methods are not translated and how many the runtime's classes define (translated by them).
/// The functions of the input's classes: declared together, before the library's.
fn input_functions(
    bodies: &[(String, usize, rootir::FuncId)],
    input: &std::collections::HashSet<String>,
) -> std::ops::Range<u32> {
    let ids = bodies.iter().filter(|(class, _, _)| input.contains(class)).map(|(_, _, f)| f.index() as u32);
    let (first, last) = ids.fold((u32::MAX, 0), |(lo, hi), f| (lo.min(f), hi.max(f)));
    if first > last { 0..0 } else { first..last + 1 }
}

fn account_dropped(p: &program::Program, dropped: &[sweep::Dropped], out: &mut Vec<Diagnostic>) -> (usize, usize) {
    let (mut failed, mut by_runtime) = (0, 0);
    for d in dropped {
        let class = program::dotted(&d.class);
        out.push(Diagnostic::warning(Location::File(class.clone()), d.reason.clone()));
        for key in &d.methods {
            if d.replaced && sweep::runtime_defines(p, &d.class, key) {
                by_runtime += 1;
            } else {
                failed += 1;
                if d.replaced {
                    let unit = format!("{class}.{key}");
                    out.push(Diagnostic::warning(
                        Location::File(unit),
                        format!("the runtime's own {class} does not define it"),
                    ));
                }
            }
        }
    }
    (failed, by_runtime)
}

/// Gives every `native` method its body: a call of the export of the module `--set
/// natives.a.b.C=MODULE` names, else (`--keep-going`, a library sweep) a body that throws when
/// called, else a call of the export of the class's default module.
fn bind_natives(p: &mut program::Program, options: &Options) -> Result<(), String> {
    let natives = interop::natives(p);
    for n in &natives {
        let module = match n.explicit_module(options) {
            Some(module) => module,
            None if options.keep_going => {
                let body = sweep::throwing_body(p, n.func())?;
                p.set_function(n.func(), body);
                continue;
            }
            None => n.default_module(),
        };
        interop::bind(p, &natives, n, module)?;
    }
    Ok(())
}
