//! The encoder: [`Archive`] to `.rira` bytes. Field order follows `docs/archive-format.md`.

use crate::{
    Archive, Callee, Class, Constant, DataSegment, Export, Field, Function, Global, Import, Inst, InstData, Manifest,
    Memory, Method, Module, Reg, SrcLoc,
};

use super::crc32::crc32;
use super::layout::{
    CALLEE_IMPORT_BIT, ImmKind, MAGIC, VERSION, class_flag, const_tag, global_flag, loc_tag, memory_tag,
};
use super::writer::Writer;

/// Writes the whole archive: header, manifest, modules, checksum.
pub(super) fn archive(a: &Archive) -> Vec<u8> {
    let mut w = Writer::default();
    w.raw(&MAGIC);
    w.raw(&VERSION.to_le_bytes());
    manifest(&mut w, &a.manifest);
    w.len(a.modules.len());
    for m in &a.modules {
        module(&mut w, m);
    }
    let crc = crc32(w.bytes());
    w.raw(&crc.to_le_bytes());
    w.finish()
}

fn manifest(w: &mut Writer, m: &Manifest) {
    w.str(&m.entry_module);
    w.str(&m.entry_export);
    w.strs(&m.capabilities);
}

fn module(w: &mut Writer, m: &Module) {
    w.str(&m.name);
    w.strs(&m.files);
    list(w, &m.imports, import);
    memory(w, m.memory.as_ref());
    list(w, &m.data, data_segment);
    list(w, &m.globals, global);
    list(w, &m.constants, constant);
    list(w, &m.exports, export);
    list(w, &m.functions, function);
    list(w, &m.classes, class);
    match m.any_hook {
        None => w.u8(0),
        Some(hook) => {
            w.u8(1);
            callee(w, hook);
        }
    }
}

/// An optional index as one varint: 0 for none, `index + 1` otherwise.
fn opt_index(w: &mut Writer, i: Option<u32>) {
    w.varint(i.map_or(0, |i| u64::from(i) + 1));
}

fn class(w: &mut Writer, c: &Class) {
    w.str(&c.name);
    w.u8(if c.is_interface { class_flag::INTERFACE } else { 0 });
    opt_index(w, c.superclass.map(|s| s.0));
    w.indices(c.interfaces.iter().map(|i| i.0));
    list(w, &c.fields, field);
    list(w, &c.methods, method);
}

fn field(w: &mut Writer, f: &Field) {
    w.str(&f.name);
    w.ty(f.ty);
}

fn method(w: &mut Writer, m: &Method) {
    w.str(&m.name);
    w.sig(&m.sig);
    opt_index(w, m.func.map(|f| f.0));
}

/// A count then each item.
fn list<T>(w: &mut Writer, items: &[T], mut item: impl FnMut(&mut Writer, &T)) {
    w.len(items.len());
    for it in items {
        item(w, it);
    }
}

fn import(w: &mut Writer, i: &Import) {
    w.str(&i.local_name);
    w.str(&i.module);
    w.str(&i.name);
    w.sig(&i.sig);
}

fn memory(w: &mut Writer, m: Option<&Memory>) {
    match m {
        None => w.u8(memory_tag::NONE),
        Some(m) => {
            w.u8(memory_tag::SOME);
            w.varint(m.initial);
            w.varint(m.max);
        }
    }
}

fn data_segment(w: &mut Writer, d: &DataSegment) {
    w.varint(d.offset);
    w.bytes_field(&d.bytes);
}

fn global(w: &mut Writer, g: &Global) {
    w.str(&g.name);
    w.ty(g.ty);
    w.u8(if g.mutable { global_flag::MUTABLE } else { 0 });
    w.imm(ImmKind::of(Some(g.ty)), g.init);
}

fn constant(w: &mut Writer, c: &Constant) {
    match c {
        Constant::Str(s) => {
            w.u8(const_tag::STR);
            w.str(s);
        }
        Constant::Bytes(b) => {
            w.u8(const_tag::BYTES);
            w.bytes_field(b);
        }
    }
}

fn export(w: &mut Writer, e: &Export) {
    w.str(&e.name);
    w.index(e.func.0);
}

fn function(w: &mut Writer, f: &Function) {
    w.str(&f.name);
    w.sig(&f.sig);
    w.types(&f.regs);
    w.len(f.blocks.len());
    for b in &f.blocks {
        opt_index(w, b.handler.map(|h| h.0));
        list(w, &b.insts, inst);
    }
}

fn inst(w: &mut Writer, i: &Inst) {
    w.varint(u64::from(i.data.opcode().code()));
    operands(w, &i.data);
    src_loc(w, &i.loc);
}

/// A count then each register.
fn regs(w: &mut Writer, regs: &[Reg]) {
    w.indices(regs.iter().map(|r| r.0));
}

