//! The `random` module: CPython's Mersenne Twister (MT19937, `init_by_array` seeding of
//! `abs(seed)` split into 32-bit words) and the methods of `random.Random` as CPython 3.11
//! writes them, so a seeded program draws the same numbers.

use crate::err::{PyErr, PyResult};
use crate::modules::{arity, as_float};
use crate::num::Num;
use crate::obj::{Heap, NONE, float};
use crate::ops;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

/// The functions of `random`.
pub(crate) const FUNCS: &[&str] =
    &["seed", "random", "getrandbits", "randrange", "randint", "choice", "shuffle", "uniform", "sample"];

const N: usize = 624;
const M: usize = 397;

/// The generator's state.
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn init_genrand(s: u32) -> Mt {
        let mut state = [0u32; N];
        state[0] = s;
        for i in 1..N {
            state[i] = 1812433253u32.wrapping_mul(state[i - 1] ^ (state[i - 1] >> 30)).wrapping_add(i as u32);
        }
        Mt { state, index: N }
    }

    /// The generator seeded as CPython's `init_by_array(key)`.
    pub fn from_key(key: &[u32]) -> Mt {
        let mut g = Mt::init_genrand(19650218);
        let mt = &mut g.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        g
    }

    /// The generator seeded with int `n` as `random.seed(n)` does.
    pub fn from_int(n: &BigInt) -> Mt {
        let (_, mut key) = n.abs().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        Mt::from_key(&key)
    }

    /// The next 32 random bits.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn twist(&mut self) {
        let mt = &mut self.state;
        for k in 0..N {
            let y = (mt[k] & 0x8000_0000) | (mt[(k + 1) % N] & 0x7fff_ffff);
            mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ if y & 1 != 0 { 0x9908_b0df } else { 0 };
        }
        self.index = 0;
    }

    /// `random.random()`: 53 bits.
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `random.getrandbits(k)`.
    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(if k == 0 { 0 } else { self.next_u32() >> (32 - k) });
        }
        let mut words = Vec::new();
        let mut left = k;
        while left > 0 {
            let r = self.next_u32();
            words.push(if left < 32 { r >> (32 - left) } else { r });
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &words)
    }

    /// `_randbelow(n)`: rejection sampling with `n.bit_length()` bits.
    pub fn below(&mut self, n: &BigInt) -> BigInt {
        let k = n.bits();
        let mut r = self.getrandbits(k);
        while &r >= n {
            r = self.getrandbits(k);
        }
        r
    }
}

/// Runs `f` with the run's generator (seeded from the clock on first use, as CPython seeds
/// from the OS).
fn with_mt<T>(h: &mut Heap, f: impl FnOnce(&mut Mt) -> T) -> PyResult<T> {
    let mut g = h.io.random.lock().map_err(|_| PyErr::new("SystemError", "random state poisoned".into()))?;
    let mt = g.get_or_insert_with(|| {
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        Mt::from_key(&[t.as_nanos() as u32, t.as_secs() as u32, std::process::id()])
    });
    Ok(f(mt))
}

