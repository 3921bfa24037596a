#!/usr/bin/env bash
# Builds the npm package into pkg/ (git-ignored): the core compiled to wasm with the `js` feature,
# wasm-bindgen's web-target glue (which also runs in Node through node.js), the entry points,
# types, bin, README and licence, and a package.json whose version is the crate's.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

cargo build --lib --release --target wasm32-unknown-unknown --features js
rm -rf pkg && mkdir -p pkg
wasm-bindgen --target web --out-dir pkg --out-name canarylab_wasm \
  target/wasm32-unknown-unknown/release/canarylab.wasm
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
