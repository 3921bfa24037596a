#!/usr/bin/env bash
# Tests the npm package as a consumer installs it: build, `npm pack`, install the tarball into a
# fresh temporary project, then `node --test` over the exports and the bin, and `tsc` over a
# consumer file that must compile and one that must not.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"

bash scripts/build-npm.sh
# The native CLI the bin must match (the parity test); cargo test has usually built it already.
cargo build --quiet --bin canarylab
export CANARYLAB_NATIVE="$root/target/debug/canarylab" CANARYLAB_EXAMPLES="$root/examples"
tarball=$(cd pkg && npm pack --silent)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
echo '{"name":"consumer","private":true,"type":"module"}' > package.json
npm install --no-audit --no-fund --silent "$root/pkg/$tarball"
cp "$root"/npm/test/*.test.mjs .
cp "$root"/npm/test/consumer/tsconfig.json "$root"/npm/test/consumer/ok.ts .
node --test ./*.test.mjs
# The browser entry, in headless Chromium, served from this consumer project.
CANARYLAB_DIST="$tmp" node --test "$root/npm/test/browser/"
tsc -p tsconfig.json
echo "tsc: consumer ok.ts compiles"
cp "$root"/npm/test/consumer/bad.ts ok.ts
if tsc -p tsconfig.json > tsc-bad.log 2>&1; then
  echo "tsc: bad.ts compiled but must not" >&2
  exit 1
fi
# Every line marked `expect-error` must be reported, and nothing else.
want=$(grep -n 'expect-error' ok.ts | cut -d: -f1 | sort -n | tr '\n' ' ')
got=$(grep -o '^ok\.ts([0-9]*' tsc-bad.log | cut -d'(' -f2 | sort -nu | tr '\n' ' ')
if [ "$want" != "$got" ]; then
  echo "tsc: bad.ts errors on lines [$got], expected [$want]" >&2
  cat tsc-bad.log >&2
  exit 1
fi
echo "tsc: consumer bad.ts rejected on every marked line ($(echo $want | wc -w) errors)"
