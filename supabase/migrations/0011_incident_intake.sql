-- 0011 What residents and staff add to incidents: new reports, "me too", photos, the reporter's rating.
-- Same pattern as 0010: one-line security-invoker wrappers in public, security-definer implementations in private.

create or replace function private.report_incident(p_category text, p_source text, p_title text, p_description text,
  p_lon double precision, p_lat double precision, p_address text, p_reporter_name text, p_reporter_phone text)
returns bigint
language plpgsql
security definer
set search_path = pg_catalog, public, extensions
as $$
declare
  title text := nullif(btrim(p_title), '');
  description text := nullif(btrim(p_description), '');
  phone text := nullif(regexp_replace(coalesce(p_reporter_phone, ''), '[\s-]', '', 'g'), '');
  new_id bigint;
begin
  if (private.current_profile()).user_id is null then
    perform private.fail('error.sign_in_required', '请先登录', '{}'::jsonb);
  end if;
  if p_source = 'patrol' and not coalesce((private.current_profile()).role = any (private.grid_staff_roles()), false) then
    perform private.fail('error.patrol_staff_only', '「网格员巡查」只能由网格工作人员上报', '{}'::jsonb);
  end if;
  if title is null then
    perform private.fail('error.title_required', '请填写事件标题', '{}'::jsonb);
  end if;
  if length(title) > 120 then
    perform private.fail('error.title_too_long', '事件标题不能超过 120 字', jsonb_build_object('max', 120));
  end if;
  if description is null then
    perform private.fail('error.description_required', '请描述发生了什么', '{}'::jsonb);
  end if;
  if length(description) > 4000 then
    perform private.fail('error.description_too_long', '事件描述不能超过 4000 字', jsonb_build_object('max', 4000));
  end if;
  if length(btrim(p_reporter_name)) > 60 then
    perform private.fail('error.reporter_name_too_long', '上报人姓名不能超过 60 字', jsonb_build_object('max', 60));
  end if;
  if phone !~ '^1[3-9][0-9]{9}$' then
    perform private.fail('error.bad_phone', format('手机号码格式不正确：%s', p_reporter_phone), jsonb_build_object('phone', p_reporter_phone));
  end if;
  if length(btrim(p_address)) > 200 then
    perform private.fail('error.address_too_long', '地址不能超过 200 字', jsonb_build_object('max', 200));
  end if;
  if p_lon is null or p_lat is null then
    perform private.fail('error.bad_location', '位置坐标无效，需要 WGS84 经纬度', '{}'::jsonb);
  end if;
  -- Category, source and the grid are checked by the incidents trigger, with the same messages as everywhere.
  insert into public.incidents (category, source, status, title, description, location, address, reporter_id,
    reporter_name, reporter_phone)
  values (p_category, p_source, 'pending', title, description, st_setsrid(st_makepoint(p_lon, p_lat), 4326),
    nullif(btrim(p_address), ''), (select auth.uid()), nullif(btrim(p_reporter_name), ''), phone)
  returning id into new_id;
  return new_id;
end
$$;
comment on function private.report_incident(text, text, text, text, double precision, double precision, text, text, text) is
  'Files a new incident (待受理) for the signed-in user as reporter; the grid comes from the point.';

create or replace function private.incident_support(p_id bigint)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  i public.incidents := private.locked_incident(p_id);
begin
  if (select auth.uid()) is null or (private.current_profile()).user_id is null then
    perform private.fail('error.sign_in_required', '请先登录', '{}'::jsonb);
  end if;
  if not (select s.is_open from public.incident_statuses s where s.code = i.status) then
    perform private.fail('error.support_not_open', format('事件已是「%s」，不能再附议', private.status_name(i.status)),
      jsonb_build_object('status', i.status));
  end if;
  if i.reporter_id = (select auth.uid()) then
    perform private.fail('error.support_own', '这是您自己上报的事件', '{}'::jsonb);
  end if;
  if exists (select 1 from public.incident_supporters s where s.incident_id = i.id and s.user_id = (select auth.uid())) then
    perform private.fail('error.already_supported', '您已经附议过这个事件', '{}'::jsonb);
  end if;
  insert into public.incident_supporters (incident_id, user_id) values (i.id, (select auth.uid()));
  update public.incidents set me_too_count = me_too_count + 1 where id = i.id;
  perform private.log_event(i.id, 'support', null, null, null, (i.me_too_count + 1)::text, null);
