//! The statistics the traffic page and `canarylab simulate` report: Wilson and exact
//! (Clopper-Pearson) intervals for an observed share, the binomial distribution to lay over a
//! histogram, and the sample size needed to judge an error-rate regression.
//!
//! Hand-written: four short functions are all that is needed, ln Γ (Lanczos), the regularised
//! incomplete beta (Lentz's continued fraction), its inverse (bisection) and the normal quantile
//! (Acklam), where a statistics crate would bring a linear-algebra library along. Each is
//! checked against SciPy's values in the tests.

/// A two-sided interval `[lo, hi]` for a proportion.
pub type Interval = [f64; 2];

/// Wilson score interval for `k` successes in `n` trials at confidence `1 - alpha`.
/// `n == 0` gives `[0, 1]`.
pub fn wilson(k: u64, n: u64, alpha: f64) -> Interval {
    if n == 0 {
        return [0.0, 1.0];
    }
    let z = normal_quantile(1.0 - alpha / 2.0);
    let (k, n) = (k as f64, n as f64);
    let p = k / n;
    let z2 = z * z;
    let centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    let half = z / (1.0 + z2 / n) * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    [(centre - half).max(0.0), (centre + half).min(1.0)]
}

/// Clopper-Pearson ("exact") interval for `k` successes in `n` trials at confidence `1 - alpha`:
/// the beta quantiles `B(alpha/2; k, n-k+1)` and `B(1-alpha/2; k+1, n-k)`.
pub fn clopper_pearson(k: u64, n: u64, alpha: f64) -> Interval {
    if n == 0 {
        return [0.0, 1.0];
    }
    let k = k.min(n);
    let (kf, nf) = (k as f64, n as f64);
    let lo = if k == 0 { 0.0 } else { beta_quantile(alpha / 2.0, kf, nf - kf + 1.0) };
    let hi = if k == n { 1.0 } else { beta_quantile(1.0 - alpha / 2.0, kf + 1.0, nf - kf) };
    [lo, hi]
}

/// ln Γ(x) for x > 0 (Lanczos, g = 7, 9 terms; relative error ~1e-15).
pub fn ln_gamma(x: f64) -> f64 {
    const G: f64 = 7.0;
    const C: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        // Γ(x) = Γ(x+1) / x (no reflection formula: it would pull sin into the wasm).
        return ln_gamma(x + 1.0) - libm::log(x);
    }
    let x = x - 1.0;
    let mut a = C[0];
    let t = x + G + 0.5;
    for (i, c) in C.iter().enumerate().skip(1) {
        a += c / (x + i as f64);
    }
    0.5 * libm::log(2.0 * std::f64::consts::PI) + (x + 0.5) * libm::log(t) - t + libm::log(a)
}

/// The regularised incomplete beta function I_x(a, b).
pub fn beta_inc(x: f64, a: f64, b: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let ln_front =
        ln_gamma(a + b) - ln_gamma(a) - ln_gamma(b) + a * libm::log(x) + b * libm::log(1.0 - x);
    // The continued fraction converges fast for x < (a+1)/(a+b+2); use the symmetry otherwise.
    if x < (a + 1.0) / (a + b + 2.0) {
        libm::exp(ln_front) * beta_cf(x, a, b) / a
    } else {
        1.0 - libm::exp(ln_front) * beta_cf(1.0 - x, b, a) / b
    }
}

/// Lentz's method for the incomplete beta continued fraction.
fn beta_cf(x: f64, a: f64, b: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let mut c = 1.0;
    let mut d = 1.0 - qab * x / qap;
    if d.abs() < TINY {
        d = TINY;
    }
    d = 1.0 / d;
    let mut h = d;
    for m in 1..=10_000 {
        let m = f64::from(m);
        let m2 = 2.0 * m;
        let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        d = if d.abs() < TINY { TINY } else { d };
        c = 1.0 + aa / c;
        c = if c.abs() < TINY { TINY } else { c };
        d = 1.0 / d;
        h *= d * c;
        let aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        d = if d.abs() < TINY { TINY } else { d };
        c = 1.0 + aa / c;
        c = if c.abs() < TINY { TINY } else { c };
        d = 1.0 / d;
        let del = d * c;
        h *= del;
        if (del - 1.0).abs() < 1e-15 {
            break;
        }
    }
    h
}

