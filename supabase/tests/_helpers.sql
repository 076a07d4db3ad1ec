-- Assertion helpers for the SQL test files, in the spirit of pgTAP (which PGlite cannot load). The runner
-- installs this file into a scratch `tests` schema, runs each test file inside a transaction, reads
-- tests.results and rolls everything back. Each helper records one named result; nothing here raises, so one
-- failing assertion does not hide the ones after it.

create schema if not exists tests;
grant usage on schema tests to anon, authenticated;

create table if not exists tests.results (
  n serial primary key,
  ok boolean not null,
  description text not null,
  diag text
);
grant select, insert on tests.results to anon, authenticated;
grant usage on sequence tests.results_n_seq to anon, authenticated;
comment on table tests.results is 'One row per assertion of the running test file.';

create or replace function tests.ok(cond boolean, description text, diag text default null)
returns void language sql as $$
  insert into tests.results (ok, description, diag) values (coalesce(cond, false), description,
    case when coalesce(cond, false) then null else coalesce(diag, 'condition was ' || coalesce(cond::text, 'null')) end)
$$;
comment on function tests.ok(boolean, text, text) is 'Passes when cond is true.';

create or replace function tests.is(have anycompatible, want anycompatible, description text)
returns void language sql as $$
  select tests.ok(have is not distinct from want, description,
    format('have: %s, want: %s', coalesce(have::text, 'null'), coalesce(want::text, 'null')))
$$;
comment on function tests.is(anycompatible, anycompatible, text) is 'Passes when have equals want (nulls equal).';

-- Runs sql and expects it to fail with the given i18n key (HINT of private.fail) or, failing that, a message
-- matching the LIKE pattern. The statement runs in a subtransaction, so its effects are undone either way.
create or replace function tests.throws(sql text, expected text, description text)
returns void language plpgsql as $$
declare
  msg text;
  hint text;
begin
  begin
    execute sql;
  exception when others then
    get stacked diagnostics msg = message_text, hint = pg_exception_hint;
    perform tests.ok(hint = expected or msg like expected, description,
      format('raised "%s" (hint %s), expected %s', msg, coalesce(hint, 'none'), expected));
    return;
  end;
  perform tests.ok(false, description, format('no error raised, expected %s', expected));
end
$$;
comment on function tests.throws(text, text, text) is 'Passes when sql raises an error with the expected key or message.';

create or replace function tests.lives(sql text, description text)
returns void language plpgsql as $$
declare
  msg text;
begin
  begin
    execute sql;
  exception when others then
    get stacked diagnostics msg = message_text;
    perform tests.ok(false, description, 'raised: ' || msg);
    return;
  end;
  perform tests.ok(true, description);
end
$$;
comment on function tests.lives(text, text) is 'Passes when sql runs without error (its effects are kept).';

-- Acting as a role: what PostgREST does for each request, for the rest of the transaction.
create or replace function tests.act_as(user_id uuid)
returns void language sql as $$
  select set_config('request.jwt.claims', json_build_object('sub', user_id, 'role', 'authenticated')::text, true),
         set_config('role', 'authenticated', true)
$$;
comment on function tests.act_as(uuid) is 'Continue as the signed-in user with this id (role authenticated).';

create or replace function tests.act_as_anon()
returns void language sql as $$
  select set_config('request.jwt.claims', '{"role":"anon"}', true), set_config('role', 'anon', true)
$$;
comment on function tests.act_as_anon() is 'Continue as an anonymous visitor.';

create or replace function tests.act_as_owner()
returns void language sql as $$
  select set_config('request.jwt.claims', '', true), set_config('role', 'none', true)
$$;
comment on function tests.act_as_owner() is 'Back to the database owner (no RLS), e.g. to check what is stored.';

grant execute on all functions in schema tests to anon, authenticated;
