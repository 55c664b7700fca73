#!/usr/bin/env bash
# Installs what the end-to-end tests need from Debian: MediaWiki 1.43 LTS (from
# the trixie suite, pinned low so nothing else is upgraded), PHP 8.2 with the
# extensions MediaWiki needs, Chromium, Lua 5.1 (Scribunto's standalone
# engine runs /usr/bin/lua5.1) and luacheck (npm run lint checks src/lua/ with
# it), and APCu (the benchmarks' wiki caches as production does; the tests'
# wikis turn it off). Idempotent: skips what is present.
set -euo pipefail

MW_VERSION='1:1.43.9+dfsg-1~deb13u1'
need_mw=1
need_chromium=1
need_lua=1
need_apcu=1
if dpkg-query -W -f='${Version}' mediawiki 2>/dev/null | grep -qxF "$MW_VERSION"; then need_mw=0; fi
if command -v chromium >/dev/null 2>&1; then need_chromium=0; fi
if command -v lua5.1 >/dev/null 2>&1 && command -v luacheck >/dev/null 2>&1; then need_lua=0; fi
if php -m 2>/dev/null | grep -qx apcu; then need_apcu=0; fi
if [ "$need_mw" = 0 ] && [ "$need_chromium" = 0 ] && [ "$need_lua" = 0 ] && [ "$need_apcu" = 0 ]; then
	echo 'install-system-deps: MediaWiki, Chromium, Lua 5.1, luacheck and APCu already installed'
	exit 0
fi

SUDO=''
if [ "$(id -u)" != 0 ]; then SUDO='sudo'; fi

# The mirror the machine's own sources name (deb822 or one-line format).
mirror=$(grep -hoE '^(URIs:|deb) +https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
	| head -n 1 | awk '{print $2}' || true)
mirror=${mirror:-http://deb.debian.org/debian}

state=/var/lib/crs-team-gadgets-apt
$SUDO mkdir -p "$state/lists/partial" /etc/apt/crs-team-gadgets
echo "deb $mirror trixie main" | $SUDO tee /etc/apt/crs-team-gadgets/trixie.list >/dev/null
$SUDO tee /etc/apt/preferences.d/crs-team-gadgets-trixie >/dev/null <<PREF
Package: *
Pin: release n=trixie
Pin-Priority: 100
PREF

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# The trixie source list and its package lists live apart from the machine's
# own (sources.list.d is still read, so bookworm stays the default at 500).
opts=(-o "Dir::Etc::sourcelist=/etc/apt/crs-team-gadgets/trixie.list" -o "Dir::State::Lists=$state/lists")
$SUDO apt-get "${opts[@]}" update -q
pkgs=()
if [ "$need_mw" = 1 ]; then
	pkgs+=(php-cli php-sqlite3 php-intl php-mbstring php-xml php-gmp "mediawiki=$MW_VERSION" "mediawiki-classes=$MW_VERSION")
fi
if [ "$need_chromium" = 1 ]; then pkgs+=(chromium); fi
if [ "$need_lua" = 1 ]; then pkgs+=(lua5.1 lua-check); fi
# bookworm's, for its PHP 8.2 (trixie's is pinned low).
if [ "$need_apcu" = 1 ]; then pkgs+=(php-apcu); fi
$SUDO apt-get "${opts[@]}" install -y -q --no-install-recommends "${pkgs[@]}"
