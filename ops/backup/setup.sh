#!/usr/bin/env bash
# Sets up backups on the database server (as root, once; running it again changes nothing that
# exists): installs pgBackRest from Debian's packages, writes /etc/pgbackrest/pgbackrest.conf from
# ops/backup/pgbackrest.conf, creates the repository passphrase (64 random bytes, base64) in
# /etc/pgbackrest/cipher.pass and conf.d/cipher.conf (0600, never committed: copy it to the
# password safe NOW, a repository without its passphrase is lost), turns WAL archiving on
# (restarts the cluster the first time), creates the stanza, checks that a WAL segment reaches the
# repository, and prints how to enable the schedule.
# Environment: PG_VERSION (15), PG_CLUSTER (main), APP_DATA_DIR (/var/lib/integrance).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
PG_VERSION=${PG_VERSION:-15}
PG_CLUSTER=${PG_CLUSTER:-main}
[ "$(id -u)" = 0 ] || { echo "$0: run as root" >&2; exit 1; }
command -v pgbackrest >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q pgbackrest

install -d -m 0750 -o postgres -g postgres /etc/pgbackrest /etc/pgbackrest/conf.d /var/lib/pgbackrest \
  /var/log/pgbackrest /var/spool/pgbackrest
[ -e /etc/pgbackrest/pgbackrest.conf ] || install -m 0640 -o postgres -g postgres "$here/pgbackrest.conf" \
  /etc/pgbackrest/pgbackrest.conf
if [ ! -e /etc/pgbackrest/cipher.pass ]; then
  umask 077
  openssl rand -base64 64 | tr -d '\n' >/etc/pgbackrest/cipher.pass
  printf '[global]\nrepo1-cipher-pass=%s\n' "$(cat /etc/pgbackrest/cipher.pass)" >/etc/pgbackrest/conf.d/cipher.conf
  chown postgres:postgres /etc/pgbackrest/cipher.pass /etc/pgbackrest/conf.d/cipher.conf
  chmod 0600 /etc/pgbackrest/cipher.pass /etc/pgbackrest/conf.d/cipher.conf
  echo "NEW REPOSITORY PASSPHRASE in /etc/pgbackrest/cipher.pass: copy it to the password safe now."
fi

conf=/etc/postgresql/$PG_VERSION/$PG_CLUSTER/conf.d/archiving.conf
if [ ! -e "$conf" ]; then
  install -m 0644 -o postgres -g postgres "$here/postgresql-archiving.conf" "$conf"
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" restart
fi
runuser -u postgres -- pgbackrest --stanza=integrance stanza-create
runuser -u postgres -- pgbackrest --stanza=integrance check
echo "Schedule: cp $here/systemd/* /etc/systemd/system/ && systemctl daemon-reload &&"
echo "          systemctl enable --now integrance-backup-full.timer integrance-backup-diff.timer"
echo "  (or:    cp $here/cron.d-pgbackrest /etc/cron.d/pgbackrest)"
echo "First full backup now: $here/backup.sh full"
