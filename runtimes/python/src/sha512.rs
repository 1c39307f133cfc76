//! SHA-512 (FIPS 180-4), for `random.seed(str)`, which CPython 3.11 seeds with the int of
//! `a.encode() + sha512(a.encode()).digest()`. The round constants and initial values are
//! computed from the primes (the first 64 fractional bits of their cube and square roots)
//! rather than typed in.

use num_bigint::BigUint;

/// The first `n` primes.
fn primes(n: usize) -> Vec<u64> {
    let mut out = Vec::with_capacity(n);
    let mut k = 2u64;
    while out.len() < n {
        if out.iter().take_while(|&&p| p * p <= k).all(|&p| !k.is_multiple_of(p)) {
            out.push(k);
        }
        k += 1;
    }
    out
}

/// The first 64 bits of the fractional part of the `root`-th root of `p`.
fn frac_bits(p: u64, root: u32) -> u64 {
    let scaled = BigUint::from(p) << (64 * root as usize);
    let r = if root == 2 { scaled.sqrt() } else { scaled.cbrt() };
    (r & BigUint::from(u64::MAX)).iter_u64_digits().next().unwrap_or(0)
}

/// The SHA-512 digest of `data`.
pub(crate) fn digest(data: &[u8]) -> [u8; 64] {
    let ps = primes(80);
    let k: Vec<u64> = ps.iter().map(|&p| frac_bits(p, 3)).collect();
    let mut hs: Vec<u64> = ps[..8].iter().map(|&p| frac_bits(p, 2)).collect();
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());
    for block in msg.chunks(128) {
        let mut w = [0u64; 80];
        for (i, word) in block.chunks(8).enumerate() {
            w[i] = u64::from_be_bytes(word.try_into().unwrap_or([0; 8]));
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let mut v = [hs[0], hs[1], hs[2], hs[3], hs[4], hs[5], hs[6], hs[7]];
        for i in 0..80 {
            let [a, b, c, d, e, f, g, hh] = v;
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(k[i]).wrapping_add(w[i]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
        }
        for (x, y) in hs.iter_mut().zip(v) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in hs.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(d: &[u8]) -> String {
        d.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn digests_match_the_standard() {
        assert_eq!(
            hex(&digest(b"abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
             2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        assert_eq!(
            hex(&digest(&[b'x'; 200])),
            "ef978e23dc520404ae16fd17bde9ee5945610d671551d6863a5ffbc99433fc72\
             6726e51f989b886191be9325b8f8b03b1a63fe3e5eff23d126c2f41f07d2bf87"
        );
    }
}
