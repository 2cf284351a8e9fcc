#!/bin/sh
# Install the Debian packages the archive needs, only when they are missing:
#   libmagic1         for python-magic (file format identification)
#   python3-venv      the venv module of Debian's python3
# With the argument "test", also what its test suite needs (make test):
#   chromium          /usr/bin/chromium, the browser of the real-browser tests (Playwright
#                     never downloads its own)
#   fonts-liberation  so that headless chromium has fonts to lay text out with (only a
#                     Recommends of chromium, which a minimal apt set-up skips)
#   nodejs, npm       to install axe-core, the accessibility checker of the browser tests
# Quiet when everything is present; safe to run again and again.
set -eu
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

has_package() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'ok installed'
}

missing=""
ldconfig -p 2>/dev/null | grep -q 'libmagic\.so\.1' || missing="$missing libmagic1"
${PYTHON:-python3} -c 'import venv, ensurepip' 2>/dev/null || missing="$missing python3-venv"
if [ "${1:-}" = "test" ]; then
    [ -x /usr/bin/chromium ] || missing="$missing chromium"
    has_package fonts-liberation || missing="$missing fonts-liberation"
    # node and npm may come from elsewhere than Debian (with npm bundled): check the
    # commands, and ask Debian only for what is absent.
    command -v node >/dev/null 2>&1 || missing="$missing nodejs"
    command -v npm >/dev/null 2>&1 || missing="$missing npm"
fi

if [ -n "$missing" ]; then
    echo "installing Debian packages:$missing"
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q $missing
fi
