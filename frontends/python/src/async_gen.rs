//! Asynchronous generators (`async def` with `yield`) over the coroutine rewriting of
//! `coroutines.rs`: the body is a generator like any coroutine's, whose `await`s yield the
//! event loop's requests (tuples of `prelude/asyncio.py`), and each `yield v` of the body
//! becomes `yield ("agen", v)`. The function is decorated with the built-in
//! `_rootvm_async_gen` (the prelude's), which wraps each generator it makes in an
//! `async_generator` object: its `__anext__()` is a coroutine that runs the generator, passes
//! the loop's requests up and returns the value of the next `("agen", v)`, raising
//! `StopAsyncIteration` at the end; `aclose()` closes it.

use rustpython_parser::ast::{self, Constant, Expr, ExprContext, Identifier};
use rustpython_parser::text_size::TextRange;

/// The built-in that wraps an asynchronous generator function (the prelude's).
pub const WRAPPER: &str = "_rootvm_async_gen";

/// `yield v` of an asynchronous generator: `yield ("agen", v)` (`v` None when absent).
pub fn item(range: TextRange, value: Option<Expr>) -> Expr {
    let tag = Expr::Constant(ast::ExprConstant { range, value: Constant::Str("agen".into()), kind: None });
    let value = value.unwrap_or(Expr::Constant(ast::ExprConstant { range, value: Constant::None, kind: None }));
    let pair = Expr::Tuple(ast::ExprTuple { range, elts: vec![tag, value], ctx: ExprContext::Load });
    Expr::Yield(ast::ExprYield { range, value: Some(Box::new(pair)) })
}

/// The decorator that makes the function's generators asynchronous generators.
pub fn wrapper(range: TextRange) -> Expr {
    Expr::Name(ast::ExprName { range, id: Identifier::new(WRAPPER), ctx: ExprContext::Load })
}
