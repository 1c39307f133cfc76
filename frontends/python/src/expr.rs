//! Expressions: each pushes exactly one `any`.

use crate::cx::{Cx, Place, R};
use crate::emit::{Body, F_CALL, PyFunc, direct_id, direct_sig};
use rootir::{Callee, FuncType, Opcode, Type};
use rustpython_parser::ast::{self, BoolOp, CmpOp, Constant, ConversionFlag, Expr, Operator, Ranged, UnaryOp};
use vstarr::stack::{Imm, Shuffle};

/// The inline range of ints in the `any` encoding (`vmalloc::ANY_INT_MIN..=ANY_INT_MAX`).
mod vmalloc_range {
    pub const MIN: i64 = -(1 << 48);
    pub const MAX: i64 = (1 << 48) - 1;
}

/// The host function of a binary operator.
pub fn binop_name(op: Operator) -> Option<&'static str> {
    Some(match op {
        Operator::Add => "add",
        Operator::Sub => "sub",
        Operator::Mult => "mul",
        Operator::Div => "truediv",
        Operator::FloorDiv => "floordiv",
        Operator::Mod => "mod",
        Operator::Pow => "pow",
        Operator::LShift => "lshift",
        Operator::RShift => "rshift",
        Operator::BitAnd => "and",
        Operator::BitOr => "or",
        Operator::BitXor => "xor",
        Operator::MatMult => return None,
    })
}

/// The `any` comparison of a Python comparison operator, when there is one.
fn inline_compare(op: CmpOp) -> Option<Opcode> {
    Some(match op {
        CmpOp::Eq => Opcode::AnyEq,
        CmpOp::NotEq => Opcode::AnyNe,
        CmpOp::Lt => Opcode::AnyLt,
        CmpOp::LtE => Opcode::AnyLe,
        CmpOp::Gt => Opcode::AnyGt,
        CmpOp::GtE => Opcode::AnyGe,
        _ => return None,
    })
}

fn cmp_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "eq",
        CmpOp::NotEq => "ne",
        CmpOp::Lt => "lt",
        CmpOp::LtE => "le",
        CmpOp::Gt => "gt",
        CmpOp::GtE => "ge",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is_not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not_in",
    }
}

