-- The audit trail: one row for every change, written in the transaction of the change. Rows are
-- hash-chained (each holds the hash of the one before it) and append-only: the trigger refuses
-- UPDATE, DELETE and TRUNCATE, so a change to history needs the trigger dropped first, and the
-- chain shows it.

create table audit_event (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null,
  actor_kind text not null check (actor_kind in ('person', 'token', 'system')),
  actor_id text,
  actor_label text not null,
  action text not null,
  entity_type text not null,
  entity_id text not null,
  changes jsonb not null,
  request_id text,
  address text,
  user_agent text,
  previous_hash text not null,
  hash text not null unique
);

create index audit_event_entity on audit_event (entity_type, entity_id, id);
create index audit_event_actor on audit_event (actor_id, id);
create index audit_event_time on audit_event (occurred_at, id);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit events are append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_append_only
  before update or delete on audit_event
  for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
  before truncate on audit_event
  for each statement execute function audit_event_is_append_only();
