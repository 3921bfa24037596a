//! The site's entry point (built by Trunk from `www/index.html`).

fn main() {
    canarylab::web::start();
}
