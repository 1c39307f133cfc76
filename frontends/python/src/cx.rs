//! The compiler of one function: shared helpers of `expr.rs` and `stmt.rs`.

use crate::emit::{Error, F_CONST, F_GGET, FnGen, ModGen};
use crate::host;
use rootir::{Callee, FuncType, Type};
use vstarr::stack::Imm;

/// Where a name lives.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// A local of the function.
    Local(u32),
    /// A module global.
    Global(u32),
    /// A built-in function, type or exception class.
    Builtin,
    /// A variable of this function shared with nested functions: the local holding its cell.
    Cell(u32),
    /// A variable of an enclosing function: its index in this function's closure.
    Free(u32),
}

/// Compiles one function.
pub struct Cx<'m, 'a> {
    /// The module.
    pub m: &'m mut ModGen<'a>,
    /// The function.
    pub f: FnGen,
}

/// A compile result.
pub type R<T = ()> = Result<T, Error>;

impl<'m, 'a> Cx<'m, 'a> {
    /// An error at the current position.
    pub fn err<T>(&self, message: impl Into<String>) -> R<T> {
        Err((self.f.at, message.into()))
    }

    /// Calls host function `py.name`.
    pub fn host(&mut self, name: &str) {
        let (id, sig) = self.m.import(name);
        self.f.call(Callee::Import(id), sig);
        if host::may_raise(name) {
            self.check_answering(host::pending(name));
        }
    }

    /// The check after a host call or `any` comparison that may make a call request: a
    /// request is answered by `__pending` (whose result stands in for the call's), an
    /// exception thrown.
    pub fn check_answering(&mut self, pending: host::Pending) {
        use vstarr::operation::{Attr, Operation};
        if pending == host::Pending::Never {
            return self.check();
        }
        self.f.inst(Operation::with(rootir::Opcode::GlobalGet, Attr::Global(crate::emit::G_EXC)), 1);
        self.i32(0);
        self.f.op(rootir::Opcode::ArrayGetRef);
        self.f.op(rootir::Opcode::RefIsNull);
        let skip = self.f.branch_if(u32::MAX);
        if pending == host::Pending::Next {
            self.f.shuffle(vstarr::stack::Shuffle::Pop);
            self.f.shuffle(vstarr::stack::Shuffle::Pop);
            self.f.call(Callee::Func(crate::emit::F_PENDING_NEXT), FuncType::new([], [Type::I32, Type::Any]));
            self.f.patch_here(skip);
            return;
        }
        if pending != host::Pending::Drop {
            self.f.shuffle(vstarr::stack::Shuffle::Pop);
        }
        self.f.call(Callee::Func(crate::emit::F_PENDING), FuncType::new([], [Type::Any]));
        match pending {
            host::Pending::Drop => self.f.shuffle(vstarr::stack::Shuffle::Pop),
            host::Pending::Truth => {
                let (id, sig) = self.m.import("truthy");
                self.f.call(Callee::Import(id), sig);
                self.check();
            }
            _ => {}
        }
        self.f.patch_here(skip);
    }

    /// Throws the exception the runtime left in the exception box, if any.
    pub fn check(&mut self) {
        use vstarr::operation::{Attr, Operation};
        self.f.inst(Operation::with(rootir::Opcode::GlobalGet, Attr::Global(crate::emit::G_EXC)), 1);
        self.i32(0);
        self.f.op(rootir::Opcode::ArrayGetRef);
        self.f.op(rootir::Opcode::RefIsNull);
        let skip = self.f.branch_if(u32::MAX);
        self.throw_pending();
        self.f.patch_here(skip);
    }

    /// Takes the pending exception and throws it.
    pub fn throw_pending(&mut self) {
        self.f.call(Callee::Func(crate::emit::F_TAKE), FuncType::new([], [Type::Ref]));
        self.f.throw();
    }

    /// Pushes `None`.
    pub fn none(&mut self) {
        self.f.op(rootir::Opcode::AnyNone);
    }

    /// Pushes an i32.
    pub fn i32(&mut self, v: i32) {
        self.f.push(Imm::i32(v));
    }

    /// Pushes a str constant.
    pub fn str_const(&mut self, s: &str) {
        let k = self.m.constant(s);
        self.i32(k as i32);
        self.f.call(Callee::Func(F_CONST), FuncType::new([Type::I32], [Type::Any]));
    }

    /// Pushes a module global.
    pub fn global_load(&mut self, g: u32) {
        use vstarr::operation::{Attr, Operation};
        // Inline while bound; `__gget` raises the NameError.
        self.f.inst(Operation::with(rootir::Opcode::GlobalGet, Attr::Global(crate::emit::G_GLOBALS)), 1);
        self.i32(g as i32);
        self.f.op(rootir::Opcode::ArrayGetAny);
        self.f.shuffle(vstarr::stack::Shuffle::Dup);
        self.f.op(rootir::Opcode::AnyValid);
        let bound = self.f.branch_if(u32::MAX);
        self.f.shuffle(vstarr::stack::Shuffle::Pop);
        self.i32(g as i32);
        self.f.call(Callee::Func(F_GGET), FuncType::new([Type::I32], [Type::Any]));
        self.f.patch_here(bound);
    }

