//! SVG charts for the traffic page: the observed share as requests accumulate (with its 95 %
//! band), the histogram over repeated runs (a count axis, the exact binomial laid over it, a line
//! at the configured share and the band the reader counts), the sample-size curve, and a strip of
//! the first requests coloured by side. Plain SVG elements through Yew, so every label is text
//! and nothing is injected as markup.
//!
//! Each chart is drawn at the width it is shown at ([`Chart`] measures it), one SVG unit to a
//! CSS pixel: text set at 12 px in the style sheet is 12 px on a phone too, where a fixed
//! viewBox would shrink it with the drawing.

use serde_json::Value;
use yew::prelude::*;

use crate::web::format;

/// The chart height, in CSS pixels.
const H: f64 = 260.0;
/// Room above the plot (the y axis title).
const T: f64 = 24.0;
/// Room below it (tick labels, then the x axis title).
const B: f64 = 44.0;
/// Room on the right.
const R: f64 = 14.0;
/// The width of one character of tick text at 12 px, generously: labels are placed by it.
const CHAR: f64 = 7.2;

/// The number at JSON Pointer `ptr` in a summary (0 when absent).
pub fn num(v: &Value, ptr: &str) -> f64 {
    v.pointer(ptr).and_then(Value::as_f64).unwrap_or(0.0)
}

/// The width an element is shown at, in CSS pixels, kept up to date as the window resizes;
/// 640 until it has been measured.
#[hook]
pub fn use_width(node: &NodeRef) -> f64 {
    let width = use_state_eq(|| 0.0f64);
    {
        let (node, width) = (node.clone(), width.clone());
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(el) = node.cast::<web_sys::Element>() {
                    let w = f64::from(el.client_width());
                    if w > 0.0 {
                        width.set(w);
                    }
                }
            };
            measure();
            let listener = web_sys::window()
                .map(|w| gloo_events::EventListener::new(&w, "resize", move |_| measure()));
            move || drop(listener)
        });
    }
    if *width > 0.0 { *width } else { 640.0 }
}

/// A chart's figure: what it draws, at the width it is shown at, and its caption.
#[derive(Properties, PartialEq)]
pub struct ChartProps {
    /// Draws the SVG for a width in CSS pixels.
    pub draw: Callback<f64, Html>,
    /// The caption's id (the SVG is labelled by it).
    pub id: AttrValue,
    /// The caption.
    pub caption: AttrValue,
    /// Extra classes for the figure.
    #[prop_or_default]
    pub class: Classes,
    /// The figure's `data-testid`.
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// Controls under the caption.
    #[prop_or_default]
    pub children: Html,
}

/// A measured chart with its caption.
#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let node = use_node_ref();
    let width = use_width(&node);
    html! {
        <figure class={classes!("chart", props.class.clone())} data-testid={props.testid.clone()}>
            <div class="plot" ref={node}>{ props.draw.emit(width) }</div>
            <figcaption id={props.id.clone()}>{ props.caption.clone() }</figcaption>
            { props.children.clone() }
        </figure>
    }
}

/// About `count` round steps (1, 2 or 5 times a power of ten) covering `lo..=hi`.
pub fn ticks(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    if !(lo.is_finite() && hi.is_finite()) || hi <= lo {
        return vec![lo];
    }
    let raw = (hi - lo) / count.max(1) as f64;
    let mag = libm::pow(10.0, libm::floor(libm::log10(raw)));
    let step = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(raw);
    let first = libm::ceil(lo / step - 1e-9);
    let decimals = (-libm::floor(libm::log10(step))).max(0.0) as usize;
    (0..=count * 3)
        .map(|i| (first + i as f64) * step)
        .take_while(|v| *v <= hi + step * 1e-9)
        // Rounded to the step's digits, so 0.30000000000000004 is 0.3.
        .map(|v| format!("{v:.decimals$}").parse().unwrap_or(v))
        .collect()
}

