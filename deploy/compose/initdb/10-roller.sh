#!/bin/sh
# Run by PostgreSQL's image once, when the data volume is new (docker-entrypoint-initdb.d): the migration owner and the
# application's role, by the script every installation runs (src/main/resources/db/roller.sql, mounted read-only).
# The passwords come from the environment (\getenv), never from the command line. docs/operations.md, «Databaseroller».
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
\getenv eier_passord DB_MIGRERING_PASSWORD
\getenv app_passord DB_PASSWORD
select set_config('legevakttilskudd.eier', 'legevakttilskudd_eier', false),
       set_config('legevakttilskudd.eier_passord', :'eier_passord', false),
       set_config('legevakttilskudd.app', 'legevakttilskudd_app', false),
       set_config('legevakttilskudd.app_passord', :'app_passord', false);
\i /legevakttilskudd/roller.sql
SQL
