#!/usr/bin/env bash
# Runs every test canarylab has, installing whatever is missing first. Every step runs even if an
# earlier one failed; the exit code is non-zero if any failed. The last line counts the tests.
source "$(dirname "$0")/lib.sh"
start=$SECONDS
ensure_site_tools
ensure_chromium
ensure_korean_font
say "tools ready after $((SECONDS - start)) s"

logdir=$(mktemp -d)
steps_failed=()
passed=0
failed=0

# count LOG: adds the test counts a runner printed (cargo test, wasm-bindgen-test, node --test).
count() {
  local pf
  pf=$(awk '
    /^test result: (ok|FAILED)\. [0-9]+ passed; [0-9]+ failed/ { p += $4; f += $6 }
    /^# pass [0-9]+/ { p += $3 }
    /^# fail [0-9]+/ { f += $3 }
    END { print p + 0, f + 0 }' "$1")
  passed=$((passed + ${pf% *})); failed=$((failed + ${pf#* }))
}

step() {
  local name=$1; shift
  local log="$logdir/$(echo "$name" | tr -c 'a-z0-9' '_').log" t0=$SECONDS
  say "$name"
  if "$@" 2>&1 | tee "$log"; then
    say "ok: $name ($((SECONDS - t0)) s)"
  else
    say "FAILED: $name ($((SECONDS - t0)) s)"
    steps_failed+=("$name")
  fi
  count "$log"
}

step "rustfmt --check" cargo fmt --all -- --check
step "clippy (native, all targets)" cargo clippy --all-targets --locked -- -D warnings
step "clippy (wasm32, web + js)" cargo clippy --all-targets --locked --target wasm32-unknown-unknown --features web,js -- -D warnings
step "cargo test (native)" cargo test --locked
step "site logic (native, web feature)" cargo test --locked --features web --lib web::
step "wasm-bindgen tests in Node" cargo test --locked --target wasm32-unknown-unknown --features js --test wasm_node
step "site release build (trunk)" trunk build --release
step "site in headless Chromium" node --test e2e/
step "SARIF output against the SARIF 2.1.0 schema" node --test tests/sarif/
step "JSON Schemas against the examples, fixtures and CLI" node --test tests/schemas/
step "npm package: pack, install, node --test, tsc" bash scripts/test-npm.sh

say "finished in $((SECONDS - start)) s"
if [ ${#steps_failed[@]} -gt 0 ]; then
  printf 'failed step: %s\n' "${steps_failed[@]}"
  # A failed step that ran no counted test (fmt, clippy, a build) still counts as a failure.
  [ "$failed" -gt 0 ] || failed=${#steps_failed[@]}
fi
echo "$passed passed, $failed failed"
[ ${#steps_failed[@]} -eq 0 ]
