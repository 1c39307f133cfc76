//! The canonical printer: modules and functions (instructions are in [`super::print_inst`]).
//!
//! Printing never fails and never panics, even for modules the verifier would
//! reject: a reference to a missing function or global prints as a quoted name
//! like `@"#func7"`, which the parser then reports as unknown.

use std::fmt;

use super::escape::{BytesLit, NameLit, StrLit};
use super::number::{format_f32, format_f64, format_int};
use super::print_inst::{InstText, class_name};
use crate::types::write_results;
use crate::{Class, Constant, FuncId, Function, Global, Module, Type};

/// Displays a module in canonical form (ending with a newline).
pub(super) struct ModuleText<'a>(pub &'a Module);

impl fmt::Display for ModuleText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let m = self.0;
        writeln!(f, "module {}", NameLit(&m.name))?;
        for (i, file) in m.files.iter().enumerate() {
            writeln!(f, "file f{i} {}", StrLit(file))?;
        }
        for imp in &m.imports {
            let (local, module, name) = (NameLit(&imp.local_name), NameLit(&imp.module), NameLit(&imp.name));
            writeln!(f, "import @{local} = {module}.{name}{}", imp.sig)?;
        }
        if let Some(mem) = &m.memory {
            writeln!(f, "memory {} max {}", mem.initial, mem.max)?;
        }
        for d in &m.data {
            writeln!(f, "data {} = {}", d.offset, BytesLit(&d.bytes))?;
        }
        for g in &m.globals {
            write_global(f, g)?;
        }
        for (i, c) in m.constants.iter().enumerate() {
            match c {
                Constant::Str(s) => writeln!(f, "const c{i} = {}", StrLit(s))?,
                Constant::Bytes(b) => writeln!(f, "const c{i} = bytes {}", BytesLit(b))?,
            }
        }
        for e in &m.exports {
            let func = func_name(m, e.func);
            match m.func(e.func) {
                Some(target) if target.name == e.name => writeln!(f, "export @{func}")?,
                _ => writeln!(f, "export @{func} as {}", NameLit(&e.name))?,
            }
        }
        if let Some(hook) = m.any_hook {
            writeln!(f, "anyhook @{}", super::print_inst::callee_name(m, hook))?;
        }
        for class in &m.classes {
            writeln!(f)?;
            write_class(f, m, class)?;
        }
        for func in &m.functions {
            writeln!(f)?;
            FunctionText { module: m, func }.fmt(f)?;
        }
        Ok(())
    }
}

/// `class NAME [extends SUPER] [implements I, J] {` fields, methods `}` (or `interface NAME {`).
fn write_class(f: &mut fmt::Formatter<'_>, m: &Module, c: &Class) -> fmt::Result {
    let kind = if c.is_interface { "interface" } else { "class" };
    write!(f, "{kind} {}", NameLit(&c.name))?;
    if let Some(sup) = c.superclass {
        write!(f, " extends {}", class_name(m, sup))?;
    }
    for (i, &iface) in c.interfaces.iter().enumerate() {
        let sep = if i == 0 { " implements " } else { ", " };
        write!(f, "{sep}{}", class_name(m, iface))?;
    }
    f.write_str(" {\n")?;
    for field in &c.fields {
        writeln!(f, "  field {}: {}", NameLit(&field.name), field.ty)?;
    }
    for method in &c.methods {
        write!(f, "  method {}{}", NameLit(&method.name), method.sig)?;
        match method.func {
            Some(func) => writeln!(f, " = @{}", func_name(m, func))?,
            None => writeln!(f)?,
        }
    }
    f.write_str("}\n")
}

fn write_global(f: &mut fmt::Formatter<'_>, g: &Global) -> fmt::Result {
    let mutable = if g.mutable { "mut " } else { "" };
    writeln!(f, "global {mutable}${}: {} = {}", NameLit(&g.name), g.ty, Literal(g.ty, g.init))
}

/// Displays an immediate of type `ty` from its bits.
pub(super) struct Literal(pub Type, pub u64);

impl fmt::Display for Literal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Type::I32 => f.write_str(&format_int(self.1, 32)),
            Type::I64 => f.write_str(&format_int(self.1, 64)),
            Type::F32 => f.write_str(&format_f32(self.1)),
            Type::F64 => f.write_str(&format_f64(self.1)),
            Type::Ref => f.write_str("null"),
            Type::Any => f.write_str("none"),
        }
    }
}

/// The printed name of a function of the module (without `@`).
pub(super) fn func_name(m: &Module, id: FuncId) -> String {
    match m.func(id) {
        Some(func) => NameLit(&func.name).to_string(),
        None => StrLit(&format!("#{id}")).to_string(),
    }
}

/// Displays a function in canonical form (ending with a newline).
pub(super) struct FunctionText<'a> {
    /// The module, for the names of callees and globals.
    pub module: &'a Module,
    /// The function.
    pub func: &'a Function,
}

impl fmt::Display for FunctionText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let func = self.func;
        write!(f, "func @{}(", NameLit(&func.name))?;
        for (i, ty) in func.sig.params.iter().enumerate() {
            let sep = if i > 0 { ", " } else { "" };
            write!(f, "{sep}r{i}: {ty}")?;
        }
        f.write_str(")")?;
        write_results(f, &func.sig.results)?;
        f.write_str(" {\n")?;
        let first_reg = func.sig.params.len();
        if func.regs.len() > first_reg {
            f.write_str("  regs ")?;
            for (i, ty) in func.regs.iter().enumerate().skip(first_reg) {
                let sep = if i > first_reg { ", " } else { "" };
                write!(f, "{sep}r{i}: {ty}")?;
            }
            f.write_str("\n")?;
        }
        for (b, block) in func.blocks.iter().enumerate() {
            match block.handler {
                Some(h) => writeln!(f, "b{b} handler {h}:")?,
                None => writeln!(f, "b{b}:")?,
            }
            for inst in &block.insts {
                writeln!(f, "  {}", InstText { module: self.module, inst })?;
            }
        }
        f.write_str("}\n")
    }
}
