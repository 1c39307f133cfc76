//! Sequentializing a parallel move: destinations all distinct, every source read before any
//! destination is written. Cycles (`a ← b, b ← a`) are broken with a temporary.

/// The moves `dst ← src` to perform one after the other so that together they do what the
/// parallel move `moves` does. `temp(r)` gives a scratch location of `r`'s kind, used only
/// to break cycles. Moves of a location to itself are dropped.
///
/// # Panics
/// Never; if two moves share a destination (not a parallel move) the last one wins.
pub fn sequentialize<R: Copy + Eq>(moves: &[(R, R)], mut temp: impl FnMut(R) -> R) -> Vec<(R, R)> {
    let mut pending: Vec<(R, R)> = Vec::new();
    for &(d, s) in moves {
        pending.retain(|&(pd, _)| pd != d);
        if d != s {
            pending.push((d, s));
        }
    }
    let mut out = Vec::with_capacity(pending.len() + 1);
    while !pending.is_empty() {
        // A move whose destination no other pending move reads can go now.
        let ready = (0..pending.len()).find(|&i| !pending.iter().any(|&(_, s)| s == pending[i].0));
        match ready {
            Some(i) => {
                out.push(pending.remove(i));
            }
            None => {
                // Only cycles are left: save one destination and read it from the temporary.
                let d = pending[0].0;
                let t = temp(d);
                out.push((t, d));
                for m in &mut pending {
                    if m.1 == d {
                        m.1 = t;
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `seq` on registers holding their own numbers; returns the final contents.
    fn run(seq: &[(usize, usize)], n: usize) -> Vec<usize> {
        let mut regs: Vec<usize> = (0..n).collect();
        for &(d, s) in seq {
            regs[d] = regs[s];
        }
        regs
    }

    fn check(moves: &[(usize, usize)], n: usize) {
        let temp = n; // one scratch register after the others
        let seq = sequentialize(moves, |_| temp);
        let after = run(&seq, n + 1);
        for (i, &got) in after.iter().enumerate().take(n) {
            let expected = moves.iter().find(|&&(d, _)| d == i).map_or(i, |&(_, s)| s);
            assert_eq!(got, expected, "register {i} after {moves:?} as {seq:?}");
        }
    }

    #[test]
    fn swaps_cycles_chains_and_fanout_are_correct() {
        check(&[(0, 1), (1, 0)], 2);
        check(&[(0, 1), (1, 2), (2, 0)], 3);
        check(&[(1, 0), (2, 1), (3, 2)], 4);
        check(&[(1, 0), (2, 0), (0, 3)], 4);
        check(&[(0, 1), (1, 0), (2, 3), (3, 2), (4, 4)], 5);
        check(&[(0, 1), (1, 0), (2, 0)], 3);
        assert!(sequentialize::<usize>(&[(3, 3)], |_| 9).is_empty());
    }

    #[test]
    fn random_parallel_moves_are_correct() {
        let mut rng = rootir::fuzzing::Rng::new(42);
        for _ in 0..2000 {
            let n = 1 + rng.below(6);
            let mut dsts: Vec<usize> = (0..n).collect();
            let mut moves = Vec::new();
            for _ in 0..rng.below(n + 1) {
                let d = dsts.remove(rng.below(dsts.len()));
                moves.push((d, rng.below(n)));
            }
            check(&moves, n);
        }
    }
}