end
$$;
comment on function private.incident_support(bigint) is
  '"Me too": the caller joins an open incident instead of filing a duplicate; once per user.';

create or replace function private.incident_rate(p_id bigint, p_rating integer, p_comment text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  i public.incidents := private.locked_incident(p_id);
  comment text := nullif(btrim(p_comment), '');
begin
  if i.reporter_id is distinct from (select auth.uid()) or (select auth.uid()) is null then
    perform private.fail('error.rate_reporter_only', '只有上报人可以评价办理结果', '{}'::jsonb);
  end if;
  if i.status not in ('resolved', 'closed') then
    perform private.fail('error.rate_not_resolved', format('事件当前为「%s」，办结后才能评价', private.status_name(i.status)),
      jsonb_build_object('status', i.status));
  end if;
  if i.rated_at is not null then
    perform private.fail('error.already_rated', '您已经评价过这次办理', '{}'::jsonb);
  end if;
  if p_rating is null or p_rating not between 1 and 5 then
    perform private.fail('error.rating_range', format('评价须为 1 到 5 星，收到 %s', coalesce(p_rating::text, '空')),
      jsonb_build_object('rating', p_rating));
  end if;
  if length(comment) > 500 then
    perform private.fail('error.comment_too_long', '评价内容不能超过 500 字', jsonb_build_object('max', 500));
  end if;
  update public.incidents set rating = p_rating, rating_comment = comment, rated_at = now() where id = i.id;
  perform private.log_event(i.id, 'feedback', null, null, null, p_rating::text, comment);
end
$$;
comment on function private.incident_rate(bigint, integer, text) is
  'The reporter rates the handling (1–5, optional comment) once per 办结; recorded as a feedback event.';

create or replace function private.may_attach_photo(p_incident_id bigint)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.incidents i
    where i.id = p_incident_id
      and (i.reporter_id = (select auth.uid()) or private.staff_scope(i.grid_id, i.department_id) is not null))
$$;
comment on function private.may_attach_photo(bigint) is
  'Whether the caller may add photos to the incident: its reporter, or staff whose grids or department it concerns. '
  'Used by incident_add_photo() and the storage policies.';

create or replace function private.incident_add_photo(p_incident_id bigint, p_path text, p_mime text, p_bytes integer,
  p_width integer, p_height integer)
returns bigint
language plpgsql
security definer
set search_path = ''
as $$
declare
  ext text := case p_mime when 'image/jpeg' then 'jpg' when 'image/png' then 'png' when 'image/webp' then 'webp' end;
  new_id bigint;
