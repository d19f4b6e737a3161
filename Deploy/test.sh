#!/usr/bin/env bash
# Installs what the test suite needs (Debian packages, as root) and runs the whole suite:
# the Swift tests, then the policy pack's own lint and examples.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests use: ngircd (the IRC server behind the proxy tests), openssl (TLS peers),
# postgresql (the review store's tests start their own server).
packages=(ngircd openssl postgresql)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q "${missing[@]}"
fi

swift build --build-tests
swift test --skip-build
.build/debug/decorum policies lint Policies
.build/debug/decorum policies test Policies
