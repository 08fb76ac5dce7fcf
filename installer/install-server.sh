#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Install the Dorfkiosk regional server on Debian 12 / Ubuntu 24.04: the `kiosk-server` user,
# the app with the `server` extra in /opt/kiosk-server (own venv per release), PostgreSQL
# (local, or a given URL; SQLite for a small region), /etc/kiosk/server.env, the schema
# (`kiosk server db upgrade`) and kiosk-server.service on 127.0.0.1:8080 behind a TLS reverse
# proxy (installer/examples/). Idempotent: a second run with the same arguments changes
# nothing; a run with a newer wheel migrates, switches and restarts. See installer/README.md.
set -euo pipefail
umask 022

PROG=install-server.sh
PLAN_FILE=/var/log/kiosk-server-install.plan
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

# The server's paths and user (common.sh holds the terminal's).
KIOSK_USER=kiosk-server
KIOSK_GROUP=kiosk-server
OPT_DIR=/opt/kiosk-server
RELEASES_DIR=$OPT_DIR/releases
CURRENT_LINK=$OPT_DIR/current
PREVIOUS_LINK=$OPT_DIR/previous
DATA_DIR=/var/lib/kiosk-server
ENV_FILE=$ETC_DIR/server.env
ADMIN_TOOL=/usr/local/sbin/kiosk-server-admin
UNIT=kiosk-server.service
RELEASE_EXTRAS=server
PG_SOCKET_DIR=/var/run/postgresql
SQLITE_FILE=$DATA_DIR/server.sqlite3

usage() {
    cat <<EOF
usage: $PROG --wheel WHEEL [--postgres-local | --db-url URL | --sqlite] [options]

Install or reconfigure the Dorfkiosk regional server. Run as root.

  --wheel WHEEL        the Dorfkiosk wheel (dorfkiosk-VERSION-py3-none-any.whl); may be
                       left out when a release is already installed. A newer wheel updates:
                       migrate, switch, restart.
  database (one of; default: the existing setting, on a first install --postgres-local):
  --postgres-local     PostgreSQL on this machine: installs it, creates the role
                       $KIOSK_USER and the database (--pg-database) owned by it; the
                       server connects over the local socket (peer authentication, no password)
  --pg-database NAME   the local database's name (default: kiosk)
  --db-url URL         an existing database: postgresql+psycopg://USER:PASSWORD@HOST/DB
                       (kept in $ENV_FILE, mode 0640 root:$KIOSK_GROUP)
  --sqlite             an SQLite file in $DATA_DIR (a small region, one process)
  --host HOST          address the server listens on (default 127.0.0.1: behind the proxy)
  --port PORT          TCP port (default 8080)
  --workers N          server processes (default: one per CPU core, at most 8, on
                       PostgreSQL; always 1 on SQLite)
  --public-url URL     the https:// address terminals use (only for the printed next steps)
  --wheelhouse DIR     install Python packages from DIR only (offline installation)
  --no-start           install and enable, but do not start the server now
  --root DIR           write every file under DIR instead of /, and record the commands
                       that would change the system in DIR$PLAN_FILE instead of running them
  -h, --help           this help
EOF
}

# --- arguments -----------------------------------------------------------------------------

WHEEL=""
DB_MODE="" DB_URL="" PG_DATABASE=""
HOST="" PORT="" WORKERS=""
PUBLIC_URL=""
NO_START=0