/// Ticks on a share axis with their labels, each with the digits its step needs.
fn share_labels(ticks: Vec<f64>) -> Vec<(f64, String)> {
    let step = match ticks.as_slice() {
        [a, b, ..] => b - a,
        _ => 0.0,
    };
    ticks.into_iter().map(|t| (t, format::percent_at(t, step))).collect()
}

/// About how wide `text` is at 12 px: Hangul and other wide characters take a full em.
fn text_width(text: &str) -> f64 {
    text.chars().map(|c| if c >= '\u{1100}' { 12.5 } else { CHAR }).sum()
}

/// Labels that fit: every `k`-th of `labels` (width by characters) along `span` pixels.
fn thin<T: Clone>(items: &[(T, String)], span: f64) -> Vec<(T, String)> {
    let widest = items.iter().map(|(_, l)| text_width(l)).fold(CHAR, f64::max);
    let fit = ((span / (widest + 12.0)).floor() as usize).max(2);
    let k = items.len().div_ceil(fit).max(1);
    items.iter().step_by(k).cloned().collect()
}

/// The left margin for y labels of these texts.
fn left(labels: &[String]) -> f64 {
    labels.iter().map(|l| text_width(l)).fold(CHAR, f64::max) + 14.0
}

/// Two axis lines, the x title under the plot and the y title above it.
fn frame(l: f64, w: f64, x_title: &str, y_title: &str) -> Html {
    // Centred under the plot, moved left as far as a long title needs to stay in the drawing.
    let half = text_width(x_title) / 2.0;
    let centre = ((l + w - R) / 2.0).min(w - half - 2.0).max(half + 2.0);
    html! {
        <>
            <line class="axis" x1={f(l)} x2={f(l)} y1={f(T)} y2={f(H - B)} />
            <line class="axis" x1={f(l)} x2={f(w - R)} y1={f(H - B)} y2={f(H - B)} />
            <text class="label" x={f(centre)} y={f(H - 6.0)} text-anchor="middle">{ x_title.to_owned() }</text>
            <text class="label" x={f(4.0)} y={f(14.0)} text-anchor="start">{ y_title.to_owned() }</text>
        </>
    }
}

/// A coordinate as an attribute.
fn f(v: f64) -> String {
    format!("{v:.1}")
}

/// An x tick label, kept inside the drawing at both ends.
fn x_label(x: f64, l: f64, w: f64, text: &str) -> Html {
    let half = text_width(text) / 2.0;
    let anchor = if x + half > w - 2.0 {
        "end"
    } else if x - half < l - 8.0 {
        "start"
    } else {
        "middle"
    };
    html! { <text class="tick" x={f(x)} y={f(H - B + 16.0)} text-anchor={anchor}>{ text.to_owned() }</text> }
}

/// Labels of the share path chart.
pub struct PathText<'a> {
    /// The x axis title.
    pub x: &'a str,
    /// The y axis title.
    pub y: &'a str,
    /// The caption's id.
    pub id: &'a str,
}

