#!/usr/bin/env bash
# Builds the site (release) into dist/ and serves it on 127.0.0.1, printing the URL.
# Installs what is missing first. Usage: scripts/serve.sh [PORT]   (default 8080, or the next free)
source "$(dirname "$0")/lib.sh"
ensure_site_tools
say "building the site: trunk build --release"
trunk build --release
exec node e2e/server.mjs dist "${1:-8080}"
