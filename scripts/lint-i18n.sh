#!/usr/bin/env bash
# Checks the message folders with banana-checker (part of `npm run lint`):
# the usual rules (every key documented in qqq.json, no unknown keys, …) and
# one more, "the banana rule": every language we ship has every key. The
# languages are the folder's own files (all but en.json and qqq.json), so a
# new language file is complete from its first commit; there is no partial
# language to fall back from. Messages documented {{notranslate}} in qqq.json
# are copied unchanged (test/i18n/lua-messages.test.ts checks the ones that
# must stay the same).
#
# Usage: scripts/lint-i18n.sh [folder…]   (default: i18n/ i18n/editor/ src/lua/i18n/)
set -euo pipefail
cd "$(dirname "$0")/.."
checker="$PWD/node_modules/.bin/banana-checker"
if [ "$#" -eq 0 ]; then
	set -- i18n/ i18n/editor/ src/lua/i18n/
fi
status=0
for dir in "$@"; do
	langs=$(find "$dir" -maxdepth 1 -name '*.json' ! -name en.json ! -name qqq.json -printf '%f\n' | sed 's/\.json$//' | sort | paste -sd, -)
	if [ -z "$langs" ]; then
		"$checker" "$dir" || status=1
	else
		"$checker" --requireCompleteTranslationLanguages="$langs" "$dir" || status=1
	fi
done
exit "$status"