fn int_arg(h: &mut Heap, v: u64) -> PyResult<BigInt> {
    match h.num(v)? {
        Some(Num::Int(i)) => Ok(i),
        Some(Num::Float(f)) if f.fract() == 0.0 => {
            Err(PyErr::type_error("'float' object cannot be interpreted as an integer".into()))
        }
        _ => {
            let t = ops::type_name(h, v)?;
            Err(PyErr::type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn below(h: &mut Heap, n: &BigInt) -> PyResult<BigInt> {
    with_mt(h, |g| g.below(n))
}

/// `randrange(start, stop=None, step=1)` as CPython 3.11 computes it.
fn randrange(h: &mut Heap, a: &[u64]) -> PyResult<BigInt> {
    let start = int_arg(h, a[0])?;
    if a.len() == 1 || a[1] == NONE {
        if start.is_positive() {
            return below(h, &start);
        }
        return Err(PyErr::new("ValueError", "empty range for randrange()".into()));
    }
    let stop = int_arg(h, a[1])?;
    let step = if a.len() > 2 { int_arg(h, a[2])? } else { BigInt::from(1) };
    let width = &stop - &start;
    if step == BigInt::from(1) {
        if width.is_positive() {
            return Ok(start + below(h, &width)?);
        }
        return Err(PyErr::new("ValueError", format!("empty range for randrange() ({start}, {stop}, {width})")));
    }
    let n: BigInt = if step.is_positive() {
        (width + &step - 1) / &step
    } else if step.is_negative() {
        (width + &step + 1) / &step
    } else {
        return Err(PyErr::new("ValueError", "zero step for randrange()".into()));
    };
    if !n.is_positive() {
        return Err(PyErr::new("ValueError", "empty range for randrange()".into()));
    }
    Ok(start + step * below(h, &n)?)
}

/// The bytes `random.seed` hashes for a str (UTF-8), bytes or bytearray seed.
fn seed_bytes(h: &mut Heap, v: u64) -> PyResult<Option<Vec<u8>>> {
    if h.kind(v)? == crate::obj::Kind::Str {
        return Ok(Some(h.text(v)?.into_bytes()));
    }
    if crate::bytearray::is_bytes_like(h, v)? {
        return crate::bytes::data(h, v).map(Some);
    }
    Ok(None)
}

/// Calls `random.name`.
pub(crate) fn call(h: &mut Heap, name: &str, a: &[u64]) -> PyResult<u64> {
    match name {
        "seed" => {
            arity(name, a, 0, 2)?;
            let mt = match a.first().map(|&v| h.num(v)).transpose()?.flatten() {
                Some(Num::Int(i)) => Mt::from_int(&i),
                // CPython seeds with the hash as a size_t (a negative hash wraps).
                Some(Num::Float(_)) => Mt::from_int(&(h.hash(a[0])? as u64).into()),
                // str, bytes, bytearray: the int of the bytes followed by their SHA-512.
                None if a.first().is_some_and(|&v| v != NONE) && seed_bytes(h, a[0])?.is_some() => {
                    let mut data = seed_bytes(h, a[0])?.unwrap_or_default();
                    data.extend_from_slice(&crate::sha512::digest(&data));
                    Mt::from_int(&BigInt::from_bytes_be(num_bigint::Sign::Plus, &data))
                }
                None if a.first().is_some_and(|&v| v != NONE) => {
                    return Err(PyErr::new(
                        "NotImplementedError",
                        "random.seed() of this type is not supported yet".into(),
                    ));
                }
                _ => {
                    *h.io.random.lock().map_err(|_| PyErr::new("SystemError", String::new()))? = None;
                    return Ok(NONE);
                }
            };
            *h.io.random.lock().map_err(|_| PyErr::new("SystemError", String::new()))? = Some(mt);
            Ok(NONE)
        }
        "random" => {
            arity(name, a, 0, 0)?;
            Ok(float(with_mt(h, |g| g.random())?))
        }
        "uniform" => {
            arity(name, a, 2, 2)?;
            let (x, y) = (as_float(h, a[0])?, as_float(h, a[1])?);
            let r = with_mt(h, |g| g.random())?;
            Ok(float(x + (y - x) * r))
        }
        "getrandbits" => {
            arity(name, a, 1, 1)?;
            let k = int_arg(h, a[0])?;
            if k.is_negative() {
                return Err(PyErr::new("ValueError", "number of bits must be non-negative".into()));
            }
            let k = k.to_u64().unwrap_or(0);
            let r = with_mt(h, |g| g.getrandbits(k))?;
            h.int(&r)
        }
        "randrange" => {
            arity(name, a, 1, 3)?;
            let r = randrange(h, a)?;
            h.int(&r)
        }
        "randint" => {
            arity(name, a, 2, 2)?;
            let b = int_arg(h, a[1])? + 1;
            let stop = h.int(&b)?;
            h.keep(stop)?;
            let r = randrange(h, &[a[0], stop])?;
            h.int(&r)
        }
        "choice" => {
            arity(name, a, 1, 1)?;
            let n = ops::len(h, a[0])?;
            if n == 0 {
                return Err(PyErr::new("IndexError", "Cannot choose from an empty sequence".into()));
            }
            let i = below(h, &BigInt::from(n))?;
            let i = h.int(&i)?;
            ops::getitem(h, a[0], i)
        }
        "shuffle" => {
            arity(name, a, 1, 1)?;
            let mut items = h.list_items(a[0])?;
            for i in (1..items.len()).rev() {
                let j = below(h, &BigInt::from(i + 1))?.to_usize().unwrap_or(0);
                items.swap(i, j);
            }
            ops::set_list(h, a[0], &items)?;
            Ok(NONE)
        }
        "sample" => {
            arity(name, a, 2, 2)?;
            let pool = ops::iterate(h, a[0])?;
            let k = int_arg(h, a[1])?.to_usize().unwrap_or(usize::MAX);
            let out = sample(h, pool, k)?;
            h.list(&out)
        }
        _ => Err(PyErr::new("AttributeError", format!("module 'random' has no attribute '{name}'"))),
    }
}

/// `random.sample(population, k)` with CPython 3.11's two strategies (pool or selected set).
fn sample(h: &mut Heap, mut pool: Vec<u64>, k: usize) -> PyResult<Vec<u64>> {
    let n = pool.len();
    if k > n {
        return Err(PyErr::new("ValueError", "Sample larger than population or is negative".into()));
    }
    let mut setsize = 21usize;
    if k > 5 {
        let x = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4usize.pow(x.ceil() as u32);
    }
    let mut out = Vec::with_capacity(k);
    if n <= setsize {
        for i in 0..k {
            let j = below(h, &BigInt::from(n - i))?.to_usize().unwrap_or(0);
            out.push(pool[j]);
            pool[j] = pool[n - i - 1];
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            let mut j = below(h, &BigInt::from(n))?;
            while selected.contains(&j) {
                j = below(h, &BigInt::from(n))?;
            }
            let idx = j.to_usize().unwrap_or(0);
            selected.insert(j);
            out.push(pool[idx]);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_like_cpython() {
        // python3 -c 'import random; random.seed(42); print(random.getrandbits(32), random.random())'
        let mut g = Mt::from_int(&BigInt::from(42));
        assert_eq!(g.getrandbits(32), BigInt::from(2746317213u32));
        assert_eq!(g.random(), 0.11133106816568039);
    }
}
