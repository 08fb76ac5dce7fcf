# shellcheck shell=bash
# shellcheck disable=SC2034  # constants used by the scripts that source this file
# Shared helpers of install-terminal.sh, update-terminal.sh and install-server.sh. Sourced,
# never run. install-server.sh overrides the terminal's paths and user after sourcing.
#
# Two modes:
#   real mode  (ROOT empty)  every command runs, as root, on this machine.
#   root mode  (ROOT=DIR)    every file is written under DIR; commands that would change the
#                            system itself (apt-get, useradd, chown to the kiosk user, systemctl,
#                            pip) are not run but recorded, one shell line each, in
#                            DIR/var/log/kiosk-install.plan. Paths in the plan are the target
#                            system's paths (without DIR), so the plan reads as a dry run.
#
# Test and development hooks (root mode only):
#   KIOSK_INSTALLER_REAL_VENV=1        build the release venvs for real under DIR and run the
#                                      installed `kiosk` command as the current user.
#   KIOSK_INSTALLER_DEPS_FROM=SITEDIR  install the wheel with --no-deps and take its
#                                      dependencies from SITEDIR (a site-packages directory) via
#                                      a .pth file, instead of downloading PySide6 again.

KIOSK_USER=kiosk
KIOSK_GROUP=kiosk
# Paths on the target system; t() puts them under ROOT.
OPT_DIR=/opt/kiosk
RELEASES_DIR=$OPT_DIR/releases
CURRENT_LINK=$OPT_DIR/current
PREVIOUS_LINK=$OPT_DIR/previous
ETC_DIR=/etc/kiosk
CONFIG_FILE=$ETC_DIR/kiosk.toml
DATA_DIR=/var/lib/kiosk
UNIT_DIR=/etc/systemd/system
JOURNALD_DROPIN=/etc/systemd/journald.conf.d/kiosk.conf
PLAN_FILE=${PLAN_FILE:?set by the script that sources this file}
LOCK_FILE=/run/lock/kiosk-installer.lock
RELEASE_MARKER=.dorfkiosk-release
UNITS=(kiosk.service kiosk-backup.service kiosk-backup.timer)

ROOT=${ROOT:-}
PROG=${PROG:-kiosk-installer}
CHANGES=0

INSTALLER_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

say() { printf '%s: %s\n' "$PROG" "$*"; }
warn() { printf '%s: warning: %s\n' "$PROG" "$*" >&2; }
die() {
    printf '%s: error: %s\n' "$PROG" "$*" >&2
    exit 1
}
usage_error() {
    printf '%s: %s (see %s --help)\n' "$PROG" "$*" "$PROG" >&2
    exit 2
}

# t PATH: the target path under ROOT.
t() { printf '%s%s' "$ROOT" "$1"; }

root_mode() { [[ -n $ROOT ]]; }

# Whether the release venv and the `kiosk` command are real (always in real mode).
real_venv() { ! root_mode || [[ ${KIOSK_INSTALLER_REAL_VENV:-} == 1 ]]; }

set_root() {
    local dir=$1
    [[ -n $dir ]] || usage_error "--root needs a directory"
    mkdir -p -- "$dir" || die "cannot create $dir"
    ROOT=$(cd -- "$dir" && pwd)
    [[ $ROOT != / ]] || usage_error "--root / is the real system: leave --root out instead"
}

# Start a fresh plan (root mode) and take the installer lock (both modes).
begin() {
    if root_mode; then
        mkdir -p -- "$(t "$(dirname "$PLAN_FILE")")"
        printf '# %s plan: commands a real run would execute (root mode, %s)\n' \
            "$PROG" "$ROOT" >"$(t "$PLAN_FILE")"
    elif [[ $(id -u) -ne 0 ]]; then
        die "run as root (sudo $PROG ...), or with --root DIR to install into a scratch directory"
    fi
    mkdir -p -- "$(t "$(dirname "$LOCK_FILE")")"
    exec 9>>"$(t "$LOCK_FILE")"
    flock -n 9 || die "another install or update is running (lock $LOCK_FILE)"
}

