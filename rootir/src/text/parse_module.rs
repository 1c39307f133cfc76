//! Modules and their items. Items may come in any order; files and constants are
//! numbered by order of appearance; names are resolved when the module ends.

use std::collections::HashMap;

use super::error::Error;
use super::lexer::Kind;
use super::parse_func::parse_func;
use super::parse_inst::class_ref;
use super::parser::{Parser, check_count};
use super::symbols::Refs;
use super::{MAX_ITEMS, escape};
use crate::{
    Callee, Class, ClassId, Constant, DataSegment, Export, Field, FuncId, Global, GlobalId, ImportId, InstData, Memory,
    Method, Module,
};

/// Parses every module of the input.
pub(super) fn parse_modules(p: &mut Parser<'_>) -> Result<Vec<Module>, Error> {
    let mut modules = Vec::new();
    while !p.at(Kind::Eof) {
        check_count(modules.len(), MAX_ITEMS, "modules", p.pos())?;
        modules.push(parse_module(p)?);
    }
    Ok(modules)
}

fn parse_module(p: &mut Parser<'_>) -> Result<Module, Error> {
    p.expect_word("module")?;
    let mut st = ModuleState { module: Module::new(p.name("a module name")?), ..ModuleState::default() };
    while !p.at(Kind::Eof) && !p.at_word("module") {
        st.item(p)?;
    }
    st.finish()
}

/// A module being parsed, with its name tables and forward references.
#[derive(Default)]
struct ModuleState {
    module: Module,
    /// Functions and imports: one namespace.
    callables: HashMap<String, Callee>,
    globals: HashMap<String, GlobalId>,
    /// Classes and interfaces: one namespace.
    classes: HashMap<String, ClassId>,
    refs: Refs,
    items: usize,
}

impl ModuleState {
    fn item(&mut self, p: &mut Parser<'_>) -> Result<(), Error> {
        check_count(self.items, MAX_ITEMS, "module items", p.pos())?;
        self.items += 1;
        match p.tok().text {
            "file" if p.at(Kind::Ident) => self.file(p),
            "import" if p.at(Kind::Ident) => self.import(p),
            "memory" if p.at(Kind::Ident) => self.memory(p),
            "data" if p.at(Kind::Ident) => self.data(p),
            "global" if p.at(Kind::Ident) => self.global(p),
            "const" if p.at(Kind::Ident) => self.constant(p),
            "export" if p.at(Kind::Ident) => self.export(p),
            "anyhook" if p.at(Kind::Ident) => self.any_hook(p),
            "func" if p.at(Kind::Ident) => self.func(p),
            "class" if p.at(Kind::Ident) => self.class(p, false),
            "interface" if p.at(Kind::Ident) => self.class(p, true),
            _ => Err(p.expected(
                "a module item (file, import, memory, data, global, const, export, anyhook, class, interface, func) or `module`",
            )),
        }
    }

    /// `file fN "NAME"`
    fn file(&mut self, p: &mut Parser<'_>) -> Result<(), Error> {
        p.bump()?;
        let (n, pos) = p.numbered('f', "a file number (`f0`)")?;
        expect_next(n, self.module.files.len(), 'f', "files", pos)?;
        self.module.files.push(p.string()?);
        Ok(())
    }

    /// `import @LOCAL = MODULE.NAME(TYPES) -> RESULTS`
    fn import(&mut self, p: &mut Parser<'_>) -> Result<(), Error> {
        p.bump()?;
        let pos = p.pos();
        let local_name = p.func_name()?;
        p.expect(Kind::Eq, "`=`")?;
        let module = p.name("a module name")?;
        p.expect(Kind::Dot, "`.`")?;
        let name = p.name("an export name")?;
        let sig = p.sig()?;
        let id = ImportId::new(self.module.imports.len());
        self.declare(&local_name, Callee::Import(id), pos)?;
        self.module.imports.push(crate::Import { local_name, module, name, sig });
        Ok(())
    }

    /// `memory INITIAL max MAX`
    fn memory(&mut self, p: &mut Parser<'_>) -> Result<(), Error> {
        let pos = p.bump()?.pos;
        if self.module.memory.is_some() {
            return Err(Error::new(pos, "a module has at most one `memory`"));
        }
        let initial = p.uint(u64::MAX, "the initial memory size in bytes")?;
        p.expect_word("max")?;
        let max = p.uint(u64::MAX, "the maximum memory size in bytes")?;
        self.module.memory = Some(Memory { initial, max });
        Ok(())
    }

    /// `data OFFSET = "BYTES"` (a `bytes` keyword before the string is allowed).
    fn data(&mut self, p: &mut Parser<'_>) -> Result<(), Error> {
        p.bump()?;
        let offset = p.uint(u64::MAX, "a data offset")?;
        p.expect(Kind::Eq, "`=`")?;
        p.eat_word("bytes")?;
        let bytes = p.bytes()?;
        self.module.data.push(DataSegment { offset, bytes });
        Ok(())
    }

