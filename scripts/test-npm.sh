#!/usr/bin/env bash
# Tests the npm package as a consumer installs it: build, `npm pack`, install the tarball into a
# fresh temporary project, then `node --test` over the exports and the bin, and `tsc` over a
# consumer file that must compile and one that must not.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"

bash scripts/build-npm.sh
tarball=$(cd pkg && npm pack --silent)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
echo '{"name":"consumer","private":true,"type":"module"}' > package.json
npm install --no-audit --no-fund --silent "$root/pkg/$tarball"
cp "$root"/npm/test/*.test.mjs .
cp "$root"/npm/test/consumer/tsconfig.json "$root"/npm/test/consumer/ok.ts .
node --test ./*.test.mjs
tsc -p tsconfig.json
echo "tsc: consumer ok.ts compiles"
cp "$root"/npm/test/consumer/bad.ts ok.ts
if tsc -p tsconfig.json > tsc-bad.log 2>&1; then
  echo "tsc: bad.ts compiled but must not" >&2
  exit 1
fi
grep -q "TS2322" tsc-bad.log && grep -q "TS2345" tsc-bad.log || { cat tsc-bad.log >&2; exit 1; }
echo "tsc: consumer bad.ts rejected (TS2322, TS2345) as it must be"
