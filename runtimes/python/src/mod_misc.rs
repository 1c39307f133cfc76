//! Small modules: `string` (constants), `time`, `bisect`, `heapq` (CPython's sift order, so
//! heaps print as CPython's do) and `copy`.

use crate::err::{PyErr, PyResult};
use crate::modules::{Attr, arity};
use crate::obj::{Heap, Kind, NONE, Tag, float, int_bits};
use crate::ops::{self, CmpOp};

/// The functions of `time`.
pub(crate) const TIME: &[&str] = &["time", "perf_counter", "monotonic", "process_time", "sleep", "time_ns"];
/// The functions of `bisect`.
pub(crate) const BISECT: &[&str] = &["bisect_left", "bisect_right", "bisect", "insort_left", "insort_right", "insort"];
/// The functions of `heapq`.
pub(crate) const HEAPQ: &[&str] =
    &["heappush", "heappop", "heapify", "heapreplace", "heappushpop", "nlargest", "nsmallest"];
/// The functions of `copy`.
pub(crate) const COPY: &[&str] = &["copy", "deepcopy"];

/// The constants of `string`.
pub(crate) fn string_constants() -> Vec<Attr> {
    vec![
        Attr::Str("ascii_letters", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        Attr::Str("ascii_lowercase", "abcdefghijklmnopqrstuvwxyz"),
        Attr::Str("ascii_uppercase", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        Attr::Str("digits", "0123456789"),
        Attr::Str("hexdigits", "0123456789abcdefABCDEF"),
        Attr::Str("octdigits", "01234567"),
        Attr::Str("punctuation", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"),
        Attr::Str("whitespace", " \t\n\r\x0b\x0c"),
        Attr::Str(
            "printable",
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c",
        ),
    ]
}

/// Calls `module.name` for the small modules.
pub(crate) fn call(h: &mut Heap, module: &str, name: &str, a: &[u64], _kw: &[(String, u64)]) -> PyResult<u64> {
    match module {
        "time" => time(h, name, a),
        "bisect" => bisect(h, name, a),
        "heapq" => heapq(h, name, a),
        "copy" => {
            arity(name, a, 1, 1)?;
            copy(h, a[0], name == "deepcopy")
        }
        _ => Err(PyErr::new("AttributeError", format!("module '{module}' has no attribute '{name}'"))),
    }
}

fn time(h: &mut Heap, name: &str, a: &[u64]) -> PyResult<u64> {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    match name {
        "sleep" => {
            arity(name, a, 1, 1)?;
            let s = crate::modules::as_float(h, a[0])?;
            if s < 0.0 {
                return Err(PyErr::new("ValueError", "sleep length must be non-negative".into()));
            }
            std::thread::sleep(std::time::Duration::from_secs_f64(s.min(1e9)));
            Ok(NONE)
        }
        "time_ns" => h.int(&now.as_nanos().into()),
        _ => Ok(float(now.as_secs_f64())),
    }
}

fn lt(h: &mut Heap, a: u64, b: u64) -> PyResult<bool> {
    ops::compare_op(h, CmpOp::Lt, a, b)
}

fn bisect(h: &mut Heap, name: &str, a: &[u64]) -> PyResult<u64> {
    arity(name, a, 2, 4)?;
    let mut items = h.list_items(a[0])?;
    let x = a[1];
    let mut lo = match a.get(2) {
        Some(&v) => crate::builtins::small_int(h, v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(PyErr::new("ValueError", "lo must be non-negative".into()));
    }
    let mut hi = match a.get(3) {
        Some(&v) if v != NONE => crate::builtins::small_int(h, v)?,
        _ => items.len() as i64,
    };
    let left = name.ends_with("_left");
    while lo < hi {
        let mid = (lo + hi) / 2;
        let m = items[mid as usize];
        let go_right = if left { lt(h, m, x)? } else { !lt(h, x, m)? };
        if go_right {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if name.starts_with("insort") {
        items.insert(lo as usize, x);
        ops::set_list(h, a[0], &items)?;
        return Ok(NONE);
    }
    Ok(int_bits(lo))
}

fn sift_down(h: &mut Heap, heap: &mut [u64], start: usize, mut pos: usize) -> PyResult<()> {
    let item = heap[pos];
    while pos > start {
        let parent = (pos - 1) >> 1;
        if lt(h, item, heap[parent])? {
            heap[pos] = heap[parent];
            pos = parent;
            continue;
        }
        break;
    }
    heap[pos] = item;
    Ok(())
}

fn sift_up(h: &mut Heap, heap: &mut [u64], mut pos: usize) -> PyResult<()> {
    let (end, start, item) = (heap.len(), pos, heap[pos]);
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end && !lt(h, heap[child], heap[right])? {
            child = right;
        }
        heap[pos] = heap[child];
        pos = child;
        child = 2 * pos + 1;
    }
    heap[pos] = item;
    sift_down(h, heap, start, pos)
}

fn heap_list(h: &mut Heap, v: u64) -> PyResult<Vec<u64>> {
    if h.kind(v)? != Kind::Obj(Tag::List) {
        return Err(PyErr::type_error("heap argument must be a list".into()));
    }
    h.list_items(v)
}

fn heapq(h: &mut Heap, name: &str, a: &[u64]) -> PyResult<u64> {
    if matches!(name, "nlargest" | "nsmallest") {
        arity(name, a, 2, 2)?;
        let n = crate::builtins::small_int(h, a[0])?.max(0) as usize;
        let items = ops::iterate(h, a[1])?;
        let mut sorted = crate::builtins::sort(h, items, NONE)?;
        if name == "nlargest" {
            // sorted(reverse=True) keeps equal items in their original order.
            sorted = stable_reverse(h, sorted)?;
        }
        sorted.truncate(n);
        return h.list(&sorted);
    }
    let one = name == "heapify" || name == "heappop";
    arity(name, a, 2 - one as usize, 2 - one as usize)?;
    let mut heap = heap_list(h, a[0])?;
    let result = match name {
        "heapify" => {
            for i in (0..heap.len() / 2).rev() {
                sift_up(h, &mut heap, i)?;
            }
            NONE
        }
        "heappush" => {
            heap.push(a[1]);
            let last = heap.len() - 1;
            sift_down(h, &mut heap, 0, last)?;
            NONE
        }
        "heappop" => {
            let Some(last) = heap.pop() else {
                return Err(PyErr::new("IndexError", "index out of range".into()));
            };
            if heap.is_empty() {
                last
            } else {
                let top = std::mem::replace(&mut heap[0], last);
                sift_up(h, &mut heap, 0)?;
                top
            }
        }
        "heapreplace" => {
            if heap.is_empty() {
                return Err(PyErr::new("IndexError", "index out of range".into()));
            }
            let top = std::mem::replace(&mut heap[0], a[1]);
            sift_up(h, &mut heap, 0)?;
            top
        }
        _ => {
            if !heap.is_empty() && lt(h, heap[0], a[1])? {
                let top = std::mem::replace(&mut heap[0], a[1]);
                sift_up(h, &mut heap, 0)?;
                top
            } else {
                a[1]
            }
        }
    };
    h.keep(result)?;
    ops::set_list(h, a[0], &heap)?;
    Ok(result)
}

/// Sorted descending with equal items in their original order (what `reverse=True` gives).
fn stable_reverse(h: &mut Heap, ascending: Vec<u64>) -> PyResult<Vec<u64>> {
    let mut groups: Vec<Vec<u64>> = Vec::new();
    for x in ascending {
        match groups.last_mut() {
            Some(g) if !lt(h, g[0], x)? => g.push(x),
            _ => groups.push(vec![x]),
        }
    }
    Ok(groups.into_iter().rev().flatten().collect())
}

/// `copy.copy(v)` or `copy.deepcopy(v)` (lists, dicts, tuples and instances; shared
/// references inside a deep copy are copied once each time they are reached).
fn copy(h: &mut Heap, v: u64, deep: bool) -> PyResult<u64> {
    let each = |h: &mut Heap, x: u64| if deep { copy(h, x, true) } else { Ok(x) };
    match h.kind(v)? {
        Kind::Obj(Tag::List) => {
            let mut items = Vec::new();
            for x in h.list_items(v)? {
                let c = each(h, x)?;
                items.push(h.keep(c)?);
            }
            h.list(&items)
        }
        Kind::Obj(Tag::Tuple) if deep => {
            let mut items = Vec::new();
            for x in h.tuple_items(v)? {
                let c = each(h, x)?;
                items.push(h.keep(c)?);
            }
            h.tuple(&items)
        }
        Kind::Obj(Tag::Dict) => {
            let d = h.dict()?;
            h.keep(d)?;
            let (ks, vs) = h.dict_items(v)?;
            for (k, x) in ks.into_iter().zip(vs) {
                let c = each(h, x)?;
                h.keep(c)?;
                h.dict_set(d, k, c)?;
            }
            Ok(d)
        }
        Kind::Obj(Tag::Set) => {
            let items = crate::set::items(h, v)?;
            let mut out = Vec::new();
            for x in items {
                let c = each(h, x)?;
                out.push(h.keep(c)?);
            }
            crate::set::new_set(h, Tag::Set, &out)
        }
        Kind::Inst => {
            let class = h.get(v, 0)?;
            let d = h.get(v, 1)?;
            let d2 = copy(h, d, deep)?;
            h.keep(d2)?;
            h.new_instance_with(class, d2)
        }
        _ => Ok(v),
    }
}