    /// `global [mut] $NAME: TYPE = LITERAL`
    fn global(&mut self, p: &mut Parser<'_>) -> Result<(), Error> {
        p.bump()?;
        let mutable = p.eat_word("mut")?;
        let pos = p.pos();
        let name = p.global_name()?;
        p.expect(Kind::Colon, "`:`")?;
        let ty = p.ty()?;
        p.expect(Kind::Eq, "`=`")?;
        let init = p.literal(ty)?;
        let id = GlobalId::new(self.module.globals.len());
        if self.globals.insert(name.clone(), id).is_some() {
            return Err(Error::new(pos, format!("duplicate global `${}`", escape::NameLit(&name))));
        }
        self.module.globals.push(Global { name, ty, mutable, init });
        Ok(())
    }

    /// `const cN = "TEXT"` or `const cN = bytes "BYTES"`
    fn constant(&mut self, p: &mut Parser<'_>) -> Result<(), Error> {
        p.bump()?;
        let (n, pos) = p.numbered('c', "a constant number (`c0`)")?;
        expect_next(n, self.module.constants.len(), 'c', "constants", pos)?;
        p.expect(Kind::Eq, "`=`")?;
        let constant = if p.eat_word("bytes")? { Constant::Bytes(p.bytes()?) } else { Constant::Str(p.string()?) };
        self.module.constants.push(constant);
        Ok(())
    }

    /// `export @FUNC [as NAME]`
    fn export(&mut self, p: &mut Parser<'_>) -> Result<(), Error> {
        p.bump()?;
        let pos = p.pos();
        let func_name = p.func_name()?;
        let name = if p.eat_word("as")? { p.name("an export name")? } else { func_name.clone() };
        let sym = self.refs.locals.intern(func_name, pos)?;
        self.module.exports.push(Export { name, func: FuncId(sym) });
        Ok(())
    }

    /// `anyhook @f` (at most one per module)
    fn any_hook(&mut self, p: &mut Parser<'_>) -> Result<(), Error> {
        p.bump()?;
        let pos = p.pos();
        if self.module.any_hook.is_some() {
            return Err(Error::new(pos, "a module has at most one `anyhook`"));
        }
        let sym = self.refs.callees.intern(p.func_name()?, pos)?;
        self.module.any_hook = Some(Callee::Func(FuncId(sym)));
        Ok(())
    }

    /// `class NAME [extends SUPER] [implements I, J] { field F: T ... method M(SIG) = @f ... }`,
    /// or `interface NAME { method M(SIG) ... }`.
    fn class(&mut self, p: &mut Parser<'_>, is_interface: bool) -> Result<(), Error> {
        p.bump()?;
        let pos = p.pos();
        let name = p.name("a class name")?;
        let superclass = if p.eat_word("extends")? { Some(class_ref(p, &mut self.refs)?) } else { None };
        let mut interfaces = Vec::new();
        if p.eat_word("implements")? {
            loop {
                check_count(interfaces.len(), MAX_ITEMS, "interfaces", p.pos())?;
                interfaces.push(class_ref(p, &mut self.refs)?);
                if !p.eat(Kind::Comma)? {
                    break;
                }
            }
        }
        p.expect(Kind::LBrace, "`{`")?;
        let mut class = Class { name: name.clone(), is_interface, superclass, interfaces, ..Class::default() };
        while !p.eat(Kind::RBrace)? {
            check_count(class.fields.len() + class.methods.len(), MAX_ITEMS, "class members", p.pos())?;
            if p.eat_word("field")? {
                let name = p.name("a field name")?;
                p.expect(Kind::Colon, "`:`")?;
                class.fields.push(Field { name, ty: p.ty()? });
            } else if p.eat_word("method")? {
                let name = p.name("a method name")?;
                let sig = p.sig()?;
                let func = if p.eat(Kind::Eq)? {
                    let pos = p.pos();
                    Some(FuncId(self.refs.locals.intern(p.func_name()?, pos)?))
                } else {
                    None
                };
                class.methods.push(Method { name, sig, func });
            } else {
                return Err(p.expected("`field`, `method` or `}`"));
            }
        }
        let id = ClassId::new(self.module.classes.len());
        if self.classes.insert(name.clone(), id).is_some() {
            return Err(Error::new(pos, format!("duplicate class `{}`", escape::NameLit(&name))));
        }
        self.module.classes.push(class);
        Ok(())
    }

    fn func(&mut self, p: &mut Parser<'_>) -> Result<(), Error> {
        let pos = p.tok().pos;
        let func = parse_func(p, &mut self.refs)?;
        let id = FuncId::new(self.module.functions.len());
        self.declare(&func.name, Callee::Func(id), pos)?;
        self.module.functions.push(func);
        Ok(())
    }

    /// Adds a function or import name; names are unique across both.
    fn declare(&mut self, name: &str, callee: Callee, pos: usize) -> Result<(), Error> {
        if self.callables.insert(name.to_string(), callee).is_some() {
            let msg =
                format!("duplicate name `@{}` (functions and imports share one namespace)", escape::NameLit(name));
            return Err(Error::new(pos, msg));
        }
        Ok(())
    }

