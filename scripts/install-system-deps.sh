#!/usr/bin/env bash
# Installs the Debian packages communique's browser tests need, only when they are missing.
# Chromium comes from Debian (not a test tool's own browser download, which cannot work offline).
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-system-deps: apt-get not found; install chromium yourself to run the browser tests" >&2
    exit 0
fi
echo "install-system-deps: installing chromium and chromium-driver from Debian"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
