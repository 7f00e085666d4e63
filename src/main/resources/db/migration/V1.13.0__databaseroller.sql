-- The application's database role (${appRolle}, the datasource user) gets what it needs and nothing it could use to
-- rewrite what the law needs kept. Flyway runs as the migration owner, which owns every table; the application role
-- owns nothing and is no superuser, so it can neither disable a trigger (ALTER TABLE is the owner's) nor skip them
-- (session_replication_role is the superuser's). The roles themselves are made by db/roller.sql before the first
-- migration. The privileges are listed in docs/operations.md, «Databaseroller»; DatabaserettigheterTest checks them.

-- Ordinary tables: read and write. Never TRUNCATE, REFERENCES or TRIGGER.
grant select, insert, update, delete on all tables in schema public to "${appRolle}";
grant usage, select on all sequences in schema public to "${appRolle}";

-- Append-only: the audit log (SPEC §3), the letters as sent, the frame's history and the payments.
revoke update, delete on hendelse, vedtaksbrev, rammeendring, utbetaling from "${appRolle}";
-- Proposed → approved → sent needs UPDATE; once sent, trg_vedtak_sendt_uendret refuses it. A decision is never deleted.
revoke delete on vedtak from "${appRolle}";
-- Views are read: written through, a view acts with its owner's rights on the table beneath.
revoke insert, update, delete on vedtak_mot_rammen, vedtak_i_kraft from "${appRolle}";
-- Flyway's bookkeeping is the owner's alone.
revoke all on ${flyway:table} from "${appRolle}";

-- Tables and sequences of later migrations get the ordinary rights by themselves. A later append-only table, or a
-- view, revokes the rest in its own migration and is listed in DatabaserettigheterTest.
alter default privileges in schema public grant select, insert, update, delete on tables to "${appRolle}";
alter default privileges in schema public grant usage, select on sequences to "${appRolle}";
