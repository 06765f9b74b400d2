#!/bin/sh
# Runs a test inside the current (private) D-Bus session with an unlocked gnome-keyring.
# Usage (under dbus-run-session): with-secret-service.sh TEST [ARGS...]
set -eu
HOME=$(mktemp -d)
export HOME XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
XDG_RUNTIME_DIR="$HOME/runtime"
export XDG_RUNTIME_DIR
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$HOME"' EXIT
# The keyring's unlock password is a throw-away for this test session only.
printf '%s' inbeeld-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$@"
