//! Generator expressions used as values (`"-".join(str(x) for x in xs)`, `g = (x for x in
//! xs)`): a hidden generator function `<genexpr>(.0)` whose body is
//! `for x in .0: if cond: ... yield elt`, called with `iter()` of the first iterable, which
//! CPython also evaluates at once in the enclosing scope. Its other names are free variables
//! of the hidden function (closures, `scope.rs` makes them cells).
//!
//! The synthesized bodies live as long as the compilation needs them: they are leaked (a few
//! nodes per generator expression per translation).

use crate::cx::{Cx, R};
use crate::emit::{Body, F_CALL, PyFunc};
use rootir::{Callee, FuncType, Type};
use rustpython_parser::ast::{self, Expr, Stmt, text_size::TextRange};
use vstarr::stack::Shuffle;

/// The body of the hidden generator function of `g`.
pub fn generator_body(g: &ast::ExprGeneratorExp) -> Vec<Stmt> {
    vec![level(&g.generators, 0, &g.elt, g.range)]
}

fn level(gens: &[ast::Comprehension], i: usize, elt: &Expr, range: TextRange) -> Stmt {
    let mut body = match gens.get(i + 1) {
        Some(_) => level(gens, i + 1, elt, range),
        None => Stmt::Expr(ast::StmtExpr {
            range,
            value: Box::new(Expr::Yield(ast::ExprYield { range, value: Some(Box::new(elt.clone())) })),
        }),
    };
    for cond in gens[i].ifs.iter().rev() {
        body = Stmt::If(ast::StmtIf { range, test: Box::new(cond.clone()), body: vec![body], orelse: Vec::new() });
    }
    let iter = if i == 0 {
        Expr::Name(ast::ExprName { range, id: ast::Identifier::new(".0"), ctx: ast::ExprContext::Load })
    } else {
        gens[i].iter.clone()
    };
    Stmt::For(ast::StmtFor {
        range,
        target: Box::new(gens[i].target.clone()),
        iter: Box::new(iter),
        body: vec![body],
        orelse: Vec::new(),
        type_comment: None,
    })
}

/// The parameters `(.0)`.
fn arguments(range: TextRange) -> ast::Arguments {
    ast::Arguments {
        range: Default::default(),
        posonlyargs: Vec::new(),
        args: vec![ast::ArgWithDefault {
            range: Default::default(),
            def: ast::Arg { range, arg: ast::Identifier::new(".0"), annotation: None, type_comment: None },
            default: None,
        }],
        vararg: None,
        kwonlyargs: Vec::new(),
        kwarg: None,
    }
}

impl<'a> Cx<'_, 'a> {
    /// Pushes the generator of generator expression `g`.
    pub fn genexpr_value(&mut self, g: &'a ast::ExprGeneratorExp) -> R {
        if g.generators.iter().any(|c| c.is_async) {
            return self.err("asynchronous generator expressions are not supported");
        }
        let Some(first) = g.generators.first() else { return self.err("internal: empty generator expression") };
        let body: &'a [Stmt] = Box::leak(generator_body(g).into_boxed_slice());
        let args: &'a ast::Arguments = Box::leak(Box::new(arguments(g.range)));
        let params = vec![".0".to_string()];
        let freevars = self.closure_vars(crate::scope::free_names(&params, body));
        let p = self.m.add_func(PyFunc {
            name: "<genexpr>".into(),
            params,
            body: Body::Stmts(body),
            class: self.f.class.clone(),
            default_globals: Vec::new(),
            freevars,
            gen_params: None,
        });
        self.make_func(p, "<genexpr>", args)?;
        self.i32(1);
        self.host("tuple_new");
        self.f.shuffle(Shuffle::Dup);
        self.i32(0);
        self.expr(&first.iter)?;
        self.host("iter");
        self.host("tuple_set");
        self.f.call(Callee::Func(F_CALL), FuncType::new([Type::Any, Type::Any], [Type::Any]));
        Ok(())
    }
}
