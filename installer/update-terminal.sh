#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Update an installed Dorfkiosk terminal to a new wheel, with automatic rollback:
#
#   stop the kiosk -> verified database backup -> install the release next to the old one ->
#   switch /opt/kiosk/current -> kiosk db upgrade -> start -> health check
#
# If any step after the switch fails, the terminal goes back to the previous release AND the
# database backup taken before the update, and is started again. See installer/README.md.
#
# Exit codes: 0 updated (or already on that release), 1 update failed and was rolled back,
# 2 usage error, 3 the rollback failed too (the terminal needs an admin).
set -euo pipefail
umask 022

PROG=update-terminal.sh
PLAN_FILE=/var/log/kiosk-update.plan
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

HEALTH_SECONDS=20

usage() {
    cat <<EOF
usage: $PROG WHEEL [--health-seconds N] [--wheelhouse DIR] [--root DIR]

Update this Dorfkiosk terminal to WHEEL (dorfkiosk-VERSION-py3-none-any.whl). Run as root.
The old release and a database backup are kept; an update that does not come up healthy
is rolled back to both.

  --health-seconds N   how long the kiosk must stay up after the update (default $HEALTH_SECONDS)
  --wheelhouse DIR     install Python packages from DIR only (offline update)
  --root DIR           update the installation under DIR (see install-terminal.sh --root);
                       systemctl is recorded in DIR$PLAN_FILE, and the health check runs
                       \`kiosk db check\` plus \$KIOSK_UPDATE_HEALTH_CMD (a shell command,
                       with \$KIOSK_ROOT set to DIR) if given
  -h, --help           this help
EOF
}

WHEEL=""
parse_args() {
    while [[ $# -gt 0 ]]; do
        case $1 in
        --health-seconds)
            [[ $# -ge 2 && $2 =~ ^[0-9]+$ ]] || usage_error "--health-seconds needs a number"
            HEALTH_SECONDS=$2; shift 2 ;;
        --wheelhouse)
            [[ $# -ge 2 && -n $2 ]] || usage_error "--wheelhouse needs a directory"
            KIOSK_INSTALLER_WHEELHOUSE=$2; shift 2 ;;
        --root)
            [[ $# -ge 2 && -n $2 ]] || usage_error "--root needs a directory"
            set_root "$2"; shift 2 ;;
        -h | --help) usage; exit 0 ;;
        -*) usage_error "unknown option: $1" ;;
        *)
            [[ -z $WHEEL ]] || usage_error "one wheel only (got $WHEEL and $1)"
            WHEEL=$1; shift ;;
        esac
    done
    [[ -n $WHEEL ]] || usage_error "which wheel? (usage: $PROG WHEEL)"
    [[ -f $WHEEL ]] || usage_error "wheel not found: $WHEEL"
    WHEEL=$(cd -- "$(dirname -- "$WHEEL")" && pwd)/$(basename -- "$WHEEL")
    wheel_version "$WHEEL" >/dev/null
}

systemd_running() { [[ -d /run/systemd/system ]]; }

# service ACTION: systemctl ACTION kiosk.service (recorded in root mode, skipped without systemd).
service() {
    if root_mode || systemd_running; then
        sys systemctl "$1" kiosk.service
    fi
}

# healthy: the current release passes `kiosk db check` and (real mode) the service stays
# active without restarting for HEALTH_SECONDS; (root mode) $KIOSK_UPDATE_HEALTH_CMD succeeds.
healthy() {
    local out
    if ! out=$(kiosk_cmd db check 2>&1); then
        warn "kiosk db check failed: ${out//$'\n'/; }"
        return 1
    fi
    if root_mode; then
        if [[ -n ${KIOSK_UPDATE_HEALTH_CMD:-} ]]; then
            if ! KIOSK_ROOT=$ROOT bash -c "$KIOSK_UPDATE_HEALTH_CMD"; then
                warn "health command failed: $KIOSK_UPDATE_HEALTH_CMD"
                return 1
            fi
        fi
        return 0
    fi
    systemd_running || return 0
    local restarts now waited=0
    restarts=$(systemctl show --property=NRestarts --value kiosk.service)
    while ((waited < HEALTH_SECONDS)); do
        sleep 1
        waited=$((waited + 1))
        if ! systemctl is-active --quiet kiosk.service; then
            warn "kiosk.service is not active after ${waited}s"
            return 1
        fi
        now=$(systemctl show --property=NRestarts --value kiosk.service)
        if [[ $now != "$restarts" ]]; then
            warn "kiosk.service restarted after ${waited}s (crash)"
            return 1
        fi
    done
}

OLD="" OLD_PREVIOUS="" NEW="" BACKUP="" HAD_DATABASE=0

# rollback STEP: back to the old release and the pre-update database; exits 1 (or 3).
rollback() {
    local step=$1 ok=1 database
    warn "update to $NEW failed at: $step. Rolling back to $OLD."
    service stop || true
    switch_link "$CURRENT_LINK" "$OLD"
    if [[ -n $OLD_PREVIOUS ]]; then
        switch_link "$PREVIOUS_LINK" "$OLD_PREVIOUS"
    else
        remove_path "$PREVIOUS_LINK"
    fi
    database=$(t "$DATA_DIR")/kiosk.sqlite3
    if [[ -n $BACKUP ]]; then
        if kiosk_cmd db backup --restore "$BACKUP"; then
            say "database restored from $BACKUP"
        else
            warn "could not restore the database from $BACKUP"
            ok=0
        fi
    elif ((!HAD_DATABASE)) && [[ -e $database ]]; then
        local aside
        aside=$database.failed-update-$(date -u +%Y%m%dT%H%M%SZ)
        mv -- "$database" "$aside"
        rm -f -- "$database-wal" "$database-shm"
        say "database created by the failed update moved aside to $aside"
    fi
    if ((ok)) && service start && healthy; then
        warn "rolled back: the terminal runs $OLD again with its database from before the update"
        warn "the failed release stays in $RELEASES_DIR/$NEW until the next update"
        exit 1
    fi
    printf '%s: error: ROLLBACK FAILED: the terminal is on %s but not healthy; see journalctl -u kiosk\n' \
        "$PROG" "$OLD" >&2
    exit 3
}

update() {
    begin
    OLD=$(link_target "$CURRENT_LINK")
    [[ -n $OLD ]] || die "no Dorfkiosk release installed here: use install-terminal.sh first"
    OLD_PREVIOUS=$(link_target "$PREVIOUS_LINK")
    NEW=$(release_id "$WHEEL")
    if [[ $NEW == "$OLD" ]]; then
        say "already on $NEW: nothing to do"
        return 0
    fi
    say "updating $OLD -> $NEW"

    service stop || die "could not stop kiosk.service; nothing was changed"
    if [[ -e $(t "$DATA_DIR")/kiosk.sqlite3 ]]; then HAD_DATABASE=1; fi
    if ((HAD_DATABASE)); then
        local out
        if ! out=$(kiosk_cmd db backup --reason pre-update --keep 3 2>&1); then
            service start || true
            die "database backup failed, nothing was changed: ${out//$'\n'/; }"
        fi
        BACKUP=$(sed -n 's/^backup: //p' <<<"$out" | tail -n 1)
        if real_venv && [[ ! -f $BACKUP ]]; then
            service start || true
            die "kiosk db backup did not name its backup file; nothing was changed: $out"
        fi
        say "database backup: ${BACKUP:-(recorded in plan)}"
    fi
    if ! install_release "$WHEEL"; then
        service start || true
        die "could not install $(basename -- "$WHEEL"); the terminal stays on $OLD"
    fi
    switch_link "$PREVIOUS_LINK" "$OLD"
    switch_link "$CURRENT_LINK" "$NEW"

    kiosk_cmd db upgrade || rollback "kiosk db upgrade"
    service start || rollback "starting kiosk.service"
    healthy || rollback "health check"
    prune_releases
    say "updated $OLD -> $NEW (previous release kept for rollback)"
}

parse_args "$@"
update
