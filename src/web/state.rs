//! Page state that survives: the URL fragment's query (`#/traffic?seed=7&...`, so a link
//! reproduces the view) and localStorage (so a reload restores what was typed). The URL wins
//! when it carries state; otherwise the last stored state; otherwise the page's defaults.
//!
//! The URL carries state only up to [`URL_BUDGET`]: a payload of a megabyte mirrored into the
//! address bar on every keystroke made each edit and each reload slow. Above that the URL keeps
//! the parameters that fit, in the order the page gives them, and names the rest in `stored`
//! (they are in this browser's localStorage, where every page saves its state too). A view too
//! large for the address bar is shared by a packed link ([`packed_link`]): its parameters as
//! JSON, deflated and written as URL-safe base64 in one `z` parameter, which [`query`] unpacks.

use std::collections::BTreeMap;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use super::route::Route;

/// The most the fragment's query may take, percent-encoded, when a page writes its state into
/// the URL: a few KB keeps the address bar, history and reloads quick.
pub const URL_BUDGET: usize = 4096;

/// The longest packed link [`packed_link`] makes. Chromium refuses URLs past 2 MB; a shared link
/// also passes through chat and mail, so the limit sits well below that.
pub const LINK_LIMIT: usize = 512 * 1024;

/// The most a packed link may unpack to; more is refused (a crafted link could otherwise unpack
/// without bound and take the page down).
pub const UNPACKED_LIMIT: usize = 32 * 1024 * 1024;

/// The parameter that names what the URL left out (kept in localStorage).
pub const STORED: &str = "stored";

/// The parameter of a packed link.
pub const PACKED: &str = "z";

/// The query part of the current fragment, decoded; a packed link's parameters are unpacked
/// into it (one that cannot be read is left out: [`link_problem`] says why).
pub fn query() -> BTreeMap<String, String> {
    let mut q = parse_query(&hash());
    if let Some(Ok(params)) = q.remove(PACKED).map(|z| unpack(&z)) {
        q.extend(params);
    }
    q
}

/// Why the current URL's packed state could not be read, if it has one that cannot.
pub fn link_problem() -> Option<LinkError> {
    parse_query(&hash()).get(PACKED).and_then(|z| unpack(z).err())
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

/// The query parts (`k=v`, encoded) that fit in `budget` bytes joined by `&`, in order, and the
/// names of those left out. Everything fits, or each part that still fits is kept and a
/// `stored=<names>` part (counted in the budget) says what is missing.
pub fn fit(parts: &[(String, String)], budget: usize) -> (Vec<String>, Vec<String>) {
    let joined = |p: &[String]| p.iter().map(|s| s.len() + 1).sum::<usize>().saturating_sub(1);
    let all: Vec<String> = parts.iter().map(|(k, v)| format!("{k}={v}")).collect();
    if joined(&all) <= budget {
        return (all, Vec::new());
    }
    let names: Vec<&str> = parts.iter().map(|(k, _)| k.as_str()).collect();
    // The note is written with every name, so the parts kept fit whatever is left out.
    let note_len = STORED.len() + 1 + names.iter().map(|n| n.len() + 3).sum::<usize>() + 1;
    let mut kept = Vec::new();
    let mut left_out = Vec::new();
    let mut used = note_len;
    for ((k, _), part) in parts.iter().zip(all) {
        if used + part.len() < budget {
            used += part.len() + 1;
            kept.push(part);
        } else {
            left_out.push(k.clone());
        }
    }
    kept.push(format!("{STORED}={}", left_out.join("%2C")));
    (kept, left_out)
}

/// Replaces the fragment with `#/<lang><page>?k=v...` (the language in use) without adding a
/// history entry or firing `hashchange`. Only [`URL_BUDGET`] bytes of query are written: the
/// names of the parameters left out are returned (and named in the URL's `stored`), so a page
/// can say where they are.
pub fn set_query(page: &str, params: &[(&str, String)]) -> Vec<String> {
    let parts: Vec<(String, String)> = params.iter().map(|(k, v)| (encode(k), encode(v))).collect();
    let (q, left_out) = fit(&parts, URL_BUDGET);
    let url = if q.is_empty() { page.to_owned() } else { format!("{page}?{}", q.join("&")) };
    replace_hash(&Route::with_lang(&url, super::i18n::current()));
    left_out
}

/// Why a packed link could not be made or read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Even packed, the link would be `size` characters, past [`LINK_LIMIT`].
    TooBig {
        /// The packed link's length.
        size: usize,
    },
    /// The packed text is not base64 of deflated JSON parameters (not ours, or cut short).
    Corrupt,
    /// It unpacks to more than [`UNPACKED_LIMIT`].
    UnpacksTooBig,
}