/// Registers whose number the format fixes: no count.
fn fixed_regs(w: &mut Writer, regs: &[Reg]) {
    for r in regs {
        w.index(r.0);
    }
}

/// The operands of one instruction, in field order of its [`InstData`] variant
/// (one variant per [`crate::Format`]).
fn operands(w: &mut Writer, data: &InstData) {
    match data {
        InstData::Const { op, dst, bits } => {
            w.index(dst.0);
            w.imm(ImmKind::of(op.typing().and_then(|t| t.output)), *bits);
        }
        InstData::Unary { dst, arg, .. } => fixed_regs(w, &[*dst, *arg]),
        InstData::Binary { dst, lhs, rhs, .. } => fixed_regs(w, &[*dst, *lhs, *rhs]),
        InstData::Mov { dst, src } => fixed_regs(w, &[*dst, *src]),
        InstData::Select { dst, cond, if_true, if_false } => fixed_regs(w, &[*dst, *cond, *if_true, *if_false]),
        InstData::Jump { target } => w.index(target.0),
        InstData::Branch { cond, if_true, if_false } => {
            w.index(cond.0);
            w.index(if_true.0);
            w.index(if_false.0);
        }
        InstData::Switch { index, targets, default } => {
            w.index(index.0);
            w.indices(targets.iter().map(|b| b.0));
            w.index(default.0);
        }
        InstData::Call { results, callee: c, args } => {
            regs(w, results);
            callee(w, *c);
            regs(w, args);
        }
        InstData::CallIndirect { results, sig, addr, args } => {
            regs(w, results);
            w.sig(sig);
            w.index(addr.0);
            regs(w, args);
        }
        InstData::CallClosure { results, sig, closure, args } => {
            regs(w, results);
            w.sig(sig);
            w.index(closure.0);
            regs(w, args);
        }
        InstData::Return { values } => regs(w, values),
        InstData::GlobalGet { dst, global } => {
            w.index(dst.0);
            w.index(global.0);
        }
        InstData::GlobalSet { global, src } => {
            w.index(global.0);
            w.index(src.0);
        }
        InstData::FuncAddr { dst, func } => {
            w.index(dst.0);
            w.index(func.0);
        }
        InstData::Load { dst, addr, offset, .. } => {
            w.index(dst.0);
            w.index(addr.0);
            w.index(*offset);
        }
        InstData::Store { addr, offset, src, .. } => {
            w.index(addr.0);
            w.index(*offset);
            w.index(src.0);
        }
        InstData::MemorySize { dst } => w.index(dst.0),
        InstData::Unreachable => {}
        InstData::Nullary { dst, .. } => w.index(dst.0),
        InstData::Ternary { args, .. } => fixed_regs(w, args),
        InstData::Quinary { args, .. } => fixed_regs(w, args),
        InstData::StrConst { dst, constant, .. } => {
            w.index(dst.0);
            w.index(*constant);
        }
        InstData::New { dst, class } => {
            w.index(dst.0);
            w.index(class.0);
        }
        InstData::ClassTest { dst, class, arg, .. } => {
            w.index(dst.0);
            w.index(class.0);
            w.index(arg.0);
        }
        InstData::FieldGet { dst, field, obj } => {
            w.index(dst.0);
            w.index(field.class.0);
            w.index(field.field);
            w.index(obj.0);
        }
        InstData::FieldSet { field, obj, src } => {
            w.index(field.class.0);
            w.index(field.field);
            w.index(obj.0);
            w.index(src.0);
        }
        InstData::CallMethod { results, method, args, .. } => {
            regs(w, results);
            w.index(method.class.0);
            w.index(method.method);
            regs(w, args);
        }
        InstData::Throw { src } => w.index(src.0),
        InstData::Catch { dst } => w.index(dst.0),
    }
}

/// A callee as one varint: `index << 1`, plus 1 for an import.
fn callee(w: &mut Writer, c: Callee) {
    let v = match c {
        Callee::Func(f) => u64::from(f.0) << 1,
        Callee::Import(i) => (u64::from(i.0) << 1) | CALLEE_IMPORT_BIT,
    };
    w.varint(v);
}

fn src_loc(w: &mut Writer, loc: &SrcLoc) {
    match *loc {
        SrcLoc::None => w.u8(loc_tag::NONE),
        SrcLoc::Line { file, line, col } => {
            w.u8(loc_tag::LINE);
            w.index(file.0);
            w.index(line);
            w.index(col);
        }
        SrcLoc::Offset { file, offset } => {
            w.u8(loc_tag::OFFSET);
            w.index(file.0);
            w.index(offset);
        }
        SrcLoc::Addr(addr) => {
            w.u8(loc_tag::ADDR);
            w.varint(addr);
        }
    }
}