/// The `q` quantile of Beta(a, b), by bisection on [`beta_inc`] (monotone in x; 100 halvings
/// reach the float resolution).
pub fn beta_quantile(q: f64, a: f64, b: f64) -> f64 {
    let (mut lo, mut hi) = (0.0_f64, 1.0_f64);
    for _ in 0..100 {
        let mid = 0.5 * (lo + hi);
        if beta_inc(mid, a, b) < q {
            lo = mid;
        } else {
            hi = mid;
        }
        if hi - lo < 1e-15 {
            break;
        }
    }
    0.5 * (lo + hi)
}

/// P(X = k) for X ~ Binomial(n, p), computed in log space so large `n` does not overflow.
pub fn binomial_pmf(k: u64, n: u64, p: f64) -> f64 {
    if k > n {
        return 0.0;
    }
    if p <= 0.0 {
        return if k == 0 { 1.0 } else { 0.0 };
    }
    if p >= 1.0 {
        return if k == n { 1.0 } else { 0.0 };
    }
    let (k, n) = (k as f64, n as f64);
    let ln_choose = ln_gamma(n + 1.0) - ln_gamma(k + 1.0) - ln_gamma(n - k + 1.0);
    libm::exp(ln_choose + k * libm::log(p) + (n - k) * libm::log(1.0 - p))
}

/// Binomial(n, p) sampled exactly (to float precision) by inversion: one uniform, then a walk
/// from the mode along the pmf recurrence, about √(n·p·(1−p)) steps whatever n is. This is where
/// an exact method beats the per-request loop: a repeated run of 100,000 requests costs ~70 steps
/// instead of 100,000 draws.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Binomial {
    n: u64,
    p: f64,
    mode: u64,
    pmf_mode: f64,
    cdf_mode: f64,
}

impl Binomial {
    /// The distribution of canary requests among `n` at share `p`.
    pub fn new(n: u64, p: f64) -> Self {
        let p = p.clamp(0.0, 1.0);
        let mode = (((n as f64 + 1.0) * p).floor() as u64).min(n);
        let cdf_mode =
            if mode >= n { 1.0 } else { beta_inc(1.0 - p, (n - mode) as f64, mode as f64 + 1.0) };
        Binomial { n, p, mode, pmf_mode: binomial_pmf(mode, n, p), cdf_mode }
    }

    /// The count for a uniform `u` in [0, 1): the smallest k with P(X ≤ k) ≥ u.
    pub fn sample(&self, u: f64) -> u64 {
        if self.p <= 0.0 {
            return 0;
        }
        if self.p >= 1.0 {
            return self.n;
        }
        let ratio = self.p / (1.0 - self.p);
        let (mut k, mut pmf, mut cdf) = (self.mode, self.pmf_mode, self.cdf_mode);
        if u <= cdf {
            // Walk down while P(X ≤ k−1) still covers u.
            while k > 0 && u <= cdf - pmf && pmf > 0.0 {
                cdf -= pmf;
                pmf *= k as f64 / ((self.n - k + 1) as f64 * ratio);
                k -= 1;
            }
        } else {
            while k < self.n && u > cdf {
                pmf *= (self.n - k) as f64 / (k + 1) as f64 * ratio;
                k += 1;
                cdf += pmf;
                if pmf == 0.0 {
                    break;
                }
            }
        }
        k
    }
}

/// The standard normal quantile Φ⁻¹(p) (Acklam's rational approximation, relative error
/// < 1.2e-9), for 0 < p < 1.
pub fn normal_quantile(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969_683_028_665_376e1,
        2.209_460_984_245_205e2,
        -2.759_285_104_469_687e2,
        1.383_577_518_672_69e2,
        -3.066_479_806_614_716e1,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -5.447_609_879_822_406e1,
        1.615_858_368_580_409e2,
        -1.556_989_798_598_866e2,
        6.680_131_188_771_972e1,
        -1.328_068_155_288_572e1,
    ];
    const C: [f64; 6] = [
        -7.784_894_002_430_293e-3,
        -3.223_964_580_411_365e-1,
        -2.400_758_277_161_838,
        -2.549_732_539_343_734,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] = [
        7.784_695_709_041_462e-3,
        3.224_671_290_700_398e-1,
        2.445_134_137_142_996,
        3.754_408_661_907_416,
    ];
    if p.is_nan() || p <= 0.0 {
        return f64::NEG_INFINITY;
    }
    if p >= 1.0 {
        return f64::INFINITY;
    }
    let tail = |q: f64| {
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    };
    const LOW: f64 = 0.024_25;
    if p < LOW {
        tail((-2.0 * libm::log(p)).sqrt())
    } else if p > 1.0 - LOW {
        -tail((-2.0 * libm::log(1.0 - p)).sqrt())
    } else {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    }
}

