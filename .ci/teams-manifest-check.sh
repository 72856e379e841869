#!/usr/bin/env bash
# Validates the Teams app manifest that `npm run package:teams` generates with Microsoft's own rules: the
# Microsoft 365 Agents Toolkit CLI's `atk validate --manifest-file` (schema and validation rules; runs offline).
# The CLI is installed into a temp prefix with --ignore-scripts, not as a project dependency. Fails on any error.
set -euo pipefail
cd "$(dirname "$0")/.."

atk_version="${ATK_VERSION:-1.1.17}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

npm install --prefix "$work/atk" --ignore-scripts --no-audit --no-fund --no-save \
  "@microsoft/m365agentstoolkit-cli@$atk_version" >/dev/null
atk="$work/atk/node_modules/.bin/atk"

# A sample app id and https host, as an admin would set them; the package step checks the schema itself first.
MICROSOFT_APP_ID=11111111-2222-3333-4444-555555555555 PUBLIC_URL=https://forbedringsbot.example.org \
  npm run -s package:teams
mkdir -p "$work/package"
node -e '
  const { readFileSync, writeFileSync } = require("node:fs");
  const { unzipSync } = require("fflate");
  const [zip, out] = process.argv.slice(1);
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) writeFileSync(`${out}/${name}`, bytes);
' build/forbedringsbot-teams.zip "$work/package"

echo "teams-manifest-check: atk $("$atk" --version | tail -n 1) validate --manifest-file manifest.json"
(cd "$work/package" && "$atk" validate --manifest-file "$work/package/manifest.json" --interactive false --telemetry false)
