# Shared by scripts/serve.sh and scripts/test.sh: install what is missing, skip what is there.
# Every step checks first, so a warm machine spends no time here. Versions are pinned where the
# toolchain needs them to match (see Cargo.toml and Trunk.toml).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

WASM_BINDGEN_VERSION=0.2.130 # == Cargo.toml's wasm-bindgen pin and Trunk.toml
TRUNK_VERSION=0.21.14        # 0.22 needs a newer rustc than this machine's

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
has_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown ||
    { say "adding the wasm32-unknown-unknown target"; rustup target add wasm32-unknown-unknown; }
}

ensure_wasm_bindgen() {
  # Not --locked: its lockfile names a crate version the reachable registry index lacks.
  has_version wasm-bindgen "$WASM_BINDGEN_VERSION" ||
    { say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)";
      cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"; }
}

ensure_trunk() {
  # LTO off makes the install about twice as fast; the binary works the same.
  has_version trunk "$TRUNK_VERSION" ||
    { say "installing trunk $TRUNK_VERSION (about 5 minutes)";
      CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
        cargo install trunk --version "$TRUNK_VERSION" --locked; }
}

ensure_node_deps() {
  # wasm-opt (npm binaryen@132: Debian's is too old), CodeMirror and esbuild (the site's editor),
  # playwright-core, typescript.
  if [ ! -f node_modules/.package-lock.json ] || ! cmp -s <(tail -n +2 package-lock.json) <(tail -n +2 node_modules/.package-lock.json 2>/dev/null) ||
     ! has_version wasm-opt version_132; then
    say "installing npm dev-dependencies"
    npm ci --no-audit --no-fund
  fi
}

ensure_chromium() {
  # Debian's chromium and chromedriver; a test never downloads a browser.
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    say "installing Debian's chromium and chromium-driver"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}

ensure_korean_font() {
  # The browser tests read the Korean site (line breaks, overflow at phone width); without a
  # Korean font Chromium draws empty boxes of another width than real glyphs.
  if ! fc-list :lang=ko 2>/dev/null | grep -q .; then
    say "installing Debian's fonts-nanum (a Korean font for the browser tests)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq fonts-nanum >/dev/null
  fi
}

ensure_site_tools() { ensure_wasm_target; ensure_wasm_bindgen; ensure_trunk; ensure_node_deps; }