/// Requests needed to detect that the canary's error rate `p_canary` differs from the stage's
/// `p_stage` with a two-sided pooled two-proportion z-test at level `alpha` and `power`, when a
/// share `w` of requests goes to the canary: Fleiss' formula for unequal groups, with
/// `k = (1 - w) / w` stage requests per canary request.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SampleSize {
    /// Requests the canary must serve.
    pub canary: f64,
    /// Requests the stage serves meanwhile.
    pub stage: f64,
    /// Both together: what must arrive at the gateway.
    pub total: f64,
}

/// See [`SampleSize`]. `None` when the question has no answer (w not in (0, 1), equal rates,
/// rates outside (0, 1), alpha or power outside (0, 1)).
pub fn sample_size(
    p_stage: f64,
    p_canary: f64,
    w: f64,
    alpha: f64,
    power: f64,
) -> Option<SampleSize> {
    let open = |x: f64| x > 0.0 && x < 1.0;
    if !(open(p_stage) && open(p_canary) && open(w) && open(alpha) && open(power))
        || p_stage == p_canary
    {
        return None;
    }
    let k = (1.0 - w) / w;
    let za = normal_quantile(1.0 - alpha / 2.0);
    let zb = normal_quantile(power);
    let pooled = (p_canary + k * p_stage) / (1.0 + k);
    let root_h0 = (pooled * (1.0 - pooled) * (1.0 + 1.0 / k)).sqrt();
    let root_h1 = (p_canary * (1.0 - p_canary) + p_stage * (1.0 - p_stage) / k).sqrt();
    let delta = p_canary - p_stage;
    let root_n = (za * root_h0 + zb * root_h1) / delta;
    let canary = (root_n * root_n).ceil();
    let stage = (canary * k).ceil();
    Some(SampleSize { canary, stage, total: canary + stage })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol * b.abs().max(1e-300)
    }

    #[test]
    fn normal_quantiles() {
        assert!(close(normal_quantile(0.975), 1.959_963_984_540_054, 1e-8));
        assert!(close(normal_quantile(0.8), 0.841_621_233_572_914_3, 1e-8));
        assert!(close(normal_quantile(0.001), -3.090_232_306_167_813_6, 1e-8));
    }

    #[test]
    fn ln_gamma_matches_factorials() {
        assert!(ln_gamma(1.0).abs() < 1e-14 && ln_gamma(2.0).abs() < 1e-14);
        assert!(close(ln_gamma(0.25), 1.288_022_524_698_077_5, 1e-12));
        assert!(close(ln_gamma(11.0), (3_628_800.0_f64).ln(), 1e-13));
        assert!(close(ln_gamma(0.5), std::f64::consts::PI.sqrt().ln(), 1e-13));
    }

    /// Requests per side at an even split (two-sided 0.05, power 0.8), computed apart from this
    /// code (`docs/traffic-model.md`, "Numbers the tests check").
    #[test]
    fn sample_sizes_match_independent_values() {
        for (p1, p2, n) in [
            (0.01, 0.02, 2_319.0),
            (0.01, 0.015, 7_750.0),
            (0.001, 0.002, 23_511.0),
            (0.05, 0.06, 8_158.0),
            (0.01, 0.011, 163_095.0),
        ] {
            let s = sample_size(p1, p2, 0.5, 0.05, 0.8).unwrap();
            assert_eq!((s.canary, s.stage), (n, n), "{p1} -> {p2}");
        }
        assert_eq!(sample_size(0.01, 0.01, 0.5, 0.05, 0.8), None);
        assert_eq!(sample_size(0.01, 0.02, 0.0, 0.05, 0.8), None);
    }
}
