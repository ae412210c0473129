#!/bin/sh
# Installs the system tools the test suite needs beyond npm packages. Idempotent: does nothing
# when they are already there. Called by .ci/run (and by .github/workflows/ci.yml).
#  - pre-commit (Debian package): test/precommit.test.ts runs `pre-commit try-repo` for real.
#  - chromium and a font: test/browser/*.test.ts drive headless Chromium via playwright-core.
#  - neovim: test/neovim.test.ts opens policies with Neovim's built-in LSP client.
set -eu

SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

missing=""
command -v pre-commit >/dev/null 2>&1 || missing="$missing pre-commit"
if ! { [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ] || [ -x /usr/bin/google-chrome ]; }; then
  missing="$missing chromium fonts-dejavu-core"
fi
command -v nvim >/dev/null 2>&1 || missing="$missing neovim"
if [ -n "$missing" ]; then
  $SUDO apt-get update
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
fi
pre-commit --version
nvim --version | head -n 1
