#!/usr/bin/env bash
# Installs FerretDB v1.24.2 (a MongoDB wire-protocol server) from the Go module proxy into
# $(go env GOPATH)/bin/ferretdb, as `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.2` would.
# Plain `go install …@v1.24.2` does not work here: the module proxy refuses the version-list
# lookup go install makes for its deprecation check, and the module zip lacks
# build/version/version.txt, without which the binary panics at start. So: download the module,
# copy it somewhere writable, write version.txt, build.
set -euo pipefail
VERSION=v1.24.2
command -v go >/dev/null 2>&1 || {
  echo "FerretDB needs Go to install: install Go 1.22+ (https://go.dev/doc/install) or set MONGODB_URI to a MongoDB server." >&2
  exit 3
}
BIN_DIR="$(go env GOPATH)/bin"
TARGET="$BIN_DIR/ferretdb"
# Read whole before matching: `| grep -q` would stop reading early, the binary would die of
# SIGPIPE, and pipefail would call a good install bad (a rebuild on about one start in five).
installed=$([ -x "$TARGET" ] && "$TARGET" --version 2>/dev/null || true)
if [[ "$installed" == *"version: $VERSION"* ]]; then
  echo "$TARGET"
  exit 0
fi
started=$(date +%s)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dir=$(cd "$work" && GOFLAGS=-mod=mod go mod download -json "github.com/FerretDB/FerretDB@$VERSION" | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')
[ -n "$dir" ] || { echo "go mod download of FerretDB $VERSION failed" >&2; exit 4; }
cp -r "$dir" "$work/src"
chmod -R u+w "$work/src"
echo "$VERSION" > "$work/src/build/version/version.txt"
mkdir -p "$BIN_DIR"
(cd "$work/src" && go build -o "$TARGET" ./cmd/ferretdb)
echo "installed FerretDB $VERSION at $TARGET in $(( $(date +%s) - started ))s" >&2
echo "$TARGET"
