//! Method calls `o.name(args)` with positional arguments, as CPython's `LOAD_METHOD` /
//! `CALL`: no bound method is made. `py.method` looks the method up before the arguments
//! are evaluated; when it is not a plain function of the class or a built-in method of a
//! list, dict, set or str, the attribute is read with `py.getattr` as before (CPython's
//! AttributeError, properties). The arguments go in one tuple with `o` as item 0, and the
//! stub `__callm` calls through `py.call_prepare_m` (`runtimes/python/src/method_call.rs`).
//!
//! Calls of a module-level class by name (`Point(x, y)`) use the same stub with item 0 of the
//! tuple left free: the runtime puts the new instance there, and the tuple is `__init__`'s.

use crate::cx::{Cx, R};
use crate::emit::{F_CALLM, G_ICS, IC_SLOTS};
use rootir::{Callee, FuncType, Opcode, Type};
use rustpython_parser::ast::{self, Expr};

impl<'a> Cx<'_, 'a> {
    /// Pushes the result of `a.value.attr(*args)` (positional arguments, none starred).
    pub fn method_call(&mut self, a: &'a ast::ExprAttribute, args: &'a [Expr]) -> R {
        self.expr(&a.value)?;
        let o = self.f.temp(Type::Any);
        self.f.store(o);
        self.f.load(o);
        self.str_const(&a.attr);
        self.inline_cache(args.len());
        self.host("method");
        let f = self.f.temp(Type::Any);
        self.f.store(f);
        let how = self.f.temp(Type::I32);
        self.f.store(how);
        self.f.load(how);
        let found = self.f.branch_if(u32::MAX);
        self.f.load(o);
        self.str_const(&a.attr);
        self.host("getattr");
        self.f.store(f);
        self.f.patch_here(found);
        let t = self.new_tuple(args.len() + 1);
        self.f.load(t);
        self.i32(1);
        self.f.load(o);
        self.array_set_any();
        self.call_through_callm(f, t, args, |cx| cx.f.load(how))
    }

    /// Pushes the inline cache of a new method-call site (the module's cache array and the
    /// site's first slot) and the number of arguments, `py.method`'s last three arguments.
    fn inline_cache(&mut self, nargs: usize) {
        use vstarr::operation::{Attr, Operation};
        self.f.inst(Operation::with(Opcode::GlobalGet, Attr::Global(G_ICS)), 1);
        self.f.op(Opcode::AnyFromRef);
        self.i32((self.m.method_sites * IC_SLOTS) as i32);
        self.m.method_sites += 1;
        self.i32(nargs as i32);
    }

    /// Pushes the result of `name(*args)`, `name` a module-level class (positional arguments,
    /// none starred).
    pub fn class_call(&mut self, name: &str, args: &'a [Expr]) -> R {
        self.load_name(name)?;
        let f = self.f.temp(Type::Any);
        self.f.store(f);
        let t = self.new_tuple(args.len() + 1);
        self.call_through_callm(f, t, args, |cx| cx.i32(SLOT_FREE))
    }

    /// Stores `args` as items 2.. of the argument tuple `t` (item 1 is the receiver's slot),
    /// then calls `__callm` with the callee in local `f`, `t`, and the call kind `push_how`
    /// pushes.
    fn call_through_callm(&mut self, f: u32, t: u32, args: &'a [Expr], push_how: impl FnOnce(&mut Self)) -> R {
        for (i, x) in args.iter().enumerate() {
            self.f.load(t);
            self.i32(i as i32 + 2);
            self.expr(x)?;
            self.array_set_any();
        }
        self.f.load(f);
        self.f.load(t);
        self.f.op(Opcode::AnyFromRef);
        push_how(self);
        self.f.call(Callee::Func(F_CALLM), FuncType::new([Type::Any, Type::Any, Type::I32], [Type::Any]));
        Ok(())
    }
}

/// `how` of `__callm` for a tuple whose item 0 is free (`SLOT_FREE` of the runtime's
/// `method_call.rs`).
const SLOT_FREE: i32 = 3;
