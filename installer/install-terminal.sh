#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Install a Dorfkiosk terminal on Debian 12 / Ubuntu 24.04: system packages, the `kiosk` user,
# the app in /opt/kiosk (own venv per release), /etc/kiosk/kiosk.toml, /var/lib/kiosk, and the
# systemd units that run `kiosk run` in the cage kiosk compositor on tty1 and back up nightly.
# Idempotent: a second run with the same arguments changes nothing. See installer/README.md.
set -euo pipefail
umask 022

PROG=install-terminal.sh
PLAN_FILE=/var/log/kiosk-install.plan
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# Written by `kiosk enroll` (kiosk/paths.py: DataPaths.credentials).
CREDENTIALS_FILE=$DATA_DIR/terminal-credentials.json

# Qt's xcb/wayland libraries and fonts (as tools/install-system-packages.sh), plus the kiosk
# session (cage), speech output, the CUPS client for receipts, and what this script uses.
PACKAGES=(
    python3 python3-venv
    libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
    libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0
    libwayland-client0 libwayland-cursor0 libwayland-egl1
    fonts-dejavu-core fonts-noto-core
    cage
    speech-dispatcher speech-dispatcher-espeak-ng libspeechd2 libpulse0 libpipewire-0.3-0
    cups-client
    util-linux
)
# Groups that give the kiosk user sound and, as a fallback to logind, display and input.
EXTRA_GROUPS=(audio video render input)

usage() {
    cat <<EOF
usage: $PROG --wheel WHEEL [options]
       $PROG --uninstall [--keep-data | --purge] [--root DIR]

Install or update the configuration of a Dorfkiosk terminal. Run as root.

  --wheel WHEEL        the Dorfkiosk wheel (dorfkiosk-VERSION-py3-none-any.whl) to install;
                       may be left out when a release is already installed
  --name NAME          terminal name shown on screen      ([terminal] name)
  --hub HUB            the hub this terminal belongs to   ([terminal] hub)
  --server-url URL     the regional server, https://...   ([server] url)
  --language LANG      default language: de en tr uk ar de-LS ([terminal] language)
                       Without these flags an existing config is kept; on a first install
                       the script asks for them when run on a terminal (a tty).
  --enroll URL CODE    enrol the terminal with the regional server (kiosk enroll)
  --wheelhouse DIR     install Python packages from DIR only (offline installation)
  --no-start           install and enable, but do not start the kiosk now
  --non-interactive    never ask (the default when stdin is not a terminal)
  --root DIR           write every file under DIR instead of /, and record the commands
                       that would change the system (apt-get, useradd, chown, systemctl, pip)
                       in DIR$PLAN_FILE instead of running them
  --uninstall          stop and remove the kiosk; --keep-data (default) keeps
                       $DATA_DIR and $CONFIG_FILE, --purge removes them and the user
  -h, --help           this help
EOF
}

# --- arguments -----------------------------------------------------------------------------

WHEEL=""
NAME="" HUB="" SERVER_URL="" LANGUAGE=""
HAVE_NAME=0 HAVE_HUB=0 HAVE_URL=0 HAVE_LANGUAGE=0
ENROLL_URL="" ENROLL_CODE=""
NO_START=0
INTERACTIVE=1
UNINSTALL=0
DATA_POLICY=""

