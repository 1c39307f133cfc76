//! The `itertools` module. Finite results are computed eagerly (an iterator over a tuple);
//! `count`, `cycle` and `repeat` without a count are lazy iterators `[LAZY, kind, a, b]`.

use crate::err::{PyErr, PyResult};
use crate::modules::arity;
use crate::num::BinOp;
use crate::obj::{Heap, NONE, Tag, as_small, int_bits};
use crate::ops;

/// The functions of `itertools`.
pub(crate) const FUNCS: &[&str] = &[
    "count",
    "cycle",
    "repeat",
    "chain",
    "islice",
    "product",
    "permutations",
    "combinations",
    "combinations_with_replacement",
    "accumulate",
    "groupby",
    "zip_longest",
    "pairwise",
];

const COUNT: i64 = 0;
const CYCLE: i64 = 1;
const REPEAT: i64 = 2;
/// `map(f, *iterators)` of a built-in `f` (`builtins_more.rs`): `a` is f, `b` the iterators.
pub(crate) const MAP: i64 = 3;
/// The lines of `sys.stdin`, read one at a time (`stdin.rs`).
pub(crate) const STDIN: i64 = 4;

/// The next item of a lazy iterator.
pub(crate) fn lazy_next(h: &mut Heap, it: u64) -> PyResult<Option<u64>> {
    let (kind, a, b) = (as_small(h.get(it, 1)?), h.get(it, 2)?, h.get(it, 3)?);
    match kind {
        COUNT => {
            let next = ops::binop(h, BinOp::Add, a, b)?;
            h.set(it, 2, next)?;
            Ok(Some(a))
        }
        CYCLE => {
            let n = h.len(a)? - 1;
            if n == 0 {
                return Ok(None);
            }
            let i = as_small(b) as usize;
            h.set(it, 3, int_bits(((i + 1) % n) as i64))?;
            h.get(a, i + 1).map(Some)
        }
        MAP => crate::builtins_more::map_next(h, a, b),
        STDIN => crate::stdin::next_line(h),
        _ => Ok(Some(a)),
    }
}

/// A lazy iterator `[LAZY, kind, a, b]`.
pub(crate) fn lazy(h: &mut Heap, kind: i64, a: u64, b: u64) -> PyResult<u64> {
    h.obj(Tag::Lazy, &[int_bits(kind), a, b])
}

/// An iterator over `items` (kept alive until the host call returns).
fn iter_of(h: &mut Heap, items: &[u64]) -> PyResult<u64> {
    let t = h.tuple(items)?;
    h.keep(t)?;
    let it = ops::iter(h, t)?;
    h.keep(it)
}

/// Tuples of `rows`, kept alive, then an iterator over them.
fn iter_of_tuples(h: &mut Heap, rows: Vec<Vec<u64>>) -> PyResult<u64> {
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let t = h.tuple(&r)?;
        out.push(h.keep(t)?);
    }
    iter_of(h, &out)
}

fn kw_value(kw: &[(String, u64)], name: &str) -> Option<u64> {
    kw.iter().find(|(k, _)| k == name).map(|&(_, v)| v)
}

fn index(h: &mut Heap, v: u64) -> PyResult<usize> {
    let i = crate::builtins::small_int(h, v)?;
    usize::try_from(i).map_err(|_| PyErr::new("ValueError", "argument must be a non-negative integer".into()))
}

