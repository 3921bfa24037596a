//! The Judge page's two charts, drawn from a traced canary: both tests' p-values minute by minute
//! (log scale, with α), and the confidence sequence for the difference in error rates with the
//! tolerance. Plain SVG through Yew, every label text.
//!
//! Each chart is drawn for the width it is shown at (`width`, in CSS pixels, measured by
//! `charts::Chart`, which holds it with its caption): one unit of the drawing is one pixel on screen, so the labels keep the size the
//! stylesheet gives them (at least 12 px) on a phone as on a desktop, where a fixed drawing
//! scaled down to a phone would shrink them to half.

use yew::prelude::*;

use crate::i18n::site::fill;
use crate::i18n::site::judge::Chart;
use crate::judge::sim::Minute;

/// The narrowest and widest drawing: below the narrowest the chart scales down.
const MIN_W: f64 = 280.0;
const MAX_W: f64 = 960.0;
const H: f64 = 240.0;
const L: f64 = 60.0;
const R: f64 = 12.0;
const T: f64 = 14.0;
const B: f64 = 38.0;

/// The drawing's width for a chart shown `width` pixels wide.
pub fn drawing_width(width: f64) -> f64 {
    if width.is_finite() { width.clamp(MIN_W, MAX_W) } else { 640.0 }
}

/// The lowest p-value the chart shows (smaller ones sit on its floor).
const FLOOR: f64 = 1e-4;

fn points(xs: impl Iterator<Item = (f64, f64)>) -> String {
    xs.map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ")
}

fn pct(x: f64) -> String {
    let p = x * 100.0;
    if p != 0.0 && p.abs() < 1.0 { format!("{p:.2} %") } else { format!("{p:.1} %") }
}

/// The x position of minute `m` of `n` in a drawing `w` wide.
fn sx(m: f64, n: f64, w: f64) -> f64 {
    L + (m / n.max(1.0)) * (w - L - R)
}

/// Minutes on the x axis: a tick every so many minutes, about one per 70 pixels.
fn minute_ticks(n: usize, w: f64) -> Vec<usize> {
    let most = ((w - L - R) / 70.0).max(2.0) as usize;
    let step = [1, 2, 5, 10, 15, 30, 60, 120].into_iter().find(|s| n / s <= most).unwrap_or(240);
    (0..=n).step_by(step).collect()
}

/// Both tests' p-values after each minute, with α: the always-valid one only ever falls; the
/// z-test's wanders, and each dip below α is a rollback it would have ordered.
pub fn p_values(trace: &[Minute], alpha: f64, t: &Chart, width: f64) -> Html {
    if trace.is_empty() {
        return html! {};
    }
    let n = trace.len() as f64;
    let w = drawing_width(width);
    let sx = |m: f64, n: f64| sx(m, n, w);
    let sy = |p: f64| {
        let v = libm::log10(p.clamp(FLOOR, 1.0));
        T + (v / libm::log10(FLOOR)) * (H - T - B)
    };
    let judge = points(trace.iter().map(|m| (sx(f64::from(m.minute), n), sy(m.p_value))));
    let naive = points(trace.iter().map(|m| (sx(f64::from(m.minute), n), sy(m.naive_p_value))));
    let alarms: Vec<&Minute> = trace.iter().filter(|m| m.naive_p_value <= alpha).collect();
    html! {
        <svg viewBox={format!("0 0 {w:.0} {H}")} role="img" aria-labelledby="p-cap">
            <line class="expected" x1={format!("{L}")} x2={format!("{:.1}", w - R)} y1={format!("{:.1}", sy(alpha))} y2={format!("{:.1}", sy(alpha))} />
            <text class="tick" x={format!("{:.1}", w - R)} y={format!("{:.1}", sy(alpha) - 4.0)} text-anchor="end">{ fill(t.alpha, &[("value", &pct(alpha))]) }</text>
            <polyline class="naive" points={naive} />
            { for alarms.iter().map(|m| html! {
                <circle class="alarm" cx={format!("{:.1}", sx(f64::from(m.minute), n))} cy={format!("{:.1}", sy(m.naive_p_value))} r="3">
                    <title>{ fill(t.alarm, &[("minute", &m.minute), ("p", &format!("{:.4}", m.naive_p_value))]) }</title>
                </circle>
            }) }
            <polyline class="observed" points={judge} />
            <line class="axis" x1={format!("{L}")} x2={format!("{L}")} y1={format!("{T}")} y2={format!("{}", H - B)} />
            <line class="axis" x1={format!("{L}")} x2={format!("{:.1}", w - R)} y1={format!("{}", H - B)} y2={format!("{}", H - B)} />
            { for [1.0, 0.1, 0.01, 0.001, FLOOR].iter().map(|p| html! {
                <text class="tick" x={format!("{}", L - 6.0)} y={format!("{:.1}", sy(*p) + 4.0)} text-anchor="end">{ format!("{p}") }</text>
            }) }
            { for minute_ticks(trace.len(), w).into_iter().map(|m| html! {
                <text class="tick" x={format!("{:.1}", sx(m as f64, n))} y={format!("{}", H - B + 16.0)} text-anchor="middle">{ m }</text>
            }) }
            <text class="label" x={format!("{:.1}", w / 2.0)} y={format!("{}", H - 2.0)} text-anchor="middle">{ t.minutes }</text>
        </svg>
    }
}

