-- The service portfolio: services, the versions of their descriptions, their lifecycle history,
-- and the portfolio rules the state lead institution keeps.

-- The last number given out per identifier prefix; identifiers never change once given.
create table service_identifier_sequence (
  prefix text primary key check (prefix ~ '^[A-Z0-9]{2,12}$'),
  last_number integer not null check (last_number > 0)
);

create table service (
  id uuid primary key,
  identifier text not null unique,
  holder_id uuid not null references organisation,
  kind text not null check (kind in ('individual', 'general', 'inter_institutional')),
  stage text not null default 'planning'
    check (stage in ('planning', 'creation', 'introduction', 'delivery', 'maintenance', 'liquidation')),
  priority text not null default 'medium' check (priority in ('high', 'medium', 'low')),
  management_degree text,
  -- The number of the description version the catalogue shows, once one is published.
  published_number integer,
  review_by date,
  assured_by uuid references person,
  assured_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index service_holder on service (holder_id);
create index service_stage on service (stage);
create index service_review_by on service (review_by) where published_number is not null;

-- Every version of a description. At most one version is being worked on (draft, in review or
-- approved) at a time; published ones become superseded when the next is published.
create table service_description (
  service_id uuid not null references service,
  number integer not null check (number > 0),
  status text not null check (status in ('draft', 'in_review', 'approved', 'published', 'superseded')),
  content jsonb not null,
  title_lv text not null,
  title_en text,
  created_by uuid references person,
  created_at timestamptz not null,
  updated_by uuid references person,
  updated_at timestamptz not null,
  submitted_by uuid references person,
  submitted_at timestamptz,
  reviewed_by uuid references person,
  reviewed_at timestamptz,
  review_note text,
  published_by uuid references person,
  published_at timestamptz,
  version integer not null default 1,
  primary key (service_id, number)
);
create unique index service_description_one_working
  on service_description (service_id) where status in ('draft', 'in_review', 'approved');
create unique index service_description_one_published
  on service_description (service_id) where status = 'published';
create index service_description_in_review on service_description (status) where status = 'in_review';

alter table service
  add foreign key (id, published_number) references service_description (service_id, number);

create table service_transition (
  id uuid primary key,
  service_id uuid not null references service,
  from_stage text,
  to_stage text not null,
  reason text not null,
  person_id uuid references person,
  at timestamptz not null
);
create index service_transition_service on service_transition (service_id, at);

-- One row: the gates per stage, the review interval and the
-- management degrees (pārvaldības pakāpe: how deeply the tasks are performed for a service).
create table catalogue_settings (
  singleton boolean primary key default true check (singleton),
  gates jsonb not null,
  review_interval_months integer not null check (review_interval_months between 1 and 60),
  management_degrees jsonb not null,
  version integer not null default 1,
  updated_at timestamptz not null
);

insert into catalogue_settings (gates, review_interval_months, management_degrees, updated_at)
values (
  '{"planning": [], "creation": ["service_owner"], "introduction": ["service_owner", "legal_basis"],
    "delivery": ["service_owner", "published_description", "channel", "legal_basis"],
    "maintenance": ["service_owner", "published_description", "channel", "legal_basis"],
    "liquidation": []}',
  12,
  '[{"code": "full", "names": {"lv": "Pilna", "en": "Full"},
     "description": {"lv": "Visus 32 pārvaldības uzdevumus veic pilnā apjomā; piemērota augstas prioritātes pakalpojumiem.",
                     "en": "All 32 management tasks are performed in full; for high-priority services."}},
    {"code": "standard", "names": {"lv": "Standarta", "en": "Standard"},
     "description": {"lv": "Uzdevumus veic iestādes noteiktajā apjomā ar regulāru uzraudzību.",
                     "en": "The tasks are performed to the extent the institution sets, with regular monitoring."}},
    {"code": "basic", "names": {"lv": "Pamata", "en": "Basic"},
     "description": {"lv": "Veic obligātos uzdevumus: apraksts, īpašnieks, kanāli, tiesiskais pamats.",
                     "en": "The required tasks only: description, owner, channels, legal basis."}}]',
  now()
);