/// Calls `itertools.name`.
pub(crate) fn call(h: &mut Heap, name: &str, a: &[u64], kw: &[(String, u64)]) -> PyResult<u64> {
    match name {
        "count" => {
            arity(name, a, 0, 2)?;
            let start = kw_value(kw, "start").or(a.first().copied()).unwrap_or(int_bits(0));
            let step = kw_value(kw, "step").or(a.get(1).copied()).unwrap_or(int_bits(1));
            lazy(h, COUNT, start, step)
        }
        "cycle" => {
            arity(name, a, 1, 1)?;
            let items = ops::iterate(h, a[0])?;
            let t = h.tuple(&items)?;
            h.keep(t)?;
            lazy(h, CYCLE, t, int_bits(0))
        }
        "repeat" => {
            arity(name, a, 1, 2)?;
            match kw_value(kw, "times").or(a.get(1).copied()) {
                Some(n) => {
                    let n = crate::builtins::small_int(h, n)?.max(0) as usize;
                    iter_of(h, &vec![a[0]; n])
                }
                None => lazy(h, REPEAT, a[0], NONE),
            }
        }
        "chain" => {
            let mut all = Vec::new();
            for &x in a {
                all.extend(ops::iterate(h, x)?);
            }
            iter_of(h, &all)
        }
        "islice" => islice(h, a),
        "product" => {
            let repeat = match kw_value(kw, "repeat") {
                Some(r) => index(h, r)?,
                None => 1,
            };
            let mut pools = Vec::new();
            for &x in a {
                pools.push(ops::iterate(h, x)?);
            }
            let pools: Vec<Vec<u64>> = (0..repeat).flat_map(|_| pools.iter().cloned()).collect();
            let mut rows = vec![Vec::new()];
            for pool in &pools {
                rows = rows.iter().flat_map(|r| pool.iter().map(move |&y| [r.clone(), vec![y]].concat())).collect();
            }
            iter_of_tuples(h, rows)
        }
        "permutations" | "combinations" | "combinations_with_replacement" => {
            let pool = ops::iterate(h, a.first().copied().unwrap_or(NONE))?;
            let r = match kw_value(kw, "r").or(a.get(1).copied()) {
                Some(r) if r != NONE => index(h, r)?,
                _ if name == "permutations" => pool.len(),
                _ => return Err(PyErr::type_error(format!("{name}() missing required argument 'r' (pos 2)"))),
            };
            let idx = match name {
                "permutations" => permutations(pool.len(), r),
                "combinations" => combinations(pool.len(), r, false),
                _ => combinations(pool.len(), r, true),
            };
            let rows = idx.into_iter().map(|row| row.into_iter().map(|i| pool[i]).collect()).collect();
            iter_of_tuples(h, rows)
        }
        "accumulate" => {
            arity(name, a, 1, 1)?;
            let mut out = Vec::new();
            let mut acc = kw_value(kw, "initial");
            if let Some(x) = acc {
                out.push(x);
            }
            for x in ops::iterate(h, a[0])? {
                let v = match acc {
                    Some(p) => ops::binop(h, BinOp::Add, p, x)?,
                    None => x,
                };
                out.push(h.keep(v)?);
                acc = Some(v);
            }
            iter_of(h, &out)
        }
        "groupby" => {
            arity(name, a, 1, 1)?;
            let mut groups: Vec<(u64, Vec<u64>)> = Vec::new();
            for x in ops::iterate(h, a[0])? {
                match groups.last_mut() {
                    Some((k, g)) if ops::equal(h, *k, x)? => g.push(x),
                    _ => groups.push((x, vec![x])),
                }
            }
            let mut rows = Vec::new();
            for (k, g) in groups {
                let it = iter_of(h, &g)?;
                rows.push(vec![k, it]);
            }
            iter_of_tuples(h, rows)
        }
        "zip_longest" => {
            let fill = kw_value(kw, "fillvalue").unwrap_or(NONE);
            let mut lists = Vec::new();
            for &x in a {
                lists.push(ops::iterate(h, x)?);
            }
            let n = lists.iter().map(Vec::len).max().unwrap_or(0);
            let rows = (0..n).map(|i| lists.iter().map(|l| l.get(i).copied().unwrap_or(fill)).collect()).collect();
            iter_of_tuples(h, rows)
        }
        "pairwise" => {
            arity(name, a, 1, 1)?;
            let items = ops::iterate(h, a[0])?;
            let rows = items.windows(2).map(|w| w.to_vec()).collect();
            iter_of_tuples(h, rows)
        }
        _ => Err(PyErr::new("AttributeError", format!("module 'itertools' has no attribute '{name}'"))),
    }
}

/// `islice(it, stop)` / `islice(it, start, stop[, step])`: pulls only the items it needs, so
/// it works on the infinite iterators.
fn islice(h: &mut Heap, a: &[u64]) -> PyResult<u64> {
    arity("islice", a, 2, 4)?;
    let opt = |h: &mut Heap, v: Option<&u64>| -> PyResult<Option<usize>> {
        match v {
            Some(&x) if x != NONE => index(h, x).map(Some),
            _ => Ok(None),
        }
    };
    let (start, stop, step) = if a.len() == 2 {
        (0, opt(h, a.get(1))?, 1)
    } else {
        (opt(h, a.get(1))?.unwrap_or(0), opt(h, a.get(2))?, opt(h, a.get(3))?.unwrap_or(1))
    };
    if step == 0 {
        return Err(PyErr::new("ValueError", "Step for islice() must be a positive integer or None.".into()));
    }
    let it = ops::iter(h, a[0])?;
    h.keep(it)?;
    let mut out = Vec::new();
    let mut i = 0usize;
    while stop.is_none_or(|s| i < s) {
        let Some(x) = ops::next(h, it)? else { break };
        if i >= start && (i - start).is_multiple_of(step) {
            out.push(h.keep(x)?);
        }
        i += 1;
    }
    iter_of(h, &out)
}

/// The index rows of `permutations(range(n), r)` in CPython's (lexicographic) order.
fn permutations(n: usize, r: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    if r > n {
        return out;
    }
    let mut row = Vec::new();
    let mut used = vec![false; n];
    fn go(n: usize, r: usize, row: &mut Vec<usize>, used: &mut [bool], out: &mut Vec<Vec<usize>>) {
        if row.len() == r {
            out.push(row.clone());
            return;
        }
        for i in 0..n {
            if !used[i] {
                used[i] = true;
                row.push(i);
                go(n, r, row, used, out);
                row.pop();
                used[i] = false;
            }
        }
    }
    go(n, r, &mut row, &mut used, &mut out);
    out
}

/// The index rows of `combinations` (or with replacement) in lexicographic order.
fn combinations(n: usize, r: usize, repl: bool) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    fn go(n: usize, r: usize, from: usize, repl: bool, row: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
        if row.len() == r {
            out.push(row.clone());
            return;
        }
        for i in from..n {
            row.push(i);
            go(n, r, if repl { i } else { i + 1 }, repl, row, out);
            row.pop();
        }
    }
    go(n, r, 0, repl, &mut Vec::new(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_match_itertools() {
        assert_eq!(permutations(3, 2), [[0, 1], [0, 2], [1, 0], [1, 2], [2, 0], [2, 1]]);
        assert_eq!(combinations(4, 2, false).len(), 6);
        assert_eq!(combinations(2, 2, true), [[0, 0], [0, 1], [1, 1]]);
        assert!(permutations(2, 3).is_empty());
    }
}
