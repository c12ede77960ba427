#!/bin/sh
# Install a throwaway Request Tracker 5 (Debian packages) for the test suite.
#
# Idempotent: does nothing when rt-server is already present.  Non-interactive:
# debconf is preseeded so the packages neither create a database nor install
# cron jobs, and exim4 (pulled in as the MTA) is configured for local delivery
# only.  The tests never use the system RT configuration: they write their own
# RT_SiteConfig.pm with a SQLite database in a temp dir (tests/support/rt_server.py).
#
# Usage: sudo .ci/install-rt.sh        (needs root and access to a Debian mirror)
set -eu

RT_SERVER=/usr/share/request-tracker5/libexec/rt-server
RT_SETUP_DATABASE=/usr/sbin/rt-setup-database-5
PACKAGES="request-tracker5 rt5-standalone rt5-db-sqlite"

fail() {
    echo "install-rt.sh: ERROR: $*" >&2
    exit 1
}

if [ -x "$RT_SERVER" ] && [ -x "$RT_SETUP_DATABASE" ]; then
    echo "install-rt.sh: RT already installed ($RT_SERVER)"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    # CI runners usually have passwordless sudo.
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        exec sudo -n "$0" "$@"
    fi
    fail "must run as root (try: sudo $0)"
fi
command -v apt-get >/dev/null 2>&1 || fail "apt-get not found; RT is installed from Debian/Ubuntu packages only"
command -v debconf-set-selections >/dev/null 2>&1 || fail "debconf-set-selections not found"

LOG=$(mktemp /tmp/install-rt.XXXXXX.log)
export DEBIAN_FRONTEND=noninteractive

debconf-set-selections <<'SEL' || fail "debconf preseeding failed"
request-tracker5 request-tracker5/dbconfig-install boolean false
request-tracker5 request-tracker5/database-type select sqlite3
request-tracker5 request-tracker5/install-cronjobs boolean false
request-tracker5 request-tracker5/rtname string localhost
request-tracker5 request-tracker5/correspondaddress string rt@localhost
request-tracker5 request-tracker5/commentaddress string rt-comment@localhost
request-tracker5 request-tracker5/webbaseurl string http://localhost
request-tracker5 request-tracker5/webpath string /rt
exim4-config exim4/dc_eximconfig_configtype select local delivery only; not on a network
exim4-config exim4/use_split_config boolean false
exim4-config exim4/dc_local_interfaces string 127.0.0.1
SEL

start=$(date +%s)
echo "install-rt.sh: installing $PACKAGES (log: $LOG)"
if ! apt-get update -q >>"$LOG" 2>&1; then
    tail -n 30 "$LOG" >&2
    fail "apt-get update failed (see $LOG)"
fi
# shellcheck disable=SC2086
if ! apt-get install -y -q --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        $PACKAGES >>"$LOG" 2>&1; then
    tail -n 40 "$LOG" >&2
    fail "apt-get install $PACKAGES failed (see $LOG)"
fi

[ -x "$RT_SERVER" ] || fail "packages installed but $RT_SERVER is missing (see $LOG)"
[ -x "$RT_SETUP_DATABASE" ] || fail "packages installed but $RT_SETUP_DATABASE is missing (see $LOG)"
rm -f "$LOG"
echo "install-rt.sh: RT installed in $(( $(date +%s) - start )) s"