/// Observed share against requests (log scale), with the Wilson 95 % band and the expected
/// share, `w` pixels wide.
pub fn share_path(summary: &Value, text: &PathText<'_>, w: f64) -> Html {
    let path = summary.get("path").and_then(Value::as_array).cloned().unwrap_or_default();
    if path.is_empty() {
        return html! {};
    }
    let expected = summary.pointer("/share/expected").and_then(Value::as_f64);
    let xs: Vec<f64> = path.iter().map(|p| libm::log10(num(p, "/requests").max(1.0))).collect();
    let (x0, x1) =
        (xs.first().copied().unwrap_or(0.0), xs.last().copied().unwrap_or(1.0).max(0.0001));
    let (y0, y1) =
        y_range(path.iter().flat_map(|p| [num(p, "/ci95/0"), num(p, "/ci95/1")]).chain(expected));
    let y_ticks = share_labels(ticks(y0, y1, 4));
    let l = left(&y_ticks.iter().map(|(_, s)| s.clone()).collect::<Vec<_>>());
    let sx = |x: f64| l + (x - x0) / (x1 - x0).max(1e-9) * (w - l - R);
    let sy = |y: f64| T + (1.0 - (y - y0) / (y1 - y0).max(1e-9)) * (H - T - B);
    let pts = |ptr: &str, rev: bool| -> Vec<String> {
        let mut v: Vec<String> = path
            .iter()
            .zip(&xs)
            .map(|(p, x)| format!("{:.1},{:.1}", sx(*x), sy(num(p, ptr))))
            .collect();
        if rev {
            v.reverse();
        }
        v
    };
    let band = format!("{} {}", pts("/ci95/1", false).join(" "), pts("/ci95/0", true).join(" "));
    let decades: Vec<(f64, String)> = (libm::ceil(x0) as i32..=libm::floor(x1) as i32)
        .map(|d| (f64::from(d), format::whole(libm::pow(10.0, f64::from(d)))))
        .collect();
    html! {
        <svg viewBox={format!("0 0 {w:.0} {H}")} width={f(w)} height={f(H)} role="img" aria-labelledby={text.id.to_owned()}>
            <polygon class="band" points={band} />
            { for expected.map(|e| html! { <line class="expected" x1={f(l)} x2={f(w - R)} y1={f(sy(e))} y2={f(sy(e))} /> }) }
            <polyline class="observed" points={pts("/observed", false).join(" ")} />
            { for thin(&decades, w - l - R).iter().map(|(d, s)| x_label(sx(*d), l, w, s)) }
            { for y_ticks.iter().map(|(y, s)| html! {
                <text class="tick" x={f(l - 6.0)} y={f(sy(*y) + 4.0)} text-anchor="end">{ s.clone() }</text>
            }) }
            { frame(l, w, text.x, text.y) }
        </svg>
    }
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

/// What the histogram draws besides the summary's bins.
pub struct HistogramText<'a> {
    /// The x axis title.
    pub x: &'a str,
    /// The y axis title.
    pub y: &'a str,
    /// The caption's id.
    pub id: &'a str,
    /// The label at the configured share's line (`None`: no line, as in condition mode).
    pub configured: Option<(f64, String)>,
    /// The shares counted, as fractions of 1.
    pub band: Option<(f64, f64)>,
    /// A bar's tooltip from its range and runs.
    pub bar: &'a dyn Fn(f64, f64, u64) -> String,
}