# plan_line WORDS...: append the shell-quoted command to the plan.
plan_line() {
    local quoted
    printf -v quoted '%q ' "$@"
    printf '%s\n' "${quoted% }" >>"$(t "$PLAN_FILE")"
}

# plan_note TEXT: a comment line in the plan (e.g. the condition of the next command).
plan_note() {
    if root_mode; then
        printf '# %s\n' "$*" >>"$(t "$PLAN_FILE")"
    fi
}

# sys CMD ARGS...: a command that changes the system itself. Runs in real mode, is recorded
# in root mode.
sys() {
    if root_mode; then
        plan_line "$@"
    else
        "$@"
    fi
}

changed() {
    CHANGES=$((CHANGES + 1))
    say "$*"
}

# ensure_dir PATH MODE OWNER:GROUP
ensure_dir() {
    local path=$1 mode=$2 owner=$3 real
    real=$(t "$path")
    if [[ ! -d $real ]]; then
        mkdir -p -- "$(dirname -- "$real")"
        mkdir -m "$mode" -- "$real"
        changed "created $path"
    fi
    if [[ $(stat -c '%a' -- "$real") != "${mode#0}" ]]; then
        chmod "$mode" -- "$real"
        changed "mode $mode on $path"
    fi
    set_owner "$path" "$owner"
}

# set_owner PATH OWNER:GROUP: chown in real mode (only when different), recorded in root mode.
set_owner() {
    local path=$1 owner=$2
    if root_mode; then
        plan_line chown "$owner" "$path"
    elif [[ $(stat -c '%U:%G' -- "$path") != "$owner" ]]; then
        chown "$owner" -- "$path"
        changed "owner $owner on $path"
    fi
}

# put_file SRC DEST MODE [OWNER:GROUP]: install SRC as DEST (owner default root:root) if its
# content or mode differs. Returns 0 if it changed something, 1 if DEST was already right.
put_file() {
    local src=$1 dest=$2 mode=$3 owner=${4:-root:root} real did=1
    real=$(t "$dest")
    mkdir -p -- "$(dirname -- "$real")"
    if [[ ! -f $real ]] || ! cmp -s -- "$src" "$real"; then
        local tmp
        tmp=$(mktemp "$real.XXXXXX")
        cat -- "$src" >"$tmp"
        chmod "$mode" -- "$tmp"
        mv -f -- "$tmp" "$real"
        changed "wrote $dest"
        did=0
    elif [[ $(stat -c '%a' -- "$real") != "${mode#0}" ]]; then
        chmod "$mode" -- "$real"
        changed "mode $mode on $dest"
        did=0
    fi
    set_owner "$dest" "$owner"
    return "$did"
}

# remove_path PATH: remove a file, link or tree if present.
remove_path() {
    local real
    real=$(t "$1")
    if [[ -e $real || -L $real ]]; then
        rm -rf -- "$real"
        changed "removed $1"
    fi
}

# --- releases ------------------------------------------------------------------------------

# wheel_version WHEEL: the version from a wheel file name (dorfkiosk-1.2.3-py3-none-any.whl).
wheel_version() {
    local base dist version rest
    base=$(basename -- "$1")
    [[ $base == *.whl ]] || usage_error "$1 is not a wheel (.whl) file"
    IFS=- read -r dist version rest <<<"${base%.whl}"
    [[ $dist == dorfkiosk && -n $version && -n $rest ]] ||
        usage_error "$base is not a Dorfkiosk wheel (expected dorfkiosk-VERSION-...whl)"
    printf '%s' "$version"
}

# release_id WHEEL: VERSION-SHA12, so a rebuilt wheel of the same version is a new release.
release_id() {
    local sha
    sha=$(sha256sum -- "$1" | cut -c1-12)
    printf '%s-%s' "$(wheel_version "$1")" "$sha"
}

# link_target LINK: the release id a symlink points to ("" if none).
link_target() {
    local real
    real=$(t "$1")
    if [[ -L $real ]]; then
        basename -- "$(readlink -- "$real")"
    fi
}

# switch_link LINK RELEASE_ID: point LINK at releases/RELEASE_ID, atomically.
switch_link() {
    local link=$1 id=$2 real
    real=$(t "$link")
    if [[ $(link_target "$link") == "$id" ]]; then
        return 0
    fi
    ln -sfn -- "releases/$id" "$real.new"
    mv -Tf -- "$real.new" "$real"
    changed "$link -> releases/$id"
}

