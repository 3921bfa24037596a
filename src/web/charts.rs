//! SVG charts for the traffic page, drawn from the simulator's summary: the observed share as
//! requests accumulate (with its 95 % band), the histogram over repeated runs with the exact
//! binomial laid over it, and a strip of the first requests coloured by side. Plain SVG elements
//! through Yew, so every label is text and nothing is injected as markup.

use serde_json::Value;
use yew::prelude::*;

const W: f64 = 640.0;
const H: f64 = 240.0;
const L: f64 = 52.0;
const R: f64 = 12.0;
const T: f64 = 12.0;
const B: f64 = 34.0;

/// The number at JSON Pointer `ptr` in a summary (0 when absent).
pub fn num(v: &Value, ptr: &str) -> f64 {
    v.pointer(ptr).and_then(Value::as_f64).unwrap_or(0.0)
}

fn pct(x: f64) -> String {
    let p = x * 100.0;
    if p != 0.0 && p.abs() < 1.0 { format!("{p:.2} %") } else { format!("{p:.1} %") }
}

/// A y range around `values`, padded, inside 0..1.
fn y_range(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (mut lo, mut hi) = (f64::MAX, f64::MIN);
    for v in values {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if lo > hi {
        return (0.0, 1.0);
    }
    let pad = ((hi - lo) * 0.08).max(0.002);
    ((lo - pad).max(0.0), (hi + pad).min(1.0))
}

/// Observed share against requests (log scale), with the Wilson 95 % band and the expected share.
pub fn share_path(summary: &Value) -> Html {
    let path = summary.get("path").and_then(Value::as_array).cloned().unwrap_or_default();
    if path.is_empty() {
        return html! {};
    }
    let expected = summary.pointer("/share/expected").and_then(Value::as_f64);
    let xs: Vec<f64> = path.iter().map(|p| num(p, "/requests").max(1.0).log10()).collect();
    let (x0, x1) =
        (xs.first().copied().unwrap_or(0.0), xs.last().copied().unwrap_or(1.0).max(0.0001));
    let (y0, y1) =
        y_range(path.iter().flat_map(|p| [num(p, "/ci95/0"), num(p, "/ci95/1")]).chain(expected));
    let sx = |x: f64| L + (x - x0) / (x1 - x0).max(1e-9) * (W - L - R);
    let sy = |y: f64| T + (1.0 - (y - y0) / (y1 - y0).max(1e-9)) * (H - T - B);
    let upper: Vec<String> = path
        .iter()
        .zip(&xs)
        .map(|(p, x)| format!("{:.1},{:.1}", sx(*x), sy(num(p, "/ci95/1"))))
        .collect();
    let lower: Vec<String> = path
        .iter()
        .zip(&xs)
        .rev()
        .map(|(p, x)| format!("{:.1},{:.1}", sx(*x), sy(num(p, "/ci95/0"))))
        .collect();
    let band = format!("{} {}", upper.join(" "), lower.join(" "));
    let line: Vec<String> = path
        .iter()
        .zip(&xs)
        .map(|(p, x)| format!("{:.1},{:.1}", sx(*x), sy(num(p, "/observed"))))
        .collect();
    let decades: Vec<f64> = (x0.ceil() as i32..=x1.floor() as i32).map(f64::from).collect();
    let y_ticks: Vec<f64> = (0..=4).map(|i| y0 + (y1 - y0) * f64::from(i) / 4.0).collect();
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby="path-cap">
                <polygon class="band" points={band} />
                { for expected.map(|e| html! { <line class="expected" x1={format!("{L}")} x2={format!("{}", W - R)} y1={format!("{:.1}", sy(e))} y2={format!("{:.1}", sy(e))} /> }) }
                <polyline class="observed" points={line.join(" ")} />
                <line class="axis" x1={format!("{L}")} x2={format!("{L}")} y1={format!("{T}")} y2={format!("{}", H - B)} />
                <line class="axis" x1={format!("{L}")} x2={format!("{}", W - R)} y1={format!("{}", H - B)} y2={format!("{}", H - B)} />
                { for decades.iter().map(|d| html! {
                    <text class="tick" x={format!("{:.1}", sx(*d))} y={format!("{}", H - B + 16.0)}
                        text-anchor={if sx(*d) > W - R - 24.0 { "end" } else { "middle" }}>{ format!("{}", 10f64.powf(*d) as u64) }</text>
                }) }
                { for y_ticks.iter().map(|y| html! {
                    <text class="tick" x={format!("{}", L - 6.0)} y={format!("{:.1}", sy(*y) + 4.0)} text-anchor="end">{ pct(*y) }</text>
                }) }
                <text class="label" x={format!("{}", W / 2.0)} y={format!("{}", H - 2.0)} text-anchor="middle">{"requests so far (log scale)"}</text>
            </svg>
            <figcaption id="path-cap">{"Observed canary share as requests accumulate (line), its 95 % Wilson band (shaded) and the share the split should give (dashed). Early on the band is wide: a few requests say little."}</figcaption>
        </figure>
    }
}

