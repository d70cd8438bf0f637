#!/usr/bin/env bash
# One backup: pgBackRest (full, diff or incr) of the stanza, then an encrypted snapshot of the
# document store's local directories taken right after it and named after the backup's label, so
# that each database backup has its blob set. Snapshots whose backup pgBackRest has expired are
# deleted: the document copies follow the database's retention (register rule « backups-35d »).
# In production with the S3 document store, the bucket's object versioning (with a lifecycle rule
# of 35 days on noncurrent versions) replaces the snapshot: set DOCUMENT_DIRS="" there.
#
# Usage (as root): ops/backup/backup.sh full|diff|incr
# Environment (defaults for a server installed by ops/backup/setup.sh):
#   PGBACKREST_CONFIG  /etc/pgbackrest/pgbackrest.conf
#   STANZA             integrance
#   APP_DATA_DIR       /var/lib/integrance          (the application's app.data-dir)
#   DOCUMENT_DIRS      "documents uploads"         (under APP_DATA_DIR; those absent are skipped)
#   SNAPSHOT_DIR       /var/lib/pgbackrest-documents
#   CIPHER_PASS_FILE   /etc/pgbackrest/cipher.pass  (the repository's passphrase, 0600; not committed)
#   PG_USER            postgres
set -euo pipefail
TYPE=${1:-}
case "$TYPE" in full | diff | incr) ;; *) echo "usage: $0 full|diff|incr" >&2; exit 2 ;; esac
PGBACKREST_CONFIG=${PGBACKREST_CONFIG:-/etc/pgbackrest/pgbackrest.conf}
STANZA=${STANZA:-integrance}
APP_DATA_DIR=${APP_DATA_DIR:-/var/lib/integrance}
DOCUMENT_DIRS=${DOCUMENT_DIRS-documents uploads}
SNAPSHOT_DIR=${SNAPSHOT_DIR:-/var/lib/pgbackrest-documents}
CIPHER_PASS_FILE=${CIPHER_PASS_FILE:-/etc/pgbackrest/cipher.pass}
PG_USER=${PG_USER:-postgres}

as_pg() { runuser -u "$PG_USER" -- "$@"; }
pgbr() { as_pg pgbackrest --config="$PGBACKREST_CONFIG" --stanza="$STANZA" "$@"; }

[ "$(id -u)" = 0 ] || { echo "$0: run as root (pgBackRest runs as $PG_USER)" >&2; exit 1; }
command -v pgbackrest >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q pgbackrest >/dev/null

pgbr --type="$TYPE" backup
info=$(pgbr --output=json info)
label=$(printf '%s' "$info" | jq -r '.[0].backup[-1].label')
stopped=$(printf '%s' "$info" | jq -r '.[0].backup[-1].timestamp.stop')
echo "backup $label ($TYPE) stopped at $(date -u -d "@$stopped" +%Y-%m-%dT%H:%M:%SZ)"

if [ -n "$DOCUMENT_DIRS" ]; then
  [ -r "$CIPHER_PASS_FILE" ] || { echo "$0: no passphrase file $CIPHER_PASS_FILE" >&2; exit 1; }
  present=()
  for dir in $DOCUMENT_DIRS; do [ -d "$APP_DATA_DIR/$dir" ] && present+=("$dir"); done
  install -d -m 0700 "$SNAPSHOT_DIR"
  snapshot="$SNAPSHOT_DIR/$label.tar.zst.enc"
  taken=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  # Blobs are written once under a new name and never changed in place, so a tar of a live
  # directory is a consistent set: every content whose row committed before the snapshot began.
  tar -C "$APP_DATA_DIR" --create --file - ${present[@]+"${present[@]}"} --files-from /dev/null \
    | zstd -q -T0 \
    | openssl enc -aes-256-cbc -pbkdf2 -iter 200000 -salt -pass "file:$CIPHER_PASS_FILE" -out "$snapshot.part"
  mv "$snapshot.part" "$snapshot"
  printf 'label=%s\ntype=%s\nbackup_stop=%s\nsnapshot_taken=%s\ndirectories=%s\n' \
    "$label" "$TYPE" "$stopped" "$taken" "${present[*]-}" >"$SNAPSHOT_DIR/$label.info"
  echo "document snapshot $snapshot (${present[*]-nothing}) taken $taken"
  # Drop the snapshots of the backups pgBackRest expired.
  kept=$(printf '%s' "$info" | jq -r '.[0].backup[].label')
  for file in "$SNAPSHOT_DIR"/*.info; do
    [ -e "$file" ] || continue
    old=$(basename "$file" .info)
    if ! grep -qxF "$old" <<<"$kept"; then
      rm -f "$SNAPSHOT_DIR/$old.tar.zst.enc" "$file"
      echo "document snapshot $old expired with its backup"
    fi
  done
fi