need_value() {
    [[ $# -ge 2 && -n $2 && $2 != --* ]] || usage_error "$1 needs a value"
}

parse_args() {
    while [[ $# -gt 0 ]]; do
        case $1 in
        --wheel) need_value "$@"; WHEEL=$2; shift 2 ;;
        --name) need_value "$@"; NAME=$2; HAVE_NAME=1; shift 2 ;;
        --hub) [[ $# -ge 2 ]] || usage_error "--hub needs a value"; HUB=$2; HAVE_HUB=1; shift 2 ;;
        --server-url) [[ $# -ge 2 ]] || usage_error "--server-url needs a value"
            SERVER_URL=$2; HAVE_URL=1; shift 2 ;;
        --language) need_value "$@"; LANGUAGE=$2; HAVE_LANGUAGE=1; shift 2 ;;
        --enroll)
            [[ $# -ge 3 && -n $2 && -n $3 ]] || usage_error "--enroll needs URL and CODE"
            ENROLL_URL=$2; ENROLL_CODE=$3; shift 3 ;;
        --wheelhouse) need_value "$@"; KIOSK_INSTALLER_WHEELHOUSE=$2; shift 2 ;;
        --no-start) NO_START=1; shift ;;
        --non-interactive | -y) INTERACTIVE=0; shift ;;
        --root) need_value "$@"; set_root "$2"; shift 2 ;;
        --uninstall) UNINSTALL=1; shift ;;
        --keep-data) [[ -z $DATA_POLICY ]] || usage_error "--keep-data or --purge, not both"
            DATA_POLICY=keep; shift ;;
        --purge) [[ -z $DATA_POLICY ]] || usage_error "--keep-data or --purge, not both"
            DATA_POLICY=purge; shift ;;
        -h | --help) usage; exit 0 ;;
        *) usage_error "unknown argument: $1" ;;
        esac
    done
    [[ -t 0 ]] || INTERACTIVE=0
    if ((UNINSTALL)); then
        [[ -z $WHEEL && -z $ENROLL_URL ]] || usage_error "--uninstall takes no --wheel or --enroll"
        DATA_POLICY=${DATA_POLICY:-keep}
        return
    fi
    [[ -z $DATA_POLICY ]] || usage_error "--keep-data and --purge belong to --uninstall"
    if [[ -n $WHEEL ]]; then
        [[ -f $WHEEL ]] || usage_error "wheel not found: $WHEEL"
        WHEEL=$(cd -- "$(dirname -- "$WHEEL")" && pwd)/$(basename -- "$WHEEL")
        wheel_version "$WHEEL" >/dev/null
    elif [[ -z $(link_target "$CURRENT_LINK") ]]; then
        usage_error "--wheel is required (no release installed yet)"
    fi
}

ask() { # ask VAR PROMPT DEFAULT
    local answer
    read -r -p "$2 [$3]: " answer
    printf -v "$1" '%s' "${answer:-$3}"
}

prompt_config() {
    ((INTERACTIVE)) || return 0
    [[ ! -f $(t "$CONFIG_FILE") ]] || return 0
    ((HAVE_NAME)) || { ask NAME "Terminal name (shown on screen)" "Dorfkiosk"; HAVE_NAME=1; }
    ((HAVE_HUB)) || { ask HUB "Hub (e.g. Dorfbüro Lindenbach)" ""; HAVE_HUB=1; }
    ((HAVE_URL)) || { ask SERVER_URL "Regional server URL (empty: none yet)" ""; HAVE_URL=1; }
    ((HAVE_LANGUAGE)) || { ask LANGUAGE "Default language (de en tr uk ar de-LS)" "de"
        HAVE_LANGUAGE=1; }
}

# --- steps ---------------------------------------------------------------------------------

