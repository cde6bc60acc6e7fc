#!/usr/bin/env bash
# One command, fresh machine: installs what the tests need and runs all of them.
set -euo pipefail
cd "$(dirname "$0")/.."
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
bash scripts/install-system-deps.sh
npm ci --no-audit --no-fund
npm test
