import type { Language, Localized } from '@saimnieks/contracts/language';
import type { ServiceManagementModel, Task, TaskLink } from '@saimnieks/contracts/model';
import type { ReferenceModel } from './model.reference.ts';
import type { ModelVersionRow } from './model.repository.ts';

/** The model as the API shows it in one language: every item keeps both names beside the chosen one. */
export function localizeModel(
  model: ReferenceModel,
  version: ModelVersionRow,
  language: Language,
): ServiceManagementModel {
  const named = <Item extends { code: string; names: Localized }>({ code, names }: Item) => ({
    code,
    name: names[language],
    names,
  });
  const taskByCode = new Map(model.tasks.map((task) => [task.code, task]));
  const link = (code: string, basis: TaskLink['basis']): TaskLink => {
    const task = taskByCode.get(code);
    if (!task) throw new Error(`Dependency names unknown task ${code}`);
    return { ...named(task), basis };
  };
  const groupLevels = new Map(model.taskGroups.map((group) => [group.code, group.levels]));

  const tasks: Task[] = model.tasks.map((task) => ({
    ...named(task),
    group: task.group,
    levels: groupLevels.get(task.group) ?? [],
    practice: task.practice ? { name: task.practice[language], names: task.practice } : null,
    description: task.descriptions[language],
    descriptions: task.descriptions,
    stages: task.stages,
    prerequisites: model.dependencies
      .filter((edge) => edge.to === task.code)
      .map((edge) => link(edge.from, edge.basis)),
    dependants: model.dependencies.filter((edge) => edge.from === task.code).map((edge) => link(edge.to, edge.basis)),
  }));

  const positions = { policy: 0, service: 0 };
  return {
    version: {
      version: version.version,
      checksum: version.checksum,
      source: version.source,
      loadedAt: version.loaded_at.toISOString(),
    },
    goals: model.goals.map((goal) => ({
      ...named(goal),
      description: goal.descriptions[language],
      descriptions: goal.descriptions,
    })),
    scales: model.scales.map(named),
    levels: model.levels.map(named),
    roles: model.roles.map((role) => ({ ...named(role), scale: role.scale })),
    taskGroups: model.taskGroups.map((group) => ({ ...named(group), levels: group.levels })),
    tasks,
    stages: model.stages.map((stage) => ({ ...named(stage), cycle: stage.cycle, position: ++positions[stage.cycle] })),
    dependencies: model.dependencies,
    conditionGroups: model.conditionGroups.map((group) => ({ ...named(group), items: group.items.map(named) })),
    capabilities: model.capabilities.map(named),
    resourceKinds: model.resourceKinds.map(named),
  };
}
