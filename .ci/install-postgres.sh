#!/bin/sh
# Install PostgreSQL (Debian's server package) for the team-workspace tests.
#
# Idempotent: does nothing when initdb is already present. The tests never use the system
# cluster: tests/support/pg_server.py runs initdb into a temp dir and starts its own server.
#
# Usage: sudo .ci/install-postgres.sh        (needs root and access to a Debian mirror)
set -eu

INITDB=/usr/lib/postgresql/15/bin/initdb

if [ -x "$INITDB" ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "install-postgres.sh: PostgreSQL already installed"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        exec sudo -n "$0" "$@"
    fi
    echo "install-postgres.sh: ERROR: needs root to apt-get install postgresql" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -o DPkg::Lock::Timeout=600
# The package would create and start a system cluster; the tests do not need it.
mkdir -p /etc/postgresql-common/createcluster.d
echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/no-main.conf
apt-get install -y -o DPkg::Lock::Timeout=600 --no-install-recommends postgresql
