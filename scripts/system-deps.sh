#!/bin/sh
# Install the Debian packages the archive needs, only when they are missing:
# libmagic1 (for python-magic) and the venv module of Debian's python3.
set -eu
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
missing=""
ldconfig -p 2>/dev/null | grep -q 'libmagic\.so\.1' || missing="$missing libmagic1"
${PYTHON:-python3} -c 'import venv, ensurepip' 2>/dev/null || missing="$missing python3-venv"
if [ -n "$missing" ]; then
    echo "installing Debian packages:$missing"
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q $missing
fi