/// Runs per bin of observed share (bars) against a count axis, with the exact binomial's
/// expected runs per bin (dots), the configured share (a line) and the counted band (shaded).
pub fn histogram(summary: &Value, text: &HistogramText<'_>, w: f64) -> Html {
    let bins = summary
        .pointer("/runs/histogram/bins")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let n = num(summary, "/requests").max(1.0);
    let (Some(first), Some(last)) = (bins.first(), bins.last()) else { return html! {} };
    let (x0, x1) = (num(first, "/from") / n, (num(last, "/to") + 1.0) / n);
    let top = bins
        .iter()
        .map(|b| num(b, "/runs").max(b.pointer("/expected").and_then(Value::as_f64).unwrap_or(0.0)))
        .fold(1.0_f64, f64::max);
    let y_ticks: Vec<(f64, String)> =
        ticks(0.0, top, 4).into_iter().map(|y| (y, format::whole(y))).collect();
    let y_top = y_ticks.last().map_or(top, |(y, _)| y.max(top));
    let l = left(&y_ticks.iter().map(|(_, s)| s.clone()).collect::<Vec<_>>());
    let sx = |s: f64| l + (s - x0) / (x1 - x0).max(1e-12) * (w - l - R);
    let sy = |y: f64| T + (1.0 - y / y_top) * (H - T - B);
    let x_ticks = share_labels(
        ticks(x0, x1, ((w - l) / 70.0).max(2.0) as usize)
            .into_iter()
            .filter(|x| *x >= x0 && *x <= x1)
            .collect(),
    );
    let clip = |s: f64| sx(s.clamp(x0, x1));
    html! {
        <svg viewBox={format!("0 0 {w:.0} {H}")} width={f(w)} height={f(H)} role="img" aria-labelledby={text.id.to_owned()}>
            { for text.band.filter(|(lo, hi)| *hi >= x0 && *lo <= x1).map(|(lo, hi)| html! {
                <rect class="picked" x={f(clip(lo))} y={f(T)} width={f((clip(hi) - clip(lo)).max(1.5))} height={f(H - B - T)} />
            }) }
            { for y_ticks.iter().map(|(y, s)| html! {
                <>
                    <line class="grid" x1={f(l)} x2={f(w - R)} y1={f(sy(*y))} y2={f(sy(*y))} />
                    <text class="tick" x={f(l - 6.0)} y={f(sy(*y) + 4.0)} text-anchor="end">{ s.clone() }</text>
                </>
            }) }
            { for bins.iter().map(|b| {
                let (from, to) = (num(b, "/from") / n, (num(b, "/to") + 1.0) / n);
                let runs = num(b, "/runs");
                html! { <rect class="bar" x={f(sx(from) + 0.5)} y={f(sy(runs))} width={f((sx(to) - sx(from) - 1.0).max(0.5))} height={f((H - B) - sy(runs))}>
                    <title>{ (text.bar)(num(b, "/fromShare"), num(b, "/toShare"), runs as u64) }</title>
                </rect> }
            }) }
            { for bins.iter().filter_map(|b| b.pointer("/expected").and_then(Value::as_f64).map(|e| (b, e))).map(|(b, e)| {
                let mid = (num(b, "/from") + num(b, "/to") + 1.0) / 2.0 / n;
                html! { <circle class="exp" cx={f(sx(mid))} cy={f(sy(e))} r="3" /> }
            }) }
            { for text.configured.as_ref().filter(|(p, _)| *p >= x0 && *p <= x1).map(|(p, label)| {
                let x = sx(*p);
                let anchor = if x > w / 2.0 { "end" } else { "start" };
                let dx = if x > w / 2.0 { -4.0 } else { 4.0 };
                html! {
                    <>
                        <line class="configured" x1={f(x)} x2={f(x)} y1={f(T)} y2={f(H - B)} />
                        <text class="tick marker" x={f(x + dx)} y={f(T + 12.0)} text-anchor={anchor}>{ label.clone() }</text>
                    </>
                }
            }) }
            { for thin(&x_ticks, w - l - R).iter().map(|(x, s)| x_label(sx(*x), l, w, s)) }
            { frame(l, w, text.x, text.y) }
        </svg>
    }
}

/// What the sample-size curve draws.
pub struct CurveText<'a> {
    /// The x axis title.
    pub x: &'a str,
    /// The y axis title.
    pub y: &'a str,
    /// The caption's id.
    pub id: &'a str,
    /// A point's tooltip from its increase (percentage points) and requests.
    pub point: &'a dyn Fn(f64, f64) -> String,
}

