#!/bin/sh
# shellcheck shell=sh
# kiosk-server-admin: `kiosk server ...` as the kiosk-server user with the server's settings
# from /etc/kiosk/server.env (the database URL). Installed by install-server.sh to
# /usr/local/sbin/kiosk-server-admin. Examples:
#   sudo kiosk-server-admin hub add lindenbach "Dorfbüro Lindenbach"
#   sudo kiosk-server-admin enroll-code --hub lindenbach
#   sudo kiosk-server-admin terminals
set -eu
ENV_FILE=/etc/kiosk/server.env
KIOSK=/opt/kiosk-server/current/bin/kiosk
if [ "$(id -u)" -ne 0 ]; then
    echo "kiosk-server-admin: run as root (sudo kiosk-server-admin ...)" >&2
    exit 2
fi
if [ ! -r "$ENV_FILE" ]; then
    echo "kiosk-server-admin: $ENV_FILE is missing (run install-server.sh)" >&2
    exit 2
fi
set -a
# shellcheck source=/dev/null
. "$ENV_FILE"
set +a
cd /var/lib/kiosk-server
exec runuser -u kiosk-server -- "$KIOSK" server "$@"
