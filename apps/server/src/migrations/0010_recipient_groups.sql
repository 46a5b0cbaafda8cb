-- Recipient groups of an institution or municipality and their needs (model task PU2-2), each
-- need linked to the services that meet it and the life events it arises in.

create table recipient_group (
  id uuid primary key,
  organisation_id uuid not null references organisation,
  name_lv text not null,
  name_en text,
  description_lv text,
  description_en text,
  audience text not null check (audience in ('natural_person', 'legal_person', 'public_authority')),
  size_estimate integer check (size_estimate >= 0),
  archived boolean not null default false,
  version integer not null default 1,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index recipient_group_organisation on recipient_group (organisation_id);

create table recipient_need (
  id uuid primary key,
  group_id uuid not null references recipient_group,
  text_lv text not null,
  text_en text,
  importance text not null check (importance in ('high', 'medium', 'low')),
  -- Codes of the EU Life Event list (packages/contracts/src/reference/life-events.ts).
  life_events text[] not null default '{}',
  version integer not null default 1,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index recipient_need_group on recipient_need (group_id);
create index recipient_need_life_events on recipient_need using gin (life_events);

-- Which services meet a need; removing a need removes its links with it.
create table recipient_need_service (
  need_id uuid not null references recipient_need on delete cascade,
  service_id uuid not null references service,
  primary key (need_id, service_id)
);
create index recipient_need_service_service on recipient_need_service (service_id);