    /// Pops into a module global.
    pub fn global_store(&mut self, g: u32) {
        use vstarr::operation::{Attr, Operation};
        let tmp = self.f.temp(Type::Any);
        self.f.store(tmp);
        self.f.inst(Operation::with(rootir::Opcode::GlobalGet, Attr::Global(crate::emit::G_GLOBALS)), 1);
        self.i32(g as i32);
        self.f.load(tmp);
        self.f.op(rootir::Opcode::ArraySetAny);
    }

    /// Where `name` lives here.
    pub fn resolve(&mut self, name: &str) -> R<Place> {
        if let Some(&l) = self.f.cells.get(name) {
            return Ok(Place::Cell(l));
        }
        if let Some(i) = self.f.free.iter().position(|n| n == name) {
            return Ok(Place::Free(i as u32));
        }
        if let Some(&l) = self.f.names.get(name)
            && !self.f.global_decls.contains(name)
        {
            return Ok(Place::Local(l));
        }
        if self.f.global_decls.contains(name) {
            return Ok(Place::Global(self.m.global(name)));
        }
        Ok(self.resolve_global(name))
    }

    /// Where `name` lives outside every function: a module global or a built-in.
    pub fn resolve_global(&mut self, name: &str) -> Place {
        if !self.m.module_names.contains(name) && host::BUILTINS.contains(&name) {
            return Place::Builtin;
        }
        Place::Global(self.m.global(name))
    }

    /// Pushes the value of `name`.
    pub fn load_name(&mut self, name: &str) -> R {
        if name == "__name__" && !self.m.module_names.contains(name) {
            self.dunder_name();
            return Ok(());
        }
        if let Some(&shadow) = self.f.class_shadows.get(name) {
            // A name the class body binds: its class attribute while bound, else the global
            // or built-in (CPython's `LOAD_NAME` in a class body).
            self.f.load(shadow);
            self.f.shuffle(vstarr::stack::Shuffle::Dup);
            self.f.op(rootir::Opcode::AnyValid);
            let bound = self.f.branch_if(u32::MAX);
            self.f.shuffle(vstarr::stack::Shuffle::Pop);
            let outside = self.resolve_global(name);
            self.load_place(name, outside);
            self.f.patch_here(bound);
            return Ok(());
        }
        let place = self.resolve(name)?;
        if name == "__class__"
            && matches!(place, Place::Global(_) | Place::Builtin)
            && let Some(key) = self.f.class.clone()
        {
            // In a method: its class (CPython's `__class__` cell).
            return self.load_class_of_method(&key);
        }
        self.load_place(name, place);
        Ok(())
    }

    /// Pushes the class of the method being compiled, known by `key` (`classes.rs`).
    pub fn load_class_of_method(&mut self, key: &str) -> R {
        if crate::classes::is_class_cell(key) {
            return self.load_name(key);
        }
        let g = self.m.global(key);
        self.global_load(g);
        Ok(())
    }

    /// Pushes the value of `name`, which lives at `place`.
    fn load_place(&mut self, name: &str, place: Place) {
        match place {
            Place::Local(l) => self.f.load(l),
            Place::Cell(l) => {
                self.f.load(l);
                self.host("cell_get");
            }
            Place::Free(i) => {
                self.free_cell(i);
                self.host("cell_get");
            }
            Place::Global(g) => self.global_load(g),
            Place::Builtin => {
                self.str_const(name);
                self.host("builtin_value");
            }
        }
    }

    /// Pushes the cell of free variable `i` (from the closure, local 0).
    pub fn free_cell(&mut self, i: u32) {
        self.f.load(0);
        self.tuple_get(i);
    }

    /// Pops into `name`.
    pub fn store_name(&mut self, name: &str) -> R {
        let cell = match self.resolve(name) {
            Ok(Place::Cell(l)) => Some((l, None)),
            Ok(Place::Free(i)) => Some((0, Some(i))),
            _ => None,
        };
        if let Some((l, free)) = cell {
            let v = self.f.temp(Type::Any);
            self.f.store(v);
            match free {
                Some(i) => self.free_cell(i),
                None => self.f.load(l),
            }
            self.f.load(v);
            self.host("cell_set");
            return Ok(());
        }
        if self.f.is_module && !self.f.names.contains_key(name) || self.f.global_decls.contains(name) {
            let g = self.m.global(name);
            self.global_store(g);
            return Ok(());
        }
        let l = self.f.local(name);
        self.f.store(l);
        Ok(())
    }

    /// Replaces the value on the stack with `str(value)` (`which` 0) or `repr(value)` (1),
    /// calling `__str__`/`__repr__` of an instance.
    pub fn text(&mut self, which: i32) {
        self.i32(which);
        self.f.call(Callee::Func(crate::emit::F_TEXT), FuncType::new([Type::Any, Type::I32], [Type::Any]));
    }
}