/// Runs per bin of observed share, with the exact binomial's expected runs per bin (dots).
pub fn histogram(summary: &Value) -> Html {
    let bins = summary
        .pointer("/runs/histogram/bins")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if bins.is_empty() {
        return html! {};
    }
    let top = bins
        .iter()
        .map(|b| num(b, "/runs").max(b.pointer("/expected").and_then(Value::as_f64).unwrap_or(0.0)))
        .fold(1.0_f64, f64::max);
    let n = bins.len() as f64;
    let bw = (W - L - R) / n;
    let sy = |y: f64| T + (1.0 - y / top) * (H - T - B);
    let overlay =
        summary.pointer("/runs/histogram/overlay").and_then(Value::as_str).unwrap_or("").to_owned();
    let first = bins.first().map_or(0.0, |b| num(b, "/fromShare"));
    let last = bins.last().map_or(0.0, |b| num(b, "/toShare"));
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby="hist-cap">
                { for bins.iter().enumerate().map(|(i, b)| {
                    let x = L + i as f64 * bw;
                    let runs = num(b, "/runs");
                    html! { <rect class="bar" x={format!("{:.1}", x + 0.5)} y={format!("{:.1}", sy(runs))} width={format!("{:.1}", (bw - 1.0).max(0.5))} height={format!("{:.1}", (H - B) - sy(runs))}>
                        <title>{ format!("{} to {}: {} runs", pct(num(b, "/fromShare")), pct(num(b, "/toShare")), runs) }</title>
                    </rect> }
                }) }
                { for bins.iter().enumerate().filter_map(|(i, b)| b.pointer("/expected").and_then(Value::as_f64).map(|e| (i, e))).map(|(i, e)| html! {
                    <circle class="exp" cx={format!("{:.1}", L + (i as f64 + 0.5) * bw)} cy={format!("{:.1}", sy(e))} r="3" />
                }) }
                <line class="axis" x1={format!("{L}")} x2={format!("{}", W - R)} y1={format!("{}", H - B)} y2={format!("{}", H - B)} />
                <text class="tick" x={format!("{L}")} y={format!("{}", H - B + 16.0)} text-anchor="start">{ pct(first) }</text>
                <text class="tick" x={format!("{}", W - R)} y={format!("{}", H - B + 16.0)} text-anchor="end">{ pct(last) }</text>
                <text class="label" x={format!("{}", W / 2.0)} y={format!("{}", H - 2.0)} text-anchor="middle">{"observed canary share per run"}</text>
            </svg>
            <figcaption id="hist-cap">{ format!("Observed share in each of {} runs (bars) and what {} predicts (dots).", num(summary, "/runs/count"), if overlay.is_empty() { "the binomial".to_owned() } else { overlay }) }</figcaption>
        </figure>
    }
}

/// The first requests, one cell each: side by colour, cache hits lighter, throttled crossed.
pub fn strip(summary: &Value) -> Html {
    let sample = summary.get("sample").and_then(Value::as_array).cloned().unwrap_or_default();
    if sample.is_empty() {
        return html! {};
    }
    let per_row = 50usize;
    let cell = 12.0;
    let rows = sample.len().div_ceil(per_row);
    let width = per_row as f64 * cell;
    let height = rows as f64 * cell;
    html! {
        <figure class="chart strip">
            <svg viewBox={format!("0 0 {width} {height}")} role="img" aria-labelledby="strip-cap">
                { for sample.iter().enumerate().map(|(i, r)| {
                    let side = r.get("side").and_then(Value::as_str).unwrap_or("stage");
                    let hit = r.get("cache").and_then(Value::as_str) == Some("hit");
                    let throttled = r.get("throttled").and_then(Value::as_bool).unwrap_or(false);
                    let x = (i % per_row) as f64 * cell;
                    let y = (i / per_row) as f64 * cell;
                    let class = format!("cell {side}{}{}", if hit { " hit" } else { "" }, if throttled { " throttled" } else { "" });
                    html! { <rect class={class} x={format!("{x}")} y={format!("{y}")} width="10" height="10">
                        <title>{ format!("request {}: {side}{}{}", i + 1, if hit { ", cache hit" } else { "" }, if throttled { ", throttled (429)" } else { "" }) }</title>
                    </rect> }
                }) }
            </svg>
            <figcaption id="strip-cap">{ format!("The first {} requests in order: stage (blue), canary (amber); lighter: served from cache; outlined: throttled.", sample.len()) }</figcaption>
        </figure>
    }
}