step_packages() {
    local missing=() pkg
    if root_mode; then
        missing=("${PACKAGES[@]}")
    else
        for pkg in "${PACKAGES[@]}"; do
            if [[ $(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null) != "install ok installed" ]]; then
                missing+=("$pkg")
            fi
        done
    fi
    ((${#missing[@]})) || return 0
    root_mode || say "installing system packages: ${missing[*]}"
    sys apt-get update -qq
    sys env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
    root_mode || changed "installed ${#missing[@]} system packages"
}

step_user() {
    local groups=() group
    if root_mode; then
        plan_note "if user $KIOSK_USER does not exist; groups that exist of: ${EXTRA_GROUPS[*]}"
        groups=("${EXTRA_GROUPS[@]}")
    elif id -u "$KIOSK_USER" >/dev/null 2>&1; then
        for group in "${EXTRA_GROUPS[@]}"; do
            if getent group "$group" >/dev/null && ! id -nG "$KIOSK_USER" | grep -qw -- "$group"; then
                usermod -a -G "$group" "$KIOSK_USER"
                changed "added $KIOSK_USER to group $group"
            fi
        done
        return 0
    else
        for group in "${EXTRA_GROUPS[@]}"; do
            getent group "$group" >/dev/null && groups+=("$group")
        done
    fi
    local group_list
    group_list=$(IFS=,; printf '%s' "${groups[*]}")
    sys useradd --system --user-group --home-dir "$DATA_DIR" --no-create-home \
        --shell /usr/sbin/nologin --comment "Dorfkiosk terminal" \
        ${group_list:+--groups "$group_list"} "$KIOSK_USER"
    root_mode || changed "created system user $KIOSK_USER"
}

step_release() {
    [[ -n $WHEEL ]] || return 0
    local old
    ensure_dir "$OPT_DIR" 0755 root:root
    install_release "$WHEEL" || die "could not install $(basename -- "$WHEEL") (see the pip output above)"
    old=$(link_target "$CURRENT_LINK")
    if [[ $old != "$RELEASE_ID" ]]; then
        [[ -z $old ]] || switch_link "$PREVIOUS_LINK" "$old"
        switch_link "$CURRENT_LINK" "$RELEASE_ID"
    fi
    prune_releases
}

# prepare_config: the config file to write, checked before anything on the system changes.
CONFIG_CANDIDATE=""
prepare_config() {
    local args=("$(t "$CONFIG_FILE")")
    ((HAVE_NAME)) && args+=(--name "$NAME")
    ((HAVE_HUB)) && args+=(--hub "$HUB")
    ((HAVE_URL)) && args+=(--server-url "$SERVER_URL")
    ((HAVE_LANGUAGE)) && args+=(--language "$LANGUAGE")
    CONFIG_CANDIDATE=$(mktemp)
    # shellcheck disable=SC2064  # expand now: the file name is fixed
    trap "rm -f -- '$CONFIG_CANDIDATE'" EXIT
    python3 "$INSTALLER_DIR/lib/kiosk_config.py" "${args[@]}" >"$CONFIG_CANDIDATE" || exit 2
}

step_config() {
    ensure_dir "$ETC_DIR" 0755 root:root
    if real_venv && [[ -x $(t "$CURRENT_LINK/bin/python") ]]; then
        # The installed release has the final word on what a valid config is.
        "$(t "$CURRENT_LINK/bin/python")" -c \
            'import sys; from kiosk.config import load_config; load_config(sys.argv[1])' \
            "$CONFIG_CANDIDATE" 2>&1 | sed "s|$CONFIG_CANDIDATE|$CONFIG_FILE|" >&2
        [[ ${PIPESTATUS[0]} -eq 0 ]] || die "the config for $CONFIG_FILE is not valid (see above)"
    fi
    put_file "$CONFIG_CANDIDATE" "$CONFIG_FILE" 0644 || true
}

step_data_dir() {
    ensure_dir "$DATA_DIR" 0700 "$KIOSK_USER:$KIOSK_GROUP"
}

systemd_running() { [[ -d /run/systemd/system ]]; }

step_units() {
    local unit units_changed=0
    for unit in "${UNITS[@]}"; do
        put_file "$INSTALLER_DIR/systemd/$unit" "$UNIT_DIR/$unit" 0644 && units_changed=1
    done
    if put_file "$INSTALLER_DIR/journald/kiosk.conf" "$JOURNALD_DROPIN" 0644; then
        if root_mode || systemd_running; then
            sys systemctl restart systemd-journald.service
        fi
    fi
    if ((units_changed)) && { root_mode || systemd_running; }; then
        sys systemctl daemon-reload
    fi
    if root_mode; then
        sys systemctl enable kiosk.service kiosk-backup.timer
        plan_note "if the default target is not graphical.target"
        sys systemctl set-default graphical.target
        plan_note "if getty@tty1.service is enabled (kiosk.service takes tty1)"
        sys systemctl disable getty@tty1.service
        return 0
    fi
    local name
    for name in kiosk.service kiosk-backup.timer; do
        if ! systemctl is-enabled --quiet "$name" 2>/dev/null; then
            systemctl enable --quiet "$name"
            changed "enabled $name"
        fi
    done
    if [[ $(systemctl get-default) != graphical.target ]]; then
        systemctl set-default graphical.target
        changed "default target: graphical.target (starts the kiosk at boot)"
    fi
    if systemctl is-enabled --quiet getty@tty1.service 2>/dev/null; then
        systemctl disable --quiet getty@tty1.service
        changed "disabled getty@tty1.service (tty1 belongs to the kiosk)"
    fi
}

step_enroll() {
    [[ -n $ENROLL_URL ]] || return 0
    local output rc=0
    # A re-run with the same --enroll (its one-time code is spent) keeps the enrolment.
    if [[ -e $(t "$CREDENTIALS_FILE") ]]; then
        say "already enrolled ($CREDENTIALS_FILE exists): --enroll skipped;" \
            "delete that file first to enrol again"
        return 0
    fi
    if ! real_venv; then
        kiosk_cmd enroll "$ENROLL_URL" "$ENROLL_CODE"
        say "enrolment with $ENROLL_URL recorded in the plan"
        return 0
    fi
    output=$(kiosk_cmd enroll "$ENROLL_URL" "$ENROLL_CODE" 2>&1) || rc=$?
    if ((rc == 0)); then
        say "enrolled with $ENROLL_URL"
    elif ((rc == 2)) && [[ $output == *"not yet available"* ]]; then
        warn "enrolment skipped: this Dorfkiosk version cannot enrol yet ($output)."
        warn "enrol later with: sudo -u $KIOSK_USER $CURRENT_LINK/bin/kiosk enroll URL CODE"
    else
        die "enrolment with $ENROLL_URL failed (exit $rc): $output"
    fi
}

step_start() {
    local before=$1
    ((NO_START)) && return 0
    if root_mode; then
        if ((CHANGES > before)); then
            sys systemctl restart kiosk.service
        else
            sys systemctl start kiosk.service
        fi
        return 0
    fi
    if ! systemd_running; then
        say "systemd is not running here (image build?): the kiosk starts at the next boot"
        return 0
    fi
    if ((CHANGES > before)) && systemctl is-active --quiet kiosk.service; then
        systemctl restart kiosk.service
        say "restarted kiosk.service"
    elif ! systemctl is-active --quiet kiosk.service; then
        systemctl start kiosk.service
        say "started kiosk.service"
    fi
}

# A terminal with data gets a new release only through update-terminal.sh, which backs
# up the database first and rolls back if the new release does not come up.
refuse_update() {
    local current
    [[ -n $WHEEL ]] || return 0
    current=$(link_target "$CURRENT_LINK")
    [[ -n $current && $current != "$(release_id "$WHEEL")" ]] || return 0
    [[ -e $(t "$DATA_DIR")/kiosk.sqlite3 ]] || return 0
    die "this terminal runs $current and has data: update it with" \
        "update-terminal.sh $WHEEL (backup and rollback included)"
}

install() {
    refuse_update
    prompt_config
    prepare_config
    begin
    step_packages
    step_user
    local before=$CHANGES
    step_release
    step_config
    step_data_dir
    step_units
    step_enroll
    step_start "$before"
    if ((CHANGES)); then
        say "done: $CHANGES changes"
    else
        say "done: nothing to change"
    fi
}

uninstall() {
    begin
    local unit
    if root_mode; then
        sys systemctl disable --now kiosk.service kiosk-backup.timer
    elif systemd_running || [[ -f $UNIT_DIR/kiosk.service ]]; then
        systemctl disable --now --quiet kiosk.service kiosk-backup.timer 2>/dev/null || true
    fi
    for unit in "${UNITS[@]}"; do
        remove_path "$UNIT_DIR/$unit"
    done
    remove_path "$JOURNALD_DROPIN"
    if root_mode; then
        sys systemctl daemon-reload
        sys systemctl enable getty@tty1.service
    elif systemd_running; then
        systemctl daemon-reload
        systemctl enable --quiet getty@tty1.service 2>/dev/null || true
    fi
    remove_path "$OPT_DIR"
    if [[ $DATA_POLICY == purge ]]; then
        remove_path "$DATA_DIR"
        remove_path "$ETC_DIR"
        if root_mode; then
            plan_note "if user $KIOSK_USER exists"
            sys userdel "$KIOSK_USER"
        elif id -u "$KIOSK_USER" >/dev/null 2>&1; then
            userdel "$KIOSK_USER"
            changed "removed user $KIOSK_USER"
        fi
    else
        say "kept $DATA_DIR, $CONFIG_FILE and the user $KIOSK_USER (--purge removes them)"
    fi
    say "system packages were left installed"
    if ((CHANGES)); then
        say "uninstalled: $CHANGES changes"
    else
        say "uninstalled: nothing to change"
    fi
}

parse_args "$@"
if ((UNINSTALL)); then
    uninstall
else
    install
fi
