"""install-server.sh against a scratch root: the tree, modes, owner intent and commands it
produces, twice (idempotence); settings kept across runs; an update migrating before it
switches; a failed migration leaving the running release alone; the local PostgreSQL SQL and
database URL against a real PostgreSQL; the unit under `systemd-analyze verify`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.server.schema import schema_status
from tests.installer.conftest import (
    INSTALLER,
    build_wheel,
    real_venv_env,
    run_script,
    snapshot,
)
from tests.installer.test_static_checks import HOST_UNITS, _verify
from tests.server.conftest import postgres_server  # noqa: F401  (the throwaway cluster)

PLAN = Path("var/log/kiosk-server-install.plan")
ENV = "etc/kiosk/server.env"
UNIT = "etc/systemd/system/kiosk-server.service"
ADMIN = "usr/local/sbin/kiosk-server-admin"


def install(root: Path, *args: str | os.PathLike[str], env: dict[str, str] | None = None) -> str:
    result = run_script("install-server.sh", "--root", root, *args, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def plan(root: Path) -> list[str]:
    text = (root / PLAN).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def env_file(root: Path) -> dict[str, str]:
    values = {}
    for line in (root / ENV).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, value = line.split("=", 1)
            assert value.startswith("'") and value.endswith("'"), line
            values[key] = value[1:-1]
    return values


def releases(root: Path) -> list[str]:
    return sorted(p.name for p in (root / "opt/kiosk-server/releases").iterdir())


def other_wheel(tmp_path: Path, wheel: Path, version: str) -> Path:
    """A wheel file that is a different release (name and sha256) for a plan-mode run."""
    target = tmp_path / "other" / wheel.name.replace(wheel.name.split("-")[1], version)
    target.parent.mkdir(parents=True)
    target.write_bytes(wheel.read_bytes() + b"\0")
    return target


# --- plan mode: files and commands ----------------------------------------------------------


def test_first_install_produces_exactly_the_expected_tree(tmp_path: Path, project_wheel: Path):
    root = tmp_path / "root"
    out = install(root, "--wheel", project_wheel, "--public-url", "https://kiosk.lk.example")

    (release,) = releases(root)
    assert release.startswith(project_wheel.name.split("-")[1] + "-")
    tree = snapshot(root)
    expected = {
        "etc/kiosk": ("dir", 0o755),
        ENV: ("file", 0o640),
        UNIT: ("file", 0o644),
        ADMIN: ("file", 0o755),
        "opt/kiosk-server": ("dir", 0o755),
        "opt/kiosk-server/releases": ("dir", 0o755),
        f"opt/kiosk-server/releases/{release}": ("dir", 0o755),
        f"opt/kiosk-server/releases/{release}/.dorfkiosk-release": ("file", 0o644),
        "opt/kiosk-server/current": ("link", 0),
        "var/lib/kiosk-server": ("dir", 0o700),
        str(PLAN): ("file", 0o644),
        "run/lock/kiosk-installer.lock": ("file", 0o644),
    }
    parents = {"etc", "etc/systemd", "etc/systemd/system", "opt", "var", "var/lib", "var/log",
               "run", "run/lock", "usr", "usr/local", "usr/local/sbin"}  # fmt: skip
    assert set(tree) == set(expected) | parents
    for path, (kind, mode) in expected.items():
        assert (tree[path].kind, tree[path].mode) == (kind, mode), path
    assert tree["opt/kiosk-server/current"].detail == f"releases/{release}"
    assert (root / UNIT).read_bytes() == (INSTALLER / "systemd/kiosk-server.service").read_bytes()
    assert (root / ADMIN).read_bytes() == (INSTALLER / "lib/kiosk-server-admin.sh").read_bytes()

    # Local PostgreSQL over the socket, peer authentication: no password anywhere.
    cores = min(len(os.sched_getaffinity(0)), 8)
    assert env_file(root) == {
        "KIOSK_SERVER_DB": "postgresql+psycopg://kiosk-server@/kiosk?host=/var/run/postgresql",
        "KIOSK_SERVER_HOST": "127.0.0.1",
        "KIOSK_SERVER_PORT": "8080",
        "KIOSK_SERVER_WORKERS": str(cores),
    }
    # The admin commands to create a hub and an enrolment code are printed.
    assert 'kiosk-server-admin hub add lindenbach "Dorfbüro Lindenbach"' in out
    assert "kiosk-server-admin enroll-code --hub lindenbach" in out
    assert "--enroll https://kiosk.lk.example CODE" in out


def test_plan_records_user_postgres_owners_venv_migration_and_unit(
    tmp_path: Path, project_wheel: Path
):
    root = tmp_path / "root"
    install(root, "--wheel", project_wheel)
    lines = plan(root)
    (release,) = releases(root)
    bin_dir = f"/opt/kiosk-server/releases/{release}/bin"

    apt = next(line for line in lines if "apt-get install" in line)
    assert apt.endswith(" postgresql") or " postgresql " in apt
    assert " python3-venv" in apt
    useradd = next(line for line in lines if line.startswith("useradd "))
    assert "--system" in useradd and "--shell /usr/sbin/nologin" in useradd
    assert "--home-dir /var/lib/kiosk-server" in useradd
    assert useradd.endswith(" kiosk-server")
    assert "chown kiosk-server:kiosk-server /var/lib/kiosk-server" in lines
    assert "chown root:kiosk-server /etc/kiosk/server.env" in lines
    assert "systemctl enable --now postgresql.service" in lines
    psql = [line for line in lines if line.startswith("runuser -u postgres -- psql ")]
    assert len(psql) == 2
    assert 'CREATE\\ ROLE\\ \\"kiosk-server\\"\\ LOGIN' in psql[0]
    assert 'CREATE\\ DATABASE\\ \\"kiosk\\"\\ OWNER\\ \\"kiosk-server\\"' in psql[1]
    pip = next(line for line in lines if " -m pip install " in line)
    assert pip.startswith(f"{bin_dir}/python -m pip install ")
    assert pip.endswith("\\[server\\]")  # the wheel with the server extra
    upgrade = f"runuser -u kiosk-server -- {bin_dir}/kiosk server db upgrade"
    assert upgrade in lines
    # Order: database before migration, migration before the unit starts.
    index = lines.index
    assert index(psql[1]) < index(upgrade) < index("systemctl restart kiosk-server.service")
    assert "systemctl daemon-reload" in lines
    assert "systemctl enable kiosk-server.service" in lines


def test_second_run_changes_nothing(tmp_path: Path, project_wheel: Path):
    root = tmp_path / "root"
    install(root, "--wheel", project_wheel)
    volatile = [PLAN, Path("run/lock/kiosk-installer.lock")]
    before = snapshot(root, exclude=volatile)
    out = install(root, "--wheel", project_wheel)
    assert "done: nothing to change" in out
    assert snapshot(root, exclude=volatile) == before  # not even rewritten (mtime, inode)
    lines = plan(root)
    assert not any(" -m venv " in line or " -m pip " in line for line in lines)
    assert "systemctl daemon-reload" not in lines
    assert "systemctl restart kiosk-server.service" not in lines
    assert "systemctl start kiosk-server.service" in lines
    # Without --wheel it works on the installed release, and still changes nothing.
    assert "done: nothing to change" in install(root)


def test_external_database_url_and_settings_are_kept_across_runs(
    tmp_path: Path, project_wheel: Path
):
    root = tmp_path / "root"
    url = "postgresql+psycopg://kiosk:s3cr%21t@db.region.example:5432/kiosk?sslmode=require"
    install(root, "--wheel", project_wheel, "--db-url", url, "--port", "9000", "--workers", "3")
    assert env_file(root) == {
        "KIOSK_SERVER_DB": url,
        "KIOSK_SERVER_HOST": "127.0.0.1",
        "KIOSK_SERVER_PORT": "9000",
        "KIOSK_SERVER_WORKERS": "3",
    }
    lines = plan(root)
    assert not any("psql" in line or "postgresql.service" in line for line in lines)
    assert "postgresql" not in next(line for line in lines if "apt-get install" in line)
    assert "s3cr" not in (root / PLAN).read_text()  # the password stays in server.env only
    assert "s3cr" not in install(root)  # a re-run without flags keeps everything
    assert env_file(root)["KIOSK_SERVER_DB"] == url
    assert env_file(root)["KIOSK_SERVER_PORT"] == "9000"
    install(root, "--workers", "5")  # one flag changes one value
    assert env_file(root)["KIOSK_SERVER_WORKERS"] == "5"
    assert env_file(root)["KIOSK_SERVER_DB"] == url


def test_local_database_name_is_kept(tmp_path: Path, project_wheel: Path):
    root = tmp_path / "root"
    install(root, "--wheel", project_wheel, "--pg-database", "kiosk_region")
    assert env_file(root)["KIOSK_SERVER_DB"].endswith("@/kiosk_region?host=/var/run/postgresql")
    install(root)
    assert env_file(root)["KIOSK_SERVER_DB"].endswith("@/kiosk_region?host=/var/run/postgresql")
    assert any('DATABASE\\ \\"kiosk_region\\"' in line for line in plan(root))


def test_sqlite_runs_one_worker(tmp_path: Path, project_wheel: Path):
    root = tmp_path / "root"
    run = run_script("install-server.sh", "--root", root, "--wheel", project_wheel, "--sqlite",
                     "--workers", "4")  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "SQLite serves one process" in run.stderr
    assert env_file(root)["KIOSK_SERVER_DB"] == "sqlite:////var/lib/kiosk-server/server.sqlite3"
    assert env_file(root)["KIOSK_SERVER_WORKERS"] == "1"


def test_a_new_wheel_migrates_with_the_new_release_then_switches(
    tmp_path: Path, project_wheel: Path
):
    root = tmp_path / "root"
    install(root, "--wheel", project_wheel)
    (old,) = releases(root)
    newer = other_wheel(tmp_path, project_wheel, "9.9.9")
    out = install(root, "--wheel", newer)
    new = next(r for r in releases(root) if r.startswith("9.9.9-"))
    assert sorted([old, new]) == releases(root)
    assert os.readlink(root / "opt/kiosk-server/current") == f"releases/{new}"
    assert os.readlink(root / "opt/kiosk-server/previous") == f"releases/{old}"
    assert out.index(f"migrating with release {new}") < out.index("current -> releases/")
    lines = plan(root)
    assert (
        f"runuser -u kiosk-server -- /opt/kiosk-server/releases/{new}/bin/kiosk server db upgrade"
        in lines
    )
    assert "systemctl restart kiosk-server.service" in lines


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--port", "0"], "--port must be 1-65535"),
        (["--workers", "100"], "--workers must be 1-64"),
        (["--db-url", "postgresql+psycopg://u:it's@h/db"], "must not contain quotes"),
        (["--db-url", "mysql://h/db"], "--db-url must be postgresql"),
        (["--sqlite", "--db-url", "sqlite:////x.db"], "choose one of"),
        (["--db-url", "sqlite:////x.db", "--pg-database", "k"], "--pg-database belongs to"),
        (["--pg-database", "Kiosk-DB"], "--pg-database: use lowercase"),
        (["--public-url", "kiosk.example"], "--public-url must start with https://"),
        (["--frobnicate"], "unknown argument: --frobnicate"),
        ([], "--wheel is required"),
    ],
)
def test_bad_flags_exit_2_with_one_line_and_write_nothing(
    tmp_path: Path, project_wheel: Path, args: list[str], message: str
):
    root = tmp_path / "root"
    wheel = [] if args == [] else ["--wheel", str(project_wheel)]
    result = run_script("install-server.sh", "--root", root, *wheel, *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert list(root.iterdir()) == []


def test_help():
    result = run_script("install-server.sh", "--help")
    assert result.returncode == 0
    for flag in ("--postgres-local", "--db-url", "--sqlite", "--root", "--wheel"):
        assert flag in result.stdout


# --- real release venv: the schema is really migrated, the admin commands work ----------------


@pytest.fixture(scope="module")
def next_server_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Version N+1 whose `kiosk server db upgrade` always fails."""

    def break_server_upgrade(src: Path) -> None:
        cli = src / "kiosk/server/cli.py"
        text = cli.read_text(encoding="utf-8")
        marker = "def _cmd_db_upgrade(args: argparse.Namespace) -> int:\n"
        assert marker in text
        cli.write_text(
            text.replace(marker, marker + '    raise SystemExit("simulated migration failure")\n'),
            encoding="utf-8",
        )

    return build_wheel(
        tmp_path_factory.mktemp("server-n1"), version="0.99.0", customize=break_server_upgrade
    )