need_value() {
    [[ $# -ge 2 && -n $2 && $2 != --* ]] || usage_error "$1 needs a value"
}

set_db_mode() {
    [[ -z $DB_MODE || $DB_MODE == "$1" ]] ||
        usage_error "choose one of --postgres-local, --db-url, --sqlite"
    DB_MODE=$1
}

# A value for server.env: no quotes, backslashes, whitespace or control characters, so the
# file reads the same to systemd (EnvironmentFile=) and to sh (kiosk-server-admin).
check_env_value() {
    case $2 in
    *[[:space:][:cntrl:]\'\"\\]*)
        usage_error "$1 must not contain quotes, backslashes or spaces (URL-encode them)" ;;
    esac
}

parse_args() {
    while [[ $# -gt 0 ]]; do
        case $1 in
        --wheel) need_value "$@"; WHEEL=$2; shift 2 ;;
        --postgres-local) set_db_mode local; shift ;;
        --pg-database) need_value "$@"; PG_DATABASE=$2; shift 2 ;;
        --db-url) need_value "$@"; set_db_mode url; DB_URL=$2; shift 2 ;;
        --sqlite) set_db_mode sqlite; shift ;;
        --host) need_value "$@"; HOST=$2; shift 2 ;;
        --port) need_value "$@"; PORT=$2; shift 2 ;;
        --workers) need_value "$@"; WORKERS=$2; shift 2 ;;
        --public-url) need_value "$@"; PUBLIC_URL=$2; shift 2 ;;
        --wheelhouse) need_value "$@"; KIOSK_INSTALLER_WHEELHOUSE=$2; shift 2 ;;
        --no-start) NO_START=1; shift ;;
        --non-interactive | -y) shift ;;
        --root) need_value "$@"; set_root "$2"; shift 2 ;;
        -h | --help) usage; exit 0 ;;
        *) usage_error "unknown argument: $1" ;;
        esac
    done
    if [[ -n $WHEEL ]]; then
        [[ -f $WHEEL ]] || usage_error "wheel not found: $WHEEL"
        WHEEL=$(cd -- "$(dirname -- "$WHEEL")" && pwd)/$(basename -- "$WHEEL")
        wheel_version "$WHEEL" >/dev/null
    elif [[ -z $(link_target "$CURRENT_LINK") ]]; then
        usage_error "--wheel is required (no release installed yet)"
    fi
    if [[ -n $PG_DATABASE ]]; then
        [[ $DB_MODE == local || -z $DB_MODE ]] || usage_error "--pg-database belongs to --postgres-local"
        [[ $PG_DATABASE =~ ^[a-z_][a-z0-9_]{0,62}$ ]] ||
            usage_error "--pg-database: use lowercase letters, digits and _ (got $PG_DATABASE)"
        DB_MODE=local
    fi
    if [[ $DB_MODE == url ]]; then
        [[ $DB_URL == postgresql*://* || $DB_URL == sqlite:///* ]] ||
            usage_error "--db-url must be postgresql+psycopg://... or sqlite:///PATH"
        check_env_value --db-url "$DB_URL"
    fi
    if [[ -n $HOST ]]; then
        [[ $HOST =~ ^[A-Za-z0-9.:_-]+$ ]] || usage_error "--host: an address or name (got $HOST)"
    fi
    if [[ -n $PORT ]]; then
        if ! [[ $PORT =~ ^[0-9]{1,5}$ ]] || ((10#$PORT < 1 || 10#$PORT > 65535)); then
            usage_error "--port must be 1-65535 (got $PORT)"
        fi
        PORT=$((10#$PORT))
    fi
    if [[ -n $WORKERS ]]; then
        if ! [[ $WORKERS =~ ^[0-9]{1,2}$ ]] || ((10#$WORKERS < 1 || 10#$WORKERS > 64)); then
            usage_error "--workers must be 1-64 (got $WORKERS)"
        fi
        WORKERS=$((10#$WORKERS))
    fi
    if [[ -n $PUBLIC_URL ]]; then
        [[ $PUBLIC_URL == http://* || $PUBLIC_URL == https://* ]] ||
            usage_error "--public-url must start with https://"
    fi
}

# env_value KEY: the value of KEY in the installed server.env ("" if none).
env_value() {
    local file line value
    file=$(t "$ENV_FILE")
    [[ -f $file ]] || return 0
    line=$(grep -m1 -E "^$1=" -- "$file" || true)
    value=${line#*=}
    value=${value#\'}
    printf '%s' "${value%\'}"
}

local_db_url() {
    printf 'postgresql+psycopg://%s@/%s?host=%s' "$KIOSK_USER" "$1" "$PG_SOCKET_DIR"
}

# resolve_settings: flags, else the installed server.env, else the defaults.
resolve_settings() {
    local existing
    existing=$(env_value KIOSK_SERVER_DB)
    if [[ -z $DB_MODE ]]; then
        if [[ -z $existing ]]; then
            DB_MODE=local
        elif [[ $existing == "sqlite:///$SQLITE_FILE" ]]; then
            DB_MODE=sqlite
        elif [[ $existing == "postgresql+psycopg://$KIOSK_USER@/"*"?host=$PG_SOCKET_DIR" ]]; then
            DB_MODE=local
            PG_DATABASE=${existing#"postgresql+psycopg://$KIOSK_USER@/"}
            PG_DATABASE=${PG_DATABASE%"?host=$PG_SOCKET_DIR"}
        else
            DB_MODE=url
            DB_URL=$existing
        fi
    fi
    case $DB_MODE in
    local) PG_DATABASE=${PG_DATABASE:-kiosk}; DB_URL=$(local_db_url "$PG_DATABASE") ;;
    sqlite) DB_URL="sqlite:///$SQLITE_FILE" ;;
    esac
    HOST=${HOST:-$(env_value KIOSK_SERVER_HOST)}
    HOST=${HOST:-127.0.0.1}
    PORT=${PORT:-$(env_value KIOSK_SERVER_PORT)}
    PORT=${PORT:-8080}
    if [[ $DB_URL == sqlite:* ]]; then
        [[ -z $WORKERS || $WORKERS == 1 ]] || warn "SQLite serves one process: --workers 1"
        WORKERS=1
    else
        WORKERS=${WORKERS:-$(env_value KIOSK_SERVER_WORKERS)}
        if [[ -z $WORKERS ]]; then
            WORKERS=$(nproc 2>/dev/null || echo 1)
            ((WORKERS <= 8)) || WORKERS=8
        fi
    fi
}

# --- steps ---------------------------------------------------------------------------------

step_packages() {
    local packages=(python3 python3-venv util-linux) missing=() pkg
    [[ $DB_MODE != local ]] || packages+=(postgresql)
    if root_mode; then
        missing=("${packages[@]}")
    else
        for pkg in "${packages[@]}"; do
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
    if root_mode; then
        plan_note "if user $KIOSK_USER does not exist"
    elif id -u "$KIOSK_USER" >/dev/null 2>&1; then
        return 0
    fi
    sys useradd --system --user-group --home-dir "$DATA_DIR" --no-create-home \
        --shell /usr/sbin/nologin --comment "Dorfkiosk regional server" "$KIOSK_USER"
    root_mode || changed "created system user $KIOSK_USER"
}

step_dirs() {
    ensure_dir "$ETC_DIR" 0755 root:root
    ensure_dir "$DATA_DIR" 0700 "$KIOSK_USER:$KIOSK_GROUP"
}

# psql_postgres SQL: run SQL as the postgres superuser over the local socket.
psql_postgres() {
    sys runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "$1"
}

# pg_exists QUERY: whether the query returns a row (real mode).
pg_exists() {
    [[ $(runuser -u postgres -- psql -X -tA -d postgres -c "$1") == 1 ]]
}

step_postgres() {
    [[ $DB_MODE == local ]] || return 0
    local role_sql db_sql
    role_sql="CREATE ROLE \"$KIOSK_USER\" LOGIN"
    db_sql="CREATE DATABASE \"$PG_DATABASE\" OWNER \"$KIOSK_USER\" ENCODING 'UTF8' TEMPLATE template0"
    if root_mode; then
        sys systemctl enable --now postgresql.service
        plan_note "if role $KIOSK_USER does not exist"
        psql_postgres "$role_sql"
        plan_note "if database $PG_DATABASE does not exist"
        psql_postgres "$db_sql"
        return 0
    fi
    if ! systemctl is-active --quiet postgresql.service; then
        systemctl enable --now --quiet postgresql.service
        changed "started postgresql.service"
    fi
    if ! pg_exists "SELECT 1 FROM pg_roles WHERE rolname = '$KIOSK_USER'"; then
        psql_postgres "$role_sql"
        changed "created PostgreSQL role $KIOSK_USER"
    fi
    if ! pg_exists "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'"; then
        psql_postgres "$db_sql"
        changed "created PostgreSQL database $PG_DATABASE"
    fi
}

step_env() {
    local candidate
    candidate=$(mktemp)
    {
        printf '# Dorfkiosk regional server, read by %s (EnvironmentFile=) and by\n' "$UNIT"
        printf '# %s. Written by install-server.sh; flags change it, other edits\n' "$ADMIN_TOOL"
        printf '# are overwritten on the next run. Values in single quotes, no quotes inside.\n'
        printf "KIOSK_SERVER_DB='%s'\n" "$DB_URL"
        printf "KIOSK_SERVER_HOST='%s'\n" "$HOST"
        printf "KIOSK_SERVER_PORT='%s'\n" "$PORT"
        printf "KIOSK_SERVER_WORKERS='%s'\n" "$WORKERS"
    } >"$candidate"
    put_file "$candidate" "$ENV_FILE" 0640 "root:$KIOSK_GROUP" || true
    rm -f -- "$candidate"
}

# server_kiosk BIN ARGS...: `kiosk server ARGS` with the server's database, as the
# kiosk-server user (real mode), as the current user (root mode with a real venv), or recorded.
server_kiosk() {
    local bin=$1
    shift
    if ! real_venv; then
        plan_note "with KIOSK_SERVER_DB from $ENV_FILE"
        plan_line runuser -u "$KIOSK_USER" -- "$bin" server "$@"
        return 0
    fi
    # A new SQLite file is the server's alone, as under the unit's UMask=0077.
    if root_mode; then
        local url=$DB_URL
        [[ $url != "sqlite:///$SQLITE_FILE" ]] || url="sqlite:///$(t "$SQLITE_FILE")"
        (umask 077 && KIOSK_SERVER_DB=$url KIOSK_SERVER_DATA_DIR=$(t "$DATA_DIR") \
            "$(t "$bin")" server "$@")
    else
        (umask 077 && cd "$DATA_DIR" && KIOSK_SERVER_DB=$DB_URL HOME=$DATA_DIR \
            runuser -u "$KIOSK_USER" -- "$bin" server "$@")
    fi
}

NEW_RELEASE=""
step_release() {
    [[ -n $WHEEL ]] || { RELEASE_ID=$(link_target "$CURRENT_LINK"); return 0; }
    ensure_dir "$OPT_DIR" 0755 root:root
    install_release "$WHEEL" || die "could not install $(basename -- "$WHEEL") (see the pip output above)"
    [[ $(link_target "$CURRENT_LINK") == "$RELEASE_ID" ]] || NEW_RELEASE=$RELEASE_ID
}

# The release about to run migrates the database before it becomes `current`: a failed
# migration leaves the running server on its release and schema.
step_migrate() {
    local output
    say "database: migrating with release $RELEASE_ID"
    if ! output=$(server_kiosk "$RELEASES_DIR/$RELEASE_ID/bin/kiosk" db upgrade 2>&1); then
        printf '%s\n' "$output" >&2
        die "kiosk server db upgrade failed; the server was left as it was"
    fi
    [[ -z $output ]] || say "$output"
}

step_switch() {
    local old
    [[ -n $NEW_RELEASE ]] || return 0
    old=$(link_target "$CURRENT_LINK")
    [[ -z $old ]] || switch_link "$PREVIOUS_LINK" "$old"
    switch_link "$CURRENT_LINK" "$NEW_RELEASE"
    prune_releases
}

systemd_running() { [[ -d /run/systemd/system ]]; }

step_units() {
    local units_changed=0
    put_file "$INSTALLER_DIR/systemd/$UNIT" "$UNIT_DIR/$UNIT" 0644 && units_changed=1
    put_file "$INSTALLER_DIR/lib/kiosk-server-admin.sh" "$ADMIN_TOOL" 0755 || true
    if ((units_changed)) && { root_mode || systemd_running; }; then
        sys systemctl daemon-reload
    fi
    if root_mode; then
        sys systemctl enable "$UNIT"
    elif ! systemctl is-enabled --quiet "$UNIT" 2>/dev/null; then
        systemctl enable --quiet "$UNIT"
        changed "enabled $UNIT"
    fi
}

step_start() {
    local before=$1
    ((NO_START)) && return 0
    if root_mode; then
        if ((CHANGES > before)); then
            sys systemctl restart "$UNIT"
        else
            sys systemctl start "$UNIT"
        fi
        return 0
    fi
    if ! systemd_running; then
        say "systemd is not running here (image build?): the server starts at the next boot"
        return 0
    fi
    if ((CHANGES > before)) && systemctl is-active --quiet "$UNIT"; then
        systemctl restart "$UNIT"
        say "restarted $UNIT"
    elif ! systemctl is-active --quiet "$UNIT"; then
        systemctl start "$UNIT"
        say "started $UNIT"
    fi
}

next_steps() {
    local url=${PUBLIC_URL:-https://kiosk.region.example}
    cat <<EOF

Next steps:
  1. TLS: put a reverse proxy in front of http://$HOST:$PORT (examples in
     installer/examples/: nginx-kiosk-server.conf, Caddyfile) and check it:
       curl -fsS $url/api/v1/health
  2. A hub, the region's content, the hub's appointment calendar (without one every
     booking ends up as a conflict for staff), and a one-time enrolment code per terminal:
       sudo kiosk-server-admin hub add lindenbach "Dorfbüro Lindenbach"
       sudo kiosk-server-admin content import content-pack.json
       sudo kiosk-server-admin calendar set lindenbach --from-content
       sudo kiosk-server-admin enroll-code --hub lindenbach
  3. On the terminal:
       sudo installer/install-terminal.sh --wheel WHEEL --server-url $url \\
           --enroll $url CODE
  4. The fleet: sudo kiosk-server-admin terminals
     A lost or stolen terminal: sudo kiosk-server-admin revoke TERMINAL
  Logs: journalctl -u $UNIT
EOF
}

install() {
    resolve_settings
    begin
    step_packages
    step_user
    step_dirs
    local before=$CHANGES
    step_postgres
    step_env
    step_release
    step_migrate
    step_switch
    step_units
    step_start "$before"
    if ((CHANGES)); then
        say "done: $CHANGES changes"
    else
        say "done: nothing to change"
    fi
    next_steps
}

parse_args "$@"
install
