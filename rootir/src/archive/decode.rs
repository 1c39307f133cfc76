//! The decoder: untrusted `.rira` bytes to an [`Archive`]. Checks the header
//! and the checksum first, then reads the fields in the order of
//! `docs/archive-format.md`. It checks structure only; the verifier checks meaning.

use crate::{
    Archive, Class, ClassId, Constant, DataSegment, Export, Field, FuncId, Global, Import, Manifest, Memory, Method,
    Module,
};

use super::crc32::crc32;
use super::decode_inst::function;
use super::layout::{
    HEADER_LEN, ImmKind, MAGIC, TRAILER_LEN, VERSION, class_flag, const_tag, global_flag, memory_tag, min_len,
};
use super::reader::{Reader, Result, error_at};

/// Decodes a whole archive.
pub(super) fn archive(bytes: &[u8]) -> Result<Archive> {
    let body_end = envelope(bytes)?;
    let mut r = Reader::new(bytes, HEADER_LEN, body_end);
    let manifest = manifest(&mut r)?;
    let modules = modules(&mut r)?;
    r.expect_end()?;
    Ok(Archive { manifest, modules })
}

/// Checks magic, version and checksum; returns where the body ends.
fn envelope(bytes: &[u8]) -> Result<usize> {
    let magic_len = bytes.len().min(MAGIC.len());
    if bytes[..magic_len] != MAGIC[..magic_len] {
        return error_at(0, "not a .rira archive (bad magic)");
    }
    if bytes.len() < HEADER_LEN + TRAILER_LEN {
        return error_at(bytes.len(), format!("truncated: {} bytes is shorter than any archive", bytes.len()));
    }
    let version = u16::from_le_bytes([bytes[4], bytes[5]]);
    if version != VERSION {
        return error_at(4, format!("unsupported format version {version} (this decoder reads version {VERSION})"));
    }
    let body_end = bytes.len() - TRAILER_LEN;
    let stored = u32::from_le_bytes([bytes[body_end], bytes[body_end + 1], bytes[body_end + 2], bytes[body_end + 3]]);
    let computed = crc32(&bytes[..body_end]);
    if stored != computed {
        return error_at(
            body_end,
            format!("checksum mismatch: stored {stored:#010x}, computed {computed:#010x} (corrupt or truncated)"),
        );
    }
    Ok(body_end)
}

fn manifest(r: &mut Reader) -> Result<Manifest> {
    let entry_module = r.string("entry module name")?;
    let entry_export = r.string("entry export name")?;
    let capabilities = r.strings("capabilities")?;
    Ok(Manifest { entry_module, entry_export, capabilities })
}

fn modules(r: &mut Reader) -> Result<Vec<Module>> {
    let start = r.pos();
    let modules = r.list(min_len::MODULE, "modules", module)?;
    if modules.is_empty() {
        return error_at(start, "an archive holds at least one module");
    }
    Ok(modules)
}

fn module(r: &mut Reader) -> Result<Module> {
    let name = r.string("module name")?;
    let files = r.strings("files")?;
    let imports = r.list(min_len::IMPORT, "imports", import)?;
    let memory = memory(r)?;
    let data = r.list(min_len::DATA, "data segments", data_segment)?;
    let globals = r.list(min_len::GLOBAL, "globals", global)?;
    let constants = r.list(min_len::CONSTANT, "constants", constant)?;
    let exports = r.list(min_len::EXPORT, "exports", export)?;
    let functions = r.list(min_len::FUNCTION, "functions", function)?;
    let classes = r.list(min_len::CLASS, "classes", class)?;
    let any_hook = super::decode_inst::opt_callee(r)?;
    Ok(Module { name, files, imports, globals, constants, memory, data, functions, exports, classes, any_hook })
}

/// An optional index: 0 for none, `index + 1` otherwise.
pub(super) fn opt_index(r: &mut Reader, what: &str) -> Result<Option<u32>> {
    let start = r.pos();
    match r.varint(what)? {
        0 => Ok(None),
        v => match u32::try_from(v - 1) {
            Ok(i) => Ok(Some(i)),
            Err(_) => error_at(start, format!("{what} {} does not fit in 32 bits", v - 1)),
        },
    }
}

fn class(r: &mut Reader) -> Result<Class> {
    let name = r.string("class name")?;
    let flags_at = r.pos();
    let flags = r.u8("class flags")?;
    if flags & !class_flag::ALL != 0 {
        return error_at(flags_at, format!("unknown class flags {flags:#04x}"));
    }
    let superclass = opt_index(r, "superclass")?.map(ClassId);
    let interfaces = r.list(min_len::INDEX, "interfaces", |r| Ok(ClassId(r.u32("interface")?)))?;
    let fields = r.list(min_len::FIELD, "fields", field)?;
    let methods = r.list(min_len::METHOD, "methods", method)?;
    Ok(Class { name, is_interface: flags & class_flag::INTERFACE != 0, superclass, interfaces, fields, methods })
}

fn field(r: &mut Reader) -> Result<Field> {
    Ok(Field { name: r.string("field name")?, ty: r.ty("field type")? })
}

fn method(r: &mut Reader) -> Result<Method> {
    let name = r.string("method name")?;
    let sig = r.sig()?;
    let func = opt_index(r, "method function")?.map(FuncId);
    Ok(Method { name, sig, func })
}

fn import(r: &mut Reader) -> Result<Import> {
    let local_name = r.string("import local name")?;
    let module = r.string("import module")?;
    let name = r.string("import name")?;
    let sig = r.sig()?;
    Ok(Import { local_name, module, name, sig })
}

fn memory(r: &mut Reader) -> Result<Option<Memory>> {
    let start = r.pos();
    match r.u8("memory tag")? {
        memory_tag::NONE => Ok(None),
        memory_tag::SOME => {
            let initial = r.varint("memory initial size")?;
            let max = r.varint("memory maximum size")?;
            Ok(Some(Memory { initial, max }))
        }
        tag => error_at(start, format!("unknown memory tag {tag}")),
    }
}

fn data_segment(r: &mut Reader) -> Result<DataSegment> {
    let offset = r.varint("data offset")?;
    let bytes = r.byte_vec("data bytes")?;
    Ok(DataSegment { offset, bytes })
}

fn global(r: &mut Reader) -> Result<Global> {
    let name = r.string("global name")?;
    let ty = r.ty("global type")?;
    let flags_at = r.pos();
    let flags = r.u8("global flags")?;
    if flags & !global_flag::ALL != 0 {
        return error_at(flags_at, format!("unknown global flags {flags:#04x}"));
    }
    let init = r.imm(ImmKind::of(Some(ty)), "global initial value")?;
    Ok(Global { name, ty, mutable: flags & global_flag::MUTABLE != 0, init })
}

fn constant(r: &mut Reader) -> Result<Constant> {
    let start = r.pos();
    match r.u8("constant tag")? {
        const_tag::STR => Ok(Constant::Str(r.string("string constant")?)),
        const_tag::BYTES => Ok(Constant::Bytes(r.byte_vec("bytes constant")?)),
        tag => error_at(start, format!("unknown constant tag {tag}")),
    }
}

fn export(r: &mut Reader) -> Result<Export> {
    let name = r.string("export name")?;
    let func = FuncId(r.u32("exported function")?);
    Ok(Export { name, func })
}
