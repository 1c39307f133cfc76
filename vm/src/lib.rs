//! rootvm: loads, verifies, links and interprets rootIR modules.
//!
//! ```
//! use rootvm::{Config, Value, Vm};
//! use rootir::{FunctionBuilder, FuncType, Module, Type, Export, FuncId};
//!
//! let mut b = FunctionBuilder::new("double", FuncType::new([Type::I64], [Type::I64]));
//! let x = b.param(0);
//! let y = b.i64_add(x, x);
//! b.ret(&[y]);
//! let mut m = Module::new("demo");
//! m.functions.push(b.finish());
//! m.exports.push(Export { name: "double".into(), func: FuncId(0) });
//!
//! let mut vm = Vm::new(Config::default());
//! vm.load(vec![m]).unwrap();
//! assert_eq!(vm.call("demo", "double", &[Value::I64(21)]).unwrap(), vec![Value::I64(42)]);
//! ```

mod adapters;
mod any_arith;
mod any_attr;
mod any_ops;
mod classes;
mod code;
mod compile;
mod config;
mod constants;
mod exc_ops;
mod exec;
mod heap_ops;
mod host;
mod interrupt;
mod javatext;
mod javatrace;
mod lazy;
mod link;
mod liveness;
pub mod marshal;
mod object_ops;
mod stdfs;
mod stdhandles;
mod stdjava;
pub mod stdlib;
mod stdpaths;
#[cfg(test)]
mod stdpaths_tests;
mod stdwrite;
mod trap;
mod value;
mod vm;

pub use config::Config;
pub use host::{GuestFrame, HostCtx, HostResults, IntoHostFunc};
pub use interrupt::InterruptHandle;
pub use link::LoadError;
pub use trap::{TraceFrame, Trap, TrapKind};
pub use value::{Arg, Handle, HostValue, Value};
pub use vm::Vm;
