"""Helpers for the installer tests: run the bash scripts against a scratch root and read
what they left there."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import sysconfig
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
INSTALLER = REPO / "installer"
PLAN = Path("var/log/kiosk-install.plan")
UPDATE_PLAN = Path("var/log/kiosk-update.plan")


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str


def run_script(
    script: str, *args: str | os.PathLike[str], env: dict[str, str] | None = None
) -> Run:
    """Run installer/SCRIPT with stdin not a tty (so it never prompts)."""
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run(
        ["bash", str(INSTALLER / script), *map(str, args)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=600,
        check=False,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


@dataclass(frozen=True)
class Entry:
    kind: str  # "dir", "file", "link"
    mode: int
    detail: str  # sha256 of a file, target of a link, "" for a dir
    mtime_ns: int
    inode: int


def snapshot(root: Path, exclude: Sequence[Path] = ()) -> dict[str, Entry]:
    """Every path under ``root`` (relative), with its kind, mode, content and identity."""
    skip = {str(p) for p in exclude}
    found: dict[str, Entry] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in [*dirnames, *filenames]:
            path = Path(dirpath) / name
            rel = str(path.relative_to(root))
            if rel in skip:
                continue
            st = path.lstat()
            if stat.S_ISLNK(st.st_mode):
                entry = Entry("link", 0, os.readlink(path), st.st_mtime_ns, st.st_ino)
            elif stat.S_ISDIR(st.st_mode):
                entry = Entry("dir", stat.S_IMODE(st.st_mode), "", st.st_mtime_ns, st.st_ino)
            else:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                entry = Entry("file", stat.S_IMODE(st.st_mode), digest, st.st_mtime_ns, st.st_ino)
            found[rel] = entry
    return found


def plan_lines(root: Path, plan: Path = PLAN) -> list[str]:
    """The commands recorded in a plan (comments left out)."""
    text = (root / plan).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@pytest.fixture(scope="session")
def project_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel of this project as it is now (version N)."""
    return build_wheel(tmp_path_factory.mktemp("wheel-n"))


def _build_isolation_args() -> list[str]:
    """Build offline with this venv's hatchling if it has one, else let pip fetch it."""
    try:
        import hatchling  # noqa: F401
    except ImportError:
        return []
    return ["--no-build-isolation"]


def build_wheel(
    workdir: Path, *, version: str | None = None, customize: Callable[[Path], None] | None = None
) -> Path:
    """Copy the project's buildable parts to ``workdir/src``, adjust, and build a wheel."""
    src = workdir / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    src.mkdir(parents=True)
    for part in ("kiosk", "migrations", "resources"):
        shutil.copytree(REPO / part, src / part, ignore=ignore)
    for part in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / part, src / part)
    if version is not None:
        set_version(src, version)
    if customize is not None:
        customize(src)
    out = workdir / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(src),
            "--no-deps",
            *_build_isolation_args(),
            "--disable-pip-version-check",
            "-q",
            "-w",
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = out.glob("dorfkiosk-*.whl")
    return wheel


def set_version(src: Path, version: str) -> None:
    import re

    pyproject = src / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    text, count = re.subn(r'(?m)^version = "[^"]+"$', f'version = "{version}"', text, count=1)
    assert count == 1, "pyproject.toml has no version line"
    pyproject.write_text(text, encoding="utf-8")
    init = src / "kiosk" / "__init__.py"
    text, count = re.subn(
        r'(?m)^__version__ = "[^"]+"$',
        f'__version__ = "{version}"',
        init.read_text(encoding="utf-8"),
    )
    assert count == 1, "kiosk/__init__.py has no __version__ line"
    init.write_text(text, encoding="utf-8")


def real_venv_env() -> dict[str, str]:
    """Environment for a --root run that builds real release venvs, reusing this venv's
    installed dependencies (PySide6 etc.) instead of downloading them."""
    base = getattr(sys, "_base_executable", sys.executable)
    return {
        "KIOSK_INSTALLER_REAL_VENV": "1",
        "KIOSK_INSTALLER_DEPS_FROM": sysconfig.get_paths()["purelib"],
        "KIOSK_INSTALLER_PYTHON": base,
    }
