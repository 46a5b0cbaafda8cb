-- The responsibility matrix: which role performs, approves, is consulted on or informed of each
-- task. Every edit is a new version holding the whole matrix, so what a role was allowed to do
-- at any time can be told later.

create table responsibility_matrix (
  version integer primary key check (version > 0),
  model_version integer not null references model_version,
  created_at timestamptz not null,
  created_by text not null,
  note text
);

create table responsibility (
  matrix_version integer not null references responsibility_matrix,
  model_version integer not null,
  task_code text not null,
  role_code text not null,
  involvement text not null check (involvement in ('performs', 'approves', 'consulted', 'informed')),
  primary key (matrix_version, task_code, role_code),
  foreign key (model_version, task_code) references model_task,
  foreign key (model_version, role_code) references model_role
);