impl<'a> Cx<'_, 'a> {
    /// Pushes the value of `e`.
    pub fn expr(&mut self, e: &'a Expr) -> R {
        let saved = self.f.at;
        self.f.at = e.start();
        if let Some(span) = crate::spans::span_of(self.m, e) {
            self.m.spans.insert(span);
        }
        let r = self.expr_inner(e);
        self.f.at = saved;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R {
        match e {
            Expr::Constant(c) => self.constant(&c.value),
            Expr::Name(n) => self.load_name(&n.id),
            Expr::BinOp(b) => {
                let Some(name) = binop_name(b.op) else { return self.err("the `@` operator is not supported") };
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.op_or_host(name);
                Ok(())
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.op_or_host(match u.op {
                    UnaryOp::Not => "not",
                    UnaryOp::USub => "neg",
                    UnaryOp::UAdd => "pos",
                    UnaryOp::Invert => "invert",
                });
                Ok(())
            }
            Expr::BoolOp(b) => self.bool_op(b),
            Expr::Compare(c) => self.compare(c),
            Expr::IfExp(i) => {
                self.cond(&i.test)?;
                self.f.op(Opcode::I32Eqz);
                let to_else = self.f.branch_if(u32::MAX);
                self.expr(&i.body)?;
                let to_end = self.f.jump(u32::MAX);
                self.f.depth -= 1;
                self.f.patch_here(to_else);
                self.expr(&i.orelse)?;
                self.f.patch_here(to_end);
                Ok(())
            }
            Expr::Call(c) => self.call(c),
            Expr::Attribute(a) => {
                if self.is_sys(&a.value) {
                    return match a.attr.as_str() {
                        "argv" => {
                            let path = self.m.path.clone();
                            self.str_const(&path);
                            self.host("argv");
                            Ok(())
                        }
                        other => {
                            // The rest of `sys` is the runtime's module (`sys.stdin`, `sys.maxsize`...).
                            self.str_const("sys");
                            self.host("import_module");
                            self.str_const(other);
                            self.host("getattr");
                            Ok(())
                        }
                    };
                }
                if self.linked_attribute(a)? {
                    return Ok(());
                }
                self.expr(&a.value)?;
                self.str_const(&a.attr);
                self.op_or_host("getattr");
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_load(&s.slice)
            }
            Expr::List(l) => {
                self.host("list_new");
                for x in &l.elts {
                    if matches!(x, Expr::Starred(_)) {
                        return self.err("starred items in list displays are not supported yet");
                    }
                    self.f.shuffle(Shuffle::Dup);
                    self.expr(x)?;
                    self.host("list_append");
                }
                Ok(())
            }
            Expr::Tuple(t) => {
                if t.elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
                    return self.err("starred items in tuple displays are not supported yet");
                }
                self.tuple_of(&t.elts, |cx, x| cx.expr(x))
            }
            Expr::Dict(d) => {
                self.host("dict_new");
                for (k, v) in d.keys.iter().zip(&d.values) {
                    let Some(k) = k else { return self.err("`**` in dict displays is not supported yet") };
                    self.f.shuffle(Shuffle::Dup);
                    self.expr(k)?;
                    self.expr(v)?;
                    self.host("dict_set");
                }
                Ok(())
            }
            Expr::JoinedStr(j) => {
                self.tuple_of(&j.values, |cx, x| cx.fstring_part(x))?;
                self.host("join");
                Ok(())
            }
            Expr::FormattedValue(_) => self.fstring_part(e),
            Expr::ListComp(c) => self.collect("list_new", "list_append", &c.generators, &[&c.elt]),
            Expr::DictComp(c) => self.collect("dict_new", "dict_set", &c.generators, &[&c.key, &c.value]),
            Expr::Lambda(l) => {
                let params = crate::scope::params_of(&l.args);
                let body =
                    [ast::Stmt::Return(ast::StmtReturn { range: Default::default(), value: Some(l.body.clone()) })];
                let freevars = self.closure_vars(crate::scope::free_names(&params, &body));
                let p = self.m.add_func(PyFunc {
                    name: "<lambda>".into(),
                    params,
                    body: Body::Expr(&l.body),
                    class: self.f.class.clone(),
                    default_globals: Vec::new(),
                    freevars,
                    gen_params: None,
                });
                self.make_func(p, "<lambda>", &l.args)
            }
            Expr::Starred(_) => self.err("starred expressions are not supported here"),
            Expr::GeneratorExp(g) => self.genexpr_value(g),
            Expr::Set(st) if st.elts.len() > 2 && st.elts.iter().all(is_constant) => {
                self.tuple_of(&st.elts, |cx, x| cx.expr(x))?;
                self.host("set_const");
                Ok(())
            }
            Expr::Set(st) => {
                self.host("set_new");
                for x in &st.elts {
                    if matches!(x, Expr::Starred(_)) {
                        return self.err("starred items in set displays are not supported yet");
                    }
                    self.f.shuffle(Shuffle::Dup);
                    self.expr(x)?;
                    self.host("set_add");
                }
                Ok(())
            }
            Expr::SetComp(c) => self.collect("set_new", "set_add", &c.generators, &[&c.elt]),
            Expr::NamedExpr(n) => {
                let Expr::Name(target) = &*n.target else { return self.err("`:=` needs a name on its left") };
                self.expr(&n.value)?;
                let v = self.f.temp(Type::Any);
                self.f.store(v);
                self.f.load(v);
                self.store_name(&target.id)?;
                self.f.load(v);
                Ok(())
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                self.err("`yield` inside a comprehension, a default value, a decorator, a class body or an assignment target is not supported yet")
            }
            Expr::Await(_) => self.err("`await` is not supported"),
            Expr::Slice(_) => self.err("a slice is only supported inside `[]`"),
        }
    }

    /// Pushes an int.
    pub fn int(&mut self, v: i64) {
        self.f.push(Imm::i64(v));
        if (vmalloc_range::MIN..=vmalloc_range::MAX).contains(&v) {
            // Inline in the `any` encoding: no allocation, no host call.
            self.f.op(Opcode::AnyFromI64);
        } else {
            self.host("int");
        }
    }

    fn constant(&mut self, c: &'a Constant) -> R {
        match c {
            Constant::None | Constant::Ellipsis => self.none(),
            Constant::Bool(b) => {
                self.i32(*b as i32);
                self.f.op(Opcode::AnyFromBool);
            }
            Constant::Str(s) => self.str_const(s),
            Constant::Int(i) => match i64::try_from(i) {
                Ok(v) if v.unsigned_abs() < 1 << 48 => self.int(v),
                _ => {
                    self.str_const(&i.to_string());
                    self.host("bigint");
                }
            },
            Constant::Float(f) => {
                self.f.push(Imm::f64(*f));
                self.f.op(Opcode::AnyFromF64);
            }
            Constant::Tuple(items) => {
                self.tuple_of(items, |cx, c| cx.constant(c))?;
            }
            Constant::Bytes(b) => {
                let latin1: String = b.iter().map(|&c| c as char).collect();
                self.str_const(&latin1);
                self.host("bytes_const");
            }
            Constant::Complex { real, imag } => {
                self.f.push(Imm::f64(*real));
                self.f.push(Imm::f64(*imag));
                self.host("complex_const");
            }
        }
        Ok(())
    }

    /// Pushes an i32 that is not zero when `e` is true.
    pub fn cond(&mut self, e: &'a Expr) -> R {
        if let Expr::Constant(c) = e
            && matches!(c.value, Constant::Bool(true))
        {
            self.i32(1);
            return Ok(());
        }
        if let Expr::Compare(c) = e
            && let Some((x, negate)) = crate::identity::none_test(c)
        {
            return self.none_test_i32(x, negate);
        }
        if let Expr::Compare(c) = e
            && c.ops.len() == 1
            && inline_compare(c.ops[0]).is_some()
        {
            // The comparison gives a bool (inline, or from the hook, which checked raised).
            self.expr(e)?;
            self.f.op(Opcode::AnyToBool);
            return Ok(());
        }
        self.expr(e)?;
        self.truth();
        Ok(())
    }

    /// Compares the two values on the stack: `any.lt` etc. (inline for two ints or two floats,
    /// the module's any hook `py.anyhook` otherwise), or a host call for `is` and `in`.
    fn compare_op(&mut self, op: CmpOp) {
        match inline_compare(op) {
            Some(code) => {
                self.f.op(code);
                self.check_any_result();
            }
            None => self.host(cmp_name(op)),
        }
    }

    fn bool_op(&mut self, b: &'a ast::ExprBoolOp) -> R {
        let mut ends = Vec::new();
        for (i, v) in b.values.iter().enumerate() {
            self.expr(v)?;
            if i + 1 < b.values.len() {
                self.f.shuffle(Shuffle::Dup);
                self.truth();
                if b.op == BoolOp::And {
                    self.f.op(Opcode::I32Eqz);
                }
                ends.push(self.f.branch_if(u32::MAX));
                self.f.shuffle(Shuffle::Pop);
            }
        }
        for e in ends {
            self.f.patch_here(e);
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> R {
        if let Some((x, negate)) = crate::identity::none_test(c) {
            self.none_test_i32(x, negate)?;
            self.f.op(Opcode::AnyFromBool);
            return Ok(());
        }
        self.expr(&c.left)?;
        let mut ends = Vec::new();
        let n = c.ops.len();
        for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
            self.expr(right)?;
            let last = i + 1 == n;
            let tmp = if last {
                None
            } else {
                let t = self.f.temp(Type::Any);
                self.f.shuffle(Shuffle::Dup);
                self.f.store(t);
                Some(t)
            };
            self.compare_op(*op);
            if let Some(t) = tmp {
                self.f.shuffle(Shuffle::Dup);
                self.truth();
                self.f.op(Opcode::I32Eqz);
                ends.push(self.f.branch_if(u32::MAX));
                self.f.shuffle(Shuffle::Pop);
                self.f.load(t);
            }
        }
        for e in ends {
            self.f.patch_here(e);
        }
        Ok(())
    }

    /// Pushes the bounds and step of a slice (none where omitted).
    pub fn slice_parts(&mut self, s: &'a ast::ExprSlice) -> R {
        for part in [&s.lower, &s.upper, &s.step] {
            match part {
                Some(x) => self.expr(x)?,
                None => self.none(),
            }
        }
        Ok(())
    }

    /// Given the object on the stack, pushes `object[slice]`.
    fn subscript_load(&mut self, slice: &'a Expr) -> R {
        if let Expr::Slice(s) = slice {
            self.slice_parts(s)?;
            self.host("slice");
        } else {
            self.expr(slice)?;
            self.op_or_host("getitem");
        }
        Ok(())
    }

    fn fstring_part(&mut self, e: &'a Expr) -> R {
        let Expr::FormattedValue(v) = e else { return self.expr(e) };
        self.expr(&v.value)?;
        match v.conversion {
            ConversionFlag::Repr => self.text(1),
            ConversionFlag::Str => self.text(0),
            ConversionFlag::Ascii => return self.err("`!a` is not supported yet"),
            // `f"{x}"` is `format(x, "")`: only a module defining `__format__` needs that.
            ConversionFlag::None if v.format_spec.is_none() && !self.m.src.contains("__format__") => {
                self.text(0);
                return Ok(());
            }
            ConversionFlag::None => {}
        }
        match &v.format_spec {
            Some(spec) => self.expr(spec)?,
            None => self.str_const(""),
        }
        self.host("format");
        Ok(())
    }

    /// A list or dict comprehension: `new` makes the container, then for every iteration of
    /// `gens` the container and the values of `items` go to the runtime's `add`.
    fn collect(&mut self, new: &str, add: &str, gens: &'a [ast::Comprehension], items: &[&'a Expr]) -> R {
        self.host(new);
        let acc = self.f.temp(Type::Any);
        self.f.store(acc);
        self.comprehension(gens, &mut |cx| {
            cx.f.load(acc);
            for item in items {
                cx.expr(item)?;
            }
            cx.host(add);
            Ok(())
        })?;
        self.f.load(acc);
        Ok(())
    }

    /// Runs `body` for every combination the generators produce (comprehension variables are
    /// hidden locals of this function).
    pub fn comprehension(&mut self, gens: &'a [ast::Comprehension], body: &mut dyn FnMut(&mut Self) -> R) -> R {
        let Some((first, rest)) = gens.split_first() else { return body(self) };
        if first.is_async {
            return self.err("async comprehensions are not supported");
        }
        self.expr(&first.iter)?;
        self.f.in_comprehension += 1;
        let r = self.comprehension_loop(first, rest, body);
        self.f.in_comprehension -= 1;
        r
    }

    /// [`Self::comprehension`] past the first iterable, which is on the stack.
    fn comprehension_loop(
        &mut self,
        first: &'a ast::Comprehension,
        rest: &'a [ast::Comprehension],
        body: &mut dyn FnMut(&mut Self) -> R,
    ) -> R {
        self.host("iter");
        let it = self.f.temp(Type::Any);
        self.f.store(it);
        let mut shadowed = Vec::new();
        for name in target_names(&first.target) {
            let l = self.f.temp(Type::Any);
            shadowed.push((name.clone(), self.f.names.insert(name, l)));
        }
        let (head, exit, v) = self.loop_head(it);
        self.f.load(v);
        let was_module = std::mem::replace(&mut self.f.is_module, false);
        let r = self.store_target(&first.target);
        self.f.is_module = was_module;
        r?;
        let mut skips = Vec::new();
        for cond in &first.ifs {
            self.cond(cond)?;
            self.f.op(Opcode::I32Eqz);
            skips.push(self.f.branch_if(u32::MAX));
        }
        self.comprehension(rest, body)?;
        for s in skips {
            self.f.patch(s, head);
        }
        self.f.jump(head);
        self.f.patch_here(exit);
        for (name, old) in shadowed {
            match old {
                Some(l) => self.f.names.insert(name, l),
                None => self.f.names.remove(&name),
            };
        }
        Ok(())
    }

    /// Pushes a new function object for Python function `p`.
    pub fn make_func(&mut self, p: u32, name: &str, args: &'a ast::Arguments) -> R {
        let defaults: Vec<&'a Expr> =
            args.posonlyargs.iter().chain(&args.args).filter_map(|a| a.default.as_deref()).collect();
        // Its index in the runtime's function table: this module's base + `p`.
        use vstarr::operation::{Attr, Operation};
        self.f.inst(Operation::with(rootir::Opcode::GlobalGet, Attr::Global(crate::emit::G_FBASE)), 1);
        self.i32(p as i32);
        self.f.op(rootir::Opcode::I32Add);
        self.str_const(name);
        self.i32(self.m.funcs[p as usize].params.len() as i32);
        if defaults.is_empty() {
            self.none();
        } else {
            self.i32(defaults.len() as i32);
            self.host("tuple_new");
            for (i, d) in defaults.iter().enumerate() {
                self.f.shuffle(Shuffle::Dup);
                self.i32(i as i32);
                self.expr(d)?;
                self.host("tuple_set");
            }
        }
        self.host("make_func");
        self.func_sig(args)?;
        let freevars = self.m.funcs[p as usize].freevars.clone();
        if !freevars.is_empty() {
            self.i32(freevars.len() as i32);
            self.host("tuple_new");
            for (i, name) in freevars.iter().enumerate() {
                self.f.shuffle(Shuffle::Dup);
                self.i32(i as i32);
                match self.resolve(name)? {
                    Place::Cell(l) => self.f.load(l),
                    Place::Free(j) => self.free_cell(j),
                    _ => return self.err(format!("internal: `{name}` is not a cell")),
                }
                self.host("tuple_set");
            }
            self.host("set_closure");
        }
        Ok(())
    }

    /// The free names of a new nested function that are variables of this function or of
    /// its enclosing functions: its closure, in order.
    /// Where the function uses `super()` or `__class__` and this function is (in) a method of a class made
    /// inside a function, the closure also holds the cell of that class (`classes.rs`).
    pub fn closure_vars(&self, free: std::collections::BTreeSet<String>) -> Vec<String> {
        let class_cell =
            self.f.class.clone().filter(|c| crate::classes::uses_class(&free) && crate::classes::is_class_cell(c));
        let reachable = |n: &String| self.f.cells.contains_key(n) || self.f.free.contains(n);
        free.into_iter().filter(reachable).chain(class_cell.filter(reachable)).collect()
    }

    fn is_sys(&self, e: &'a Expr) -> bool {
        matches!(e, Expr::Name(n) if Some(n.id.as_str()) == self.m.sys_alias.as_deref())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> R {
        if self.linked_call(c)? {
            return Ok(());
        }
        if let Expr::Attribute(a) = &*c.func
            && self.is_sys(&a.value)
            && (c.args.len() > 1 || !c.keywords.is_empty())
        {
            return self.err(format!("`sys.{}(...)` with these arguments is not supported yet", a.attr));
        }
        if let Expr::Attribute(a) = &*c.func
            && self.is_sys(&a.value)
            && a.attr.as_str() == "exit"
        {
            match c.args.first() {
                Some(x) => self.expr(x)?,
                None => self.none(),
            }
            self.host("exit");
            self.none();
            return Ok(());
        }
        if let Expr::Attribute(a) = &*c.func
            && a.attr.as_str() == "sort"
            && !c.keywords.is_empty()
            && c.args.is_empty()
        {
            // `xs.sort(key=..., reverse=...)`: `sorted` with the same keywords, written back
            // into the list (an error at run time if `xs` is not a list).
            self.expr(&a.value)?;
            let list = self.f.temp(Type::Any);
            self.f.store(list);
            if c.keywords.iter().any(|k| k.arg.as_deref() == Some("key")) {
                self.keyed("sorted", &c.keywords, list)?;
            } else {
                self.str_const("sorted");
                self.i32(1);
                self.host("tuple_new");
                self.f.shuffle(Shuffle::Dup);
                self.i32(0);
                self.f.load(list);
                self.host("tuple_set");
                self.host("dict_new");
                for k in &c.keywords {
                    let Some(arg) = &k.arg else { return self.err("`**kwargs` in calls is not supported yet") };
                    self.f.shuffle(Shuffle::Dup);
                    self.str_const(arg);
                    self.expr(&k.value)?;
                    self.host("dict_set");
                }
                self.host("builtin");
            }
            self.f.load(list);
            self.host("list_assign");
            self.none();
            return Ok(());
        }
        if let Expr::Attribute(a) = &*c.func
            && c.keywords.is_empty()
            && !c.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !self.is_linked_module(&a.value)?
        {
            return self.method_call(a, &c.args);
        }
        if let Expr::Name(n) = &*c.func {
            let name = n.id.as_str();
            let place = self.resolve(name)?;
            if place == Place::Builtin
                && matches!(name, "vars" | "locals")
                && c.args.is_empty()
                && c.keywords.is_empty()
            {
                return self.locals_dict();
            }
            if place == Place::Builtin {
                return self.builtin_call(name, c);
            }
            if name == "super" && c.args.is_empty() && c.keywords.is_empty() {
                return self.super_call();
            }
            if let ("super", [cls, this], []) = (name, &c.args[..], &c.keywords[..]) {
                self.expr(cls)?;
                self.expr(this)?;
                self.host("super");
                return Ok(());
            }
            if let Some(&p) = self.m.direct.get(name)
                && matches!(place, Place::Global(_))
                && !c.args.iter().any(|a| matches!(a, Expr::Starred(_)))
                && c.keywords.iter().all(|k| k.arg.is_some())
                && self.direct_call(p, name, c)?
            {
                return Ok(());
            }
            if self.m.classes.contains(name)
                && matches!(place, Place::Global(_))
                && c.keywords.is_empty()
                && !c.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            {
                return self.class_call(name, &c.args);
            }
        }
        self.expr(&c.func)?;
        if !c.keywords.is_empty() || c.args.iter().any(|a| matches!(a, Expr::Starred(_))) {
            return self.call_with_keywords(c);
        }
        self.tuple_of(&c.args, |cx, a| cx.expr(a))?;
        self.f.call(Callee::Func(F_CALL), FuncType::new([Type::Any, Type::Any], [Type::Any]));
        Ok(())
    }

    /// A call of module-level function `p` by name: arguments are matched to parameters here
    /// (positional, then keywords, then defaults from the hidden globals), evaluated in source
    /// order, and passed to the direct form. Returns false (nothing emitted) for a positional
    /// call with the wrong number of arguments: the generic call raises CPython's TypeError.
    fn direct_call(&mut self, p: u32, name: &str, c: &'a ast::ExprCall) -> R<bool> {
        let params = self.m.funcs[p as usize].params.clone();
        let defaults = self.m.funcs[p as usize].default_globals.clone();
        let n = params.len();
        let first_default = n - defaults.len();
        if c.keywords.is_empty() {
            if c.args.len() < first_default || c.args.len() > n {
                return Ok(false);
            }
            for a in &c.args {
                self.expr(a)?;
            }
            for &g in &defaults[c.args.len() - first_default..] {
                self.global_load(g);
            }
            self.f.call(Callee::Func(direct_id(p)), direct_sig(n));
            return Ok(true);
        }
        if c.args.len() > n {
            return self.err(format!("{name}() takes {n} positional arguments but {} were given", c.args.len()));
        }
        // Evaluate every argument in source order into a temporary, then pass them in order.
        let mut slots: Vec<Option<u32>> = vec![None; n];
        for (i, a) in c.args.iter().enumerate() {
            self.expr(a)?;
            let t = self.f.temp(Type::Any);
            self.f.store(t);
            slots[i] = Some(t);
        }
        for k in &c.keywords {
            let key = k.arg.as_ref().map(|a| a.as_str()).unwrap_or_default();
            let Some(i) = params.iter().position(|p| p == key) else {
                return self.err(format!("{name}() got an unexpected keyword argument '{key}'"));
            };
            if slots[i].is_some() {
                return self.err(format!("{name}() got multiple values for argument '{key}'"));
            }
            self.expr(&k.value)?;
            let t = self.f.temp(Type::Any);
            self.f.store(t);
            slots[i] = Some(t);
        }
        for (i, slot) in slots.iter().enumerate() {
            match slot {
                Some(t) => self.f.load(*t),
                None if i >= first_default => self.global_load(defaults[i - first_default]),
                None => return self.err(format!("{name}() missing required argument '{}'", params[i])),
            }
        }
        self.f.call(Callee::Func(direct_id(p)), direct_sig(n));
        Ok(true)
    }

    /// `super()`: the class of the enclosing method and the first parameter of the function
    /// it is in (a function or lambda nested in a method uses its own, as CPython's `__class__`
    /// cell does); CPython's errors where that is no parameter or a comprehension's iterator.
    fn super_call(&mut self) -> R {
        let Some(class) = self.f.class.clone() else { return self.err("`super()` outside a method") };
        let first = self.f.self_param.clone();
        if self.f.in_comprehension > 0 || first.as_deref() == Some(".0") {
            return self.raise_new("TypeError", "super(type, obj): obj must be an instance or subtype of type");
        }
        let Some(first) = first else { return self.raise_new("RuntimeError", "super(): no arguments") };
        self.load_class_of_method(&class)?;
        self.load_name(&first)?;
        self.host("super");
        Ok(())
    }

    /// Raises a new `cls(message)` of a built-in exception class; pushes none for the
    /// expression it stands in (never reached).
    fn raise_new(&mut self, cls: &str, message: &str) -> R {
        self.str_const(cls);
        self.i32(1);
        self.host("tuple_new");
        self.f.shuffle(Shuffle::Dup);
        self.i32(0);
        self.str_const(message);
        self.host("tuple_set");
        self.none();
        self.host("builtin");
        self.host("raise");
        self.none();
        Ok(())
    }

    /// `sorted` with `key=f`: each item `x` (the `i`-th) is decorated as `(f(x), ±i, x)` here,
    /// the runtime orders the tuples (the index keeps CPython's stability rule), and the items
    /// are taken back out. (`min`/`max` with keywords are the prelude's.)
    fn keyed_call(&mut self, name: &str, c: &'a ast::ExprCall) -> R {
        let [items] = &c.args[..] else {
            return self.err(format!("{name}() with key= takes one iterable here"));
        };
        self.expr(items)?;
        let t = self.f.temp(Type::Any);
        self.f.store(t);
        self.keyed(name, &c.keywords, t)
    }

    /// [`Self::keyed_call`] over the iterable in local `items`.
    fn keyed(&mut self, name: &str, keywords: &'a [ast::Keyword], items: u32) -> R {
        let mut key = None;
        let mut reverse = false;
        for k in keywords {
            match (k.arg.as_deref(), &k.value) {
                (Some("key"), v) => key = Some(v),
                (Some("reverse"), Expr::Constant(ast::ExprConstant { value: Constant::Bool(b), .. }))
                    if name == "sorted" =>
                {
                    reverse = *b
                }
                _ => return self.err(format!("this keyword argument of {name}() is not supported yet")),
            }
        }
        let Some(key) = key else { return self.err(format!("{name}() needs key= here")) };
        self.f.load(items);
        self.host("iter");
        let it = self.f.temp(Type::Any);
        self.f.store(it);
        self.expr(key)?;
        let f = self.f.temp(Type::Any);
        self.f.store(f);
        self.host("list_new");
        let acc = self.f.temp(Type::Any);
        self.f.store(acc);
        self.int(0);
        let index = self.f.temp(Type::Any);
        self.f.store(index);
        let (head, exit, x) = self.loop_head(it);
        self.f.load(acc);
        self.i32(3);
        self.host("tuple_new");
        self.f.shuffle(Shuffle::Dup);
        self.i32(0);
        self.f.load(f);
        self.i32(1);
        self.host("tuple_new");
        self.f.shuffle(Shuffle::Dup);
        self.i32(0);
        self.f.load(x);
        self.host("tuple_set");
        self.f.call(Callee::Func(F_CALL), FuncType::new([Type::Any, Type::Any], [Type::Any]));
        self.host("tuple_set");
        self.f.shuffle(Shuffle::Dup);
        self.i32(1);
        self.f.load(index);
        if reverse {
            self.host("neg");
        }
        self.host("tuple_set");
        self.f.shuffle(Shuffle::Dup);
        self.i32(2);
        self.f.load(x);
        self.host("tuple_set");
        self.host("list_append");
        self.f.load(index);
        self.int(1);
        self.host("add");
        self.f.store(index);
        self.f.jump(head);
        self.f.patch_here(exit);
        self.str_const(name);
        self.i32(1);
        self.host("tuple_new");
        self.f.shuffle(Shuffle::Dup);
        self.i32(0);
        self.f.load(acc);
        self.host("tuple_set");
        if reverse {
            self.host("dict_new");
            self.f.shuffle(Shuffle::Dup);
            self.str_const("reverse");
            self.i32(1);
            self.host("bool");
            self.host("dict_set");
        } else {
            self.none();
        }
        self.host("builtin");
        if name == "sorted" {
            self.host("undecorate");
        } else {
            self.int(2);
            self.host("getitem");
        }
        Ok(())
    }

    /// `any(gen)` / `all(gen)` over a generator expression, stopping at the first item that
    /// decides, as CPython does.
    fn any_all(&mut self, any: bool, g: &'a ast::ExprGeneratorExp) -> R {
        let result = self.f.temp(Type::Any);
        self.i32(!any as i32);
        self.host("bool");
        self.f.store(result);
        let mut exits = Vec::new();
        self.comprehension(&g.generators, &mut |cx| {
            cx.cond(&g.elt)?;
            if !any {
                cx.f.op(Opcode::I32Eqz);
            }
            exits.push(cx.f.branch_if(u32::MAX));
            Ok(())
        })?;
        let done = self.f.jump(u32::MAX);
        for e in exits {
            self.f.patch_here(e);
        }
        self.i32(any as i32);
        self.host("bool");
        self.f.store(result);
        self.f.patch_here(done);
        self.f.load(result);
        Ok(())
    }

    /// `print(...)`: every argument is evaluated first, then each is converted with `str`
    /// (calling `__str__`), as CPython does.
    fn print_call(&mut self, c: &'a ast::ExprCall) -> R {
        let mut temps = Vec::new();
        for a in &c.args {
            self.expr(a)?;
            let t = self.f.temp(Type::Any);
            self.f.store(t);
            temps.push(t);
        }
        let mut kw = Vec::new();
        for k in &c.keywords {
            let Some(arg) = &k.arg else { return self.err("`**kwargs` in calls is not supported yet") };
            self.expr(&k.value)?;
            let t = self.f.temp(Type::Any);
            self.f.store(t);
            kw.push((arg.as_str(), t));
        }
        self.str_const("print");
        self.i32(temps.len() as i32);
        self.host("tuple_new");
        for (i, &t) in temps.iter().enumerate() {
            self.f.shuffle(Shuffle::Dup);
            self.i32(i as i32);
            self.f.load(t);
            self.text(0);
            self.host("tuple_set");
        }
        if kw.is_empty() {
            self.none();
        } else {
            self.host("dict_new");
            for (arg, t) in kw {
                self.f.shuffle(Shuffle::Dup);
                self.str_const(arg);
                self.f.load(t);
                self.host("dict_set");
            }
        }
        self.host("builtin");
        Ok(())
    }

    fn builtin_call(&mut self, name: &str, c: &'a ast::ExprCall) -> R {
        if matches!(name, "str" | "repr") && c.args.len() == 1 && c.keywords.is_empty() {
            self.expr(&c.args[0])?;
            self.text(if name == "str" { 0 } else { 1 });
            return Ok(());
        }
        if name == "print" && c.args.iter().all(|a| !matches!(a, Expr::Starred(_) | Expr::GeneratorExp(_))) {
            return self.print_call(c);
        }
        if name == "sorted" && c.keywords.iter().any(|k| k.arg.as_deref() == Some("key")) {
            return self.keyed_call(name, c);
        }
        if let ("any" | "all", [Expr::GeneratorExp(g)], []) = (name, &c.args[..], &c.keywords[..]) {
            return self.any_all(name == "any", g);
        }
        // These consume a generator expression whole: it is collected inline into a list.
        let eager = matches!(name, "sum" | "min" | "max" | "sorted" | "list" | "tuple" | "dict");
        self.str_const(name);
        self.positional_args(&c.args, |cx, a| match a {
            Expr::GeneratorExp(g) if eager => {
                cx.host("list_new");
                let acc = cx.f.temp(Type::Any);
                cx.f.store(acc);
                cx.comprehension(&g.generators, &mut |cx| {
                    cx.f.load(acc);
                    cx.expr(&g.elt)?;
                    cx.host("list_append");
                    Ok(())
                })?;
                cx.f.load(acc);
                Ok(())
            }
            a => cx.expr(a),
        })?;
        self.keyword_args(&c.keywords)?;
        self.host("builtin");
        Ok(())
    }

    /// Pops the value on the stack into an assignment target.
    pub fn store_target(&mut self, t: &'a Expr) -> R {
        match t {
            Expr::Name(n) => self.store_name(&n.id),
            Expr::Attribute(a) => {
                let v = self.f.temp(Type::Any);
                self.f.store(v);
                self.expr(&a.value)?;
                self.str_const(&a.attr);
                self.f.load(v);
                self.op_or_host("setattr");
                Ok(())
            }
            Expr::Subscript(s) => {
                if let Expr::Slice(sl) = &*s.slice {
                    let v = self.f.temp(Type::Any);
                    self.f.store(v);
                    self.expr(&s.value)?;
                    self.slice_parts(sl)?;
                    self.f.load(v);
                    self.host("set_slice");
                    return Ok(());
                }
                let v = self.f.temp(Type::Any);
                self.f.store(v);
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.f.load(v);
                self.op_or_host("setitem");
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                // `unpack(v, n | (s + 1) << 16)`: n targets, the starred one (if any) at s.
                let stars: Vec<usize> =
                    elts.iter().enumerate().filter(|(_, x)| matches!(x, Expr::Starred(_))).map(|(i, _)| i).collect();
                if stars.len() > 1 || elts.len() >= 1 << 15 {
                    return self.err("multiple starred expressions in assignment");
                }
                let star = stars.first().map_or(0, |&s| (s as i32 + 1) << 16);
                self.i32(elts.len() as i32 | star);
                self.host("unpack");
                let t = self.f.temp(Type::Any);
                self.f.store(t);
                for (i, x) in elts.iter().enumerate() {
                    self.f.load(t);
                    self.tuple_get(i as u32);
                    match x {
                        Expr::Starred(st) => self.store_target(&st.value)?,
                        _ => self.store_target(x)?,
                    }
                }
                Ok(())
            }
            _ => self.err("this assignment target is not supported"),
        }
    }
}

/// The names an assignment target binds.
pub fn target_names(t: &Expr) -> Vec<String> {
    match t {
        Expr::Name(n) => vec![n.id.to_string()],
        Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
            elts.iter().flat_map(target_names).collect()
        }
        Expr::Starred(s) => target_names(&s.value),
        _ => Vec::new(),
    }
}

/// Whether CPython 3.11's compiler folds `e` into a constant (a literal, a signed number, a
/// tuple of constants): a set display of three or more of them is built from a frozenset.
fn is_constant(e: &Expr) -> bool {
    match e {
        Expr::Constant(_) => true,
        Expr::UnaryOp(u) => {
            matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd | ast::UnaryOp::Invert)
                && matches!(&*u.operand, Expr::Constant(_))
        }
        Expr::Tuple(t) => t.elts.iter().all(is_constant),
        _ => false,
    }
}
