#!/usr/bin/env bash
# Builds the npm package into pkg/ (git-ignored): the core compiled to wasm (one module per capability),
# wasm-bindgen's web-target glue (which also runs in Node through node.js), the entry points,
# types, bin, README and licence, and a package.json whose version is the crate's.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# One wasm module per capability (src/js.rs), each built from the crate with one cargo feature:
# `gateway` (validate, runScenario and the CLI's validate and run) and `traffic` (simulate and
# the CLI's simulate). Issue 7 asks for at most 80 KB gzip of wasm; all of it in one module is
# ~96 KB, while each capability alone is well under (README, "Size"). A bundle that uses one
# capability loads only its module.
modules=(gateway traffic)

# Size first. Rust's prebuilt standard library formats every panic message and is compiled for
# speed; rebuilding it from source with `panic=immediate-abort` (a panic stops the module at
# once: the release profile's `panic = "abort"` already makes it unrecoverable) and
# `optimize_for_size` takes 7 KB gzip off. core and alloc (strings, vectors, UTF-8 checks) stay
# at opt-level 3: at "z" they cost 10-25 % in the npm benchmark for 1 KB. Those flags are
# unstable: RUSTC_BOOTSTRAP lets this one build use them on the same stable compiler as every
# other build instead of a second, nightly toolchain. A compiler that renames them gets the
# ordinary build, with a warning.
size_first() {
  RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
    cargo build --lib --release --target wasm32-unknown-unknown --no-default-features --features "js,$1" \
    -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size --target-dir target/size \
    --config 'profile.release.package.core.opt-level=3' \
    --config 'profile.release.package.alloc.opt-level=3'
}
plain() {
  cargo build --lib --release --target wasm32-unknown-unknown --no-default-features --features "js,$1"
}
build=size_first
target=target/size/wasm32-unknown-unknown/release
rm -rf pkg && mkdir -p pkg
for m in "${modules[@]}"; do
  if [ "$build" = size_first ] && ! size_first "$m"; then
    echo "warning: the size-first build failed (see above); building with the prebuilt standard library" >&2
    build=plain
    target=target/wasm32-unknown-unknown/release
  fi
  if [ "$build" = plain ]; then plain "$m"; fi
  wasm-bindgen --target web --out-dir pkg --out-name "canarylab_$m" "$target/canarylab.wasm"
  wasm-opt -Oz "pkg/canarylab_${m}_bg.wasm" -o "pkg/canarylab_${m}_bg.wasm"
done
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
echo "npm package canarylab@$version in pkg/; wasm modules:"
for m in "${modules[@]}"; do
  f="pkg/canarylab_${m}_bg.wasm"
  echo "  $m: $(wc -c < "$f") bytes, $(gzip -9c "$f" | wc -c) gzip"
done
