-- 16 The role matrix: for every role × table × operation, what the database lets them do, written down in one
-- table and checked by running each operation for real (in a subtransaction that is undone). A failing cell is
-- named "<role> × <table> × <operation>".
--
--   select  all     sees every row            insert  allowed  privileges and policies let a row through
--           some    sees part of them                 denied   refused
--           none    runs, sees nothing
--           denied  refused
--   update/delete: like select, counting the rows the statement would change.
--
-- The API roles write through functions (which check role and scope themselves, tested in 07–15); the only
-- direct write is the street admin tuning the courtyard scoring rule. Every exposed function is listed too, with
-- whether anonymous visitors and signed-in users may call it. A table or function added without a line here fails.

select tests.wf_setup();
-- Rows in the tables that the demo district leaves empty, so "none" means hidden, not absent.
create temp table fx on commit drop as select tests.wf_incident('pending') incident, tests.cy_inspect(tests.cy_new(), '{fire_lane}') inspection;
insert into public.incident_photos (incident_id, path, mime, bytes, width, height)
select incident, incident || '/x.jpg', 'image/jpeg', 10, 10, 10 from fx;
insert into public.incident_supporters (incident_id, user_id)
select incident, tests.wf_user(u) from fx, unnest(array['resident', 'other_resident']) u;
insert into public.inspection_photos (inspection_id, path, mime, bytes, width, height)
select inspection, inspection || '/x.jpg', 'image/jpeg', 10, 10, 10 from fx;
insert into public.invitations (email, display_name, role, grid_id)
select u || g || '@matrix.test', u, 'grid_worker', g from unnest(array['a', 'b']) u, (values (tests.wf_grid()), (tests.wf_grid(true))) v(g);
insert into public.audit_log (actor_id, action, object_type, object_id)
select tests.wf_user(u), 'reveal', 'households', '1' from unnest(array['grid_worker', 'department_staff']) u;
insert into public.visit_photos (visit_id, path, mime, bytes, width, height)
select v.id, v.household_id || '/' || v.client_id || '/x.jpg', 'image/jpeg', 10, 10, 10
from (values (tests.wf_grid()), (tests.wf_grid(true))) g(id)
cross join lateral (select v.* from public.household_visits v join public.grids u on u.id = v.grid_id
                    where u.path @> array[g.id] order by v.id limit 1) v;

create temp table matrix (tbl text, op text, anon text, resident text, department_staff text, grid_worker text,
  grid_leader text, community_admin text, district_admin text) on commit drop;
