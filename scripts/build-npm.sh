#!/usr/bin/env bash
# Builds the npm package into pkg/ (git-ignored): the core compiled to one wasm module,
# wasm-bindgen's web-target glue (which also runs in Node through node.js), the entry points,
# types, bin, README, licence and the JSON Schemas (schemas/), and a package.json whose version
# is the crate's.
# The stable toolchain with stable flags only; any failure stops the build.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# Its own target directory: the site and the tests build into target/ at the same time, and
# sharing it would make each wait for the other's lock and rebuild what the other's flags changed.
target_dir=target/npm
cargo build --lib --release --locked --target wasm32-unknown-unknown --features js --target-dir "$target_dir"

rm -rf pkg && mkdir -p pkg
wasm-bindgen --target web --out-dir pkg --out-name canarylab \
  "$target_dir/wasm32-unknown-unknown/release/canarylab.wasm"
wasm-opt -Oz pkg/canarylab_bg.wasm -o pkg/canarylab_bg.wasm
cp npm/node.js npm/web.js npm/api.js npm/index.d.ts npm/README.md LICENSE pkg/
cp -r npm/bin pkg/
# The JSON Schemas of the documents (editors complete and check them): canarylab/schemas/*.
mkdir -p pkg/schemas && cp schemas/*.schema.json pkg/schemas/
rm -f pkg/.gitignore pkg/canarylab.d.ts pkg/canarylab_bg.wasm.d.ts
version=$(cargo metadata --no-deps --format-version 1 | node -e \
  'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).packages[0].version))')
node -e '
  const fs = require("fs");
  const p = JSON.parse(fs.readFileSync("npm/package.template.json", "utf8"));
  p.version = process.argv[1];
  fs.writeFileSync("pkg/package.json", JSON.stringify(p, null, 2) + "\n");
' "$version"
f=pkg/canarylab_bg.wasm
echo "npm package canarylab@$version in pkg/; wasm module: $(wc -c < "$f") bytes, $(gzip -9c "$f" | wc -c) gzip"