/// Requests needed (log scale) against the error-rate increase to detect (percentage points);
/// `mark` is the reader's own increase and its requests.
pub fn curve(
    points: &[(f64, f64)],
    mark: Option<(f64, f64)>,
    text: &CurveText<'_>,
    w: f64,
) -> Html {
    let Some(last) = points.last() else { return html! {} };
    let (x0, x1) = (0.0, last.0);
    let logs = points.iter().map(|(_, y)| libm::log10(y.max(1.0)));
    let (lo, hi) = logs.fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(v), b.max(v)));
    let (y0, y1) = (libm::floor(lo), libm::ceil(hi).max(libm::floor(lo) + 1.0));
    let decades: Vec<(f64, String)> = (y0 as i32..=y1 as i32)
        .map(|d| (f64::from(d), format::whole(libm::pow(10.0, f64::from(d)))))
        .collect();
    let l = left(&decades.iter().map(|(_, s)| s.clone()).collect::<Vec<_>>());
    let sx = |x: f64| l + (x - x0) / (x1 - x0).max(1e-12) * (w - l - R);
    let sy = |y: f64| T + (1.0 - (libm::log10(y.max(1.0)) - y0) / (y1 - y0)) * (H - T - B);
    let line: Vec<String> =
        points.iter().map(|(x, y)| format!("{:.1},{:.1}", sx(*x), sy(*y))).collect();
    let x_ticks: Vec<(f64, String)> = ticks(x0, x1, ((w - l) / 70.0).max(2.0) as usize)
        .into_iter()
        .filter(|x| *x <= x1)
        .map(|x| (x, format!("+{}", format::number(x, 3))))
        .collect();
    // Decades thinned to what fits the plot's height.
    let rows = ((H - T - B) / 18.0).floor().max(2.0) as usize;
    let k = decades.len().div_ceil(rows).max(1);
    html! {
        <svg viewBox={format!("0 0 {w:.0} {H}")} width={f(w)} height={f(H)} role="img" aria-labelledby={text.id.to_owned()}>
            { for decades.iter().step_by(k).map(|(d, s)| {
                let y = sy(libm::pow(10.0, *d));
                html! {
                    <>
                        <line class="grid" x1={f(l)} x2={f(w - R)} y1={f(y)} y2={f(y)} />
                        <text class="tick" x={f(l - 6.0)} y={f(y + 4.0)} text-anchor="end">{ s.clone() }</text>
                    </>
                }
            }) }
            <polyline class="observed" points={line.join(" ")} />
            { for mark.filter(|(x, _)| *x > x0 && *x <= x1).map(|(x, y)| html! {
                <circle class="mark" cx={f(sx(x))} cy={f(sy(y))} r="5"><title>{ (text.point)(x, y) }</title></circle>
            }) }
            { for thin(&x_ticks, w - l - R).iter().map(|(x, s)| x_label(sx(*x), l, w, s)) }
            { frame(l, w, text.x, text.y) }
        </svg>
    }
}

/// What the request strip says.
pub struct StripText<'a> {
    /// The caption's id.
    pub id: &'a str,
    /// A cell's tooltip from its request number, side, cache hit and throttling.
    pub request: &'a dyn Fn(usize, &str, bool, bool) -> String,
}

/// The first requests, one cell each: side by colour, cache hits lighter, throttled crossed.
/// No text inside, so it may scale with its box.
pub fn strip(summary: &Value, text: &StripText<'_>) -> Html {
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
        <svg viewBox={format!("0 0 {width} {height}")} role="img" aria-labelledby={text.id.to_owned()}>
            { for sample.iter().enumerate().map(|(i, r)| {
                let side = r.get("side").and_then(Value::as_str).unwrap_or("stage");
                let hit = r.get("cache").and_then(Value::as_str) == Some("hit");
                let throttled = r.get("throttled").and_then(Value::as_bool).unwrap_or(false);
                let x = (i % per_row) as f64 * cell;
                let y = (i / per_row) as f64 * cell;
                let class = format!("cell {side}{}{}", if hit { " hit" } else { "" }, if throttled { " throttled" } else { "" });
                html! { <rect class={class} x={format!("{x}")} y={format!("{y}")} width="10" height="10">
                    <title>{ (text.request)(i + 1, side, hit, throttled) }</title>
                </rect> }
            }) }
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        assert_eq!(ticks(0.0, 100.0, 4), [0.0, 50.0, 100.0]);
        assert_eq!(ticks(0.0, 100.0, 5), [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        assert_eq!(ticks(0.02, 0.085, 4), [0.02, 0.04, 0.06, 0.08]);
        let t = ticks(0.1, 0.7, 6);
        assert_eq!(t.get(2), Some(&0.3));
        assert_eq!(ticks(1.0, 1.0, 4), [1.0]);
    }

    #[test]
    fn labels_are_thinned_to_fit() {
        let items: Vec<(u32, String)> = (0..12).map(|i| (i, format!("{i}00,000"))).collect();
        let kept = thin(&items, 300.0);
        assert!(kept.len() < 12 && kept.len() >= 2, "{}", kept.len());
    }
}