insert into matrix values
  ('audit_log', 'select', 'denied', 'none', 'none', 'none', 'none', 'some', 'all'),
  ('audit_log', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('audit_log', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('audit_log', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('courtyard_events', 'select', 'denied', 'none', 'none', 'some', 'some', 'some', 'all'),
  ('courtyard_events', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('courtyard_events', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('courtyard_events', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('courtyard_inspections', 'select', 'denied', 'none', 'none', 'some', 'some', 'some', 'all'),
  ('courtyard_inspections', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('courtyard_inspections', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('courtyard_inspections', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('courtyard_plates', 'select', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('courtyard_plates', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('courtyard_plates', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('courtyard_plates', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('courtyard_rectifications', 'select', 'denied', 'none', 'none', 'some', 'some', 'some', 'all'),
  ('courtyard_rectifications', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('courtyard_rectifications', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('courtyard_rectifications', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('courtyard_scoring_rule', 'select', 'all', 'all', 'all', 'all', 'all', 'all', 'all'),
  ('courtyard_scoring_rule', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('courtyard_scoring_rule', 'update', 'denied', 'none', 'none', 'none', 'none', 'none', 'all'),
  ('courtyard_scoring_rule', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('courtyards', 'select', 'all', 'all', 'all', 'all', 'all', 'all', 'all'),
  ('courtyards', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('courtyards', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('courtyards', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('departments', 'select', 'all', 'all', 'all', 'all', 'all', 'all', 'all'),
  ('departments', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('departments', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('departments', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('grid_staff', 'select', 'all', 'all', 'all', 'all', 'all', 'all', 'all'),
  ('grid_staff', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('grid_staff', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('grid_staff', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('grids', 'select', 'all', 'all', 'all', 'all', 'all', 'all', 'all'),
  ('grids', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('grids', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('grids', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('household_tags', 'select', 'all', 'all', 'all', 'all', 'all', 'all', 'all'),
  ('household_tags', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('household_tags', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('household_tags', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('households', 'select', 'none', 'none', 'none', 'some', 'some', 'some', 'all'),
  ('households', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('households', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('households', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_categories', 'select', 'all', 'all', 'all', 'all', 'all', 'all', 'all'),
  ('incident_categories', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_categories', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_categories', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_events', 'select', 'some', 'some', 'some', 'some', 'some', 'some', 'all'),
  ('incident_events', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_events', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_events', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_photos', 'select', 'all', 'all', 'all', 'all', 'all', 'all', 'all'),
  ('incident_photos', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_photos', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_photos', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_sources', 'select', 'all', 'all', 'all', 'all', 'all', 'all', 'all'),
  ('incident_sources', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_sources', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_sources', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_statuses', 'select', 'all', 'all', 'all', 'all', 'all', 'all', 'all'),
  ('incident_statuses', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_statuses', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_statuses', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_supporters', 'select', 'denied', 'some', 'none', 'none', 'none', 'none', 'none'),
  ('incident_supporters', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_supporters', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_supporters', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_transitions', 'select', 'all', 'all', 'all', 'all', 'all', 'all', 'all'),
  ('incident_transitions', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_transitions', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incident_transitions', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incidents', 'select', 'some', 'some', 'some', 'some', 'some', 'some', 'all'),
  ('incidents', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incidents', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('incidents', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('inspection_items', 'select', 'all', 'all', 'all', 'all', 'all', 'all', 'all'),
  ('inspection_items', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('inspection_items', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('inspection_items', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('inspection_photos', 'select', 'denied', 'none', 'none', 'all', 'all', 'all', 'all'),
  ('inspection_photos', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('inspection_photos', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('inspection_photos', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('inspection_results', 'select', 'denied', 'none', 'none', 'some', 'some', 'some', 'all'),
  ('inspection_results', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('inspection_results', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('inspection_results', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('invitations', 'select', 'denied', 'none', 'none', 'none', 'none', 'some', 'all'),
  ('invitations', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('invitations', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('invitations', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('profiles', 'select', 'denied', 'some', 'some', 'some', 'some', 'some', 'all'),
  ('profiles', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('profiles', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('profiles', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('household_members', 'select', 'denied', 'none', 'none', 'some', 'some', 'some', 'all'),
  ('household_members', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('household_members', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('household_members', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('household_tag_history', 'select', 'denied', 'none', 'none', 'some', 'some', 'some', 'all'),
  ('household_tag_history', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('household_tag_history', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('household_tag_history', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('household_visits', 'select', 'none', 'none', 'none', 'some', 'some', 'some', 'all'),
  ('household_visits', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('household_visits', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('household_visits', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('visit_cadence', 'select', 'denied', 'all', 'all', 'all', 'all', 'all', 'all'),
  ('visit_cadence', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('visit_cadence', 'update', 'denied', 'none', 'none', 'none', 'none', 'none', 'all'),
  ('visit_cadence', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('visit_photos', 'select', 'denied', 'none', 'none', 'some', 'some', 'some', 'all'),
  ('visit_photos', 'insert', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('visit_photos', 'update', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'),
  ('visit_photos', 'delete', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied');

create temp table exposed (fn text, anon text, signed_in text) on commit drop;
insert into exposed values
  ('courtyard_clear_override(bigint,text)', 'no', 'yes'),
  ('courtyard_detail(bigint)', 'no', 'yes'),
  ('courtyard_inspect(bigint,jsonb,text,integer,integer)', 'no', 'yes'),
  ('courtyard_issue_plate(bigint)', 'no', 'yes'),
  ('courtyard_landlord_phone(bigint)', 'no', 'yes'),
  ('courtyard_override(bigint,risk_level,integer,text)', 'no', 'yes'),
  ('courtyard_plates(bigint)', 'no', 'yes'),
  ('courtyard_public(text)', 'yes', 'yes'),
  ('courtyard_public_report(text,text,text,text,text)', 'yes', 'yes'),
  ('courtyard_revoke_plate(bigint)', 'no', 'yes'),
  ('courtyard_scoring_rule_get()', 'yes', 'yes'),
  ('audit_entries(integer)', 'no', 'yes'),
  ('department_queue()', 'yes', 'yes'),
  ('grid_at(double precision,double precision)', 'yes', 'yes'),
  ('grid_households(bigint)', 'yes', 'yes'),
  ('grid_households_json(bigint)', 'yes', 'yes'),
  ('grid_metrics(grid_level,date,date)', 'yes', 'yes'),
  ('grid_summary(bigint)', 'yes', 'yes'),
  ('grid_staff_phone(bigint)', 'no', 'yes'),
  ('grids_geojson()', 'yes', 'yes'),
  ('grids_geojson_digest()', 'yes', 'yes'),
  ('household_phone(bigint)', 'no', 'yes'),
  ('incident_add_photo(bigint,text,text,integer,integer,integer)', 'no', 'yes'),
  ('incident_detail(bigint)', 'yes', 'yes'),
  ('incident_dispatch(bigint,smallint,text,text)', 'no', 'yes'),
  ('incident_rate(bigint,integer,text)', 'no', 'yes'),
  ('incident_recategorise(bigint,text,text)', 'no', 'yes'),
  ('incident_reopen(bigint,text)', 'no', 'yes'),
  ('incident_support(bigint)', 'no', 'yes'),
  ('incident_transition(bigint,text,text)', 'no', 'yes'),
  ('inspection_add_photo(bigint,text,text,integer,integer,integer)', 'no', 'yes'),
  ('inspection_checklist()', 'yes', 'yes'),
  ('invite_user(text,text,app_role,bigint,smallint)', 'no', 'yes'),
  ('managed_users()', 'no', 'yes'),
  ('map_courtyards()', 'yes', 'yes'),
  ('map_courtyards_json()', 'yes', 'yes'),
  ('map_incidents(timestamp with time zone,bigint,integer)', 'yes', 'yes'),
  ('map_incidents_json()', 'yes', 'yes'),
  ('map_incidents_page(timestamp with time zone,bigint,integer)', 'yes', 'yes'),
  ('nearby_open_incidents(double precision,double precision,text,double precision)', 'yes', 'yes'),
  ('pending_invitations()', 'no', 'yes'),
  ('rectification_close(bigint,text)', 'no', 'yes'),
  ('report_incident(text,text,text,text,double precision,double precision,text,text,text)', 'no', 'yes'),
  ('set_user_active(uuid,boolean)', 'no', 'yes'),
  ('sensitive_incident_areas()', 'yes', 'yes'),
  ('set_user_role(uuid,app_role,bigint,smallint)', 'no', 'yes'),
  ('stats_dashboard(bigint,date,date,text,text[],text[])', 'yes', 'yes'),
  ('grid_import_apply(jsonb,double precision,boolean)', 'no', 'yes'),
  ('grid_import_check(jsonb,double precision,boolean)', 'no', 'yes'),
  ('export_households(bigint,text[],text)', 'no', 'yes'),
  ('export_incidents(bigint,text[],text[],text[],text[],date,date,boolean,text)', 'no', 'yes'),
  ('import_households(jsonb)', 'no', 'yes'),
  ('import_incidents(jsonb)', 'no', 'yes'),
  ('open311_requests(bigint,text[],text[],date,date,integer)', 'yes', 'yes'),
  ('open311_services()', 'yes', 'yes'),
  ('field_home()', 'no', 'yes'),
  ('grid_visit_status(grid_level)', 'yes', 'yes'),
  ('household_create(bigint,text,text,text,text,text,text,integer,text[],double precision,double precision)', 'no', 'yes'),
  ('household_member_id_number(bigint)', 'no', 'yes'),
  ('household_member_phone(bigint)', 'no', 'yes'),
  ('household_member_remove(bigint)', 'no', 'yes'),
  ('household_member_save(bigint,bigint,text,text,text,text,text,text)', 'no', 'yes'),
  ('household_record(bigint)', 'no', 'yes'),
  ('household_set_status(bigint,text,text)', 'no', 'yes'),
  ('household_update(bigint,jsonb,jsonb)', 'no', 'yes'),
  ('my_due_visits(integer,integer)', 'no', 'yes'),
  ('record_visit(uuid,bigint,date,text,text,text,text,date,text,text)', 'no', 'yes'),
  ('care_list(text[],text,jsonb,bigint,integer)', 'yes', 'yes'),
  ('visit_add_photo(uuid,text,text,integer,integer,integer)', 'no', 'yes'),
  ('my_due_visits_page(integer,date,bigint,integer)', 'no', 'yes');

create temp table totals on commit drop as select c.relname::text tbl, 0::bigint n
from pg_class c join pg_namespace s on s.oid = c.relnamespace where s.nspname = 'public' and c.relkind = 'r';
create temp table outcome (tbl text, op text, who text, result text) on commit drop;
grant select on totals, matrix to anon, authenticated;
grant insert on outcome to anon, authenticated;

create or replace function pg_temp.probe(p_table text, p_op text, p_total bigint)
returns text language plpgsql as $$
declare
  n bigint;
  col text;
begin
  begin
    if p_op = 'select' then
      execute format('select count(*) from public.%I', p_table) into n;
    elsif p_op = 'insert' then
      execute format('insert into public.%I default values', p_table);
      n := 1;
    elsif p_op = 'update' then
      -- A column the role may update if there is one, else the first: privileges decide before policies do.
      select c.column_name into col from information_schema.column_privileges c
      where c.table_schema = 'public' and c.table_name = p_table and c.privilege_type = 'UPDATE' and c.grantee = current_user
      order by c.column_name limit 1;
      col := coalesce(col, (select a.attname from pg_attribute a where a.attrelid = ('public.' || p_table)::regclass and a.attnum = 1));
      execute format('update public.%I set %I = %I', p_table, col, col);
      get diagnostics n = row_count;
    else
      execute format('delete from public.%I', p_table);
      get diagnostics n = row_count;
    end if;
    -- Undo whatever it did: the probe only asks whether it could.
    raise exception using errcode = 'P0099', message = n::text;
  exception
    when insufficient_privilege then
      return 'denied';
    when sqlstate 'P0099' then
      n := sqlerrm::bigint;
    when others then
      -- A write stopped by a constraint or a trigger got past privileges and policies.
      return 'allowed';
  end;
  return case when p_op = 'insert' then 'allowed' when n = 0 then 'none' when n >= p_total then 'all' else 'some' end;
end
$$;

do $$
declare
  t record;
  m bigint;
  who text;
  op text;
begin
  for t in select tbl from totals loop
    execute format('select count(*) from public.%I', t.tbl) into m;
    update totals set n = m where tbl = t.tbl;
  end loop;
  foreach who in array array['anon', 'resident', 'department_staff', 'grid_worker', 'grid_leader', 'community_admin', 'district_admin'] loop
    for t in select tbl, n from totals order by tbl loop
      foreach op in array array['select', 'insert', 'update', 'delete'] loop
        if who = 'anon' then perform tests.act_as_anon(); else perform tests.wf_as(who); end if;
        insert into outcome values (t.tbl, op, who, pg_temp.probe(t.tbl, op, t.n));
        perform tests.act_as_owner();
      end loop;
    end loop;
  end loop;
end
$$;

select tests.is(o.result, (to_jsonb(m) ->> o.who), format('%s × %s × %s', o.who, o.tbl, o.op))
from outcome o join matrix m on m.tbl = o.tbl and m.op = o.op
order by o.tbl, array_position(array['select', 'insert', 'update', 'delete'], o.op), o.who;
select tests.is((select string_agg(tbl, ', ' order by tbl) from totals where tbl not in (select tbl from matrix)), null,
  'every table of the public schema has its lines in the matrix');
select tests.is((select string_agg(tbl || ' ' || op, ', ') from matrix m where not exists (select 1 from outcome o where o.tbl = m.tbl and o.op = m.op)),
  null, 'every line of the matrix names a table that exists');

-- Exposed functions: who may call them at all (what each does for which role is tested with the function).
create temp table fns on commit drop as
select p.oid::regprocedure::text fn,
       case when has_function_privilege('anon', p.oid, 'execute') then 'yes' else 'no' end anon,
       case when has_function_privilege('authenticated', p.oid, 'execute') then 'yes' else 'no' end signed_in
from pg_proc p join pg_namespace n on n.oid = p.pronamespace
where n.nspname = 'public' and p.prokind = 'f' and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e');
select tests.is(f.anon || '/' || f.signed_in, e.anon || '/' || e.signed_in, format('anon/signed-in × execute × %s', f.fn))
from fns f join exposed e using (fn) order by f.fn;
select tests.is((select string_agg(fn, ', ' order by fn) from fns where fn not in (select fn from exposed)), null,
  'every function of the public schema has its line');
select tests.is((select string_agg(fn, ', ' order by fn) from exposed where fn not in (select fn from fns)), null,
  'every listed function exists');

-- The holes Supabase's database linter finds most often.
select tests.is((select string_agg(p.oid::regprocedure::text, ', ') from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                 where n.nspname = 'public' and p.prosecdef), null, 'no security definer function in the exposed schema');
select tests.is((select string_agg(p.oid::regprocedure::text, ', ') from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                 where n.nspname = 'public' and p.prokind = 'f' and (p.proacl is null or exists (select 1 from aclexplode(p.proacl) a where a.grantee = 0))
                   and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')), null,
  'no exposed function is executable by PUBLIC (granted only to the roles that need it)');
select tests.is((select string_agg(c.relname, ', ') from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relrowsecurity), null,
  'row level security is on for every table');
select tests.is((select string_agg(c.relname, ', ') from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind = 'v' and not coalesce('security_invoker=true' = any (c.reloptions), false)), null,
  'no view in the exposed schema runs with its owner''s rights');
select tests.is((select string_agg(tablename || ': ' || policyname, '; ') from pg_policies
                 where schemaname = 'public'
                   and (coalesce(qual, '') || coalesce(with_check, '')) ~ 'auth\.(uid|jwt|role)\(\)'
                   and (coalesce(qual, '') || coalesce(with_check, '')) !~* 'select auth\.(uid|jwt|role)\(\)'), null,
  'policies call auth.uid() once per query, as (select auth.uid())');
