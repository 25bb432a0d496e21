#!/usr/bin/env bash
# Runs a command inside the current D-Bus session with a fresh, unlocked gnome-keyring (Secret Service),
# so keychain tests use a real one. Called by scripts/test-all.ts under dbus-run-session.
set -euo pipefail
export XDG_DATA_HOME="$(mktemp -d)"
printf 'test-keyring-password' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
exec "$@"
