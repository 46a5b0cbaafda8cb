-- The service management model as reference data. Every row belongs to one model version, so a
-- record made under an older version keeps pointing at the names and links it was made with.

create table model_version (
  version integer primary key check (version > 0),
  checksum text not null,
  source text not null,
  loaded_at timestamptz not null default now()
);

create table model_goal (
  model_version integer not null references model_version,
  code text not null,
  position integer not null,
  name_lv text not null,
  name_en text not null,
  description_lv text not null,
  description_en text not null,
  primary key (model_version, code)
);

create table model_scale (
  model_version integer not null references model_version,
  code text not null,
  position integer not null,
  name_lv text not null,
  name_en text not null,
  primary key (model_version, code)
);

create table model_level (
  model_version integer not null references model_version,
  code text not null,
  position integer not null,
  name_lv text not null,
  name_en text not null,
  primary key (model_version, code)
);

create table model_role (
  model_version integer not null references model_version,
  code text not null,
  position integer not null,
  name_lv text not null,
  name_en text not null,
  scale_code text not null,
  primary key (model_version, code),
  foreign key (model_version, scale_code) references model_scale
);

create table model_task_group (
  model_version integer not null references model_version,
  code text not null,
  position integer not null,
  name_lv text not null,
  name_en text not null,
  level_codes text[] not null,
  primary key (model_version, code)
);

create table model_task (
  model_version integer not null references model_version,
  code text not null,
  position integer not null,
  group_code text not null,
  name_lv text not null,
  name_en text not null,
  practice_lv text,
  practice_en text,
  description_lv text not null,
  description_en text not null,
  primary key (model_version, code),
  foreign key (model_version, group_code) references model_task_group,
  check ((practice_lv is null) = (practice_en is null))
);

create table model_stage (
  model_version integer not null references model_version,
  cycle text not null check (cycle in ('policy', 'service')),
  code text not null,
  position integer not null,
  name_lv text not null,
  name_en text not null,
  primary key (model_version, cycle, code)
);

create table model_task_stage (
  model_version integer not null,
  task_code text not null,
  cycle text not null,
  stage_code text not null,
  primary key (model_version, task_code, cycle, stage_code),
  foreign key (model_version, task_code) references model_task,
  foreign key (model_version, cycle, stage_code) references model_stage
);

create table model_task_dependency (
  model_version integer not null,
  from_code text not null,
  to_code text not null,
  basis text not null check (basis in ('seed', 'reading')),
  primary key (model_version, from_code, to_code),
  foreign key (model_version, from_code) references model_task,
  foreign key (model_version, to_code) references model_task,
  check (from_code <> to_code)
);

create table model_condition_group (
  model_version integer not null references model_version,
  code text not null,
  position integer not null,
  name_lv text not null,
  name_en text not null,
  primary key (model_version, code)
);

create table model_condition (
  model_version integer not null,
  code text not null,
  group_code text not null,
  position integer not null,
  name_lv text not null,
  name_en text not null,
  primary key (model_version, code),
  foreign key (model_version, group_code) references model_condition_group
);

create table model_capability (
  model_version integer not null references model_version,
  code text not null,
  position integer not null,
  name_lv text not null,
  name_en text not null,
  primary key (model_version, code)
);

create table model_resource_kind (
  model_version integer not null references model_version,
  code text not null,
  position integer not null,
  name_lv text not null,
  name_en text not null,
  primary key (model_version, code)
);