@pytest.mark.slow
def test_sqlite_server_is_migrated_and_a_failed_migration_keeps_the_running_release(
    tmp_path: Path, project_wheel: Path, next_server_wheel: Path
):
    root = tmp_path / "root"
    env = real_venv_env()
    out = install(root, "--wheel", project_wheel, "--sqlite", env=env)
    assert "database upgraded: (empty) ->" in out
    database = root / "var/lib/kiosk-server/server.sqlite3"
    status = schema_status(f"sqlite:///{database}")
    assert status.is_current
    assert database.stat().st_mode & 0o077 == 0
    assert "database already at schema" in install(root, env=env)

    # The admin commands the installer prints work against what it installed.
    kiosk = root / "opt/kiosk-server/current/bin/kiosk"
    admin_env = {**os.environ, "KIOSK_SERVER_DB": f"sqlite:///{database}"}

    def admin(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(kiosk), "server", *args], env=admin_env, capture_output=True,
                              text=True, timeout=120, check=False)  # fmt: skip

    assert admin("hub", "add", "lindenbach", "Dorfbüro Lindenbach").returncode == 0
    code = admin("enroll-code", "--hub", "lindenbach")
    assert code.returncode == 0, code.stderr
    assert code.stdout.strip()

    (old,) = releases(root)
    result = run_script("install-server.sh", "--root", root, "--wheel", next_server_wheel, env=env)
    assert result.returncode == 1
    assert "simulated migration failure" in result.stderr
    assert "the server was left as it was" in result.stderr
    assert os.readlink(root / "opt/kiosk-server/current") == f"releases/{old}"
    assert "lindenbach" in admin("hub", "list").stdout


