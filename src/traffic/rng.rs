//! The simulator's one source of randomness: xoshiro256++ (Blackman and Vigna), seeded from a
//! `u64` through SplitMix64, as `rand_xoshiro` implements both. Named and portable: the same seed
//! gives the same stream natively, in Node and in the browser (pinned by a value-stability test
//! in `tests/it/traffic.rs` and `tests/wasm_node.rs`). Seeds always come from the caller.

use rand_core::{Rng as _, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;

/// A seeded xoshiro256++ stream.
#[derive(Clone, Debug)]
pub struct Rng(Xoshiro256PlusPlus);

impl Rng {
    /// The stream for `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(Xoshiro256PlusPlus::seed_from_u64(seed))
    }

    /// The stream for repeated run `run` (1, 2, ...) of `seed`: the seed is mixed with the run
    /// number by SplitMix64's increment, then seeded as usual, so runs are independent streams.
    pub fn for_run(seed: u64, run: u64) -> Self {
        Rng::new(seed ^ run.wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }

    /// The next 64 random bits.
    #[inline(always)]
    pub fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
    }

    /// A number in `0..n` (`n > 0`) by Lemire's multiply-high, without the rejection step: the bias
    /// is below n / 2^64, far under anything a simulation can detect.
    #[inline(always)]
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }
}

/// A fixed probability as a threshold on 64 random bits: one draw, one comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chance {
    threshold: u64,
    always: bool,
}

impl Chance {
    /// Probability `p` (clamped to 0..=1).
    pub fn new(p: f64) -> Self {
        Chance { threshold: Chance::threshold_of(p), always: p >= 1.0 }
    }

    /// The 64-bit threshold of a probability (`u64::MAX` from 1 up); also the cumulative
    /// thresholds of weighted picks.
    pub fn threshold_of(p: f64) -> u64 {
        // 2^64 as f64 is exact; below 1 the product is < 2^64, so the cast does not saturate.
        if p >= 1.0 { u64::MAX } else { (p.max(0.0) * 18_446_744_073_709_551_616.0) as u64 }
    }

    /// True with the probability, given 64 fresh random bits.
    #[inline(always)]
    pub fn hit(self, bits: u64) -> bool {
        self.always || bits < self.threshold
    }
}
