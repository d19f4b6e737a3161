#!/usr/bin/env bash
# Installs what the test suite needs (Debian packages, as root) and runs the whole suite:
# the Swift tests, then the policy pack's own lint and examples.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests use: ngircd (the IRC server behind the proxy tests), openssl (TLS
# peers), postgresql (a throwaway server for the review store and the replica tests), curl (the
# console's API from the end-to-end tests), chromium and its driver (the console in a real
# browser, driven by Selenium from PyPI).
# shellcheck source=Deploy/packages.sh
. Deploy/packages.sh
install_missing ngircd openssl postgresql curl chromium chromium-driver

# The package may start a system PostgreSQL; the tests run their own.
(service postgresql stop || systemctl stop postgresql) >/dev/null 2>&1 || true
python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q selenium

# Everything the tests make (databases, certificates, browser profiles, servers' folders) goes
# into one temporary folder of this run, removed when it ends, however it ends. Readable by the
# servers that drop to their own users (ngircd, PostgreSQL).
scratch="$(mktemp -d "${TMPDIR:-/tmp}/decorum-tests.XXXXXX")"
chmod 755 "$scratch"
trap 'rm -rf "$scratch"' EXIT
export TMPDIR="$scratch"

swift build --build-tests
swift test --skip-build
.build/debug/decorum policies lint Policies
.build/debug/decorum policies test Policies
