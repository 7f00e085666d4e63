-- The two database roles of Legevakttilskudd (docs/operations.md, «Databaseroller»), for the database this runs in.
-- Run by a superuser (or the database's owner with CREATEROLE) before the first migration, on every new server and
-- before a restore; running it again changes nothing but the passwords. The same file is run by the embedded
-- PostgreSQL in dev and tests (felles/local/Databaseroller), by the integration tests and by compose's PostgreSQL.
--
-- It reads four settings of the session, so that one file serves JDBC and psql alike:
--   legevakttilskudd.eier, legevakttilskudd.eier_passord   the migration owner: Flyway connects as it, it owns every object
--   legevakttilskudd.app,  legevakttilskudd.app_passord    the application: owns nothing, has only what V1.13.0 grants
-- An empty password leaves the role's password as it is (or without one, when the role is new). From psql the
-- settings are made with set_config before \i of this file: docs/operations.md and deploy/compose/initdb/10-roller.sh.
do $roller$
declare
    eier         text := current_setting('legevakttilskudd.eier');
    eier_passord text := current_setting('legevakttilskudd.eier_passord', true);
    app          text := current_setting('legevakttilskudd.app');
    app_passord  text := current_setting('legevakttilskudd.app_passord', true);
    navn         text;
    rolle        record;
    objekt       record;
begin
    if eier is null or eier = '' or app is null or app = '' or eier = app then
        raise exception 'To forskjellige roller trengs: legevakttilskudd.eier=% og legevakttilskudd.app=%', eier, app;
    end if;

    foreach navn in array array[eier, app] loop
        if not exists (select 1 from pg_roles where rolname = navn) then
            execute format('create role %I login nosuperuser nocreatedb nocreaterole noreplication nobypassrls', navn);
        end if;
    end loop;
    if coalesce(eier_passord, '') <> '' then
        execute format('alter role %I password %L', eier, eier_passord);
    end if;
    if coalesce(app_passord, '') <> '' then
        execute format('alter role %I password %L', app, app_passord);
    end if;

    -- A role that already existed is checked, not changed: what the application may do must not depend on who made it.
    select * into rolle from pg_roles where rolname = app;
    if rolle.rolsuper or rolle.rolcreaterole or rolle.rolcreatedb or rolle.rolbypassrls or rolle.rolreplication then
        raise exception 'Applikasjonsrollen % har for mye: superbruker, createrole, createdb, bypassrls eller replication', app;
    end if;
    if pg_has_role(app, eier, 'MEMBER') then
        raise exception 'Applikasjonsrollen % er medlem av eieren % og kan bli den', app, eier;
    end if;
    select * into rolle from pg_roles where rolname = eier;
    if rolle.rolsuper then
        raise exception 'Eieren % er superbruker: da kan den slå av triggerne uten å eie tabellene', eier;
    end if;

    execute format('grant connect on database %I to %I, %I', current_database(), eier, app);
    -- Objects are made by the owner only; the application finds them, nothing more.
    revoke create on schema public from public;
    execute format('grant usage, create on schema public to %I', eier);
    execute format('grant usage on schema public to %I', app);

    -- A database from before the two roles (or dev data from then) had everything owned by the one user that also ran
    -- the application: the owner takes it over, so the migrations can grant and revoke.
    for objekt in
        select format('alter %s %s owner to %I',
                      case c.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'S' then 'sequence' else 'table' end,
                      c.oid::regclass, eier) as sql
        from pg_class c
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S')
          and c.relowner <> (select oid from pg_roles where rolname = eier)
          -- identity and serial sequences follow their table
          and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i'))
          and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
        union all
        select format('alter function %s owner to %I', p.oid::regprocedure, eier)
        from pg_proc p
        where p.pronamespace = 'public'::regnamespace
          and p.proowner <> (select oid from pg_roles where rolname = eier)
          and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
    loop
        execute objekt.sql;
    end loop;
end
$roller$;