/// `params` packed: their JSON object, deflated, in URL-safe base64.
pub fn pack(params: &BTreeMap<String, String>) -> String {
    let json = serde_json::to_vec(params).unwrap_or_default();
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&json, 9))
}

/// The parameters `z` packs.
pub fn unpack(z: &str) -> Result<BTreeMap<String, String>, LinkError> {
    let deflated =
        URL_SAFE_NO_PAD.decode(z.trim_end_matches('=')).map_err(|_| LinkError::Corrupt)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, UNPACKED_LIMIT)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => LinkError::UnpacksTooBig,
            _ => LinkError::Corrupt,
        })?;
    serde_json::from_slice(&json).map_err(|_| LinkError::Corrupt)
}

/// A link to `page` (`#/validate`) in the language in use whose state is `params`, packed:
/// the whole address, ready to share, or why it cannot be made.
pub fn packed_link(page: &str, params: &[(&str, String)]) -> Result<String, LinkError> {
    let map: BTreeMap<String, String> =
        params.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect();
    let hash = Route::with_lang(&format!("{page}?{PACKED}={}", pack(&map)), super::i18n::current());
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default();
    let link = format!("{base}{hash}");
    if link.len() > LINK_LIMIT {
        return Err(LinkError::TooBig { size: link.len() });
    }
    Ok(link)
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

/// Stores `value` under `key`: false when storage is missing or full (the page may say so).
pub fn save(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(&format!("canarylab.{key}"), value).is_ok())
}

/// The current time in milliseconds (performance.now), for the pages' own timing display.
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(p: &[(&str, &str)]) -> Vec<(String, String)> {
        p.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn a_query_that_fits_is_kept_whole() {
        let (q, left) = fit(&parts(&[("api", "aws.update-stage"), ("payload", "%7B%7D")]), 64);
        assert_eq!((q.join("&"), left), ("api=aws.update-stage&payload=%7B%7D".to_owned(), vec![]));
    }

    #[test]
    fn what_does_not_fit_is_left_out_and_named() {
        let big = "x".repeat(5000);
        let (q, left) = fit(&parts(&[("api", "aws.update-stage"), ("payload", &big)]), URL_BUDGET);
        assert_eq!(q.join("&"), "api=aws.update-stage&stored=payload");
        assert_eq!(left, ["payload"]);
        let (q, left) = fit(&parts(&[("s", &big)]), URL_BUDGET);
        assert_eq!((q.join("&"), left), ("stored=s".to_owned(), vec!["s".to_owned()]));
        // Nothing written passes the budget, the note included.
        let near = "y".repeat(URL_BUDGET - 12);
        let (q, _) = fit(&parts(&[("a", &near), ("b", &big)]), URL_BUDGET);
        assert!(q.join("&").len() <= URL_BUDGET, "{}", q.join("&").len());
    }

    #[test]
    fn packed_state_comes_back_exactly() {
        let mut m = BTreeMap::new();
        m.insert("api".to_owned(), "ncp.edit-canary".to_owned());
        m.insert("payload".to_owned(), "{\"é\": \"😀 &=#?\"}\n".repeat(1000));
        let z = pack(&m);
        assert!(z.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "{z}");
        assert!(z.len() < 400, "repetition packs small: {}", z.len());
        assert_eq!(unpack(&z), Ok(m));
    }

    #[test]
    fn a_bad_or_swollen_link_is_refused_by_name() {
        assert_eq!(unpack("not base64!"), Err(LinkError::Corrupt));
        assert_eq!(unpack(&URL_SAFE_NO_PAD.encode(b"plain text")), Err(LinkError::Corrupt));
        let mut m = BTreeMap::new();
        m.insert("a".to_owned(), "b".to_owned());
        let z = pack(&m);
        assert_eq!(unpack(z.get(..z.len() / 2).unwrap_or_default()), Err(LinkError::Corrupt));
        // 40 MB of one letter deflates to a few KB; it is refused, not unpacked.
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b'a'; 40 << 20], 9);
        assert_eq!(unpack(&URL_SAFE_NO_PAD.encode(bomb)), Err(LinkError::UnpacksTooBig));
    }
}
