//! The statistics the traffic page and `canarylab simulate` report: Wilson and exact
//! (Clopper-Pearson) intervals for an observed share, the binomial distribution (its CDF to lay
//! over a histogram, and exact draws), and the sample size needed to judge an error-rate
//! regression.
//!
//! Hand-written where a few short functions are all that is needed: ln Γ (Lanczos), the binomial
//! density by Stirling's formula with its error terms and the deviance (accurate at any n, where
//! differences of ln Γ lose every digit past 10^15), the regularised incomplete beta (Lentz's
//! continued fraction), the binomial CDF (the incomplete beta, or one Edgeworth term where the
//! variance passes a million) and the normal quantile (Acklam); a statistics crate would bring a
//! linear-algebra library along. Each is checked against SciPy's values in the tests. Draws of
//! Binomial(n, p) are rand_distr's.

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
/// the shares at which seeing at least `k` (for the lower end), or at most `k` (the upper end),
/// has probability `alpha / 2`, found on [`binomial_cdf`] (the beta quantiles `B(alpha/2; k,
/// n-k+1)` and `B(1-alpha/2; k+1, n-k)` by another name).
pub fn clopper_pearson(k: u64, n: u64, alpha: f64) -> Interval {
    if n == 0 {
        return [0.0, 1.0];
    }
    let k = k.min(n);
    let tail = alpha / 2.0;
    let observed = k as f64 / n as f64;
    // P(X ≥ k) rises with the share; P(X ≤ k) falls.
    let lo = if k == 0 {
        0.0
    } else {
        crossing(|p| (1.0 - binomial_cdf(k - 1, n, p)) - tail, 0.0, observed)
    };
    let hi = if k == n { 1.0 } else { crossing(|p| tail - binomial_cdf(k, n, p), observed, 1.0) };
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

/// ln Γ(x + 1) − (x + ½)·ln x + x − ½·ln 2π: what Stirling's formula leaves out of ln x!, for
/// x > 0. The series for large x; ln Γ below 15, where nothing cancels badly.
fn stirling_error(x: f64) -> f64 {
    const S: [f64; 5] = [1.0 / 12.0, 1.0 / 360.0, 1.0 / 1260.0, 1.0 / 1680.0, 1.0 / 1188.0];
    if x <= 15.0 {
        return ln_gamma(x + 1.0) - (x + 0.5) * libm::log(x) + x - 0.5 * LN_2PI;
    }
    let xx = x * x;
    let tail = if x > 500.0 {
        S[0] - S[1] / xx
    } else if x > 80.0 {
        S[0] - (S[1] - S[2] / xx) / xx
    } else if x > 35.0 {
        S[0] - (S[1] - (S[2] - S[3] / xx) / xx) / xx
    } else {
        S[0] - (S[1] - (S[2] - (S[3] - S[4] / xx) / xx) / xx) / xx
    };
    tail / x
}

const LN_2PI: f64 = 1.837_877_066_409_345_5;

/// x·ln(x / m) + m − x, the binomial's deviance term, without the cancellation of writing it out
/// when x is close to m (a series in (x − m) / (x + m) there).
fn deviance(x: f64, m: f64) -> f64 {
    if (x - m).abs() < 0.1 * (x + m) {
        let v = (x - m) / (x + m);
        let v2 = v * v;
        let mut s = (x - m) * v;
        let mut term = 2.0 * x * v;
        for j in 1..1_000 {
            term *= v2;
            let next = s + term / f64::from(2 * j + 1);
            if next == s {
                break;
            }
            s = next;
        }
        s
    } else {
        x * libm::log(x / m) + m - x
    }
}

/// The binomial "density" Γ(n+1)/(Γ(x+1)Γ(n−x+1))·p^x·q^(n−x) for real 0 ≤ x ≤ n, with q = 1 − p
/// given apart so that tiny shares keep their digits: Stirling's formula with its error terms
/// and the deviance, so nothing large is subtracted (ln Γ(10^15) alone has only two decimals
/// left after the point).
fn binomial_density(x: f64, n: f64, p: f64, q: f64) -> f64 {
    if p <= 0.0 {
        return if x == 0.0 { 1.0 } else { 0.0 };
    }
    if q <= 0.0 {
        return if x == n { 1.0 } else { 0.0 };
    }
    if x < 0.0 || x > n {
        return 0.0;
    }
    if x == 0.0 {
        let ln = if p < 0.1 { -deviance(n, n * q) - n * p } else { n * libm::log(q) };
        return libm::exp(ln);
    }
    if x == n {
        let ln = if q < 0.1 { -deviance(n, n * p) - n * q } else { n * libm::log(p) };
        return libm::exp(ln);
    }
    let ln = stirling_error(n)
        - stirling_error(x)
        - stirling_error(n - x)
        - deviance(x, n * p)
        - deviance(n - x, n * q);
    let ln_front = LN_2PI + libm::log(x) + libm::log1p(-x / n);
    libm::exp(ln - 0.5 * ln_front)
}

/// The regularised incomplete beta function I_x(a, b).
pub fn beta_inc(x: f64, a: f64, b: f64) -> f64 {
    beta_inc_of(x, 1.0 - x, a, b)
}

/// I_x(a, b) with y = 1 − x given apart (a tiny share keeps its digits on both sides).
fn beta_inc_of(x: f64, y: f64, a: f64, b: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if y <= 0.0 {
        return 1.0;
    }
    // x^a·y^b / (a·B(a, b)) is the binomial density at a of a + b trials, times b / (a + b).
    let density = binomial_density(a, a + b, x, y);
    // The continued fraction converges fast for x < (a+1)/(a+b+2); use the symmetry otherwise.
    if x < (a + 1.0) / (a + b + 2.0) {
        density * b / (a + b) * beta_cf(x, a, b)
    } else {
        1.0 - density * a / (a + b) * beta_cf(y, b, a)
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

/// P(X ≤ k) for X ~ Binomial(n, p). The incomplete beta while n·p·(1−p) is at most a million
/// (its continued fraction then takes at most a few hundred steps); beyond, the normal with the
/// binomial's skewness (one Edgeworth term, at k + ½): its error shrinks as 1/(n·p·(1−p)), below
/// 10^-6 there, where the continued fraction would need thousands of steps.
pub fn binomial_cdf(k: u64, n: u64, p: f64) -> f64 {
    binomial_cdf_of(k, n, p, 1.0 - p)
}

/// [`binomial_cdf`] with q = 1 − p given apart.
fn binomial_cdf_of(k: u64, n: u64, p: f64, q: f64) -> f64 {
    if k >= n || p <= 0.0 {
        return 1.0;
    }
    if q <= 0.0 {
        return 0.0;
    }
    let nf = n as f64;
    let variance = nf * p * q;
    if variance > EDGEWORTH_FROM {
        let sd = variance.sqrt();
        let z = (k as f64 + 0.5 - nf * p) / sd;
        let skew = (q - p) / sd;
        let f = normal_cdf(z) - normal_density(z) * skew / 6.0 * (z * z - 1.0);
        return f.clamp(0.0, 1.0);
    }
    // P(X ≤ k) = I_q(n − k, k + 1).
    beta_inc_of(q, p, nf - k as f64, k as f64 + 1.0)
}

/// Where [`binomial_cdf`] leaves the continued fraction for the Edgeworth term.
const EDGEWORTH_FROM: f64 = 1e6;

/// Φ(z), the standard normal CDF.
pub fn normal_cdf(z: f64) -> f64 {
    0.5 * libm::erfc(-z / std::f64::consts::SQRT_2)
}

/// φ(z), the standard normal density.
fn normal_density(z: f64) -> f64 {
    libm::exp(-0.5 * z * z - 0.5 * LN_2PI)
}

/// The share where `f`, increasing on [lo, hi] with f(lo) ≤ 0 ≤ f(hi), crosses zero: bisection
/// down to a relative width of 10^-15 (so tiny shares keep their digits).
fn crossing(f: impl Fn(f64) -> f64, mut lo: f64, mut hi: f64) -> f64 {
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        if mid <= lo || mid >= hi || hi - lo <= 1e-15 * hi {
            break;
        }
        if f(mid) < 0.0 {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    0.5 * (lo + hi)
}

/// P(X = k) for X ~ Binomial(n, p), accurate for any n (no large logarithms are subtracted).
pub fn binomial_pmf(k: u64, n: u64, p: f64) -> f64 {
    if k > n {
        return 0.0;
    }
    binomial_density(k as f64, n as f64, p.clamp(0.0, 1.0), 1.0 - p.clamp(0.0, 1.0))
}

/// One draw of Binomial(n, p) (rand_distr: BTPE, or inversion while n·p is small), p clamped to
/// 0..=1 (NaN: none).
pub fn draw_binomial(rng: &mut super::rng::Rng, n: u64, p: f64) -> u64 {
    let p = if p.is_nan() { 0.0 } else { p.clamp(0.0, 1.0) };
    match rand_distr::Binomial::new(n, p) {
        Ok(b) => rand::RngExt::sample(rng, b),
        Err(_) => 0,
    }
}

/// One draw of the number of failures before the first success, each try succeeding with
/// probability `s` (inversion: ⌊ln(1−u) / ln(1−s)⌋); `u64::MAX` when `s` is 0.
pub fn draw_geometric(rng: &mut super::rng::Rng, s: f64) -> u64 {
    if s.is_nan() || s <= 0.0 {
        return u64::MAX;
    }
    if s >= 1.0 {
        return 0;
    }
    let u: f64 = rand::RngExt::random(rng);
    let t = (libm::log(1.0 - u) / libm::log1p(-s)).floor();
    if t >= 1.8e19 { u64::MAX } else { t as u64 }
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

    /// The binomial density at sizes where differences of ln Γ would have lost every digit: at
    /// the mean of Binomial(10^15, 1/2) it is 1/√(2π·n/4) to within its tiny skew correction.
    #[test]
    fn binomial_pmf_at_any_size() {
        let n = 1_000_000_000_000_000u64;
        let want = 1.0 / (2.0 * std::f64::consts::PI * n as f64 / 4.0).sqrt();
        assert!(close(binomial_pmf(n / 2, n, 0.5), want, 1e-12));
        // Binomial(10^12, 10^-12) is Poisson(1) to 12 digits: P(X = 3) = e^-1 / 6.
        let p3 = binomial_pmf(3, 1_000_000_000_000, 1e-12);
        assert!(close(p3, (-1.0f64).exp() / 6.0, 1e-9), "{p3}");
        assert_eq!(binomial_pmf(0, 10, 0.0), 1.0);
        assert_eq!(binomial_pmf(11, 10, 0.5), 0.0);
    }

    /// Where the CDF switches from the continued fraction to the Edgeworth term, the two agree
    /// within 10^-6; both sum the density they should.
    #[test]
    fn binomial_cdf_methods_agree() {
        for (n, p) in [(4_400_000u64, 0.5), (11_200_000, 0.1), (1_000_000_000_000, 1.01e-6)] {
            let var = n as f64 * p * (1.0 - p);
            assert!(var > EDGEWORTH_FROM);
            let sd = var.sqrt();
            for z in [-3.0, -1.5, 0.0, 0.7, 2.5] {
                let k = (n as f64 * p + z * sd).floor() as u64;
                let cf = beta_inc_of(1.0 - p, p, (n - k) as f64, k as f64 + 1.0);
                let ew = binomial_cdf(k, n, p);
                assert!((cf - ew).abs() < 1e-6, "n = {n}, z = {z}: {cf} vs {ew}");
            }
        }
        let by_sum: f64 = (0..=40).map(|k| binomial_pmf(k, 100, 0.3)).sum();
        assert!(close(binomial_cdf(40, 100, 0.3), by_sum, 1e-12));
        assert_eq!(binomial_cdf(100, 100, 0.3), 1.0);
    }

    /// Clopper-Pearson at 10^12 requests: three canary requests give Poisson's exact interval
    /// for 3 events (0.619 to 8.767, scaled by n); a large count gives Wilson's to 10^-9.
    #[test]
    fn exact_intervals_at_scale() {
        let n = 1_000_000_000_000u64;
        let [lo, hi] = clopper_pearson(3, n, 0.05);
        assert!(close(lo * n as f64, 0.618_672_4, 1e-5), "{lo}");
        assert!(close(hi * n as f64, 8.767_273_4, 1e-5), "{hi}");
        let [lo, hi] = clopper_pearson(100_000_000_000, n, 0.05);
        let [wl, wh] = wilson(100_000_000_000, n, 0.05);
        assert!((lo - wl).abs() < 1e-9 && (hi - wh).abs() < 1e-9, "[{lo}, {hi}] vs [{wl}, {wh}]");
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
