#!/usr/bin/env bash
# Debian/Ubuntu packages the terminal needs (Qt's xcb/wayland libraries, fonts, speech), and with
# --test also what the test suite needs (Xvfb for screenshots, PostgreSQL for server tests).
# Uses sudo when not run as root.
set -euo pipefail

runtime=(
    python3 python3-venv python3-pip
    libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
    libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0
    libwayland-client0 libwayland-cursor0 libwayland-egl1
    fonts-dejavu-core fonts-noto-core libpulse0 libspeechd2 libpipewire-0.3-0 speech-dispatcher
)
test_only=(xvfb postgresql shellcheck systemd openssl nginx-light caddy)

packages=("${runtime[@]}")
if [[ "${1:-}" == "--test" ]]; then
    packages+=("${test_only[@]}")
elif [[ $# -gt 0 ]]; then
    echo "usage: $0 [--test]" >&2
    exit 2
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "system packages installed: ${#packages[@]}"
