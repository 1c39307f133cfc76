//! The source ranges CPython 3.11's traceback carets need (`~~~^^^` under a frame's line):
//! for each expression whose instruction can be a frame's current one (calls, binary
//! operations, subscripts, attribute reads, comparisons, unary operations), its start, its end
//! and the anchors of its operator. rootIR positions carry only a start (line, column), so the
//! runtime finds the range by the start and the kind of host call that raised
//! (`runtimes/python/src/traceback.rs`); the table travels in `py.tb_info`'s text.

use crate::emit::ModGen;
use rustpython_parser::ast::{Expr, Ranged};

/// One entry of the table: `line col end_line end_col kind a b` (1-based character columns;
/// `a b` are the left operand's end and the right operand's start of a binary operation, the
/// value's end and the slice's end of a subscript, 0 otherwise).
pub fn span_of(m: &ModGen<'_>, e: &Expr) -> Option<String> {
    let (kind, a, b) = match e {
        Expr::Call(_) => ('C', 0, 0),
        Expr::BinOp(x) => ('B', col_on(m, e, x.left.end()), col_on(m, e, x.right.start())),
        Expr::Subscript(x) => ('S', col_on(m, e, x.value.end()), col_on(m, e, x.slice.end())),
        Expr::Attribute(_) => ('A', 0, 0),
        Expr::Compare(_) | Expr::UnaryOp(_) => ('O', 0, 0),
        // Never a frame's instruction, but the widest expression at its start (an assert's test).
        Expr::BoolOp(_) | Expr::IfExp(_) | Expr::Lambda(_) | Expr::NamedExpr(_) => ('X', 0, 0),
        _ => return None,
    };
    let (line, col) = m.line_col(e.start());
    let (end_line, end_col) = m.line_col(e.end());
    Some(format!("{line} {col} {end_line} {end_col} {kind} {a} {b}"))
}

/// The column of `at` if it is on `e`'s first line, else 0.
fn col_on(m: &ModGen<'_>, e: &Expr, at: rustpython_parser::text_size::TextSize) -> u32 {
    let (line, _) = m.line_col(e.start());
    let (l, c) = m.line_col(at);
    if l == line { c } else { 0 }
}
