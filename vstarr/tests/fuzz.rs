//! The `translate_stack` fuzz target's body (`vstarr::fuzzing::translate_stack`) on a fixed
//! budget of random and structured inputs: never a panic, never output the verifier or a
//! checker rejects. `VSTARR_FUZZ=n` runs `n` inputs.

use rootir::fuzzing::Rng;

#[test]
fn translate_stack_fuzz_body_on_a_fixed_budget() {
    let budget: usize = std::env::var("VSTARR_FUZZ").ok().and_then(|s| s.parse().ok()).unwrap_or(20_000);
    let mut rng = Rng::new(0xf022_57ac);
    let mut accepted = 0;
    for i in 0..budget {
        let len = rng.below(200);
        let mut data: Vec<u8> = (0..len).map(|_| rng.next_u64() as u8).collect();
        // Bias some inputs towards well-formed code: loads, pushes and returns.
        if i % 2 == 0 {
            for (k, byte) in data.iter_mut().enumerate().skip(8) {
                if k % 3 == 0 {
                    *byte = [1, 0, 5, 10, 3][k % 5];
                }
            }
        }
        accepted += usize::from(vstarr::fuzzing::translate_stack(&data));
    }
    eprintln!("{budget} inputs, {accepted} translated");
    assert!(accepted > budget / 100, "{accepted} of {budget} translated");
}
