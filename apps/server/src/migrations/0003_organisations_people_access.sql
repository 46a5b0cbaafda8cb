-- Organisations, people, sign-in and role assignments.

-- One tree: the state at the root, sectors and municipalities under it, institutions under
-- those. ancestor_ids holds the path from the root to the organisation itself, so "is X inside
-- the subtree of Y" is one array overlap on an index.
create table organisation (
  id uuid primary key,
  kind text not null check (kind in ('state', 'sector', 'municipality', 'institution')),
  parent_id uuid references organisation,
  ancestor_ids uuid[] not null,
  name_lv text not null,
  name_en text,
  short_name text,
  registration_number text unique check (registration_number ~ '^[0-9]{11}$'),
  atu_code text unique check (atu_code ~ '^[0-9]{7}$'),
  email text,
  phone text,
  address text,
  website text,
  status text not null default 'active' check (status in ('active', 'archived')),
  version integer not null default 1,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check ((kind = 'state') = (parent_id is null)),
  check (kind = 'municipality' or atu_code is null)
);
create unique index organisation_single_state on organisation ((true)) where kind = 'state';
create index organisation_parent on organisation (parent_id);
create index organisation_ancestors on organisation using gin (ancestor_ids);

create table person (
  id uuid primary key,
  name text not null,
  email text not null,
  organisation_id uuid not null references organisation,
  active boolean not null default true,
  -- The technical administrator capability, separate from the model's roles.
  is_administrator boolean not null default false,
  password_hash text,
  oidc_subject text unique,
  version integer not null default 1,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create unique index person_email on person (lower(email));
create index person_organisation on person (organisation_id);

-- Server-side sessions; the cookie carries a random token, the table only its hash.
create table session (
  token_hash text primary key,
  person_id uuid not null references person,
  csrf_token text not null,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  expires_at timestamptz not null,
  revoked_at timestamptz,
  address text,
  user_agent text
);
create index session_person on session (person_id);

-- Failed sign-ins per key (an account or an address) within the current window.
create table sign_in_failure (
  key text primary key,
  failures integer not null,
  window_started_at timestamptz not null,
  blocked_until timestamptz
);

-- One-time links: invitations, password resets, the first administrator's setup.
create table one_time_token (
  token_hash text primary key,
  purpose text not null check (purpose in ('invitation', 'password-reset', 'setup')),
  person_id uuid references person,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz
);

create table api_token (
  id uuid primary key,
  person_id uuid not null references person,
  name text not null,
  token_hash text not null unique,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  revoked_at timestamptz,
  last_used_at timestamptz
);
create index api_token_person on api_token (person_id);

-- A person holds a model role at a scope of that role's scale. The scope is general: an
-- organisation now; a service or a resource once those exist.
create table role_assignment (
  id uuid primary key,
  person_id uuid not null references person,
  role_code text not null check (role_code ~ '^R(0[1-9]|10)$'),
  scope_kind text not null check (scope_kind in ('organisation', 'service', 'resource')),
  scope_id uuid not null,
  valid_from date not null,
  valid_until date,
  justification text,
  revoked_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null,
  check (valid_until is null or valid_until >= valid_from)
);
create index role_assignment_person on role_assignment (person_id) where revoked_at is null;
create index role_assignment_scope on role_assignment (scope_kind, scope_id) where revoked_at is null;
