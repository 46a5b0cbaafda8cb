import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../platform/db/database.ts';
import type { ModelVersion } from '../../platform/db/schema.ts';
import { ReferenceModel, stageCycleOf } from './model.reference.ts';

export type ModelVersionRow = Selectable<ModelVersion>;

const names = (row: { name_lv: string; name_en: string }) => ({ lv: row.name_lv, en: row.name_en });

export async function findCurrentVersion(db: Kysely<DB>): Promise<ModelVersionRow | undefined> {
  return db.selectFrom('model_version').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
}

/** Writes the whole model as a new version; the caller holds the transaction. */
export async function insertModelVersion(trx: Kysely<DB>, version: number, checksum: string, model: ReferenceModel) {
  const row = (item: { code: string; names: { lv: string; en: string } }, position: number) => ({
    model_version: version,
    code: item.code,
    position,
    name_lv: item.names.lv,
    name_en: item.names.en,
  });

  await trx.insertInto('model_version').values({ version, checksum, source: model.source }).execute();
  await trx
    .insertInto('model_goal')
    .values(
      model.goals.map((goal, i) => ({
        ...row(goal, i),
        description_lv: goal.descriptions.lv,
        description_en: goal.descriptions.en,
      })),
    )
    .execute();
  await trx.insertInto('model_scale').values(model.scales.map(row)).execute();
  await trx.insertInto('model_level').values(model.levels.map(row)).execute();
  await trx
    .insertInto('model_role')
    .values(model.roles.map((role, i) => ({ ...row(role, i), scale_code: role.scale })))
    .execute();
  await trx
    .insertInto('model_task_group')
    .values(model.taskGroups.map((group, i) => ({ ...row(group, i), level_codes: group.levels })))
    .execute();
  await trx
    .insertInto('model_task')
    .values(
      model.tasks.map((task, i) => ({
        ...row(task, i),
        group_code: task.group,
        practice_lv: task.practice?.lv ?? null,
        practice_en: task.practice?.en ?? null,
        description_lv: task.descriptions.lv,
        description_en: task.descriptions.en,
      })),
    )
    .execute();
  await trx
    .insertInto('model_stage')
    .values(model.stages.map((stage, i) => ({ ...row(stage, i), cycle: stage.cycle })))
    .execute();
  const taskStages = model.tasks.flatMap((task) =>
    task.stages.map((stage) => ({
      model_version: version,
      task_code: task.code,
      cycle: stageCycleOf(model, task.group),
      stage_code: stage,
    })),
  );
  if (taskStages.length > 0) await trx.insertInto('model_task_stage').values(taskStages).execute();
  if (model.dependencies.length > 0) {
    await trx
      .insertInto('model_task_dependency')
      .values(
        model.dependencies.map((edge) => ({
          model_version: version,
          from_code: edge.from,
          to_code: edge.to,
          basis: edge.basis,
        })),
      )
      .execute();
  }
  await trx.insertInto('model_condition_group').values(model.conditionGroups.map(row)).execute();
  await trx
    .insertInto('model_condition')
    .values(
      model.conditionGroups.flatMap((group) =>
        group.items.map((item, i) => ({ ...row(item, i), group_code: group.code })),
      ),
    )
    .execute();
  await trx.insertInto('model_capability').values(model.capabilities.map(row)).execute();
  await trx.insertInto('model_resource_kind').values(model.resourceKinds.map(row)).execute();
}

/** Reads one model version back into the shape it was written from. */
export async function readModelVersion(db: Kysely<DB>, version: number): Promise<ReferenceModel> {
  const [
    versionRow,
    goals,
    scales,
    levels,
    roles,
    groups,
    tasks,
    stages,
    taskStages,
    edges,
    conditionGroups,
    conditions,
    capabilities,
    resourceKinds,
  ] = await Promise.all([
    db.selectFrom('model_version').select('source').where('version', '=', version).executeTakeFirstOrThrow(),
    byPosition(db, 'model_goal', version),
    byPosition(db, 'model_scale', version),
    byPosition(db, 'model_level', version),
    byPosition(db, 'model_role', version),
    byPosition(db, 'model_task_group', version),
    byPosition(db, 'model_task', version),
    db
      .selectFrom('model_stage')
      .selectAll()
      .where('model_version', '=', version)
      .orderBy('cycle')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('model_task_stage as ts')
      .innerJoin('model_stage as s', (join) =>
        join
          .onRef('s.model_version', '=', 'ts.model_version')
          .onRef('s.cycle', '=', 'ts.cycle')
          .onRef('s.code', '=', 'ts.stage_code'),
      )
      .select(['ts.task_code', 'ts.stage_code'])
      .where('ts.model_version', '=', version)
      .orderBy('s.position')
      .execute(),
    db
      .selectFrom('model_task_dependency')
      .selectAll()
      .where('model_version', '=', version)
      .orderBy('from_code')
      .orderBy('to_code')
      .execute(),
    byPosition(db, 'model_condition_group', version),
    db
      .selectFrom('model_condition')
      .selectAll()
      .where('model_version', '=', version)
      .orderBy('group_code')
      .orderBy('position')
      .execute(),
    byPosition(db, 'model_capability', version),
    byPosition(db, 'model_resource_kind', version),
  ]);

  const stagesOf = (taskCode: string) =>
    taskStages.filter((row) => row.task_code === taskCode).map((row) => row.stage_code);
  // Parsing checks that what the tables hold is still a well-formed model and narrows the codes.
  return ReferenceModel.parse({
    source: versionRow.source,
    goals: goals.map((row) => ({
      code: row.code,
      names: names(row),
      descriptions: { lv: row.description_lv, en: row.description_en },
    })),
    scales: scales.map((row) => ({ code: row.code, names: names(row) })),
    levels: levels.map((row) => ({ code: row.code, names: names(row) })),
    roles: roles.map((row) => ({ code: row.code, names: names(row), scale: row.scale_code })),
    taskGroups: groups.map((row) => ({ code: row.code, names: names(row), levels: row.level_codes })),
    tasks: tasks.map((row) => ({
      code: row.code,
      group: row.group_code,
      names: names(row),
      practice: row.practice_lv && row.practice_en ? { lv: row.practice_lv, en: row.practice_en } : null,
      descriptions: { lv: row.description_lv, en: row.description_en },
      stages: stagesOf(row.code),
    })),
    stages: [...stages]
      .sort((a, b) => (a.cycle === b.cycle ? a.position - b.position : a.cycle === 'policy' ? -1 : 1))
      .map((row) => ({ code: row.code, names: names(row), cycle: row.cycle })),
    dependencies: edges.map((row) => ({ from: row.from_code, to: row.to_code, basis: row.basis })),
    conditionGroups: conditionGroups.map((group) => ({
      code: group.code,
      names: names(group),
      items: conditions
        .filter((row) => row.group_code === group.code)
        .map((row) => ({ code: row.code, names: names(row) })),
    })),
    capabilities: capabilities.map((row) => ({ code: row.code, names: names(row) })),
    resourceKinds: resourceKinds.map((row) => ({ code: row.code, names: names(row) })),
  });
}

type PositionedTable =
  | 'model_goal'
  | 'model_scale'
  | 'model_level'
  | 'model_role'
  | 'model_task_group'
  | 'model_task'
  | 'model_condition_group'
  | 'model_capability'
  | 'model_resource_kind';

function byPosition<Table extends PositionedTable>(db: Kysely<DB>, table: Table, version: number) {
  return db
    .selectFrom(table as PositionedTable)
    .selectAll()
    .where('model_version', '=', version)
    .orderBy('position')
    .execute() as Promise<DB[Table][]>;
}
