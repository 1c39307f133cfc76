//! Statements.

use crate::cx::{Cx, R};
use crate::emit::{Body, Exit, Loop, PyFunc};
use crate::expr::binop_name;
use rootir::{Opcode, Type};
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};
use vstarr::stack::{Imm, Shuffle};

/// The operators of `py.inplace`, by index.
const INPLACE: [&str; 12] =
    ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"];

/// The special methods the runtime honours (`runtimes/python/src/dunder.rs`); a class
/// defining another one is a diagnostic, since the runtime would ignore it.
const SPECIAL_METHODS: &[&str] = &[
    "__init__",
    "__str__",
    "__repr__",
    "__enter__",
    "__exit__",
    "__call__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__len__",
    "__bool__",
    "__contains__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__neg__",
    "__pos__",
    "__invert__",
    "__abs__",
    "__add__",
    "__sub__",
    "__mul__",
    "__truediv__",
    "__floordiv__",
    "__mod__",
    "__pow__",
    "__lshift__",
    "__rshift__",
    "__and__",
    "__or__",
    "__xor__",
    "__radd__",
    "__rsub__",
    "__rmul__",
    "__rtruediv__",
    "__rfloordiv__",
    "__rmod__",
    "__rpow__",
    "__rlshift__",
    "__rrshift__",
    "__rand__",
    "__ror__",
    "__rxor__",
    "__iadd__",
    "__isub__",
    "__imul__",
    "__itruediv__",
    "__ifloordiv__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__iand__",
    "__ior__",
    "__ixor__",
    "__iter__",
    "__next__",
    "__hash__",
    "__setattr__",
    "__delattr__",
    "__getattr__",
    "__post_init__",
    "__format__",
    "__init_subclass__",
    "__set_name__",
    "__get__",
    "__set__",
    "__index__",
    "__class_getitem__",
    "__aiter__",
    "__anext__",
    "__aenter__",
    "__aexit__",
    "__getattribute__",
];

