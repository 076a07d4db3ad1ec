-- 0038 A person is on a household's member list once. Adding a member twice (a save sent again, or the same person
-- typed in by two workers) listed the same ID number twice. An ID number names one person, so it may appear once per
-- household; the same number in another household stays possible (a person registered where they live and where
-- they own a flat). Members without an ID number are not checked: two children can share a name.

create function private.household_members_once()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_same text;
begin
  -- Most members have no ID number on file: nothing to look up for them.
  if new.id_number is null then
    return new;
  end if;
  v_same := (select m.name from public.household_members m
             where m.household_id = new.household_id and m.id_number = new.id_number and m.id <> new.id limit 1);
  if v_same is not null then
    perform private.fail('error.member_duplicate_id_number',
      format('该户已登记身份证号 %s 的成员（%s）', private.mask_id_number(new.id_number), v_same),
      jsonb_build_object('id_number', private.mask_id_number(new.id_number), 'name', v_same));
  end if;
  return new;
end
$$;
comment on function private.household_members_once() is
  'Trigger: refuses a member whose ID number is already on the same household''s list, naming who holds it.';

create trigger household_members_once before insert or update of household_id, id_number on public.household_members
  for each row execute function private.household_members_once();

-- Two saves at the same instant both pass the trigger; the index takes the second.
create unique index household_members_id_number_key on public.household_members (household_id, id_number)
  where id_number is not null;
comment on index public.household_members_id_number_key is 'An ID number appears once per household.';
