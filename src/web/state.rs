//! Page state that survives: the URL fragment's query (`#/traffic?seed=7&...`, so a link
//! reproduces the view) and localStorage (so a reload restores what was typed). The URL wins
//! when it carries state; otherwise the last stored state; otherwise the page's defaults.

use std::collections::BTreeMap;

use super::route::Route;

/// The query part of the current fragment, decoded.
pub fn query() -> BTreeMap<String, String> {
    parse_query(&hash())
}

/// Parses `#/page?a=1&b=x%20y`.
pub fn parse_query(hash: &str) -> BTreeMap<String, String> {
    let Some((_, q)) = hash.split_once('?') else { return BTreeMap::new() };
    q.split('&')
        .filter_map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            Some((decode(k)?, decode(v)?))
        })
        .collect()
}

fn decode(s: &str) -> Option<String> {
    js_sys::decode_uri_component(s).ok().and_then(|v| v.as_string())
}

fn encode(s: &str) -> String {
    js_sys::encode_uri_component(s).as_string().unwrap_or_default()
}

/// Replaces the fragment with `#/<lang><page>?k=v...` (the language in use) without adding a
/// history entry or firing `hashchange`.
pub fn set_query(page: &str, params: &[(&str, String)]) {
    let q: Vec<String> =
        params.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect();
    let url = if q.is_empty() { page.to_owned() } else { format!("{page}?{}", q.join("&")) };
    replace_hash(&Route::with_lang(&url, super::i18n::current()));
}

/// Replaces the fragment with `hash` without adding a history entry or firing `hashchange`.
pub fn replace_hash(hash: &str) {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}

/// The current fragment, `#/...`.
pub fn hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The stored value for `key` (`canarylab.<key>`), if any. Storage may be unavailable (private
/// mode, disabled): then nothing is stored and nothing breaks.
pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(&format!("canarylab.{key}")).ok().flatten()
}

/// Stores `value` under `key`; a full or missing storage is ignored.
pub fn save(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(&format!("canarylab.{key}"), value);
    }
}

/// The current time in milliseconds (performance.now), for the pages' own timing display.
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}
