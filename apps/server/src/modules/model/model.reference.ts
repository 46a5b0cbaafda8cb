import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Localized } from '@saimnieks/contracts/language';
import { DependencyBasis, LevelCode, ScaleCode, StageCycle } from '@saimnieks/contracts/model';
import { z } from 'zod';

const named = { code: z.string().min(1), names: Localized };

/**
 * The model as the product holds it: every name in both languages. This is the shape of the shipped
 * reference file and of what is read back from the database for one model version.
 */
export const ReferenceModel = z.object({
  source: z.string(),
  goals: z.array(z.object({ ...named, descriptions: Localized })),
  scales: z.array(z.object({ ...named, code: ScaleCode })),
  levels: z.array(z.object({ ...named, code: LevelCode })),
  roles: z.array(z.object({ ...named, scale: ScaleCode })),
  taskGroups: z.array(z.object({ ...named, levels: z.array(LevelCode).min(1) })),
  tasks: z.array(
    z.object({
      ...named,
      group: z.string(),
      practice: Localized.nullable(),
      descriptions: Localized,
      stages: z.array(z.string()),
    }),
  ),
  stages: z.array(z.object({ ...named, cycle: StageCycle })),
  dependencies: z.array(z.object({ from: z.string(), to: z.string(), basis: DependencyBasis })),
  conditionGroups: z.array(z.object({ ...named, items: z.array(z.object(named)) })),
  capabilities: z.array(z.object(named)),
  resourceKinds: z.array(z.object(named)),
});
export type ReferenceModel = z.infer<typeof ReferenceModel>;

const REFERENCE_FILE = path.resolve(import.meta.dirname, 'reference/model.json');

/** The model shipped with this build. */
export async function readReferenceModel(file = REFERENCE_FILE): Promise<ReferenceModel> {
  return ReferenceModel.parse(JSON.parse(await fs.readFile(file, 'utf8')));
}

/** Identifies the content: the same model always has the same checksum. */
export function checksumOf(model: ReferenceModel): string {
  return createHash('sha256').update(JSON.stringify(model)).digest('hex');
}

/** The cycle a task's stages belong to: policy-level tasks follow the policy stages. */
export function stageCycleOf(model: ReferenceModel, groupCode: string): StageCycle {
  const group = model.taskGroups.find((candidate) => candidate.code === groupCode);
  return group?.levels.every((level) => level === 'policy') ? 'policy' : 'service';
}
