#!/usr/bin/env bash
# Builds the npm package into pkg/ (git-ignored): the core compiled to wasm with the `js` feature,
# wasm-bindgen's web-target glue (which also runs in Node through node.js), the entry points,
# types, bin, README and licence, and a package.json whose version is the crate's.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# Size first (issue 7: the package's wasm at most 80 KB gzip). Rust's prebuilt standard library
# formats every panic message and is compiled for speed; rebuilding it from source with
# `panic=immediate-abort` (a panic stops the module at once: the release profile's
# `panic = "abort"` already makes it unrecoverable) and `optimize_for_size` takes 7 KB gzip off.
# core and alloc (strings, vectors, UTF-8 checks) stay at opt-level 3: at "z" they cost 10-25 %
# in the npm benchmark for 1 KB. Those flags are unstable: RUSTC_BOOTSTRAP lets this one build
# use them on the same stable compiler as every other build instead of a second, nightly
# toolchain. A compiler that renames them gets the ordinary build, with a warning.
target=target/wasm32-unknown-unknown/release
size_first() {
  RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
    cargo build --lib --release --target wasm32-unknown-unknown --features js \
    -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size --target-dir target/size \
    --config 'profile.release.package.core.opt-level=3' \
    --config 'profile.release.package.alloc.opt-level=3'
}
if size_first; then
  target=target/size/wasm32-unknown-unknown/release
else
  echo "warning: the size-first build failed (see above); building with the prebuilt standard library" >&2
  cargo build --lib --release --target wasm32-unknown-unknown --features js
fi
rm -rf pkg && mkdir -p pkg
wasm-bindgen --target web --out-dir pkg --out-name canarylab_wasm \
  "$target/canarylab.wasm"
wasm-opt -Oz \
  pkg/canarylab_wasm_bg.wasm -o pkg/canarylab_wasm_bg.wasm
cp npm/node.js npm/web.js npm/api.js npm/index.d.ts npm/README.md LICENSE pkg/
cp -r npm/bin pkg/
rm -f pkg/.gitignore
version=$(cargo metadata --no-deps --format-version 1 | node -e \
  'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).packages[0].version))')
node -e '
  const fs = require("fs");
  const p = JSON.parse(fs.readFileSync("npm/package.template.json", "utf8"));
  p.version = process.argv[1];
  fs.writeFileSync("pkg/package.json", JSON.stringify(p, null, 2) + "\n");
' "$version"
echo "npm package canarylab@$version in pkg/ ($(wc -c < pkg/canarylab_wasm_bg.wasm) bytes of wasm, $(gzip -9c pkg/canarylab_wasm_bg.wasm | wc -c) gzip)"