    /// Resolves forward references and checks file numbers.
    fn finish(mut self) -> Result<Module, Error> {
        if let Some((n, pos)) = self.refs.max_file.filter(|&(n, _)| n >= self.module.files.len() as u64) {
            return Err(Error::new(pos, format!("file `f{n}` is not declared")));
        }
        let callees = self.refs.callees.resolve(|name| {
            self.callables.get(name).copied().ok_or_else(|| format!("unknown function `@{}`", escape::NameLit(name)))
        })?;
        let locals = self.refs.locals.resolve(|name| match self.callables.get(name) {
            Some(Callee::Func(id)) => Ok(*id),
            Some(Callee::Import(_)) => {
                Err(format!("`@{}` is an import; a function of this module is needed here", escape::NameLit(name)))
            }
            None => Err(format!("unknown function `@{}`", escape::NameLit(name))),
        })?;
        let globals = self.refs.globals.resolve(|name| {
            self.globals.get(name).copied().ok_or_else(|| format!("unknown global `${}`", escape::NameLit(name)))
        })?;
        let classes = self.refs.classes.resolve(|name| {
            self.classes.get(name).copied().ok_or_else(|| format!("unknown class `{}`", escape::NameLit(name)))
        })?;
        for export in &mut self.module.exports {
            export.func = locals.get(export.func.index()).copied().unwrap_or(export.func);
        }
        if let Some(Callee::Func(sym)) = self.module.any_hook {
            self.module.any_hook = callees.get(sym.index()).copied();
        }
        let class_of = |c: ClassId| classes.get(c.index()).copied().unwrap_or(c);
        for class in &mut self.module.classes {
            class.superclass = class.superclass.map(class_of);
            for iface in &mut class.interfaces {
                *iface = class_of(*iface);
            }
            for method in &mut class.methods {
                method.func = method.func.map(|f| locals.get(f.index()).copied().unwrap_or(f));
            }
        }
        let members = self.resolve_members(&classes)?;
        let syms =
            Resolved { callees: &callees, locals: &locals, globals: &globals, classes: &classes, members: &members };
        let insts = self.module.functions.iter_mut().flat_map(|f| &mut f.blocks).flat_map(|b| &mut b.insts);
        for inst in insts {
            patch(&mut inst.data, &syms);
        }
        Ok(self.module)
    }

    /// The index of each `Class.member` use in its class's fields or methods.
    fn resolve_members(&self, classes: &[ClassId]) -> Result<Vec<u32>, Error> {
        self.refs
            .members
            .iter()
            .map(|m| {
                let class = classes.get(m.class as usize).and_then(|&c| self.module.class(c));
                let found = class.and_then(|c| {
                    if m.is_method {
                        c.methods.iter().position(|x| x.name == m.name)
                    } else {
                        c.fields.iter().position(|x| x.name == m.name)
                    }
                });
                found.map(|i| i as u32).ok_or_else(|| {
                    let kind = if m.is_method { "method" } else { "field" };
                    let class = class.map_or("?", |c| c.name.as_str());
                    let msg =
                        format!("class `{}` declares no {kind} `{}`", escape::NameLit(class), escape::NameLit(&m.name));
                    Error::new(m.pos, msg)
                })
            })
            .collect()
    }
}

/// Resolved symbols: placeholder index → id.
struct Resolved<'a> {
    callees: &'a [Callee],
    locals: &'a [FuncId],
    globals: &'a [GlobalId],
    classes: &'a [ClassId],
    members: &'a [u32],
}

/// Replaces the symbol placeholders of an instruction with resolved ids.
/// (Every placeholder is a symbol index, so the lookups always succeed.)
fn patch(data: &mut InstData, syms: &Resolved<'_>) {
    let Resolved { callees, locals, globals, classes, members } = *syms;
    let class = |c: &mut ClassId| *c = classes.get(c.index()).copied().unwrap_or(*c);
    let member = |i: &mut u32| *i = members.get(*i as usize).copied().unwrap_or(*i);
    match data {
        InstData::Call { callee, .. } => {
            if let Callee::Func(sym) = *callee {
                *callee = callees.get(sym.index()).copied().unwrap_or(*callee);
            }
        }
        InstData::FuncAddr { func, .. } => *func = locals.get(func.index()).copied().unwrap_or(*func),
        InstData::GlobalGet { global, .. } | InstData::GlobalSet { global, .. } => {
            *global = globals.get(global.index()).copied().unwrap_or(*global);
        }
        InstData::New { class: c, .. } | InstData::ClassTest { class: c, .. } => class(c),
        InstData::FieldGet { field, .. } | InstData::FieldSet { field, .. } => {
            class(&mut field.class);
            member(&mut field.field);
        }
        InstData::CallMethod { method, .. } => {
            class(&mut method.class);
            member(&mut method.method);
        }
        _ => {}
    }
}

/// Fails unless item number `n` is the next one (`len`): files and constants are numbered in order.
fn expect_next(n: u64, len: usize, prefix: char, what: &str, pos: usize) -> Result<(), Error> {
    check_count(len, MAX_ITEMS, what, pos)?;
    if n != len as u64 {
        return Err(Error::new(
            pos,
            format!("expected `{prefix}{len}` here ({what} are numbered in order from {prefix}0)"),
        ));
    }
    Ok(())
}
