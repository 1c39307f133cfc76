//! vstarr: stack-form functions to register rootIR.
//!
//! The pipeline, one module each:
//! [`stack`] (the input form) → [`cfg`] (basic blocks, petgraph, stack types checked at
//! joins) → [`ssa`] (Braun et al.'s construction) → [`simplify`] (copy propagation,
//! constant folding with [`rootir::semantics`], dead code) → [`regalloc`] (interference
//! coloring) → [`emit`] (out of SSA: parallel moves on split edges) → a `rootir::Function`,
//! which [`checker`] proves computes the SSA's dataflow; [`stack_check`] proves the SSA
//! computes the stack code's, and [`simplify_check`] that simplification kept the SSA's. [`stats`] measures the result
//! against a naive translation.
//!
//! Every rootIR operation has a stack form ([`operation`]: an opcode and its non-register
//! operands, typed from the opcode table and, for what names module entities, from a
//! [`ModuleEnv`] such as the `rootir::Module` being built: [`translate_in`]). Exception
//! handlers are a JVM-style table of instruction ranges ([`stack::Handler`]); locals live
//! into a handler keep one register ([`handlers`]).
//!
//! ```
//! use rootir::{FuncType, Opcode, Type};
//! use vstarr::stack::{Shuffle as S, StackFunction, StackInst::*};
//!
//! // (a, b) -> a * b + a
//! let f = StackFunction {
//!     name: "f".into(),
//!     sig: FuncType::new([Type::I32, Type::I32], [Type::I32]),
//!     locals: vec![Type::I32, Type::I32],
//!     max_stack: 3,
//!     code: vec![Load(0), Shuffle(S::Dup), Load(1), Op(Opcode::I32Mul), Op(Opcode::I32Add), Return],
//!     unit: None,
//!     handlers: Vec::new(),
//! };
//! let func = vstarr::translate(&f).unwrap();
//! assert_eq!(func.inst_count(), 3); // mul, add, ret: no copies
//! ```

pub mod cfg;
pub mod checker;
pub mod dot;
pub mod emit;
mod error;
pub mod fold;
pub mod fuzzing;
pub mod handlers;
pub mod hoist;
pub mod liveness;
pub mod moves;
pub mod native;
pub mod operation;
pub mod regalloc;
pub mod simplify;
pub mod simplify_check;
pub mod ssa;
mod ssa_build;
pub mod stack;
pub mod stack_check;
mod stats;
pub mod text;
pub mod to_stack;

pub use error::Error;
pub use operation::{Attr, ModuleEnv, NoModule, Operation};
pub use stats::{Stats, stats, stats_in};
pub use to_stack::to_stack;

use rootir::Function;

/// A translation and what the passes did.
#[derive(Clone, Debug)]
pub struct Translation {
    /// The register function.
    pub func: Function,
    /// What simplification did.
    pub simplify: simplify::SimplifyStats,
}

/// Translates a stack function that names no module entity (no globals, classes, fields,
/// methods; calls only through [`stack::StackInst::Call`], which carries its signature) to a
/// register function. In debug builds [`stack_check`], [`simplify_check`] and [`checker`] verify every
/// translation (a failure is an `Error`, as it is a bug of vstarr).
pub fn translate(func: &stack::StackFunction) -> Result<Function, Error> {
    translate_in(func, &NoModule)
}

/// Translates a stack function of a module: `env` (the `rootir::Module` being built, with
/// every function's signature in place, or any [`ModuleEnv`]) types the operations that name
/// globals, classes, fields, methods, functions and string constants.
pub fn translate_in(func: &stack::StackFunction, env: &dyn ModuleEnv) -> Result<Function, Error> {
    translate_with(func, env, cfg!(debug_assertions)).map(|t| t.func)
}

/// Translates a stack function, running [`stack_check`], [`simplify_check`] and [`checker`]
/// when `check` is set.
pub fn translate_with(func: &stack::StackFunction, env: &dyn ModuleEnv, check: bool) -> Result<Translation, Error> {
    let cfg = cfg::Cfg::build(func, env)?;
    let mut ssa = ssa::build(func, &cfg, env)?;
    if check {
        stack_check::check(func, &cfg, &ssa, env)
            .map_err(|m| Error::func(&func.name, format!("internal: stack checker: {m}")))?;
    }
    let before = check.then(|| ssa.clone());
    let (simplify, origin) = simplify::simplify_traced(&mut ssa);
    if let Some(before) = before {
        simplify_check::check(&before, &ssa, &origin)
            .map_err(|m| Error::func(&func.name, format!("internal: simplify checker: {m}")))?;
    }
    hoist::hoist_loop_constants(&mut ssa);
    let alloc = regalloc::allocate(&ssa);
    let emitted = emit::emit(&ssa, alloc, func.unit);
    if emitted.func.regs.len() > rootir::verify::MAX_REGS {
        let msg =
            format!("needs {} registers, more than rootIR's {}", emitted.func.regs.len(), rootir::verify::MAX_REGS);
        return Err(Error::func(&func.name, msg));
    }
    if check {
        checker::check(&ssa, &emitted).map_err(|m| Error::func(&func.name, format!("internal: checker: {m}")))?;
    }
    Ok(Translation { func: emitted.func, simplify })
}
