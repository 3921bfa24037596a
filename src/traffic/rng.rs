//! The simulator's one source of randomness: xoshiro256++ (Blackman and Vigna), seeded from a
//! `u64` through SplitMix64, as `rand_xoshiro` implements both, drawn through rand's API
//! (`RngExt::random`, `random_range`, and the `Bernoulli` and `WeightedIndex` distributions).
//! Named and portable: the same seed gives the same stream natively, in Node and in the browser
//! (pinned by a value-stability test in `tests/it/traffic.rs` and `tests/wasm_node.rs`). rand's
//! OS-entropy features are off: seeds always come from the caller.

use rand::SeedableRng;
use rand_xoshiro::Xoshiro256PlusPlus;

/// The simulator's generator.
pub type Rng = Xoshiro256PlusPlus;

/// The stream for `seed`.
pub fn seeded(seed: u64) -> Rng {
    Rng::seed_from_u64(seed)
}

/// The stream for repeated run `run` (1, 2, ...) of `seed`: the seed is mixed with the run
/// number by SplitMix64's increment, then seeded as usual, so runs are independent streams.
pub fn for_run(seed: u64, run: u64) -> Rng {
    seeded(seed ^ run.wrapping_mul(0x9E37_79B9_7F4A_7C15))
}

/// A fixed probability as rand's Bernoulli distribution (one 64-bit draw, one comparison), with
/// `p` clamped to 0..=1; `None` only for NaN, which the traffic document's checks refuse first.
pub fn chance(p: f64) -> Option<rand::distr::Bernoulli> {
    rand::distr::Bernoulli::new(p.clamp(0.0, 1.0)).ok()
}