# --- local PostgreSQL: the installer's SQL and URL against a real PostgreSQL -----------------


@pytest.fixture
def postgres_port(request: pytest.FixtureRequest) -> Iterator[int]:
    from tests.server import conftest as server_conftest

    if not (server_conftest.PG_BIN / "initdb").exists() or shutil.which("psql") is None:
        pytest.skip("PostgreSQL 15 or psql is not installed")
    url: str = request.getfixturevalue("postgres_server")
    yield int(url.rsplit(":", 1)[1])


@pytest.mark.slow
def test_local_postgres_statements_and_url_work(
    tmp_path: Path, project_wheel: Path, postgres_port: int
):
    root = tmp_path / "root"
    install(root, "--wheel", project_wheel, "--pg-database", "kiosk_installer_test")
    psql_lines = [line for line in plan(root) if line.startswith("runuser -u postgres -- psql ")]
    # Run the recorded commands as written, with `runuser -u postgres --` standing for a
    # superuser connection to the test cluster.
    shim = (
        f'runuser() {{ shift 3; local exe=$1; shift; "$exe" -h 127.0.0.1 -p {postgres_port} '
        '-U postgres "$@"; }\n'
    )

    def superuser(database: str, sql: str) -> list[str]:
        return ["psql", "-X", "-h", "127.0.0.1", "-p", str(postgres_port), "-U", "postgres",
                "-d", database, "-v", "ON_ERROR_STOP=1", "-c", sql]  # fmt: skip

    try:
        done = subprocess.run(["bash", "-c", shim + "\n".join(psql_lines)], capture_output=True,
                              text=True, timeout=60, check=False)  # fmt: skip
        assert done.returncode == 0, done.stderr
        url = env_file(root)["KIOSK_SERVER_DB"].replace(
            "host=/var/run/postgresql", f"host=127.0.0.1&port={postgres_port}"
        )
        migrate = subprocess.run(
            [str(Path(sys.executable).parent / "kiosk"), "server", "db", "upgrade"],
            env={**os.environ, "KIOSK_SERVER_DB": url}, capture_output=True, text=True,
            timeout=120, check=False,
        )  # fmt: skip
        assert migrate.returncode == 0, migrate.stderr
        owner = subprocess.run(
            superuser("kiosk_installer_test",
                      "SELECT tableowner FROM pg_tables WHERE tablename = 'alembic_version'"),
            capture_output=True, text=True, timeout=60, check=True,
        )  # fmt: skip
        assert "kiosk-server" in owner.stdout  # the server's role owns its schema
    finally:
        for sql in ('DROP DATABASE IF EXISTS "kiosk_installer_test"',
                    'DROP ROLE IF EXISTS "kiosk-server"'):  # fmt: skip
            subprocess.run(superuser("postgres", sql), capture_output=True, timeout=60, check=False)