impl<'a> Cx<'_, 'a> {
    /// Compiles a block of statements.
    pub fn block(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> R {
        self.f.at = s.start();
        debug_assert_eq!(self.f.depth, 0);
        match s {
            Stmt::Expr(e) => match &*e.value {
                Expr::Yield(y) => self.yield_stmt(y.value.as_deref(), None)?,
                Expr::YieldFrom(y) => self.yield_from(&y.value, None)?,
                value => {
                    self.expr(value)?;
                    self.f.shuffle(Shuffle::Pop);
                }
            },
            Stmt::Assign(a) if a.targets.len() == 1 && matches!(&*a.value, Expr::Yield(_)) => {
                let Expr::Yield(y) = &*a.value else { return self.err("internal: yield") };
                self.yield_stmt(y.value.as_deref(), Some(&a.targets[0]))?;
            }
            Stmt::Assign(a) if a.targets.len() == 1 && matches!(&*a.value, Expr::YieldFrom(_)) => {
                let Expr::YieldFrom(y) = &*a.value else { return self.err("internal: yield from") };
                self.yield_from(&y.value, Some(&a.targets[0]))?;
            }
            Stmt::Assign(a) if a.targets.len() == 1 && self.parallel_assign(&a.targets[0], &a.value)? => {}
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.f.shuffle(Shuffle::Dup);
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::Pass(_) => {}
            Stmt::If(i) => {
                self.cond(&i.test)?;
                self.f.op(Opcode::I32Eqz);
                let to_else = self.f.branch_if(u32::MAX);
                self.block(&i.body)?;
                if i.orelse.is_empty() {
                    self.f.patch_here(to_else);
                } else {
                    let to_end = self.f.jump(u32::MAX);
                    self.f.patch_here(to_else);
                    self.block(&i.orelse)?;
                    self.f.patch_here(to_end);
                }
            }
            Stmt::While(w) => {
                let head = self.f.here();
                self.cond(&w.test)?;
                self.f.op(Opcode::I32Eqz);
                let exit = self.f.branch_if(u32::MAX);
                self.loop_body(head, &w.body, &w.orelse, exit)?;
            }
            Stmt::For(f) => {
                let (head, exit) = self.for_loop_head(&f.iter)?;
                self.store_target(&f.target)?;
                self.loop_body(head, &f.body, &f.orelse, exit)?;
            }
            Stmt::Break(_) => self.leave(Exit::Break)?,
            Stmt::Continue(_) => self.leave(Exit::Continue)?,
            Stmt::Return(r) => {
                if self.f.is_module {
                    return self.err("`return` outside a function");
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.none(),
                }
                self.leave(Exit::Return)?;
            }
            Stmt::FunctionDef(d) => self.def(d)?,
            Stmt::ClassDef(c) => self.class(c)?,
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Raise(r) => {
                match (&r.exc, &r.cause, self.f.caught_values.last()) {
                    // `raise X from Y`: Y is the direct cause (`from None`: no chain).
                    (Some(exc), Some(cause), _) => {
                        self.expr(exc)?;
                        self.expr(cause)?;
                        self.i32(1);
                        self.host("raise_chained");
                    }
                    // `raise X` in an `except` block: chained to the exception being handled.
                    (Some(exc), None, Some(&handled)) => {
                        self.expr(exc)?;
                        self.f.load(handled);
                        self.i32(2);
                        self.host("raise_chained");
                    }
                    (Some(exc), None, None) => {
                        self.expr(exc)?;
                        self.host("raise");
                    }
                    (None, Some(_), _) => return self.err("`raise from` needs an exception"),
                    (None, None, _) => {
                        let Some(&caught) = self.f.caught.last() else {
                            return self.err("a bare `raise` outside an `except` block is not supported");
                        };
                        self.f.load(caught);
                        self.f.throw();
                    }
                }
                self.dead_return();
            }
            Stmt::Assert(a) => {
                self.cond(&a.test)?;
                let ok = self.f.branch_if(u32::MAX);
                match &a.msg {
                    Some(m) => self.expr(m)?,
                    None => self.none(),
                }
                // The failure is placed at the test, where CPython's carets point.
                let saved = self.f.at;
                self.f.at = a.test.start();
                self.host("assert_fail");
                self.f.at = saved;
                self.f.patch_here(ok);
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.del_target(t)?;
                }
            }
            Stmt::Import(i) => self.import_stmt(i)?,
            Stmt::ImportFrom(i) => self.import_from_stmt(i)?,
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::TryStar(_) => return self.err("`try ... except*` is not supported yet"),
            Stmt::With(w) => self.with_stmt(&w.items, &w.body)?,
            _ => return self.err("this statement is not supported yet"),
        }
        Ok(())
    }

    /// `del t`: a subscript or slice, an attribute (`py.delattr`), a name (unbound again: a
    /// later read raises `NameError`/`UnboundLocalError`; deleting an unbound name raises), or
    /// a tuple or list of these.
    fn del_target(&mut self, t: &'a Expr) -> R {
        match t {
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                if let Expr::Slice(sl) = &*s.slice {
                    self.slice_parts(sl)?;
                    self.host("del_slice");
                } else {
                    self.expr(&s.slice)?;
                    self.host("delitem");
                }
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.str_const(&a.attr);
                self.host("delattr");
            }
            Expr::Name(n) => {
                if self.m.direct.contains_key(n.id.as_str()) {
                    return self.err("`del` of a module-level function is not supported yet");
                }
                self.load_name(&n.id)?;
                self.f.shuffle(Shuffle::Pop);
                self.host("unbound");
                self.store_name(&n.id)?;
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.del_target(e)?;
                }
            }
            _ => return self.err("this `del` target is not supported"),
        }
        Ok(())
    }

    /// Ends flow after a call that never returns (the code after it is unreachable).
    fn dead_return(&mut self) {
        if self.f.is_module {
            self.f.push(Imm::i32(1));
        } else {
            self.none();
        }
        self.f.ret();
    }

    fn try_stmt(&mut self, t: &'a ast::StmtTry) -> R {
        if t.finalbody.is_empty() { self.try_except(t) } else { self.try_finally(t) }
    }

    /// `try` with `except` clauses (and `else`), without `finally`.
    pub fn try_except(&mut self, t: &'a ast::StmtTry) -> R {
        if t.handlers.is_empty() {
            self.block(&t.body)?;
            return self.block(&t.orelse);
        }
        let start = self.f.here();
        self.block(&t.body)?;
        let end = self.f.here();
        self.block(&t.orelse)?;
        let mut done = vec![self.f.jump(u32::MAX)];
        let handler = self.f.here();
        self.f.depth = 1;
        let exc = self.f.temp(Type::Ref);
        self.f.store(exc);
        let value = self.exc_value(exc);
        self.f.caught.push(exc);
        self.f.caught_values.push(value);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.f.at = h.range.start();
            let mut next = None;
            if let Some(class) = &h.type_ {
                self.f.load(value);
                self.expr(class)?;
                self.host("exc_match");
                self.f.op(Opcode::I32Eqz);
                next = Some(self.f.branch_if(u32::MAX));
            }
            if let Some(name) = &h.name {
                self.f.load(value);
                self.store_name(name)?;
            }
            self.block(&h.body)?;
            done.push(self.f.jump(u32::MAX));
            if let Some(n) = next {
                self.f.patch_here(n);
            }
        }
        self.f.caught.pop();
        self.f.caught_values.pop();
        self.f.load(exc);
        self.f.throw();
        for d in done {
            self.f.patch_here(d);
        }
        if start < end {
            self.f.handlers.push(vstarr::stack::Handler { start, end, handler });
        }
        Ok(())
    }

    /// The head of a loop over the iterator in local `it`: `py.next`, then the branch out when
    /// it is exhausted (to be patched). Returns the head, that branch and the local holding
    /// the item.
    pub fn loop_head(&mut self, it: u32) -> (u32, usize, u32) {
        let head = self.f.here();
        self.f.load(it);
        self.host("next");
        let v = self.f.temp(Type::Any);
        self.f.store(v);
        self.f.op(Opcode::I32Eqz);
        let exit = self.f.branch_if(u32::MAX);
        (head, exit, v)
    }

    fn loop_body(&mut self, head: u32, body: &'a [Stmt], orelse: &'a [Stmt], exit: usize) -> R {
        self.f.loops.push(Loop { head, breaks: Vec::new() });
        self.block(body)?;
        self.f.jump(head);
        let l = self.f.loops.pop().map(|l| l.breaks).unwrap_or_default();
        self.f.patch_here(exit);
        self.block(orelse)?;
        for b in l {
            self.f.patch_here(b);
        }
        Ok(())
    }

    /// `x op= v`: `py.inplace` (the instance's `__iadd__` etc. first, then as `x op v`).
    fn inplace(&mut self, op: &str) {
        if self.inplace_inline(op) {
            return;
        }
        let index = INPLACE.iter().position(|&o| o == op).unwrap_or(0);
        self.i32(index as i32);
        self.host("inplace");
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> R {
        let Some(op) = binop_name(a.op) else { return self.err("the `@=` operator is not supported") };
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(&n.id)?;
                self.expr(&a.value)?;
                self.inplace(op);
                self.store_name(&n.id)
            }
            Expr::Attribute(at) => {
                let o = self.f.temp(Type::Any);
                self.expr(&at.value)?;
                self.f.store(o);
                self.f.load(o);
                self.str_const(&at.attr);
                self.f.load(o);
                self.str_const(&at.attr);
                self.op_or_host("getattr");
                self.expr(&a.value)?;
                self.inplace(op);
                self.op_or_host("setattr");
                Ok(())
            }
            Expr::Subscript(s) => {
                let (o, k) = (self.f.temp(Type::Any), self.f.temp(Type::Any));
                self.expr(&s.value)?;
                self.f.store(o);
                self.expr(&s.slice)?;
                self.f.store(k);
                self.f.load(o);
                self.f.load(k);
                self.f.load(o);
                self.f.load(k);
                self.op_or_host("getitem");
                self.expr(&a.value)?;
                self.inplace(op);
                self.op_or_host("setitem");
                Ok(())
            }
            _ => self.err("this augmented assignment target is not supported"),
        }
    }

    /// The Python function of a `def` (registered before for module-level functions).
    /// `class` is the method's class: its qualified name and the key `super()` finds it by
    /// (`classes.rs`).
    fn func_of(&mut self, d: &'a ast::StmtFunctionDef, class: Option<(&str, &str)>) -> R<u32> {
        if class.is_none()
            && let Some(&p) = self.m.direct.get(d.name.as_str())
            && let Body::Stmts(body) = self.m.funcs[p as usize].body
            && std::ptr::eq(body, d.body.as_slice())
        {
            return Ok(p);
        }
        let params = crate::scope::params_of(&d.args);
        let free = crate::scope::free_names(&params, &d.body);
        let uses_super = crate::classes::uses_class(&free);
        let mut freevars = self.closure_vars(free);
        if let Some((_, key)) = class
            && uses_super
            && self.f.cells.contains_key(key)
        {
            freevars.push(key.to_string());
        }
        let name = match class {
            Some((q, _)) => format!("{q}.{}", d.name),
            None => d.name.to_string(),
        };
        Ok(self.m.add_func(PyFunc {
            name,
            params,
            body: Body::Stmts(&d.body),
            class: class.map(|(_, key)| key.to_string()),
            default_globals: Vec::new(),
            freevars,
            gen_params: None,
        }))
    }

    fn def(&mut self, d: &'a ast::StmtFunctionDef) -> R {
        let decs = self.decorators(&d.decorator_list, false)?;
        let p = self.func_of(d, None)?;
        if !self.f.is_module && self.f.class.is_some() {
            // A function nested in a method: `super()` there sees the method's class.
            self.m.funcs[p as usize].class = self.f.class.clone();
        }
        let defaults: Vec<&Expr> = d.args.args.iter().filter_map(|a| a.default.as_deref()).collect();
        if self.f.is_module
            && let Some(&q) = self.m.direct.get(d.name.as_str())
            && q == p
        {
            for (i, e) in defaults.iter().enumerate() {
                self.expr(e)?;
                let g = self.m.funcs[p as usize].default_globals[i];
                self.global_store(g);
            }
        }
        self.make_func(p, &d.name, &d.args)?;
        self.apply_decorators(decs, None)?;
        self.store_name(&d.name)
    }

    fn class(&mut self, c: &'a ast::StmtClassDef) -> R {
        self.class_value(c, None)?;
        self.store_name(&c.name)
    }

    /// Pushes the class that class statement `c` makes; `outer` is the qualified name of the
    /// class whose body the statement is in.
    fn class_value(&mut self, c: &'a ast::StmtClassDef, outer: Option<&str>) -> R {
        if !c.keywords.is_empty() {
            return self.err("keywords of classes are not supported yet");
        }
        let mut class_decs = self.decorators(&c.decorator_list, false)?;
        let bases = self.named_tuple_base(&c.bases, &mut class_decs)?;
        self.str_const(&c.name);
        match bases {
            [] => self.none(),
            [b] => self.class_base(b)?,
            bases => {
                self.i32(bases.len() as i32);
                self.host("tuple_new");
                for (i, b) in bases.iter().enumerate() {
                    self.f.shuffle(vstarr::stack::Shuffle::Dup);
                    self.i32(i as i32);
                    self.class_base(b)?;
                    self.host("tuple_set");
                }
            }
        }
        self.host("make_class");
        let cls = self.f.temp(Type::Any);
        self.f.store(cls);
        let (qualname, key) = self.qualify_class(c, cls, outer);
        let shadows = self.class_shadows(&c.body);
        let outer = std::mem::replace(&mut self.f.class_shadows, shadows);
        self.class_body(c, cls, (&qualname, &key))?;
        self.f.class_shadows = outer;
        self.f.load(cls);
        self.host("class_done");
        self.f.load(cls);
        self.apply_decorators(class_decs, None)
    }

    /// The statements of the body of class `c` (in local `cls`), each binding a class
    /// attribute.
    fn class_body(&mut self, c: &'a ast::StmtClassDef, cls: u32, (qualname, key): (&str, &str)) -> R {
        for s in &c.body {
            self.f.at = s.start();
            match s {
                Stmt::FunctionDef(d) => {
                    let name = d.name.as_str();
                    if name.starts_with("__") && name.ends_with("__") && !SPECIAL_METHODS.contains(&name) {
                        return self
                            .err(format!("special method `{name}` is not supported yet: the runtime would ignore it"));
                    }
                    let decs = self.decorators(&d.decorator_list, true)?;
                    let p = self.func_of(d, Some((qualname, key)))?;
                    self.f.load(cls);
                    self.str_const(&d.name);
                    self.make_func(p, &format!("{qualname}.{}", d.name), &d.args)?;
                    self.apply_decorators(decs, Some(cls))?;
                    self.shadow_store(&d.name);
                    self.host("setattr");
                }
                Stmt::Assign(a) if a.targets.len() == 1 && matches!(a.targets[0], Expr::Name(_)) => {
                    let Expr::Name(n) = &a.targets[0] else { continue };
                    self.f.load(cls);
                    self.str_const(&n.id);
                    self.expr(&a.value)?;
                    self.shadow_store(&n.id);
                    self.host("setattr");
                }
                Stmt::AnnAssign(a) if matches!(&*a.target, Expr::Name(_)) => self.class_annotation(cls, a, &c.body)?,
                Stmt::ClassDef(inner) => {
                    self.class_value(inner, Some(qualname))?;
                    let v = self.f.temp(Type::Any);
                    self.f.store(v);
                    self.f.load(cls);
                    self.str_const(&inner.name);
                    self.f.load(v);
                    self.shadow_store(&inner.name);
                    self.host("setattr");
                }
                Stmt::Pass(_) => {}
                Stmt::Expr(e) if matches!(&*e.value, Expr::Constant(_)) => {}
                _ => return self.err("only methods and simple attributes are supported in class bodies yet"),
            }
        }
        Ok(())
    }
}
