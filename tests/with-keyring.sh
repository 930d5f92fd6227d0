#!/bin/sh
# Runs a command with a throw-away, unlocked GNOME keyring on a private session bus.
# Usage: dbus-run-session -- tests/with-keyring.sh ctest --preset keychain
set -eu
HOME="$(mktemp -d)"
export HOME
mkdir -p "$HOME/.local/share/keyrings"
eval "$(printf '%s' 'test-only-password' | gnome-keyring-daemon --unlock --components=secrets)"
exec "$@"
