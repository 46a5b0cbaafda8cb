import { z } from 'zod';
import { LanguageQuery, Localized } from './language.ts';
import { defineRoute } from './route.ts';

/** Every item of the model: its exact code, its name in the requested language, and both names. */
const item = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.object({ code: z.string(), name: z.string(), names: Localized, ...shape });

export const ScaleCode = z.enum(['state', 'sector', 'municipality', 'institution', 'service', 'resource']);
export type ScaleCode = z.infer<typeof ScaleCode>;
export const LevelCode = z.enum(['policy', 'core', 'support']);
export type LevelCode = z.infer<typeof LevelCode>;
/** Policy stages belong to the policy level; service stages are the six lifecycle stages. */
export const StageCycle = z.enum(['policy', 'service']);
export type StageCycle = z.infer<typeof StageCycle>;
/**
 * `seed`: the arrow is legible in the model's dependency scheme.
 * `reading`: the arrow comes from the reading of the scheme where its arrows were lost.
 */
export const DependencyBasis = z.enum(['seed', 'reading']);
export type DependencyBasis = z.infer<typeof DependencyBasis>;

export const ModelVersion = z
  .object({
    version: z.number().int().describe('Bumped whenever the model content changes'),
    checksum: z.string(),
    source: z.string(),
    loadedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'ModelVersion' });
export type ModelVersion = z.infer<typeof ModelVersion>;

export const Goal = item({ description: z.string(), descriptions: Localized }).meta({ id: 'Goal' });
export const Scale = item({}).meta({ id: 'Scale' });
export const Level = item({}).meta({ id: 'Level' });
export const Role = item({ scale: ScaleCode }).meta({ id: 'Role' });
export type Role = z.infer<typeof Role>;
export const TaskGroup = item({ levels: z.array(LevelCode) }).meta({ id: 'TaskGroup' });
export type TaskGroup = z.infer<typeof TaskGroup>;
export const Stage = item({ cycle: StageCycle, position: z.number().int() }).meta({ id: 'Stage' });
export type Stage = z.infer<typeof Stage>;

export const TaskLink = item({ basis: DependencyBasis }).meta({ id: 'TaskLink' });
export type TaskLink = z.infer<typeof TaskLink>;
export const Task = item({
  group: z.string().describe('Task group code: PU1, PU2 or PU3'),
  levels: z.array(LevelCode),
  practice: z
    .object({ name: z.string(), names: Localized })
    .nullable()
    .describe('The ITSM practice the task corresponds to'),
  description: z.string(),
  descriptions: Localized,
  stages: z.array(z.string()).describe('Codes of the stages the task is performed in, where the model states them'),
  prerequisites: z.array(TaskLink).describe('Tasks that feed or precede this one'),
  dependants: z.array(TaskLink).describe('Tasks this one feeds or precedes'),
}).meta({ id: 'Task' });
export type Task = z.infer<typeof Task>;

export const Condition = item({}).meta({ id: 'Condition' });
export const ConditionGroup = item({ items: z.array(Condition) }).meta({ id: 'ConditionGroup' });
export type ConditionGroup = z.infer<typeof ConditionGroup>;
export const Capability = item({}).meta({ id: 'Capability' });
export const ResourceKind = item({}).meta({ id: 'ResourceKind' });

export const TaskDependency = z
  .object({ from: z.string(), to: z.string(), basis: DependencyBasis })
  .meta({ id: 'TaskDependency' });

const listOf = <Item extends z.ZodType>(schema: Item) =>
  z.object({ modelVersion: z.number().int(), items: z.array(schema) });

export const TaskList = listOf(Task).meta({ id: 'TaskList' });
export type TaskList = z.infer<typeof TaskList>;
export const RoleList = listOf(Role).meta({ id: 'RoleList' });
export type RoleList = z.infer<typeof RoleList>;
export const StageList = listOf(Stage).meta({ id: 'StageList' });
export type StageList = z.infer<typeof StageList>;
export const ConditionGroupList = listOf(ConditionGroup).meta({ id: 'ConditionGroupList' });
export type ConditionGroupList = z.infer<typeof ConditionGroupList>;
export const CapabilityList = listOf(Capability).meta({ id: 'CapabilityList' });
export type CapabilityList = z.infer<typeof CapabilityList>;
export const TaskDetail = Task.extend({ modelVersion: z.number().int() }).meta({ id: 'TaskDetail' });
export type TaskDetail = z.infer<typeof TaskDetail>;

export const ServiceManagementModel = z
  .object({
    version: ModelVersion,
    goals: z.array(Goal),
    scales: z.array(Scale),
    levels: z.array(Level),
    roles: z.array(Role),
    taskGroups: z.array(TaskGroup),
    tasks: z.array(Task),
    stages: z.array(Stage),
    dependencies: z.array(TaskDependency),
    conditionGroups: z.array(ConditionGroup),
    capabilities: z.array(Capability),
    resourceKinds: z.array(ResourceKind),
  })
  .meta({ id: 'ServiceManagementModel' });
export type ServiceManagementModel = z.infer<typeof ServiceManagementModel>;

const tags = ['Model'];
export const TaskCodeParams = z.object({
  code: z.string().max(16).describe('Task code, e.g. PU2-7'),
});

export const modelRoutes = {
  getModel: defineRoute({
    method: 'GET',
    path: '/api/v1/model',
    access: 'public',
    summary: 'The whole service management model, with its version',
    tags,
    querystring: LanguageQuery,
    response: ServiceManagementModel,
  }),
  listTasks: defineRoute({
    method: 'GET',
    path: '/api/v1/model/tasks',
    access: 'public',
    summary: 'The 32 service management tasks',
    tags,
    querystring: LanguageQuery,
    response: TaskList,
  }),
  getTask: defineRoute({
    method: 'GET',
    path: '/api/v1/model/tasks/:code',
    access: 'public',
    summary: 'One task with its prerequisites and dependants',
    tags,
    params: TaskCodeParams,
    querystring: LanguageQuery,
    response: TaskDetail,
  }),
  listRoles: defineRoute({
    method: 'GET',
    path: '/api/v1/model/roles',
    access: 'public',
    summary: 'The ten roles R01–R10 and the scale each acts at',
    tags,
    querystring: LanguageQuery,
    response: RoleList,
  }),
  listStages: defineRoute({
    method: 'GET',
    path: '/api/v1/model/stages',
    access: 'public',
    summary: 'The policy stages and the six service lifecycle stages',
    tags,
    querystring: LanguageQuery,
    response: StageList,
  }),
  listConditions: defineRoute({
    method: 'GET',
    path: '/api/v1/model/conditions',
    access: 'public',
    summary: 'The condition groups N1–N10 with their sub-conditions',
    tags,
    querystring: LanguageQuery,
    response: ConditionGroupList,
  }),
  listCapabilities: defineRoute({
    method: 'GET',
    path: '/api/v1/model/capabilities',
    access: 'public',
    summary: 'The capabilities services and their management depend on',
    tags,
    querystring: LanguageQuery,
    response: CapabilityList,
  }),
};
