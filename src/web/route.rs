//! Hash routes: `#/validate`, `#/lifecycle`, ... A pure mapping, testable on the host.

/// A page of the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// The landing page.
    Home,
    /// Validate request payloads.
    Validate,
    /// Replay the canary lifecycle against a simulated gateway.
    Lifecycle,
    /// Simulate the traffic split.
    Traffic,
    /// Judge a canary's counts; plan its ramp.
    Judge,
    /// Short pages on canary releases.
    Learn,
    /// A fragment that names no page.
    NotFound,
}

impl Route {
    /// The pages in navigation order.
    pub const NAV: [Route; 6] = [
        Route::Home,
        Route::Validate,
        Route::Lifecycle,
        Route::Traffic,
        Route::Judge,
        Route::Learn,
    ];

    /// Parses a location hash such as `#/traffic?seed=1` (the query part is the page's state).
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        let path = path.split('?').next().unwrap_or_default().trim_end_matches('/');
        match path {
            "" => Route::Home,
            "/validate" => Route::Validate,
            "/lifecycle" => Route::Lifecycle,
            "/traffic" => Route::Traffic,
            "/judge" => Route::Judge,
            "/learn" => Route::Learn,
            _ => Route::NotFound,
        }
    }

    /// The fragment that links to this page.
    pub fn href(self) -> &'static str {
        match self {
            Route::Home | Route::NotFound => "#/",
            Route::Validate => "#/validate",
            Route::Lifecycle => "#/lifecycle",
            Route::Traffic => "#/traffic",
            Route::Judge => "#/judge",
            Route::Learn => "#/learn",
        }
    }

    /// The label in the navigation bar.
    pub fn label(self) -> &'static str {
        match self {
            Route::Home => "Overview",
            Route::Validate => "Validate",
            Route::Lifecycle => "Lifecycle",
            Route::Traffic => "Traffic",
            Route::Judge => "Judge",
            Route::Learn => "Learn",
            Route::NotFound => "Not found",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_map_to_pages_and_back() {
        for r in Route::NAV {
            assert_eq!(Route::from_hash(r.href()), r);
        }
        assert_eq!(Route::from_hash(""), Route::Home);
        assert_eq!(Route::from_hash("#/traffic?seed=7"), Route::Traffic);
        assert_eq!(Route::from_hash("#/judge?w=%7B%7D"), Route::Judge);
        assert_eq!(Route::from_hash("#/validate/"), Route::Validate);
        assert_eq!(Route::from_hash("#/nope"), Route::NotFound);
    }
}