# --- systemd -------------------------------------------------------------------------------


@pytest.fixture
def verify_root(tmp_path: Path, project_wheel: Path) -> Path:
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed (apt-get install systemd)")
    if not (HOST_UNITS / "sysinit.target").exists():
        pytest.skip(f"{HOST_UNITS} has no systemd units to verify against")
    root = tmp_path / "root"
    install(root, "--wheel", project_wheel)
    shutil.copytree(HOST_UNITS, root / "usr/lib/systemd/system", symlinks=True)
    kiosk = root / "opt/kiosk-server/current/bin/kiosk"
    kiosk.parent.mkdir(parents=True, exist_ok=True)
    kiosk.write_text("#!/bin/sh\n")
    kiosk.chmod(0o755)
    return root


def test_systemd_analyze_verify_passes_on_the_server_unit(verify_root: Path):
    result = _verify(verify_root, ["/etc/systemd/system/kiosk-server.service"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
    assert result.stderr.strip() == ""


def test_systemd_analyze_verify_catches_a_missing_server_executable(verify_root: Path):
    (verify_root / "opt/kiosk-server/current/bin/kiosk").unlink()
    result = _verify(verify_root, ["/etc/systemd/system/kiosk-server.service"])
    assert result.returncode != 0
    assert "/opt/kiosk-server/current/bin/kiosk" in result.stderr


def test_server_unit_runs_kiosk_server_as_its_user_with_the_env_file():
    unit = (INSTALLER / "systemd/kiosk-server.service").read_text()
    assert "\nUser=kiosk-server\n" in unit
    assert "\nEnvironmentFile=/etc/kiosk/server.env\n" in unit
    assert (
        "\nExecStart=/opt/kiosk-server/current/bin/kiosk server run --host ${KIOSK_SERVER_HOST} "
        "--port ${KIOSK_SERVER_PORT} --workers ${KIOSK_SERVER_WORKERS}\n" in unit
    )
    assert "\nReadWritePaths=/var/lib/kiosk-server\n" in unit
    assert "\nWantedBy=multi-user.target\n" in unit


# --- reverse proxy examples ------------------------------------------------------------------


def test_nginx_example_is_valid(tmp_path: Path):
    """`nginx -t` on the example (Debian 12's nginx 1.22: no `http2 on;` yet)."""
    nginx = shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )
    openssl = shutil.which("openssl")
    if nginx is None or openssl is None:
        pytest.skip("nginx or openssl is not installed (apt-get install nginx-light)")
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(tmp_path / "key.pem"), "-out", str(tmp_path / "cert.pem"),
         "-days", "1", "-subj", "/CN=kiosk.region.example"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    site = (INSTALLER / "examples/nginx-kiosk-server.conf").read_text(encoding="utf-8")
    live = "/etc/letsencrypt/live/kiosk.region.example/"
    assert site.count(live) == 2
    site = site.replace(live + "fullchain.pem", str(tmp_path / "cert.pem"))
    site = site.replace(live + "privkey.pem", str(tmp_path / "key.pem"))
    (tmp_path / "site.conf").write_text(site, encoding="utf-8")
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{ access_log off; include {tmp_path}/site.conf; }}\n",
        encoding="utf-8",
    )
    result = subprocess.run([nginx, "-t", "-c", str(tmp_path / "nginx.conf")],
                            capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "proxy_pass http://kiosk_server;" in site
    assert "server 127.0.0.1:8080;" in site


def test_caddy_example_is_valid():
    caddy = shutil.which("caddy")
    if caddy is None:
        pytest.skip("caddy is not installed (apt-get install caddy)")
    result = subprocess.run(
        [caddy, "validate", "--config", str(INSTALLER / "examples/Caddyfile"),
         "--adapter", "caddyfile"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "reverse_proxy 127.0.0.1:8080" in (INSTALLER / "examples/Caddyfile").read_text()
