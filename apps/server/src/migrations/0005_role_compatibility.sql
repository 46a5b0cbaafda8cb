-- Role compatibility: which pairs of roles one person should not hold at once, and the
-- justifications recorded when an assignment goes ahead despite a 'justified' pair.
-- The default set and its reasoning: docs/decisions/0014-role-assignments-and-compatibility.md.

-- A pair is stored once, with role_a < role_b, so (R06, R05) and (R05, R06) are the same rule.
-- A rule is never deleted (justifications point at it); deleting one through the API deactivates it.
create table role_compatibility_rule (
  id uuid primary key,
  role_a text not null check (role_a ~ '^R(0[1-9]|10)$'),
  role_b text not null check (role_b ~ '^R(0[1-9]|10)$'),
  -- true: only when both roles are held at the same scope (same kind and id); false: anywhere.
  same_scope_only boolean not null,
  mode text not null check (mode in ('blocking', 'justified')),
  reason_lv text not null,
  reason_en text not null,
  active boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check (role_a < role_b)
);
create unique index role_compatibility_rule_pair on role_compatibility_rule (role_a, role_b, same_scope_only)
  where active;

-- One row for each conflict an assignment was justified against: which rule, which of the
-- person's other assignments, and why it still went ahead.
create table role_assignment_justification (
  assignment_id uuid not null references role_assignment,
  rule_id uuid not null references role_compatibility_rule,
  conflicting_assignment_id uuid not null references role_assignment,
  justification text not null,
  recorded_at timestamptz not null,
  recorded_by uuid references person,
  primary key (assignment_id, rule_id, conflicting_assignment_id)
);

-- Lists filter by role and read a person's assignments; both only among those not revoked.
create index role_assignment_role on role_assignment (role_code) where revoked_at is null;

insert into role_compatibility_rule
  (id, role_a, role_b, same_scope_only, mode, reason_lv, reason_en, created_at, updated_at)
values
  ('7a1f0c52-1d0e-4c39-9d7e-0f5a0b2d0101', 'R01', 'R02', false, 'justified',
   'Valsts vadošā iestāde uzrauga nozaru vadošās iestādes; viena persona abās lomās uzraudzītu pati sevi.',
   'The state lead institution oversees the sector lead institutions; one person in both roles would oversee themselves.',
   now(), now()),
  ('7a1f0c52-1d0e-4c39-9d7e-0f5a0b2d0102', 'R01', 'R03', false, 'justified',
   'Valsts vadošā iestāde uzrauga pašvaldību vadošās iestādes; viena persona abās lomās uzraudzītu pati sevi.',
   'The state lead institution oversees the municipality lead institutions; one person in both roles would oversee themselves.',
   now(), now()),
  ('7a1f0c52-1d0e-4c39-9d7e-0f5a0b2d0103', 'R02', 'R03', false, 'justified',
   'Nozares vadošā iestāde pārstāv valsts pārvaldi, pašvaldības vadošā iestāde – pašvaldību; viena persona abās lomās pārstāvētu abas puses.',
   'A sector lead institution speaks for the state administration, a municipality lead institution for a self-governing municipality; one person in both roles would speak for both sides.',
   now(), now()),
  ('7a1f0c52-1d0e-4c39-9d7e-0f5a0b2d0104', 'R04', 'R08', true, 'justified',
   'Pakalpojumu kopuma saimnieks pieprasa resursus, resursu kopuma saimnieks tos sadala; viena persona abās lomās pati apstiprinātu savus pieprasījumus.',
   'The service portfolio owner asks for resources and the resource portfolio owner allocates them; one person in both roles would approve their own requests.',
   now(), now()),
  ('7a1f0c52-1d0e-4c39-9d7e-0f5a0b2d0105', 'R05', 'R06', true, 'justified',
   'Pakalpojuma saimnieks nosaka prasības un vērtē sniedzēja darbu; viena persona abās lomās vērtētu pati savu darbu.',
   'The service owner sets the requirements and assesses the provider''s work; one person in both roles would assess their own work.',
   now(), now()),
  ('7a1f0c52-1d0e-4c39-9d7e-0f5a0b2d0106', 'R05', 'R07', true, 'blocking',
   'Pakalpojuma saņēmējs pauž saņēmēju vajadzības un vērtējumu pakalpojuma saimniekam; saimnieks nevar būt arī saņēmēju balss.',
   'The service recipient voices the recipients'' needs and assessment to the service owner; the owner cannot also be the recipients'' voice.',
   now(), now()),
  ('7a1f0c52-1d0e-4c39-9d7e-0f5a0b2d0107', 'R06', 'R07', true, 'blocking',
   'Pakalpojuma sniedzējs nedrīkst lemt pats par sevi kā pakalpojuma saņēmēju (interešu konflikts).',
   'A service provider may not decide on their own case as the service''s recipient (conflict of interest).',
   now(), now()),
  ('7a1f0c52-1d0e-4c39-9d7e-0f5a0b2d0108', 'R09', 'R10', true, 'justified',
   'Resursa saimnieks piešķir un uzrauga resursa lietošanu; viena persona abās lomās pati piešķirtu un uzraudzītu savu lietošanu.',
   'The resource owner grants and oversees use of the resource; one person in both roles would grant and oversee their own use.',
   now(), now());