/// The confidence sequence for canary − baseline error rate after each minute, the observed
/// difference, zero and the tolerance: promote once the band's top is below the tolerance.
pub fn difference(trace: &[Minute], tolerance: f64, t: &Chart, width: f64) -> Html {
    if trace.is_empty() {
        return html! {};
    }
    let n = trace.len() as f64;
    let w = drawing_width(width);
    let sx = |m: f64, n: f64| sx(m, n, w);
    // Start the view after the first minutes, whose bands are far wider than the question.
    let top = (tolerance * 4.0).max(0.002);
    let (y0, y1) = (-top, top);
    let sy = |v: f64| T + (1.0 - (v.clamp(y0, y1) - y0) / (y1 - y0)) * (H - T - B);
    let upper = trace.iter().map(|m| (sx(f64::from(m.minute), n), sy(m.confidence_sequence[1])));
    let lower =
        trace.iter().rev().map(|m| (sx(f64::from(m.minute), n), sy(m.confidence_sequence[0])));
    let band = format!("{} {}", points(upper), points(lower));
    let line = points(trace.iter().map(|m| (sx(f64::from(m.minute), n), sy(m.estimate))));
    html! {
        <svg viewBox={format!("0 0 {w:.0} {H}")} role="img" aria-labelledby="cs-cap">
            <polygon class="band" points={band} />
            <line class="expected" x1={format!("{L}")} x2={format!("{:.1}", w - R)} y1={format!("{:.1}", sy(tolerance))} y2={format!("{:.1}", sy(tolerance))} />
            <text class="tick" x={format!("{:.1}", w - R)} y={format!("{:.1}", sy(tolerance) - 4.0)} text-anchor="end">{ fill(t.tolerance, &[("value", &pct(tolerance))]) }</text>
            <line class="axis" x1={format!("{L}")} x2={format!("{:.1}", w - R)} y1={format!("{:.1}", sy(0.0))} y2={format!("{:.1}", sy(0.0))} />
            <polyline class="observed" points={line} />
            <line class="axis" x1={format!("{L}")} x2={format!("{L}")} y1={format!("{T}")} y2={format!("{}", H - B)} />
            { for [y0, y0 / 2.0, 0.0, y1 / 2.0, y1].iter().map(|v| html! {
                <text class="tick" x={format!("{}", L - 6.0)} y={format!("{:.1}", sy(*v) + 4.0)} text-anchor="end">{ pct(*v) }</text>
            }) }
            { for minute_ticks(trace.len(), w).into_iter().map(|m| html! {
                <text class="tick" x={format!("{:.1}", sx(m as f64, n))} y={format!("{}", H - B + 16.0)} text-anchor="middle">{ m }</text>
            }) }
            <text class="label" x={format!("{:.1}", w / 2.0)} y={format!("{}", H - 2.0)} text-anchor="middle">{ t.minutes }</text>
        </svg>
    }
}
