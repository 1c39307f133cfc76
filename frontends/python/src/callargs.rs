//! Calls with keyword arguments, `*args` and `**kwargs`, and functions whose parameters go
//! beyond positional ones (`*args`, keyword-only parameters, `**kwargs`).
//!
//! A call site builds the positional arguments as a tuple (`py.args_flat` splices `*xs`
//! parts) and the keyword arguments as a dict (`py.kw_merge` adds `**m` parts), and calls the
//! stub `__callkw`, which has the runtime bind them to the callee's parameters
//! (`py.call_prepare_kw`, CPython's rules and messages). A function object learns its
//! parameter names from `py.func_sig` when it is made.

use crate::cx::{Cx, R};
use crate::emit::F_CALLKW;
use rootir::{Callee, FuncType, Type};
use rustpython_parser::ast::{self, Expr};
use vstarr::stack::Shuffle;

impl<'m, 'a> Cx<'m, 'a> {
    /// Pushes the positional argument tuple of a call, splicing its `*` arguments.
    pub fn positional_args(&mut self, args: &'a [Expr], each: impl FnMut(&mut Self, &'a Expr) -> R) -> R {
        let stars: Vec<usize> =
            args.iter().enumerate().filter(|(_, a)| matches!(a, Expr::Starred(_))).map(|(i, _)| i).collect();
        if stars.is_empty() {
            return self.tuple_of(args, each);
        }
        if args.len() > 32 {
            return self.err("a call with `*` arguments and more than 32 arguments is not supported");
        }
        self.tuple_of(args, |cx, a| match a {
            Expr::Starred(s) => cx.expr(&s.value),
            a => cx.expr(a),
        })?;
        let mask = stars.iter().fold(0u32, |m, &i| m | 1 << i);
        self.i32(mask as i32);
        self.host("args_flat");
        Ok(())
    }

    /// Pushes the keyword argument dict of a call (none when it has no keyword arguments).
    pub fn keyword_args(&mut self, keywords: &'a [ast::Keyword]) -> R {
        if keywords.is_empty() {
            self.none();
            return Ok(());
        }
        self.host("dict_new");
        for k in keywords {
            self.f.shuffle(Shuffle::Dup);
            match &k.arg {
                Some(arg) => {
                    self.str_const(arg);
                    self.expr(&k.value)?;
                    self.host("dict_set");
                }
                None => {
                    self.expr(&k.value)?;
                    self.host("kw_merge");
                }
            }
        }
        Ok(())
    }

    /// A call of the value on the stack with the arguments of `c`, through `__callkw`.
    pub fn call_with_keywords(&mut self, c: &'a ast::ExprCall) -> R {
        self.positional_args(&c.args, |cx, a| cx.expr(a))?;
        self.keyword_args(&c.keywords)?;
        self.f.call(Callee::Func(F_CALLKW), FuncType::new([Type::Any, Type::Any, Type::Any], [Type::Any]));
        Ok(())
    }

    /// After `make_func`: records the parameters of a function that has `*args`, keyword-only
    /// parameters or `**kwargs`, or whose parameters may be passed by keyword (every function:
    /// the runtime needs the names). `kwdefaults` are the keyword-only parameters' defaults.
    pub fn func_sig(&mut self, args: &'a ast::Arguments) -> R {
        let names = crate::scope::params_of(args);
        if names.iter().any(|n| n.contains(',')) {
            return self.err("internal: a parameter name with a comma");
        }
        self.str_const(&names.join(","));
        let npos = args.posonlyargs.len() + args.args.len();
        if npos >= 1 << 16 {
            return self.err("too many parameters");
        }
        let shape = npos as i32
            | (args.vararg.is_some() as i32) << 16
            | (args.kwarg.is_some() as i32) << 17
            | (!args.kwonlyargs.is_empty() as i32) << 18;
        self.i32(shape);
        if args.kwonlyargs.iter().all(|a| a.default.is_none()) {
            self.none();
        } else {
            self.tuple_of(&args.kwonlyargs, |cx, a| match &a.default {
                Some(d) => cx.expr(d),
                None => {
                    cx.host("unbound");
                    Ok(())
                }
            })?;
        }
        self.host("func_sig");
        Ok(())
    }
}
