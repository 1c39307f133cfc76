//! rootIR: the register IR of rootvm.
//!
//! - [`Type`], [`FuncType`]: value types and signatures.
//! - [`for_each_op!`] and [`Opcode`]: the one opcode table and what it generates.
//! - [`semantics`]: the pure meaning of every typed operation.
//! - [`Module`], [`Function`], [`Inst`]: the module model; [`FunctionBuilder`] builds functions.
//! - [`text`]: the `.rir` printer and parser. [`archive`]: the `.rira` codec.
//! - [`verify`]: the verifier; the VM runs only verified modules.

#[macro_use]
mod types;
pub mod archive;
mod builder;
mod entity;
pub mod fuzzing;
mod inst;
mod module;
mod opcodes;
pub mod semantics;
pub mod text;
mod trap;
pub mod verify;

pub use builder::{CountedLoop, FunctionBuilder};
pub use entity::{Block, Callee, ClassId, ConstId, FileId, FuncId, GlobalId, ImportId, Reg};
pub use inst::{ConstBits, Inst, InstData, SrcLoc};
pub use module::{
    Archive, BlockData, Class, Constant, DataSegment, Export, Field, FieldRef, Function, Global, Import, Manifest,
    Memory, Method, MethodRef, Module,
};
pub use opcodes::{Format, OpTyping, Opcode, TrapKind};
pub use trap::{CALL_DEPTH_TRAP_NUMBER, TrapCode};
pub use types::{FuncType, Type};
