#!/bin/sh
# Installs the system tools the test suite needs beyond npm packages. Idempotent: does nothing
# when they are already there. Called by .ci/run (and by .github/workflows/ci.yml).
#  - pre-commit (Debian package): test/precommit.test.ts runs `pre-commit try-repo` for real.
set -eu

SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

if ! command -v pre-commit >/dev/null 2>&1; then
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends pre-commit
fi
pre-commit --version