# install_release WHEEL: build /opt/kiosk/releases/<id> with its own venv (unless it exists
# and is complete). Prints nothing on stdout; sets RELEASE_ID. RELEASE_EXTRAS (e.g. "server")
# installs the wheel with those extras.
install_release() {
    local wheel=$1 dir real python=${KIOSK_INSTALLER_PYTHON:-python3}
    local spec=$wheel${RELEASE_EXTRAS:+[$RELEASE_EXTRAS]}
    RELEASE_ID=$(release_id "$wheel")
    dir=$RELEASES_DIR/$RELEASE_ID
    real=$(t "$dir")
    if [[ -f $real/$RELEASE_MARKER ]]; then
        return 0
    fi
    rm -rf -- "$real"
    mkdir -p -- "$(t "$RELEASES_DIR")"
    chmod 755 -- "$(t "$OPT_DIR")" "$(t "$RELEASES_DIR")"
    local pip_args=(--disable-pip-version-check --no-cache-dir --quiet)
    if [[ -n ${KIOSK_INSTALLER_WHEELHOUSE:-} ]]; then
        pip_args+=(--no-index --find-links "$KIOSK_INSTALLER_WHEELHOUSE")
    fi
    if real_venv; then
        say "installing $(basename -- "$wheel") into $dir (this takes a minute)"
        "$python" -m venv -- "$real" || { rm -rf -- "$real"; return 1; }
        if root_mode && [[ -n ${KIOSK_INSTALLER_DEPS_FROM:-} ]]; then
            pip_args+=(--no-deps --no-index)
            local site
            site=$("$real/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
            printf '%s\n' "$KIOSK_INSTALLER_DEPS_FROM" >"$site/zz-kiosk-installer-deps.pth"
        fi
        "$real/bin/python" -m pip install "${pip_args[@]}" -- "$spec" ||
            { rm -rf -- "$real"; return 1; }
    else
        mkdir -p -- "$real"
        plan_line "$python" -m venv "$dir"
        plan_line "$dir/bin/python" -m pip install "${pip_args[@]}" "$spec"
    fi
    printf 'wheel=%s\nsha256=%s\n' "$(basename -- "$wheel")" "$(sha256sum -- "$wheel" | cut -d' ' -f1)" \
        >"$real/$RELEASE_MARKER"
    chmod -R go-w,a+rX -- "$real"
    changed "installed release $RELEASE_ID"
}

# prune_releases: keep only the releases `current` and `previous` point to.
prune_releases() {
    local keep_current keep_previous entry name
    keep_current=$(link_target "$CURRENT_LINK")
    keep_previous=$(link_target "$PREVIOUS_LINK")
    [[ -d $(t "$RELEASES_DIR") ]] || return 0
    for entry in "$(t "$RELEASES_DIR")"/*; do
        [[ -e $entry ]] || continue
        name=$(basename -- "$entry")
        if [[ $name != "$keep_current" && $name != "$keep_previous" ]]; then
            rm -rf -- "$entry"
            changed "removed old release $name"
        fi
    done
}

# --- the installed kiosk command ----------------------------------------------------------

# kiosk_cmd ARGS...: run the current release's `kiosk` with the terminal's config and data dir,
# as the kiosk user (real mode) or as the current user (root mode with a real venv). In root
# mode without a real venv the command is recorded and succeeds.
kiosk_cmd() {
    local bin=$CURRENT_LINK/bin/kiosk
    if ! real_venv; then
        plan_line runuser -u "$KIOSK_USER" -- "$bin" --config "$CONFIG_FILE" \
            --data-dir "$DATA_DIR" "$@"
        return 0
    fi
    local opts=(--config "$(t "$CONFIG_FILE")" --data-dir "$(t "$DATA_DIR")")
    if root_mode; then
        "$(t "$bin")" "${opts[@]}" "$@"
    else
        runuser -u "$KIOSK_USER" -- "$bin" "${opts[@]}" "$@"
    fi
}