begin
  perform private.locked_incident(p_incident_id);
  if not private.may_attach_photo(p_incident_id) then
    perform private.fail('error.photo_forbidden', '只有上报人和负责的工作人员可以为事件添加照片', '{}'::jsonb);
  end if;
  if ext is null then
    perform private.fail('error.photo_type', format('不支持的图片格式：%s（只接受 JPEG、PNG、WebP）', p_mime),
      jsonb_build_object('mime', p_mime));
  end if;
  if p_bytes is null or p_bytes < 1 or p_bytes > 5242880 then
    perform private.fail('error.photo_too_large', format('照片大小为 %s MB，不能超过 5 MB', round(coalesce(p_bytes, 0) / 1048576.0, 1)),
      jsonb_build_object('mb', round(coalesce(p_bytes, 0) / 1048576.0, 1), 'max_mb', 5));
  end if;
  if p_width is null or p_height is null or p_width not between 1 and 20000 or p_height not between 1 and 20000 then
    perform private.fail('error.photo_dimensions', format('照片尺寸无效：%s × %s', p_width, p_height),
      jsonb_build_object('width', p_width, 'height', p_height));
  end if;
  if p_path is null or p_path !~ ('^' || p_incident_id || '/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.' || ext || '$') then
    perform private.fail('error.photo_path', format('照片路径不正确：%s', p_path), jsonb_build_object('path', p_path));
  end if;
  if (select count(*) from public.incident_photos p where p.incident_id = p_incident_id) >= 6 then
    perform private.fail('error.photo_limit', '每个事件最多 6 张照片', jsonb_build_object('max', 6));
  end if;
  insert into public.incident_photos (incident_id, path, mime, bytes, width, height, created_by)
  values (p_incident_id, p_path, p_mime, p_bytes, p_width, p_height, (select auth.uid()))
  returning id into new_id;
  -- Touching the incident tells the map and the open panels (realtime) that it changed.
  update public.incidents set updated_at = now() where id = p_incident_id;
  perform private.log_event(p_incident_id, 'photo', null, null, null, p_path, null);
  return new_id;
end
$$;
comment on function private.incident_add_photo(bigint, text, text, integer, integer, integer) is
  'Records a stored photo of an incident after checking who adds it, its type, size, dimensions, path and the '
  'six-photo limit.';

create or replace function public.report_incident(p_category text, p_source text, p_title text, p_description text,
  p_lon double precision, p_lat double precision, p_address text default null, p_reporter_name text default null,
  p_reporter_phone text default null)
returns bigint language sql set search_path = '' as $$
  select private.report_incident(p_category, p_source, p_title, p_description, p_lon, p_lat, p_address, p_reporter_name,
    p_reporter_phone)
$$;
comment on function public.report_incident(text, text, text, text, double precision, double precision, text, text, text) is
  'Reports a problem at a point (signed-in users); returns the new incident''s id. A point outside every grid, an '
  'unknown category or source, or an empty title or description is refused with the reason.';

create or replace function public.incident_support(p_id bigint)
returns void language sql set search_path = '' as $$ select private.incident_support(private.visible_incident(p_id)) $$;
comment on function public.incident_support(bigint) is '"Me too" on an open incident, once per user.';

create or replace function public.incident_rate(p_id bigint, p_rating integer, p_comment text default null)
returns void language sql set search_path = '' as $$ select private.incident_rate(private.visible_incident(p_id), p_rating, p_comment) $$;
comment on function public.incident_rate(bigint, integer, text) is
  'The reporter rates how their incident was handled (1–5 and a comment), once, after 办结.';

create or replace function public.incident_add_photo(p_incident_id bigint, p_path text, p_mime text, p_bytes integer,
  p_width integer, p_height integer)
returns bigint language sql set search_path = '' as $$
  select private.incident_add_photo(private.visible_incident(p_incident_id), p_path, p_mime, p_bytes, p_width, p_height)
$$;
comment on function public.incident_add_photo(bigint, text, text, integer, integer, integer) is
  'Records a photo already stored at <incident id>/<uuid>.<jpg|png|webp> (JPEG/PNG/WebP, at most 5 MB, six per '
  'incident); only the reporter or staff in scope. Returns the photo''s id.';

select private.grant_execute(array[
  'private.report_incident(text, text, text, text, double precision, double precision, text, text, text)',
  'private.incident_support(bigint)', 'private.incident_rate(bigint, integer, text)',
  'private.may_attach_photo(bigint)', 'private.incident_add_photo(bigint, text, text, integer, integer, integer)',
  'public.report_incident(text, text, text, text, double precision, double precision, text, text, text)',
  'public.incident_support(bigint)', 'public.incident_rate(bigint, integer, text)',
  'public.incident_add_photo(bigint, text, text, integer, integer, integer)'], false);
