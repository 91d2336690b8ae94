-- Lianban on a PostgreSQL server: give the application's role what an instance needs, and no
-- more. Run it as the database owner (the role `lianban migrate` runs as) after
-- `lianban migrate`, and again after every later `lianban migrate`:
--
--   psql "postgres://lianban_owner@db.example/lianban" -v app_role=lianban_app \
--        -f deploy/postgres/grant-app-role.sql
--
-- The application's role gets: CONNECT on the database; USAGE on the schemas public, pgboss
-- (the job queue) and drizzle (to read which migrations have run); SELECT, INSERT, UPDATE and
-- DELETE on every table in public and pgboss, except the audit tables (public.audit_*), which it
-- may only read and append to (SELECT, INSERT); USAGE and SELECT on their sequences; EXECUTE on
-- pg-boss's functions. It owns nothing, so it cannot ALTER or DROP a table, disable a trigger,
-- TRUNCATE, or create anything. Default privileges give tables a later migration adds the same
-- grants; a new audit_* table therefore gets UPDATE and DELETE too until this script is run
-- again, which is why it is run after every migration (instances of the application's role
-- refuse to start until it has been: they check these grants at start).
--
-- Safe to run again: every statement grants or revokes to the same end state.

\set ON_ERROR_STOP on

\if :{?app_role}
\else
DO $$ BEGIN
  RAISE EXCEPTION 'name the application''s role: psql -v app_role=lianban_app -f deploy/postgres/grant-app-role.sql';
END $$;
\endif

-- psql does not substitute its variables inside the dollar-quoted block below; a setting does.
SELECT set_config('lianban.app_role', :'app_role', false) AS app_role \gset

DO $grant$
DECLARE
  app text := current_setting('lianban.app_role');
  app_oid oid;
  db text := current_database();
  -- Tables are created by the database's owner (running `lianban migrate`); default privileges
  -- are set for that role, whoever runs this script (the owner, or a superuser).
  owner_name text;
  item record;
BEGIN
  SELECT oid INTO app_oid FROM pg_roles WHERE rolname = app;
  IF app_oid IS NULL THEN
    RAISE EXCEPTION 'role "%" does not exist: create it first (docs/OPERATIONS.md)', app;
  END IF;
  SELECT r.rolname INTO owner_name
    FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba WHERE d.datname = db;
  IF NOT pg_has_role(current_user, owner_name, 'MEMBER') THEN
    RAISE EXCEPTION 'run this script as the owner of database "%" (role "%")', db, owner_name;
  END IF;
  IF to_regnamespace('pgboss') IS NULL OR to_regclass('drizzle.__drizzle_migrations') IS NULL THEN
    RAISE EXCEPTION 'the database has not been migrated: run `lianban migrate` as "%" first', owner_name;
  END IF;

  -- The application's role must hold no power beyond these grants: not the owner's, not a
  -- superuser's, and no object of its own (an owner may ALTER its table and disable triggers).
  IF (SELECT rolsuper OR rolbypassrls OR rolcreaterole FROM pg_roles WHERE oid = app_oid) THEN
    RAISE EXCEPTION 'role "%" is a superuser or may bypass row security or create roles: use a plain LOGIN role', app;
  END IF;
  IF app = owner_name OR pg_has_role(app, owner_name, 'MEMBER') THEN
    RAISE EXCEPTION 'role "%" is (or is a member of) the database owner "%": use a role of its own', app, owner_name;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_class WHERE relowner = app_oid)
     OR EXISTS (SELECT 1 FROM pg_namespace WHERE nspowner = app_oid)
     OR EXISTS (SELECT 1 FROM pg_proc WHERE proowner = app_oid)
     OR EXISTS (SELECT 1 FROM pg_type WHERE typowner = app_oid) THEN
    RAISE EXCEPTION 'role "%" owns objects in database "%"; it must own nothing (as a superuser: REASSIGN OWNED BY % TO %)',
      app, db, quote_ident(app), quote_ident(owner_name);
  END IF;

  -- The database: connect, nothing else (no temporary tables, no schemas). Other roles that
  -- should connect (monitoring, reporting) get CONNECT of their own.
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', db);
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', db, app);
  -- PostgreSQL 15 no longer lets every role create in public; say so for older defaults too.
  REVOKE CREATE ON SCHEMA public FROM PUBLIC;

  EXECUTE format('GRANT USAGE ON SCHEMA public, pgboss, drizzle TO %I', app);
  -- Read, to check at start that no migration is pending.
  EXECUTE format('GRANT SELECT ON TABLE drizzle.__drizzle_migrations TO %I', app);

  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public, pgboss TO %I', app);
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public, pgboss TO %I', app);
  -- pg-boss's statements call its functions (job_now() in every one). None is SECURITY DEFINER:
  -- each runs with the caller's privileges, so this gives no DDL.
  EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pgboss TO %I', app);

  -- The audit trail: read and append only. Triggers refuse UPDATE, DELETE and TRUNCATE to every
  -- role as well; without these privileges the application's role is refused before them.
  FOR item IN
    SELECT schemaname, tablename FROM pg_tables
    WHERE schemaname = 'public' AND tablename LIKE 'audit\_%'
  LOOP
    EXECUTE format('REVOKE ALL ON TABLE %I.%I FROM %I', item.schemaname, item.tablename, app);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON TABLE %I.%I FROM PUBLIC', item.schemaname, item.tablename);
    EXECUTE format('GRANT SELECT, INSERT ON TABLE %I.%I TO %I', item.schemaname, item.tablename, app);
  END LOOP;

  -- What later migrations create (as the owner) gets the same grants at once; run this script
  -- again after each migration to narrow a new audit_* table back to SELECT, INSERT.
  EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public, pgboss GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', owner_name, app);
  EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public, pgboss GRANT USAGE, SELECT ON SEQUENCES TO %I', owner_name, app);
  EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA pgboss GRANT EXECUTE ON FUNCTIONS TO %I', owner_name, app);

  RAISE NOTICE 'granted role "%" what Lianban needs on database "%"', app, db;
END
$grant$;
