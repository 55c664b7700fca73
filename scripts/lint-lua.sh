#!/usr/bin/env bash
# Lints the Scribunto module and its submodules (every .lua file under
# src/lua/, subfolders included) with luacheck (.luacheckrc: Lua 5.1,
# `mw` a read-only global). Part of `npm run lint`.
# Without luacheck it says so and passes, so a machine without the Debian
# package can still run the rest; in CI (CI set) a missing luacheck fails.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v luacheck >/dev/null 2>&1; then
	if [ -n "${CI:-}" ]; then
		echo 'lint-lua: luacheck is missing; run scripts/install-system-deps.sh' >&2
		exit 1
	fi
	echo 'lint-lua: luacheck is not installed (scripts/install-system-deps.sh installs it); src/lua/ not checked'
	exit 0
fi
luacheck --no-color --quiet src/lua
